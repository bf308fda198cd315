// note-lowercase: a lowercase name outside the lexicon is written capitalised only when a name slot and a later clause
// (or a "who" right after it) both say so; one signal alone changes nothing.
import { describe, expect, it } from 'vitest';
import { capitalizeTold } from './note-lowercase';

describe('capitalizeTold', () => {
  it.each([
    // a slot ("talking to", "her bf") and the same word opening a later clause
    [
      'ended up talking to jiwoo plus her bf tomasz, jiwoo does ux at figma and tomasz is a line cook',
      'ended up talking to Jiwoo plus her bf Tomasz, Jiwoo does ux at figma and Tomasz is a line cook',
    ],
    // a bare comma list, each confirmed by a clause of its own
    [
      'new crew!! adebayo, folake, wojtek. adebayo sets routes, folake is a physio, wojtek just moved from krakow',
      'new crew!! Adebayo, Folake, Wojtek. Adebayo sets routes, Folake is a physio, Wojtek just moved from krakow',
    ],
    // "a relation is X"
    ['lab partner is khalid, khalid is premed', 'lab partner is Khalid, Khalid is premed'],
    // "who" right after a slot says the word is someone's
    ['plus her neighbor karthik who walks a husky', 'plus her neighbor Karthik who walks a husky'],
    // a name joined to a told name is told too, a lexicon name as well
    ['met jaylen + marco at the skatepark, jaylen does photography', 'met Jaylen + Marco at the skatepark, Jaylen does photography'],
    ['this guy seojun and his sister minji who is a vet tech', 'this guy Seojun and his sister Minji who is a vet tech'],
    // one signal alone: a slot with no clause back, or a clause with no slot
    ['talking to jiwoo for an hour', 'talking to jiwoo for an hour'],
    ['at the rink, figma is great', 'at the rink, figma is great'],
    // known words are never names: a job, a hobby, an everyday word
    ['met with plumber, plumber is great', 'met with plumber, plumber is great'],
    ['talked to someone, someone is nice', 'talked to someone, someone is nice'],
  ] as const)('%j', (text, want) => {
    expect(capitalizeTold(text)).toBe(want);
  });
});
