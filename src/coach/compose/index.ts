// Nudge texts: due nudges (one person or several) and a seed in, one SMS body out. Pure.
// Contract
// - Kindling's own words are plain GSM-7 (straight quotes, no em dash, no emoji, no ellipsis character); what the user
//   noted (names, places, interests) is inserted as is, so a text about "José" may be UCS-2.
// - Every text fits 2 SMS segments, and 1 when a complete version fits (complete: names a detail, has a draft where the
//   kind has one, says how to reply). To fit, texts drop the least important clause, then shorten phrases, then clip
//   noted items to fewer whole words; only a note too long for any template is cut, at a word boundary when possible.
// - `seed` picks among several templates per kind (openers, draft shapes, reply hints), so texts vary between people;
//   with `options.recent` (the user's last texts from Kindling) the seed moves on until no 4-word phrase repeats them.
// - One subject: a lead that names a detail, a draft in straight quotes to send as is, a reply hint. Several (2-5):
//   one numbered text, a short line per person that still names a detail, and "Reply DONE 1, ..." guidance.
// Layout: kinds/ holds each kind's wording; facts, references, details and event-words say what a text can name;
// one-person and several-people build candidate texts; fit picks the one to send.

import type { NudgeSubject } from '../../domain/types';
import type { ComposeOptions } from './facts';
import { chooseFitting } from './fit';
import { onePersonCandidates } from './one-person';
import { severalPeopleCandidates } from './several-people';
import { composeNudgeEs } from './spanish';
import { repeats, repeatsWithin, wornPhrases } from './variety';

/** Seeds tried for a text that repeats none of the user's recent texts. */
const VARIANTS = 16;
/** What a line said twice in one text weighs, in repeated phrases: like a repeat inside a draft. */
const WITHIN_WEIGHT = 3;
/** What leaving people to ask for by number weighs, in repeated phrases. */
const ALSO_DUE_COST = 12;

export type { ComposeOptions } from './facts';

/**
 * The text for one or more due nudges. One person: a lead naming a detail, a draft to send as is, how to reply.
 * Several: one numbered text with a line per person.
 * @example composeNudge([{ kind: 'first-follow-up', person: sarah }], 3)
 *   // 'A hello to Sarah: "Hey Sarah, great meeting you at the climbing gym! How's the pottery studio going?" Reply DONE, SNOOZE or SKIP.'
 * @example composeNudge([{ kind: 'let-go', person: jake }], 0)
 *   // "No worries if it doesn't click. I'll stop nudging about Jake (run club); reply KEEP to keep them."
 */
export function composeNudge(subjects: NudgeSubject[], seed: number, options?: ComposeOptions): string {
  const [only] = subjects;
  if (!only) return '';
  if (options?.language === 'es') return composeNudgeEs(subjects, seed, options);
  const once = (at: number) =>
    subjects.length === 1 ? chooseFitting(onePersonCandidates(only, at, options)) : chooseFitting(severalPeopleCandidates(subjects, at, options));
  const recent = options?.recent ?? [];
  // no phrase of the user's recent texts from Kindling again, and no line said twice in one text: other seeds pick
  // other openers, drafts and hints
  const worn = wornPhrases(recent);
  // a digest that leaves people to ask for ("Also due: 2) Lena") is worse than a repeated phrase: a draft each first
  const cost = (text: string) => repeats(text, worn) + WITHIN_WEIGHT * repeatsWithin(text) + (/\nAlso due: /.test(text) ? ALSO_DUE_COST : 0);
  let best = once(seed);
  let fewest = cost(best);
  for (let tries = 1; tries < VARIANTS && fewest > 0; tries++) {
    const text = once(seed + tries * 7717);
    const count = cost(text);
    if (count < fewest) [best, fewest] = [text, count];
  }
  return best;
}
