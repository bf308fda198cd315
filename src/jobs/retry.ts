// Step 1 of a sweep: texts that failed softly, looked up at Twilio when it may hold them, then sent again or released.
import { and, eq, inArray } from 'drizzle-orm';
import { claimRetry, MAX_ATTEMPTS, MAX_UNCERTAIN_AGE_MS, recordedSids, retriesDue, type OutboundRow } from '../db/outbound';
import type { UserRow } from '../db/rows';
import { nudges, outbound, users } from '../db/schema';
import { type Channel, channelOf, sentAddressesOf } from '../channels/channel';
import { localDayKey } from '../domain/time';
import { accountOf, findSent } from '../twilio/send';
import { deferral } from './deferral';
import { deliver } from './delivery';
import { carriedBy, finish, giveUp, release, stillIn, uncertainRetryAt } from './finish';
import { atClaim, byIds, count, isolated, type Carried, type SweepDeps, type SweepReport } from './sweep-context';

const MAX_RETRIES_PER_RUN = 50;

/** Step 1: texts that failed softly earlier: looked up at Twilio when it may have them, then tried again or released. */
export async function retryWaiting(deps: SweepDeps, report: SweepReport): Promise<void> {
  const { db, now } = deps;
  const waiting = await retriesDue(db, now, MAX_RETRIES_PER_RUN);
  if (waiting.length === 0) return;
  const owners = await byIds(
    waiting.map((row) => row.userId),
    (ids) => db.select().from(users).where(inArray(users.id, ids)),
  );
  const userById = new Map(owners.map((user) => [user.id, user]));
  for (const row of waiting) {
    const user = userById.get(row.userId);
    if (user) await isolated(report, row.userId, 'retry', () => retryOne(atClaim(deps), row, user, report));
  }
}

type Lookup = { type: 'sent'; sid: string } | { type: 'absent' } | { type: 'unknown' };

/**
 * Does Twilio hold this text? A listed message to the number with the same body whose sid no other text has recorded.
 * Every address the text may have gone to is asked (channels/channel.ts `sentAddressesOf`: the user's channel, a
 * fallback, a switch since). A body emptied by FORGET can no longer be recognised: unknown.
 */
async function lookUp(deps: SweepDeps, row: OutboundRow, user: UserRow): Promise<Lookup> {
  if (row.body === '') return { type: 'unknown' };
  let unknown = false;
  for (const address of sentAddressesOf(user.phone, deps.settings)) {
    const lookup = await findSent(accountOf(deps.settings), address, row.body, deps.fetcher);
    if (lookup.type === 'unknown') {
      unknown = true;
      continue;
    }
    const known = await recordedSids(deps.db, lookup.sids);
    const sid = lookup.sids.find((listed) => !known.has(listed));
    if (sid) return { type: 'sent', sid };
  }
  return unknown ? { type: 'unknown' } : { type: 'absent' };
}

/** Why a retry may not go now, as a first send would judge it; null: it may go. */
function retryBlock(deps: SweepDeps, row: OutboundRow, user: UserRow, carried: Carried, channel: Channel): 'opted-out' | 'release' | null {
  if (user.optedOut) return 'opted-out';
  // a person in it was forgotten (FORGET empties the texts naming them) or nobody is left in it: recompose for the rest
  const people = carried.nudges.filter((nudge) => nudge.state === 'claimed' && carried.personById.has(nudge.personId));
  if (row.body === '' || people.length === 0 || people.length < carried.nudges.length) return 'release';
  // paused, outside the window, not allowed, or a later local day (where the daily cap has not counted it): the first
  // send path judges and composes it again
  if (localDayKey(deps.now, user.timeZone) !== row.localDay) return 'release';
  // words written for another channel that this one cannot carry as they are (too long for SMS): composed again
  if (!channel.carries(row.body)) return 'release';
  return deferral(user, deps.now, deps.settings, true) === null ? null : 'release';
}

/**
 * One waiting text. Uncertain: ask Twilio first (found: recorded as sent; unknown: wait, or give up once too old).
 * Then, Twilio surely not having it: give up after MAX_ATTEMPTS or once too old, hold it for an opt-out, release its
 * nudges to the plan when a first send could not go now, or claim it and send it again.
 */
async function retryOne(deps: SweepDeps, row: OutboundRow, user: UserRow, report: SweepReport): Promise<void> {
  const { db, now } = deps;
  const expired = row.state === 'uncertain' && now - row.createdAt >= MAX_UNCERTAIN_AGE_MS;
  if (row.state === 'uncertain') {
    const found = await lookUp(deps, row, user);
    if (found.type === 'sent') {
      if ((await finish(deps, row, user, found)) === 'sent') report.sent += 1;
      return;
    }
    if (found.type === 'unknown') {
      if (expired || row.body === '') {
        await giveUp(deps, row, user, null);
        report.failed += 1;
      } else {
        await db
          .update(outbound)
          .set({ nextAttemptAt: uncertainRetryAt(row, now) })
          .where(and(eq(outbound.id, row.id), eq(outbound.state, row.state)));
      }
      return;
    }
  }
  if (expired || row.attempts >= MAX_ATTEMPTS) {
    await giveUp(deps, row, user, row.errorCode);
    report.failed += 1;
    return;
  }
  const carried = await carriedBy(db, row.id);
  const channel = channelOf(user, deps.settings);
  const reach = channel.reach(now);
  const block = retryBlock(deps, row, user, carried, channel);
  if (block === 'opted-out') {
    await db.batch([
      db
        .update(nudges)
        .set({ state: 'held' })
        .where(and(eq(nudges.outboundId, row.id), eq(nudges.state, 'claimed'), stillIn(row))),
      db
        .update(outbound)
        .set({ state: 'failed', errorCode: 21610 })
        .where(and(eq(outbound.id, row.id), eq(outbound.state, row.state))),
    ]);
    return;
  }
  // the channel cannot carry it now (its window closed, nothing else to carry it): the first send path holds its nudges
  if (block === 'release' || reach.type === 'hold') {
    await release(db, row, user);
    report.deferred += 1;
    return;
  }
  if (!(await claimRetry(db, row, now))) return;
  report.retried += 1;
  const names = carried.nudges.flatMap((nudge) => carried.personById.get(nudge.personId)?.name ?? []);
  const outcome = await deliver(deps, user, channel, { body: row.body, names }, reach);
  const result = await finish(deps, { ...row, state: 'sending', attempts: row.attempts + 1, nextAttemptAt: now }, user, outcome, carried);
  count(report, result);
}
