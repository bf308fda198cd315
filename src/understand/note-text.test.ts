// note-text: the note parser's plumbing: cleaning a note, tokens, short phrases and name casing.
import { describe, expect, it } from 'vitest';
import {
  capPhrase,
  cleanNote,
  dropAbbreviationDots,
  isPossessive,
  MAX_PARSE_CHARS,
  stripPossessive,
  takePhrase,
  titleCaseWord,
  tokenAt,
  tokenize,
} from './note-text';

describe('cleanNote: safe and regular to read', () => {
  it.each([
    ['Kim’s <b>bbq</b> &amp; “grill”', 'Kim\'s  bbq  & "grill"'],
    ['<script>alert(1)</script>hi', ' hi'],
    ['a\u00a0b', 'a b'],
  ] as const)('%j -> %j', (text, clean) => {
    expect(cleanNote(text)).toBe(clean);
  });

  it('reads no further than MAX_PARSE_CHARS', () => {
    expect(cleanNote('x'.repeat(MAX_PARSE_CHARS + 500))).toHaveLength(MAX_PARSE_CHARS);
  });

  it('a lone surrogate becomes a space', () => {
    expect(cleanNote('a\ud800b')).toBe('a b');
  });
});

describe('dropAbbreviationDots', () => {
  it('Dr. and St. do not end a sentence', () => {
    expect(dropAbbreviationDots('Dr. Kim, e.g. St. Louis')).toBe('Dr  Kim, ,  St  Louis');
  });
});

describe('tokenize', () => {
  it('words, joiners and boundaries', () => {
    expect(tokenize('Met Jo & Al, w/ Sam - fun!').map((token) => [token.text, token.kind])).toEqual([
      ['Met', 'word'],
      ['Jo', 'word'],
      ['&', 'joiner'],
      ['Al', 'word'],
      [',', 'boundary'],
      ['w/', 'word'],
      ['Sam', 'word'],
      ['-', 'boundary'],
      ['fun', 'word'],
      ['!', 'boundary'],
    ]);
  });

  it('tokenAt finds the first token at or after an offset', () => {
    const tokens = tokenize('loves climbing and jazz');
    expect(tokens[tokenAt(tokens, 6)]?.text).toBe('climbing');
    expect(tokens[tokenAt(tokens, 7)]?.text).toBe('and');
    expect(tokenAt(tokens, 999)).toBe(tokens.length);
  });
});

describe('takePhrase: a short phrase up to a boundary or a stop word', () => {
  const phraseAt = (s: string, word: number, options = {}) => takePhrase(s, tokenize(s), word, options)?.text ?? null;
  it.each([
    ['the climbing gym, she is into jazz', 0, 'climbing gym'],
    ['loves climbing and jazz, works at Google', 1, 'climbing'],
    ['loves climbing, jazz', 2, null],
  ] as const)('%j from token %i: %j', (s, from, phrase) => {
    expect(phraseAt(s, from)).toBe(phrase);
  });

  it('acrossAnd keeps "rock and roll" whole', () => {
    expect(phraseAt('into rock and roll', 1, { acrossAnd: true })).toBe('rock and roll');
  });
});

describe('capPhrase, titleCaseWord and possessives', () => {
  it.each([
    ['a very long phrase that goes on and on and on and on past forty', 'a very long phrase that goes on and on'],
    ['short', 'short'],
  ] as const)('capPhrase(%j) = %j', (text, capped) => {
    expect(capPhrase(text)).toBe(capped);
    expect(capPhrase(text).length).toBeLessThanOrEqual(40);
  });

  it.each([
    ['hello', 'Hello'],
    ["o'neil", "O'Neil"],
    ['mary-kate', 'Mary-Kate'],
    ['ÉLODIE', 'Élodie'],
    ['McKay', 'McKay'],
  ] as const)('titleCaseWord(%j) = %j', (word, titled) => {
    expect(titleCaseWord(word)).toBe(titled);
  });

  it.each([
    ["Sam's", true, 'Sam'],
    ["James'", true, 'James'],
    ['Sams', false, 'Sams'],
  ] as const)('%j possessive %s, stripped %j', (word, possessive, stripped) => {
    expect(isPossessive(word)).toBe(possessive);
    expect(stripPossessive(word)).toBe(stripped);
  });
});
