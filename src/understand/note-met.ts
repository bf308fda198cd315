// Where you met: the place or occasion a note names (after "met", next to the name, a venue, a relation), or null.

import { COMMON, JOBS, MET_RELATIONS, MONTHS, NOT_NAME, PHRASE_STOPS, RELATIONS, WEEKDAYS } from './note-lexicon';
import { capPhrase, isPossessive, takePhrase, titleCaseWord, tokenAt } from './note-text';
import type { Token } from './note-text';
import type { NameHit } from './note-name';

const MET_STOPS = new Set([
  ...PHRASE_STOPS,
  ...WEEKDAYS,
  ...MONTHS,
  'w/',
  'with',
  'and',
  'but',
  'so',
  'who',
  'where',
  'dressed',
  'wearing',
  'reading',
  'sitting',
  'standing',
  'holding',
  'talking',
  'drinking',
  'eating',
  'waiting',
  'looking',
  'playing',
  'wants',
  'named',
  'called',
  // a possessive after the place has begun starts another phrase: "from the brass band his number is ..." (a leading
  // one is skipped first: "at her place")
  'his',
  'her',
  'their',
  // "Garrett from my old team connected me with Samira": the verbs of an introduction end the place
  'introduced',
  "intro'd",
  'connected',
  'referred',
  'introduces',
  'connects',
  // a run-on: "at the gym he's a trainer", "at the junta de padres met ..."
  'met',
  'he',
  "he's",
  'hes',
  'she',
  "she's",
  'shes',
  'they',
  "they're",
]);
const MET_PREPS = new Set(['at', '@', 'in', 'on', 'during', 'through', 'via', 'thru', 'over', 'while', 'from', 'near', 'outside', 'inside']);
const THROUGH = new Set(['through', 'via', 'thru']);
const ROLE_WORDS = new Set(['the', 'a', 'guy', 'girl', 'woman', 'man', 'lady', 'dude', 'person', 'gal', 'kid', 'couple', 'mom', 'dad', 'one', 'new']);
const VENUES =
  /\b(?:conference|conf|summit|meetup|meet-up|hackathon|mixer|networking event|party|wedding|reunion|concert|festival|gig|show|gallery|museum|gym|class|workshop|seminar|lecture|panel|bar|pub|cafe|café|coffee shop|restaurant|bookstore|library|park|dog park|church|mosque|temple|synagogue|office|coworking|school|campus|dorm|airport|flight|train|plane|market|trivia night|open mic|book club|run club|club|league|retreat|camp|tournament|game|expo|convention|fair|bbq|barbecue|potluck|brunch|dinner|meeting|tinder|hinge|bumble|raya|okcupid|dating app)\b/i;

const VENUES_ALL = new RegExp(VENUES.source, 'gi');

/** Where or how they met, in a few words: "climbing gym", "through Priya", "neighbor". */
export function findMet(s: string, tokens: readonly Token[], hit: NameHit | null): string | null {
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
  !!text && /\p{L}/u.test(text) && !/^\d/.test(text) && !NOT_NAME.has(text.toLowerCase()) && !/^(?:noon|midnight|night|\d.*(?:am|pm))$/i.test(text);

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
  const re =
    /\b(?:guy|girl|woman|man|lady|dude|person|gal|someone|somebody|couple|mom|dad|folks|kid|friend|buddy)\b(?:\s+[\p{L}'-]+){0,2}?\s+(?:from|at|@)\s+/giu;
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
      // "the groom's uncle": a possessor after an article is no one's name
      if (/\b(?:the|a|an)\s+$/i.test(s.slice(Math.max(0, (m.index ?? 0) - 5), m.index))) continue;
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

const NOT_MET_BEFORE = new Set([
  'works',
  'working',
  'worked',
  'work',
  'job',
  'intern',
  'interning',
  'employed',
  'teaches',
  'studies',
  'student',
  'is',
  "she's",
  "he's",
  "they're",
  'be',
  'meet',
  'gig',
  'show',
  'concert',
  'opening',
  // "now at anthropic", "currently at Stripe", "still at Google": where they are these days, not where you met
  'now',
  'currently',
  'still',
]);

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
