// recoverOptOuts: an opt-out a failed or unfinished handling left behind is applied once it has settled; nothing else.
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { aNudge, aPerson, aUser, anInbound, testDb } from '../../test/support/db-fixtures';
import { recoverOptOuts } from './recover-opt-outs';
import { inbound, nudges, users } from './schema';

const NOW = 1_764_590_400_000;
const MINUTE = 60_000;

async function leftBehind(body: string, state: 'received' | 'handled' | 'failed', receivedAt = NOW - 5 * MINUTE) {
  const db = testDb();
  const user = await aUser(db, NOW - 86_400_000);
  const personId = await aPerson(db, user.id, 'Sarah', NOW - 86_400_000);
  const nudgeId = await aNudge(db, { userId: user.id, personId, dueAt: NOW, now: NOW - 86_400_000 });
  const inboundId = await anInbound(db, { phone: user.phone, body, receivedAt, state, userId: user.id });
  const read = async () => ({
    optedOut: (await db.select().from(users).where(eq(users.id, user.id)))[0]?.optedOut,
    nudge: (await db.select().from(nudges).where(eq(nudges.id, nudgeId)))[0]?.state,
    text: (await db.select().from(inbound).where(eq(inbound.id, inboundId)))[0]?.state,
  });
  return { db, read };
}

describe('recoverOptOuts', () => {
  it.each(['failed', 'received'] as const)('applies an opt-out left %s and marks the text handled', async (state) => {
    const { db, read } = await leftBehind('STOP', state);
    const recovery = await recoverOptOuts(db, NOW);
    expect(recovery.optedOut).toBeGreaterThanOrEqual(1);
    expect(await read()).toEqual({ optedOut: true, nudge: 'held', text: 'handled' });
  });

  it('runs once: a second sweep finds nothing left to apply for the text', async () => {
    const { db, read } = await leftBehind('unsubscribe', 'failed');
    await recoverOptOuts(db, NOW);
    await recoverOptOuts(db, NOW + MINUTE);
    expect(await read()).toEqual({ optedOut: true, nudge: 'held', text: 'handled' });
  });

  it.each([
    { name: 'a failed text that is no opt-out', body: 'met Sarah at the gym', state: 'failed' as const, receivedAt: NOW - 5 * MINUTE },
    { name: 'an opt-out already handled', body: 'STOP', state: 'handled' as const, receivedAt: NOW - 5 * MINUTE },
    { name: 'an opt-out still settling', body: 'STOP', state: 'received' as const, receivedAt: NOW - MINUTE },
  ])('leaves $name alone', async ({ body, state, receivedAt }) => {
    const { db, read } = await leftBehind(body, state, receivedAt);
    await recoverOptOuts(db, NOW);
    expect(await read()).toEqual({ optedOut: false, nudge: 'pending', text: state });
  });
});
