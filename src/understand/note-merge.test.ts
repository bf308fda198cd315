// note-merge: the person a note reading gives back: work capped and without repeats, details once, the saved person
// the name refers to.
import { describe, expect, it } from 'vitest';
import { ctxWith, idOf } from '../../test/support/understand/reader-context';
import type { ParsedNote } from '../domain/types';
import { lowered, overlaps, notePersonOf, unique, workOf } from './note-merge';

describe('workOf', () => {
  it.each([
    [['nurse'], ['loves sci-fi', 'nurse', 'runs a bakery'], ['sci-fi'], ['nurse', 'runs a bakery']],
    [['a', 'b', 'c', 'd', 'e', 'f', 'g'], ['h'], [], ['a', 'b', 'c', 'd', 'e', 'f']],
    [['Nurse', 'nurse'], ['NURSE'], [], ['Nurse']],
  ] as const)('%j then %j (found %j): %j', (first, said, found, want) => {
    expect(workOf(first, said, found)).toEqual(want);
  });
});

describe('lowered', () => {
  it('lowercases each detail', () => {
    expect(lowered(['Sci-Fi', 'NURSE'])).toEqual(['sci-fi', 'nurse']);
  });
});

describe('overlaps', () => {
  it.each([
    ['loves sci-fi', ['sci-fi'], true],
    ['sci-fi', ['loves sci-fi'], true],
    ['a very long clause about sci-fi movies', ['sci-fi'], false],
    ['chess', ['nurse'], false],
  ] as const)('%j over %j: %j', (detail, found, want) => {
    expect(overlaps(detail, found)).toBe(want);
  });
});

describe('unique', () => {
  it('keeps the first of each, case aside', () => {
    expect(unique(['Chess', 'chess', 'Go', 'CHESS', 'go', 'jazz'])).toEqual(['Chess', 'Go', 'jazz']);
  });
});

describe('notePersonOf', () => {
  const ctx = ctxWith();
  const parsed = (overrides: Partial<ParsedNote>): ParsedNote => ({
    name: null,
    met: null,
    interests: [],
    work: [],
    contacts: {},
    events: [],
    raw: '',
    ...overrides,
  });

  it('a saved name gets its id, the name title-cased', () => {
    expect(notePersonOf('rafi', parsed({ met: 'pool', interests: ['chess'] }), [], ctx)).toEqual({
      name: 'Rafi',
      id: idOf('Rafi'),
      met: 'pool',
      interests: ['chess'],
      work: [],
      contacts: {},
      events: [],
      ties: [],
    });
  });

  it('a new name keeps its contacts and ties, and a starred detail reads as the name', () => {
    const ties = [{ relation: 'sister', to: 'Kenji' }];
    expect(
      notePersonOf('zed', parsed({ interests: ['the star (star-taylor-swift)'], work: ['nurse'], contacts: { phone: '+19175550199' } }), ties, ctx),
    ).toEqual({
      name: 'Zed',
      met: null,
      interests: ['Taylor Swift'],
      work: ['nurse'],
      contacts: { phone: '+19175550199' },
      events: [],
      ties,
    });
  });
});
