// not-a-person: a saved "person" the user says is an animal, a plant, a place or a thing, about the one named (or the
// latest, when the text says outright it is not a person).
import { describe, expect, it } from 'vitest';
import { TABLE_NOW, TABLE_ZONE, view } from '../../test/support/understand/reader-context';
import { readNotAPerson } from './not-a-person';
import { nameKey } from './note-person';
import type { UnderstandContext } from './types';

/** Tom saved, then Rocket (the latest). */
const people = ['Tom', 'Rocket', 'Greg'].map((name, index) => ({ id: index + 1, name, nameKey: nameKey(name) }));
const ctx: UnderstandContext = { people, latestPersonId: 2, pending: null, now: TABLE_NOW, timeZone: TABLE_ZONE, defaultCountry: 'US' };
const rocket = { name: 'Rocket', id: 2 };

describe('readNotAPerson', () => {
  it.each([
    ['lol rocket is a dog dont save him as a person', rocket, 'dog'],
    ["rocket's a dog", rocket, 'dog'],
    ['rocket is my neighbours cat', rocket, 'cat'],
    ['greg is my monstera', { name: 'Greg', id: 3 }, 'monstera'],
    ['greg is a plant lol', { name: 'Greg', id: 3 }, 'plant'],
    ['rocket is not a person', rocket, ''],
    ["don't save rocket as a person, he's my dog", rocket, 'dog'],
    ["it's a dog not a person", rocket, 'dog'],
  ])('%j: %o is a %j', (text, person, kind) => {
    expect(readNotAPerson(view(text), ctx)).toEqual({ intent: 'not-a-person', person, kind });
  });

  it.each([
    'rocket is a dog person',
    'rocket is a dog walker',
    'rocket is a great guy',
    "he's a dog lol",
    "it's a shop",
    'sam is a dog',
    'met rocket at the park, he has a dog',
  ])('%j: null', (text) => {
    expect(readNotAPerson(view(text), ctx)).toBeNull();
  });
});
