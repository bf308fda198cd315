// What comes next for a person, as replies say it: the kind of nudge and when ("Dec 12 at 10am", "when you resume").

import { KINDS } from '../../coach/kinds';
import { describeWhen } from '../../domain/schedule';
import { type GiveReason, type Millis, NUDGE_KINDS, type NudgeKind, type TimeZone } from '../../domain/types';

export interface NextStep {
  kind: NudgeKind;
  dueAt: Millis;
  /** for a give: what it is (a congrats, a catch-up before a move...), so a reply names it */
  give?: GiveReason;
  /** held by a pause with no end: only RESUME brings it, so a reply says "when you resume" rather than a date */
  waitsForResume?: boolean;
  /** for a bring-together or an introduction: the other person, so a reply names them ("a plan with Sarah and Omar") */
  pair?: { name: string };
}

/**
 * When a step comes, as a reply says it: its date, or "when you resume" while an open-ended pause holds it.
 * @example whenOf({ dueAt: dec12At10 }, dec1, 'America/New_York') // 'Dec 12 at 10am'
 * @example whenOf({ dueAt: dec12At10, waitsForResume: true }, dec1, 'America/New_York') // 'when you resume'
 */
export function whenOf(step: Pick<NextStep, 'dueAt' | 'waitsForResume'>, now: Millis, zone: TimeZone): string {
  return step.waitsForResume ? 'when you resume' : describeWhen(step.dueAt, now, zone);
}

/**
 * Each kind of nudge, as a reply names it ("Next: a light check-in Dec 12 at 10am."): a kind's `phrase` in its module
 * (coach/kinds.ts).
 * @example phraseOf('check-in') // 'a light check-in'
 */
export function phraseOf(kind: NudgeKind): string {
  return KINDS[kind].phrase;
}

/** Every kind's phrase, by kind name, to list them; a reply names one with phraseOf. */
export const KIND_PHRASE: Readonly<Record<string, string>> = Object.fromEntries(NUDGE_KINDS.map((kind) => [kind, phraseOf(kind)]));

/** A give as a reply says what Kindling will do ("I'll ..."): "something to give them" is wrong for a congrats or a move. */
export const GIVE_NEXT: Readonly<Record<GiveReason['type'], string>> = {
  congrats: 'nudge you to send a congrats',
  'before-move': 'suggest a catch-up before the move',
  introduce: 'suggest an introduction',
  share: 'suggest something to share with them',
};
