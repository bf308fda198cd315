// correction-merge: two saved people the text says are one; the one kept is the name the text keeps, else the first saved.
import { describe, expect, it } from 'vitest';
import { TABLE_NOW, TABLE_ZONE, view } from '../../test/support/understand/reader-context';
import { readMerge } from './correction-merge';
import { nameKey } from './note-person';
import type { UnderstandContext } from './types';

const people = ['Jess', 'Jessica', 'Tom'].map((name, index) => ({ id: index + 1, name, nameKey: nameKey(name) }));
const ctx: UnderstandContext = { people, latestPersonId: 2, pending: null, now: TABLE_NOW, timeZone: TABLE_ZONE, defaultCountry: 'US' };
const jess = { name: 'Jess', id: 1 };
const jessica = { name: 'Jessica', id: 2 };

describe('readMerge', () => {
  it.each([
    ['jess and jessica are the same person lol keep her as jess', jess, jessica],
    ['jess and jessica are the same person', jess, jessica],
    ['jessica is jess, same person', jess, jessica],
    ['merge jess and jessica', jess, jessica],
    ['jess and jessica are the same person, call her jessica', jessica, jess],
    ['oops i saved her twice, jessica and jess, keep jessica', jessica, jess],
  ])('%j: keeps %o, folds in %o', (text, keep, drop) => {
    expect(readMerge(view(text), ctx)).toEqual({ intent: 'merge-people', keep, drop });
  });

  it.each(['jess and jessica are the same age', 'jess is the same person as always', 'merge jess and sam', 'jess and tom and jessica are the same'])(
    '%j: null',
    (text) => {
      expect(readMerge(view(text), ctx)).toBeNull();
    },
  );
});
