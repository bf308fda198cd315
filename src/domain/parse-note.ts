// The note parser: one free-text note about someone just met -> their name, where you met, interests, work, contacts, events. Pure; never throws.

import { extractContacts } from './parse-note-contacts';
import { extractInterests, extractWork } from './parse-note-details';
import type { NoteView } from './parse-note-details';
import { extractEvents } from './parse-note-events';
import {
  BRANDS,
  COMMON,
  DEMONYMS,
  HOBBIES,
  JOBS,
  MET_RELATIONS,
  MONTHS,
  NAME_FOLLOWERS,
  NAME_PARTICLES,
  NOT_NAME,
  NOT_PERSON_NOUNS,
  PERSON_NOUNS,
  PHRASE_STOPS,
  RELATIONS,
  TITLES,
  WEEKDAYS,
} from './parse-note-lexicon';
import {
  capPhrase,
  cleanNote,
  dropAbbreviationDots,
  isPossessive,
  stripPossessive,
  takePhrase,
  titleCaseWord,
  tokenAt,
  tokenize,
} from './parse-note-text';
import type { Token } from './parse-note-text';
import type { ParsedNote, ParseNoteOptions } from './types';

interface NameHit {
  name: string;
  start: number;
  end: number;
  /** "Sarah's sister Amy": the person who connects them */
  through?: string;
}

/**
 * Reads one note about a person.
 * "Met Sarah at the climbing gym, into bouldering, runs a pottery studio, 917-555-0199"
 *   -> { name: 'Sarah', met: 'climbing gym', interests: ['bouldering', ...], work: ['pottery studio'],
 *        contacts: { phone: '+19175550199' }, events: [], raw }
 */
export function parseNote(text: string, options: ParseNoteOptions): ParsedNote {
  const raw = typeof text === 'string' ? text : String(text ?? '');
  try {
    return readNote(raw, options);
  } catch {
    return { name: null, met: null, interests: [], work: [], contacts: {}, events: [], raw };
  }
}

function readNote(raw: string, options: ParseNoteOptions): ParsedNote {
  const { contacts, rest } = extractContacts(cleanNote(raw), options?.defaultCountry);
  const shouted = rest.replace(/[^\p{L}]/gu, '');
  const upper = shouted.replace(/[^\p{Lu}]/gu, '').length;
  // An all-caps note carries no capital letters to go by: read it as lowercase.
  const s = dropAbbreviationDots(shouted.length >= 6 && upper / shouted.length > 0.8 ? rest.toLowerCase() : rest);
  const tokens = tokenize(s);
  const hit = findName(s, tokens);
  const view: NoteView = {
    s,
    tokens,
    nameSpan: hit ? { start: hit.start, end: hit.end } : null,
    nameWords: new Set(hit ? hit.name.toLowerCase().split(' ') : []),
  };
  const timeZone = typeof options?.timeZone === 'string' && options.timeZone ? options.timeZone : 'UTC';
  return {
    name: hit?.name ?? null,
    met: findMet(s, tokens, hit),
    interests: extractInterests(view),
    work: extractWork(view),
    contacts,
    events: extractEvents(s, Number(options?.now), timeZone, view.nameWords).map((e) => (hit ? { ...e, what: withoutName(e.what, hit.name) } : e)),
    raw,
  };
}

/** "lunch with Sarah Kim" -> "lunch" */
function withoutName(what: string, name: string): string {
  if (!what.includes(name)) return what;
  const rest = what
    .replace(name, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^(?:'s|with|w\/|and|&)\s+/i, '')
    .replace(/\s+(?:with|w\/|and|&|for)$/i, '')
    .trim();
  return /\p{L}{2}/u.test(rest) ? rest : what;
}

// ---------------------------------------------------------------- names

const HOBBY_WORDS = new Set(HOBBIES.flatMap((h) => h.split(' ')));
/** Common words that are also common surnames: "Grace Park", "Jo Young". */
const SURNAME_WORDS = new Set(['park', 'young', 'long', 'march', 'may', 'rich', 'little', 'day', 'friend', 'bar', 'hall', 'church', 'house', 'case', 'cook', 'baker', 'gay', 'love', 'king', 'hill', 'wood', 'stone', 'moon']);

function isCapWord(t: Token | undefined): t is Token {
  return (
    !!t &&
    t.kind === 'word' &&
    t.text.length >= 2 &&
    /^\p{Lu}[\p{L}\p{M}'-]*$/u.test(t.text) &&
    /\p{Ll}/u.test(t.text) &&
    !isPossessive(t.text)
  );
}

/** A capitalised word that may be (part of) a name; `loose` when no cue like "met" or "named" points at it. */
function isNameWord(t: Token | undefined, loose: boolean): t is Token {
  if (!isCapWord(t)) return false;
  const w = t.lower;
  if (NOT_NAME.has(w) || DEMONYMS.has(w) || BRANDS.has(w) || WEEKDAYS.has(w) || TITLES.has(w)) return false;
  if (MONTHS.has(w) && !['may', 'june', 'april', 'august'].includes(w)) return false;
  if (!loose) return true;
  return !COMMON.has(w) && !JOBS.has(w) && !HOBBY_WORDS.has(w) && !(w.length >= 6 && w.endsWith('ing'));
}

/** A lowercase word that may be a name typed in a hurry ("jake from the gym"). */
function isLowerName(t: Token | undefined): t is Token {
  if (!t || t.kind !== 'word' || t.text.length < 2 || !/^\p{Ll}[\p{L}\p{M}'-]*$/u.test(t.text) || isPossessive(t.text)) return false;
  const w = t.lower;
  return !(
    COMMON.has(w) ||
    NOT_NAME.has(w) ||
    DEMONYMS.has(w) ||
    BRANDS.has(w) ||
    PHRASE_STOPS.has(w) ||
    TITLES.has(w) ||
    JOBS.has(w) ||
    RELATIONS.has(w) ||
    PERSON_NOUNS.has(w) ||
    HOBBY_WORDS.has(w) ||
    WEEKDAYS.has(w) ||
    MONTHS.has(w) ||
    (w.length >= 6 && w.endsWith('ing')) ||
    /(?:ed|ly)$/.test(w)
  );
}

const STRONG_FOLLOWERS = new Set(['from', 'at', 'w/', '@', 'via', 'through', 'today', 'tonight', 'yesterday', 'earlier', 'last', 'this', 'on', 'in', 'after', 'before', 'during', 'over', 'about', 'for', 'again']);

/** Whether the token after a name fits: end of note, a boundary, or "from"/"at"/a verb for a capitalised name. */
function followsName(t: Token | undefined, lower: boolean): boolean {
  if (!t || t.kind === 'boundary') return true;
  if (lower) return STRONG_FOLLOWERS.has(t.lower);
  if (STRONG_FOLLOWERS.has(t.lower) || NAME_FOLLOWERS.has(t.lower) || t.text === '@') return true;
  // a verb in the past or third person: "Aiden joined...", "Mia teaches..."
  return t.kind === 'word' && /^\p{Ll}{2,}(?:ed|[^s']s)$/u.test(t.text) && !PHRASE_STOPS.has(t.lower) && !MET_RELATIONS.has(t.lower);
}

interface NameRead {
  words: Token[];
  /** token index just past the name */
  next: number;
}

function readName(tokens: readonly Token[], at: number, loose: boolean, allowLower: boolean): NameRead | null {
  let i = at;
  while (TITLES.has(tokens[i]?.lower ?? '') && tokens[i + 1]?.kind === 'word' && (isCapWord(tokens[i + 1]) || allowLower)) i++;
  const first = tokens[i];
  if (isNameWord(first, loose)) {
    const words = [first];
    let j = i + 1;
    while (words.filter((w) => !NAME_PARTICLES.has(w.text)).length < 3) {
      const t = tokens[j];
      let p = j;
      while (p < j + 2 && NAME_PARTICLES.has(tokens[p]?.text ?? '')) p++;
      const after = tokens[p];
      if (p > j && isNameWord(after, true)) {
        words.push(...tokens.slice(j, p), after);
        j = p + 1;
      } else if (isNameWord(t, false) && !JOBS.has(t.lower) && !HOBBY_WORDS.has(t.lower) && !(loose && COMMON.has(t.lower) && !SURNAME_WORDS.has(t.lower))) {
        words.push(t);
        j += 1;
      } else break;
    }
    return { words, next: j };
  }
  if (allowLower && isLowerName(first)) {
    const second = tokens[i + 1];
    if (isLowerName(second) && followsName(tokens[i + 2], true)) return { words: [first, second], next: i + 2 };
    return { words: [first], next: i + 1 };
  }
  return null;
}

function toHit(read: NameRead, through?: string): NameHit | null {
  const first = read.words[0];
  const last = read.words[read.words.length - 1];
  if (!first || !last) return null;
  const name = read.words.map((w) => (NAME_PARTICLES.has(w.text) ? w.text : titleCaseWord(w.text))).join(' ');
  if (name.length > 40) return null;
  return through ? { name, start: first.start, end: last.end, through } : { name, start: first.start, end: last.end };
}

/** Who the note is about, trying the surest readings first. */
function findName(s: string, tokens: readonly Token[]): NameHit | null {
  return (
    leadingName(tokens) ??
    namedName(tokens) ??
    relationName(tokens) ??
    cueName(s, tokens) ??
    clauseName(tokens) ??
    looseName(tokens) ??
    possessiveName(tokens)
  );
}

const NOT_THEIRS = new Set([...RELATIONS, 'party', 'bbq', 'barbecue', 'house', 'place', 'apartment', 'wedding', 'event', 'dinner', 'housewarming', 'office', 'team', 'company', 'cookout', 'potluck', 'shower', 'funeral', 'class', 'gym', 'studio', 'bar', 'restaurant']);

/** Last resort, a note that opens with someone's thing: "Sarah's birthday is March 3" -> Sarah */
function possessiveName(tokens: readonly Token[]): NameHit | null {
  const i = tokens.findIndex((t) => t.kind === 'word');
  const t = tokens[i];
  if (!t || !/^\p{Lu}[\p{L}\p{M}-]+'s$/u.test(t.text) || NOT_THEIRS.has(tokens[i + 1]?.lower ?? '')) return null;
  const bare: Token = { ...t, text: stripPossessive(t.text), lower: stripPossessive(t.lower), end: t.end - 2 };
  if (!isNameWord(bare, true)) return null;
  return toHit({ words: [bare], next: i + 1 });
}

/** "Sarah - ...", "jake from the gym", "Dr Kim Nguyen, ER doctor" */
function leadingName(tokens: readonly Token[]): NameHit | null {
  const i = tokens.findIndex((t) => t.kind === 'word');
  if (i < 0 || tokens.slice(0, i).some((t) => t.kind === 'other' && t.text !== '"')) return null;
  const read = readName(tokens, i, true, true);
  if (!read) return null;
  const lower = read.words[0]?.text === read.words[0]?.lower;
  return followsName(tokens[read.next], lower) ? toHit(read) : null;
}

/** "a woman named Grace", "her name is Maya" (but not "a dog named Miso") */
function namedName(tokens: readonly Token[]): NameHit | null {
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t || t.kind !== 'word') continue;
    let at = -1;
    let named = false;
    if (t.lower === 'named' || t.lower === 'called') {
      at = i + 1;
      named = true;
    } else if (t.lower === "name's") at = i + 1;
    else if (t.lower === 'name' && (tokens[i + 1]?.lower === 'is' || tokens[i + 1]?.lower === 'was')) at = i + 2;
    else if (t.lower === 'goes' && tokens[i + 1]?.lower === 'by') at = i + 2;
    const before = tokens[i - 1]?.lower ?? '';
    const relation = RELATIONS.has(t.lower) && ['my', 'her', 'his', 'their', 'our', 'a', 'new'].includes(before);
    if ((PERSON_NOUNS.has(t.lower) || relation) && isNameWord(tokens[i + 1], true)) {
      const read = readName(tokens, i + 1, false, false);
      if (read && followsName(tokens[read.next], false)) return toHit(read);
    }
    if (at < 0) continue;
    const back = tokens
      .slice(Math.max(0, i - 4), i)
      .filter((b) => b.kind === 'word')
      .map((b) => stripPossessive(b.lower));
    const person = back.some((b) => PERSON_NOUNS.has(b));
    const other = back.some((b) => NOT_PERSON_NOUNS.has(b) || (RELATIONS.has(b) && !PERSON_NOUNS.has(b)));
    if (other && (!named || !person)) continue;
    const read = readName(tokens, at, false, true);
    if (read) return toHit(read);
  }
  return null;
}

/** "Sarah's sister Amy" -> Amy, met through Sarah */
function relationName(tokens: readonly Token[]): NameHit | null {
  for (let i = 0; i + 2 < tokens.length; i++) {
    const t = tokens[i];
    if (!t || t.kind !== 'word' || !isPossessive(t.text) || !RELATIONS.has(tokens[i + 1]?.lower ?? '')) continue;
    const read = readName(tokens, i + 2, false, false);
    const owner = stripPossessive(t.text);
    if (read && !NOT_NAME.has(owner.toLowerCase()) && !COMMON.has(owner.toLowerCase())) return toHit(read, titleCaseWord(owner));
  }
  return null;
}

const NAME_CUE =
  /\b(?:(met)(?:\s+up\s+with)?|(meeting|talked\s+(?:to|with)|talking\s+(?:to|with)|spoke\s+(?:to|with)|speaking\s+(?:to|with)|chatted\s+(?:to|with)|chatting\s+(?:to|with)|ran\s+into|bumped\s+into|hung\s+out\s+with|connected\s+with|introduced\s+(?:me\s+)?to|intro(?:'d)?\s+(?:me\s+)?to|(?:sat|seated|standing|stood)\s+next\s+to|(?:chat|convo|conversation|coffee|drinks|lunch|dinner|brunch|beers?|date|call|walk|hike|danced|sat|hung out|hangout|game)\s+(?:with|w\/))|(w\/|with))(?=\s)/gi;

/** "Met Sarah at...", "talked to marcus lee", "great chat w/ Mohammed" */
function cueName(s: string, tokens: readonly Token[]): NameHit | null {
  for (const m of s.matchAll(NAME_CUE)) {
    const strict = Boolean(m[1] || m[2]);
    if (!strict && /\b(?:works?|working|worked|partnered|paired|along|together)\s+$/i.test(s.slice(Math.max(0, m.index - 12), m.index))) continue;
    const read = readName(tokens, tokenAt(tokens, m.index + m[0].length), false, strict);
    if (!read) continue;
    const lower = read.words[0]?.text === read.words[0]?.lower;
    if ((lower || !strict) && !followsName(tokens[read.next], lower)) continue;
    return toHit(read);
  }
  return null;
}

/** A name opening a clause: "Coffee line at Blue Bottle: Priya Raman, designer", "the tall guy - Pete?" */
function clauseName(tokens: readonly Token[]): NameHit | null {
  for (let i = 1; i < tokens.length; i++) {
    if (tokens[i - 1]?.kind !== 'boundary') continue;
    const read = readName(tokens, i, true, false);
    if (read && followsName(tokens[read.next], false)) return toHit(read);
  }
  return null;
}

const LOOSE_BEFORE = new Set(['and', 'so', 'but', 'then', 'also', 'plus', 'oh', 'btw', 'ps', 'anyway', 'lol', 'haha', 'finally']);

/** "... and Jenna loves hiking" */
function looseName(tokens: readonly Token[]): NameHit | null {
  for (let i = 1; i < tokens.length; i++) {
    if (!LOOSE_BEFORE.has(tokens[i - 1]?.lower ?? '')) continue;
    const read = readName(tokens, i, true, false);
    if (read && followsName(tokens[read.next], false)) return toHit(read);
  }
  return null;
}

// ---------------------------------------------------------------- where you met

const MET_STOPS = new Set([
  ...PHRASE_STOPS, ...WEEKDAYS, ...MONTHS, 'w/', 'with', 'and', 'but', 'so', 'who', 'where', 'dressed', 'wearing', 'reading',
  'sitting', 'standing', 'holding', 'talking', 'drinking', 'eating', 'waiting', 'looking', 'playing', 'wants', 'named', 'called',
]);
const MET_PREPS = new Set(['at', '@', 'in', 'on', 'during', 'through', 'via', 'thru', 'over', 'while', 'from', 'near', 'outside', 'inside']);
const THROUGH = new Set(['through', 'via', 'thru']);
const ROLE_WORDS = new Set(['the', 'a', 'guy', 'girl', 'woman', 'man', 'lady', 'dude', 'person', 'gal', 'kid', 'couple', 'mom', 'dad', 'one', 'new']);
const VENUES =
  /\b(?:conference|conf|summit|meetup|meet-up|hackathon|mixer|networking event|party|wedding|reunion|concert|festival|gig|show|gallery|museum|gym|class|workshop|seminar|lecture|panel|bar|pub|cafe|café|coffee shop|restaurant|bookstore|library|park|dog park|church|mosque|temple|synagogue|office|coworking|school|campus|dorm|airport|flight|train|plane|market|trivia night|open mic|book club|run club|club|league|retreat|camp|tournament|game|expo|convention|fair|bbq|barbecue|potluck|brunch|dinner|meeting|tinder|hinge|bumble|raya|okcupid|dating app)\b/i;

const VENUES_ALL = new RegExp(VENUES.source, 'gi');

/** Where or how they met, in a few words: "climbing gym", "through Priya", "neighbor". */
function findMet(s: string, tokens: readonly Token[], hit: NameHit | null): string | null {
  const phrase =
    metAfterMet(s, tokens) ??
    metNextToName(s, tokens, hit) ??
    metRoleFrom(s, tokens) ??
    metInParens(s, tokens, hit) ??
    metThrough(s, hit) ??
    metRelation(tokens) ??
    metFirstAt(s, tokens) ??
    metVenue(s, tokens);
  return phrase ? capPhrase(phrase) : null;
}

const usable = (text: string | undefined): text is string =>
  !!text &&
  /\p{L}/u.test(text) &&
  !/^\d/.test(text) &&
  !NOT_NAME.has(text.toLowerCase()) &&
  !/^(?:noon|midnight|night|\d.*(?:am|pm))$/i.test(text);

/** "met at the hackathon", "met on the flight to Austin", "met him through Priya" */
function metAfterMet(s: string, tokens: readonly Token[]): string | null {
  for (const m of s.matchAll(/\bmet\b/gi)) {
    const i = tokenAt(tokens, m.index + m[0].length);
    if (tokens[i]?.lower === 'online') return 'online';
    for (let k = i; k < tokens.length && k < i + 8; k++) {
      const t = tokens[k];
      if (!t || t.kind === 'boundary') break;
      if (!MET_PREPS.has(t.lower)) continue;
      const p = takePhrase(s, tokens, k + 1, { maxWords: 5, stops: MET_STOPS });
      if (usable(p?.text)) return THROUGH.has(t.lower) ? `through ${p.text}` : p.text;
    }
  }
  return null;
}

/** "Hannah from my running club", "Luis at the dog park", "Ben, guy from pottery class" */
function metNextToName(s: string, tokens: readonly Token[], hit: NameHit | null): string | null {
  if (!hit) return null;
  let k = tokenAt(tokens, hit.end);
  // "Rob (tall, beard) from the climbing gym"
  if (tokens[k]?.text === '(') {
    const close = tokens.findIndex((t, i) => i > k && t.text === ')');
    if (close > 0 && close < k + 12) k = close + 1;
  }
  if ([',', '!', '-', ':'].includes(tokens[k]?.text ?? '')) k++;
  const start = k;
  while (ROLE_WORDS.has(tokens[k]?.lower ?? '') && k < start + 4) k++;
  // "Leo the bartender at Dante"
  if (tokens[k - 1]?.lower === 'the' && JOBS.has(tokens[k]?.lower ?? '')) k++;
  const prep = tokens[k]?.lower ?? '';
  if (!['from', 'at', '@', 'after', 'during', 'on'].includes(prep)) return null;
  const p = takePhrase(s, tokens, k + 1, { maxWords: 5, stops: MET_STOPS });
  return usable(p?.text) ? p.text : null;
}

/** "the tall guy from volleyball", "someone cool at the gallery" */
function metRoleFrom(s: string, tokens: readonly Token[]): string | null {
  const re = /\b(?:guy|girl|woman|man|lady|dude|person|gal|someone|somebody|couple|mom|dad|folks|kid|friend|buddy)\b(?:\s+[\p{L}'-]+){0,2}?\s+(?:from|at|@)\s+/giu;
  for (const m of s.matchAll(re)) {
    const p = takePhrase(s, tokens, tokenAt(tokens, m.index + m[0].length), { maxWords: 5, stops: MET_STOPS });
    if (usable(p?.text)) return p.text;
  }
  return null;
}

/** "Anna (neighbor, 4B)" -> "neighbor" */
function metInParens(s: string, tokens: readonly Token[], hit: NameHit | null): string | null {
  if (!hit) return null;
  const k = tokenAt(tokens, hit.end);
  if (tokens[k]?.text !== '(') return null;
  const lead = new Set(['the', 'a', 'an', 'my', 'our', 'from', 'at', 'via', 'through', 'met', '@']);
  const p = takePhrase(s, tokens, k + 1, { maxWords: 4, stops: MET_STOPS, skipLead: lead });
  if (!usable(p?.text)) return null;
  const owner = /^(\p{L}[\p{L}\p{M}-]*)'s\s+(\S+)$/u.exec(p.text);
  if (owner?.[1] && RELATIONS.has((owner[2] ?? '').toLowerCase())) return `through ${titleCaseWord(owner[1])}`;
  return p.text;
}

/** "Priya's husband", "friend of mike's", "intro'd by Sam" -> "through Priya" */
function metThrough(s: string, hit: NameHit | null): string | null {
  if (hit?.through) return `through ${hit.through}`;
  const relations = [...RELATIONS].join('|');
  const patterns = [
    new RegExp(`(?<![\\p{L}\\p{M}])(\\p{L}[\\p{L}\\p{M}-]*)'s\\s+(?:(?:best|old|close|new|younger|older|little|big|ex)\\s+)?(?:${relations})\\b`, 'giu'),
    new RegExp(`\\b(?:${relations})\\s+of\\s+(\\p{L}[\\p{L}\\p{M}-]*?)(?:'s)?(?![\\p{L}\\p{M}'])`, 'giu'),
    /\b(?:introduced|intro'd|intro|connected|referred)\s+(?:us\s+|me\s+|to me\s+)?(?:by|via|through|from)\s+(\p{L}[\p{L}\p{M}-]*)/giu,
    /\b(?:through|via|thru)\s+(\p{Lu}[\p{L}\p{M}-]+)(?![\p{L}\p{M}'])/gu,
  ];
  for (const re of patterns) {
    for (const m of s.matchAll(re)) {
      const who = m[1] ?? '';
      const key = who.toLowerCase();
      if (!who || NOT_NAME.has(key) || COMMON.has(key) || RELATIONS.has(key)) continue;
      if (hit && hit.name.toLowerCase().split(' ').includes(key)) continue;
      return `through ${titleCaseWord(who)}`;
    }
  }
  return null;
}

/** "Anna, neighbor" -> "neighbor" */
function metRelation(tokens: readonly Token[]): string | null {
  if (tokens.some((t, i) => t.lower === 'next' && tokens[i + 1]?.lower === 'door')) return 'next door';
  const singular = (w: string): string => w.replace(/s$/, '');
  return tokens.map((t) => (t.kind === 'word' ? singular(t.lower) : '')).find((w) => MET_RELATIONS.has(w)) ?? null;
}

const NOT_MET_BEFORE = new Set(['works', 'working', 'worked', 'work', 'job', 'intern', 'interning', 'employed', 'teaches', 'studies', 'student', 'is', "she's", "he's", "they're", 'be', 'meet', 'gig', 'show', 'concert', 'opening']);

const DATED =
  /\b(?:tonight|tomorrow|weekend|next|this (?:week|month)|(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?|jan(?:uary)?|feb(?:ruary)?|march|april|may|june|july|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|the \d{1,2}(?:st|nd|rd|th)|\d{1,2}\/\d{1,2})\b/i;

/** Whether the clause around `at` names a date: then it is an upcoming event, not where you met. */
function inDatedClause(s: string, at: number): boolean {
  const start = Math.max(s.lastIndexOf(',', at), s.lastIndexOf('.', at), s.lastIndexOf(';', at), s.lastIndexOf('\n', at), 0);
  const ends = [',', '.', ';', '\n'].map((c) => s.indexOf(c, at)).filter((i) => i >= 0);
  return DATED.test(s.slice(start, ends.length > 0 ? Math.min(...ends) : s.length));
}

/** The first "at the ..." that is not a workplace: "Coffee line at Blue Bottle" -> "Blue Bottle" */
function metFirstAt(s: string, tokens: readonly Token[]): string | null {
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k];
    if (!t || (t.lower !== 'at' && t.lower !== '@')) continue;
    const before = tokens[k - 1];
    if (before && before.kind === 'word' && NOT_MET_BEFORE.has(before.lower)) continue;
    if (inDatedClause(s, t.start)) continue;
    const p = takePhrase(s, tokens, k + 1, { maxWords: 5, stops: MET_STOPS });
    if (!usable(p?.text)) continue;
    const isJob = before && (JOBS.has(before.lower) || JOBS.has(before.lower.replace(/s$/, '')));
    if (isJob && /^\p{Lu}/u.test(p.text) && tokens[k - 2]?.lower !== 'the') continue;
    return p.text;
  }
  return null;
}

/** A venue word anywhere: "conference speaker" -> "conference" */
function metVenue(s: string, tokens: readonly Token[]): string | null {
  const m = [...s.matchAll(VENUES_ALL)].find((v) => {
    const prev = tokens[tokenAt(tokens, v.index) - 1];
    if (inDatedClause(s, v.index)) return false;
    return !prev || !((isPossessive(prev.text) && !/^\p{Lu}/u.test(prev.text)) || ['her', 'his', 'their', 'my', 'our', 'own'].includes(prev.lower));
  });
  if (!m) return null;
  const i = tokenAt(tokens, m.index);
  const before = tokens[i - 1];
  if (before && isPossessive(before.text)) return s.slice(before.start, m.index + m[0].length);
  const clauseStart = !tokens[i - 2] || tokens[i - 2]?.kind === 'boundary';
  const modifier = before && before.kind === 'word' && (/^\p{Ll}+$/u.test(before.text) || (clauseStart && /^\p{Lu}\p{Ll}+$/u.test(before.text)));
  if (before && modifier && !PHRASE_STOPS.has(before.lower) && !COMMON.has(before.lower) && !MET_STOPS.has(before.lower)) {
    return s.slice(before.start, m.index + m[0].length);
  }
  return m[0];
}

// ---------------------------------------------------------------- answers and keys

const ANSWER_FILLER = /^(?:oh|um+|uh+|hmm+|ah|so|well|yeah|yes|yep|ya|ok|okay|lol|sorry|oops|right)\b[\s,.!-]*/i;
const ANSWER_LEAD =
  /^(?:i think|i believe|pretty sure|probably|prob|maybe|it was|it's|its|it is|that was|that's|thats|that is|this is|she's|he's|they're|she is|he is|they are|she was|he was|(?:her|his|their|the)? ?name(?:'s| is| was|:)?|named|called|goes by)(?=[\s,:-]|$)[\s,:-]*/i;
const NOT_AN_ANSWER =
  /^(?:i\s+)?(?:don'?t|dont|do not|didn'?t|did not|no|not|idk|dunno|forgot|forget|unknown|none|nobody|no idea|not sure|can'?t remember|never ?mind|nvm|skip|cancel|stop|help|done|later|snooze|list|undo)\b/i;
const ANSWER_STOPS = new Set([...NOT_NAME, ...PHRASE_STOPS, 'from', 'at', 'and', 'lol', 'haha', 'i', 'think', 'maybe']);

/**
 * The name in an answer to "Who was that?"; null when there is none.
 * "her name is Maya Ortiz" -> "Maya Ortiz", "it was jake" -> "Jake", "no idea" -> null
 */
export function parseNameAnswer(text: string): string | null {
  try {
    if (typeof text !== 'string') return null;
    let s = dropAbbreviationDots(cleanNote(text)).trim();
    for (let n = 0; n < 6; n++) {
      const before = s;
      s = s.replace(/^[\s"'.,!?:;-]+/, '').replace(ANSWER_FILLER, '').replace(ANSWER_LEAD, '');
      if (s === before) break;
    }
    if (!s || NOT_AN_ANSWER.test(s)) return null;
    const tokens = tokenize(s);
    let i = 0;
    while (TITLES.has(tokens[i]?.lower ?? '') && tokens[i + 1]?.kind === 'word') i++;
    const words: string[] = [];
    for (; i < tokens.length && words.length < 4; i++) {
      const t = tokens[i];
      if (!t || t.kind !== 'word' || !/^[\p{L}\p{M}][\p{L}\p{M}'-]*$/u.test(t.text)) break;
      if (words.length > 0 && NAME_PARTICLES.has(t.text) && tokens[i + 1]?.kind === 'word') {
        words.push(t.text);
        continue;
      }
      if (ANSWER_STOPS.has(t.lower) || (words.length === 0 && COMMON.has(t.lower))) break;
      words.push(titleCaseWord(t.text));
    }
    while (words.length > 0 && NAME_PARTICLES.has(words[words.length - 1] ?? '')) words.pop();
    const name = words.join(' ');
    return name && name.length <= 40 ? name : null;
  } catch {
    return null;
  }
}

const FOLD: Record<string, string> = { ø: 'o', æ: 'ae', œ: 'oe', ß: 'ss', ł: 'l', đ: 'd', ð: 'd', þ: 'th', ı: 'i', ħ: 'h' };

/** The key two spellings of one name share: "José Núñez" -> "jose nunez", "O'Brien" -> "obrien". */
export function nameKey(name: string): string {
  try {
    if (typeof name !== 'string') return '';
    return name
      .normalize('NFKD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .replace(/[øæœßłđðþıħ]/g, (c) => FOLD[c] ?? c)
      .replace(/['’`]/g, '')
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim();
  } catch {
    return '';
  }
}
