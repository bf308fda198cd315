// Issue 22 gap 3: a check-in uses the latest news (a move, their news), never an older detail it overrides.
import { describe, expect, it } from 'vitest';
import { DAY } from '../../domain/constants';
import { composeNudge } from '.';
import { at, NY, type Person, subject } from '../../../test/support/compose-fixtures';

const NOW = at(2026, 4, 28, 10);
const options = { now: NOW, zone: NY };
const bea: Person = { name: 'Bea', met: 'climbing gym', interests: ['bouldering'], work: [], hasContact: true, events: [], warmth: 'warm' };
const chris: Person = { name: 'Chris', met: 'coworking space', interests: [], work: ['product designer'], hasContact: true, events: [], warmth: 'lukewarm' };

describe('a check-in leads with the latest news', () => {
  it.each([
    ['a move ahead', { ...bea, move: { to: 'Denver', on: '2026-05' } }, /move to Denver|Denver plans/, /bouldering|gym/],
    ['a move just done', { ...bea, move: { to: 'Denver', on: '2026-04-10' } }, /Denver/, /bouldering|gym\b.*\?/],
    ['news told last week', { ...chris, news: [{ what: 'got promoted', on: NOW - 7 * DAY }] }, /since getting promoted/, /your work as/],
  ] as [string, Person, RegExp, RegExp][])('%s', (_label, person, says, never) => {
    for (const seed of [0, 1, 2, 3, 4, 5]) {
      const text = composeNudge([subject('check-in', person)], seed, options);
      const draft = /"([^"]+)"/.exec(text)?.[1] ?? '';
      expect(draft, text).toMatch(says);
      expect(draft, text).not.toMatch(never);
    }
  });

  it('old news (two months) no longer leads: the check-in asks about their thing', () => {
    const person = { ...chris, interests: ['jazz'], news: [{ what: 'got promoted', on: NOW - 60 * DAY }] };
    const text = composeNudge([subject('check-in', person)], 1, options);
    expect(text).not.toMatch(/promoted/);
    expect(text).toMatch(/jazz/);
  });

  it('in a list of several, the line for a mover carries the move', () => {
    const mover = { ...bea, move: { to: 'Denver', on: '2026-05' } };
    const text = composeNudge([subject('check-in', mover), subject('check-in', { ...chris, name: 'Dev' })], 2, options);
    expect(text.split('\n').find((row) => row.startsWith('1) '))).toMatch(/Denver/);
  });
});
