// The splitting of a note about several people into each one's clauses: the clauses naming one person are theirs,
// a "he" or "she" goes to the one it fits, a "who ..." after a list to all or the last; the rest is shared by all.

import type { ParsedNote } from '../domain/types';
import { SHARED_WORDS, TIE_NAMES, TIE_WORDS } from './lexicon';
import { lowered, notePersonOf, unique, workOf } from './note-merge';
import { nameGender } from './first-names';
import { CHILD_RELATIONS, JOBS, NOT_PERSON_NOUNS, PERSON_NOUNS, RELATIONS } from './note-lexicon';
import { FEMALE, MALE } from './note-people-data';
import { type Named, RELATION } from './note-people';
import { parseNote } from './note-person';
import { clauseDetail, clauseDetails, escaped, relativeAfter } from './note-said';
import type { NotePerson, UnderstandContext } from './types';

/** The relation words before a name, dropped from the clause once kept as a tie: "his buddy Chris golfs" -> "Chris golfs". */
const RELATION_LEAD = new RegExp(
  String.raw`^(?:met\s+)?(?:(?:(?:his|her|their|my|our|the)\s+\p{L}+'s|his|her|their|my|our|the|\p{L}+'s)\s+(?:(?:little|big|older|younger|twin|best|new|old)\s+)?${RELATION}\s+)`,
  'iu',
);

/** Whose parent or teacher someone named right after is: "la mamá de Santi, se llama Liliana", "Santi's mom, Liliana". */
const PARENT_BEFORE =
  /(?:\b(\p{Lu}[\p{L}\p{M}-]+)['\u2019]s\s+(mom|mum|dad|mother|father|teacher|tutor|nanny)|\b(mam[aá]|pap[aá]|madre|padre|maestr[ao])\s+(?:de|del)\s+(\p{Lu}[\p{L}\p{M}-]+))\s*,?\s*(?:(?:named|called|who is)\s+)?$/u;
const PARENT_PHRASE =
  /^(?:(?:and|y)\s+)?(?:(?:al|el|la|the|a)\s+)?(?:(?:mam[aá]|pap[aá]|madre|padre|maestr[ao])\s+(?:de|del)\s+\p{Lu}[\p{L}\p{M}-]+|\p{Lu}[\p{L}\p{M}-]+['\u2019]s\s+(?:mom|mum|dad|mother|father|teacher))$/u;
const PARENT_WORDS: Readonly<Record<string, string>> = {
  mamá: 'mom',
  mama: 'mom',
  madre: 'mom',
  papá: 'dad',
  papa: 'dad',
  padre: 'dad',
  maestra: 'teacher',
  maestro: 'teacher',
};

/** "Santi's mom", said of the one named right after it; null when no parent phrase comes right before their name. */
function parentOf(body: string, person: Named): string | null {
  const at = body.toLowerCase().search(new RegExp(String.raw`(?<![\p{L}])${escaped(person.keys[0] ?? '')}(?![\p{L}])`, 'u'));
  if (at < 0) return null;
  const match = PARENT_BEFORE.exec(body.slice(Math.max(0, at - 40), at));
  if (!match) return null;
  const child = match[1] ?? match[4] ?? '';
  const role = match[2] ?? PARENT_WORDS[(match[3] ?? '').toLowerCase()] ?? '';
  return child && role ? `${child}'s ${role.toLowerCase()}` : null;
}

/** "neighbours", "nurses", "teachers": the plural of a relation, a person's noun or a job. */
function pluralOfPerson(word: string): boolean {
  if (!/s$/.test(word) || word.length < 4) return false;
  return [word.slice(0, -1), word.replace(/es$/, '')].some((one) => RELATIONS.has(one) || TIE_WORDS.has(one) || PERSON_NOUNS.has(one) || JOBS.has(one));
}

/** A clause about a child or a pet, not about anyone met: "The baby is Saoirse", "the dog was called Rex". */
const ABOUT_A_CHILD_OR_PET = new RegExp(
  String.raw`^(?:(?:and|but|then|oh)\s+)?the\s+(?:${[...CHILD_RELATIONS, ...NOT_PERSON_NOUNS].join('|')})\s+(?:is|was|'s)\b`,
  'i',
);

/** Whether a relative clause says its thing of everyone listed before it: "who run the canteen", "who both teach". */
function saysOfAll(relative: string): boolean {
  const [, first = '', second = ''] = /^(?:who|whos|who's|that)\s+(\p{L}+)(?:\s+(\p{L}+))?/iu.exec(relative) ?? [];
  const verb = /^(?:just|also|now|all|both|each|together|still)$/i.test(first) ? second : first;
  if (/^(?:both|all|together|each)$/i.test(first)) return true;
  return /^(?:are|were|have|do|run|work|teach|play|live|own|love|like|coach|volunteer|sing|go|met|share|host|organi[sz]e|manage|help|make|cook|dance|train|study)$/i.test(
    verb,
  );
}

/** Gives each person the clauses about them, and everyone the shared ones; `apart`: the people are named apart, not listed. */
export function splitNote(text: string, people: Named[], ctx: UnderstandContext, apart = false): NotePerson[] {
  const own = new Map<string, string[]>(
    people.map((person) => [person.name, person.aside ? person.aside.split(/,\s*/).map((part) => `${person.name} ${part}`) : []]),
  );
  const shared: string[] = [];
  // an aside is theirs alone, not the list's: "(point guard)", "from Kharkiv", ", who's a nurse,"
  const body = people
    .flatMap((person) => person.aside.split(/,\s*/).filter((part) => /^(?:from|who's|whos|who is|a|an)\s/i.test(part)))
    .reduce((rest, place) => rest.replace(new RegExp(String.raw`(?:,\s*|\s+)${escaped(place)}(?=\s*(?:,|&|\band\b|\by\b))`, 'iu'), ''), text)
    .replace(/\s*\([^()]{0,80}\)/g, '');
  const clauses = body
    // a voice run-on has no commas: "... super tall and then his wife Hannah who teaches ..."
    .split(
      /[;!?\n]+|\.+(?=\s|$)|,\s*|\s+-\s+|\s*[\u2013\u2014]\s*|\s+(?:and then|and after that|after that|then|anyway)\s+|\s*\p{Extended_Pictographic}(?:\p{Extended_Pictographic}|\u200d|\ufe0f|\s)*/iu,
    )
    .flatMap(runOnOf(people))
    .map((clause) => clause.trim())
    .filter((clause) => clause !== '');
  const split = splitOnAnd(people);
  const genders = gendersOf(body, people);
  for (const person of people) {
    const parent = parentOf(body, person);
    if (parent) own.get(person.name)?.push(parent);
  }
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
    // "his sister minji who is a vet tech and he is a pilot": the "he" clause after her relative is the other one's
    const tail = new RegExp(String.raw`${escaped(relative)}\s+((?:and|but)\s+(?:he|she)\b(?:(?!\s(?:and|but)\s+(?:they|we|both)\b)[^,.;!?()\n])*)`, 'iu').exec(
      clause,
    )?.[1];
    const owner = tail ? pronounOwner(tail, people, genders, latest.name) : null;
    if (tail && owner) own.get(owner.name)?.push(tail.replace(/^(?:and|but)\s+/iu, ''));
    const rest = clause.replace(relative, ' ');
    return (tail && owner ? rest.replace(tail, ' ') : rest).trim();
  };
  // the list may run over clauses ("Toño and his wife, Lupe"): it is seen once two of its people are
  const seen = new Set<Named>();
  for (const whole of clauses) {
    // "The baby is Saoirse and she slept through it": about the child (or the pet), no one's detail; "and al papá de
    // Valentina, Rubén": the parent phrase is the next one's (parentOf)
    if ((ABOUT_A_CHILD_OR_PET.test(whole) || PARENT_PHRASE.test(whole)) && namedIn(whole, people).length === 0) {
      last = null;
      continue;
    }
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
      // "both nurses", "new neighbours": a plural of a person's noun says it of them all
      const sharedWords = clause
        .toLowerCase()
        .split(/\s+/)
        .some((word) => SHARED_WORDS.has(word) || pluralOfPerson(word));
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
    return notePersonOf(person.name, merged, person.tie ? [person.tie] : [], ctx);
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
    // "this guy seojun", "a lady named yetunde": a gendered person's noun right before the name
    const noun = new RegExp(
      String.raw`\b(?:this|that|a|one|the)\s+(?:(?:young|old|older|nice|lovely)\s+)?(\p{L}+)\s+(?:(?:named|called)\s+)?${key}(?![\p{L}])`,
      'iu',
    ).exec(text);
    const nounGender = noun?.[1] ? of(noun[1]) : null;
    if (nounGender && !genders.has(person)) genders.set(person, nounGender);
    // "his wife Lupe": the one before her whose wife she is
    const owner = owned?.[1] && said ? people.find((other) => other !== person && other.name === person.tie?.to) : undefined;
    if (owner && !genders.has(owner)) genders.set(owner, owned?.[1]?.toLowerCase() === 'his' ? 'he' : 'she');
  }
  if (genders.size > 0) return genders;
  // "Met Russ and Dianne, he's a retired plumber": a first name of one sex only, when every one named has such a name
  const named = people.map((person) => [person, nameGender(person.keys[0] ?? '')] as const);
  if (named.every(([, gender]) => gender !== null) && new Set(named.map(([, gender]) => gender)).size > 1) {
    for (const [person, gender] of named) if (gender) genders.set(person, gender);
    return genders;
  }
  return respectively(text, people);
}

/**
 * "Met Russ and Dianne, he's a retired plumber, she makes quilts": two people the note says nothing of the genders of,
 * then a "he" clause and a "she" clause, are read respectively: the first pronoun is the first one named.
 */
function respectively(text: string, people: readonly Named[]): Map<Named, 'she' | 'he'> {
  const genders = new Map<Named, 'she' | 'he'>();
  const [first, second] = people;
  if (people.length !== 2 || !first || !second) return genders;
  const pronouns = [...text.matchAll(/(?:^|[,;.!?]\s*|\s(?:and|but|while)\s+)(she|he)(?:'s|s)?\b/giu)].map((match) => match[1]?.toLowerCase());
  const opening = pronouns[0];
  if ((opening !== 'he' && opening !== 'she') || !pronouns.includes(opening === 'he' ? 'she' : 'he')) return genders;
  genders.set(first, opening);
  genders.set(second, opening === 'he' ? 'she' : 'he');
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

/**
 * A run-on with no stop before a clause about one of them: "Met Jordan and Riley at the open house Jordan is the
 * realtor" -> "Met Jordan and Riley at the open house", "Jordan is the realtor".
 */
function runOnOf(people: readonly Named[]): (clause: string) => string[] {
  const names = people.map((person) => person.keys[0]).filter((key): key is string => !!key);
  if (names.length === 0) return (clause) => [clause];
  const pattern = new RegExp(
    String.raw`(?<=\p{L})(?<!\b(?:and|met|meet|with|saw|y|but|or|then|also|plus|both|like|think|said|says|because|cause|cuz|that|so|${RELATION}))\s+(?=(?:${names.map(escaped).join('|')})\s+(?:is|was|has|does|works|runs|teaches|lives|owns|plays|loves|just)\b)`,
    'iu',
  );
  return (clause) => clause.split(pattern);
}

/** "Zara is into birding and Finn does woodworking" -> two clauses, one per person. */
function splitOnAnd(people: readonly Named[]): (clause: string) => string[] {
  const names = people.map((person) => person.keys[0]).filter((key): key is string => !!key);
  const pattern = new RegExp(
    `\\s+(?:and|but|while|&)\\s+(?=(?:he|she|they)\\b|(?:(?:his|her|their|my|this|that|a|the|[\\w\\u00C0-\\u024F]+'s)\\s+(?:[\\w-]+\\s+){0,2})?(?:${names.map((key) => key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})(?:\\s+(?!and\\b|&)|\\s*$))`,
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
