import { describe, expect, it } from 'vitest';
import { zonedToUtc } from '../../domain/time';
import { eventWhen, eventWords } from './event-words';
import { factsOf } from './facts';

const NY = 'America/New_York';
const ny = (mo: number, d: number, h: number, y = 2026) => zonedToUtc({ year: y, month: mo, day: d, hour: h }, NY);
const sarah = { name: 'Sarah', met: 'climbing gym', interests: ['bouldering'], work: [], hasContact: true, events: [], warmth: 'unknown' as const };

describe('eventWhen', () => {
  it.each([
    // on, now (New York), said as
    ['2026-12-12', ny(12, 12, 9), 'today'],
    ['2026-12-12', ny(12, 11, 23), 'tomorrow'],
    ['2026-12-12', ny(12, 13, 0), 'yesterday'],
    ['2026-12-12', ny(12, 8, 10), 'on Saturday'],
    ['2026-12-12', ny(12, 1, 10), 'on Dec 12'],
    ['2026-03-08', ny(3, 7, 23), 'tomorrow'], // the night before spring forward
    ['2026-11-01', ny(10, 31, 23), 'tomorrow'], // the night before fall back
    ['2026-12', ny(12, 1, 10), 'this month'],
    ['2027-03', ny(12, 1, 10), 'in March'],
    ['someday', ny(12, 1, 10), 'soon'],
  ])('%s at %i is %j', (on, now, expected) => {
    expect(eventWhen({ what: 'show', on }, { now, zone: NY })).toBe(expected);
  });

  it.each([
    ['2026-12-12', 'on Dec 12'],
    ['2027-03', 'in March'],
  ])('without a now, %s is %j', (on, expected) => {
    expect(eventWhen({ what: 'show', on })).toBe(expected);
  });

  it("the day is the user's: 23:00 in Los Angeles is already the next day in UTC", () => {
    const now = zonedToUtc({ year: 2026, month: 12, day: 11, hour: 23 }, 'America/Los_Angeles');
    expect(eventWhen({ what: 'show', on: '2026-12-12' }, { now, zone: 'America/Los_Angeles' })).toBe('tomorrow');
  });
});

describe('eventWords', () => {
  const facts = factsOf({ kind: 'their-moment', person: sarah }, 0, 0);
  const options = { now: ny(12, 11, 10), zone: NY };

  it.each([
    [
      { what: 'gallery opening', on: '2026-12-12' },
      {
        line: "Sarah's gallery opening is tomorrow",
        short: 'gallery opening tomorrow',
        ref: 'the gallery opening',
        tone: 'luck',
        month: false,
        birthday: false,
        past: false,
      },
    ],
    [
      { what: 'her birthday', on: '2026-12-12' },
      { line: "Sarah's birthday is tomorrow", short: 'birthday tomorrow', ref: 'your birthday', tone: 'celebrate', month: false, birthday: true, past: false },
    ],
    [
      { what: 'moving to Denver', on: '2027-03' },
      {
        line: 'Sarah is moving to Denver in March',
        short: 'moving to Denver in March',
        ref: 'moving to Denver',
        tone: 'wish',
        month: true,
        birthday: false,
        past: false,
      },
    ],
  ])('%j', (event, expected) => {
    expect(eventWords(event, facts, 0, options)).toEqual(expected);
  });

  it('keeps at least 2 words of the event at the tightest clip', () => {
    expect(eventWords({ what: 'big gallery opening night', on: '2026-12-12' }, facts, 3, options).short).toBe('big gallery tomorrow');
  });
});
