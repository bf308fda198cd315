// Outbound texts: claimed once, sent once, retried under the same row, delivery state moving forward only.
// States: sending -> sent | queued (Twilio refused: try again) | uncertain (Twilio may have it: ask first) | failed
// (given up) | cancelled (Twilio never had it, and its nudges went back to the plan).
import { and, eq, inArray, lte, sql } from 'drizzle-orm';
import type { Db } from './client';
import { nudges, outbound, users } from './schema';
import { OUTBOUND_STATES, type OutboundState } from './states';

export type OutboundRow = typeof outbound.$inferSelect;

/** How far along each status Twilio reports is: a callback only ever moves a text forward. */
const RANK: Readonly<Partial<Record<OutboundState, number>>> = {
  queued: 0,
  accepted: 0,
  scheduled: 0,
  uncertain: 1,
  sending: 1,
  sent: 2,
  delivered: 3,
  read: 4,
  undelivered: 3,
  failed: 3,
};

/** Applies a status callback. "delivered" after "sent" moves forward; "sent" after "delivered" is ignored. */
export async function advanceDelivery(db: Db, sid: string, status: string, errorCode: number | null): Promise<boolean> {
  const known = OUTBOUND_STATES.find((state) => state === status);
  const rank = known === undefined ? undefined : RANK[known];
  if (known === undefined || rank === undefined) return false;
  const current = sql`CASE ${outbound.state} ${sql.raw(
    Object.entries(RANK)
      .map(([name, value]) => `WHEN '${name}' THEN ${value}`)
      .join(' '),
  )} ELSE 0 END`;
  const updated = await db
    .update(outbound)
    .set({ state: known, errorCode })
    .where(and(eq(outbound.twilioSid, sid), sql`${current} < ${rank}`))
    .returning({ id: outbound.id });
  return updated.length > 0;
}

/**
 * The person a text went to unsubscribed (21610 in a status callback): opts their number out and holds every pending
 * nudge, in one batch. Nothing happens for a sid Kindling never recorded.
 */
export async function optOutRecipient(db: Db, sid: string): Promise<void> {
  const owner = sql`(SELECT ${outbound.userId} FROM ${outbound} WHERE ${outbound.twilioSid} = ${sid})`;
  await db.batch([
    db.update(users).set({ optedOut: true }).where(sql`${users.id} = ${owner}`),
    db
      .update(nudges)
      .set({ state: 'held' })
      .where(and(sql`${nudges.userId} = ${owner}`, eq(nudges.state, 'pending'))),
  ]);
}

/** How long a text may stay `sending` before a later sweep takes it for a dead run's: far beyond one send's timeout. */
export const STALE_SENDING_MS = 10 * 60_000;

/**
 * Texts waiting for another try (after a 429/5xx or a timeout), due by now. A text left `sending` for STALE_SENDING_MS
 * (its run died between the claim and recording the outcome) is first turned `uncertain`, so the caller asks Twilio
 * whether it went before sending it again. One round trip. Uses outbound_state_next.
 */
export async function retriesDue(db: Db, now: number, limit: number): Promise<OutboundRow[]> {
  const [, rows] = await db.batch([
    db
      .update(outbound)
      .set({ state: 'uncertain' })
      .where(and(eq(outbound.state, 'sending'), lte(outbound.nextAttemptAt, now - STALE_SENDING_MS))),
    db
      .select()
      .from(outbound)
      .where(and(inArray(outbound.state, ['queued', 'uncertain']), lte(outbound.nextAttemptAt, now)))
      .orderBy(outbound.nextAttemptAt)
      .limit(limit),
  ]);
  return rows;
}

/**
 * Takes a queued or uncertain text for this run only: a conditional update another run cannot win too. `claimedAt`
 * (the later of the run's time and the real clock) is kept in next_attempt_at, which is what makes a `sending` row stale.
 * Returns the text as claimed (sending, one more attempt), or null when another run took it.
 */
export async function claimRetry(db: Db, row: OutboundRow, claimedAt: number): Promise<OutboundRow | null> {
  const claimed = await db
    .update(outbound)
    .set({ state: 'sending', attempts: sql`${outbound.attempts} + 1`, nextAttemptAt: claimedAt })
    .where(and(eq(outbound.id, row.id), eq(outbound.state, row.state), lte(outbound.nextAttemptAt, claimedAt)))
    .returning();
  return claimed[0] ?? null;
}

/** Which of these Twilio sids are already recorded on a text, so a lookup never takes another text's sid. */
export async function recordedSids(db: Db, sids: string[]): Promise<Set<string>> {
  if (sids.length === 0) return new Set();
  const rows = await db
    .select({ sid: outbound.twilioSid })
    .from(outbound)
    .where(inArray(outbound.twilioSid, sids.slice(0, 90)));
  return new Set(rows.map((row) => row.sid ?? ''));
}

/**
 * How long after its creation an uncertain text may still be resolved by a new try. Past it the sender asks Twilio a
 * last time and gives up (the plan moves on): a nudge hours late reads wrong, and its people stay claimed meanwhile.
 */
export const MAX_UNCERTAIN_AGE_MS = 6 * 60 * 60_000;

/** Backoff after a retryable failure: 15 min, 30 min, 1 h, 2 h, 4 h, then give up. */
export const MAX_ATTEMPTS = 6;
export function backoff(attempts: number): number {
  return 15 * 60_000 * 2 ** Math.max(0, attempts - 1);
}
