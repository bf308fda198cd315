// load: one batch stores a text once under its MessageSid, creates its user, and reads the snapshot a decision needs.
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { phoneNumber } from '../../test/factories';
import { aNudge, aPerson, aUser, testDb } from '../../test/support/db-fixtures';
import { load, type InboundText } from './load-text';
import { inbound, nudges, users } from './schema';
import { ERASED_AT } from './users';

const NOW = 1_764_590_400_000;

function textFrom(phone: string, body: string, receivedAt = NOW, sid = `SM${crypto.randomUUID().replace(/-/g, '')}`): InboundText {
  return { sid, phone, body, numMedia: 0, receivedAt, timeZone: 'America/Chicago' };
}

describe('load', () => {
  it('creates a new number as a new user and stores the text as received', async () => {
    const db = testDb();
    const phone = phoneNumber();
    const loaded = await load(db, textFrom(phone, 'met Sarah at the gym'));
    if (loaded.duplicate) throw new Error('a first text is no duplicate');
    expect(loaded.snapshot.isNewUser).toBe(true);
    expect(loaded.snapshot.user).toMatchObject({ phone, timeZone: 'America/Chicago', createdAt: NOW });
    const [row] = await db.select().from(inbound).where(eq(inbound.id, loaded.snapshot.inboundId));
    expect(row).toMatchObject({ phone, body: 'met Sarah at the gym', state: 'received', userId: loaded.snapshot.user.id });
  });

  it('stores a text once: a replay of its MessageSid is a duplicate and writes nothing', async () => {
    const db = testDb();
    const phone = phoneNumber();
    const text = textFrom(phone, 'met Sarah');
    expect((await load(db, text)).duplicate).toBe(false);
    expect(await load(db, { ...text, body: 'a retry', receivedAt: NOW + 5000 })).toEqual({ duplicate: true });
    const rows = await db.select().from(inbound).where(eq(inbound.sid, text.sid));
    expect(rows.map((row) => row.body)).toEqual(['met Sarah']);
  });

  it('a known number keeps its user and time zone', async () => {
    const db = testDb();
    const user = await aUser(db, NOW - 86_400_000);
    const loaded = await load(db, textFrom(user.phone, 'hi', NOW));
    if (loaded.duplicate) throw new Error('not a duplicate');
    expect(loaded.snapshot.isNewUser).toBe(false);
    expect(loaded.snapshot.user).toMatchObject({ id: user.id, timeZone: 'America/New_York' });
  });

  it('an erased number starts afresh: new time zone, welcomed as new', async () => {
    const db = testDb();
    const user = await aUser(db, NOW - 86_400_000);
    await db.update(users).set({ createdAt: ERASED_AT, timeZone: 'Etc/UTC' }).where(eq(users.id, user.id));
    const loaded = await load(db, textFrom(user.phone, 'hi again', NOW));
    if (loaded.duplicate) throw new Error('not a duplicate');
    expect(loaded.snapshot).toMatchObject({ isNewUser: true, user: { id: user.id, timeZone: 'America/Chicago', createdAt: NOW } });
  });

  it("reads the user's people, open nudges and the minute's count of texts", async () => {
    const db = testDb();
    const user = await aUser(db, NOW - 86_400_000);
    const personId = await aPerson(db, user.id, 'Sarah', NOW - 3600_000);
    const nudgeId = await aNudge(db, { userId: user.id, personId, dueAt: NOW + 3600_000, now: NOW - 3600_000 });
    await load(db, textFrom(user.phone, 'first', NOW - 20_000));
    const loaded = await load(db, textFrom(user.phone, 'second', NOW));
    if (loaded.duplicate) throw new Error('not a duplicate');
    expect(loaded.snapshot.people.map((person) => person.name)).toEqual(['Sarah']);
    expect(loaded.snapshot.peopleTotal).toBe(1);
    expect(loaded.snapshot.nudges.map((nudge) => nudge.id)).toEqual([nudgeId]);
    expect(loaded.snapshot.recent.textsLastMinute).toBe(1);
  });

  it("never reads another user's people", async () => {
    const db = testDb();
    const other = await aUser(db, NOW);
    await aPerson(db, other.id, 'Jake', NOW);
    const loaded = await load(db, textFrom(phoneNumber(), 'hello', NOW));
    if (loaded.duplicate) throw new Error('not a duplicate');
    expect(loaded.snapshot.people).toEqual([]);
    expect(loaded.snapshot.peopleTotal).toBe(0);
  });

  it('an opt-out is written with the text, holds pending nudges, and is confirmed once', async () => {
    const db = testDb();
    const user = await aUser(db, NOW - 86_400_000);
    const personId = await aPerson(db, user.id, 'Sarah', NOW - 86_400_000);
    const nudgeId = await aNudge(db, { userId: user.id, personId, dueAt: NOW + 3600_000, now: NOW - 86_400_000 });
    const optOut = { reply: 'You are unsubscribed.', repliesPerMinute: 5 };
    const first = await load(db, { ...textFrom(user.phone, 'STOP', NOW), optOut });
    const again = await load(db, { ...textFrom(user.phone, 'STOP', NOW + 10_000), optOut });
    if (first.duplicate || again.duplicate) throw new Error('not a duplicate');
    expect(first.optOutReply).toBe('You are unsubscribed.');
    expect(again.optOutReply).toBeNull();
    const [row] = await db.select().from(users).where(eq(users.id, user.id));
    expect(row?.optedOut).toBe(true);
    const [nudge] = await db.select().from(nudges).where(eq(nudges.id, nudgeId));
    expect(nudge?.state).toBe('held');
    const [stored] = await db.select().from(inbound).where(eq(inbound.id, first.snapshot.inboundId));
    expect(stored).toMatchObject({ state: 'handled', reply: 'You are unsubscribed.' });
  });
});
