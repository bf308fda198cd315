// note-split: a note about several people split into each one's clauses: theirs alone, a "he" or "she" to the one it
// fits, a "who ..." after a list to all of them; the shared clauses (where they met) on everyone.
import { notePerson } from '../../test/support/understand/note-person';
import { describe, expect, it } from 'vitest';
import { ctxWith, idOf } from '../../test/support/understand/reader-context';
import { findScattered, findSeveral } from './note-people';
import { splitNote } from './note-split';
import type { NotePerson } from './types';

const ctx = ctxWith();
const person = notePerson;

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
    // a "he" clause and a "she" clause after two people the note gives no gender to: respectively
    [
      'Met Russ and Dianne at the bowls club, he is a retired plumber, she makes quilts',
      [person({ name: 'Russ', met: 'bowls club', work: ['retired plumber'] }), person({ name: 'Dianne', met: 'bowls club', interests: ['quilts'] })],
    ],
    // a gendered person's noun ("this guy") says who "he" is; a "he" clause after her relative is his
    [
      'sat next to this guy Seojun and his sister Minji who is a vet tech and he is a pilot',
      [person({ name: 'Seojun', work: ['pilot'] }), person({ name: 'Minji', work: ['vet tech'], ties: [{ relation: 'sister', to: 'Seojun' }] })],
    ],
    // first names of one sex only say who "he" and "she" are, whatever the order
    ["Met Lena and Marco, he's a chef and she's a sommelier", [person({ name: 'Lena', work: ['sommelier'] }), person({ name: 'Marco', work: ['chef'] })]],
    [
      'Met Jo and Sam at the bowls club, she is a nurse, he makes quilts',
      [person({ name: 'Jo', met: 'bowls club', work: ['nurse'] }), person({ name: 'Sam', met: 'bowls club', interests: ['quilts'] })],
    ],
    // a run-on: a clause about one of them with no stop before it
    [
      'Met Jordan and Riley at the open house Jordan is the realtor and Riley is her assistant',
      [person({ name: 'Jordan', met: 'open house', work: ['realtor'] }), person({ name: 'Riley', met: 'open house', work: ['her assistant'] })],
    ],
    // "they've ..." is said of both
    [
      "Met Declan and Siobhán after mass, they've a B&B out near Kenmare",
      [person({ name: 'Declan', work: ["they've a B&B out near Kenmare"] }), person({ name: 'Siobhán', work: ["they've a B&B out near Kenmare"] })],
    ],
    // the plural of a person's noun is said of both
    [
      'Met Ana and Bo at the pool, both teachers',
      [person({ name: 'Ana', met: 'pool', work: ['both teachers'] }), person({ name: 'Bo', met: 'pool', work: ['both teachers'] })],
    ],
    [
      'Met Ana and Bo, new neighbours',
      [person({ name: 'Ana', met: 'neighbour', work: ['new neighbours'] }), person({ name: 'Bo', met: 'neighbour', work: ['new neighbours'] })],
    ],
    [
      'Had a chat with Olu and Tolu, the twins from accounting',
      [person({ name: 'Olu', work: ['twins from accounting'] }), person({ name: 'Tolu', work: ['twins from accounting'] })],
    ],
    // what is said of one between commas is hers alone
    [
      "met two at salsa: Marisol, who's a nurse, and Kenji, a software engineer",
      [
        person({ name: 'Marisol', met: 'salsa', interests: ['salsa'], work: ['nurse'] }),
        person({ name: 'Kenji', met: 'salsa', interests: ['salsa'], work: ['software engineer'] }),
      ],
    ],
    // where one is from is hers alone
    [
      'I meet two classmates, Oksana from Kharkiv and Mehmet, he is taxi driver',
      [person({ name: 'Oksana', met: 'classmate', work: ['from Kharkiv'] }), person({ name: 'Mehmet', met: 'classmate', work: ['taxi driver'] })],
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
    // a dash sets off a clause of its own; the introduction is no detail of the one introduced
    [
      'Garrett from my old team connected me with Samira — she runs partnerships at Brightwave',
      [person({ name: 'Garrett', met: 'old team' }), person({ name: 'Samira', met: 'old team', work: ['runs partnerships at Brightwave'] })],
    ],
    // a parent phrase right before a name is that one's; the child is no one met
    [
      'met mamá de Santi, named Liliana, and al papá de Valentina, Rubén, who is contador',
      [
        person({ name: 'Liliana', met: 'through Santi', work: ["Santi's mom"] }),
        person({ name: 'Rubén', met: 'through Valentina', work: ['contador', "Valentina's dad"] }),
      ],
    ],
    // "and Calla's sister Wynn is ..." is a clause of Wynn's; "The baby is Saoirse ..." is no one's
    [
      "Met Calla and then this girl Mai she makes papaya salad and Calla's sister Wynn is a nurse",
      [
        person({ name: 'Calla' }),
        person({ name: 'Mai', interests: ['papaya salad'], work: ['this girl she makes papaya salad'] }),
        person({ name: 'Wynn', work: ['nurse'], ties: [{ relation: 'sister', to: 'Calla' }] }),
      ],
    ],
    [
      "Met the godfather Fintan. Then the baby's granny Philomena cornered me about her hip. The baby is Saoirse and she slept",
      [person({ name: 'Fintan' }), person({ name: 'Philomena', work: ['cornered me about her hip'] })],
    ],
  ] as const)('%j', (text, want) => {
    expect(splitNote(text, findScattered(text), ctx, true)).toEqual(want);
  });
});
