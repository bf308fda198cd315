// note-places: the towns a trip names ("drove through Regina and Victoria") are places, not people the user met.
import { describe, expect, it } from 'vitest';
import { ctxWith } from '../../test/support/understand/reader-context';
import { isSaidToBeAThing, travelPlaces } from './note-places';
import { readNote } from './notes';

describe('travelPlaces', () => {
  it.each([
    ['Drove through Regina and Victoria on our trip to see the grandkids', ['regina', 'victoria']],
    ['Flew into Florence last week', ['florence']],
    ['we went to Chelsea, Austin then Savannah', ['chelsea', 'austin', 'savannah']],
    ['headed back to Sydney tonight', ['sydney']],
    // a possessive is someone's place, and a visit to someone is not a trip's preposition
    ["went to Sarah's party, met Jo", []],
    ['visited Priya in hospital', []],
    ['met Jo at the gym', []],
  ] as const)('%j -> %j', (text, places) => {
    expect([...travelPlaces(text)]).toEqual(places);
  });
});

describe('readNote: a trip names no person', () => {
  const names = (text: string): string[] => {
    const meaning = readNote(text, ctxWith());
    return meaning.intent === 'note' ? meaning.people.map((person) => person.name) : [];
  };
  it.each([
    ['Drove through Regina and Victoria on our trip to see the grandkids. Beautiful country.', []],
    ['Flew into Florence, met Marco at the hotel', ['Marco']],
    // a past tense opening a note is the user's own doing, not a name ("Took", "Ate", "Drove")
    ['Took the boat out, the Marlene handled the swell beautifully', []],
    ["ate at lola's again the birria was insane", []],
    ["Took the Astra in to Halfords, the lad reckons it's the clutch", []],
    ['Grabbed tacos with Priya after work', ['Priya']],
  ] as const)('%j -> %j', (text, want) => {
    expect(names(text)).toEqual(want);
  });
});

describe('isSaidToBeAThing', () => {
  it.each([
    ['Ningbo', 'Mr Zhao is from Qingdao port, Ningbo is his colleague company', true],
    ['Bella', 'Met Jo and Bella at the park, Bella is her dog', true],
    ["Lola's", "Lola's is a tiny bakery", true],
    ['Rosa', 'met Sam and Rosa, Rosa is a dog person', false],
    ['Rosa', 'met Sam and Rosa, Rosa is a nurse', false],
  ] as const)('%j in %j -> %j', (name, text, want) => {
    expect(isSaidToBeAThing(name, text)).toBe(want);
  });
});
