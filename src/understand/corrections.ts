// Corrections to what was just saved: a name ("its Kathryn with a y"), a contact ("oops her number is ..."), a detail
// ("not berlin, its the chicago marathon"). They apply to the person named, else the latest person.

import { extractContacts, isNumberNationality } from './note-contacts';
import { DEMONYMS } from './note-lexicon';
import { readNameFix } from './correction-names';
import { firstNameKeyOf, LETTER_HINT, likeLatest, OPENER, similar } from './correction-words';
import { isLexiconName, isPlausibleName, isPlausibleNameWord, latestRef, peopleNamed, refFor, savedMentions, titleCase } from './people';
import type { Contacts } from '../domain/types';
import { NOT_NAME } from './lexicon';
import type { TextView } from './read-text';
import type { PersonRef, UnderstandContext, Meaning } from './types';

const RENAMES: readonly RegExp[] = [
  new RegExp(
    `${OPENER}(?:(?:her|his|their|the) (?:name|first name) is (?:actually |spelled |spelt )?|(?:her|his|their) name'?s |it'?s spelled |its spelled |spelled |it'?s |its |it is |name is )(\\p{L}[\\p{L}'-]*)(?:,?\\s+(?:${LETTER_HINT}|not (\\p{L}[\\p{L}'-]*)|actually|btw|lol|typo|sorry|my bad|oops))*[\\s.!]*$`,
    'iu',
  ),
  new RegExp(`${OPENER}(\\p{L}[\\p{L}'-]*),? not (\\p{L}[\\p{L}'-]*)[\\s.!]*$`, 'iu'),
  // "Sara, no h", "oops Jon without the h"
  new RegExp(`${OPENER}(\\p{L}[\\p{L}'-]*),?\\s+${LETTER_HINT}(?:,?\\s+(?:actually|btw|lol|sorry|my bad))*[\\s.!]*$`, 'iu'),
  /^(?:(?:sorry|oops|wait|actually|oh)[\s,:!.-]+)*(?:i )?(?:meant(?: to (?:say|write|type))?|should (?:be|have said)) (\p{L}[\p{L}'-]*)(?:,? not (\p{L}[\p{L}'-]*))?[\s.!]*$/iu,
];
/** "he goes by Ollie", "Oliver goes by Ollie now", "she spells it Sara", "call him Ollie instead": the name they use. */
const GOES_BY = new RegExp(
  `${OPENER}(?:(?:she|he|they|(\\p{L}[\\p{L}\\p{M}'-]*))\\s+(?:actually\\s+|just\\s+|only\\s+)?(?:goes by|prefers to be called|prefers to go by|likes to be called|wants to be called|spells it|spells (?:her|his|their) name|is called|says it'?s)|(?:just\\s+)?call (?:him|her|them))\\s+(\\p{L}[\\p{L}'-]*)(?:,?\\s+(?:${LETTER_HINT}|not (\\p{L}[\\p{L}'-]*)|actually|instead|now|for short|apparently|btw|lol|haha|not \\p{L}+))*[\\s.!]*$`,
  'iu',
);
const SURNAME_CORRECTION = new RegExp(
  `${OPENER}(?:her|his|their|(\\p{L}[\\p{L}\\p{M}-]*)'s) (?:last name|surname|family name) is (\\p{L}[\\p{L}'-]*)[\\s.!]*$`,
  'iu',
);
const CONTACT_CUE =
  /\b(?:actually|oops|wrong|sorry|correct(?:ion)?|not the|instead|new (?:number|email)|is now|changed|scratch that|typo|fix|updated?)\b|\b(?:her|his|their|\p{L}+'?s) (?:number|email|phone|cell|insta|instagram|ig|handle) is\b/iu;
const DETAIL =
  /^(?:(?:no|nope|wait|sorry|oops|whoops|actually|correction|mistake|my mistake|my bad|typo|erratum|oh|ah|um|hmm)[\s,:!.-]+)*(?:(?:its|it's|it is|she's|shes|he's|hes|they're|she is|he is|\p{L}+'s|\p{L}+ is)\s+)?not (?:a |an |the |in |at )?(.+?)[,;.]?\s+(?:(?:its|it's|it is|she's|shes|she is|he's|hes|he is|they're|theyre|they are|but)\s+)?(?:a |an |the )?(.+?)[\s.!]*$/iu;
const DETAIL_FLIPPED =
  /^(?:(?:no|nope|wait|sorry|oops|whoops|actually|correction|mistake|my mistake|my bad|typo|erratum|oh|ah|um|hmm)[\s,:!.-]+)*(?:she|he|they|(\p{Lu}[\p{L}\p{M}-]*)) (?:works?|lives?|is|goes|runs|plays|studies|teaches|moved|moving|comes|is from|was|went) (?:at|in|for|a|an|to|from)?\s*(.+?),? not (?:at |in |for |a |an |the |to |from )?(.+?)[\s.!]*$/iu;

/**
 * rename, correct-contact or correct-detail, else null.
 * readCorrection(readText("sorry its Kathryn with a y"), ctx) -> { intent: 'rename', person: Katherine, to: 'Kathryn' }
 */
export function readCorrection(view: TextView, ctx: UnderstandContext): Meaning | null {
  if (view.words.length > 24) return null;
  if (view.words.length > 16) return readNamedRename(view, ctx);
  return readContact(view, ctx) ?? readRename(view, ctx) ?? readDetail(view, ctx);
}

const NAME_WORD_GROUP = String.raw`(\p{L}[\p{L}\p{M}'-]*)`;
/** "its kaitlyn with a k not caitlin", "i meant will not bill", "named Ximena, no Jimena", "should say Graeme ... not Graham" */
const NEW_NOT_OLD = new RegExp(
  String.raw`(?:^|[\s,.:!-])(?:it'?s|its|it is|name is|name's|named|meant|should say|should be|call (?:him|her|them))\s+${NAME_WORD_GROUP}(?:[^.!?;]{0,40}?)[\s,]+(?:not|no)\s+${NAME_WORD_GROUP}`,
  'iu',
);
/** "not mark, marcus", "not Jean, it's Joan" */
const NOT_OLD_NEW = new RegExp(
  String.raw`^\W*(?:(?:no|nope|wait|sorry|oops|actually)[\s,!.-]+)*not\s+${NAME_WORD_GROUP}[\s,.!-]+(?:it'?s\s+|its\s+)?${NAME_WORD_GROUP}(?=[\s,.!]|$)`,
  'iu',
);
/** "wait no it's Dani, she's a girl": a name like the latest one's, set off at the start */
const ITS_NEW = new RegExp(String.raw`${OPENER}(?:it'?s|its|it is|(?:her|his|their) name is)\s+${NAME_WORD_GROUP}\s*(?:[,.!]|$)`, 'iu');

/** The rename a correction names both sides of, or one that spells the latest person's name anew. */
function readNamedRename(view: TextView, ctx: UnderstandContext): Meaning | null {
  const latest = latestRef(ctx);
  // "oops not jayden, its jaden no y": "no y" spells the new name, so the old one is the name after "not"
  const pair = NEW_NOT_OLD.exec(view.clean);
  const flipped = NOT_OLD_NEW.exec(view.clean);
  for (const [to, old] of [
    [pair?.[1], pair?.[2]],
    [flipped?.[2], flipped?.[1]],
  ]) {
    if (!to || !old || !isPlausibleName(to) || NOT_NAME.has(to.toLowerCase())) continue;
    const saved = peopleNamed(old, ctx.people);
    const person = saved.length > 0 ? refFor(old, ctx) : null;
    if (person && firstNameKeyOf(to) !== firstNameKeyOf(person.name)) return { intent: 'rename', person, to: titleCase(to) };
  }
  const spelled = ITS_NEW.exec(view.clean)?.[1];
  const like = spelled ? likeLatest(spelled, latest, ctx) : null;
  if (
    spelled &&
    like &&
    isPlausibleName(spelled) &&
    !NOT_NAME.has(spelled.toLowerCase()) &&
    similar(spelled, like.name) &&
    firstNameKeyOf(spelled) !== firstNameKeyOf(like.name)
  ) {
    return { intent: 'rename', person: like, to: titleCase(spelled) };
  }
  return null;
}

function readRename(view: TextView, ctx: UnderstandContext): Meaning | null {
  const named = readNamedRename(view, ctx) ?? readNameFix(view, ctx);
  if (named) return named;
  const surname = SURNAME_CORRECTION.exec(view.clean);
  const latest = latestRef(ctx);
  // "Oliver's surname is Brown": the one named, else the latest
  const owner = surname?.[1] && peopleNamed(surname[1], ctx.people).length > 0 ? refFor(surname[1], ctx) : latest;
  if (surname?.[2] && owner && isPlausibleNameWord(surname[2])) {
    return { intent: 'rename', person: owner, to: `${owner.name.split(' ')[0]} ${titleCase(surname[2])}` };
  }
  const goesBy = GOES_BY.exec(view.clean);
  const called = goesBy?.[2];
  if (called && isPlausibleName(called) && !NOT_NAME.has(called.toLowerCase())) {
    const said = goesBy[1] ?? goesBy[3];
    const person = said && peopleNamed(said, ctx.people).length > 0 ? refFor(said, ctx) : goesBy[1] ? null : latest;
    if (person && firstNameKeyOf(called) !== firstNameKeyOf(person.name)) return { intent: 'rename', person, to: titleCase(called) };
  }
  for (const pattern of RENAMES) {
    const match = pattern.exec(view.clean);
    const to = match?.[1];
    if (!to || !isPlausibleName(to)) continue;
    const old = match[2];
    const person = old && peopleNamed(old, ctx.people).length > 0 ? refFor(old, ctx) : likeLatest(to, latest, ctx);
    if (!person) continue;
    // "its Kathryn" after a note about Katherine; "Noor, not Nora" with neither saved under the new name
    if (!old && !similar(to, person.name) && !/\bname\b|\bspell|\btypo|auto ?correct|\bmeant\b/i.test(view.clean)) continue;
    if (old && !similar(old, person.name) && !similar(to, person.name) && !/\bname\b/i.test(view.clean)) continue;
    // "its brianna two ns": the name as saved, said again
    if (firstNameKeyOf(to) === firstNameKeyOf(person.name)) return null;
    return { intent: 'rename', person, to: titleCase(to) };
  }
  return null;
}

/** Whose a way to reach someone is: "sams number", "Priya's cell", "number for Theo", "el cel de Marta". */
const CONTACT_OWNER =
  /(?<![\p{L}])(\p{L}[\p{L}\p{M}'’-]*)\s+(?:(?:new|real|actual|work|personal)\s+)?(?:number|cell|cell phone|mobile|phone|digits|email|e-mail|insta|instagram|ig|handle|whatsapp|linkedin|snap)\b|\b(?:number|cell|mobile|phone|email|insta|ig|handle|contact)\s+(?:for|of)\s+(\p{L}[\p{L}\p{M}-]*)/iu;
const NOT_OWNERS = new Set([
  'her',
  'his',
  'their',
  'my',
  'your',
  'our',
  'the',
  'a',
  'an',
  'new',
  'same',
  'that',
  'this',
  'its',
  'whose',
  'work',
  'phone',
  'cell',
  'real',
  'actual',
  'personal',
  'got',
  'get',
  'gave',
  'sent',
  'added',
  'add',
  'is',
  's',
]);

/**
 * A way to reach someone not saved, said as theirs: a note about them, never a change to the latest person.
 * "got sams number 312 555 0199" with only Dana saved -> note about Sam with the number.
 */
function readNewContact(view: TextView, contacts: Contacts, ctx: UnderstandContext): Meaning | null {
  const match = CONTACT_OWNER.exec(view.clean);
  const token = match?.[1] ?? match?.[2] ?? '';
  // "Sam's" and "sams" are Sam's; "james" is James
  const said = /['’]s$/i.test(token)
    ? token.slice(0, -2)
    : match?.[1] && /s$/i.test(token) && !isLexiconName(token) && token.length > 3
      ? token.slice(0, -1)
      : token;
  // "his irish number 087 ...": a nationality says which country the number is of, not whose it is
  const word = said.toLowerCase();
  if (!said || !match?.[1] === !match?.[2] || NOT_OWNERS.has(word) || NOT_NAME.has(word) || DEMONYMS.has(word) || isNumberNationality(word)) return null;
  if (peopleNamed(said, ctx.people).length > 0 || refFor(said, ctx).id !== undefined || peopleNamed(token, ctx.people).length > 0) return null;
  const name = titleCase(said);
  if (!isPlausibleName(name) || (!/^\p{Lu}/u.test(said) && !isPlausibleNameWord(said))) return null;
  return { intent: 'note', people: [{ name, met: null, interests: [], work: [], contacts, events: [], ties: [] }], raw: view.raw };
}

function readContact(view: TextView, ctx: UnderstandContext): Meaning | null {
  const { contacts, rest } = extractContacts(view.clean, ctx.defaultCountry);
  if (Object.keys(contacts).length === 0) return null;
  const stranger = rest.split(/\s+/).length <= 12 ? readNewContact(view, contacts, ctx) : null;
  if (stranger) return stranger;
  if (!CONTACT_CUE.test(view.clean)) return null;
  const words = rest.split(/[^\p{L}']+/u).filter((word) => word !== '');
  if (words.length > 10) return null;
  const [saved] = savedMentions(view.keys, ctx);
  const person: PersonRef | null = saved?.ref ?? latestRef(ctx);
  if (!person) return null;
  return { intent: 'correct-contact', person, contacts };
}

/** "no wait, its the denver marathon": a detail put right without naming the wrong one. */
const DETAIL_ONLY =
  /^(?:(?:no|nope|wait|sorry|oops|whoops|actually|correction|mistake|my mistake|my bad|typo|erratum|oh|ah|um|hmm)[\s,:!.-]+)+(?:its|it's|it is|it was) (?:the |a |an )(.+?)[\s.!]*$/i;
/** "it was the Chicago marathon not Boston": what it was, then what it was not. */
const DETAIL_IT_NOT =
  /^(?:(?:no|nope|wait|sorry|oops|whoops|actually|correction|mistake|my mistake|my bad|typo|erratum|oh|ah|um|hmm)[\s,:!.-]+)*(?:its|it's|it is|it was|that was|that's|thats) (?:the |a |an )?(.+?),? not (?:the |a |an )?(.+?)[\s.!]*$/i;

/** "actually shes a dentist not a doctor": what they are, then what they are not. */
const DETAIL_IS_NOT =
  /^(?:(?:no|nope|wait|sorry|oops|whoops|actually|correction|mistake|my mistake|my bad|typo|erratum|oh|ah|um|hmm)[\s,:!.-]+)*(?:she|he|they)(?:'s|s|'re|re| is| are) (?:a |an |the )?(.+?),? not (?:a |an |the )?(.+?)[\s.!]*$/i;

/** Spanish: "me equivoqué, Mónica es de recursos humanos no de contabilidad", "perdón, trabaja en Bimbo, no en Lala". */
const DETAIL_ES =
  /^(?:(?:me equivoqu[eé]|me confund[ií]|perd[oó]n|perdona|uy|ups|no|corrijo|correcci[oó]n|error|en realidad|de hecho|espera)[\s,:!.-]+)*(?:(\p{L}[\p{L}\p{M}-]*) )?(?:es|trabaja|vive|estudia|est[aá]|is|works|lives|studies) (?:de |en |con |para |a |at |in |for )?(?:la |el |los |las |un |una )?(.+?),? no (?:es |trabaja |vive |is )?(?:de |en |con |para |a |at |in |for )?(?:la |el |los |las |un |una )?(.+?)[\s.!]*$/iu;

function readDetail(view: TextView, ctx: UnderstandContext): Meaning | null {
  const spanish = DETAIL_ES.exec(view.clean);
  const who = spanish?.[1] && peopleNamed(spanish[1], ctx.people).length > 0 ? refFor(spanish[1], ctx) : spanish?.[1] ? null : latestRef(ctx);
  if (spanish?.[2] && spanish[3] && who && spanish[2].split(' ').length <= 5 && spanish[3].split(' ').length <= 5) {
    return { intent: 'correct-detail', person: who, add: [spanish[2]], remove: [spanish[3]] };
  }
  const isNot = DETAIL_IS_NOT.exec(view.clean);
  const latestPerson = latestRef(ctx);
  if (isNot?.[1] && isNot[2] && latestPerson && meaningful(isNot[2]) && isNot[1].split(' ').length <= 5) {
    return { intent: 'correct-detail', person: savedMentions(view.keys, ctx)[0]?.ref ?? latestPerson, add: [isNot[1]], remove: [isNot[2]] };
  }
  const itNot = DETAIL_IT_NOT.exec(view.clean);
  // "its tim not tom" about someone not saved is no detail: two first names
  const names = itNot ? [itNot[1], itNot[2]].every((side) => side !== undefined && !side.includes(' ') && isLexiconName(side)) : false;
  if (itNot?.[1] && itNot[2] && latestPerson && !names && meaningful(itNot[2]) && itNot[1].split(' ').length <= 5 && itNot[2].split(' ').length <= 5) {
    return { intent: 'correct-detail', person: latestPerson, add: [itNot[1]], remove: [itNot[2]] };
  }
  const only = DETAIL_ONLY.exec(view.clean)?.[1];
  const latest = latestRef(ctx);
  if (only && latest && only.split(' ').length <= 5 && meaningful(only)) return { intent: 'correct-detail', person: latest, add: [only], remove: [] };
  const said = DETAIL_FLIPPED.exec(view.clean);
  // "Jess works at Monzo, not Revolut": a name in front must be someone saved
  const flipped = said && (!said[1] || peopleNamed(said[1], ctx.people).length > 0) ? said : null;
  const match = flipped ? null : DETAIL.exec(view.clean);
  const removed = flipped ? flipped[3] : match?.[1];
  const added = flipped ? flipped[2] : match?.[2];
  if (!removed || !added || removed.split(' ').length > 5 || added.split(' ').length > 6 || !meaningful(removed)) return null;
  const [saved] = savedMentions(view.keys, ctx);
  const person = saved?.ref ?? latestRef(ctx);
  if (!person) return null;
  const tidy = (phrase: string): string =>
    phrase
      .replace(/^(?:the|a|an|at|in)\s+/i, '')
      .replace(/[\s,.!]+$/, '')
      .trim();
  return { intent: 'correct-detail', person, add: [tidy(added)], remove: [tidy(removed)] };
}

/** A phrase that names a thing ("berlin", "a nurse"), not a mood or a time ("now", "sure", "interested"). */
function meaningful(phrase: string): boolean {
  return phrase
    .toLowerCase()
    .split(/\s+/)
    .some((word) => /^\p{L}{2,}$/u.test(word) && !NOT_NAME.has(word) && !/(?:ed|ing|ly)$/.test(word) && !/^(?:yet|into|worth|happening|feeling)$/.test(word));
}
