// PURE: one waiting text, as read (its user, its nudges and their people, and what Twilio said it holds) and `now` ->
// how it ends this run, or the text to send again and what its end writes.
import { channelOf, type Channel, type Way } from '../channels/channel';
import { MAX_ATTEMPTS, MAX_UNCERTAIN_AGE_MS, type OutboundRow } from '../db/outbound';
import type { UserRow } from '../db/rows';
import { awaitsLookUp, isClaimed } from '../db/states';
import type { TextEnd } from '../db/sweep';
import { localDayKey } from '../domain/time';
import type { Settings } from '../env';
import { type AfterText, afterText, giveUp, uncertainRetryAt } from './after-send';
import { deferral } from './deferral';
import type { Carried, Finish } from './sweep-context';

/** What the run read for one waiting text. */
export interface RetryDue {
  row: OutboundRow;
  user: UserRow;
  carried: Carried;
}

/** What Twilio holds of a text that may have gone: found (a sid no other text has recorded), absent, or unknown. */
export type Lookup = { type: 'found'; sid: string } | { type: 'absent' } | { type: 'unknown' };

export type RetryPlan =
  /** written as is; `result` is what the run counts, if anything */
  | { type: 'end'; end: TextEnd; result?: Finish }
  /** claimed again and sent the way `way` says; `after` is what its end writes */
  | { type: 'send'; text: { body: string; names: string[]; way: Way; after: AfterText } };

/** The first of Twilio's listed sids that no text has recorded yet; none: absent. */
export function pickUnrecorded(listed: readonly string[], recorded: ReadonlySet<string>): Lookup {
  const sid = listed.find((candidate) => !recorded.has(candidate));
  return sid ? { type: 'found', sid } : { type: 'absent' };
}

/** Why a retry may not go now, as a first send would judge it; null: it may go. */
function retryBlock(due: RetryDue, now: number, settings: Settings, channel: Channel): 'opted-out' | 'release' | null {
  const { row, user, carried } = due;
  if (user.optedOut) return 'opted-out';
  // a person in it was forgotten (FORGET empties the texts naming them) or nobody is left in it: recompose for the rest
  const people = carried.nudges.filter((nudge) => isClaimed(nudge) && carried.personById.has(nudge.personId));
  if (row.body === '' || people.length === 0 || people.length < carried.nudges.length) return 'release';
  // paused, outside the window, not allowed, or a later local day (where the daily cap has not counted it): the first
  // send path judges and composes it again
  if (localDayKey(now, user.timeZone) !== row.localDay) return 'release';
  // words written for another channel that this one cannot carry as they are (too long for SMS): composed again
  if (!channel.carries(row.body)) return 'release';
  return deferral(user, now, settings, true) === null ? null : 'release';
}

/**
 * One waiting text. Uncertain: what Twilio holds decides first (found: recorded as sent; unknown: ask again later, or
 * give up once too old). Then, Twilio surely not having it: give up after MAX_ATTEMPTS or once too old, hold it for an
 * opt-out, release its nudges to the plan when a first send could not go now, or send it again.
 * @example planRetry({ row: queuedText, user, carried }, undefined, now, settings) // { type: 'send', text: { body: row.body, ... } }
 */
export function planRetry(due: RetryDue, lookup: Lookup | undefined, now: number, settings: Settings): RetryPlan {
  const { row, user, carried } = due;
  const after = afterText(carried, user, now);
  const uncertain = awaitsLookUp(row);
  const expired = uncertain && now - row.createdAt >= MAX_UNCERTAIN_AGE_MS;
  if (uncertain && lookup?.type === 'found') return { type: 'end', end: { type: 'went-out', sid: lookup.sid, ...after.sent }, result: 'went-out' };
  if (uncertain && lookup?.type === 'unknown') {
    if (expired || row.body === '') return { type: 'end', end: giveUp(after, null), result: 'given-up' };
    return { type: 'end', end: { type: 'ask-again', nextAttemptAt: uncertainRetryAt(row, now) } };
  }
  if (expired || row.attempts >= MAX_ATTEMPTS) return { type: 'end', end: giveUp(after, row.errorCode), result: 'given-up' };
  const channel = channelOf(user, settings);
  const reach = channel.reach(now);
  const block = retryBlock(due, now, settings, channel);
  if (block === 'opted-out') return { type: 'end', end: { type: 'opted-out' } };
  // the channel cannot carry it now (its window closed, nothing else to carry it): the first send path holds its nudges
  if (block === 'release' || reach.type === 'hold') return { type: 'end', end: { type: 'release' }, result: 'released' };
  const names = carried.nudges.flatMap((nudge) => carried.personById.get(nudge.personId)?.name ?? []);
  return { type: 'send', text: { body: row.body, names, way: reach, after } };
}
