// "wait reverse that, gabe has the pitbull and tasha the beagle": details said the wrong way round between two saved
// people. Read only with a cue that says so ("reverse that", "other way round", "mixed them up", "swap"); each person
// gets what the text gives them, and loses what it gives the other.

import { savedMentions } from './people';
import type { TextView } from './read-text';
import type { Meaning, UnderstandContext } from './types';

/** Words that say two things were said the wrong way round. */
const SWAP_CUE =
  /\b(?:reverse (?:that|it|those|them)|(?:the )?other way (?:a?round)|(?:it'?s |its )?(?:the )?opposite|swap (?:that|them|those|it)|switch (?:that|them|those|it)|(?:i )?(?:switched|swapped|flipped|mixed up|got mixed up|mixed) (?:them|those|that|it|the two)(?: up)?|(?:i )?(?:got|had) (?:them|those|it|that) (?:backwards|(?:the )?wrong way (?:a?round)|mixed up|switched|swapped)|backwards|vice versa|al rev[eé]s|(?:los )?confund[ií])\b/iu;
/** What comes before a person's detail and is not part of it: a verb of having or being, an article, "and". */
const LEAD = /^(?:(?:and|y|has|have|had|got|owns|is|was|s|es|does|do|works|work|at|in|for|with|the|a|an|el|la|los|las|un|una|de|tiene|trabaja|en)\s+)+/u;
const TRAIL = /(?:\s+(?:and|y|e|while|but|pero|then))+$/u;

/**
 * The two fixes a swapped pair of details makes, or null.
 * readSwap(readText("reverse that, gabe has the pitbull and tasha the beagle"), ctx)
 *   -> { intent: 'correct-details', fixes: [{ person: Gabe, add: ['pitbull'], remove: ['beagle'] }, { person: Tasha, add: ['beagle'], remove: ['pitbull'] }] }
 */
export function readSwap(view: TextView, ctx: UnderstandContext): Meaning | null {
  if (view.keys.length > 24 || !SWAP_CUE.test(view.key)) return null;
  const mentions = savedMentions(view.keys, ctx).filter((mention) => mention.ref.id !== undefined);
  const [first, second, third] = mentions;
  if (!first || !second || third || first.ref.id === second.ref.id) return null;
  const detailOf = (from: number, to: number): string =>
    view.keys
      .slice(from + 1, to)
      .join(' ')
      .replace(LEAD, '')
      .replace(TRAIL, '')
      .trim();
  const one = detailOf(first.at, second.at);
  const two = detailOf(second.at, view.keys.length);
  const fits = (detail: string) => detail !== '' && detail.split(' ').length <= 4;
  if (!fits(one) || !fits(two) || one === two) return null;
  return {
    intent: 'correct-details',
    fixes: [
      { person: first.ref, add: [one], remove: [two] },
      { person: second.ref, add: [two], remove: [one] },
    ],
  };
}
