// PURE: one user's due nudges, as read, and `now` -> what this run does for them: defer them, hold them for the
// channel, nothing, or one text (its words, its way, and what its end writes).
import { type Reach, channelOf, type Way } from '../channels/channel';
import { detailOf, type NudgeRow } from '../db/nudges';
import { reachable, toPlanInput, windowOf, type Person, type UserRow } from '../db/rows';
import { DAY } from '../domain/constants';
import { nextWindowTime } from '../domain/schedule';
import { localDayKey } from '../domain/time';
import type { NudgeSubject } from '../domain/types';
import type { Settings } from '../env';
import { type AfterText, afterText } from './after-send';
import { deferral } from './deferral';

/** People named in one combined text. */
export const MAX_PEOPLE_PER_NUDGE_TEXT = 4;

/** What the run read for one user: the user, their due (and due-soon) nudges, all their people, their recent texts. */
export interface UserDue {
  user: UserRow;
  nudges: NudgeRow[];
  personById: Map<number, Person>;
  recent: readonly string[];
}

/** One text to claim and send, and what its end writes. */
export interface TextPlan {
  picked: NudgeRow[];
  body: string;
  names: string[];
  way: Way;
  after: AfterText;
  /** due now or later today but past what one text names: they come in tomorrow's text at this hour, not a second
   * text an hour from now */
  later: { ids: number[]; dueAt: number } | null;
}

export type UserPlan =
  /** nothing may go now: the due nudges move to `dueAt` (held there for an opted-out user) */
  | { type: 'defer'; ids: number[]; dueAt: number; optedOut: boolean }
  /** the user's channel cannot carry it now, and no other goes instead: looked at again at `dueAt`, marked waiting */
  | { type: 'hold'; ids: number[]; dueAt: number }
  /** none of the due nudges has a person left */
  | { type: 'none' }
  | { type: 'send'; text: TextPlan };

/**
 * Defers, holds, or composes one text naming up to MAX_PEOPLE_PER_NUDGE_TEXT of the user's due people (those due now, then
 * those due later the same local day).
 * @example planUser({ user, nudges: [dueAnn], personById, recent: [] }, now, settings) // { type: 'send', text: { body: 'Ann...', ... } }
 */
export function planUser(due: UserDue, now: number, settings: Settings): UserPlan {
  const { user, nudges: fetched, personById, recent } = due;
  // due now, then (same local day) due within the combining gap: one text rather than two an hour apart
  const today = localDayKey(now, user.timeZone);
  const dueNow = fetched.filter((n) => n.dueAt <= now);
  const ids = dueNow.map((n) => n.id);
  const userNudges = [...dueNow, ...fetched.filter((n) => n.dueAt > now && localDayKey(n.dueAt, user.timeZone) === today)];
  const deferTo = deferral(user, now, settings, false);
  if (deferTo !== null) return { type: 'defer', ids, dueAt: deferTo, optedOut: user.optedOut };
  const channel = channelOf(user, settings);
  const reach: Reach = channel.reach(now);
  if (reach.type === 'hold') return { type: 'hold', ids, dueAt: nextWindowTime(reach.recheckAt, user.timeZone, windowOf(user)) };
  const picked = userNudges.filter((n) => personById.has(n.personId)).slice(0, MAX_PEOPLE_PER_NUDGE_TEXT);
  if (picked.length === 0) return { type: 'none' };
  const pickedPeople = picked.map((nudge) => personById.get(nudge.personId) as Person);
  const subjects: NudgeSubject[] = picked.map((nudge, i) => nudgeSubjectOf(nudge, pickedPeople[i] as Person, personById));
  const seed = picked.reduce((sum, nudge) => sum + nudge.personId * 31 + nudge.id, user.capCount);
  const body = channel.composeNudge(subjects, seed, { now, zone: user.timeZone, recent, language: user.language });
  const names = pickedPeople.map((person) => person.name);
  // past what one text names: those due now, and those due in the next hours that would make a second text today
  const left = userNudges.filter((n) => !picked.includes(n) && (n.dueAt <= now || personById.has(n.personId))).map((n) => n.id);
  const later = left.length > 0 ? { ids: left, dueAt: nextWindowTime(now + DAY, user.timeZone, windowOf(user)) } : null;
  return { type: 'send', text: { picked, body, names, way: reach, after: afterText({ nudges: picked, personById }, user, now), later } };
}

function nudgeSubjectOf(nudge: NudgeRow, person: Person, everyone: Map<number, Person>): NudgeSubject {
  const input = toPlanInput(person);
  // a tie is a path to their number only when the user can reach that person
  const others = [...everyone.values()];
  const ties = (input.ties ?? []).map((tie) => {
    const other = others.find((p) => p.nameKey === tie.name.trim().toLowerCase() || p.nameKey.split(' ')[0] === tie.name.trim().toLowerCase().split(' ')[0]);
    return other ? { ...tie, reachable: reachable(other) } : tie;
  });
  return { ...detailOf(nudge), kind: nudge.kind as NudgeSubject['kind'], person: { ...input, ties } };
}
