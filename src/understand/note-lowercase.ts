// Lowercase names outside the first-name lexicon, told by two signals together: the word sits in a name slot ("talking
// to jiwoo", "her bf tomasz", a list "adebayo, folake, wojtek") and comes back as the subject of a later clause
// ("jiwoo does ux", "tomasz is a line cook"). Such a word is written with its capital, so every reader sees a name.

import { ACTIVITIES, NOT_NAME, PRONOUNS, TIE_WORDS } from './lexicon';
import {
  BRANDS,
  CHILD_RELATIONS,
  COMMON,
  DEMONYMS,
  HOBBY_WORDS,
  JOBS,
  MET_RELATIONS,
  MONTHS,
  NOT_PERSON_NOUNS,
  PERSON_NOUNS,
  RELATIONS,
  WEEKDAYS,
} from './note-lexicon';
import { isLexiconName, isPlausibleNameWord } from './people';

/** Words before a name slot: a meeting, a joiner, a person's noun or a relation ("met", "plus", "this guy", "her bf"). */
const SLOT_CUES = new Set([
  'met',
  'meet',
  'meeting',
  'to',
  'with',
  'w',
  'w/',
  'plus',
  'and',
  '&',
  '+',
  'named',
  'called',
  'y',
  ...PERSON_NOUNS,
  ...MET_RELATIONS,
  ...RELATIONS,
  ...TIE_WORDS,
]);
/** Words after a clause's subject that make it one: a verb ("is", "does", "just moved") or a third-person -s verb ("sets"). */
const SUBJECT_VERBS = new Set(
  `is was has had does did just also works lives runs owns plays teaches studies moved went got es está esta tiene trabaja vende estudia hace vive`.split(' '),
);
/** Words that open a clause before its subject: "and tomasz is", "lol dre does". */
const CLAUSE_OPENERS = new Set(`and plus but also then lol haha oh btw y e`.split(' '));

interface Word {
  text: string;
  lower: string;
  /** the punctuation between the word before and this one */
  gap: string;
}

/** The words of a text, each with the punctuation right before it. */
function wordsOf(text: string): Word[] {
  const words: Word[] = [];
  let last = 0;
  for (const match of text.matchAll(/[\p{L}\p{M}][\p{L}\p{M}'-]*|w\/|[&+]/gu)) {
    words.push({ text: match[0], lower: match[0].toLowerCase(), gap: text.slice(last, match.index) });
    last = match.index + match[0].length;
  }
  return words;
}

/** Whether a lowercase word is none of the words the readers know: no everyday word, job, hobby, place, relation or known name. */
function isUnknownWord(word: string): boolean {
  if (!/^\p{Ll}[\p{Ll}\p{M}]+$/u.test(word) || word.length < 3 || isLexiconName(word) || !isPlausibleNameWord(word)) return false;
  const known = [NOT_NAME, COMMON, PRONOUNS, JOBS, HOBBY_WORDS, ACTIVITIES, BRANDS, DEMONYMS, TIE_WORDS, RELATIONS, CHILD_RELATIONS];
  return ![...known, NOT_PERSON_NOUNS, PERSON_NOUNS, MET_RELATIONS, MONTHS, WEEKDAYS].some((set) => set.has(word));
}

/** Whether the word at `at` sits where a name goes: after a cue, or in a comma list beside another unknown word. */
function inNameSlot(words: readonly Word[], at: number): boolean {
  const before = words[at - 1];
  const word = words[at];
  if (!word) return false;
  if (before && SLOT_CUES.has(before.lower) && !/[.!?;]/.test(word.gap)) return true;
  // "lab partner is khalid", "her name is yetunde": a relation or a name said to be the word
  const said = words[at - 2]?.lower ?? '';
  if (before?.lower === 'is' && (said === 'name' || RELATIONS.has(said) || MET_RELATIONS.has(said) || PERSON_NOUNS.has(said))) return true;
  const listed = (other: Word | undefined) => !!other && isUnknownWord(other.text);
  return (word.gap.includes(',') && listed(before)) || (!!words[at + 1]?.gap.includes(',') && listed(words[at + 1]));
}

/** Whether the word at `at` opens a clause as its subject: "…, adebayo sets routes", "and tomasz is a line cook". */
function isClauseSubject(words: readonly Word[], at: number): boolean {
  const word = words[at];
  const next = words[at + 1];
  if (!word || !next || /[,.;:!?()]/.test(next.gap)) return false;
  const opens = at === 0 || /[,.;:!?\u2013\u2014]/.test(word.gap) || CLAUSE_OPENERS.has(words[at - 1]?.lower ?? '');
  return opens && (SUBJECT_VERBS.has(next.lower) || /^\p{Ll}{2,}[^s]s$/u.test(next.text));
}

const JOINERS = new Set(['and', 'plus', '&', '+', 'w/', 'w', 'with', 'y']);
const OWNERS = new Set(['his', 'her', 'their', 'my', 'su']);

/** The word joined right after the one at `at` ("x + y", "x and his sister y"), lowercase; else "". */
function listedAfter(words: readonly Word[], at: number): string {
  const next = words[at + 1];
  if (!next) return '';
  if (!JOINERS.has(next.lower) || /[,.;:!?]/.test(next.gap)) return '';
  const owned = OWNERS.has(words[at + 2]?.lower ?? '') && RELATIONS.has(words[at + 3]?.lower ?? '');
  return words[at + (owned ? 4 : 2)]?.lower ?? '';
}

/** The word joined right before the one at `at`: "x + y" gives x for y; else "". */
function listedBefore(words: readonly Word[], at: number): string {
  const word = words[at];
  if (!word || at < 1 || /[,.;:!?]/.test(word.gap)) return '';
  return JOINERS.has(words[at - 1]?.lower ?? '') ? (words[at - 2]?.lower ?? '') : '';
}

/**
 * The text with each lowercase name told by a slot and a later clause written capitalised.
 * capitalizeTold("met jiwoo plus her bf tomasz, jiwoo does ux and tomasz is a line cook")
 *   -> "met Jiwoo plus her bf Tomasz, Jiwoo does ux and Tomasz is a line cook"
 */
export function capitalizeTold(text: string): string {
  const words = wordsOf(text);
  const told = new Set<string>();
  words.forEach((word, at) => {
    if (told.has(word.lower) || !isUnknownWord(word.text) || !inNameSlot(words, at)) return;
    // "his sister minji who is a vet tech": "who" says the word right before it is someone's
    const who = words[at + 1]?.lower === 'who' && !/[.;:!?()]/.test(words[at + 1]?.gap ?? '');
    if (who || words.some((later, index) => index > at && later.text === word.text && isClauseSubject(words, index))) told.add(word.lower);
  });
  // "met jaylen + marco", "this guy seojun and his sister Minji": a name in a slot listed with a told name is one too
  for (let grew = true; grew; ) {
    grew = false;
    words.forEach((word, at) => {
      if (told.has(word.lower) || !(isUnknownWord(word.text) || isLexiconName(word.text)) || !inNameSlot(words, at)) return;
      if ([listedAfter(words, at), listedBefore(words, at)].some((other) => told.has(other))) {
        told.add(word.lower);
        grew = true;
      }
    });
  }
  if (told.size === 0) return text;
  return text.replace(/[\p{L}\p{M}][\p{L}\p{M}'-]*/gu, (word) => {
    const base = word.replace(/'s$/u, '');
    return told.has(base) ? `${base[0]?.toUpperCase()}${word.slice(1)}` : word;
  });
}
