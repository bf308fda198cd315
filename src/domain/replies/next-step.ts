// What comes next for a person, as replies say it: the kind of nudge and when ("Dec 12 at 10am", "when you resume").

import { describeWhen } from '../schedule';
import type { GiveReason, Millis, NudgeKind, TimeZone } from '../types';

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

/** Each kind of nudge, as a reply names it: "Next: a light check-in Dec 12 at 10am." */
export const KIND_PHRASE: Readonly<Record<NudgeKind, string>> = {
  'first-follow-up': 'a first follow-up',
  'get-contact': 'a reminder to get a number',
  deepen: 'an idea to do something together',
  'check-in': 'a light check-in',
  'their-moment': 'a note for the big day',
  'say-hi': 'a reminder to say hi',
  'let-go': 'a last check',
  'plan-follow-up': 'a question about how it went',
  'bring-together': 'an idea for a small group plan',
  give: 'a nudge to give something',
};

/** A give as a reply says what Kindling will do ("I'll ..."): "something to give them" is wrong for a congrats or a move. */
export const GIVE_NEXT: Readonly<Record<GiveReason['type'], string>> = {
  congrats: 'nudge you to send a congrats',
  'before-move': 'suggest a catch-up before the move',
  introduce: 'suggest an introduction',
  share: 'suggest something to share with them',
};
