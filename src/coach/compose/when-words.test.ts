// when-words: relative day words as a text is read: "last night", "the other day", "tomorrow", "Saturday".
import { describe, expect, it } from 'vitest';
import { at, NY } from '../../../test/support/compose-fixtures';
import { dayWords, pastWords } from './when-words';

// Thursday 2026-12-10, 10:00 in New York
const options = { now: at(2026, 12, 10, 10), zone: NY };

describe('pastWords: when something already happened', () => {
  it.each([
    [at(2026, 12, 10, 8), 'today'],
    [at(2026, 12, 10, 9, 59), 'today'],
    [at(2026, 12, 9, 21), 'last night'],
    [at(2026, 12, 9, 17), 'last night'],
    [at(2026, 12, 9, 12), 'yesterday'],
    [at(2026, 12, 9, 0, 30), 'yesterday'],
    [at(2026, 12, 7, 14), 'the other day'],
    [at(2026, 12, 6, 20), 'the other night'],
    [at(2026, 12, 5, 12), ''],
    [at(2026, 11, 20, 12), ''],
    [at(2026, 12, 10, 11), ''],
  ] as const)('%i: %j', (when, words) => {
    expect(pastWords(when, options)).toBe(words);
  });

  it('an evening earlier today reads "earlier", never "tonight"', () => {
    expect(pastWords(at(2026, 12, 10, 18), { now: at(2026, 12, 10, 22), zone: NY })).toBe('earlier');
  });

  it('late at night in New York is still that day, whatever UTC says', () => {
    expect(pastWords(at(2026, 12, 9, 23, 30), options)).toBe('last night');
  });

  it('no clock: no words', () => {
    expect(pastWords(at(2026, 12, 9, 21), undefined)).toBe('');
  });
});

describe('dayWords: a day still to come', () => {
  it.each([
    [at(2026, 12, 10, 19), 'today'],
    [at(2026, 12, 11, 9), 'tomorrow'],
    [at(2026, 12, 12, 9), 'Saturday'],
    [at(2026, 12, 16, 9), 'Wednesday'],
    [at(2026, 12, 17, 9), ''],
    [at(2026, 12, 9, 9), ''],
  ] as const)('%i: %j', (when, words) => {
    expect(dayWords(when, options)).toBe(words);
  });

  it('no clock: the weekday name', () => {
    expect(dayWords(at(2026, 12, 12, 9), undefined)).toBe('Saturday');
  });
});
