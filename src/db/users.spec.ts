// optOutWrites: an opt-out silences the number and holds its pending nudges; with `applies` false it changes nothing.
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { aNudge, aPerson, aUser, testDb } from '../../test/support/db-fixtures';
import { nudges, users } from './schema';
import { optOutWrites } from './users';

const NOW = 1_764_590_400_000;

async function setUp() {
  const db = testDb();
  const user = await aUser(db, NOW);
  await db
    .update(users)
    .set({ pending: '{"type":"delete"}', pendingExpiresAt: NOW + 60_000 })
    .where(eq(users.id, user.id));
  const personId = await aPerson(db, user.id, 'Sarah', NOW);
  const pending = await aNudge(db, { userId: user.id, personId, dueAt: NOW, now: NOW });
  const sent = await aNudge(db, { userId: user.id, personId, dueAt: NOW, state: 'sent', now: NOW });
  return { db, user, pending, sent };
}

async function stateOf(db: ReturnType<typeof testDb>, id: number) {
  return (await db.select({ state: nudges.state }).from(nudges).where(eq(nudges.id, id)))[0]?.state;
}

describe('optOutWrites', () => {
  it('opts the number out, drops the open question and holds pending nudges only', async () => {
    const { db, user, pending, sent } = await setUp();
    const [first, second] = optOutWrites(db, user.phone);
    await db.batch([first, second]);
    const [row] = await db.select().from(users).where(eq(users.id, user.id));
    expect(row).toMatchObject({ optedOut: true, pending: null, pendingExpiresAt: null });
    expect(await stateOf(db, pending)).toBe('held');
    expect(await stateOf(db, sent)).toBe('sent');
  });

  it('with applies false changes nothing', async () => {
    const { db, user, pending } = await setUp();
    const [first, second] = optOutWrites(db, user.phone, false);
    await db.batch([first, second]);
    const [row] = await db.select().from(users).where(eq(users.id, user.id));
    expect(row).toMatchObject({ optedOut: false, pending: '{"type":"delete"}' });
    expect(await stateOf(db, pending)).toBe('pending');
  });

  it('leaves other numbers alone', async () => {
    const { db, user } = await setUp();
    const other = await setUp();
    const [first, second] = optOutWrites(db, user.phone);
    await db.batch([first, second]);
    const [row] = await db.select({ optedOut: users.optedOut }).from(users).where(eq(users.id, other.user.id));
    expect(row?.optedOut).toBe(false);
    expect(await stateOf(db, other.pending)).toBe('pending');
  });
});
