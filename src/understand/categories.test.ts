// Families of phrasings the outside corpus checks (issue 21), each as variants written here, not copied from it:
// nicknames, renames, things that are no one, commands in plain words, several people, Spanish.

import { describe, expect, it } from 'vitest';
import { nameKey } from './note-person';
import type { KnownPerson, NotePerson, UnderstandContext, Understanding } from './types';
import { understand } from './understand';

const NOW = Date.UTC(2026, 11, 1, 23, 0); // Tue 2026-12-01 18:00 in New York

/** A context with these saved people, the last of them the latest. */
function withPeople(...names: string[]): UnderstandContext {
  const people: KnownPerson[] = names.map((name, index) => ({ id: index + 1, name, nameKey: nameKey(name), met: null }));
  return { people, latestPersonId: people.at(-1)?.id ?? null, pending: null, now: NOW, timeZone: 'America/New_York', defaultCountry: 'US' };
}

const peopleOf = (got: Understanding): NotePerson[] => (got.intent === 'note' ? got.people : []);
const detailsOf = (person: NotePerson | undefined): string =>
  person ? [...person.interests, ...person.work, person.met ?? '', ...person.events.map((event) => event.what)].join(' | ').toLowerCase() : '';

describe('a nickname with its lead word is the name', () => {
  it.each([
    ['met big mike at the gym, benches 315', 'Big Mike'],
    ['Met Little Jo at the pub, she plays darts', 'Little Jo'],
    ['had beers w lil dre after the game, he djs on weekends', 'Lil Dre'],
    ['Big Mike from the warehouse, drives the forklift', 'Big Mike'],
    ['Met Wee Shona at the ceilidh, she plays fiddle', 'Wee Shona'],
  ])('%s -> %s', (text, name) => {
    expect(peopleOf(understand(text, withPeople())).map((person) => person.name)).toEqual([name]);
  });

  it.each(['met a big guy at the bar', 'Dinner at Little Italy with Sam'])('%s: the lead alone is no name', (text) => {
    expect(peopleOf(understand(text, withPeople())).map((person) => person.name)).not.toContain('Big');
    expect(peopleOf(understand(text, withPeople())).some((person) => /little|big/i.test(person.name))).toBe(false);
  });
});
