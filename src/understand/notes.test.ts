// notes: a note about one person or several, each with their own details and contacts, the shared ones copied onto
// each, ties between them, and the names past the per-text limit counted as left out.
import { notePerson } from '../../test/support/understand/note-person';
import { describe, expect, it } from 'vitest';
import { ctxWith, idOf } from '../../test/support/understand/reader-context';
import { MAX_PEOPLE_PER_TEXT } from '../domain/limits';
import { readNote } from './notes';
import type { NotePerson } from './types';

const ctx = ctxWith();
const people = (text: string, context = ctx): NotePerson[] => {
  const meaning = readNote(text, context);
  return meaning.intent === 'note' ? meaning.people : [];
};
const person = notePerson;

describe('readNote: one person', () => {
  it.each([
    [
      'met Sam at the climbing gym, loves bouldering, 917-555-0199',
      [person({ name: 'Sam', met: 'climbing gym', interests: ['climbing', 'bouldering'], contacts: { phone: '+19175550199' } })],
    ],
    ['Rafi (pool) loves chess', [person({ name: 'Rafi', id: idOf('Rafi'), met: 'pool', interests: ['chess'] })]],
    [
      'met carla at the bakery, she bakes sourdough',
      [person({ name: 'Carla', candidates: [idOf('Carla', 'yoga'), idOf('Carla', 'bakery')], met: 'bakery', interests: ['sourdough'] })],
    ],
    // a courtesy title says a surname follows, in lowercase too
    ['saw mrs patel at the surgery', [person({ name: 'Mrs Patel', met: 'surgery' })]],
    // a request to keep someone, a number first then who
    ['please save ernest from the brass band', [person({ name: 'Ernest', met: 'brass band' })]],
    ['416 555 0163 thats aaliyah from my dance class', [person({ name: 'Aaliyah', met: 'dance class', contacts: { phone: '+14165550163' } })]],
  ] as [string, NotePerson[]][])('%j', (text, expected) => {
    expect(people(text)).toEqual(expected);
  });

  it.each(['met someone cool at the gym', ''])('%j names nobody: note-unnamed', (text) => {
    expect(readNote(text, ctx)).toEqual({ intent: 'note-unnamed', raw: text });
  });
});

describe('readNote: several people', () => {
  it('each their own details, the place they met copied onto both', () => {
    expect(people('met jake and priya at marcos bday, jake does product at a bank, priya is a nurse')).toEqual([
      person({ name: 'Jake', id: idOf('Jake'), met: 'marcos birthday', work: ['product at a bank'] }),
      person({ name: 'Priya', id: idOf('Priya Raman'), met: 'marcos birthday', work: ['nurse'] }),
    ]);
  });

  it("a tie between them: Aiko is Kenji's sister", () => {
    const [kenji, aiko] = people('Drinks w Kenji + his sister Aiko after work. Kenji does ML at a bank');
    expect(kenji?.name).toBe('Kenji');
    expect(kenji?.work).toEqual(['ML at a bank']);
    expect(aiko?.name).toBe('Aiko');
    expect(aiko?.ties).toEqual([{ relation: 'sister', to: 'Kenji' }]);
  });

  it.each([
    ['Maya and Leo from book club, both into sci-fi', ['Maya', 'Leo'], 'book club'],
    ['Ines, Bea and Tom at trivia', ['Ines', 'Bea', 'Tom'], 'trivia'],
    ['met Ana, Cy and Dee at the party', ['Ana', 'Cy', 'Dee'], 'party'],
  ] as const)('%j: every one met at %3$s', (text, names, met) => {
    const read = people(text);
    expect(read.map((p) => p.name)).toEqual(names);
    for (const p of read) expect(p.met).toBe(met);
  });

  it('a number for each of several people, in the user country', () => {
    const read = people('Gareth 07911 123456, Ffion 07911 123612', { ...ctx, defaultCountry: 'GB' });
    expect(read.map((p) => [p.name, p.contacts.phone])).toEqual([
      ['Gareth', '+447911123456'],
      ['Ffion', '+447911123612'],
    ]);
  });

  it('past the per-text limit, names are counted as left out', () => {
    const meaning = readNote('met Ana, Ben, Cy, Dee, Eli, Fay, Gil, Hal, Ivy, Jo, Kai and Lu at the party', ctx);
    expect(meaning.intent).toBe('note');
    if (meaning.intent !== 'note') return;
    expect(meaning.people).toHaveLength(MAX_PEOPLE_PER_TEXT);
    expect(meaning.leftOut).toBe(12 - MAX_PEOPLE_PER_TEXT);
    expect(meaning.people[1]).toMatchObject({ name: 'Ben', id: idOf('Ben') });
  });
});

describe('readNote: a text in capitals', () => {
  it('reads the names as it would in lowercase, each with their own', () => {
    expect(people('MET ALAN AND JOYCE FROM NUMBER 12, NEW NEIGHBOURS, HE WAS IN THE NAVY')).toEqual([
      person({ name: 'Alan', met: 'number 12', work: ['navy', 'new neighbours'] }),
      person({ name: 'Joyce', met: 'number 12', work: ['new neighbours'] }),
    ]);
  });
});

describe('readNote: a brand named for two people', () => {
  it.each([
    ["Treated myself to Ben & Jerry's after that mixer", []],
    ['Met Sam at Marks & Spencer, she is a nurse', ['Sam']],
    // two first names with no possessive are two people
    ['Met Ben and Jerry at the pub', ['Ben', 'Jerry']],
  ] as const)('%j: %j', (text, names) => {
    expect(people(text).map((p) => p.name)).toEqual(names);
  });
});

describe('readNote: several people, as texted and dictated', () => {
  it('one a line, each line opened by a bullet: each their own line, the meeting for all', () => {
    expect(people('Great panel at the fintech summit, people to meet:\n- Marguerite Chu, VP Risk at Northwind\n- Devika Rao, founder of Ledgerly')).toEqual([
      person({ name: 'Marguerite Chu', met: 'fintech summit', work: ['VP Risk', 'Northwind'] }),
      person({ name: 'Devika Rao', met: 'fintech summit', work: ['founder', 'Ledgerly'] }),
    ]);
  });

  it.each([
    // the name put right as "it's ...": the name meant, once
    ["Met Calla at the party and then this girl Mae no wait it's Mai she makes papaya salad", ['Calla', 'Mai']],
    ['Met Calla at the party and then this girl Mae no wait Mai', ['Calla', 'Mai']],
    // markers in a row, and a name put right that starts with the same letter only
    ['met this guy Jon no sorry John with an h at the gym and his girlfriend Amy no wait Aimee', ['John', 'Aimee']],
    // a different name is another person, not a correction
    ['Met Sam and no Tom was not there', ['Sam']],
  ] as const)('%j: %j', (text, names) => {
    expect(people(text).map((p) => p.name)).toEqual(names);
  });
});

describe('readNote: news of where a saved person is now', () => {
  it.each([
    // "now at X" is where they are these days, not where the user met them; an adverb may follow the name
    ['priya -> now at anthropic, left datadog', null, []],
    ['Priya now works at Anthropic', null, ['Anthropic']],
    ['priya - still at Stripe', null, []],
  ] as const)('%j: met %j, work %j', (text, met, work) => {
    const [only, ...rest] = people(text);
    expect(rest).toEqual([]);
    expect(only?.name).toBe('Priya');
    expect(only?.met).toBe(met);
    expect(only?.work).toEqual(work);
  });

  it('a well-known company after a meeting place is no person: "Met Wendell at KubeCon, Cloudflare"', () => {
    expect(people('Met Wendell at KubeCon, Cloudflare').map((person) => person.name)).toEqual(['Wendell']);
  });
});
