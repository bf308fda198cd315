// A nudge about several people (2-5): every line with its own draft when that fits, else one person's full text and
// "Also due: 2) Dana 3) Bea. Reply 2 for Dana's text", never a bare label ("Carla (yoga): follow up").

import type { NudgeSubject } from '../../domain/types';
import { CLIP_WORDS, detailsOf, namesDetail } from './details';
import type { ComposeOptions } from './facts';
import { factsOf } from './facts';
import type { Candidate } from './fit';
import { KIND_TEMPLATES } from './kinds';
import { onePersonCandidates } from './one-person';
import { firstName, paren } from './phrasing';
import { atMost, pick } from './pick';

/**
 * How to reply to a numbered text: DONE / SNOOZE / SKIP by number for the people there is something to send to; a
 * let-go is answered by KEEP and its line says so, so it gets no DONE or SNOOZE ("DONE 1" on "I'll stop" makes no sense).
 */
function combinedHints(subjects: NudgeSubject[], seed: number): string[] {
  const numbers = subjects.flatMap((subject, i) => (subject.kind === 'let-go' ? [] : [i + 1]));
  if (numbers.length === 0) return ['', ''];
  const words = ['DONE', 'SNOOZE', 'SKIP'];
  const examples = numbers.slice(0, 3).map((n, i) => `${words[i]} ${n}`);
  const list = examples.length === 3 ? `${examples[0]}, ${examples[1]} or ${examples[2]}` : examples.join(' or ');
  const alone = numbers.length === 1 ? `Reply DONE ${numbers[0]} once sent (or SNOOZE ${numbers[0]}).` : null;
  const openers = alone ? [alone] : [`Reply ${list}.`, `Reply with a number: ${list}.`, `Reply e.g. ${list}.`, `Answer per person: ${list}.`];
  return [pick(openers, seed, 91), `Reply e.g. DONE ${numbers[0]}.`];
}

/** How much longer than the shortest draft a list's line may take one, for variety. */
const NEAR_SHORTEST = 6;

/**
 * One person's line with something complete in it: their draft in quotes ("Sarah: "Hey Sarah, how's the pottery studio
 * going?""), or, for a step with no text to send (ask a friend for a number, how a plan went, KEEP), its short lead.
 */
function fullLine(subject: NudgeSubject, seed: number, clip: number, level: number, options?: ComposeOptions): string {
  const facts = factsOf(subject, seed, clip);
  const shape = KIND_TEMPLATES[subject.kind].shape({ subject, facts, seed, clip, options });
  // level 2: the shortest draft there is, so four people still fit with a draft each
  const shortest = [...shape.drafts].sort((a, b) => a.length - b.length)[0];
  // among the drafts within a few characters of the shortest, the seed's: the shortest alone would give every person
  // the same short opener ("Fun meeting you, ...")
  const near = shape.drafts.filter((each) => each.length <= (shortest?.length ?? 0) + NEAR_SHORTEST);
  const draft = shape.drafts.length > 0 ? (level >= 2 ? (near.length > 0 ? pick(near, seed, 92) : shortest) : atMost(shape.drafts, level)) : undefined;
  // a line to say in person ("Ask Marcus for his number at the jazz bar:") keeps its lead, so it reads as in person
  const inPerson = !facts.hasContact || subject.kind === 'say-hi' || subject.kind === 'get-contact';
  // level 2: the shortest lead that still names them and leads into the words to say
  const tight = shape.leads[2];
  const lead =
    (level >= 2 && tight?.endsWith(':') && tight.includes(facts.first) && tight.length > facts.first.length + 1 ? tight : atMost(shape.leads, 1)) ?? '';
  // letting go says KEEP with the name: a bare KEEP after a text about several people would be ambiguous
  if (subject.kind === 'let-go') return KIND_TEMPLATES['let-go'].line({ subject, facts, seed, clip, options }, level);
  // how a plan went is a question for the user: the question, with its thank-you draft when the list has room for it
  if (subject.kind === 'plan-follow-up' && draft && level === 0) return `${shape.leads[1] ?? shape.bare} ${shape.label} ${shortest}`;
  if (subject.kind === 'plan-follow-up' && draft) return level === 1 ? (shape.leads[0] ?? shape.bare) : shape.bare;
  if (!draft) return level === 0 ? (shape.leads[0] ?? shape.bare) : shape.bare;
  if (inPerson && lead.endsWith(':')) return `${lead} ${draft}`;
  // a draft that names nothing of theirs ("Want to do a coffee to swap ideas?") says what it is about first
  // a day pinned for a plan says which plan ("Jake (the climbing night): "so glad you're up for it! Thursday?"")
  const pinned = subject.kind === 'deepen' && subject.pin && subject.plan?.what.trim() ? paren(subject.plan.what.trim()) : null;
  const tag = pinned ?? (namesDetail(draft, detailsOf(subject, clip)) ? '' : paren(facts.tag));
  return `${facts.first}${tag}: ${draft}`;
}

/**
 * "Also due: 2) Dana 3) Bea. Reply 2 for Dana's text." (and the shorter forms). A let-go has no text to send: it is
 * said in its own words ("Jo has gone quiet, so I'll stop nudging (KEEP Jo to keep going).") instead of a number.
 */
function alsoDue(others: NudgeSubject[], seed: number, options?: ComposeOptions): string[] {
  const numbered = others.map((subject, i) => ({ subject, n: i + 2 })).filter(({ subject }) => subject.kind !== 'let-go');
  const goodbyes = others
    .filter((subject) => subject.kind === 'let-go')
    .map((subject) => KIND_TEMPLATES['let-go'].line({ subject, facts: factsOf(subject, seed, 1), seed, clip: 1, options }, 2));
  const said = goodbyes.length > 0 ? ` ${goodbyes.join(' ')}` : '';
  if (numbered.length === 0) return [said.trim()];
  const names = numbered.map(({ subject, n }) => `${n}) ${firstName(subject.person.name)}`);
  const [head] = numbered;
  const last = numbered.at(-1);
  const first = firstName(head?.subject.person.name ?? '');
  const more = numbered.length > 1 && last ? `, ${last.n} for ${firstName(last.subject.person.name)}'s` : '';
  return [
    `Also due: ${names.join(' ')}. Reply ${head?.n} for ${first}'s text${more}.${said}`,
    `Also due: ${names.join(' ')}. Reply ${head?.n} for ${first}'s text.${said}`,
    `Also due: ${names.join(' ')} (reply the number for their text).${said}`,
  ];
}

/**
 * Every text a nudge about several people may be, richest first: a line with its own draft per person (a header when
 * it fits), then the first person's complete text with the others named and a number to reply for their draft.
 * @example severalPeopleCandidates([{ kind: 'check-in', person: sarah }, { kind: 'say-hi', person: jake }], 1)[0].text
 *   // 'Today\'s texts:\n1) Sarah: "Hey Sarah, how\'s the pottery studio going?"\n2) Say hi to Jake at run club:\nReply DONE 1 or SNOOZE 2.'
 */
export function severalPeopleCandidates(subjects: NudgeSubject[], seed: number, options?: ComposeOptions): Candidate[] {
  const headers = [`${subjects.length} people to text today:`, `Today's texts:`, `A few texts for today:`, `Texts worth sending today:`];
  const header = pick(headers, seed, 92);
  const hints = combinedHints(subjects, seed);
  const candidates: Candidate[] = [];
  for (let clip = 0; clip < Math.min(2, CLIP_WORDS.length); clip++) {
    // level 2: every line's shortest draft, still one with a draft per person, before naming the others only
    for (const level of [0, 1, 2]) {
      const lines = subjects.map((subject, i) => `${i + 1}) ${fullLine(subject, seed + i * 7919, clip, level, options)}`);
      for (const [withHeader, hint] of [
        [true, hints[0]],
        [false, hints[0]],
        [false, hints[1]],
      ] as const) {
        const text = [withHeader ? header : null, ...lines, hint].filter((part): part is string => Boolean(part)).join('\n');
        candidates.push({ text, complete: true, single: false });
      }
    }
  }
  const [lead, ...others] = subjects;
  if (!lead) return candidates;
  const leadHints = [`Reply DONE 1 once sent (or SNOOZE 1, SKIP 1).`, `Reply DONE 1 once sent.`, `DONE 1?`];
  const tails = alsoDue(others, seed, options);
  for (const tail of tails) {
    for (const one of onePersonCandidates(lead, seed, options, leadHints)) {
      candidates.push({ text: `${one.text}\n${tail}`, complete: one.complete, single: false });
    }
  }
  return candidates;
}
