// Notes about the people the user met: one person or several in one text, each with their own details and contacts,
// the shared details copied onto each, and ties between them ("his sister Aiko").

import { MAX_PEOPLE_PER_TEXT } from '../domain/limits';
import { parseNote, unstar } from './note-person';
import { BRANDS, CHILD_RELATIONS, DEMONYMS, HOBBIES, JOBS, MET_RELATIONS, PERSON_NOUNS } from './note-lexicon';
import { NOT_NAME as NOT_NAME_WORDS } from './lexicon';
import type { ParsedNote } from '../domain/types';
import { FIRST_NAMES } from './first-names';
import { ACTIVITIES, SHARED_WORDS, TIE_NAMES, TIE_WORDS } from './lexicon';
import { isLexiconName, isPlausibleName, isPlausibleNameWord, refFor, titleCase } from './people';
import { expandForNotes } from './read-text';
import { clauseDetail, clauseDetails, escaped, relativeAfter, saidOf } from './note-said';
import type { NotePerson, Tie, UnderstandContext, Meaning } from './types';

interface Named {
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
const SPANISH_TIE_WORDS = ['novio', 'novia', 'esposo', 'esposa', 'marido', 'hermano', 'hermana', 'amigo', 'amiga', 'primo', 'prima'];
const TIE = String.raw`(?:(?:his|her|their|my|su|sus|(\p{L}[\p{L}\p{M}-]*)'s)\s+(?:(?:little|big|older|younger|twin|best|new)\s+)?(${[...TIE_WORDS, ...SPANISH_TIE_WORDS].join('|')}),?\s+)?`;
const ASIDE = String.raw`(?:\s*\(([^()]{0,80})\))?`;
const TITLE = String.raw`(?:(?:[Dd]r|[Mm]rs?|[Mm][sx]|[Pp]rof|[Cc]oach)\.?\s+)?`;
const HEAD = new RegExp(`${TITLE}(${WORD}${SURNAME})${ASIDE}`, 'uy');
const MEMBER = new RegExp(`${SEP}${TIE}${TITLE}(${WORD}${SURNAME})${ASIDE}`, 'uy');
const CUE_BEFORE =
  /(?:\b(?:met|meet|with|w\/|and|couple|twins|neighbors|neighbours|friends|people|ppl|folks|(?:talked|spoke|chatted|introduced|intro'd|said hi) to)[\s,:]*|[:]\s*)$/i;
const NAME_CUES_BEFORE =
  /\b(?:met|meet|with|w\/|named|called|name is|name's|name:|guy|girl|woman|man|dude|lady|friend|coworker|colleague|neighbor|roommate|to|into)\s*:?\s*$/i;
const CAPTURE_OPENER =
  /^\W*(?:met|meet|ran into|bumped into|talked (?:to|with)|chatted (?:to|with)|spoke (?:to|with)|hung out|coffee|drinks|lunch|dinner|brunch)\b/i;
const NOT_A_LIST_BEFORE = /(?:\b(?:the|of|loves?|likes?|about|fan of|at|in|from|for|on|plays?|watch(?:es)?|reads?)|(?<!ran |bumped )\binto)\s*$/i;
/** The most names one list is read to: past MAX_PEOPLE_PER_TEXT they are only counted, as left out. */
const MAX_LISTED = 200;
/** The most work details a note gives one person: as many as a saved person keeps when a note is merged in (capture.ts mergeNote). */
const MAX_NOTE_WORK = 6;
const HOBBY_WORDS = new Set(HOBBIES.flatMap((hobby) => hobby.split(' ')));

/**
 * note (one or several people) or note-unnamed.
 * readNote("met jake and priya at marcos bday, priya is a nurse", ctx)
 *   -> { intent: 'note', people: [{ name: 'Jake', met: 'marcos bday', ... }, { name: 'Priya', work: ['nurse'], ... }] }
 */
export function readNote(raw: string, ctx: UnderstandContext): Meaning {
  const text = selfCorrected(expandForNotes(raw));
  const options = { now: ctx.now, timeZone: ctx.timeZone, defaultCountry: ctx.defaultCountry };
  // "Gareth 07911 123456, Ffion 07911 123612": a number (or email) for each of several people
  const paired = contactPairs(text);
  if (paired.length >= 2) return { intent: 'note', people: splitNote(text, paired.slice(0, MAX_PEOPLE_PER_TEXT), ctx, true), raw };
  const listed = findSeveral(text);
  // "partnered with Bill against Pat and Ray": the list, and whoever is named apart from it
  const listedNames = new Set(listed.map((person) => person.name));
  const extra = listed.length >= 2 ? findScattered(text).filter((person) => !listedNames.has(person.name)) : [];
  const several = [...listed, ...extra];
  if (several.length >= 2) {
    // a longer list is a note about the first MAX_PEOPLE_PER_TEXT, and says how many it left out
    const leftOut = Math.max(0, several.length - MAX_PEOPLE_PER_TEXT);
    return { intent: 'note', people: splitNote(text, several.slice(0, MAX_PEOPLE_PER_TEXT), ctx, extra.length > 0), raw, ...(leftOut > 0 ? { leftOut } : {}) };
  }
  const scattered = several.length === 0 ? findScattered(text) : [];
  if (scattered.length >= 2) return { intent: 'note', people: splitNote(text, scattered.slice(0, MAX_PEOPLE_PER_TEXT), ctx, true), raw };
  let parsed = parseNote(text, options);
  if (!parsed.name) {
    // "the landlord Steve was on cracking form": a name a relation points at
    const cued = cuedName(text) ?? relationName(text) ?? appositiveName(text);
    if (cued) parsed = { ...parseNote(text.replace(new RegExp(`\\b${cued}\\b`), titleCase(cued)), options), name: titleCase(cued) };
  }
  if (!parsed.name || !isPlausibleName(parsed.name) || !lowercaseNameHolds(parsed.name, text)) return { intent: 'note-unnamed', raw };
  const name = parsed.name;
  const found = lowered([...parsed.interests, ...parsed.work]);
  const said = saidOf(text, name).filter((detail) => !overlaps(detail, found));
  return { intent: 'note', people: [toPerson(name, { ...parsed, work: workOf(parsed.work, said, []) }, [], ctx)], raw };
}

/** Whether a relative clause says its thing of everyone listed before it: "who run the canteen", "who both teach". */
function saysOfAll(relative: string): boolean {
  const [, first = '', second = ''] = /^(?:who|whos|who's|that)\s+(\p{L}+)(?:\s+(\p{L}+))?/iu.exec(relative) ?? [];
  const verb = /^(?:just|also|now|all|both|each|together|still)$/i.test(first) ? second : first;
  if (/^(?:both|all|together|each)$/i.test(first)) return true;
  return /^(?:are|were|have|do|run|work|teach|play|live|own|love|like|coach|volunteer|sing|go|met|share|host|organi[sz]e|manage|help|make|cook|dance|train|study)$/i.test(
    verb,
  );
}

/** "this guy Mark no wait Marc with a C": the name as put right, once, where it was said. */
function selfCorrected(text: string): string {
  if (!/\b(?:no wait|wait no|sorry|i mean|or rather|no)\b/i.test(text)) return text;
  return text.replace(
    /\b(\p{Lu}[\p{L}\p{M}-]+),?\s+(?:no wait|wait no|sorry|i mean|or rather|no)[,!.]?\s+(\p{Lu}[\p{L}\p{M}-]+)(?:\s+with\s+(?:a|an|one|two)\s+\p{L}{1,2}\b)?/gu,
    (whole, said: string, meant: string) => (said.slice(0, 2).toLowerCase() === meant.slice(0, 2).toLowerCase() && said !== meant ? meant : whole),
  );
}

const NAME_CUES =
  /\b(?:guy|girl|woman|man|dude|lady|gal|coworker|co-worker|colleague|friend|neighbor|neighbour|roommate|classmate|teammate|boss|named|called|name is|name:|name's|with|w\/|met|meet|into|to)\s*:?\s+(\p{Ll}[\p{L}'-]+)/gu;

/** A lowercase name after a cue: "this guy marcus", "one name: sam", "w/ carlos". */
function cuedName(text: string): string | null {
  for (const match of text.matchAll(NAME_CUES)) {
    const word = match[1] ?? '';
    if (nameFits(word, true) && (isLexiconName(word) || !/^(?:into|to)$/i.test(match[0].trim().split(/\s+/)[0] ?? ''))) return word;
  }
  // "met a guy at the bus stop, jon, into vinyl": a common first name set off by a comma in a capture
  if (CAPTURE_OPENER.test(text)) {
    for (const match of text.matchAll(/[,:]\s*(\p{Ll}[\p{L}'-]+)\s*(?=[,.;:!]|$)/gu)) if (isLexiconName(match[1] ?? '')) return match[1] ?? null;
  }
  return null;
}

/** "mark the new night charge nurse on 4 west": a first name, then who they are ("the", a few words, a role). */
function appositiveName(text: string): string | null {
  const match = /^\W*(\p{L}[\p{L}\p{M}'-]*),?\s+(?:the|a|an|our|my|your)\s+((?:[\p{L}-]+\s+){0,3}[\p{L}-]+)(?=[\s,.;:!]|$)/u.exec(text);
  const name = match?.[1] ?? '';
  const role = (match?.[2] ?? '').toLowerCase().split(/\s+/);
  if (!name || !FIRST_NAMES.has(name.toLowerCase()) || NOT_NAME_WORDS.has(name.toLowerCase())) return null;
  // "the new porter": someone's new role, whatever the role's word
  return role.some((word) => JOBS.has(word) || ROLE_NOUNS.has(word)) || (role[0] === 'new' && role.length >= 2) ? name : null;
}
const ROLE_NOUNS = new Set([...PERSON_NOUNS, ...MET_RELATIONS, 'nurse', 'doctor', 'manager', 'coach', 'teacher', 'owner', 'director', 'founder']);

/** A lowercase name no cue points at must be a common first name or be followed like one ("block this number" is not). */
function lowercaseNameHolds(name: string, text: string): boolean {
  const first = name.split(' ')[0] ?? '';
  const written = new RegExp(`(?<![\\p{L}])${first}(?![\\p{L}])`, 'iu').exec(text);
  if (!written || /^\p{Lu}/u.test(written[0]) || isLexiconName(first) || appositiveName(text)?.toLowerCase() === first.toLowerCase()) return true;
  const before = text.slice(Math.max(0, written.index - 40), written.index);
  const after = text.slice(written.index + written[0].length);
  return NAME_CUES_BEFORE.test(before) || /^\s*(?:[,:(-]|from\b|at\b|@|w\/|with\b|who\b|is\b|was\b|works\b|does\b|\d)/i.test(after);
}

const CONTACT_PAIR =
  /^\s*(\p{Lu}[\p{L}\p{M}'-]+(?: \p{Lu}[\p{L}\p{M}'-]+)?)(?:'s)?(?:\s+(?:number|cell|mobile|phone|no|is|es|email))*[\s:=-]*(?:\+?\d[\d ().-]{5,}\d|[^\s@]+@[^\s@]+\.\p{L}+)\s*$/u;

/** Each part of the text a name and a number or email, two parts or more; else none. */
function contactPairs(text: string): Named[] {
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

/** Two or more people named together: "jake and priya", "Kenji + his sister Aiko", "Raj, Chloe and Ben". */
function findSeveral(text: string): Named[] {
  for (const start of text.matchAll(/\p{L}+/gu)) {
    const before = text.slice(Math.max(0, start.index - 40), start.index);
    if (start.index > 0 && /\p{L}$/u.test(before)) continue;
    // "met two new moms at pickup, shanice and beth": a note that opens like a capture cues its list
    const cued = CUE_BEFORE.test(before) || (CAPTURE_OPENER.test(text) && /[,:]\s*$/.test(before));
    const members = sameCase(readMembers(text, start.index, cued));
    if (members.length < 2) continue;
    // "The team of my son, Jaguars, win": a team's name is no one's
    if (TEAM_BEFORE.test(before)) continue;
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
    const owner = member?.[1];
    const relation = member?.[2];
    const name = member?.[3];
    if (!member || !name || !(nameFits(name, cued) || (relation && FIRST_NAMES.has(name.toLowerCase())))) break;
    if (seen.has(name.toLowerCase())) break;
    seen.add(name.toLowerCase());
    members.push({
      name,
      keys: [],
      aside: member[4] ?? '',
      ...(relation
        ? { tie: { relation: TIE_NAMES[relation] ?? SPANISH_TIES.get(relation.toLowerCase()) ?? relation, to: owner ? titleCase(owner) : '' } }
        : {}),
    });
    next = MEMBER.lastIndex;
  }
  return members;
}

/** Everyday words that are common surnames. */
const SURNAME_COMMON = new Set([
  'park',
  'young',
  'long',
  'rich',
  'little',
  'day',
  'hall',
  'house',
  'cook',
  'baker',
  'king',
  'hill',
  'wood',
  'stone',
  'moon',
  'love',
  'bell',
  'brown',
  'green',
  'white',
  'black',
  'gray',
  'grey',
  'lee',
  'may',
  'north',
  'west',
  'rose',
  'summers',
  'banks',
  'price',
  'fox',
  'wolf',
  'lamb',
  'bird',
  'rivers',
  'woods',
  'church',
  'best',
  'page',
  'hunt',
  'lane',
  'marsh',
  'moss',
  'reed',
  'ward',
  'wells',
  'cross',
  'gold',
  'pope',
  'knight',
  'bishop',
  'mason',
  'carter',
  'porter',
  'turner',
  'walker',
  'fisher',
  'hunter',
  'singer',
  'miller',
  'smith',
]);

function nameFits(name: string, cued: boolean): boolean {
  const words = name.split(/\s+/);
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

/** Spanish relation words, as a tie says them in English. */
const SPANISH_TIES = new Map([
  ['novio', 'boyfriend'],
  ['novia', 'girlfriend'],
  ['esposo', 'husband'],
  ['esposa', 'wife'],
  ['marido', 'husband'],
  ['hermano', 'brother'],
  ['hermana', 'sister'],
  ['amigo', 'friend'],
  ['amiga', 'friend'],
  ['primo', 'cousin'],
  ['prima', 'cousin'],
  ['jefe', 'boss'],
  ['jefa', 'boss'],
]);
const RELATION = `(?:${[...new Set([...TIE_WORDS, ...CHILD_RELATIONS, 'buddy', 'mate', 'pal', 'landlord', 'landlady', 'tenant', 'bff', 'ex', 'fiance', 'owner', 'mum', ...SPANISH_TIES.keys()])].join('|')})`;
/** A name, or a courtesy title and a surname ("Mr Okonkwo"). */
const NAME_AT = String.raw`((?:(?:Mrs|Mr|Ms|Miss)\.?\s+)?\p{Lu}[\p{L}\p{M}-]+|\p{Ll}[\p{L}\p{M}-]+)`;
/** Someone met or pointed at by a noun: "one man Tomás", "a fella Kev", "this guy Marc". */
const PERSON_NOUN = String.raw`(?:man|guy|lady|woman|girl|dude|fella|feller|bloke|chap|gal|lad|lass)`;
/** A person a relation points at: "his gf bree", "the landlord Steve", "Trish's brother Davo". */
const RELATION_CUE = new RegExp(
  String.raw`\b(?:(his|her|their|my|our|the|su|sus)|(\p{L}[\p{L}\p{M}-]*)'s)\s+(?:(?:little|big|older|younger|twin|best|new|old)\s+)?(${RELATION})(?:-in-law)?,?\s+${NAME_AT}`,
  'gu',
);
/** A person met or teamed with: "met Luis", "partnered with Bill", "a guy named theo", "conocí a Toño". */
const PERSON_CUE = new RegExp(
  String.raw`\b(?:(?:met|meet|with|w\/|against|named|called|bumped into|ran into|talked to|spoke (?:to|with)|speak with|chatted with|saw|y a|conoc[ií] a)\s+(?:(?:first|one|also|then|a|this|that|another)\s+){0,2}(?:${PERSON_NOUN}\s+)?|(?:one|a|this|that|another)\s+${PERSON_NOUN}\s+(?!(?:named|called|who|that|from|at|with|in)\b))${NAME_AT}`,
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
/** The relation words before a name, dropped from the clause once kept as a tie: "his buddy Chris golfs" -> "Chris golfs". */
const RELATION_LEAD = new RegExp(
  String.raw`^(?:met\s+)?(?:(?:his|her|their|my|our|the|\p{L}+'s)\s+(?:(?:little|big|older|younger|twin|best|new|old)\s+)?${RELATION}\s+)`,
  'iu',
);

function relationName(text: string): string | null {
  for (const match of text.matchAll(RELATION_CUE)) {
    const name = match[4] ?? '';
    if (CHILD_RELATIONS.has((match[3] ?? '').toLowerCase())) continue;
    if (/^\p{Lu}/u.test(name) && nameFits(name, true)) return name;
  }
  return null;
}

/** A capitalised name and the capitalised surname written right after it: "also with Li Wei who is new". */
function withSurname(text: string, match: RegExpExecArray): string {
  const name = match[1] ?? '';
  if (!/^\p{Lu}/u.test(name) || name.includes(' ')) return name;
  const second = /^ (\p{Lu}[\p{L}\p{M}-]+)(?![\p{L}'])/u.exec(text.slice(match.index + match[0].length))?.[1];
  return second && isPlausibleNameWord(second) && nameFits(`${name} ${second}`, false) ? `${name} ${second}` : name;
}

/** People named apart in one text, each cued by a relation, a meeting or a clause of their own; two or more, or none. */
function findScattered(text: string): Named[] {
  const found: Named[] = [];
  const seen = new Set<string>();
  const add = (name: string, cued: boolean, tie?: Tie) => {
    if (seen.has(name.toLowerCase())) return;
    if (!nameFits(name, cued) || (!/^\p{Lu}/u.test(name) && !isLexiconName(name))) return;
    if (/^(?:i|im|me|we|us|he|she|they|it|you|the|a|an|and|my|his|her|our|their)$/i.test(name)) return;
    seen.add(name.toLowerCase());
    found.push({ name: titleCase(name), keys: name.toLowerCase().split(' '), aside: '', ...(tie ? { tie } : {}) });
  };
  const ties: { owner: string; relation: string; name: string }[] = [];
  // "her son Jonah is on the Tigers with Max": a child, and the kids named in the rest of that clause, are no one met
  const kids: { from: number; to: number }[] = [];
  for (const match of text.matchAll(RELATION_CUE)) {
    const [, , owner, relation, name] = match;
    if (!relation || !name) continue;
    if (CHILD_RELATIONS.has(relation.toLowerCase()) && !/\b(?:met|meet|meeting)\s+$/i.test(text.slice(Math.max(0, match.index - 12), match.index))) {
      const end = text.slice(match.index).search(/[.;!?\n]|,\s/u);
      kids.push({ from: match.index, to: end < 0 ? text.length : match.index + end });
      continue;
    }
    // "he is Zorblat's brother, loves sailing": no name after the relation, so no tie to read
    if (!nameFits(name, true) || (!/^\p{Lu}/u.test(name) && !isLexiconName(name))) continue;
    if (owner) ties.push({ owner, relation, name });
    else ties.push({ owner: '', relation, name });
  }
  const marks: { at: number; name: string; cued: boolean }[] = [];
  for (const cue of [PERSON_CUE, CLAUSE_CUE, CLAUSE_AND])
    for (const match of text.matchAll(cue))
      if (match[1]) marks.push({ at: match.index + match[0].length - match[1].length, name: withSurname(text, match), cued: false });
  for (const tie of ties) {
    const at = text.indexOf(`${tie.relation} ${tie.name}`);
    if (tie.owner) marks.push({ at: text.indexOf(tie.owner), name: tie.owner, cued: false });
    marks.push({ at, name: tie.name, cued: true });
  }
  marks.sort((a, b) => a.at - b.at);
  for (const mark of marks) {
    if (kids.some((kid) => mark.at >= kid.from && mark.at < kid.to)) continue;
    if (TEAM_BEFORE.test(text.slice(Math.max(0, mark.at - 40), mark.at))) continue;
    const tie = ties.find((candidate) => candidate.name === mark.name);
    const relation = tie ? (TIE_NAMES[tie.relation] ?? SPANISH_TIES.get(tie.relation.toLowerCase()) ?? tie.relation) : '';
    const to = tie?.owner ? titleCase(tie.owner) : (found.at(-1)?.name ?? '');
    add(mark.name, mark.cued, tie && to && !/^the$/i.test(tie.relation) ? { relation, to } : undefined);
  }
  return found.length >= 2 ? found : [];
}

/** Gives each person the clauses about them, and everyone the shared ones; `apart`: the people are named apart, not listed. */
function splitNote(text: string, people: Named[], ctx: UnderstandContext, apart = false): NotePerson[] {
  const own = new Map<string, string[]>(
    people.map((person) => [person.name, person.aside ? person.aside.split(/,\s*/).map((part) => `${person.name} ${part}`) : []]),
  );
  const shared: string[] = [];
  const body = text.replace(/\s*\([^()]{0,80}\)/g, '');
  const clauses = body
    // a voice run-on has no commas: "... super tall and then his wife Hannah who teaches ..."
    .split(
      /[;!?\n]+|\.+(?=\s|$)|,\s*|\s+-\s+|\s+(?:and then|and after that|after that|then|anyway)\s+|\s*\p{Extended_Pictographic}(?:\p{Extended_Pictographic}|\u200d|\ufe0f|\s)*/iu,
    )
    .map((clause) => clause.trim())
    .filter((clause) => clause !== '');
  const split = splitOnAnd(people);
  const genders = gendersOf(body, people);
  let last: string | null = null;
  let listSeen = apart;
  /** the people the latest clause naming several listed, for a "who ..." clause after them */
  let group: Named[] = [];
  /** "met Bec and Trish who run the canteen": the clause after a list's last name is all of theirs, or the last one's; the rest is shared */
  const relativeOfList = (clause: string, named: readonly Named[]): string => {
    const latest = latestIn(clause, named);
    const relative = latest ? relativeAfter(clause, latest.name) : null;
    if (!latest || !relative) return clause;
    for (const owner of saysOfAll(relative) ? named : [latest]) own.get(owner.name)?.push(relative);
    return clause.replace(relative, ' ').trim();
  };
  // the list may run over clauses ("Toño and his wife, Lupe"): it is seen once two of its people are
  const seen = new Set<Named>();
  for (const whole of clauses) {
    if (!listSeen) {
      for (const person of namedIn(whole, people)) seen.add(person);
      listSeen = seen.size >= 2;
      if (listSeen) {
        group = [...seen];
        last = latestIn(whole, group)?.name ?? null;
      }
      shared.push(listSeen ? relativeOfList(whole, group) : whole);
      continue;
    }
    for (const clause of split(whole)) {
      const named = namedIn(clause, people);
      const tie = /\b(?:is|was)\s+(?:his|her|their)\s+(\w+)/i.exec(clause)?.[1]?.toLowerCase();
      if (named.length === 1 && named[0] && tie && TIE_WORDS.has(tie)) {
        const other = people.find((person) => person !== named[0]);
        if (other) named[0].tie = { relation: TIE_NAMES[tie] ?? tie, to: other.name };
      }
      const sharedWords = clause
        .toLowerCase()
        .split(/\s+/)
        .some((word) => SHARED_WORDS.has(word));
      // "met his buddy Chris who golfs": in a note naming people apart, a clause is the last one's it names
      const latest = apart && named.length >= 2 ? latestNamed(clause, named) : null;
      if (latest) {
        own.get(latest.name)?.push(clause.replace(RELATION_LEAD, ''));
        last = latest.name;
      } else if (named.length === 1 && named[0]) {
        own.get(named[0].name)?.push(apart ? clause.replace(RELATION_LEAD, '') : clause);
        last = named[0].name;
      } else if (named.length === 0 && group.length >= 2 && /^\s*(?:who|whos|who's)\s/i.test(clause)) {
        // "met Lena and Marco, who runs the wine bar": the last one's; "..., who both teach": everyone's
        const owners = saysOfAll(clause.trim()) ? group : group.filter((person) => person.name === last);
        for (const owner of owners) own.get(owner.name)?.push(clause);
      } else if (named.length === 0 && !sharedWords && pronounOwner(clause, people, genders, last)) {
        // "Toño and his wife Lupe, he is a dentist and she has a bakery": "he" is the one who is not the wife
        const owner = pronounOwner(clause, people, genders, last);
        if (owner) own.get(owner.name)?.push(clause);
        last = owner?.name ?? last;
      } else if (named.length === 0 && !sharedWords && last) {
        own.get(last)?.push(clause);
      } else if (named.length >= 2) {
        group = named;
        last = latestIn(clause, named)?.name ?? null;
        shared.push(relativeOfList(clause, named));
      } else {
        shared.push(clause);
        last = null;
      }
    }
  }
  const options = { now: ctx.now, timeZone: ctx.timeZone, defaultCountry: ctx.defaultCountry };
  const common = parseNote(shared.join(', '), options);
  // people named apart met where the text opens: "met 3 ppl at the hackathon: ines, ..."
  const meeting = apart ? parseNote(clauses[0] ?? '', options).met : null;
  const nameWords = new Set(people.flatMap((person) => person.keys));
  const detailOf = (clause: string) => clauseDetails(clause, nameWords);
  const isDetail = (detail: string | null): detail is string => detail !== null;
  // the shared clauses say the same of everyone: read once, not once per person
  const sharedSaid = shared.slice(1).map((clause) => clauseDetail(clause, nameWords));
  return people.map((person, index) => {
    const mine = own.get(person.name) ?? [];
    const parsed = parseNote(mine.length > 0 ? mine.join(', ') : person.name, options);
    const found = lowered([...parsed.interests, ...parsed.work, ...common.interests, ...common.work]);
    const said = [...mine.flatMap(detailOf), ...sharedSaid].filter(isDetail);
    const merged: ParsedNote = {
      ...parsed,
      met: common.met ?? meeting ?? (WORK_AT.test(mine.join(', ')) ? null : parsed.met),
      interests: unique([...parsed.interests, ...common.interests]),
      work: workOf([...parsed.work, ...common.work], said, found),
      contacts: index === 0 && Object.keys(parsed.contacts).length === 0 ? common.contacts : parsed.contacts,
      events: [...parsed.events, ...common.events],
    };
    return toPerson(person.name, merged, person.tie ? [person.tie] : [], ctx);
  });
}

/** "Kenji does ML at a bank": where they work, not where you met. */
const WORK_AT = /\b(?:does|do|works?|working|job|interns?|teaches|studies|runs|is an? [\p{L}-]+(?: [\p{L}-]+)?)\b[^,.;]*\bat\b/iu;

function namedIn(clause: string, people: readonly Named[]): Named[] {
  const lower = ` ${clause.toLowerCase().replace(/[^\p{L}\p{N}@.+ ]/gu, ' ')} `;
  return people.filter((person) => {
    const [word, at, possessive] = needlesOf(person);
    return lower.includes(word) || lower.includes(at) || lower.includes(possessive);
  });
}

const needles = new WeakMap<Named, [string, string, string]>();

/** What namedIn looks for of a person's first name word, built once per person, not once per clause. */
function needlesOf(person: Named): [string, string, string] {
  const known = needles.get(person);
  if (known) return known;
  const key = person.keys[0];
  const made: [string, string, string] = [` ${key} `, ` ${key}@`, ` ${key}s `];
  needles.set(person, made);
  return made;
}

const FEMALE = new Set([
  'wife',
  'girlfriend',
  'gf',
  'sister',
  'sis',
  'mom',
  'mum',
  'mother',
  'daughter',
  'aunt',
  'niece',
  'fiancee',
  'fiancée',
  'esposa',
  'novia',
  'hermana',
  'amiga',
  'prima',
  'mrs',
  'ms',
  'miss',
]);
const MALE = new Set([
  'husband',
  'boyfriend',
  'bf',
  'brother',
  'bro',
  'dad',
  'father',
  'son',
  'uncle',
  'nephew',
  'esposo',
  'marido',
  'novio',
  'hermano',
  'amigo',
  'primo',
  'mr',
]);

/**
 * What the note says of each person's gender: a gendered tie ("his wife Lupe": Lupe is a she, the one she is the wife
 * of a he), a title ("Mrs Kowalski"). Only for sending "he ..." and "she ..." to the right one of several.
 */
function gendersOf(text: string, people: readonly Named[]): Map<Named, 'she' | 'he'> {
  const genders = new Map<Named, 'she' | 'he'>();
  const of = (word: string): 'she' | 'he' | null => (FEMALE.has(word.toLowerCase()) ? 'she' : MALE.has(word.toLowerCase()) ? 'he' : null);
  for (const person of people) {
    const titled = of(person.name.split(' ')[0] ?? '');
    if (titled) genders.set(person, titled);
    const relation = person.tie ? of(person.tie.relation) : null;
    if (relation) genders.set(person, relation);
    const key = escaped(person.keys[0] ?? person.name.toLowerCase());
    const owned = new RegExp(String.raw`\b(his|her)\s+(?:(?:little|big|older|younger|new|twin)\s+)?(\p{L}+),?\s+${key}(?![\p{L}])`, 'iu').exec(text);
    const said = owned?.[2] ? of(owned[2]) : null;
    if (said && !genders.has(person)) genders.set(person, said);
    // "his wife Lupe": the one before her whose wife she is
    const owner = owned?.[1] && said ? people.find((other) => other !== person && other.name === person.tie?.to) : undefined;
    if (owner && !genders.has(owner)) genders.set(owner, owned?.[1]?.toLowerCase() === 'his' ? 'he' : 'she');
  }
  return genders;
}

/** The one person a clause opened by "he" or "she" can be about, by what the note says of genders; null when unsure. */
function pronounOwner(clause: string, people: readonly Named[], genders: ReadonlyMap<Named, 'she' | 'he'>, last: string | null): Named | null {
  if (genders.size === 0) return null;
  const pronoun = /^\s*(?:(?:and|but|also|plus|y)\s+)?(she|he|shes|hes|she's|he's)\b/i.exec(clause)?.[1]?.toLowerCase().replace(/'?s$/, '');
  if (pronoun !== 'she' && pronoun !== 'he') return null;
  // the one just named keeps the clause unless the note says they are not a "he" (or a "she")
  const latest = people.find((person) => person.name === last);
  const said = latest ? genders.get(latest) : undefined;
  if (latest && (said === undefined || said === pronoun)) return null;
  const fits = people.filter((person) => genders.get(person) !== (pronoun === 'she' ? 'he' : 'she'));
  return fits.length === 1 ? (fits[0] ?? null) : null;
}

/** The person named last in a clause. */
function latestIn(clause: string, people: readonly Named[]): Named | null {
  const lower = clause.toLowerCase();
  let best: Named | null = null;
  let at = -1;
  for (const person of people) {
    const found = lower.lastIndexOf(person.keys[0] ?? '\u0000');
    if (found > at) {
      at = found;
      best = person;
    }
  }
  return best;
}

function latestNamed(clause: string, named: readonly Named[]): Named | null {
  const lower = clause.toLowerCase();
  const at = (person: Named) => lower.lastIndexOf(person.keys[0] ?? '');
  const sorted = [...named].sort((a, b) => at(b) - at(a));
  const [first, second] = sorted;
  if (!first || !second) return null;
  // "Pat and Ray": a list is shared
  return /^\s*(?:,|and|&|\+|n)\s*$/i.test(lower.slice(at(second) + (second.keys[0]?.length ?? 0), at(first))) ? null : first;
}

/** "Zara is into birding and Finn does woodworking" -> two clauses, one per person. */
function splitOnAnd(people: readonly Named[]): (clause: string) => string[] {
  const names = people.map((person) => person.keys[0]).filter((key): key is string => !!key);
  const pattern = new RegExp(
    `\\s+(?:and|but|while|&)\\s+(?=(?:he|she|they)\\b|(?:(?:his|her|their|my|this|that|a|the)\\s+(?:[\\w-]+\\s+){0,2})?(?:${names.map((key) => key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})\\s+(?!and\\b|&))`,
    'i',
  );
  const bare = new RegExp(
    `^\\s*(?:(?:met|meet|with|w\\/|saw|and|also|plus|then)\\s+)*(?:${names.map((key) => key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})(?:\\s+\\p{Lu}[\\p{L}\\p{M}-]*)?\\s*$`,
    'iu',
  );
  // "met Bec and Trish who run the canteen": a part that is only a name says nothing alone, and joins the next
  return (clause: string) =>
    clause.split(pattern).reduce<string[]>((parts, part) => {
      const before = parts.at(-1);
      if (before !== undefined && bare.test(before)) parts[parts.length - 1] = `${before} and ${part}`;
      else parts.push(part);
      return parts;
    }, []);
}

/**
 * A person's work: what the note parser found, then the clauses about them that add to it (none that only repeats
 * `found`, lowercased), at most MAX_NOTE_WORK, as a saved person keeps at most that many: a text listing hundreds
 * of names gives no one hundreds of details, and the clauses past the cap are not looked at.
 */
function workOf(first: readonly string[], said: readonly string[], found: readonly string[]): string[] {
  const work: string[] = [];
  const seen = new Set<string>();
  const take = (item: string) => {
    const key = item.toLowerCase();
    if (seen.has(key)) return;
    seen.add(key);
    work.push(item);
  };
  for (const item of first) if (work.length < MAX_NOTE_WORK) take(item);
  for (const detail of said) {
    if (work.length >= MAX_NOTE_WORK) break;
    if (!overlaps(detail, found)) take(detail);
  }
  return work;
}

/** Details already found, lowercased once for overlaps. */
function lowered(found: readonly string[]): string[] {
  return found.map((item) => item.toLowerCase());
}

/** Whether a clause's words say no more than a detail already found (lowercased) ("loves sci-fi" after "sci-fi"). */
function overlaps(detail: string, found: readonly string[]): boolean {
  const lower = detail.toLowerCase();
  return found.some((other) => other.includes(lower) || (lower.includes(other) && lower.length <= other.length + 12));
}

function unique(items: readonly string[]): string[] {
  const seen = new Set<string>();
  return items.filter((item) => {
    const key = item.toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function toPerson(name: string, parsed: ParsedNote, ties: Tie[], ctx: UnderstandContext): NotePerson {
  const ref = refFor(name, ctx, true);
  return {
    name: titleCase(name),
    ...(ref.id !== undefined ? { id: ref.id } : {}),
    ...(ref.candidates ? { candidates: ref.candidates } : {}),
    met: parsed.met,
    interests: unstar(parsed.interests),
    work: unstar(parsed.work),
    contacts: parsed.contacts,
    events: parsed.events,
    ties,
  };
}
