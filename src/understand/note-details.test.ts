// note-details: interests (what they are into, love, play, a hobby named anywhere), and the set union and dedupe the
// work reader shares.
import { describe, expect, it } from 'vitest';
import { noteView } from '../../test/support/understand/note-view';
import { dedupe, extractInterests, MAX_INTERESTS, union } from './note-details';

describe('extractInterests', () => {
  it.each([
    ['Sarah into sourdough + board games, huge Longhorns fan', ['sourdough', 'board games', 'Longhorns']],
    ['Jake loves climbing', ['climbing']],
    ['Priya is a nurse', []],
    ['Ana is a vet', []],
    ['Omid is building a fintech startup', []],
    ['Grace Park, designer at Figma', []],
    ['Kim runs a pottery studio', ['pottery']],
    ['met Zoe at the dog park, she has a corgi named Waffles', ['dogs', 'corgi Waffles']],
    ['Tom loves it', []],
  ] as const)('%j: %j', (note, interests) => {
    expect(extractInterests(noteView(note))).toEqual(interests);
  });

  it('the name is never read as an interest', () => {
    expect(extractInterests(noteView('Hunter is a nurse, loves jazz'))).toEqual(['jazz']);
  });

  it('a long list stops at the cap', () => {
    const view = noteView('Ana loves hiking, jazz, sushi, chess, surfing, yoga, pottery, tennis');
    expect(extractInterests(view)).toEqual(['hiking', 'jazz', 'chess', 'surfing', 'yoga', 'pottery']);
    expect(extractInterests(view)).toHaveLength(MAX_INTERESTS);
  });
});

describe('union', () => {
  it('every word of every set, once, in first order', () => {
    expect([...union(['a', 'b'], new Set(['b', 'c']), [])]).toEqual(['a', 'b', 'c']);
  });
});

describe('dedupe', () => {
  it.each([
    [
      'ordered by position; one inside another counts as a repeat, case aside',
      [
        { text: 'board games', start: 10, end: 21 },
        { text: 'Jazz', start: 0, end: 4 },
        { text: 'games', start: 16, end: 21 },
        { text: 'jazz', start: 30, end: 34 },
      ],
      6,
      ['Jazz', 'board games'],
    ],
    [
      'capped at max',
      [
        { text: 'a', start: 0, end: 1 },
        { text: 'b', start: 2, end: 3 },
        { text: 'c', start: 4, end: 5 },
      ],
      2,
      ['a', 'b'],
    ],
  ] as const)('%s', (_case, found, max, want) => {
    expect(dedupe([...found], max)).toEqual(want);
  });
});
