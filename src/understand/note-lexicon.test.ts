// note-lexicon: the note parser's word lists hold what their comments promise.
import { describe, expect, it } from 'vitest';
import {
  BRANDS,
  CHILD_RELATIONS,
  COMMON,
  DEMONYMS,
  HOBBIES,
  INTEREST_ALIASES,
  JOBS,
  MONTHS,
  NAME_PARTICLES,
  NOT_NAME,
  NOT_PERSON_NOUNS,
  PERSON_NOUNS,
  RELATIONS,
  TITLES,
  WEEKDAYS,
} from './note-lexicon';

describe('the sets are plain lowercase words', () => {
  it.each([
    ['TITLES', TITLES],
    ['NAME_PARTICLES', NAME_PARTICLES],
    ['COMMON', COMMON],
    ['DEMONYMS', DEMONYMS],
    ['BRANDS', BRANDS],
    ['RELATIONS', RELATIONS],
    ['PERSON_NOUNS', PERSON_NOUNS],
    ['CHILD_RELATIONS', CHILD_RELATIONS],
    ['NOT_PERSON_NOUNS', NOT_PERSON_NOUNS],
    ['WEEKDAYS', WEEKDAYS],
    ['MONTHS', MONTHS],
    ['JOBS', JOBS],
  ] as const)('%s', (_name, set) => {
    expect(set.size).toBeGreaterThan(0);
    for (const word of set) expect(word, word).toBe(word.toLowerCase().trim());
  });
});

describe('what each list promises', () => {
  it('NOT_NAME is the one list, shared with the understanding lexicon', () => {
    expect(NOT_NAME.has('thanks')).toBe(true);
  });

  it('TITLES are courtesy titles; NAME_PARTICLES sit inside names', () => {
    for (const title of ['dr', 'mr', 'mrs', 'ms', 'prof', 'coach']) expect(TITLES.has(title), title).toBe(true);
    for (const particle of ['van', 'de', 'von', 'al', 'bin']) expect(NAME_PARTICLES.has(particle), particle).toBe(true);
  });

  it('COMMON holds sentence openers a capital letter does not make a name', () => {
    for (const word of ['met', 'coffee', 'lunch', 'talked']) expect(COMMON.has(word), word).toBe(true);
  });

  it('WEEKDAYS and MONTHS hold every day and month, full and short', () => {
    for (const day of ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'mon', 'thurs', 'weekend']) {
      expect(WEEKDAYS.has(day), day).toBe(true);
    }
    for (const month of [
      'january',
      'february',
      'march',
      'april',
      'may',
      'june',
      'july',
      'august',
      'september',
      'october',
      'november',
      'december',
      'jan',
      'sept',
    ]) {
      expect(MONTHS.has(month), month).toBe(true);
    }
  });

  it('JOBS are job nouns', () => {
    for (const job of ['engineer', 'designer', 'doctor', 'nurse']) expect(JOBS.has(job), job).toBe(true);
  });

  it('a child relation and a pet are never the person met', () => {
    for (const child of ['son', 'daughter', 'kid', 'baby']) expect(CHILD_RELATIONS.has(child), child).toBe(true);
    for (const pet of ['dog', 'cat', 'corgi', 'puppy', 'son']) expect(NOT_PERSON_NOUNS.has(pet), pet).toBe(true);
    for (const pet of ['dog', 'cat', 'corgi']) expect(PERSON_NOUNS.has(pet), pet).toBe(false);
  });

  it('HOBBIES are lowercase and unique', () => {
    expect(HOBBIES.length).toBeGreaterThan(20);
    expect(new Set(HOBBIES).size).toBe(HOBBIES.length);
    for (const hobby of HOBBIES) expect(hobby, hobby).toBe(hobby.toLowerCase());
  });

  it.each([
    ['her corgi', 'dogs'],
    ['a kitten', 'cats'],
    ['book club', 'books'],
    ['half-marathon', 'running'],
    ['photographer', 'photography'],
    ['plays in a band', 'music'],
    ['F1', 'Formula 1'],
  ] as const)('INTEREST_ALIASES: %j stands for %s', (text, interest) => {
    expect(INTEREST_ALIASES.find(([pattern]) => pattern.test(text))?.[1]).toBe(interest);
  });
});
