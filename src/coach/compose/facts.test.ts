import { describe, expect, it } from 'vitest';
import type { NudgeSubject } from '../../domain/types';
import { factsOf } from './facts';

type Person = NudgeSubject['person'];
const sarah: Person = { name: 'Sarah Lee', met: 'at the climbing gym', interests: ['pottery studio'], work: [], hasContact: true, events: [], warmth: 'warm' };
const jake: Person = { name: 'Jake', met: null, interests: [' ', ''], work: ['PM at Google'], hasContact: false, events: [], warmth: 'none' };
const maria: Person = {
  name: 'Maria',
  met: 'the rooftop bar on top of the old mill',
  interests: ['restoring old Italian espresso machines'],
  work: [],
  hasContact: true,
  events: [],
  warmth: 'unknown',
};

describe('factsOf', () => {
  it.each([
    [
      'as noted',
      sarah,
      0,
      {
        name: 'Sarah Lee',
        first: 'Sarah',
        topic: 'pottery studio',
        topicRef: 'the pottery studio',
        topicIsProject: true,
        tag: 'the climbing gym',
        hasContact: true,
        warmth: 'warm',
      },
    ],
    ['clip 2: first name only, 2 words per item (a leading "at" counts)', sarah, 2, { name: 'Sarah', first: 'Sarah', topic: 'pottery studio', tag: 'the' }],
    [
      'work when no interest is usable, no place',
      jake,
      0,
      { name: 'Jake', topic: 'PM at Google', topicRef: 'your work at Google', topicIsProject: false, tag: 'PM at Google', place: null, hasContact: false },
    ],
    ['clip 1: 4 words per item', maria, 1, { topic: 'restoring old Italian espresso', tag: 'the rooftop bar on' }],
    ['clip 3: 1 word per item', maria, 3, { topic: 'restoring', tag: 'the' }],
  ] as const)('%s', (_label, person, clip, expected) => {
    expect(factsOf({ kind: 'check-in', person }, 7, clip)).toMatchObject(expected);
  });

  it('where they met keeps its forms for drafts', () => {
    expect(factsOf({ kind: 'check-in', person: sarah }, 7, 0).place).toMatchObject({ at: 'at the climbing gym', atYou: 'at the climbing gym', regular: true });
  });
});

describe('the topic is theirs, not the place', () => {
  it.each([0, 1, 2, 3, 4, 5, 6, 7])('seed %i: met at yoga class, into jazz and yoga: the topic is jazz', (seed) => {
    const person = { ...sarah, name: 'Rafi', met: 'yoga class', interests: ['yoga', 'jazz'], work: [], recurringPlace: { place: 'yoga', weekday: 4 } };
    expect(factsOf({ kind: 'first-follow-up', person }, seed, 0).topic).toBe('jazz');
  });

  it("the place's activity when it is all there is", () => {
    const person = { ...sarah, name: 'Rafi', met: 'yoga class', interests: ['yoga'], work: [] };
    expect(factsOf({ kind: 'first-follow-up', person }, 3, 0).topic).toBe('yoga');
  });
});

describe("the place's own pastime is not the topic when another is known", () => {
  it.each([
    ['book club, into sci-fi and books', { met: 'book club', interests: ['books', 'sci-fi'] }, 'sci-fi'],
    ['climbing gym, into bouldering and pottery', { met: 'climbing gym', interests: ['bouldering', 'pottery'] }, 'pottery'],
    ['yoga class, into yoga only', { met: 'yoga class', interests: ['yoga'] }, 'yoga'],
  ])('%s', (_, fields, topic) => {
    const person = { name: 'Bea', work: [], hasContact: true, events: [], warmth: 'unknown' as const, ...fields };
    for (const seed of [0, 1, 2, 3]) expect(factsOf({ kind: 'check-in', person }, seed, 0).topic).toBe(topic);
  });
});
