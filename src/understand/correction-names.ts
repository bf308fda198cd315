// A name put right with no "not <old>": starred ("*katie"), spelled out ("it's spelled Eoghan"), the real name behind a
// nickname ("Daz's real name is Darren"), asked for ("put him down as Darren", "change her name to Katie", "rename daz to
// darren"), or said bare after a typo ("typo: Katie", "ugh autocorrect. KATIE"). Of the one named, else the latest.

import { firstNameKeyOf, LETTER_HINT, likeLatest, OPENER, similar } from './correction-words';
import { NOT_NAME } from './lexicon';
import { isPlausibleName, latestRef, peopleNamed, refFor, titleCase } from './people';
import type { TextView } from './read-text';
import type { Meaning, PersonRef, UnderstandContext } from './types';

/**
 * What may follow a name fix and change nothing: a word ("actually", "btw"), who said so ("he corrected me"), or the
 * request to store it ("put him down as that", "save her as that").
 */
const FIX_TAIL = String.raw`(?:[,.;!]?\s+(?:(?:so |please |pls |and |can you |could you )?(?:put|save|change|update|list|file|mark|use|call|write|fix|keep|have) (?:him|her|them|it|that)\b[^.!?]*|(?:he|she|they) (?:corrected me|told me|said so|says so|said|says|mentioned it|confirmed it|confirmed)|(?:${LETTER_HINT})|(?:con|sin) (?:una? |la |el |dos |doble )?\p{L}{1,2}(?![\p{L}])|actually|btw|lol|haha|sorry|my bad|oops|typo|apparently|instead|please|pls|thanks|thx|ty|gracias|porfa|jaja))*[\s.!]*$`;
const NAME = String.raw`\p{L}[\p{L}\p{M}'-]*`;
/** How a Spanish correction opens: "perdón", "me equivoqué", "uy no". */
const ES_OPENER = '^(?:(?:perd[oó]n|perdona|disculpa|uy|ups|no|me equivoqu[eé]|me confund[ií]|error|correcci[oó]n|en realidad)[\\s,:!.-]+)*';
/** A saved person said by name, possessive or not ("daz", "daz's", "dazs"). */
const OWNER = String.raw`(?<old>\p{L}[\p{L}\p{M}'-]*?)(?:'s|s)?`;
const ASK = `(?:(?:please|pls|can you|could you|can u) )?`;
const pattern = (body: string): RegExp => new RegExp(`${OPENER}${body}${FIX_TAIL}`, 'iu');

/** Each way of saying a name anew; `like`: the new name must look like the saved one (nothing else says it is a name). */
const NAME_FIXES: readonly { pattern: RegExp; like: boolean }[] = [
  // "*katie", "katie*": the starred word puts right a word of the last text (a texting convention), here a name
  { pattern: new RegExp(String.raw`^\s*\*+\s*(?<to>${NAME})\s*\*?${FIX_TAIL}`, 'iu'), like: true },
  { pattern: new RegExp(String.raw`^\s*(?<to>${NAME})\*+${FIX_TAIL}`, 'iu'), like: true },
  // "It's spelled Eoghan actually, he corrected me", "her name's spelt Siobhan", "the spelling is Caoimhe"
  {
    pattern: pattern(
      `(?:(?:it'?s|its|it is|(?:her|his|their) name(?:'?s| is)|name(?:'?s| is)|(?<old>${NAME}?)(?:'s|s) name(?:'?s| is)) )?(?:actually |really )?(?:spelled|spelt|spelled as|written) (?<to>${NAME})`,
    ),
    like: false,
  },
  // "Daz's real name is Darren", "her actual name is Siobhan"
  {
    pattern: pattern(
      `(?:(?:her|his|their)|${OWNER}) (?:real|actual|proper|full|legal|given|birth|christian) (?:first )?name(?:'?s| is) (?:actually )?(?<to>${NAME})`,
    ),
    like: false,
  },
  // "Darren is his real name", "Darren is Daz's proper name"
  { pattern: pattern(`(?<to>${NAME}) is (?:his|her|their|${OWNER}) (?:real|actual|proper|full|legal|given) name`), like: false },
  // "Daz is short for Darren"
  { pattern: pattern(`${OWNER} is short for (?<to>${NAME})`), like: false },
  // "put him down as Darren", "save daz as darren instead"
  { pattern: pattern(`${ASK}(?:put|save|list|file|have|mark|keep|add) (?:him|her|them|${OWNER})(?: down| in)? as (?<to>${NAME})`), like: false },
  // "change his name to Darren", "fix katy's name to katie"
  { pattern: pattern(`${ASK}(?:change|fix|update|correct|switch) (?:his|her|their|the|${OWNER}) name to (?<to>${NAME})`), like: false },
  // "rename daz to darren", "rename him Darren"
  { pattern: pattern(`${ASK}rename (?:him|her|them|${OWNER}) (?:to |as )?(?<to>${NAME})`), like: false },
  // "Shaz should be Sharon", "typo, katy should say katie"
  { pattern: pattern(`${OWNER} should (?:be|say|read) (?<to>${NAME})`), like: false },
  // Spanish: "se escribe Mariona", "su nombre real es Mariona", "cámbiale el nombre a Mariona", "ponla como Mariona"
  {
    pattern: new RegExp(
      `${ES_OPENER}(?:su nombre (?:real |verdadero |completo )?es|su nombre se escribe|se escribe|c[aá]mbia(?:le|lo|la)? el nombre a|p[oó]n(?:le|lo|la|ga)s? como|gu[aá]rd(?:a|e)l[oae] como|ap[uú]ntal[oae] como) (?<to>${NAME})${FIX_TAIL}`,
      'iu',
    ),
    like: false,
  },
  // "perdón, es Mariona", "es Mariona con una o": a name like the latest one's
  { pattern: new RegExp(`${ES_OPENER}es (?<to>${NAME})${FIX_TAIL}`, 'iu'), like: true },
  // "typo: Katie", "ugh autocorrect. KATIE", "spelling is Katie", "should be Katie"
  {
    pattern: new RegExp(
      String.raw`^(?:(?:sorry|oops|ugh|ah|oh|argh|damn|wait)[\s,:!.-]+)*(?:typo|autocorrect|auto correct|(?:stupid |damn )?autocorrect|misspelled|misspelt|spelling|correct spelling|the spelling|(?:it )?should be|should say|meant)(?: is| was)?[\s,:!.-]+(?<to>${NAME})${FIX_TAIL}`,
      'iu',
    ),
    like: true,
  },
];

/**
 * The rename a name fix says, or null.
 * readNameFix(readText("*katie"), ctx) -> { intent: 'rename', person: Katy, to: 'Katie' } (just after a note about Katy)
 */
export function readNameFix(view: TextView, ctx: UnderstandContext): Meaning | null {
  const latest = latestRef(ctx);
  for (const fix of NAME_FIXES) {
    const groups = fix.pattern.exec(view.clean)?.groups;
    const to = groups?.to;
    if (!to) continue;
    const old = groups.old;
    const owner = old ? savedOwner(old, ctx) : likeLatest(to, latest, ctx);
    if (!owner || (fix.like && !similar(to, owner.name))) return null;
    return renameTo(owner, to);
  }
  return null;
}

/** The saved person a word names ("daz", "dazs"), else null. */
function savedOwner(word: string, ctx: UnderstandContext): PersonRef | null {
  for (const said of [word, word.replace(/'?s$/i, '')]) if (said && peopleNamed(said, ctx.people).length > 0) return refFor(said, ctx);
  return null;
}

/** The rename to a plausible name that differs from the one saved, else null. */
function renameTo(person: PersonRef, to: string): Meaning | null {
  if (!isPlausibleName(to) || NOT_NAME.has(to.toLowerCase()) || firstNameKeyOf(to) === firstNameKeyOf(person.name)) return null;
  return { intent: 'rename', person, to: titleCase(to) };
}
