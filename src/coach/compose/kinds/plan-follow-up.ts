// plan-follow-up: the day after a plan or invitation, ask the user how it went; their answer paces what comes next.
// With a way to reach them, it also offers the text a friend sends after a good time ("So good to see you, Sarah!
// Let's do coffee again soon."); without one, the question alone.
// In Spanish: the question alone. Done or skipped: a check-in at their pace (the answer itself paces it, steps.ts).

import type { PersonPlan } from '../../../domain/types';
import type { ComposeOptions, Facts } from '../facts';
import { pick } from '../pick';
import { readsAsNounPhrase } from '../references';
import { pastWords } from '../when-words';
import type { SpanishInput, SpanishLineInput } from '../spanish-words';
import { checkIn } from './check-in';
import { checkInAtPace } from './deepen';
import { type KindDefinition, type KindInput, type Shape, whoAt } from './template';

/** The plan as a question names it: "coffee with Omar", "Mia's birthday drinks"; plural when it ends in -s. */
export function planName(plan: PersonPlan, facts: Facts): { name: string; plural: boolean } {
  const what = plan.what.trim().replace(/[.!?]+$/, '');
  // a plan with no name (or one that is not a noun phrase) is "seeing Lena", never "How was  with Lena"
  if (!what || !readsAsNounPhrase(what)) return { name: `seeing ${facts.first}`, plural: false };
  // their birthday is theirs: "Zoe's birthday", never "birthday with Zoe"
  if (/^((her|his|their)\s+)?(birth ?day|bday|b-day)$/i.test(what)) return { name: `${facts.first}'s birthday`, plural: false };
  const own = /^(her|his|their)\s+(.+)$/i.exec(what);
  const plural = /[^s]s$/i.test(what.split(/\s+/).at(-1) ?? '');
  if (own) return { name: `${facts.first}'s ${own[2]}`, plural };
  if (what.toLowerCase().includes(facts.first.toLowerCase())) return { name: what, plural };
  return { name: `${what} with ${facts.first}`, plural };
}

function when(plan: PersonPlan, options: ComposeOptions | undefined): string {
  const words = pastWords(plan.at, options);
  return words ? ` ${words}` : '';
}

function planFollowUpShape(input: KindInput): Shape {
  const { facts, subject, seed, options } = input;
  const plan = subject.plan;
  if (!plan) return checkIn.shape(input);
  const { name, plural } = planName(plan, facts);
  const was = plural ? 'were' : 'was';
  const question = `How ${was} ${name}${when(plan, options)}?`;
  const extra = plan.withGroup
    ? pick([`Meet the rest of the crew?`, `Click with the group?`], seed, 101)
    : pick([`Worth doing again?`, `Did it click?`, `Good time?`], seed, 102);
  const hints = [`Tell me how it went ("great", "so-so", "fell through"), or SKIP.`, 'Tell me how it went, or SKIP.', 'How did it go?'];
  return {
    leads: [`${question} ${extra}`, question, `How ${was} ${name}?`],
    drafts: facts.hasContact ? afterDrafts(plan, facts, seed) : [],
    label: pick(['If it went well, send:', 'If it was fun:', 'A thank-you, if it went well:'], seed, 103),
    hints,
    bare: `How ${was} ${name}?`,
  };
}

/**
 * The text after a good time, as a friend sends it: warm, and "that" for what they did (both know what it was; the
 * plan's label, "the coffee at a new spot", reads like a form in a thank-you).
 */
function afterDrafts(plan: PersonPlan, facts: Facts, seed: number): string[] {
  const first = facts.first;
  const warm = pick([`So good to see you, ${first}!`, `That was so fun, ${first}!`, `Had a great time, ${first}!`], seed, 104);
  const again = plan.withGroup
    ? `${warm} Let's get everyone together again soon.`
    : pick([`${warm} Let's do that again soon.`, `${warm} We have to do that again.`, `${warm} Same time next week?`], seed, 105);
  return [again, `${warm} Let's do that again.`].map((draft) => `"${draft}"`);
}

function planFollowUpLine(input: KindInput, level: number): string {
  const { facts, subject } = input;
  const who = whoAt(facts, level);
  if (!subject.plan) return checkIn.line(input, level);
  const what = planName(subject.plan, facts).name;
  return level === 2 ? `${who}: how was ${what}?` : `${who}: how did ${what} go? Tell me`;
}

function planFollowUpEs({ subject, datos: { first } }: SpanishInput): string[] {
  const what = subject.plan?.what.trim() || 'el plan';
  return [
    `Que tal ${what} con ${first}? Cuentame, por ejemplo "genial" o "mas o menos".`,
    `Que tal con ${first}? Cuentame, por ejemplo "genial" o "mas o menos".`,
  ];
}

export const planFollowUp: KindDefinition = {
  shape: planFollowUpShape,
  line: planFollowUpLine,
  spanish: { texts: planFollowUpEs, line: ({ subject, datos: { first } }: SpanishLineInput) => `que tal ${subject.plan?.what ?? 'el plan'} con ${first}?` },
  phrase: 'a question about how it went',
  pageLabel: 'How the plan went with',
  warmNext: 'ask how the plan went',
  afterPlanWords: null,
  after: { done: checkInAtPace, skip: checkInAtPace },
};
