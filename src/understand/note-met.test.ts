// note-met: where or how they met, in a few words: a place, a person they came through, an app, a role.
import { describe, expect, it } from 'vitest';
import { noteView } from '../../test/support/understand/note-view';
import { findMet } from './note-met';

const metIn = (note: string) => {
  const view = noteView(note);
  return findMet(view.s, view.tokens, view.hit);
};

describe('findMet', () => {
  it.each([
    ['met Sarah at the climbing gym', 'climbing gym'],
    ['sarah from yoga, loves jazz', 'yoga'],
    ['met Omid at a startup meetup last night', 'startup meetup'],
    ['Jake, through Priya, works in sales', 'through Priya'],
    ['my neighbor Tom', 'neighbor'],
    ['Ana (book club) loves hiking', 'book club'],
    ['met Leo on hinge', 'hinge'],
    ["Zoe at Marco's bday", "Marco's bday"],
    ['Sam, the barista at blue bottle', 'blue bottle'],
    // a possessive after the place starts another phrase; one leading it is skipped
    ['please save ernest from the brass band his number is 01632 960284', 'brass band'],
    ['met tom at her place', 'place'],
    // a possessor after an article is no one met through
    ["I sat next to Greg who is the groom's uncle", null],
    // a pronoun or a meeting opening a run-on ends the place
    ['at the junta de padres met Liliana', 'junta de padres'],
    ["met Jon at the gym he's a trainer", 'gym'],
    // an introduction's verb ends the place
    ['Garrett from my old team connected me with Samira', 'old team'],
    ['Dana from the climbing gym introduced me to Dev', 'climbing gym'],
  ] as const)('%j: %j', (note, met) => {
    expect(metIn(note)).toBe(met);
  });

  it.each(['Kim loves jazz', 'Priya is a nurse'])('%j says nothing of where: null', (note) => {
    expect(metIn(note)).toBeNull();
  });
});
