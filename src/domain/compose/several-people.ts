// A nudge about several people (2-5): one numbered text, a line per person that names a detail, "Reply DONE 1" guidance.

import type { NudgeSubject } from '../types';
import { CLIP_WORDS } from './details';
import type { ComposeOptions } from './facts';
import { factsOf } from './facts';
import type { Candidate } from './fit';
import { KIND_TEMPLATES } from './kinds';
import { pick } from './pick';

function combinedHints(count: number, seed: number): string[] {
  const examples = ['DONE', 'SNOOZE', 'SKIP'].slice(0, Math.min(3, count)).map((word, i) => `${word} ${i + 1}`);
  const list = examples.length === 3 ? `${examples[0]}, ${examples[1]} or ${examples[2]}` : examples.join(' or ');
  const openers = [`Reply ${list}.`, `Reply with a number: ${list}.`, `Reply e.g. ${list}.`, `Answer per person: ${list}.`];
  return [pick(openers, seed, 91), `Reply e.g. DONE 1.`];
}

/**
 * Every text a nudge about several people may be, richest first: lines shorten together, then the header goes.
 * @example severalPeopleCandidates([{ kind: 'check-in', person: sarah }, { kind: 'say-hi', person: jake }], 1)[0].text
 *   // '2 people to follow up with:\n1) Sarah: check in, "Hey Sarah, how\'s the pottery studio?"\n2) Jake: say hi at run club, swap numbers\nReply DONE 1 or SNOOZE 2.'
 */
export function severalPeopleCandidates(subjects: NudgeSubject[], seed: number, options?: ComposeOptions): Candidate[] {
  const headers = [`${subjects.length} people to follow up with:`, `Today's follow-ups:`, `A few nudges for today:`, `${subjects.length} follow-ups today:`];
  const header = pick(headers, seed, 92);
  const hints = combinedHints(subjects.length, seed);
  const candidates: Candidate[] = [];
  for (let clip = 0; clip < CLIP_WORDS.length; clip++) {
    for (const level of [0, 1, 2]) {
      const lines = subjects.map((subject, i) => {
        const personSeed = seed + i * 7919;
        const facts = factsOf(subject, personSeed, clip);
        return `${i + 1}) ${KIND_TEMPLATES[subject.kind].line({ subject, facts, seed: personSeed, clip, options }, level)}`;
      });
      for (const [withHeader, hint] of [
        [true, hints[0]],
        [false, hints[0]],
        [false, hints[1]],
      ] as const) {
        const text = [withHeader ? header : null, ...lines, hint].filter((part): part is string => Boolean(part)).join('\n');
        candidates.push({ text, complete: true, single: level <= 1 && clip === 0 });
      }
    }
  }
  return candidates;
}
