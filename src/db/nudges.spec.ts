// The plan's storage: planNudgeIfNone never makes two pending nudges; holds, the sweep's pick and the detail column.
import { eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { aNudge, aPerson, aUser, testDb } from '../../test/support/db-fixtures';
import { detailColumn, detailOf, dueNudges, heldDetail, holdNudges, pendingNudges, planNudgeIfNone, toldDetail, waitingOf } from './nudges';
import { nudges } from './schema';
import type { PlannedNudge } from '../domain/types';

const NOW = 1_764_590_400_000;
const HOUR = 3_600_000;

async function setUp() {
  const db = testDb();
  const user = await aUser(db, NOW);
  const personId = await aPerson(db, user.id, 'Sarah', NOW);
  return { db, user, personId };
}

const planned: PlannedNudge = { kind: 'first-follow-up', dueAt: NOW + HOUR };

async function rowsOfPerson(db: ReturnType<typeof testDb>, personId: number) {
  return db.select().from(nudges).where(eq(nudges.personId, personId)).orderBy(nudges.id);
}

describe('planNudgeIfNone', () => {
  it('stores the plan when the person has no pending nudge', async () => {
    const { db, user, personId } = await setUp();
    await planNudgeIfNone(db, { userId: user.id, personId, now: NOW }, { ...planned, event: { what: 'marathon', on: '2026-12-14' } });
    const rows = await rowsOfPerson(db, personId);
    expect(rows).toMatchObject([{ userId: user.id, kind: 'first-follow-up', dueAt: NOW + HOUR, state: 'pending', createdAt: NOW }]);
    const [row] = rows;
    if (!row) throw new Error('no nudge');
    expect(detailOf(row)).toEqual({ event: { what: 'marathon', on: '2026-12-14' } });
  });

  it('never makes two pending nudges, even in one batch', async () => {
    const { db, user, personId } = await setUp();
    await db.batch([
      planNudgeIfNone(db, { userId: user.id, personId, now: NOW }, planned),
      planNudgeIfNone(db, { userId: user.id, personId, now: NOW }, { kind: 'deepen', dueAt: NOW + 2 * HOUR }),
    ]);
    await planNudgeIfNone(db, { userId: user.id, personId, now: NOW }, { kind: 'deepen', dueAt: NOW + 3 * HOUR });
    expect((await rowsOfPerson(db, personId)).map((row) => [row.kind, row.state])).toEqual([['first-follow-up', 'pending']]);
  });

  it.each(['held', 'sent', 'cancelled', 'done'] as const)('plans beside a %s nudge', async (state) => {
    const { db, user, personId } = await setUp();
    await aNudge(db, { userId: user.id, personId, dueAt: NOW, state, now: NOW });
    await planNudgeIfNone(db, { userId: user.id, personId, now: NOW }, planned);
    expect((await rowsOfPerson(db, personId)).map((row) => row.state)).toEqual([state, 'pending']);
  });

  it('stores nothing when `also` is false', async () => {
    const { db, user, personId } = await setUp();
    await planNudgeIfNone(db, { userId: user.id, personId, now: NOW, also: sql`0 = 1` }, planned);
    expect(await rowsOfPerson(db, personId)).toEqual([]);
  });
});

describe('nudge statements', () => {
  it('holdNudges moves pending and held nudges to the state, never earlier than notBefore', async () => {
    const { db, user, personId } = await setUp();
    const early = await aNudge(db, { userId: user.id, personId, dueAt: NOW, now: NOW });
    const late = await aNudge(db, { userId: user.id, personId, dueAt: NOW + 5 * HOUR, state: 'held', now: NOW });
    const sent = await aNudge(db, { userId: user.id, personId, dueAt: NOW, state: 'sent', now: NOW });
    await holdNudges(db, user.id, 'held', NOW + HOUR);
    const rows = await rowsOfPerson(db, personId);
    expect(rows.map((row) => [row.id, row.state, row.dueAt])).toEqual([
      [early, 'held', NOW + HOUR],
      [late, 'held', NOW + 5 * HOUR],
      [sent, 'sent', NOW],
    ]);
  });

  it('dueNudges picks pending nudges due by now, oldest first', async () => {
    const { db, user, personId } = await setUp();
    const other = await aPerson(db, user.id, 'Jake', NOW);
    const second = await aNudge(db, { userId: user.id, personId, dueAt: NOW - HOUR, now: NOW });
    const first = await aNudge(db, { userId: user.id, personId: other, dueAt: NOW - 2 * HOUR, now: NOW });
    await aNudge(db, { userId: user.id, personId, dueAt: NOW + HOUR, now: NOW });
    await aNudge(db, { userId: user.id, personId, dueAt: NOW - HOUR, state: 'held', now: NOW });
    const picked = (await dueNudges(db, NOW, 1000)).filter((row) => row.userId === user.id);
    expect(picked.map((row) => row.id)).toEqual([first, second]);
  });

  it('pendingNudges reads only the pending nudges of the people asked for', async () => {
    const { db, user, personId } = await setUp();
    const other = await aPerson(db, user.id, 'Jake', NOW);
    const pending = await aNudge(db, { userId: user.id, personId, dueAt: NOW, now: NOW });
    await aNudge(db, { userId: user.id, personId, dueAt: NOW, state: 'sent', now: NOW });
    await aNudge(db, { userId: user.id, personId: other, dueAt: NOW, now: NOW });
    expect((await pendingNudges(db, user.id, [personId])).map((row) => row.id)).toEqual([pending]);
    expect(await pendingNudges(db, user.id, [])).toEqual([]);
  });

  it("heldDetail marks a nudge held, keeps 'told', and toldDetail says it was told", async () => {
    const { db, user, personId } = await setUp();
    const id = await aNudge(db, { userId: user.id, personId, dueAt: NOW, now: NOW });
    const waiting = async () => {
      const [row] = await db.select().from(nudges).where(eq(nudges.id, id));
      return row ? waitingOf(row) : undefined;
    };
    await db.update(nudges).set({ detail: heldDetail }).where(eq(nudges.id, id));
    expect(await waiting()).toBe('held');
    await db.update(nudges).set({ detail: toldDetail }).where(eq(nudges.id, id));
    await db.update(nudges).set({ detail: heldDetail }).where(eq(nudges.id, id));
    expect(await waiting()).toBe('told');
  });

  it.each([
    { detail: 'not json', read: {} },
    { detail: '{"event":{"what":3}}', read: {} },
    { detail: detailColumn({ kind: 'deepen', dueAt: NOW, group: true, covers: 'marathon' }), read: { group: true, covers: 'marathon' } },
  ])('detailOf($detail) reads $read', ({ detail, read }) => {
    expect(detailOf({ detail })).toEqual(read);
  });
});
