// Outbound texts: delivery only moves forward, a retry is claimed once, a stale send turns uncertain, 21610 opts out.
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { aNudge, aPerson, aUser, anOutbound, testDb } from '../../test/support/db-fixtures';
import { advanceDelivery, backoff, claimRetry, optOutRecipient, recordedSids, retriesDue, STALE_SENDING_MS } from './outbound';
import { nudges, outbound, users } from './schema';
import type { OutboundState } from './states';

const NOW = 1_764_590_400_000;

const sidOf = () => `SM${crypto.randomUUID().replace(/-/g, '')}`;

async function sentText(state: OutboundState) {
  const db = testDb();
  const user = await aUser(db, NOW);
  const sid = sidOf();
  const row = await anOutbound(db, { userId: user.id, now: NOW, state, twilioSid: sid });
  const stateNow = async () => (await db.select({ state: outbound.state }).from(outbound).where(eq(outbound.id, row.id)))[0]?.state;
  return { db, user, sid, row, stateNow };
}

describe('advanceDelivery', () => {
  it.each([
    { from: 'sent', status: 'delivered', moved: true },
    { from: 'sending', status: 'sent', moved: true },
    { from: 'delivered', status: 'read', moved: true },
    { from: 'sent', status: 'undelivered', moved: true },
    { from: 'delivered', status: 'sent', moved: false },
    { from: 'read', status: 'delivered', moved: false },
    { from: 'delivered', status: 'delivered', moved: false },
    { from: 'undelivered', status: 'delivered', moved: false },
    { from: 'sent', status: 'queued', moved: false },
    { from: 'sent', status: 'no-such-status', moved: false },
    { from: 'sent', status: 'cancelled', moved: false },
  ] as const)('$from then $status: moved $moved', async ({ from, status, moved }) => {
    const { db, sid, stateNow } = await sentText(from);
    expect(await advanceDelivery(db, sid, status, null)).toBe(moved);
    expect(await stateNow()).toBe(moved ? status : from);
  });

  it('records the error code of a failure', async () => {
    const { db, sid, row } = await sentText('sent');
    expect(await advanceDelivery(db, sid, 'failed', 30_003)).toBe(true);
    const [stored] = await db.select().from(outbound).where(eq(outbound.id, row.id));
    expect(stored).toMatchObject({ state: 'failed', errorCode: 30_003 });
  });

  it('an unknown sid moves nothing', async () => {
    const { db, stateNow } = await sentText('sent');
    expect(await advanceDelivery(db, sidOf(), 'delivered', null)).toBe(false);
    expect(await stateNow()).toBe('sent');
  });
});

describe('retries', () => {
  it('retriesDue turns a stale sending text uncertain and returns it with the queued ones due', async () => {
    const db = testDb();
    const user = await aUser(db, NOW);
    const stale = await anOutbound(db, { userId: user.id, now: NOW, state: 'sending', nextAttemptAt: NOW - STALE_SENDING_MS });
    const fresh = await anOutbound(db, { userId: user.id, now: NOW, state: 'sending', nextAttemptAt: NOW - 60_000 });
    const queued = await anOutbound(db, { userId: user.id, now: NOW, state: 'queued', nextAttemptAt: NOW - 1 });
    const later = await anOutbound(db, { userId: user.id, now: NOW, state: 'queued', nextAttemptAt: NOW + 1 });
    const due = (await retriesDue(db, NOW, 1000)).filter((row) => row.userId === user.id);
    expect(due.map((row) => [row.id, row.state])).toEqual([
      [stale.id, 'uncertain'],
      [queued.id, 'queued'],
    ]);
    const states = await db.select({ id: outbound.id, state: outbound.state }).from(outbound).where(eq(outbound.userId, user.id));
    expect(states).toContainEqual({ id: fresh.id, state: 'sending' });
    expect(states).toContainEqual({ id: later.id, state: 'queued' });
  });

  it('claimRetry takes a text once, counting the attempt', async () => {
    const db = testDb();
    const user = await aUser(db, NOW);
    const row = await anOutbound(db, { userId: user.id, now: NOW, state: 'queued', nextAttemptAt: NOW - 1 });
    expect(await claimRetry(db, row, NOW)).not.toBeNull();
    expect(await claimRetry(db, row, NOW)).toBeNull();
    const [stored] = await db.select().from(outbound).where(eq(outbound.id, row.id));
    expect(stored).toMatchObject({ state: 'sending', attempts: 1, nextAttemptAt: NOW });
  });

  it('claimRetry never takes a text before its next attempt', async () => {
    const db = testDb();
    const user = await aUser(db, NOW);
    const row = await anOutbound(db, { userId: user.id, now: NOW, state: 'queued', nextAttemptAt: NOW + 60_000 });
    expect(await claimRetry(db, row, NOW)).toBeNull();
  });

  it.each([
    { attempts: 1, wait: 15 * 60_000 },
    { attempts: 2, wait: 30 * 60_000 },
    { attempts: 5, wait: 4 * 60 * 60_000 },
  ])('backoff($attempts) waits $wait ms', ({ attempts, wait }) => {
    expect(backoff(attempts)).toBe(wait);
  });
});

describe('recipients', () => {
  it('optOutRecipient opts the owner of the sid out and holds their pending nudges', async () => {
    const { db, user, sid } = await sentText('sent');
    const personId = await aPerson(db, user.id, 'Sarah', NOW);
    const pending = await aNudge(db, { userId: user.id, personId, dueAt: NOW, now: NOW });
    const bystander = await aUser(db, NOW);
    await optOutRecipient(db, sid);
    expect((await db.select().from(users).where(eq(users.id, user.id)))[0]?.optedOut).toBe(true);
    expect((await db.select().from(users).where(eq(users.id, bystander.id)))[0]?.optedOut).toBe(false);
    expect((await db.select().from(nudges).where(eq(nudges.id, pending)))[0]?.state).toBe('held');
  });

  it('recordedSids names only the sids already on a text', async () => {
    const { db, sid } = await sentText('sent');
    const unknown = sidOf();
    expect(await recordedSids(db, [sid, unknown])).toEqual(new Set([sid]));
    expect(await recordedSids(db, [])).toEqual(new Set());
  });
});
