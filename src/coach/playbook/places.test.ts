// places: when to say hi at a weekly place: shortly before the user will be there, inside the send window.
import { describe, expect, it } from 'vitest';
import { at, NY, wall } from '../../../test/support/playbook-fixtures';
import { DEFAULT_WINDOW } from '../../domain/constants';
import { localDate } from '../../domain/time';
import type { RecurringPlace } from '../../domain/types';
import type { Context } from './context';
import { sayHiAt } from './places';

// Thursday 2026-12-10, 12:00 in New York
const THU_NOON = at(NY, 2026, 12, 10, 12);
const ctx = (now = THU_NOON, window = DEFAULT_WINDOW): Context => ({ now, zone: NY, window });
const today = (now = THU_NOON) => localDate(now, NY);

describe('sayHiAt, from Thursday Dec 10 at noon (window 9-20, preferred 10)', () => {
  it.each([
    // place, the local time of the say-hi, why
    [{ place: 'the pool', weekday: 6, time: 11 }, '2026-12-12 09:00', '2h before an 11am swim'],
    [{ place: 'the pool', weekday: 6, time: 7 }, '2026-12-11 10:00', 'a 7am swim: the preferred hour the day before'],
    [{ place: 'the pool', weekday: 6, time: 10 }, '2026-12-12 09:00', 'before the window would allow 2h: the window start'],
    [{ place: 'yoga', weekday: 2, time: 18.5 }, '2026-12-15 16:30', 'an evening class: 2h before, next Tuesday'],
    [{ place: 'a bar', weekday: 5, time: 23 }, '2026-12-11 19:00', 'after the window: its last hour'],
    [{ place: 'choir', weekday: 6 }, '2026-12-12 09:00', 'no time: the window start that day'],
    [{ place: 'the pool' }, '2026-12-10 10:00', 'no weekday: the preferred hour on the day asked'],
  ] as [RecurringPlace, string, string][])('%o -> %s (%s)', (place, expected, _why) => {
    const slot = sayHiAt(place, today(), ctx());
    expect(wall(slot)).toBe(place.weekday === undefined ? '2026-12-11 10:00' : expected);
    expect(slot).toBeGreaterThanOrEqual(THU_NOON + 3_600_000);
  });

  it('no weekday, asked for a later day: the preferred hour then', () => {
    expect(wall(sayHiAt({ place: 'the pool' }, { year: 2026, month: 12, day: 14 }, ctx()))).toBe('2026-12-14 10:00');
  });

  it.each([
    // now, class at 15:00 today (Thursday)
    [at(NY, 2026, 12, 10, 12), '2026-12-10 13:00'],
    [at(NY, 2026, 12, 10, 13, 30), '2026-12-17 13:00'],
  ] as const)('today is the day: at %i the say-hi lands %s, never within the hour', (now, expected) => {
    const slot = sayHiAt({ place: 'class', weekday: 4, time: 15 }, today(now), ctx(now));
    expect(wall(slot)).toBe(expected);
    expect(slot).toBeGreaterThanOrEqual(now + 3_600_000);
  });

  it('a later first day skips the occurrences before it', () => {
    expect(wall(sayHiAt({ place: 'the pool', weekday: 6, time: 11 }, { year: 2026, month: 12, day: 13 }, ctx()))).toBe('2026-12-19 09:00');
  });
});
