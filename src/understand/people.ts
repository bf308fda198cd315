// Who a text points at: saved people by name or first name (possessives too), pronouns to the latest person, and
// whether a word can be a name at all ("Huh", "huge", "Lol" never are).

import { nameKey } from './note-person';
import { COMMON, COURTESY, NICKNAME_LEADS } from './note-lexicon';
import { FIRST_NAMES } from './first-names';
import { NOT_NAME, PRONOUNS } from './lexicon';
import type { KnownPerson, PersonRef, UnderstandContext } from './types';

/** A word that could be (part of) a name: letters, maybe an apostrophe or hyphen, not an everyday word. */
export function isPlausibleNameWord(word: string): boolean {
  if (!/^\p{L}[\p{L}\p{M}'.-]*$/u.test(word) || word.length > 30) return false;
  const key = nameKey(word);
  if (key.length < 2 || NOT_NAME.has(key)) return false;
  if (FIRST_NAMES.has(key)) return true;
  // "Anatoly", "Vitaly": a capitalised -oly/-aly is a name, not an adverb
  const adverb = /ly$/.test(key) && !(/^\p{Lu}/u.test(word) && /[ao]ly$/.test(key));
  return !COMMON.has(key) && !/(?:ing|ed)$/.test(key) && !adverb;
}

/** A name of one to three words, each plausible; several words must each be capitalised. */
export function isPlausibleName(name: string): boolean {
  const parts = name.trim().split(/\s+/);
  if (parts.length === 0 || parts.length > 3) return false;
  if (parts.length > 1 && !parts.every((part) => /^\p{Lu}/u.test(part))) return false;
  // "Mrs Patel", "Big Mike": a courtesy title or a nickname's lead and a name
  const titled = parts.length > 1 && (COURTESY.has(nameKey(parts[0] ?? '')) || (parts.length === 2 && NICKNAME_LEADS.has(nameKey(parts[0] ?? ''))));
  return (titled ? parts.slice(1) : parts).every(isPlausibleNameWord);
}

/** A lowercase word that is very likely a first name: in the lexicon and not an everyday word. */
export function isLexiconName(word: string): boolean {
  const key = nameKey(word);
  return FIRST_NAMES.has(key) && !NOT_NAME.has(key) && !COMMON.has(key);
}

interface NameIndex {
  /** how many people the index was built from: a list that grew since is indexed again */
  size: number;
  /** people by their whole name key, in list order */
  full: Map<string, KnownPerson[]>;
  /** people by the first word of their name key, in list order */
  first: Map<string, KnownPerson[]>;
}

const nameIndexes = new WeakMap<readonly KnownPerson[], NameIndex>();

/** The saved people by name key and by first name, built once per list: a text naming many people costs one lookup each. */
function nameIndex(people: readonly KnownPerson[]): NameIndex {
  const known = nameIndexes.get(people);
  if (known && known.size === people.length) return known;
  const index: NameIndex = { size: people.length, full: new Map(), first: new Map() };
  const add = (map: Map<string, KnownPerson[]>, key: string, person: KnownPerson) => {
    const list = map.get(key);
    if (list) list.push(person);
    else map.set(key, [person]);
  };
  for (const person of people) {
    add(index.full, person.nameKey, person);
    const space = person.nameKey.indexOf(' ');
    add(index.first, space < 0 ? person.nameKey : person.nameKey.slice(0, space), person);
  }
  nameIndexes.set(people, index);
  return index;
}

/** Whether a saved person's whole name key is `key`. */
export function hasNameKey(key: string, people: readonly KnownPerson[]): boolean {
  return nameIndex(people).full.has(key);
}

/** Saved people whose name, or first name, is `name` ("ivan", "Ivan's", "ivans" all find Ivan). */
export function peopleNamed(name: string, people: readonly KnownPerson[]): KnownPerson[] {
  const key = nameKey(name);
  if (!key) return [];
  const index = nameIndex(people);
  const forms = [key, key.replace(/ s$/, ''), key.endsWith('s') ? key.slice(0, -1) : key];
  for (const form of forms) {
    const full = index.full.get(form);
    if (full) return [...full];
    // a key with a space has no first-name match: a first name is one word
    const first = form.includes(' ') ? undefined : index.first.get(form);
    if (first) return [...first];
  }
  return [];
}

/**
 * A person reference for a typed name: the saved person when one fits, candidates when several do. A short form fits
 * the one saved person it stands for ("jess" is Jessica) unless `exact`: a note names someone as the user knows them.
 */
export function refFor(name: string, ctx: UnderstandContext, exact = false): PersonRef {
  const named = peopleNamed(name, ctx.people);
  const found = named.length > 0 || exact ? named : shortFormOf(name.replace(/'s$/i, ''), ctx.people);
  if (found.length === 1 && found[0]) return { name: found[0].name, id: found[0].id };
  if (found.length > 1 && found[0]) return { name: found[0].name, candidates: found.map((person) => person.id) };
  return { name: titleCase(name.replace(/'s$/i, '')) };
}

/** The latest person as a reference, when there is one. */
export function latestRef(ctx: UnderstandContext): PersonRef | null {
  const person = ctx.people.find((candidate) => candidate.id === ctx.latestPersonId);
  return person ? { name: person.name, id: person.id } : null;
}

export interface Mention {
  ref: PersonRef;
  /** index in the key words */
  at: number;
}

const mentionCache = new WeakMap<UnderstandContext, WeakMap<readonly string[], Mention[]>>();

/** Saved people named in the key words, in order of appearance (first names and possessives count). */
export function savedMentions(keys: readonly string[], ctx: UnderstandContext): Mention[] {
  let byKeys = mentionCache.get(ctx);
  if (!byKeys) {
    byKeys = new WeakMap();
    mentionCache.set(ctx, byKeys);
  }
  const cached = byKeys.get(keys);
  if (cached) return cached;
  const mentions = findMentions(keys, ctx);
  byKeys.set(keys, mentions);
  return mentions;
}

function findMentions(keys: readonly string[], ctx: UnderstandContext): Mention[] {
  const mentions: Mention[] = [];
  for (const [at, word] of keys.entries()) {
    if (NOT_NAME.has(word) || word.length < 2) continue;
    const two = keys[at + 1] !== undefined ? `${word} ${keys[at + 1]}` : '';
    const found = two && hasNameKey(two, ctx.people) ? peopleNamed(two, ctx.people) : [];
    const named = found.length > 0 ? found : peopleNamed(word, ctx.people);
    const people = named.length > 0 ? named : shortFormOf(word, ctx.people);
    if (people.length === 0) continue;
    if (mentions.some((mention) => mention.ref.name === people[0]?.name)) continue;
    mentions.push({ ref: refFor(people.length === 1 ? (people[0]?.name ?? word) : word, ctx), at });
  }
  return mentions;
}

/** Short forms that are no prefix of the name they stand for: "bill" is William, "toño" Antonio. */
const SHORT_FORMS: Readonly<Record<string, readonly string[]>> = {
  bill: ['william'],
  billy: ['william'],
  liam: ['william'],
  bob: ['robert'],
  bobby: ['robert'],
  rob: ['robert'],
  robbie: ['robert'],
  bert: ['albert', 'robert'],
  dick: ['richard'],
  rick: ['richard'],
  ricky: ['richard'],
  jim: ['james'],
  jimmy: ['james'],
  jamie: ['james'],
  mike: ['michael'],
  mikey: ['michael'],
  mick: ['michael'],
  kate: ['katherine', 'catherine', 'kathryn', 'katharine'],
  katie: ['katherine', 'catherine', 'kathryn', 'katharine'],
  cathy: ['catherine'],
  kathy: ['katherine', 'kathryn'],
  liz: ['elizabeth'],
  lizzie: ['elizabeth'],
  beth: ['elizabeth', 'bethany'],
  betty: ['elizabeth'],
  peggy: ['margaret'],
  maggie: ['margaret'],
  meg: ['margaret', 'megan'],
  tony: ['anthony', 'antonio'],
  ted: ['edward', 'theodore'],
  teddy: ['edward', 'theodore'],
  ned: ['edward'],
  chuck: ['charles'],
  charlie: ['charles', 'charlotte'],
  jack: ['john', 'jackson'],
  johnny: ['john', 'jonathan'],
  sasha: ['alexander', 'alexandra'],
  xander: ['alexander'],
  sandy: ['alexandra', 'sandra'],
  becky: ['rebecca'],
  bec: ['rebecca'],
  becca: ['rebecca'],
  abby: ['abigail'],
  patty: ['patricia'],
  trish: ['patricia'],
  steve: ['stephen', 'steven'],
  stevie: ['stephen', 'steven'],
  drew: ['andrew'],
  andy: ['andrew'],
  greg: ['gregory'],
  vicky: ['victoria'],
  tori: ['victoria'],
  sue: ['susan', 'suzanne'],
  suzy: ['susan', 'suzanne'],
  mandy: ['amanda'],
  ollie: ['oliver'],
  olly: ['oliver'],
  freddie: ['frederick'],
  fred: ['frederick'],
  alfie: ['alfred'],
  harry: ['henry', 'harold', 'harrison'],
  hank: ['henry'],
  gabe: ['gabriel'],
  gabby: ['gabriela', 'gabriella', 'gabrielle'],
  izzy: ['isabel', 'isabella', 'isabelle'],
  bella: ['isabella', 'isabel', 'annabella'],
  nate: ['nathan', 'nathaniel'],
  zach: ['zachary'],
  zack: ['zachary'],
  jen: ['jennifer'],
  jenny: ['jennifer'],
  jess: ['jessica'],
  jessie: ['jessica'],
  dani: ['daniela', 'daniella', 'danielle'],
  toño: ['antonio'],
  tono: ['antonio'],
  lupe: ['guadalupe'],
  pepe: ['jose'],
  paco: ['francisco'],
  pancho: ['francisco'],
  nacho: ['ignacio'],
  lalo: ['eduardo'],
  chucho: ['jesus'],
  beto: ['alberto', 'roberto'],
  lola: ['dolores'],
  rafa: ['rafael'],
  quique: ['enrique'],
};

/**
 * The one saved person a short form of a first name is about: "jess" is the saved Jessica, "bill" William, "sam"
 * Samantha; nobody when the form is an everyday word, fits several people, or someone is saved by the short form itself.
 */
function shortFormOf(word: string, people: readonly KnownPerson[]): KnownPerson[] {
  const key = nameKey(word);
  const longer = SHORT_FORMS[key] ?? [];
  if (key.length < 3 || key.includes(' ') || NOT_NAME.has(key) || (longer.length === 0 && !isLexiconName(key))) return [];
  const index = nameIndex(people);
  const fits = [...index.first.entries()].filter(([first]) => longer.includes(first) || (first.length >= key.length + 2 && first.startsWith(key)));
  const [only] = fits;
  return fits.length === 1 && only ? [...only[1]] : [];
}

/** Whether the key words hold a pronoun that can point at a person. */
export function hasPronoun(keys: readonly string[]): boolean {
  return keys.some((word) => PRONOUNS.has(word));
}

/** The person a short text is about: a saved person named in it, else the latest person when a pronoun points there. */
export function subjectOf(keys: readonly string[], ctx: UnderstandContext): PersonRef | null {
  const [first] = savedMentions(keys, ctx);
  if (first) return first.ref;
  return hasPronoun(keys) ? latestRef(ctx) : null;
}

/** "jake" -> "Jake", "mary-kate" -> "Mary-Kate"; mixed case is kept. */
export function titleCase(name: string): string {
  return name
    .trim()
    .split(/\s+/)
    .map((word) =>
      word === word.toLowerCase() || word === word.toUpperCase()
        ? word.toLowerCase().replace(/(^|['-])(\p{Ll})/gu, (_m, sep: string, ch: string) => sep + ch.toUpperCase())
        : word,
    )
    .join(' ');
}
