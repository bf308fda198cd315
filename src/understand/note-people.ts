// The people a note names, two or more: a list ("jake and priya", "Kenji + his sister Aiko"), people named apart (each
// cued by a relation, a meeting or a clause of their own), a name and a contact for each; and whether a word fits as a name.

import { MAX_PEOPLE_PER_TEXT } from '../domain/limits';
import { FIRST_NAMES } from './first-names';
import { ACTIVITIES, TIE_NAMES, TIE_WORDS } from './lexicon';
import { BRANDS, CHILD_RELATIONS, DEMONYMS, HOBBY_WORDS, JOBS, NICKNAME_LEADS, NOT_PERSON_NOUNS } from './note-lexicon';
import { SPANISH_TIE_WORDS, SPANISH_TIES, SURNAME_COMMON } from './note-people-data';
import { isLexiconName, isPlausibleNameWord, titleCase } from './people';
import type { Tie } from './types';

/** A person a note names, as its readers carry them. */
export interface Named {
  name: string;
  /** lowercase words of the name, to find the clauses about them */
  keys: string[];
  tie?: Tie;
  /** text in parentheses right after the name: theirs alone */
  aside: string;
}

const WORD = String.raw`\p{L}[\p{L}\p{M}-]*(?:'(?!s\b)\p{L}[\p{L}\p{M}-]*)*`;
const SURNAME = String.raw`(?:\s+\p{Lu}[\p{L}\p{M}-]*(?:'(?!s\b)\p{L}[\p{L}\p{M}-]*)*)?`;
const SEP = String.raw`\s*(?:,|&|\+|\band\b|\bn\b|\by\b)\s*(?:(?:and|&|y)\s+)?`;
const TIE = String.raw`(?:(?:his|her|their|my|su|sus|mi|mis|(\p{L}[\p{L}\p{M}-]*)'s)\s+(?:(?:little|big|older|younger|twin|best|new)\s+)?((?:${[...TIE_WORDS, ...SPANISH_TIE_WORDS].join('|')})(?:-in-law)?),?\s+)?`;
const ASIDE = String.raw`(?:\s*\(([^()]{0,80})\))?`;
const TITLE = String.raw`(?:(?:[Dd]r|[Pp]rof|[Cc]oach)\.?\s+)?`;
/** a courtesy title is part of the name as the user knows it: "Ms Patterson" */
const COURTESY_TITLE = String.raw`(?:(?:[Mm]rs?|[Mm][sx]|[Mm]iss)\.?\s+(?=\p{Lu}))?`;
/** a nickname's lead and a first name are one name: "big tony" */
const NICKNAME = String.raw`(?:(?:${[...NICKNAME_LEADS].map((lead) => `[${lead[0]?.toUpperCase()}${lead[0]}]${lead.slice(1)}`).join('|')})\s+(?=\p{L}))?`;
const HEAD = new RegExp(`${TITLE}(${COURTESY_TITLE}${NICKNAME}${WORD}${SURNAME})${ASIDE}`, 'uy');
/** where the one just listed is from, before the next: "Oksana from Kharkiv and Mehmet" */
const FROM_PLACE = String.raw`(?:\s+(from\s+\p{Lu}[\p{L}\p{M}-]+)(?=\s*(?:,|&|\band\b|\by\b))|,\s*((?:who's|whos|who is|a|an)\s+[^,()&\n]{1,40}?)(?=\s*,))?`;
const MEMBER = new RegExp(`${FROM_PLACE}${SEP}${TIE}${TITLE}(${COURTESY_TITLE}${NICKNAME}${WORD}${SURNAME})${ASIDE}`, 'uy');
const CUE_BEFORE =
  /(?:\b(?:met|meet|with|w\/|and|couple|twins|neighbors|neighbours|friends|people|ppl|folks|(?:talked|spoke|chatted|introduced|intro'd|said hi) to)[\s,:]*|[:]\s*)$/i;
/** A note that opens like a capture ("met ...", "coffee w/ ..."): it cues the names after a comma. */
export const CAPTURE_OPENER =
  /^\W*(?:met|meet|ran into|bumped into|talked (?:to|with)|chatted (?:to|with)|spoke (?:to|with)|hung out|coffee|drinks|lunch|dinner|brunch)\b/i;
const NOT_A_LIST_BEFORE = /(?:\b(?:the|of|loves?|likes?|about|fan of|at|in|from|for|on|plays?|watch(?:es)?|reads?)|(?<!ran |bumped )\binto)\s*$/i;
/** The most names one list is read to: past MAX_PEOPLE_PER_TEXT they are only counted, as left out. */
const MAX_LISTED = 200;

const CONTACT_PAIR =
  /^\s*(\p{Lu}[\p{L}\p{M}'-]+(?: \p{Lu}[\p{L}\p{M}'-]+)?)(?:'s)?(?:\s+(?:number|cell|mobile|phone|no|is|es|email))*[\s:=-]*(?:\+?\d[\d ().-]{5,}\d|[^\s@]+@[^\s@]+\.\p{L}+)\s*$/u;

/** Each part of the text a name and a number or email, two parts or more; else none. */
export function contactPairs(text: string): Named[] {
  if (text.length > 300) return [];
  const parts = text.split(/[,;\n]|\s+(?:and|&|y)\s+/u).filter((part) => part.trim() !== '');
  if (parts.length < 2 || parts.length > MAX_PEOPLE_PER_TEXT) return [];
  const names: Named[] = [];
  for (const part of parts) {
    const name = CONTACT_PAIR.exec(part)?.[1];
    if (!name || !nameFits(name, true) || names.some((seen) => seen.name === name)) return [];
    names.push({ name, keys: name.toLowerCase().split(' '), aside: '' });
  }
  return names;
}

/** A line that opens with a bullet: "- ", "* ", "• ", "1. ", "2) ". */
export const BULLET = /^[ \t]*(?:[-*\u2022\u00b7\u2013]|\d{1,2}[.)])[ \t]+/gmu;

/** People listed one a line, each line opened by a bullet and a name: "- Devika Rao, founder of Ledgerly"; two or more, or none. */
export function findBulleted(text: string): Named[] {
  const found: Named[] = [];
  for (const bullet of text.matchAll(BULLET)) {
    HEAD.lastIndex = bullet.index + bullet[0].length;
    const [, name, aside] = HEAD.exec(text) ?? [];
    if (!name || !/^\p{Lu}/u.test(name) || !nameFits(name, true) || found.some((seen) => seen.name === name)) continue;
    found.push({ name, keys: name.toLowerCase().split(' '), aside: aside ?? '' });
  }
  return found.length >= 2 ? found : [];
}

/** Two or more people named together: "jake and priya", "Kenji + his sister Aiko", "Raj, Chloe and Ben". */
export function findSeveral(text: string): Named[] {
  // "Ms Patterson, Aria's teacher": a child is no one met
  const pupils = childrenNamed(text);
  for (const start of text.matchAll(/\p{L}+/gu)) {
    const before = text.slice(Math.max(0, start.index - 40), start.index);
    if (start.index > 0 && /\p{L}$/u.test(before)) continue;
    // "met two new moms at pickup, shanice and beth": a note that opens like a capture cues its list
    const cued = CUE_BEFORE.test(before) || (CAPTURE_OPENER.test(text) && /[,:]\s*$/.test(before));
    const members = sameCase(readMembers(text, start.index, cued)).filter((member) => !pupils.has(member.name.toLowerCase()));
    if (members.length < 2) continue;
    // "The team of my son, Jaguars, win": a team's name is no one's
    if (TEAM_BEFORE.test(before)) continue;
    // "and his dog Rex, Tom is ...", "my neighbour's kid Leo": a pet's or a child's name heads no list of people met
    if (petOrChildBefore(before)) continue;
    // "at Maya and Eric's place" is theirs; "into Rust and Go" is not people
    const owned = /^['\u2019]s\s+(?:place|house|apartment|flat|party|wedding|bbq|dinner)\b/u.test(
      text.slice(start.index).replace(/^.*?\p{L}(?=['\u2019]s\s)/u, ''),
    );
    if (NOT_A_LIST_BEFORE.test(before) && !owned) continue;
    if (!cued && !members.every((member) => /^\p{Lu}/u.test(member.name) || isLexiconName(member.name))) continue;
    if (!members.some((member) => /^\p{Lu}/u.test(member.name) || isLexiconName(member.name.split(' ')[0] ?? ''))) continue;
    return members.map((member, index) => ({
      ...member,
      name: titleCase(member.name),
      keys: member.name.toLowerCase().split(' '),
      ...(member.tie ? { tie: { ...member.tie, to: member.tie.to || titleCase(members[index - 1]?.name ?? '') } } : {}),
    }));
  }
  return [];
}

/** A pet, a thing or a child someone has, right before a name: "his dog", "my neighbour's kid" (not "met her son"). */
const OWNED_BEFORE = new RegExp(
  String.raw`(?:\b(?:his|her|their|my|our|the|a)|\p{L}'s)\s+(?:(?:little|big|old|young|new|baby|pet|rescue)\s+)?(${[...CHILD_RELATIONS, ...NOT_PERSON_NOUNS].join('|')}),?\s+$`,
  'iu',
);

function petOrChildBefore(before: string): boolean {
  const owned = OWNED_BEFORE.exec(before);
  const noun = (owned?.[1] ?? '').toLowerCase();
  if (!owned) return false;
  // "met her son Jonah": a child met is someone met
  return NOT_PERSON_NOUNS.has(noun) || !/\b(?:met|meet|meeting)\s+$/i.test(before.slice(0, owned.index + 1).replace(/\S+$/, ''));
}

/** Words before a name that say it is a team's or a band's: "my son's team, the Jaguars", "the team of my son, Jaguars". */
const TEAM_BEFORE = /\b(?:team|squad|band)(?:\s+(?:of|is|are|called|named))?(?:\s+(?:my|his|her|their|our)\s+\p{L}+)?[\s,]*(?:the\s+)?$/iu;

/**
 * A list written with capitals keeps to them: "Raquel, fotógrafa, and Toni" lists Raquel and stops at "fotógrafa";
 * "marido dela, Rodrigo" opens with no name at all.
 */
function sameCase(members: Named[]): Named[] {
  if (!members.some((member) => /^\p{Lu}/u.test(member.name))) return members;
  const lower = members.findIndex((member) => !/^\p{Lu}/u.test(member.name));
  return lower < 0 ? members : members.slice(0, lower);
}

/** The names listed from `at` on, stopping at the first that is not a name or repeats one. */
function readMembers(text: string, at: number, cued: boolean): Named[] {
  HEAD.lastIndex = at;
  const head = HEAD.exec(text);
  if (!head?.[1] || !nameFits(head[1], cued)) return [];
  const members: Named[] = [{ name: head[1], keys: [], aside: head[2] ?? '' }];
  const seen = new Set([head[1].toLowerCase()]);
  let next = HEAD.lastIndex;
  while (members.length < MAX_LISTED) {
    MEMBER.lastIndex = next;
    const member = MEMBER.exec(text);
    const [, from, apposed, owner, relation, name, aside] = member ?? [];
    // "marisol, who's a nurse, and kenji": what is said of one between commas is hers alone
    const place = from ?? apposed;
    if (!member || !name || !(nameFits(name, cued) || (relation && FIRST_NAMES.has(name.toLowerCase())))) break;
    if (seen.has(name.toLowerCase())) break;
    seen.add(name.toLowerCase());
    // "Oksana from Kharkiv and Mehmet": where she is from is hers alone, like an aside
    const before = members.at(-1);
    if (place && before) before.aside = before.aside ? `${before.aside}, ${place}` : place;
    members.push({
      name,
      keys: [],
      aside: aside ?? '',
      ...(relation
        ? { tie: { relation: TIE_NAMES[relation] ?? SPANISH_TIES.get(relation.toLowerCase()) ?? relation, to: owner ? titleCase(owner) : '' } }
        : {}),
    });
    next = MEMBER.lastIndex;
  }
  return members;
}

/** Whether a word (or a name and its surname) can be a person's name here; `cued`: something before it says a name comes. */
export function nameFits(name: string, cued: boolean): boolean {
  const words = name.split(/\s+/);
  // "big tony": a nickname's lead before a common first name
  if (words.length === 2 && NICKNAME_LEADS.has((words[0] ?? '').toLowerCase())) return isLexiconName(words[1] ?? '');
  // "Mr Okonkwo": the title is no word of the name to judge
  if (words.length === 2 && /^(?:mrs|mr|ms|miss)\.?$/i.test(words[0] ?? '')) words.shift();
  if (words.length > 1 && !words.every((word) => /^\p{Lu}/u.test(word))) return false;
  return words.every((word, index) => {
    const lower = word.toLowerCase();
    // "Jen Park", "Grace Young": a capitalised surname may be an everyday word
    if (index > 0 && /^\p{Lu}\p{Ll}/u.test(word) && SURNAME_COMMON.has(lower)) return true;
    // "a retired GP, Callum": a short word in capitals is an abbreviation
    if (/^\p{Lu}{2,3}$/u.test(word) || !isPlausibleNameWord(word) || ACTIVITIES.has(lower) || BRANDS.has(lower) || DEMONYMS.has(lower)) return false;
    if (HOBBY_WORDS.has(lower) || JOBS.has(lower)) return false;
    return /^\p{Lu}/u.test(word) || isLexiconName(word) || cued;
  });
}

/** The relation words a tie is read from: "sister", "landlord", "esposa". */
export const RELATION = `(?:${[...new Set([...TIE_WORDS, ...CHILD_RELATIONS, 'buddy', 'mate', 'pal', 'landlord', 'landlady', 'tenant', 'bff', 'ex', 'fiance', 'owner', 'mum', ...SPANISH_TIES.keys()])].join('|')})`;
/** A name, or a courtesy title and a surname ("Mr Okonkwo"). */
const NAME_AT = String.raw`((?:(?:Mrs|Mr|Ms|Miss)\.?\s+)?\p{Lu}[\p{L}\p{M}-]+|\p{Ll}[\p{L}\p{M}-]+)`;
/** Someone met or pointed at by a noun: "one man Tomás", "a fella Kev", "this guy Marc". */
const PERSON_NOUN = String.raw`(?:man|guy|lady|woman|girl|dude|fella|feller|bloke|chap|gal|lad|lass)`;
/** A person a relation points at: "his gf bree", "the landlord Steve", "Trish's brother Davo". */
const RELATION_CUE = new RegExp(
  String.raw`\b(?:(his|her|their|my|our|the|su|sus|mi|mis)|(\p{L}[\p{L}\p{M}-]*)'s)\s+(?:(?:little|big|older|younger|twin|best|new|old)\s+)?(${RELATION})(?:-in-law)?,?\s+${NAME_AT}`,
  'gu',
);
/** "met the best man Luke", "met the new vicar Tom": a role of a few words, then their name (no "from", "at" ... in it). */
const MET_THE_ROLE = String.raw`\bmet\s+the\s+(?:(?!(?:from|at|in|on|of|with|to|for|and|or|who|that)\b)\p{L}[\p{L}-]*\s+){1,3}(?=\p{Lu})`;
/** A person met or teamed with: "met Luis", "partnered with Bill", "a guy named theo", "conocí a Toño". */
const PERSON_CUE = new RegExp(
  String.raw`(?:${MET_THE_ROLE}|\b(?:met|meet|with|w\/|against|named|called|bumped into|ran into|talked to|spoke (?:to|with)|speak with|chatted with|saw|y a|conoc[ií] a|sat (?:next to|beside|with)|seated (?:next to|beside|with)|(?:everyone|everybody|people|they|we|folks)\s+call(?:s|ed)?|goes by|known as|(?:his|her|their)\s+name(?:\s+is|'s)?)\s+(?:(?:first|one|also|then|a|this|that|another)\s+){0,2}(?:${PERSON_NOUN}\s+)?|(?:(?:one|a|this|that|another)\s+(?:(?:young|old|older|nice|lovely)\s+)?|\b(?:young|old|older)\s+)${PERSON_NOUN}\s+(?!(?:named|called|who|that|from|at|with|in|everyone|everybody|people|they|we|folks|goes|known)\b))${NAME_AT}`,
  'giu',
);
/** A clause about a person, opened by their name: ", pete has a homebrew club", ". Grace has offered". */
const CLAUSE_CUE = new RegExp(
  String.raw`(?:^|[,.;:!?\u2013\u2014]\s*|\s-\s+)(?:(?:and|also|plus|but|then|oh|btw|y)\s+)?${NAME_AT}(?=\s+(?:is|was|has|had|does|works|runs|plays|loves|likes|teaches|lives|owns|just|who|whos|who's|from|at|and|against|with|said|says|told|offered|volunteered|brought|made|gave|took|came|got|won|bought|sent|kept|sang|es|tiene|trabaja)\b|\s+the\s+(?:boss|head|owner|manager|new|one|lead|chair)\b|\s*[,.;!?(]|$)`,
  'giu',
);
/** "Paul is an electrician and Kath does the PTA": a second clause opened by a name and a verb. */
const CLAUSE_AND =
  /\s(?:and|but|while|y)\s+(\p{Lu}[\p{L}\p{M}-]+)(?=\s+(?:is|was|has|had|does|works|runs|teaches|lives|owns|plays|loves|just|es|tiene|trabaja)\b)/gu;

/** The capitalised name a relation points at: "the landlord Steve" -> "Steve"; a child ("my son Leo") is no one met. */
export function relationName(text: string): string | null {
  for (const match of text.matchAll(RELATION_CUE)) {
    const name = match[4] ?? '';
    if (CHILD_RELATIONS.has((match[3] ?? '').toLowerCase())) continue;
    if (/^\p{Lu}/u.test(name) && nameFits(name, true)) return name;
  }
  return null;
}

/**
 * Whether the lowercase word a relation of someone's points at is their name: "my coworker priyanka introduced me", not
 * "my coworker brought me" (a verb, with its object after it).
 */
function ownedName(match: RegExpExecArray, text: string): boolean {
  if (!match[1] && !match[2]) return false;
  const after = text.slice(match.index + match[0].length);
  return !/^\s+(?:me|us|him|her|them|my|our|his|their|the|a|an|some|it|to|in|on|up|out|over|back|down)\b/i.test(after);
}

/** Whose parent, teacher or minder someone is: "Aria's teacher", "la mamá de Santi" say Aria and Santi are children. */
const CHILD_OF =
  /\b(\p{Lu}[\p{L}\p{M}-]+)['\u2019]s\s+(?:mom|mum|mommy|mummy|mam|dad|daddy|mother|father|parents|teacher|tutor|nanny|babysitter|childminder|pediatrician|paediatrician|headteacher|kindergarten teacher)\b|\b(?:mam[aá]|pap[aá]|madre|padre|maestr[ao]|profe|niñera)\s+(?:de|del)\s+(\p{Lu}[\p{L}\p{M}-]+)/gu;

/** The names the text says are children, by whose parent or teacher someone is: no one met, all through the text. */
function childrenNamed(text: string): Set<string> {
  return new Set([...text.matchAll(CHILD_OF)].map((match) => (match[1] ?? match[2] ?? '').toLowerCase()).filter((name) => name !== ''));
}

/** Whether the words before a name say it is a pet's, a plant's or a thing's: "his dog is called", "my monstera is named". */
export function namesAThing(before: string): boolean {
  const naming = /(\p{L}+)(?:'s)?\s+(?:(?:is|was|'s)\s+)?(?:named|called)\s+$/iu.exec(before);
  return !!naming && NOT_PERSON_NOUNS.has(naming[1]?.toLowerCase() ?? '');
}

/** A capitalised name and the capitalised surname written right after it: "also with Li Wei who is new". */
function withSurname(text: string, match: RegExpExecArray): string {
  const name = match[1] ?? '';
  if (!/^\p{Lu}/u.test(name) || name.includes(' ')) return name;
  const second = /^ (\p{Lu}[\p{L}\p{M}-]+)(?![\p{L}'])/u.exec(text.slice(match.index + match[0].length))?.[1];
  return second && isPlausibleNameWord(second) && nameFits(`${name} ${second}`, false) ? `${name} ${second}` : name;
}

/** People named apart in one text, each cued by a relation, a meeting or a clause of their own; two or more, or none. */
export function findScattered(text: string): Named[] {
  const found: Named[] = [];
  const seen = new Set<string>();
  const add = (name: string, cued: boolean, tie?: Tie) => {
    if (seen.has(name.toLowerCase())) return;
    if (!nameFits(name, cued) || (!/^\p{Lu}/u.test(name) && !isLexiconName(name) && !lowercaseTied.has(name))) return;
    if (/^(?:i|im|me|we|us|he|she|they|it|you|the|a|an|and|my|his|her|our|their)$/i.test(name)) return;
    seen.add(name.toLowerCase());
    found.push({ name: titleCase(name), keys: name.toLowerCase().split(' '), aside: '', ...(tie ? { tie } : {}) });
  };
  const ties: { owner: string; relation: string; name: string; loose?: boolean }[] = [];
  /** lowercase names a relation of someone's points at: "my coworker priyanka" */
  const lowercaseTied = new Set<string>();
  // "her son Jonah is on the Tigers with Max": a child, and the kids named in the rest of that clause, are no one met
  const kids: { from: number; to: number }[] = [];
  for (const match of text.matchAll(RELATION_CUE)) {
    const [, , owner, relation, name] = match;
    if (!relation || !name) continue;
    // "her son is the goalie": a relation with no name after it names no child
    if (!nameFits(name, true)) continue;
    if (CHILD_RELATIONS.has(relation.toLowerCase()) && !/\b(?:met|meet|meeting)\s+$/i.test(text.slice(Math.max(0, match.index - 12), match.index))) {
      // "(her son Leo is the goalie) and a dad named stellan": an aside's close ends the child's clause too
      const end = text.slice(match.index).search(/[.;!?\n)]|,\s/u);
      kids.push({ from: match.index, to: end < 0 ? text.length : match.index + end });
      continue;
    }
    // "he is Zorblat's brother, loves sailing": no name after the relation, so no tie to read
    if (!/^\p{Lu}/u.test(name) && !isLexiconName(name) && !ownedName(match, text)) continue;
    // "the baby's granny Philomena": hers is a tie to no one named
    if (!/^\p{Lu}/u.test(name)) lowercaseTied.add(name);
    if (owner && !nameFits(owner, false)) ties.push({ owner: '', relation, name, loose: true });
    else ties.push({ owner: owner ?? '', relation, name });
  }
  const marks: { at: number; name: string; cued: boolean }[] = [];
  for (const cue of [PERSON_CUE, CLAUSE_CUE, CLAUSE_AND])
    for (const match of text.matchAll(cue)) {
      if (!match[1]) continue;
      // "a girl named jas": a name said to be one may be lowercase
      const named = cue === PERSON_CUE && /^(?:named|called)\b/i.test(match[0]) && nameFits(match[1], true);
      if (named) lowercaseTied.add(match[1]);
      marks.push({ at: match.index + match[0].length - match[1].length, name: withSurname(text, match), cued: named });
    }
  for (const tie of ties) {
    const at = text.indexOf(`${tie.relation} ${tie.name}`);
    if (tie.owner) marks.push({ at: text.indexOf(tie.owner), name: tie.owner, cued: false });
    marks.push({ at, name: tie.name, cued: true });
  }
  marks.sort((a, b) => a.at - b.at);
  const pupils = childrenNamed(text);
  for (const mark of marks) {
    if (kids.some((kid) => mark.at >= kid.from && mark.at < kid.to)) continue;
    if (pupils.has(mark.name.toLowerCase())) continue;
    if (namesAThing(text.slice(Math.max(0, mark.at - 60), mark.at))) continue;
    if (TEAM_BEFORE.test(text.slice(Math.max(0, mark.at - 40), mark.at))) continue;
    const tie = ties.find((candidate) => candidate.name === mark.name);
    const relation = tie ? (TIE_NAMES[tie.relation] ?? SPANISH_TIES.get(tie.relation.toLowerCase()) ?? tie.relation) : '';
    const to = tie?.owner ? titleCase(tie.owner) : (found.at(-1)?.name ?? '');
    add(mark.name, mark.cued, tie && to && !tie.loose && !/^the$/i.test(tie.relation) ? { relation, to } : undefined);
  }
  return found.length >= 2 ? found : [];
}
