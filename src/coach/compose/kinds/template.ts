// What every nudge kind provides: the parts of a one-person text (richest first) and its line in a text for several
// (KindTemplate), and, as a KindDefinition, everything else about it: its Spanish wording, how replies name it and what
// follows it done or skipped. Each kind's module defines all of it; coach/kinds.ts registers them.

import type { NudgeSubject, PersonForPlan } from '../../../domain/types';
import type { Planning, StepPlan } from '../../playbook/reach';
import type { ComposeOptions, Facts } from '../facts';
import type { SpanishWording } from '../spanish-words';
import { pick } from '../pick';

/** The parts of a one-person text; composing tries them from richest to barest until the text fits. */
export interface Shape {
  /** leads from richest to barest; every lead names the person */
  leads: string[];
  /** drafts from richest to barest, each already quoted; [] when the kind has no draft */
  drafts: string[];
  /** labels put before a draft after a full lead */
  label: string;
  hints: string[];
  /** a lead without a draft that still names a detail, for when nothing else fits */
  bare: string;
}

/** What a template reads: the subject, its facts at a clip level, the seed and the moment of composing. */
export interface KindInput {
  subject: NudgeSubject;
  facts: Facts;
  seed: number;
  clip: number;
  options?: ComposeOptions;
}

/** One nudge kind's wording. */
export interface KindTemplate {
  /** the parts of a text about one person */
  shape(input: KindInput): Shape;
  /** one person's line in a numbered text at a level (0 with a mini draft, 1 with a detail, 2 terse); a digest uses
   * the shape's drafts instead (several-people.ts), and a line only for let-go */
  line(input: KindInput, level: number): string;
}

/** What the playbook plans after a step of one kind (its next step ignoring their events, steps.ts). */
export interface KindTiming {
  /** after the user did it, or added a note since */
  done(person: PersonForPlan, ctx: Planning): StepPlan;
  /** after the user skipped it */
  skip(person: PersonForPlan, ctx: Planning): StepPlan;
}

/** One nudge kind, whole: every member is required, so a kind without its wording, phrase or timing fails `tsc`. */
export interface KindDefinition extends KindTemplate {
  /** its texts in Spanish (compose/spanish.ts) */
  spanish: SpanishWording;
  /** how a reply names it after "Next:": "a light check-in" */
  phrase: string;
  /** how the user's page lists it, before their name: "Check in with" Sarah */
  pageLabel: string;
  /** what Kindling does next, as a reply to a warm answer says it after "I'll": "check in"; null: something together */
  warmNext: string | null;
  /** what comes next, as a reply to how a plan went says it, naming them when given a name; null: "I'll nudge you" */
  afterPlanWords: ((name: string) => string) | null;
  /** what follows it */
  after: KindTiming;
}

const REPLY_HINTS = [
  'Reply DONE, SNOOZE or SKIP.',
  'Sent it? Reply DONE. Or SNOOZE, SKIP.',
  'Reply DONE once sent (or SNOOZE, SKIP).',
  'DONE, SNOOZE or SKIP?',
];
const HOW_IT_WENT_HINTS = [
  'Reply DONE, SNOOZE, SKIP, or tell me how it went.',
  'Tell me how it went, or reply DONE, SNOOZE, SKIP.',
  'Sent it? Reply DONE. Heard back? Tell me.',
  'DONE, SNOOZE, SKIP, or how did it go?',
];
export const SHORT_HINT = 'DONE, SNOOZE or SKIP?';
export const DRAFT_LABELS = ['Draft:', 'Try:', 'Something like:', 'You could send:'];
export const SAY_LABELS = ['Try:', 'Say something like:', 'Maybe:', 'Something like:'];

/**
 * How to reply, richest to shortest; `howItWent` also invites telling how it went.
 * @example hintsFor(0) // [<one of the reply hints>, 'Reply DONE, SNOOZE or SKIP.', 'DONE, SNOOZE or SKIP?']
 */
export function hintsFor(seed: number, howItWent = false): string[] {
  const first = howItWent ? pick(HOW_IT_WENT_HINTS, seed, 32) : pick(REPLY_HINTS, seed, 31);
  return [first, 'Reply DONE, SNOOZE or SKIP.', SHORT_HINT];
}

/**
 * Who a numbered line names: the name as noted at level 0, else the first name.
 * @example whoAt(facts, 1) // 'Sarah'
 */
export function whoAt(facts: Facts, level: number): string {
  return level === 0 ? facts.name : facts.first;
}
