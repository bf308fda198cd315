// Text plumbing for the note parser: cleaning, tokens, and taking short phrases out of a note.

import { EDGE_TRIM, PHRASE_STOPS } from './note-lexicon';

export type TokenKind = 'word' | 'boundary' | 'joiner' | 'other';

export interface Token {
  text: string;
  lower: string;
  start: number;
  end: number;
  kind: TokenKind;
}

/** A piece of the note with where it sits. */
export interface Phrase {
  text: string;
  start: number;
  end: number;
}

/** The longest note we read; anything past it is kept in `raw` but not parsed. */
export const MAX_PARSE_CHARS = 2000;

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * Makes a note safe and regular to read: well-formed, no markup, straight quotes.
 * "Kim’s <b>bbq</b>" -> "Kim's  bbq "
 */
export function cleanNote(text: string): string {
  let s = text.length > MAX_PARSE_CHARS ? text.slice(0, MAX_PARSE_CHARS) : text;
  s = s.replace(LONE_SURROGATE, ' ');
  try {
    s = s.normalize('NFC');
  } catch {
    // keep the text as it is
  }
  return s
    .replace(/<(script|style)\b[^<>]{0,300}>[\s\S]{0,2000}?<\/\1\s*>/gi, ' ')
    .replace(/<[^<>]{0,300}>/g, ' ')
    .replace(/&(?:amp|nbsp|lt|gt|quot|#39);/g, (m) => (m === '&amp;' ? '&' : ' '))
    .replace(/[‘’ʼ`´]/g, "'")
    .replace(/[“”„]/g, '"')
    .replace(/[\u00A0\u2000-\u200B\u202F\u205F\u3000]/g, ' ');
}

/** Takes the dots off abbreviations so they do not end a sentence. "Dr. Kim" -> "Dr  Kim" */
export function dropAbbreviationDots(s: string): string {
  return s.replace(/\b(Dr|Mr|Mrs|Ms|Mx|Prof|St|Mt|Ft|Jr|Sr|vs|approx|Ave|Blvd)\./g, '$1 ').replace(/\b(?:e\.g|i\.e)\./gi, ', ');
}

const TOKEN_RE = /w\/|[\p{L}\p{M}\p{N}]+(?:['-][\p{L}\p{M}\p{N}]+)*|\s[-–—]+\s|[-–—]{2,}|^[-–—]+\s|[,;!?()[\]{}|\n\r:…]|\.+|[+&/]|\S/gu;

/** Splits a note into words, boundaries (, . ; : ( ) " - "), joiners (+ & /) and the rest. */
export function tokenize(s: string): Token[] {
  const tokens: Token[] = [];
  for (const m of s.matchAll(TOKEN_RE)) {
    const text = m[0];
    const start = m.index;
    let kind: TokenKind = 'other';
    if (/^[\p{L}\p{M}\p{N}]/u.test(text) || text === 'w/') kind = 'word';
    else if (/^[+&/]$/.test(text)) kind = 'joiner';
    else if (/^[,;!?()[\]{}|\n\r:….]|[-–—]/.test(text)) kind = 'boundary';
    tokens.push({ text: text.trim(), lower: text.trim().toLowerCase(), start, end: start + text.length, kind });
  }
  return tokens;
}

/** Index of the first token starting at or after `at`. */
export function tokenAt(tokens: readonly Token[], at: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((tokens[mid]?.start ?? Infinity) < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export interface TakeOptions {
  maxWords?: number;
  /** words that end the phrase (besides boundaries) */
  stops?: ReadonlySet<string>;
  /** extra words that end the phrase */
  alsoStop?: ReadonlySet<string>;
  /** words skipped at the front ("the", "a") */
  skipLead?: ReadonlySet<string>;
  /** keep going over "+", "&", "/" */
  acrossJoiners?: boolean;
  /** keep going over "and" / "or" */
  acrossAnd?: boolean;
}

const DEFAULT_LEAD = new Set(['the', 'a', 'an', 'my', 'our', 'her', 'his', 'their', 'your', 'this', 'that', 'some', 'its', 'own']);

/**
 * Takes the short phrase that starts at token `from`, up to a boundary or a stop word.
 * "the climbing gym, she's into..." -> "climbing gym"
 */
export function takePhrase(s: string, tokens: readonly Token[], from: number, options: TakeOptions = {}): Phrase | null {
  const maxWords = options.maxWords ?? 6;
  const stops = options.stops ?? PHRASE_STOPS;
  const lead = options.skipLead ?? DEFAULT_LEAD;
  let i = from;
  while (i < tokens.length && tokens[i]?.kind === 'word' && lead.has(tokens[i]?.lower ?? '')) i++;
  const picked: Token[] = [];
  for (; i < tokens.length && picked.length < maxWords; i++) {
    const t = tokens[i];
    if (!t) break;
    if (t.kind === 'boundary') break;
    if (t.kind === 'joiner' && !options.acrossJoiners) break;
    if (t.kind === 'other' && t.text !== "'" && t.text !== '#' && t.text !== '@') break;
    if (t.kind === 'word') {
      if (stops.has(t.lower) || options.alsoStop?.has(t.lower)) break;
      if ((t.lower === 'and' || t.lower === 'or') && !options.acrossAnd) break;
    }
    picked.push(t);
  }
  while (picked.length > 0 && EDGE_TRIM.has(picked[picked.length - 1]?.lower ?? '')) picked.pop();
  while (picked.length > 0 && picked[picked.length - 1]?.kind !== 'word') picked.pop();
  const first = picked[0];
  const last = picked[picked.length - 1];
  if (!first || !last || first.kind !== 'word') return null;
  return { text: capPhrase(s.slice(first.start, last.end)), start: first.start, end: last.end };
}

/** Cuts a phrase to about 40 characters at a word edge. "a very long ..." -> "a very long" */
export function capPhrase(text: string, max = 40): string {
  const t = text.replace(/\s+/g, ' ').trim();
  if (t.length <= max) return t;
  const cut = t.slice(0, max + 1);
  const space = cut.lastIndexOf(' ');
  return (space > 10 ? cut.slice(0, space) : t.slice(0, max)).replace(/[\s,.;:'-]+$/, '');
}

/** "jake" -> "Jake", "mary-kate o'neil" -> "Mary-Kate O'Neil"; mixed case ("McKay") is kept. */
export function titleCaseWord(word: string): string {
  const isLower = word === word.toLowerCase();
  const isUpper = word === word.toUpperCase() && word.length > 1;
  if (!isLower && !isUpper) return word;
  return word.toLowerCase().replace(/(^|['-])(\p{Ll})/gu, (_m, sep: string, ch: string) => sep + ch.toUpperCase());
}

/** "Dana's" -> true */
export function isPossessive(word: string): boolean {
  return /'s$/i.test(word) || /s'$/i.test(word);
}

/** Drops a possessive ending: "Dana's" -> "Dana". */
export function stripPossessive(word: string): string {
  return word.replace(/'s$/i, '').replace(/s'$/i, 's');
}
