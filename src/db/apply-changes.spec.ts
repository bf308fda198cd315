// apply: one batch finishes the inbound row and writes the changes in order; rows made in it are found by their ref.
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { aNudge, aPerson, aUser, anInbound, personNamed, testDb } from '../../test/support/db-fixtures';
import { apply, finishFailed, type TextFinish } from './apply-changes';
import { changes, exportTokens, inbound, notes, nudges, people, users } from './schema';
import type { Change } from '../conversation/changes';
import { hashToken } from '../conversation/export-token';
import { readRevert } from '../conversation/revert';

const NOW = 1_764_590_400_000;
const HOUR = 3_600_000;

async function aText(body = 'met Sarah at the gym') {
  const db = testDb();
  const user = await aUser(db, NOW - 86_400_000);
  const inboundId = await anInbound(db, { phone: user.phone, body, receivedAt: NOW, state: 'received', userId: user.id });
  const finish: TextFinish = { inboundId, userId: user.id, phone: user.phone, now: NOW, reply: 'Saved.' };
  return { db, user, inboundId, finish };
}

/** A later text from the same user, at `now`. */
async function nextText(db: ReturnType<typeof testDb>, user: { id: number; phone: string }, body: string, now: number): Promise<TextFinish> {
  const inboundId = await anInbound(db, { phone: user.phone, body, receivedAt: now, state: 'received', userId: user.id });
  return { inboundId, userId: user.id, phone: user.phone, now, reply: 'Done.' };
}

async function nudgesOf(db: ReturnType<typeof testDb>, userId: number) {
  return db.select().from(nudges).where(eq(nudges.userId, userId)).orderBy(nudges.id);
}

describe('apply', () => {
  it('finishes the inbound row with its reply', async () => {
    const { db, inboundId, finish } = await aText();
    await apply(db, finish, []);
    const [row] = await db.select().from(inbound).where(eq(inbound.id, inboundId));
    expect(row).toMatchObject({ state: 'handled', reply: 'Saved.', body: 'met Sarah at the gym' });
  });

  it('a person created in the batch is found by its ref: their note, their nudge and the undo record', async () => {
    const { db, user, inboundId, finish } = await aText();
    const ref = `${inboundId}.0`;
    await apply(db, finish, [
      { type: 'savePerson', ref, person: personNamed('Sarah', NOW) },
      { type: 'addNote', ref: `${inboundId}.1`, personId: { ref }, body: 'met Sarah at the gym' },
      { type: 'planNudge', personId: { ref }, nudge: { kind: 'first-follow-up', dueAt: NOW + HOUR } },
      { type: 'recordUndo', summary: 'saved Sarah', revert: {}, deletePerson: { ref } },
    ]);
    const [person] = await db.select().from(people).where(eq(people.userId, user.id));
    if (!person) throw new Error('Sarah was not saved');
    expect(person).toMatchObject({ name: 'Sarah', ref });
    expect(await db.select({ personId: notes.personId, ref: notes.ref }).from(notes).where(eq(notes.userId, user.id))).toEqual([
      { personId: person.id, ref: `${inboundId}.1` },
    ]);
    expect((await nudgesOf(db, user.id)).map((row) => [row.personId, row.state])).toEqual([[person.id, 'pending']]);
    const [undo] = await db.select().from(changes).where(eq(changes.userId, user.id));
    expect(readRevert(undo?.revert ?? '')).toEqual({ deletePersonId: person.id });
  });

  it('writes a planned nudge only when none is pending, and replans after a cancel in the same batch', async () => {
    const { db, user, finish } = await aText();
    const personId = await aPerson(db, user.id, 'Sarah', NOW);
    const old = await aNudge(db, { userId: user.id, personId, dueAt: NOW + HOUR, now: NOW - HOUR });
    await apply(db, finish, [{ type: 'planNudge', personId, nudge: { kind: 'deepen', dueAt: NOW + 2 * HOUR } }]);
    expect((await nudgesOf(db, user.id)).map((row) => [row.id, row.kind, row.state])).toEqual([[old, 'first-follow-up', 'pending']]);
    await apply(db, await nextText(db, user, 'replan Sarah', NOW + 1000), [
      { type: 'cancelNudges', personId },
      { type: 'planNudge', personId, nudge: { kind: 'deepen', dueAt: NOW + 2 * HOUR } },
    ]);
    expect((await nudgesOf(db, user.id)).map((row) => [row.kind, row.state])).toEqual([
      ['first-follow-up', 'cancelled'],
      ['deepen', 'pending'],
    ]);
  });

  it('an undo puts back what a change took: the person as they were and their cancelled nudge', async () => {
    const { db, user, finish } = await aText();
    const personId = await aPerson(db, user.id, 'Sarah', NOW - HOUR);
    const nudgeId = await aNudge(db, { userId: user.id, personId, dueAt: NOW + HOUR, now: NOW - HOUR });
    const [before] = await db.select().from(people).where(eq(people.id, personId));
    const [nudgeBefore] = await db.select().from(nudges).where(eq(nudges.id, nudgeId));
    if (!before || !nudgeBefore) throw new Error('rows missing');
    const { userId: _userId, ref: _ref, metAt: _metAt, ...snapshot } = before;
    await apply(db, finish, [
      { type: 'updatePerson', personId, patch: { name: 'Sara', nameKey: 'sara', interests: ['chess'] } },
      { type: 'cancelNudges', personId },
      { type: 'recordUndo', summary: 'renamed Sarah', revert: { person: snapshot, nudges: [nudgeBefore] } },
    ]);
    const [undo] = await db.select().from(changes).where(eq(changes.userId, user.id));
    const revert = readRevert(undo?.revert ?? '');
    if (!undo || !revert) throw new Error('no undo record');
    await apply(db, await nextText(db, user, 'undo', NOW + 60_000), [{ type: 'revert', changeId: undo.id, changedAt: undo.createdAt, revert }]);
    expect((await db.select().from(people).where(eq(people.id, personId)))[0]).toMatchObject({ name: 'Sarah', nameKey: 'sarah', interests: '[]' });
    expect((await db.select().from(nudges).where(eq(nudges.id, nudgeId)))[0]?.state).toBe('pending');
    expect(await db.select().from(changes).where(eq(changes.userId, user.id))).toEqual([]);
  });

  it('an undo never brings back a nudge sent since the change', async () => {
    const { db, user, finish } = await aText();
    const personId = await aPerson(db, user.id, 'Sarah', NOW - HOUR);
    const nudgeId = await aNudge(db, { userId: user.id, personId, dueAt: NOW + HOUR, now: NOW - HOUR });
    const [nudgeBefore] = await db.select().from(nudges).where(eq(nudges.id, nudgeId));
    if (!nudgeBefore) throw new Error('nudge missing');
    await apply(db, finish, [{ type: 'moveNudge', nudgeId, dueAt: NOW + 1000, onlyPending: true }]);
    await db.update(nudges).set({ state: 'sent' }).where(eq(nudges.id, nudgeId));
    const [undo] = await db.insert(changes).values({ userId: user.id, summary: 'moved', revert: '{}', createdAt: NOW }).returning({ id: changes.id });
    if (!undo) throw new Error('no undo record');
    await apply(db, await nextText(db, user, 'undo', NOW + 60_000), [{ type: 'revert', changeId: undo.id, changedAt: NOW, revert: { nudges: [nudgeBefore] } }]);
    expect((await db.select().from(nudges).where(eq(nudges.id, nudgeId)))[0]).toMatchObject({ state: 'sent', dueAt: NOW + 1000 });
  });

  it('forgetting a person redacts the text, its reply and every stored text naming them', async () => {
    const { db, user, inboundId, finish } = await aText('forget Sarah');
    const personId = await aPerson(db, user.id, 'Sarah', NOW - HOUR);
    const earlier = await anInbound(db, { phone: user.phone, body: 'met Sarah at the gym', receivedAt: NOW - HOUR, state: 'handled', userId: user.id });
    await apply(db, { ...finish, reply: 'Forgot Sarah.' }, [{ type: 'forgetPerson', personId, name: 'Sarah' }]);
    const texts = await db.select({ id: inbound.id, body: inbound.body, reply: inbound.reply }).from(inbound).where(eq(inbound.userId, user.id));
    expect(texts).toContainEqual({ id: inboundId, body: '', reply: null });
    expect(texts).toContainEqual({ id: earlier, body: '', reply: null });
    expect(await db.select().from(people).where(eq(people.id, personId))).toEqual([]);
  });

  it('delete everything keeps only the number and its opt-out', async () => {
    const { db, user, finish } = await aText('delete all');
    const personId = await aPerson(db, user.id, 'Sarah', NOW - HOUR);
    await aNudge(db, { userId: user.id, personId, dueAt: NOW, now: NOW });
    await db.update(users).set({ optedOut: true, preferredHour: 7 }).where(eq(users.id, user.id));
    await apply(db, finish, [{ type: 'deleteEverything' }]);
    const [row] = await db.select().from(users).where(eq(users.id, user.id));
    expect(row).toMatchObject({ phone: user.phone, optedOut: true, preferredHour: 10, createdAt: 0, timeZone: 'Etc/UTC' });
    expect(await db.select().from(people).where(eq(people.userId, user.id))).toEqual([]);
    expect(await db.select().from(inbound).where(eq(inbound.phone, user.phone))).toEqual([]);
  });

  it('an export link stores only the hash of its token', async () => {
    const { db, user, finish } = await aText('export');
    const token = crypto.randomUUID();
    await apply(db, finish, [{ type: 'issueExport', token, expiresAt: NOW + HOUR }]);
    const stored = await db.select().from(exportTokens).where(eq(exportTokens.userId, user.id));
    expect(stored).toEqual([{ tokenHash: await hashToken(token), userId: user.id, expiresAt: NOW + HOUR, usedAt: null }]);
  });

  it("the WhatsApp window only moves forward; a switch in the changes wins over the text's channel", async () => {
    const { db, user, finish } = await aText();
    await apply(db, { ...finish, channel: { channel: 'whatsapp', whatsappLastInboundAt: NOW } }, []);
    const switchBack: Change[] = [{ type: 'setUser', patch: { channel: 'sms' } }];
    await apply(
      db,
      { ...(await nextText(db, user, 'sms please', NOW + 1000)), channel: { channel: 'whatsapp', whatsappLastInboundAt: NOW - HOUR } },
      switchBack,
    );
    expect((await db.select().from(users).where(eq(users.id, user.id)))[0]).toMatchObject({ channel: 'sms', whatsappLastInboundAt: NOW });
  });

  it('finishFailed records the reply as failed and writes no change', async () => {
    const { db, user, inboundId, finish } = await aText();
    await finishFailed(db, { ...finish, reply: 'Sorry, please resend.' });
    expect((await db.select().from(inbound).where(eq(inbound.id, inboundId)))[0]).toMatchObject({ state: 'failed', reply: 'Sorry, please resend.' });
    expect(await db.select().from(people).where(eq(people.userId, user.id))).toEqual([]);
  });

  it('a failing batch writes nothing, not even the inbound row', async () => {
    const { db, inboundId, finish } = await aText();
    const clash: Change[] = [
      { type: 'savePerson', ref: `${inboundId}.0`, person: personNamed('Sarah', NOW) },
      { type: 'savePerson', ref: `${inboundId}.0`, person: personNamed('Jake', NOW) },
    ];
    await expect(apply(db, finish, clash)).rejects.toThrow();
    expect((await db.select().from(inbound).where(eq(inbound.id, inboundId)))[0]?.state).toBe('received');
  });
});
