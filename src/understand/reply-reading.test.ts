// reply-reading: one reply cleaned for the reply rules (the first word typo-fixed), and who its leftover words target.
import { describe, expect, it } from 'vitest';
import { isNameLike, keyOf, note, read, readIndex, readTarget, wordsOf } from './reply-reading';

describe('read', () => {
  it.each([
    ['dnoe!!', ['done'], 'done', false],
    ['snooze 2 days?', ['snooze', '2', 'days'], 'snooze 2 days', true],
    ["Who's Jake", ["Who's", 'Jake'], 'whos jake', false],
    ['  ok  👍 ', ['ok'], 'ok', false],
    ['', [], '', false],
  ] as const)('%j: tokens %j, key %j, question %s', (raw, tokens, key, question) => {
    const reading = read(raw);
    expect(reading.tokens).toEqual(tokens);
    expect(reading.key).toBe(key);
    expect(reading.keys).toEqual(key === '' ? [] : key.split(' '));
    expect(reading.question).toBe(question);
    expect(reading.raw).toBe(raw);
  });

  it('a note keeps the text as received', () => {
    expect(note(read('Met Sam at the gym!'))).toEqual({ kind: 'note', text: 'Met Sam at the gym!' });
  });

  it.each([
    ["It's  Sam", 'its sam'],
    ['A  B', 'a b'],
  ] as const)('keyOf(%j) = %j', (words, key) => {
    expect(keyOf(words)).toBe(key);
  });

  it('wordsOf trims edge punctuation and keeps case', () => {
    expect(wordsOf('"Sarah," (the yoga one)!')).toEqual(['Sarah', 'the', 'yoga', 'one']);
  });
});

describe('readIndex: a list number', () => {
  it.each([
    ['2', 2],
    ['#2', 2],
    ['2nd', 2],
    ['second', 2],
    ['ten', 10],
    ['0', null],
    ['x', null],
  ] as const)('%j: %s', (word, index) => {
    expect(readIndex(word)).toBe(index);
  });
});

describe('readTarget and isNameLike', () => {
  it.each([
    [[], undefined, false],
    [['2'], { index: 2 }, false],
    [['Sarah'], { name: 'Sarah' }, true],
    [['sarah'], { name: 'sarah' }, true],
    [['Priya', 'Raman'], { name: 'Priya Raman' }, true],
    [['pottery', 'link'], null, false],
    [['the'], null, false],
  ] as [string[], unknown, boolean][])('%j: %o (name-like %s)', (words, target, nameLike) => {
    expect(readTarget(words)).toEqual(target);
    expect(isNameLike(words)).toBe(nameLike);
  });
});
