// The sweep's statements on a real D1: what a run reads (due nudges and their users, people, recent texts, a retried
// text's context), deferring and holding, the claim (once, never twice), and each way a text ends.
import { eq, inArray } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { aNudge, anOutbound, aPerson, aUser, testDb } from '../../test/support/db-fixtures';
import { localDayKey } from '../domain/time';
import type { Db } from './client';
import { waitingOf } from './nudges';
import { nudges, outbound, people, users } from './schema';
import {
  claimText,
  deferNudges,
  endText,
  holdForChannel,
  peopleOfUsers,
  queuedUserDue,
  recentTexts,
  retryContext,
  retryContexts,
  usersByIds,
  usersWithDueNudges,
} from './sweep';

const NOW = 1_764_590_400_000;
const HOUR = 3_600_000;
const TODAY = localDayKey(NOW, 'America/New_York');

/** A user with one person and one pending nudge about them, due an hour ago. */
async function setUp(db: Db = testDb()) {
  const user = await aUser(db, NOW);
  const personId = await aPerson(db, user.id, 'Sarah', NOW);
  const nudgeId = await aNudge(db, { userId: user.id, personId, dueAt: NOW - HOUR, now: NOW });
  return { db, user, personId, nudgeId };
}

async function nudgeRows(db: Db, ids: number[]) {
  return db.select().from(nudges).where(inArray(nudges.id, ids)).orderBy(nudges.id);
}

async function textRow(db: Db, id: number) {
  return (await db.select().from(outbound).where(eq(outbound.id, id)))[0];
}

async function userRow(db: Db, id: number) {
  return (await db.select().from(users).where(eq(users.id, id)))[0];
}

describe('usersWithDueNudges', () => {
  // long before NOW: no other test's nudge is due by then
  const EARLY = NOW - 1_000 * 24 * HOUR;

  it('the users with a pending nudge due by now, not later ones, not held ones', async () => {
    const db = testDb();
    const [due, later, held] = [await aUser(db, NOW), await aUser(db, NOW), await aUser(db, NOW)];
    for (const [user, dueAt, state] of [
      [due, EARLY - HOUR, 'pending'],
      [later, EARLY + HOUR, 'pending'],
      [held, EARLY - HOUR, 'held'],
    ] as const) {
      await aNudge(db, { userId: user.id, personId: await aPerson(db, user.id, 'Sarah', NOW), dueAt, state, now: NOW });
    }
    // the next test's nudges are due by EARLY too: only these three users are looked at
    const mine = [due.id, later.id, held.id];
    expect((await usersWithDueNudges(db, EARLY, 100)).filter((id) => mine.includes(id))).toEqual([due.id]);
  });

  it('at most `limit` users, each once', async () => {
    const db = testDb();
    const at = EARLY - 10 * 24 * HOUR;
    for (let i = 0; i < 3; i++) {
      const user = await aUser(db, NOW);
      const personId = await aPerson(db, user.id, 'Sarah', NOW);
      for (let j = 0; j < 2; j++) await aNudge(db, { userId: user.id, personId, dueAt: at - HOUR, now: NOW });
    }
    expect(await usersWithDueNudges(db, at, 2)).toHaveLength(2);
    expect(new Set(await usersWithDueNudges(db, at, 10)).size).toBe(3);
  });
});

describe('usersByIds, peopleOfUsers, recentTexts', () => {
  it('reads the rows of these users only', async () => {
    const db = testDb();
    const [one, two, other] = [await setUp(db), await setUp(db), await setUp(db)];
    const rafi = await aPerson(db, two.user.id, 'Rafi', NOW);
    expect((await usersByIds(db, [one.user.id, two.user.id])).map((row) => row.phone).sort()).toEqual([one.user.phone, two.user.phone].sort());
    expect((await peopleOfUsers(db, [one.user.id, two.user.id])).map((row) => row.id).sort((a, b) => a - b)).toEqual([one.personId, two.personId, rafi]);
    expect(await peopleOfUsers(db, [other.user.id])).toMatchObject([{ id: other.personId, name: 'Sarah' }]);
  });

  it("recentTexts: the users' texts created since `since`, newest first", async () => {
    const db = testDb();
    const [one, other] = [await setUp(db), await setUp(db)];
    await anOutbound(db, { userId: one.user.id, now: NOW - 2 * 24 * HOUR });
    const first = await anOutbound(db, { userId: one.user.id, now: NOW - HOUR });
    const second = await anOutbound(db, { userId: one.user.id, now: NOW });
    await anOutbound(db, { userId: other.user.id, now: NOW });
    expect(await recentTexts(db, [one.user.id], NOW - 24 * HOUR)).toEqual([
      { userId: one.user.id, body: second.body },
      { userId: one.user.id, body: first.body },
    ]);
  });
});

describe('queuedUserDue', () => {
  it('the user and their pending nudges due by `until`, soonest first, at most `limit`', async () => {
    const { db, user, personId, nudgeId } = await setUp();
    const sooner = await aNudge(db, { userId: user.id, personId, dueAt: NOW - 2 * HOUR, now: NOW });
    await aNudge(db, { userId: user.id, personId, dueAt: NOW - 3 * HOUR, state: 'held', now: NOW });
    await aNudge(db, { userId: user.id, personId, dueAt: NOW + HOUR, now: NOW });
    const { user: row, due } = await queuedUserDue(db, user.id, NOW, 10);
    expect(row?.phone).toBe(user.phone);
    expect(due.map((nudge) => nudge.id)).toEqual([sooner, nudgeId]);
    expect((await queuedUserDue(db, user.id, NOW, 1)).due.map((nudge) => nudge.id)).toEqual([sooner]);
  });

  it('no such user: undefined, and no nudges', async () => {
    expect(await queuedUserDue(testDb(), 999_999, NOW, 10)).toEqual({ user: undefined, due: [] });
  });
});

describe('retryContexts and retryContext', () => {
  it("each waiting text with its user, the nudges it carries and all the user's people", async () => {
    const { db, user, personId, nudgeId } = await setUp();
    const rafi = await aPerson(db, user.id, 'Rafi', NOW);
    const text = await anOutbound(db, { userId: user.id, now: NOW });
    const bare = await anOutbound(db, { userId: user.id, now: NOW });
    await db.update(nudges).set({ outboundId: text.id }).where(eq(nudges.id, nudgeId));
    const contexts = await retryContexts(db, [text, bare]);
    expect([...contexts.keys()]).toEqual([text.id, bare.id]);
    const context = contexts.get(text.id);
    expect(context?.user?.id).toBe(user.id);
    expect(context?.nudges.map((nudge) => nudge.id)).toEqual([nudgeId]);
    expect([...(context?.personById.entries() ?? [])].map(([id, person]) => [id, person.name])).toEqual([
      [personId, 'Sarah'],
      [rafi, 'Rafi'],
    ]);
    expect(contexts.get(bare.id)?.nudges).toEqual([]);
    const again = await retryContext(db, text);
    expect([again.user?.id, again.nudges.map((nudge) => nudge.id), [...again.personById.keys()]]).toEqual([user.id, [nudgeId], [personId, rafi]]);
  });

  it('no texts: an empty map', async () => {
    expect((await retryContexts(testDb(), [])).size).toBe(0);
  });
});

describe('deferNudges and holdForChannel', () => {
  it.each([
    [false, 'pending'],
    [true, 'held'],
  ] as const)('deferNudges (opted out: %j): pending nudges move, as %s; a sent one stays', async (optedOut, state) => {
    const { db, user, personId, nudgeId } = await setUp();
    const sent = await aNudge(db, { userId: user.id, personId, dueAt: NOW - HOUR, state: 'sent', now: NOW });
    await deferNudges(db, [nudgeId, sent], NOW + 5 * HOUR, optedOut);
    expect((await nudgeRows(db, [nudgeId, sent])).map((row) => [row.dueAt, row.state])).toEqual([
      [NOW + 5 * HOUR, state],
      [NOW - HOUR, 'sent'],
    ]);
  });

  it('holdForChannel: pending nudges move and are marked waiting; a sent one stays', async () => {
    const { db, user, personId, nudgeId } = await setUp();
    const sent = await aNudge(db, { userId: user.id, personId, dueAt: NOW - HOUR, state: 'sent', now: NOW });
    await holdForChannel(db, [nudgeId, sent], NOW + 5 * HOUR);
    const [held, untouched] = await nudgeRows(db, [nudgeId, sent]);
    expect([held?.dueAt, held?.state, held && waitingOf(held)]).toEqual([NOW + 5 * HOUR, 'pending', 'held']);
    expect([untouched?.dueAt, untouched && waitingOf(untouched)]).toEqual([NOW - HOUR, null]);
  });
});

describe('claimText', () => {
  it('claims the nudges and creates the text, counting it against the daily cap', async () => {
    const { db, user, personId, nudgeId } = await setUp();
    const row = await claimText(db, { id: user.id, timeZone: 'America/New_York' }, [{ id: nudgeId, personId }], 'Text Sarah?', NOW);
    expect(row).toMatchObject({ userId: user.id, body: 'Text Sarah?', localDay: TODAY, state: 'sending', attempts: 1, nextAttemptAt: NOW, createdAt: NOW });
    expect((await nudgeRows(db, [nudgeId])).map((nudge) => [nudge.state, nudge.outboundId])).toEqual([['claimed', row?.id]]);
    expect(await userRow(db, user.id)).toMatchObject({ capDay: TODAY, capCount: 1, lastNudgePeople: JSON.stringify([personId]), lastNudgeAt: NOW });
  });

  it('a nudge another run claimed first: nothing is created, nothing counted', async () => {
    const { db, user, personId, nudgeId } = await setUp();
    const other = await aNudge(db, { userId: user.id, personId, dueAt: NOW - HOUR, now: NOW });
    const first = await claimText(db, { id: user.id, timeZone: 'America/New_York' }, [{ id: nudgeId, personId }], 'Text Sarah?', NOW);
    const lost = await claimText(
      db,
      { id: user.id, timeZone: 'America/New_York' },
      [
        { id: nudgeId, personId },
        { id: other, personId },
      ],
      'Text Sarah again?',
      NOW,
    );
    expect(lost).toBeNull();
    expect((await nudgeRows(db, [nudgeId, other])).map((nudge) => [nudge.state, nudge.outboundId])).toEqual([
      ['claimed', first?.id],
      ['pending', null],
    ]);
    expect((await db.select().from(outbound).where(eq(outbound.userId, user.id))).map((text) => text.id)).toEqual([first?.id]);
    expect((await userRow(db, user.id))?.capCount).toBe(1);
  });
});

describe('endText', () => {
  /** A user whose one nudge was claimed into a text now sending. */
  async function claimed() {
    const setup = await setUp();
    const row = await claimText(
      setup.db,
      { id: setup.user.id, timeZone: 'America/New_York' },
      [{ id: setup.nudgeId, personId: setup.personId }],
      'Text Sarah?',
      NOW,
    );
    if (!row) throw new Error('not claimed');
    const owner = { id: setup.user.id, whatsappLastInboundAt: null };
    const stored = async () => ({
      text: await textRow(setup.db, row.id),
      nudges: await setup.db.select().from(nudges).where(eq(nudges.personId, setup.personId)).orderBy(nudges.id),
      user: await userRow(setup.db, setup.user.id),
    });
    return { ...setup, row, owner, stored };
  }

  it('went out: its nudges sent, its people patched, the next nudge planned, the text sent with its sid', async () => {
    const { db, row, owner, personId, stored } = await claimed();
    const sid = `SM${crypto.randomUUID().replace(/-/g, '')}`;
    await endText(
      db,
      row,
      owner,
      {
        type: 'went-out',
        sid,
        people: [{ personId, patch: { sentKinds: ['first-follow-up'] } }],
        next: [{ personId, next: { kind: 'check-in', dueAt: NOW + 72 * HOUR } }],
      },
      NOW,
    );
    const { text, nudges: rows } = await stored();
    expect([text?.state, text?.twilioSid, text?.errorCode]).toEqual(['sent', sid, null]);
    expect(rows.map((nudge) => [nudge.kind, nudge.state, nudge.dueAt])).toEqual([
      ['first-follow-up', 'sent', NOW - HOUR],
      ['check-in', 'pending', NOW + 72 * HOUR],
    ]);
    expect((await db.select({ sentKinds: people.sentKinds }).from(people).where(eq(people.id, personId)))[0]?.sentKinds).toBe('["first-follow-up"]');
  });

  it('went out, but the text was no longer in the state this run read: nothing is written', async () => {
    const { db, row, owner, personId, stored } = await claimed();
    await db.update(outbound).set({ state: 'sent' }).where(eq(outbound.id, row.id));
    await endText(db, row, owner, { type: 'went-out', sid: 'SMlate', people: [], next: [{ personId, next: { kind: 'check-in', dueAt: NOW + HOUR } }] }, NOW);
    const { text, nudges: rows } = await stored();
    expect([text?.state, text?.twilioSid]).toEqual(['sent', null]);
    expect(rows.map((nudge) => nudge.state)).toEqual(['claimed']);
  });

  it.each([
    ['try-again', 'queued'],
    ['ask-first', 'uncertain'],
  ] as const)('%s: the text %s, asked again at nextAttemptAt, its nudges still claimed', async (type, state) => {
    const { db, row, owner, stored } = await claimed();
    await endText(db, row, owner, { type, errorCode: 20429, nextAttemptAt: NOW + HOUR }, NOW);
    const { text, nudges: rows } = await stored();
    expect([text?.state, text?.errorCode, text?.nextAttemptAt]).toEqual([state, 20429, NOW + HOUR]);
    expect(rows.map((nudge) => nudge.state)).toEqual(['claimed']);
  });

  it('give-up: its nudges failed, the text failed with the error, the next step planned', async () => {
    const { db, row, owner, personId, stored } = await claimed();
    await endText(db, row, owner, { type: 'give-up', errorCode: 30007, next: [{ personId, next: { kind: 'check-in', dueAt: NOW + 72 * HOUR } }] }, NOW);
    const { text, nudges: rows } = await stored();
    expect([text?.state, text?.errorCode]).toEqual(['failed', 30007]);
    expect(rows.map((nudge) => [nudge.kind, nudge.state])).toEqual([
      ['first-follow-up', 'failed'],
      ['check-in', 'pending'],
    ]);
  });

  it('release: its nudges back to pending, the cap slot given back, the text cancelled', async () => {
    const { db, row, owner, stored } = await claimed();
    await endText(db, row, owner, { type: 'release' }, NOW);
    const { text, nudges: rows, user } = await stored();
    expect(text?.state).toBe('cancelled');
    expect(rows.map((nudge) => [nudge.state, nudge.outboundId])).toEqual([['pending', null]]);
    expect(user?.capCount).toBe(0);
  });

  it('release, with a new pending nudge for the person since: the claimed one is cancelled', async () => {
    const { db, row, owner, user, personId, stored } = await claimed();
    await aNudge(db, { userId: user.id, personId, dueAt: NOW + HOUR, now: NOW });
    await endText(db, row, owner, { type: 'release' }, NOW);
    expect((await stored()).nudges.map((nudge) => nudge.state)).toEqual(['cancelled', 'pending']);
  });

  it('unsubscribed: the user opted out, the text failed with 21610, every pending or claimed nudge held', async () => {
    const { db, row, owner, user, personId, stored } = await claimed();
    await aNudge(db, { userId: user.id, personId, dueAt: NOW + HOUR, now: NOW });
    await endText(db, row, owner, { type: 'unsubscribed' }, NOW);
    const { text, nudges: rows, user: owned } = await stored();
    expect([owned?.optedOut, text?.state, text?.errorCode]).toEqual([true, 'failed', 21610]);
    expect(rows.map((nudge) => nudge.state)).toEqual(['held', 'held']);
  });

  it("opted-out: this text's nudges held, the text failed with 21610; the user's other nudges stay", async () => {
    const { db, row, owner, user, personId, stored } = await claimed();
    await aNudge(db, { userId: user.id, personId, dueAt: NOW + HOUR, now: NOW });
    await endText(db, row, owner, { type: 'opted-out' }, NOW);
    const { text, nudges: rows } = await stored();
    expect([text?.state, text?.errorCode]).toEqual(['failed', 21610]);
    expect(rows.map((nudge) => nudge.state)).toEqual(['held', 'pending']);
  });

  it('ask-again: only when to ask moves', async () => {
    const { db, row, owner, stored } = await claimed();
    await endText(db, row, owner, { type: 'ask-again', nextAttemptAt: NOW + 2 * HOUR }, NOW);
    const { text, nudges: rows } = await stored();
    expect([text?.state, text?.nextAttemptAt]).toEqual(['sending', NOW + 2 * HOUR]);
    expect(rows.map((nudge) => nudge.state)).toEqual(['claimed']);
  });

  it.each([
    ['the recorded inbound is the one this run read: forgotten', NOW - HOUR, null],
    ['a newer inbound came in since this run read one: kept', NOW - 2 * HOUR, NOW - HOUR],
  ] as const)('the WhatsApp window found closed, %s', async (_case, seen, want) => {
    const { db, row, user, stored } = await claimed();
    await db
      .update(users)
      .set({ whatsappLastInboundAt: NOW - HOUR })
      .where(eq(users.id, user.id));
    await endText(db, row, { id: user.id, whatsappLastInboundAt: seen }, { type: 'ask-again', nextAttemptAt: NOW + HOUR }, NOW, true);
    expect((await stored()).user?.whatsappLastInboundAt).toBe(want);
  });
});
