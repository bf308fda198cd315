// The words corrections share: how one opens ("sorry", "oops", "autocorrect"), how a spelling is told by its letters,
// and when two spellings are one name.

import type { PersonRef, UnderstandContext } from './types';

export const OPENER = String.raw`^(?:(?:lol|lmao|lmfao|haha|hahaha|omg|sorry|oops|oopsie|whoops|wait|actually|correction|mistake|my mistake|typo|erratum|my bad|no|nope|ugh|hmm|ah|oh|um|scratch that|fix|small fix|(?:stupid |damn |ugh )?autocorrect|auto ?correct|i spelled (?:it|that|her name|his name) wrong|spelled (?:it|that) wrong|misspelled (?:it|that)|i meant|i mean|(?:i )?meant to (?:say|write|type)|should be|should have said)[\s,:!.-]+)*`;
/** How a spelling is told by its letters: "with a y", "no h", "without the e", "with two ls", "minus the h at the end". */
export const LETTER_HINT = String.raw`(?:(?:with |spelled with |spelt with )?(?:a|an|one|two|double|single|1|2) \p{L}(?:'?s)?(?: at the (?:end|start))?|with (?:a|an|one|two|double) \p{L}+s?|(?:no|without|with no|minus|drop|lose|losing)(?: the| an?)? \p{L}{1,2}(?:'?s)?(?: at the (?:end|start))?)(?![\p{L}'])`;
export const firstNameKeyOf = (name: string): string => name.toLowerCase().split(' ')[0] ?? '';

/** The person a new spelling is of: the latest when it is like theirs, else the one saved person whose name it is like. */
export function likeLatest(to: string, latest: PersonRef | null, ctx: UnderstandContext): PersonRef | null {
  if (!latest || similar(to, latest.name)) return latest;
  const like = ctx.people.filter((person) => similar(to, person.name));
  const [only] = like;
  return like.length === 1 && only ? { name: only.name, id: only.id } : latest;
}

/** Two spellings close enough to be one name: same first letter or sound, or at most 2 letters apart. */
export function similar(a: string, b: string): boolean {
  const x = a.toLowerCase().split(' ')[0] ?? '';
  const y = b.toLowerCase().split(' ')[0] ?? '';
  if (x === y) return true;
  let common = 0;
  while (common < x.length && x[common] === y[common]) common++;
  return common >= 2 || (x.length > 2 && y.length > 2 && x.slice(-2) === y.slice(-2));
}
