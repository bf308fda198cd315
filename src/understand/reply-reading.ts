// Reading a reply for the command readers: the text cleaned, its words and key, a typo in the first word fixed,
// names and list targets. Pure.

import type { Command, Target } from './types';
import { fixCommandTypo } from './command-typos';
import { NOT_NAME_IN_COMMANDS } from './lexicon';
import { normalizeText } from './read-text';

/** Longest phrase handed to chrono: "when" phrases are short, and chrono is slow on long ones. */
export const MAX_WHEN_CHARS = 80;

/** One text, cleaned up in the ways every rule needs. */
export interface Reading {
  /** the text as received */
  raw: string;
  /** NFKC, straight quotes, one space between words, trimmed; inner punctuation kept */
  clean: string;
  /** words of `clean` with punctuation and emoji trimmed from their edges, case kept; the first one typo-fixed */
  tokens: string[];
  /** `tokens` joined by single spaces */
  flat: string;
  /** `flat` lowercased, without apostrophes: what vocabulary is matched against */
  key: string;
  /** `key` split into words */
  keys: string[];
  /** the text ended with a question mark */
  question: boolean;
}

export function read(raw: string): Reading {
  const clean = normalizeText(raw);
  const tokens = clean
    .split(' ')
    .map((token) => token.replace(/^[^\p{L}\p{N}#]+/u, '').replace(/[^\p{L}\p{N}]+$/u, ''))
    .filter((token) => token !== '' && token !== '#');
  const first = tokens[0];
  if (first !== undefined) tokens[0] = fixCommandTypo(first);
  const flat = tokens.join(' ');
  const key = keyOf(flat);
  return { raw, clean, tokens, flat, key, keys: key === '' ? [] : key.split(' '), question: /\?\s*$/.test(clean) };
}

export function keyOf(words: string): string {
  return words.toLowerCase().replace(/'/g, '').replace(/\s+/g, ' ').trim();
}

/** Words of a phrase with edge punctuation trimmed, case kept. */
export function wordsOf(phrase: string): string[] {
  return phrase
    .split(/\s+/)
    .map((word) => word.replace(/^[^\p{L}\p{N}#]+/u, '').replace(/[^\p{L}\p{N}]+$/u, ''))
    .filter((word) => word !== '');
}

export function note(reading: Reading): Command {
  return { kind: 'note', text: reading.raw };
}

/** A word that may be part of a person's name: letters, apostrophes, hyphens, periods. */
export const NAME_WORD = /^\p{L}[\p{L}\p{M}'.-]*$/u;
export const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

/**
 * True for 1 to `max` words that read as a name. A name of several words must be capitalised
 * ("Priya Raman", not "pottery link"); one word may be lowercase ("sarah").
 */
export function isNameLike(words: readonly string[], max = 3): boolean {
  if (words.length === 0 || words.length > max) return false;
  for (const word of words) {
    if (!NAME_WORD.test(word) || word.length > 30) return false;
    if (NOT_NAME_IN_COMMANDS.has(keyOf(word))) return false;
    if (words.length > 1 && !/^\p{Lu}/u.test(word) && !CJK.test(word)) return false;
  }
  return true;
}

const ORDINALS: Readonly<Record<string, number>> = {
  first: 1,
  second: 2,
  third: 3,
  fourth: 4,
  fifth: 5,
  sixth: 6,
  seventh: 7,
  eighth: 8,
  ninth: 9,
  tenth: 10,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
};

/** "2", "#2", "2nd", "second" -> 2; anything else -> null. */
export function readIndex(word: string): number | null {
  const lower = word.toLowerCase();
  const digits = /^#?(\d{1,2})(?:st|nd|rd|th)?$/.exec(lower);
  const index = digits?.[1] !== undefined ? Number(digits[1]) : (ORDINALS[lower] ?? null);
  return index !== null && index >= 1 ? index : null;
}

/**
 * Which person the leftover words of a command point at: undefined when none is named, null when the
 * words are not a target at all (so the text is not that command).
 */
export function readTarget(words: readonly string[]): Target | null | undefined {
  if (words.length === 0) return undefined;
  if (words.length === 1) {
    const index = readIndex(words[0] ?? '');
    if (index !== null) return { index };
  }
  return isNameLike(words) ? { name: words.join(' ') } : null;
}

export function withTarget<T extends Command>(intent: T, target: Target | undefined): T {
  return target ? { ...intent, target } : intent;
}

/** The words of `phrase` that are not in `fillers`. */
export function withoutFillers(phrase: string, fillers: ReadonlySet<string>): string[] {
  return wordsOf(phrase).filter((word) => !fillers.has(keyOf(word)));
}

export function wordSet(words: string): ReadonlySet<string> {
  return new Set(words.split(' '));
}
