// correction-swap: details said the wrong way round between two saved people, put right only when the text says so.
import { describe, expect, it } from 'vitest';
import { TABLE_NOW, TABLE_ZONE, view } from '../../test/support/understand/reader-context';
import { readSwap } from './correction-swap';
import { nameKey } from './note-person';
import type { UnderstandContext } from './types';

const people = ['Tasha', 'Gabe', 'Bea', 'Iñaki'].map((name, index) => ({ id: index + 1, name, nameKey: nameKey(name) }));
const ctx: UnderstandContext = { people, latestPersonId: 2, pending: null, now: TABLE_NOW, timeZone: TABLE_ZONE, defaultCountry: 'US' };
const ref = (name: string) => ({ name, id: (people.findIndex((person) => person.name === name) ?? 0) + 1 });

describe('readSwap', () => {
  it.each([
    ['wait reverse that, gabe has the pitbull and tasha the beagle', 'Gabe', 'pitbull', 'Tasha', 'beagle'],
    ['other way round - tasha is the dentist, gabe the nurse', 'Tasha', 'dentist', 'Gabe', 'nurse'],
    ['i mixed them up, gabe works at google and tasha at meta', 'Gabe', 'google', 'Tasha', 'meta'],
    ['I got them backwards: Tasha has the beagle, Gabe the pitbull', 'Tasha', 'beagle', 'Gabe', 'pitbull'],
    ['al revés, Bea es chef e Iñaki camarero', 'Bea', 'chef', 'Iñaki', 'camarero'],
  ])('%j', (text, one, oneHas, two, twoHas) => {
    expect(readSwap(view(text), ctx)).toEqual({
      intent: 'correct-details',
      fixes: [
        { person: ref(one), add: [oneHas], remove: [twoHas] },
        { person: ref(two), add: [twoHas], remove: [oneHas] },
      ],
    });
  });

  it.each([
    'gabe has the pitbull and tasha the beagle',
    'reverse that, gabe has the pitbull',
    'other way round, gabe and tasha',
    'reverse that, gabe has the pitbull, tasha the beagle and bea the cat',
  ])('%j: null', (text) => {
    expect(readSwap(view(text), ctx)).toBeNull();
  });
});
