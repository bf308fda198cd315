// let-go: they have gone quiet, so Kindling offers to stop nudging about them unless the user replies KEEP.
// In Spanish: the same offer. Next, once kept: a check-in four weeks on.

import type { PersonForPlan } from '../../../domain/types';
import { type Planning, reach, type StepPlan } from '../../playbook/reach';
import { paren } from '../phrasing';
import { pick } from '../pick';
import type { SpanishInput, SpanishLineInput } from '../spanish-words';
import { type KindDefinition, type KindInput, type Shape, whoAt } from './template';

function letGoShape({ facts, seed }: KindInput): Shape {
  const tag = paren(facts.tag);
  // without a number they were never texted: no "no reply", no "gone quiet"
  const leads = (who: string) =>
    facts.hasContact
      ? [
          `No worries if it doesn't click. I'll stop nudging about ${who}${tag}; reply KEEP to keep ${who} on my list.`,
          `${who}${tag} has gone quiet. Some threads fade, and that's ok. I'll stop nudging unless you reply KEEP.`,
          `No reply from ${who}${tag} in a while. I'll let this one rest; reply KEEP to keep ${who} on my list.`,
          `Letting ${who}${tag} go? No worries if it didn't click. Reply KEEP and I'll keep nudging.`,
        ]
      : [
          `Still no number for ${who}${tag}, and that's ok. I'll stop nudging unless you reply KEEP.`,
          `No way to reach ${who}${tag} yet. I'll let this one rest; reply KEEP to keep ${who} on my list.`,
        ];
  return {
    leads: [pick(leads(facts.name), seed, 81), pick(leads(facts.first), seed, 81), `Letting ${facts.first}${tag} go; reply KEEP to keep nudging.`],
    drafts: [],
    label: '',
    hints: [''],
    bare: `Letting ${facts.first}${tag} go; reply KEEP to keep nudging.`,
  };
}

/** A let-go's line in a numbered text: gentle, complete on its own, answered by KEEP with the name (never DONE). */
function letGoLine({ facts, seed }: KindInput, level: number): string {
  const who = whoAt(facts, level);
  const tag = paren(facts.tag);
  const { first } = facts;
  if (level === 2)
    return facts.hasContact
      ? `${who}${tag} has gone quiet, so I'll stop nudging (KEEP ${first} to keep going).`
      : `${who}${tag}: still no number, so I'll stop nudging (KEEP ${first} to keep going).`;
  const lines = facts.hasContact
    ? [
        `${who}${tag} has gone quiet, and that's ok. I'll stop nudging unless you reply KEEP ${first}.`,
        `${who}${tag} has been quiet a while. No worries: I'll stop the nudges unless you reply KEEP ${first}.`,
      ]
    : [`${who}${tag}: still no number, and that's ok. I'll stop nudging unless you reply KEEP ${first}.`];
  return pick(lines, seed, 82);
}

function letGoEs({ datos: d, tag }: SpanishInput): string[] {
  return [
    `Sin problema si no se dio con ${d.name}${tag}. Ya no te recordare de ${d.first}; responde KEEP si quieres seguir.`,
    `Ya no te recordare de ${d.first}; responde KEEP si quieres seguir.`,
  ];
}

/** After a let-go the user kept (KEEP): a check-in four weeks on. */
function afterLetGo(person: PersonForPlan, ctx: Planning): StepPlan {
  return reach(person, 'check-in', 28, ctx);
}

export const letGo: KindDefinition = {
  shape: letGoShape,
  line: letGoLine,
  spanish: { texts: letGoEs, line: ({ datos: { first } }: SpanishLineInput) => `dejo de recordarte de ${first} (KEEP ${first.toUpperCase()} para seguir)` },
  phrase: 'a last check',
  pageLabel: 'Let go of',
  warmNext: null,
  afterPlanWords: null,
  after: { done: afterLetGo, skip: afterLetGo },
};
