// PURE: what a text's end writes, as data. What changes for its people once it is sent (the playbook's next step after
// each nudge), each person's next step if it is given up, and how Twilio's answer ends it.
import { afterSent, occasionKey, pairSidesWith, planNext } from '../coach/playbook';
import { detailOf } from '../db/nudges';
import { backoff, MAX_ATTEMPTS, MAX_UNCERTAIN_AGE_MS, type OutboundRow } from '../db/outbound';
import { toPlanInput, windowOf, type Person, type UserRow } from '../db/rows';
import type { NextNudge, SentPersonPatch, TextEnd } from '../db/sweep';
import type { PairSide } from '../domain/types';
import type { SendOutcome } from '../twilio/send';
import type { Carried, Finish } from './sweep-context';

/** What a text's end may write besides its state: for its people once sent, and once given up (the step skipped). */
export interface AfterText {
  sent: { people: SentPersonPatch[]; next: NextNudge[] };
  skipped: NextNudge[];
}

/** After these the number itself is the problem: nothing more is planned for its people. */
export const NO_NEXT_STEP = [21211];

/** The next look at an uncertain text: after the backoff, but no later than its maximum age (then it is given up). */
export function uncertainRetryAt(row: Pick<OutboundRow, 'attempts' | 'createdAt'>, now: number): number {
  return Math.min(now + backoff(row.attempts), row.createdAt + MAX_UNCERTAIN_AGE_MS);
}

/** Who among the user's other (unmuted) people (`personById` holds one user's) this one could be brought together with. */
function pairsAmong(person: Person, personById: ReadonlyMap<number, Person>, now: number, zone: string): PairSide[] {
  const others = [...personById.values()].filter((other) => other.id !== person.id && !other.muted);
  return pairSidesWith(person.name, [toPlanInput(person), ...others.map(toPlanInput)], now, zone);
}

/**
 * Each person's `covered` once these nudges are sent, for those it changes: a nudge's own occasion, and for a pair
 * brought together (or introduced) the pair on the other side too, so neither brings it up again.
 */
function coveredAfter(sent: Carried['nudges'], personById: ReadonlyMap<number, Person>): Map<number, string[]> {
  const covered = new Map<number, string[]>();
  const add = (person: Person, key: string) => {
    const list = covered.get(person.id) ?? person.covered ?? [];
    if (!list.includes(key)) covered.set(person.id, [...list, key]);
  };
  for (const nudge of sent) {
    const person = personById.get(nudge.personId);
    if (!person) continue;
    const { covers, pair } = detailOf(nudge);
    if (covers) add(person, covers);
    const other = pair ? [...personById.values()].find((candidate) => candidate.name === pair.name) : undefined;
    if (other) add(other, occasionKey({ pair: person.name }));
  }
  return covered;
}

/**
 * What a text carrying these nudges writes once sent (each person's sent kinds, celebrated events and covered
 * occasions, and the playbook's next nudge), and once given up (the playbook's next after a skipped step).
 * @example afterText({ nudges: [checkIn(ann)], personById }, user, now).sent.next // [{ personId: ann.id, next: { kind: ... } }]
 */
export function afterText(carried: Carried, user: UserRow, now: number): AfterText {
  const { nudges: carriedNudges, personById } = carried;
  const people: SentPersonPatch[] = [];
  const next: NextNudge[] = [];
  const covered = coveredAfter(carriedNudges, personById);
  for (const [personId, list] of covered) {
    // the other side of a pair brought together: covered for them too, no text about them now
    if (!carriedNudges.some((nudge) => nudge.personId === personId)) people.push({ personId, patch: { covered: list } });
  }
  const skipped: NextNudge[] = [];
  for (const nudge of carriedNudges) {
    const person = personById.get(nudge.personId);
    if (!person) continue;
    const { event } = detailOf(nudge);
    const sentKinds = [...person.sentKinds, nudge.kind as Person['sentKinds'][number]];
    const celebratedEvents = event ? [...person.celebratedEvents, event.on] : person.celebratedEvents;
    const covers = covered.get(person.id) ?? person.covered ?? [];
    people.push({ personId: person.id, patch: { sentKinds, celebratedEvents, covered: covers } });
    const planned = afterSent(
      { ...toPlanInput(person), sentKinds, celebratedEvents, covered: covers },
      nudge.kind as Person['sentKinds'][number],
      now,
      user.timeZone,
      windowOf(user),
      undefined,
      pairsAmong(person, personById, now, user.timeZone),
    );
    if (planned) next.push({ personId: person.id, next: planned });
    const afterSkip = planNext(toPlanInput(person), { type: 'skip' }, now, user.timeZone, windowOf(user), pairsAmong(person, personById, now, user.timeZone));
    if (afterSkip) skipped.push({ personId: person.id, next: afterSkip });
  }
  return { sent: { people, next }, skipped };
}

/**
 * Gives a text up: failed, and each person's plan moves on past the skipped step, unless the number itself is invalid.
 * @example giveUp(after, 21211) // { type: 'give-up', errorCode: 21211, next: [] }
 */
export function giveUp(after: AfterText, errorCode: number | null): TextEnd {
  const next = errorCode === null || !NO_NEXT_STEP.includes(errorCode) ? after.skipped : [];
  return { type: 'give-up', errorCode, next };
}

/**
 * How Twilio's answer ends a text in `row` (the state and attempts it is in now), and what the run counts.
 * @example endOf({ type: 'retry', status: 503 }, { attempts: 1, createdAt: now }, after, now)
 *   // { end: { type: 'try-again', errorCode: 503, nextAttemptAt: now + 15 min }, result: 'try-later' }
 */
export function endOf(outcome: SendOutcome, row: Pick<OutboundRow, 'attempts' | 'createdAt'>, after: AfterText, now: number): { end: TextEnd; result: Finish } {
  switch (outcome.type) {
    case 'sent':
      return { end: { type: 'went-out', sid: outcome.sid, ...after.sent }, result: 'went-out' };
    case 'retry':
      // after the last attempt a plain retry gives up
      if (row.attempts >= MAX_ATTEMPTS) return { end: giveUp(after, outcome.code ?? outcome.status), result: 'given-up' };
      return { end: { type: 'try-again', errorCode: outcome.code ?? outcome.status, nextAttemptAt: now + backoff(row.attempts) }, result: 'try-later' };
    case 'uncertain':
      // Twilio may have it: looked up at Twilio first, on the next run
      return { end: { type: 'ask-first', errorCode: outcome.status || null, nextAttemptAt: uncertainRetryAt(row, now) }, result: 'try-later' };
    case 'unsubscribed':
      return { end: { type: 'unsubscribed' }, result: 'given-up' };
    case 'outside-window':
      // the channel's window is closed and no template is configured: Twilio never had it; the next sweep decides again
      return { end: { type: 'release' }, result: 'released' };
    case 'rejected':
      return { end: giveUp(after, outcome.code ?? outcome.status), result: 'given-up' };
  }
}
