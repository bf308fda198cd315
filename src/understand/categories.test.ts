// Families of phrasings the outside corpus checks (issue 21), each as variants written here, not copied from it:
// nicknames, renames, things that are no one, commands in plain words, several people, Spanish.

import { describe, expect, it } from 'vitest';
import { nameKey } from './note-person';
import type { KnownPerson, NotePerson, UnderstandContext, Meaning } from './types';
import { meaningOf } from './understand';

const NOW = Date.UTC(2026, 11, 1, 23, 0); // Tue 2026-12-01 18:00 in New York

/** A context with these saved people, the last of them the latest. */
function withPeople(...names: string[]): UnderstandContext {
  const people: KnownPerson[] = names.map((name, index) => ({ id: index + 1, name, nameKey: nameKey(name), met: null }));
  return { people, latestPersonId: people.at(-1)?.id ?? null, pending: null, now: NOW, timeZone: 'America/New_York', defaultCountry: 'US' };
}

const peopleOf = (got: Meaning): NotePerson[] => (got.intent === 'note' ? got.people : []);
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
    expect(peopleOf(meaningOf(text, withPeople())).map((person) => person.name)).toEqual([name]);
  });

  it.each(['met a big guy at the bar', 'Dinner at Little Italy with Sam'])('%s: the lead alone is no name', (text) => {
    expect(peopleOf(meaningOf(text, withPeople())).map((person) => person.name)).not.toContain('Big');
    expect(peopleOf(meaningOf(text, withPeople())).some((person) => /little|big/i.test(person.name))).toBe(false);
  });
});

describe('a correction renames the person it is about, never makes a second one', () => {
  it.each([
    ['Oliver', 'his name is Ollie, not Oliver', 'Ollie'],
    ['Oliver', 'correction: Oliver goes by Ollie', 'Ollie'],
    ['Oliver', 'he goes by Ollie actually', 'Ollie'],
    ['Oliver', 'just call him ollie lol', 'Ollie'],
    ['Oliver', 'oliver prefers to be called ollie', 'Ollie'],
    ['Sarah', 'actually her name is Sara no h', 'Sara'],
    ['Sarah', 'its sara without the h', 'Sara'],
    ['Sarah', 'her name is spelled Sara, no h', 'Sara'],
    ['Sarah', 'she spells it Sara', 'Sara'],
    ['Sarah', "it's Sara with no h", 'Sara'],
    ['Sarah', 'Sara, no h', 'Sara'],
    ['Sarah', 'oops Sara without an h', 'Sara'],
  ])('%s, then "%s" -> renamed to %s', (saved, text, to) => {
    expect(meaningOf(text, withPeople(saved))).toEqual({ intent: 'rename', person: { name: saved, id: 1 }, to });
  });

  it.each(['he prefers tea', 'call him tomorrow'])('"%s" renames no one', (text) => {
    expect(meaningOf(text, withPeople('Oliver')).intent).not.toBe('rename');
  });
});

describe('commands and questions in plain words', () => {
  it.each([
    ["Don't bother reminding me about Ollie anymore", 'Ollie'],
    ['dont bother nudging me about dana', 'Dana'],
    ['no need to remind me about ollie', 'Ollie'],
    ['you can stop texting me about dana', 'Dana'],
    ["I don't need you to remind me about Ollie anymore", 'Ollie'],
    ['leave ollie alone', 'Ollie'],
  ])('%s -> mute %s', (text, name) => {
    const got = meaningOf(text, withPeople('Ollie', 'Dana'));
    expect(got).toMatchObject({ intent: 'mute', person: { name } });
  });

  it.each([
    'How do I stop this?',
    'how do i delete someone',
    'how do i pause',
    'how does kindling work?',
    'what else can you do',
    'is there a way to change the time',
  ])('%s -> help', (text) => {
    expect(meaningOf(text, withPeople('Ollie', 'Dana')).intent).toBe('help');
  });

  it.each(['how do i reach dana', 'how do i text her'])('%s is about Dana, not help', (text) => {
    expect(meaningOf(text, withPeople('Ollie', 'Dana')).intent).not.toBe('help');
  });

  it.each(['going on holiday for a fortnight, pause pls', 'pause for a fortnight', 'Pause everything for 2 weeks, travelling'])(
    '%s -> pause two weeks',
    (text) => {
      expect(meaningOf(text, withPeople('Ollie'))).toEqual({ intent: 'pause', until: NOW + 14 * 86_400_000 });
    },
  );

  const met = (): UnderstandContext => ({
    ...withPeople(),
    people: [
      { id: 1, name: 'Ollie', nameKey: 'ollie', met: 'bbq' },
      { id: 2, name: 'Dana', nameKey: 'dana', met: 'climbing gym' },
      { id: 3, name: 'Sam', nameKey: 'sam', met: "marco's bbq" },
    ],
  });
  it.each([
    ['who was that guy from the climbing gym', ['Dana']],
    ['who was the girl from the gym', ['Dana']],
    ['remind me who i met at the bbq', ['Ollie', 'Sam']],
    ["who'd i meet at the bbq", ['Ollie', 'Sam']],
    ['anyone from the bbq?', ['Ollie', 'Sam']],
  ])('%s -> %j', (text, names) => {
    const got = meaningOf(text, met());
    const found = got.intent === 'who' ? [got.person.name] : got.intent === 'who-fits' ? got.people.map((person) => person.name) : [];
    expect(found).toEqual(names);
  });
});

describe('several people in one text, each with their own details', () => {
  it.each<[string, Record<string, string[]>]>([
    ['met Bec and Trish who run the canteen', { Bec: ['canteen'], Trish: ['canteen'] }],
    ['met Lena and Marco, who both teach salsa', { Lena: ['salsa'], Marco: ['salsa'] }],
    ['met Lena and Marco, who runs the wine bar on 5th', { Lena: [], Marco: ['wine bar'] }],
    ['Bex (Figma, design systems) + Omari who just left Google to start a dev tools co', { Bex: ['figma'], Omari: ['google', 'dev tools'] }],
    ['at the quiz met Hamish and Kirsty who play in a ceilidh band', { Hamish: ['ceilidh band'], Kirsty: ['ceilidh band'] }],
  ])('%s', (text, want) => {
    const people = peopleOf(meaningOf(text, withPeople()));
    expect(people.map((person) => person.name)).toEqual(Object.keys(want));
    for (const [name, words] of Object.entries(want)) {
      const details = detailsOf(people.find((person) => person.name === name));
      for (const word of words) expect(details).toContain(word);
      if (words.length === 0) expect(details).not.toContain('wine');
    }
  });

  it.each([
    ['met Omari who just left Google to start a dev tools co', 'google'],
    ['Met Priya, who runs a bakery in Astoria', 'bakery'],
    ["talked to Ade who's training for the London marathon", 'marathon'],
  ])('%s: the clause after the name is theirs', (text, word) => {
    const [person, ...others] = peopleOf(meaningOf(text, withPeople()));
    expect(others).toEqual([]);
    expect(detailsOf(person)).toContain(word);
  });
});

describe('"he" and "she" in a note about two go to the one they fit', () => {
  it.each<[string, Record<string, string>]>([
    ['met Dev and his sister Anika, he is a pilot and she is a vet', { Dev: 'pilot', Anika: 'vet' }],
    ['omg met maya and her bf josh at the party, he plays bass, she does pilates', { Maya: 'pilates', Josh: 'bass' }],
    ['Met Carlos and his wife Mei, she is a pediatrician, he builds boats', { Carlos: 'boats', Mei: 'pediatrician' }],
    ['conocí a Rafa y a su esposa, Inés. él es arquitecto y ella tiene una florería', { Rafa: 'arquitecto', Inés: 'florería' }],
  ])('%s', (text, want) => {
    const people = peopleOf(meaningOf(text, withPeople()));
    for (const [name, word] of Object.entries(want)) {
      expect(detailsOf(people.find((person) => person.name === name))).toContain(word);
      for (const other of people.filter((person) => person.name !== name)) expect(detailsOf(other)).not.toContain(word);
    }
  });

  it.each([
    ['conocí a la nueva vecina, Marisol 🥰 she teaches piano and she does uñas too', ['piano', 'uñas']],
    ['Mrs Okafor was on the tombola as usual and told me her son is getting married in June', ['tombola', 'married']],
  ])('%s: what follows an emoji, and each part of a long clause, is theirs', (text, words) => {
    const [person] = peopleOf(meaningOf(text, withPeople()));
    for (const word of words) expect(detailsOf(person)).toContain(word);
  });
});

describe('pets, shops and lookalikes are details, never people', () => {
  it.each([
    ['met Greg walking his lab Duke', 'Greg', 'duke'],
    ['met priya at trivia, her cat is called Mochi', 'Priya', 'mochi'],
    ["Met Zoe at Trader Joe's, she's got a pug named Waffles", 'Zoe', 'waffles'],
    ['met Tom at the bar, looks like Timothée Chalamet lol', 'Tom', 'chalamet'],
    ['ran into Marcus at Whole Foods, he looks just like Pedro Pascal', 'Marcus', 'pascal'],
    ["Met Sophie at Pepper Pete's, she's the manager", 'Sophie', "pepper pete's"],
  ])('%s -> only %s, with %s', (text, name, word) => {
    const people = peopleOf(meaningOf(text, withPeople()));
    expect(people.map((person) => person.name)).toEqual([name]);
    expect(detailsOf(people[0])).toContain(word);
  });
});

describe('a short form of a saved name is that person, not a new one', () => {
  it.each([
    ['jess loved the book rec', 'Jessica'],
    ['who is jess?', 'Jessica'],
    ['texted ollie', 'Oliver'],
    ['toño?', 'Antonio'],
    ['snooze jess 2 days', 'Jessica'],
    ['stop reminding me about ollie', 'Oliver'],
    ['sam wrote back right away', 'Samantha'],
  ])('%s -> %s', (text, name) => {
    const got = meaningOf(text, withPeople('Jessica', 'Oliver', 'Antonio', 'Samantha'));
    expect('person' in got ? got.person : null).toMatchObject({ name });
  });

  it('a note names someone new as written: "met jess at the gym" is Jess', () => {
    expect(peopleOf(meaningOf('met jess at the gym', withPeople('Jessica')))).toMatchObject([{ name: 'Jess' }]);
    expect(peopleOf(meaningOf('met jess at the gym', withPeople('Jessica')))[0]?.id).toBeUndefined();
  });

  it('a short form that fits two saved people fits neither', () => {
    const got = meaningOf('who is sam?', withPeople('Samantha', 'Samuel'));
    expect('person' in got && got.person ? got.person.id : undefined).toBeUndefined();
  });
});

describe("a way to reach someone not saved is theirs, never the latest person's", () => {
  it.each([
    ['got sams number 312 555 0199', 'Sam', '+13125550199'],
    ["Sam's number is 312 555 0199", 'Sam', '+13125550199'],
    ['priyas cell 312-555-0147', 'Priya', '+13125550147'],
    ['number for Theo from the gym: 312 555 0100', 'Theo', '+13125550100'],
    ['james number is 312 555 0188', 'James', '+13125550188'],
  ])('%s -> a note about %s', (text, name, phone) => {
    expect(peopleOf(meaningOf(text, withPeople('Dana')))).toMatchObject([{ name, contacts: { phone } }]);
  });

  it.each([
    ['her number is 917 555 0142', '+19175550142'],
    ["oops dana's number is actually 917-555-0143", '+19175550143'],
    ['danas number 312 555 0111', '+13125550111'],
  ])('%s -> Dana', (text, phone) => {
    const got = meaningOf(text, withPeople('Dana'));
    expect('person' in got ? got.person : null).toMatchObject({ name: 'Dana' });
    expect(JSON.stringify(got)).toContain(phone.slice(-4));
  });
});

describe('"she" stays with the one just named unless the note says otherwise', () => {
  it('Mrs Hale, Stan and Rosemary: "she is having her hip done" is Rosemary\'s', () => {
    const people = peopleOf(
      meaningOf(
        'Mrs Hale was on the raffle. Then I bumped into Stan who fixes clocks. Rosemary from choir was there, she is having her hip done in March',
        withPeople(),
      ),
    );
    expect(detailsOf(people.find((person) => person.name === 'Rosemary'))).toContain('hip');
    expect(detailsOf(people.find((person) => person.name === 'Mrs Hale'))).not.toContain('hip');
  });
});
