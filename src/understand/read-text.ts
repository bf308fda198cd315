// One text made regular for every reader: cleaned, tokenised, and a lowercase key with texting shorthand spelled out.

import { SLANG } from './lexicon';

export interface TextView {
  /** the text as received */
  raw: string;
  /** NFKC, straight quotes, one space between words, trimmed */
  clean: string;
  /** `clean` lowercased, apostrophes dropped, shorthand spelled out ("tmrw" -> "tomorrow"), words only */
  key: string;
  /** `key` split into words */
  keys: string[];
  /** words of `clean` with edge punctuation trimmed, case kept */
  words: string[];
  question: boolean;
}

/** Straight quotes, one space between words, NFKC: the form every reader starts from. "  it’s  ok " -> "it's ok" */
export function normalizeText(raw: string): string {
  return raw
    .normalize('NFKC')
    .replace(/[\u2018\u2019\u201a\u201b\u02bc\u0060\u00b4]/g, "'")
    .replace(/[\u201c\u201d\u201e]/g, '"')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Letters a text needs before its case says anything: "OK", "NO", "DONE" are too short to be shouting. */
const SHOUT_MIN_LETTERS = 6;
/** The share of capitals past which case carries no signal: a name is no longer told from the words around it. */
const SHOUT_SHARE = 0.8;

/**
 * A text in capitals read as the same text in lowercase, as a lowercase text already is (names then come from the
 * first-name lexicon); any other text as written. Emails, links and handles do not count toward the share.
 * unshout("MET ALAN AT THE PUB") -> "met alan at the pub"; unshout("Met Sarah from IBM") -> unchanged
 */
export function unshout(text: string): string {
  const letters = text.replace(/\S*[@/]\S*/g, ' ').replace(/[^\p{L}]/gu, '');
  const upper = letters.replace(/[^\p{Lu}]/gu, '').length;
  return letters.length >= SHOUT_MIN_LETTERS && upper / letters.length > SHOUT_SHARE ? text.toLowerCase() : text;
}

/**
 * readText("Thx!! cant make it tmrw w/ Ana") -> key "thanks can not make it tomorrow with ana"
 */
export function readText(raw: string): TextView {
  const clean = normalizeText(raw);
  const words = clean
    .split(' ')
    .map((word) => word.replace(/^[^\p{L}\p{N}#@]+/u, '').replace(/[^\p{L}\p{N}]+$/u, ''))
    .filter((word) => word !== '');
  const keys = keyWords(clean);
  return { raw, clean, key: keys.join(' '), keys, words, question: /\?[\s!?.\p{Extended_Pictographic}]*$/u.test(clean) };
}

/** Lowercase words with shorthand spelled out: "w/ priya 2moro" -> ["with", "priya", "tomorrow"]. */
export function keyWords(text: string): string[] {
  const out: string[] = [];
  const lower = text
    .toLowerCase()
    .replace(/\bw\/(?=\s|\p{L})/gu, 'with ')
    .replace(/(\p{L})'(s|re|ll|ve|d|m|t)\b/gu, '$1$2')
    .replace(/'/g, '');
  for (const token of lower.split(/[^\p{L}\p{N}#@.-]+/u)) {
    const word = token.replace(/^[.-]+|[.-]+$/g, '');
    if (word === '') continue;
    const spelled = SLANG[word];
    if (spelled) out.push(...spelled.split(' '));
    else out.push(word);
  }
  return out;
}

/** Spells out shorthand the note reader would trip on, keeping case and punctuation: "w kenji" -> "w/ kenji". */
export function expandForNotes(text: string): string {
  return text
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .replace(/(^|\s)w(?=\s+\p{L})/gu, '$1w/')
    .replace(/(\s)n(?=\s+\p{L})/gu, '$1and')
    .replace(/\b(?:tmrw|tmr|2moro|2morrow|tomoz)\b/gi, 'tomorrow')
    .replace(/\btonite\b/gi, 'tonight')
    .replace(/\bnite\b/gi, 'night')
    .replace(/\bppl\b/gi, 'people')
    .replace(/\bsum1\b/gi, 'someone')
    .replace(/\bbday\b/gi, 'birthday')
    .replace(/\bshes\b/gi, "she's")
    .replace(/\bhes\b/gi, "he's");
}

/** Punctuation said aloud to a dictating phone, and what it writes; "a comma", "the full stop" are the words themselves. */
const SPOKEN_MARKS: readonly [RegExp, string][] = [
  [/\s*(?<!\b(?:a|an|the|no|one|any)\s)\b(?:comma)\b[ \t]*/giu, ', '],
  [/\s*(?<!\b(?:a|an|the|no|one|any|to)\s)\bfull stop\b[ \t]*/giu, '. '],
  [/\s*(?<!\b(?:a|an|the|no|one|any)\s)\bquestion mark\b[ \t]*/giu, '? '],
  [/\s*(?<!\b(?:a|an|the|no|one|any)\s)\bexclamation (?:mark|point)\b[ \t]*/giu, '! '],
  [/[ \t]*(?<!\b(?:a|an|the|no|one|any)\s)\bnew (?:line|paragraph)\b[ \t]*/giu, '\n'],
];

/** A dictated text with its spoken punctuation written: "met Jo comma a nurse full stop" -> "met Jo, a nurse." */
export function spokenPunctuation(text: string): string {
  if (!/\b(?:comma|full stop|question mark|exclamation (?:mark|point)|new (?:line|paragraph))\b/i.test(text)) return text;
  let out = text;
  for (const [mark, written] of SPOKEN_MARKS) out = out.replace(mark, written);
  return out.replace(/([,.?!]) (?=[,.?!\n]|$)/g, '$1').trimEnd();
}
