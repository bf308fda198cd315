// note-split: a note about several people split into each one's clauses: theirs alone, a "he" or "she" to the one it
// fits, a "who ..." after a list to all of them; the shared clauses (where they met) on everyone.
import { describe, expect, it } from 'vitest';
import { ctxWith, idOf } from '../../test/support/understand/reader-context';
import { findScattered, findSeveral } from './note-people';
import { splitNote } from './note-split';
import type { NotePerson } from './types';

const ctx = ctxWith();
const person = (overrides: Partial<NotePerson> & { name: string }): NotePerson => ({
  met: null,
  interests: [],
  work: [],
  contacts: {},
  events: [],
  ties: [],
  ...overrides,
});

describe('splitNote: people listed', () => {
  it.each([
    [
      // Priya is the saved Priya Raman, by her first name
      'met jake and priya at marcos bday, priya is a nurse',
      [person({ name: 'Jake', id: idOf('Jake'), met: 'marcos bday' }), person({ name: 'Priya', id: idOf('Priya Raman'), met: 'marcos bday', work: ['nurse'] })],
    ],
    ['met Bec and Trish who run the canteen', [person({ name: 'Bec', work: ['run the canteen'] }), person({ name: 'Trish', work: ['run the canteen'] })]],
    [
      'Toño and his wife Lupe, he is a dentist and she has a bakery',
      [person({ name: 'Toño', work: ['dentist'] }), person({ name: 'Lupe', work: ['bakery'], ties: [{ relation: 'wife', to: 'Toño' }] })],
    ],
  ] as const)('%j', (text, want) => {
    expect(splitNote(text, findSeveral(text), ctx)).toEqual(want);
  });
});

describe('splitNote: people named apart', () => {
  it.each([
    [
      'Zara is into birding and Finn does woodworking',
      [person({ name: 'Zara', interests: ['birding'] }), person({ name: 'Finn', interests: ['woodworking'] })],
    ],
  ] as const)('%j', (text, want) => {
    expect(splitNote(text, findScattered(text), ctx, true)).toEqual(want);
  });
});
