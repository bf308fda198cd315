// "lol rocket is a dog dont save him as a person", "greg is my monstera", "Marlow's is a shop not a person": a saved
// "person" said to be an animal, a plant, a place or a thing. About the one named, else (for "he's a dog") the latest.

import { NON_PERSON_KINDS } from './note-lexicon';
import { latestRef, peopleNamed, refFor } from './people';
import type { TextView } from './read-text';
import type { Meaning, PersonRef, UnderstandContext } from './types';

const OPENER = String.raw`^(?:(?:lol|lmao|haha|hah|oh|oops|whoops|wait|no|nope|actually|sorry|um|uh|ok|okay|btw|fyi)\s+)*`;
const SUBJECT = String.raw`(?:(he|she|it|they|that|this)|(\p{L}[\p{L}\p{M}'-]*?))`;
/** "is", "'s" (the key drops the apostrophe: "hes", "rockets"), "was", "is actually" */
const IS = '(?:s| is| was| are| were)(?: actually| just| really)?';
/** "<name> is a dog", "<name> is my cat", "hes a dog", "thats a plant": then the end, or what makes it plain. */
const IS_KIND = new RegExp(
  String.raw`${OPENER}${SUBJECT}${IS} (?:a|an|my|our|his|her|their|the) (?:(?:little|big|old|new|baby|family|pet|house|neighbors|neighbours|friends|moms|dads|sisters|brothers|kids)\s+)?(\p{L}+)(?: (?:not a (?:person|human|real person)|(?:so )?(?:dont|do not|pls dont|please dont|no need to) (?:save|add|keep|list) (?:him|her|it|them|that)(?: as a (?:person|human|contact))?|lol|lmao|haha|btw|oops|sorry|my bad))*$`,
  'u',
);
/** "<name> is not a person", "dont save rocket as a person, hes a dog" */
const NOT_PERSON = new RegExp(
  String.raw`${OPENER}(?:${SUBJECT}${IS} (?:not|no) (?:a )?(?:person|human|real person)|(?:please |pls )?(?:dont|do not) (?:save|add|keep|list) (?:him|her|it|them|([\p{L}][\p{L}\p{M}'-]*)) as a (?:person|human|contact))\b(?: (?:hes|shes|its|he is|she is|it is|they are|theyre) (?:a|an|my|our|his|her|their) (\p{L}+))?`,
  'u',
);

const EXPLICIT = /\bnot a (?:person|human|real person)\b|\b(?:dont|do not) (?:save|add|keep|list) \p{L}+ as a (?:person|human|contact)\b/u;

/**
 * The saved person a text says is not a person, or null.
 * readNotAPerson(readText("lol rocket is a dog dont save him as a person"), ctx) -> { intent: 'not-a-person', person: Rocket, kind: 'dog' }
 */
export function readNotAPerson(view: TextView, ctx: UnderstandContext): Meaning | null {
  if (view.keys.length > 16) return null;
  const is = IS_KIND.exec(view.key);
  // "it's a shop" may be about the place in the note, "hes a dog" may be slang: a pronoun needs "not a person" said
  if (is?.[3] && NON_PERSON_KINDS.has(is[3]) && (!is[1] || EXPLICIT.test(view.key))) {
    const person = subjectOf(is[1], is[2], ctx);
    return person ? { intent: 'not-a-person', person, kind: is[3] } : null;
  }
  const not = NOT_PERSON.exec(view.key);
  if (!not) return null;
  const person = subjectOf(not[1], not[2] ?? not[3], ctx);
  const kind = not[4] && NON_PERSON_KINDS.has(not[4]) ? not[4] : '';
  return person ? { intent: 'not-a-person', person, kind } : null;
}

/** The one named when saved ("rockets" is Rocket's), the latest for a pronoun, else nobody. */
function subjectOf(pronoun: string | undefined, name: string | undefined, ctx: UnderstandContext): PersonRef | null {
  if (pronoun) return latestRef(ctx);
  if (!name) return latestRef(ctx);
  for (const said of [name, `${name}s`]) if (peopleNamed(said, ctx.people).length > 0) return refFor(said, ctx);
  return null;
}
