// Interests in a note: short phrases found by cue words, and a hobby list; and what the work reader (note-work.ts)
// shares with it: the note as they read it, their caps, the date words and words that are no detail, the dedupe.

import { EDGE_TRIM, FAN_ADJECTIVES, HOBBIES, INTEREST_ALIASES, MONTHS, PHRASE_STOPS, WEEKDAYS } from './note-lexicon';
import { capPhrase, takePhrase, tokenAt } from './note-text';
import type { Phrase, Token } from './note-text';

export const MAX_INTERESTS = 6;
export const MAX_WORK = 4;

/** The note as the extractors read it. */
export interface NoteView {
  s: string;
  tokens: Token[];
  /** where the person's name sits, so it is not read as a job or an interest */
  nameSpan: { start: number; end: number } | null;
  /** the name's words, lowercase, skipped at the start of a clause ("Ana is a vet") */
  nameWords: ReadonlySet<string>;
}
/** The words of every set, once. */
export const union = (...sets: ReadonlyArray<Iterable<string>>): ReadonlySet<string> => {
  const out = new Set<string>();
  for (const set of sets) for (const w of set) out.add(w);
  return out;
};
/** Words that say when, never what: a list of interests or a job stops at them. */
export const DATE_WORDS = union(WEEKDAYS, MONTHS, [
  'tomorrow',
  'tonight',
  'today',
  'next',
  'this',
  'weekends',
  'weekend',
  'spring',
  'summer',
  'fall',
  'autumn',
  'winter',
  'soon',
]);
const ITEM_STOPS = union(
  PHRASE_STOPS,
  DATE_WORDS,
  `in at on with w/ for from every since because but when while who which that like especially esp
  mostly lately recently these days downtown together sometime`.split(/\s+/),
);
const ITEM_LEAD = new Set(
  `the a an some lots of all kinds sorts anything everything his her their really super very to doing
  good great old new especially esp mostly just also playing my our your`.split(/\s+/),
);
/** Words that are no detail of anyone's on their own: "it", "stuff", "people". */
export const NOT_INTEREST = new Set(
  `it that this her him them me you stuff things everything anything people talking it all idea
  one ones same kind sort lot lots much more time day night way bit`.split(/\s+/),
);
const AFTER_INTO =
  /\b(?:moved|moving|move|ran|run|running|bumped|bumping|get|getting|got|gets|went|go|going|walked|walking|turned|looked|look|looking|broke|came|coming|fell|crashed|tapped|checked|invited|back|dive|diving|dig|digging)\s+$/i;

/**
 * Interests: what they are into, love, play, nerd out about, plus known hobbies named anywhere.
 * "into sourdough + board games, huge Longhorns fan" -> ['sourdough', 'board games', 'Longhorns']
 */
export function extractInterests(view: NoteView): string[] {
  const { s, tokens } = view;
  const found: Phrase[] = [];
  const add = (p: Phrase | null): void => {
    if (p && isInterest(p.text)) found.push({ ...p, text: capPhrase(p.text) });
  };

  for (const m of s.matchAll(
    /\b(?:talked|talking|chatted|chatting|chat|convo|conversation|bonded|nerded out|geeked out|spoke|speaking)\b[^,.;!?()\n]{0,40}?\b(?:about|over|re)\s+/gi,
  )) {
    for (const p of takeList(s, tokens, tokenAt(tokens, m.index + m[0].length))) add(p);
  }
  for (const m of s.matchAll(/\bdiscussed\s+/gi)) {
    for (const p of takeList(s, tokens, tokenAt(tokens, m.index + m[0].length))) add(p);
  }

  const cue =
    /\b(?:into|loves?|loved|loving|likes?|enjoys?|adores?|obsessed with|passionate about|big on|crazy about|fan of|interested in|hobbies(?: are| include)?|hobby is|(?:nerd|geek)(?:s|ed)? out (?:about|over|on)|addicted to|fascinated by|really into)\b\s*:?\s*/gi;
  for (const m of s.matchAll(cue)) {
    const before = s.slice(Math.max(0, m.index - 12), m.index);
    const word = m[0].trim().toLowerCase();
    if (word === 'into' && AFTER_INTO.test(before)) continue;
    if (/^(?:love|likes?|loved)/.test(word) && /\b(?:i|i'd|id|we'd|would|'d|wouldn't|i'll)\s+$/i.test(before)) continue;
    for (const p of takeList(s, tokens, tokenAt(tokens, m.index + m[0].length))) add(p);
  }

  for (const m of s.matchAll(/\b(?:plays?|playing)\s+(?:the\s+)?/gi)) {
    if (/\b(?:band|group|team|orchestra|choir|dj|they)\s+$/i.test(s.slice(Math.max(0, m.index - 10), m.index))) continue;
    if (/the\s+$/i.test(m[0]) && /^\p{Lu}/u.test(s.slice(m.index + m[0].length))) continue;
    add(takePhrase(s, tokens, tokenAt(tokens, m.index + m[0].length), { maxWords: 2, stops: ITEM_STOPS, skipLead: ITEM_LEAD }));
  }

  // "huge Longhorns fan", "wine nerd"
  const fanWords = /^(?:nerd|geek|buff|fan|fanatic|enthusiast|lover|junkie|addict|aficionado|connoisseur|fiend|snob)s?$/;
  tokens.forEach((t, i) => {
    if (t.kind !== 'word' || !fanWords.test(t.lower)) return;
    const picked: Token[] = [];
    for (let j = i - 1; j >= 0 && picked.length < 2; j--) {
      const w = tokens[j];
      if (!w || w.kind !== 'word' || FAN_ADJECTIVES.has(w.lower) || ITEM_STOPS.has(w.lower) || EDGE_TRIM.has(w.lower)) break;
      picked.unshift(w);
    }
    const first = picked[0];
    const last = picked[picked.length - 1];
    if (first && last) add({ text: s.slice(first.start, last.end), start: first.start, end: last.end });
  });

  // "surfing on weekends"
  for (const m of s.matchAll(/\b(?:on|most|every)\s+(?:the\s+)?(?:weekends?|sundays|saturdays|weekday mornings)\b/gi)) {
    const i = tokenAt(tokens, m.index);
    const picked: Token[] = [];
    for (let j = i - 1; j >= 0 && picked.length < 3; j--) {
      const w = tokens[j];
      if (!w || w.kind !== 'word' || ITEM_STOPS.has(w.lower) || ITEM_LEAD.has(w.lower)) break;
      picked.unshift(w);
    }
    const first = picked[0];
    const last = picked[picked.length - 1];
    if (first && last) add({ text: s.slice(first.start, last.end), start: first.start, end: last.end });
  }

  // "swap trail recs"
  for (const m of s.matchAll(
    /\b(?:swap|swapping|trade|trading|share|sharing|exchange|exchanging|send|sending|give|giving|get|getting)\s+((?:[\p{L}-]+\s+){0,2}?[\p{L}-]+)\s+(?:recs|recommendations|suggestions|tips)\b/giu,
  )) {
    const words = (m[1] ?? '').split(/\s+/).filter((w) => !ITEM_LEAD.has(w.toLowerCase()));
    if (words.length > 0) add({ text: words.join(' '), start: m.index, end: m.index + m[0].length });
  }

  // Hobby verbs with a bare object: "fixes vintage synths", "paints murals"
  for (const m of s.matchAll(
    /\b(?:fixes|fixing|collects|collecting|restores|restoring|brews|brewing|bakes|baking|paints|painting|draws|knits|knitting|sews|composes|composing|grows|growing|makes|making|builds|building|writes|writing|shoots|shooting|records|recording)\s+(?!(?:a|an|the|her|his|their|its|own|me|us|them|it|sure|money|time|at|for|in|on|with|to)\b)/gi,
  )) {
    add(takePhrase(s, tokens, tokenAt(tokens, m.index + m[0].length), { maxWords: 3, stops: ITEM_STOPS, skipLead: ITEM_LEAD }));
  }

  // "runs a book club", "starting a parents' hiking group"
  for (const m of s.matchAll(
    /\b(?:runs|run|running|started|start|starting|joined|join|organizes|organises|hosts|leads)\s+(?:a|an|the|her|his|their|our|my)\s+/gi,
  )) {
    const p = takePhrase(s, tokens, tokenAt(tokens, m.index + m[0].length), { maxWords: 4, stops: ITEM_STOPS });
    if (p && /\b(?:club|group|meetup|league|circle|crew|collective|choir|team)s?$/i.test(p.text)) add(p);
  }

  // Known hobbies anywhere, and words that stand for one ("corgi" -> dogs).
  for (const m of s.matchAll(HOBBY_RE)) {
    const start = m.index;
    const end = start + m[0].length;
    if (found.some((f) => start < f.end && end > f.start)) continue;
    found.push({ text: /\p{Lu}/u.test(m[0].slice(1)) ? m[0] : m[0].toLowerCase(), start, end });
  }
  // A pet with its name ("his dog Waffles", "a corgi named biscuit", which the gloss marks "corgi (pet-biscuit)"): the
  // name is what a friend asks about
  const pets: Phrase[] = [];
  for (const m of s.matchAll(PET_NAMED)) {
    const name = m[3] ?? '';
    const pet = m[1] ?? '';
    if (pet !== pet.toLowerCase() || (!m[2] && !/^\p{Lu}/u.test(name))) continue;
    pets.push({ text: `${pet} ${name.charAt(0).toUpperCase()}${name.slice(1).toLowerCase()}`, start: m.index, end: m.index + m[0].length });
  }
  for (const [re, label] of INTEREST_ALIASES) {
    // "corgi" counts, "Lucky Dog" (a bar) does not; a named pet already says it
    const m = [...s.matchAll(new RegExp(re.source, 'gi'))].find(
      (hit) => hit[0] === hit[0].toLowerCase() && !pets.some((f) => hit.index < f.end && hit.index + hit[0].length > f.start),
    );
    if (m) found.push({ text: label, start: m.index, end: m.index + m[0].length });
  }
  found.push(...pets);

  return dedupe(found, MAX_INTERESTS);
}

const PET_NAMED =
  /\b(dog|puppy|pup|cat|kitten|kitty|corgi|pug|beagle|lab|labrador|retriever|poodle|terrier|doodle|husky|dachshund|spaniel|collie|greyhound|whippet|schnauzer|cockapoo|cavoodle|rabbit|bunny|hamster|parrot|horse|pony|tortoise)\s+(?:(?:is|was)\s+(?=named\s|called\s))?(named\s+|called\s+|\(pet-)?(\p{L}{2,})(?![\p{L}\p{N}])/giu;

const escape = (w: string): string => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const HOBBY_RE = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${[...HOBBIES]
    .sort((a, b) => b.length - a.length)
    .map(escape)
    .join('|')})(?![\\p{L}\\p{N}])`,
  'giu',
);
/** "into cycling & photography, and chess" -> ['cycling', 'photography', 'chess'] */
function takeList(s: string, tokens: readonly Token[], from: number): Phrase[] {
  const items: Phrase[] = [];
  let current: Token[] = [];
  const close = (): void => {
    while (current.length > 0 && EDGE_TRIM.has(current[current.length - 1]?.lower ?? '')) current.pop();
    const first = current[0];
    const last = current[current.length - 1];
    if (first && last) items.push({ text: s.slice(first.start, last.end), start: first.start, end: last.end });
    current = [];
  };
  for (let i = from; i < tokens.length && items.length < 5; i++) {
    const t = tokens[i];
    if (!t) break;
    const isSep = t.kind === 'joiner' || (t.kind === 'word' && (t.lower === 'and' || t.lower === 'or' || t.lower === 'n'));
    if (isSep) {
      close();
      continue;
    }
    if (t.kind === 'boundary') {
      if (t.text !== ',' || !listContinues(tokens, i + 1)) break;
      close();
      continue;
    }
    if (t.kind === 'other') {
      if (t.text === "'") continue;
      break;
    }
    if (current.length === 0 && ITEM_LEAD.has(t.lower)) continue;
    if (ITEM_STOPS.has(t.lower)) {
      close();
      break;
    }
    if (current.length < 4) current.push(t);
  }
  close();
  return items;
}

/** After a comma, the list goes on only if it ends with "and x" / "or x" before the clause does. */
function listContinues(tokens: readonly Token[], from: number): boolean {
  let words = 0;
  for (let i = from; i < tokens.length && i < from + 16; i++) {
    const t = tokens[i];
    if (!t) return false;
    if (t.kind === 'boundary' && t.text !== ',') return false;
    if (t.kind === 'boundary') {
      words = 0;
      continue;
    }
    if (t.kind !== 'word') continue;
    if ((t.lower === 'and' || t.lower === 'or') && words === 0) return true;
    if (PHRASE_STOPS.has(t.lower) || ++words > 3) return false;
  }
  return false;
}

function isInterest(text: string): boolean {
  const t = text.trim().toLowerCase();
  return t.length >= 2 && /\p{L}/u.test(t) && !NOT_INTEREST.has(t) && !/^\d/.test(t);
}
export /** Orders by position, drops repeats (one inside another counts), caps the count. */
function dedupe(found: Phrase[], max: number): string[] {
  const out: string[] = [];
  for (const p of [...found].sort((a, b) => a.start - b.start)) {
    const key = p.text.toLowerCase();
    if (out.some((o) => o.toLowerCase().includes(key) || key.includes(o.toLowerCase()))) continue;
    out.push(p.text);
    if (out.length >= max) break;
  }
  return out;
}
