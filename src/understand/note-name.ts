// Who a note is about: the person's name as written (cued, leading, possessive, relation or loose), with its span.

import {
  BRANDS,
  CHILD_RELATIONS,
  COMMON,
  COURTESY,
  DEMONYMS,
  HOBBY_WORDS,
  JOBS,
  MET_RELATIONS,
  MONTHS,
  NAME_FOLLOWERS,
  NAME_PARTICLES,
  NICKNAME_LEADS,
  NOT_NAME,
  NOT_PERSON_NOUNS,
  PERSON_NOUNS,
  PHRASE_STOPS,
  RELATIONS,
  TITLES,
  WEEKDAYS,
} from './note-lexicon';
import { FIRST_NAMES } from './first-names';
import { NOT_THEIRS, STRONG_FOLLOWERS, SURNAME_WORDS } from './note-name-words';
import { isPossessive, stripPossessive, titleCaseWord, tokenAt } from './note-text';
import type { Token } from './note-text';

export interface NameHit {
  name: string;
  start: number;
  end: number;
  /** "Sarah's sister Amy": the person who connects them */
  through?: string;
}

function isCapWord(t: Token | undefined): t is Token {
  return !!t && t.kind === 'word' && t.text.length >= 2 && /^\p{Lu}[\p{L}\p{M}'-]*$/u.test(t.text) && /\p{Ll}/u.test(t.text) && !isPossessive(t.text);
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

/** Where a capitalised name lives from you: "Colin next door", "Jean across the road", "Dev upstairs". */
const WHERE_THEY_LIVE = new Set(['next', 'upstairs', 'downstairs', 'across']);

/** Whether the token after a name fits: end of note, a boundary, or "from"/"at"/a verb for a capitalised name. */
function followsName(t: Token | undefined, lower: boolean): boolean {
  if (!t || t.kind === 'boundary') return true;
  // "met the coach darryl too"
  if (lower) return STRONG_FOLLOWERS.has(t.lower) || t.lower === 'too';
  if (STRONG_FOLLOWERS.has(t.lower) || NAME_FOLLOWERS.has(t.lower) || WHERE_THEY_LIVE.has(t.lower) || t.text === '@') return true;
  // a verb in the past or third person: "Aiden joined...", "Mia teaches..."
  return t.kind === 'word' && /^\p{Ll}{2,}(?:ed|[^s']s)$/u.test(t.text) && !PHRASE_STOPS.has(t.lower) && !MET_RELATIONS.has(t.lower);
}

interface NameRead {
  words: Token[];
  /** token index just past the name */
  next: number;
}

/** "big mike" -> Big Mike: a nickname lead and a common first name right after it are the name the user knows. */
function nicknameAt(tokens: readonly Token[], i: number): NameRead | null {
  const lead = tokens[i];
  const name = tokens[i + 1];
  if (!lead || !name || lead.kind !== 'word' || name.kind !== 'word' || !NICKNAME_LEADS.has(lead.lower)) return null;
  if (!FIRST_NAMES.has(name.lower) || isPossessive(name.text) || NOT_NAME.has(name.lower)) return null;
  // "Little Italy", "big Sam energy": the lead is the user's word only when both are written alike
  if (isCapWord(lead) !== isCapWord(name)) return null;
  return { words: [lead, name], next: i + 2 };
}

function readName(tokens: readonly Token[], at: number, loose: boolean, allowLower: boolean): NameRead | null {
  let i = at;
  while (TITLES.has(tokens[i]?.lower ?? '') && tokens[i + 1]?.kind === 'word' && (isCapWord(tokens[i + 1]) || allowLower)) i++;
  const nickname = i === at ? nicknameAt(tokens, i) : null;
  if (nickname && (allowLower || isCapWord(tokens[i]))) return nickname;
  const first = tokens[i];
  if (isNameWord(first, loose)) {
    const words = [first];
    let j = i + 1;
    // "Mrs Patel", "Mr Okonkwo": a courtesy title and a surname alone are how the user knows them
    const title = i > at ? tokens[i - 1] : undefined;
    const courtesy = title && COURTESY.has(title.lower) && !isNameWord(tokens[j], false) && !NAME_PARTICLES.has(tokens[j]?.text ?? '');
    if (courtesy && title) return { words: [{ ...title, text: titleCaseWord(title.lower) }, first], next: j };
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
export function findName(s: string, tokens: readonly Token[]): NameHit | null {
  return (
    leadingName(tokens) ??
    namedName(tokens) ??
    relationNameHit(tokens) ??
    cueName(s, tokens) ??
    presentedName(tokens) ??
    clauseName(tokens) ??
    looseName(tokens) ??
    titledName(tokens) ??
    possessiveName(tokens)
  );
}

/** "New customer Mrs Patel 14 Wellington Rd", "saw mrs patel": a courtesy title and a surname anywhere name someone. */
function titledName(tokens: readonly Token[]): NameHit | null {
  for (let i = 0; i + 1 < tokens.length; i++) {
    const title = tokens[i];
    if (!title || !COURTESY.has(title.lower)) continue;
    // "saw mrs patel at the surgery" (lowercase, or capitals read as lowercase): the title still says a surname follows
    const surname = tokens[i + 1];
    if (title.text === title.lower && isLowerName(surname)) return toHit({ words: [title, surname], next: i + 2 });
    if (!isCapWord(surname)) continue;
    const read = readName(tokens, i, false, false);
    if (read) return toHit(read);
  }
  return null;
}

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
  // "save jess from work": the request's verb, the name after it (NAME_CUE)
  if (KEEP_VERBS.has(tokens[i]?.lower ?? '')) return null;
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
    // "her son Mateo is the goalie": a child is a detail of their parent, not someone met
    const relation = RELATIONS.has(t.lower) && ['my', 'her', 'his', 'their', 'our', 'a', 'new'].includes(before) && !childOf(tokens, i);
    if ((PERSON_NOUNS.has(t.lower) || relation) && isNameWord(tokens[i + 1], true)) {
      const read = readName(tokens, i + 1, false, false);
      if (read && followsName(tokens[read.next], false)) return toHit(read);
    }
    if (at < 0) continue;
    // the words of this clause before the cue: "her name's Kayla" after "met my new neighbor!!" is hers
    let from = i;
    while (from > 0 && from > i - 8 && tokens[from - 1]?.kind !== 'boundary') from--;
    // "El hijo de Maricarmen ya camina, named Emilio": a cue opening its clause names the noun of the clause before
    if (named && from === i && from > 1) {
      from -= 1;
      while (from > 0 && from > i - 9 && tokens[from - 1]?.kind !== 'boundary') from--;
    }
    const clause = tokens
      .slice(from, i)
      .filter((b) => b.kind === 'word')
      .map((b) => stripPossessive(b.lower));
    const back = clause.slice(-4);
    // "the barista at the corner cafe is called Imogen": what "is called" names is the clause's first noun
    // "his young fella's dog is called Messi": a possessor ("fella's") is not the noun named
    const heads = tokens
      .slice(from, i)
      .filter((b) => b.kind === 'word' && !isPossessive(b.text))
      .map((b) => b.lower);
    const subject = ['is', 'was'].includes(tokens[i - 1]?.lower ?? '')
      ? heads.find((b) => PERSON_NOUNS.has(b) || NOT_PERSON_NOUNS.has(b) || RELATIONS.has(b))
      : undefined;
    const person = subject ? PERSON_NOUNS.has(subject) || (RELATIONS.has(subject) && !CHILD_RELATIONS.has(subject)) : back.some((b) => PERSON_NOUNS.has(b));
    const other = subject ? !person : back.some((b) => NOT_PERSON_NOUNS.has(b) || (RELATIONS.has(b) && !PERSON_NOUNS.has(b) && !MET_RELATIONS.has(b)));
    if (other && (!named || !person)) continue;
    const read = readName(tokens, at, false, true);
    if (read) return toHit(read);
  }
  return null;
}

/** Whether the relation word at `at` names a child no meeting verb points at: "her son Mateo", not "met her son Mateo". */
function childOf(tokens: readonly Token[], at: number): boolean {
  if (!CHILD_RELATIONS.has(tokens[at]?.lower ?? '')) return false;
  return !['met', 'meet', 'meeting'].includes(tokens[at - 2]?.lower ?? '');
}

/** "Sarah's sister Amy" -> Amy, met through Sarah */
function relationNameHit(tokens: readonly Token[]): NameHit | null {
  for (let i = 0; i + 2 < tokens.length; i++) {
    const t = tokens[i];
    if (!t || t.kind !== 'word' || !isPossessive(t.text) || !RELATIONS.has(tokens[i + 1]?.lower ?? '') || childOf(tokens, i + 1)) continue;
    const read = readName(tokens, i + 2, false, false);
    const owner = stripPossessive(t.text);
    // "the groom's uncle": a possessor after an article is no one's name
    const article = ['the', 'a', 'an'].includes(tokens[i - 1]?.lower ?? '');
    if (read && !article && !NOT_NAME.has(owner.toLowerCase()) && !COMMON.has(owner.toLowerCase())) return toHit(read, titleCaseWord(owner));
  }
  return null;
}

/** Verbs that ask to keep someone, opening a text (in NAME_CUE too). */
const KEEP_VERBS = new Set(['save', 'add', 'remember', 'log', 'store']);

/**
 * The cues a name follows. Strict: a meeting ("met", "talked to"), or a request to keep someone opening the text
 * ("please save Ernest", "add jo from work", "can you remember Tom"); loose: "with".
 */
const NAME_CUE =
  /\b(?:(met|(?<=\b(?:i|we)\s)meet|(?<=^(?:(?:please|pls|plz|kindly|can you|could you|would you)\s+)?)(?:save|add|remember|log|store)(?:\s+down)?)(?:\s+up\s+with)?|(meeting|talked\s+(?:to|with)|talking\s+(?:to|with)|spoke\s+(?:to|with)|speaking\s+(?:to|with)|chatted\s+(?:to|with)|chatting\s+(?:to|with)|ran\s+into|bumped\s+into|hung\s+out\s+with|connected\s+with|introduced\s+(?:me\s+)?to|intro(?:'d)?\s+(?:me\s+)?to|(?:sat|seated|standing|stood)\s+next\s+to|(?:chat|convo|conversation|coffee|drinks|lunch|dinner|brunch|beers?|date|call|walk|hike|danced|sat|hung out|hangout|game)\s+(?:with|w\/))|(w\/|with))(?=\s)/gi;

/** "Met Sarah at...", "talked to marcus lee", "great chat w/ Mohammed", "please save Ernest from the band" */
function cueName(s: string, tokens: readonly Token[]): NameHit | null {
  for (const m of s.matchAll(NAME_CUE)) {
    const strict = Boolean(m[1] || m[2]);
    if (!strict && /\b(?:works?|working|worked|partnered|paired|along|together)\s+$/i.test(s.slice(Math.max(0, m.index - 12), m.index))) continue;
    const at = tokenAt(tokens, m.index + m[0].length);
    const read = readName(tokens, at, false, strict) ?? (strict ? describedName(tokens, at) : null);
    if (!read) continue;
    const lower = read.words[0]?.text === read.words[0]?.lower;
    if ((lower || !strict) && !followsName(tokens[read.next], lower)) continue;
    return toHit(read);
  }
  return null;
}

/** Words that present someone: "that's", "this is". */
const PRESENTING = new Set(["that's", 'thats', "this's"]);
/** Words that present the owner of a number the text opens with: "07700 900123 is jo from the choir". */
const AFTER_NUMBER = new Set(['is', "it's", 'its', 'for']);

/** Where someone is known from, right after their name: "aaliyah from my dance class", "kev at the gym". */
const KNOWN_FROM = new Set(['from', 'at', '@']);

/**
 * A name presented: "this is Tom from the band", "thats jess". A lowercase word the first-name lexicon does not know
 * is a name only when where they are known from follows ("416 555 0163 thats aaliyah from my dance class"; "thats
 * sad" names no one).
 */
function presentedName(tokens: readonly Token[]): NameHit | null {
  // "07700 900123 is jo from the choir", "312-555-0147 its marcus": after a number opening the text (cut out, a boundary)
  const opensWithNumber = tokens[0]?.kind === 'boundary' && tokens[0].text === ';';
  for (let i = 0; i + 1 < tokens.length; i++) {
    const word = tokens[i]?.lower ?? '';
    const afterNumber = opensWithNumber && i === 1 && AFTER_NUMBER.has(word);
    const at = PRESENTING.has(word) || afterNumber ? i + 1 : (word === 'this' || word === 'that') && tokens[i + 1]?.lower === 'is' ? i + 2 : -1;
    const first = tokens[at];
    if (at < 0 || !first) continue;
    const read = readName(tokens, at, false, true);
    if (!read) continue;
    const lower = read.words[0]?.text === read.words[0]?.lower;
    const next = tokens[read.next];
    const known = !lower || FIRST_NAMES.has(first.lower) ? followsName(next, lower) : KNOWN_FROM.has(next?.lower ?? '');
    if (known) return toHit(read);
  }
  return null;
}

const DESCRIBING = new Set(['a', 'an', 'the', 'my', 'our', 'this', 'that', 'one', 'new', 'little', 'old', 'nice', 'lovely', 'young', 'other']);

/**
 * A name after the words that describe them: "met the new neighbour, Yesenia", "met the coach darryl too",
 * "met a fella Kev". At most three describing words and one noun for a person, a relation or a job.
 */
function describedName(tokens: readonly Token[], at: number): NameRead | null {
  let i = at;
  while (i < at + 3 && DESCRIBING.has(tokens[i]?.lower ?? '')) i++;
  const noun = tokens[i]?.lower ?? '';
  if (!(PERSON_NOUNS.has(noun) || RELATIONS.has(noun) || MET_RELATIONS.has(noun) || JOBS.has(noun)) || CHILD_RELATIONS.has(noun)) return null;
  i++;
  if (tokens[i]?.text === ',') i++;
  const read = readName(tokens, i, false, true);
  if (!read) return null;
  const lower = read.words[0]?.text === read.words[0]?.lower;
  return !lower || followsName(tokens[read.next], true) ? read : null;
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
