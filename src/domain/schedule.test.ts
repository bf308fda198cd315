import { describe, expect, it } from 'vitest';
import { localParts, zonedToUtc } from './local-time';
import { atLocalHour, clampWindow, DEFAULT_WINDOW, describeWhen, isInsideWindow, nextWindowTime } from './schedule';
import type { SendWindow } from './types';

const utc = (y: number, mo: number, d: number, h = 0, mi = 0) => Date.UTC(y, mo - 1, d, h, mi);
const at = (zone: string, y: number, mo: number, d: number, h: number, mi = 0) => zonedToUtc({ year: y, month: mo, day: d, hour: h, minute: mi }, zone);
const wall = (ms: number, zone: string) => {
  const p = localParts(ms, zone);
  return `${p.year}-${String(p.month).padStart(2, '0')}-${String(p.day).padStart(2, '0')} ${String(p.hour).padStart(2, '0')}:${String(p.minute).padStart(2, '0')}`;
};

describe('clampWindow', () => {
  it.each([
    [DEFAULT_WINDOW, DEFAULT_WINDOW],
    [{ startHour: 6, endHour: 23, preferredHour: 22 }, { startHour: 8, endHour: 21, preferredHour: 20 }],
    [{ startHour: 7, endHour: 7, preferredHour: 5 }, { startHour: 8, endHour: 9, preferredHour: 8 }],
    [{ startHour: 22, endHour: 23, preferredHour: 22 }, { startHour: 20, endHour: 21, preferredHour: 20 }],
    [{ startHour: 9, endHour: 20, preferredHour: 18.5 }, { startHour: 9, endHour: 20, preferredHour: 18.5 }],
    [{ startHour: Number.NaN, endHour: 20, preferredHour: 10 }, DEFAULT_WINDOW],
  ] as [SendWindow, SendWindow][])('%j -> %j', (input, output) => {
    expect(clampWindow(input)).toEqual(output);
  });
});

describe('isInsideWindow', () => {
  const zones = ['America/New_York', 'America/Los_Angeles', 'Europe/London', 'Asia/Kolkata', 'Asia/Tokyo', 'Australia/Sydney'];
  it.each(zones.flatMap((zone) => [
    [zone, 8, 59, false],
    [zone, 9, 0, true],
    [zone, 13, 30, true],
    [zone, 19, 59, true],
    [zone, 20, 0, false],
    [zone, 23, 0, false],
    [zone, 3, 0, false],
  ] as const))('%s %i:%i -> %s', (zone, hour, minute, inside) => {
    expect(isInsideWindow(at(zone, 2026, 12, 1, hour, minute), zone, DEFAULT_WINDOW)).toBe(inside);
    expect(isInsideWindow(at(zone, 2026, 7, 1, hour, minute), zone, DEFAULT_WINDOW)).toBe(inside);
  });

  it('never allows 07:30 or 21:30, whatever the stored window says', () => {
    const wide = { startHour: 0, endHour: 24, preferredHour: 10 };
    expect(isInsideWindow(at('America/New_York', 2026, 12, 1, 7, 30), 'America/New_York', wide)).toBe(false);
    expect(isInsideWindow(at('America/New_York', 2026, 12, 1, 21, 30), 'America/New_York', wide)).toBe(false);
    expect(isInsideWindow(at('America/New_York', 2026, 12, 1, 20, 59), 'America/New_York', wide)).toBe(true);
  });
});

describe('nextWindowTime', () => {
  it.each([
    // zone, local "from", expected local result
    ['America/New_York', [2026, 12, 1, 10, 0], '2026-12-01 10:00'],
    ['America/New_York', [2026, 12, 1, 6, 15], '2026-12-01 09:00'],
    ['America/New_York', [2026, 12, 1, 0, 0], '2026-12-01 09:00'],
    ['America/New_York', [2026, 12, 1, 20, 0], '2026-12-02 09:00'],
    ['America/New_York', [2026, 12, 31, 22, 0], '2027-01-01 09:00'],
    ['America/New_York', [2026, 3, 7, 21, 0], '2026-03-08 09:00'], // across spring forward
    ['America/New_York', [2026, 3, 8, 2, 30], '2026-03-08 09:00'],
    ['America/New_York', [2026, 10, 31, 23, 0], '2026-11-01 09:00'], // across fall back
    ['America/Los_Angeles', [2026, 11, 1, 1, 30], '2026-11-01 09:00'],
    ['Europe/London', [2026, 3, 28, 20, 30], '2026-03-29 09:00'],
    ['Europe/London', [2026, 10, 24, 22, 0], '2026-10-25 09:00'],
    ['Asia/Kolkata', [2026, 12, 1, 8, 45], '2026-12-01 09:00'],
    ['Asia/Tokyo', [2026, 12, 1, 19, 59], '2026-12-01 19:59'],
    ['Australia/Sydney', [2026, 10, 3, 21, 0], '2026-10-04 09:00'], // Sydney springs forward Oct 4
    ['Australia/Sydney', [2026, 4, 4, 23, 0], '2026-04-05 09:00'], // and falls back Apr 5
  ] as const)('%s %j -> %s', (zone, [y, mo, d, h, mi], expected) => {
    const from = at(zone, y, mo, d, h, mi);
    const result = nextWindowTime(from, zone, DEFAULT_WINDOW);
    expect(wall(result, zone)).toBe(expected);
    expect(result).toBeGreaterThanOrEqual(from);
  });

  it('uses the clamped window', () => {
    const early = { startHour: 5, endHour: 23, preferredHour: 6 };
    expect(wall(nextWindowTime(at('Europe/London', 2026, 12, 1, 6, 0), 'Europe/London', early), 'Europe/London')).toBe('2026-12-01 08:00');
    expect(wall(nextWindowTime(at('Europe/London', 2026, 12, 1, 21, 0), 'Europe/London', early), 'Europe/London')).toBe('2026-12-02 08:00');
  });

  it('always returns an instant inside the window, at or after the input (every 37 minutes over 2026)', () => {
    const windows: SendWindow[] = [DEFAULT_WINDOW, { startHour: 8, endHour: 9, preferredHour: 8 }, { startHour: 18, endHour: 21, preferredHour: 19 }];
    for (const zone of ['America/New_York', 'Europe/London', 'Australia/Sydney']) {
      for (const window of windows) {
        for (let ms = utc(2026, 1, 1); ms < utc(2027, 1, 1); ms += 37 * 60_000 * 11) {
          const result = nextWindowTime(ms, zone, window);
          expect(result).toBeGreaterThanOrEqual(ms);
          expect(isInsideWindow(result, zone, window)).toBe(true);
          expect(result - ms).toBeLessThan(26 * 3_600_000);
        }
      }
    }
  });
});

describe('atLocalHour', () => {
  it.each([
    ['America/New_York', [2026, 12, 1, 18], 1, 10, '2026-12-02 10:00'],
    ['America/New_York', [2026, 12, 1, 18], 0, 10, '2026-12-01 10:00'],
    ['America/New_York', [2026, 3, 7, 18], 1, 10, '2026-03-08 10:00'], // the DST day is 23 hours long
    ['America/New_York', [2026, 3, 7, 18], 1, 2, '2026-03-08 03:00'], // 02:00 does not exist that day
    ['America/New_York', [2026, 10, 31, 18], 1, 10, '2026-11-01 10:00'],
    ['Europe/London', [2026, 10, 24, 23], 2, 9, '2026-10-26 09:00'],
    ['Asia/Kolkata', [2026, 12, 31, 23], 1, 10, '2027-01-01 10:00'],
    ['Australia/Sydney', [2026, 12, 1, 1], 7, 10, '2026-12-08 10:00'],
  ] as const)('%s from %j, +%i days at %i:00 -> %s', (zone, [y, mo, d, h], days, hour, expected) => {
    expect(wall(atLocalHour(at(zone, y, mo, d, h), zone, days, hour), zone)).toBe(expected);
  });

  it('takes minutes', () => {
    expect(wall(atLocalHour(at('Asia/Tokyo', 2026, 12, 1, 8), 'Asia/Tokyo', 0, 18, 30), 'Asia/Tokyo')).toBe('2026-12-01 18:30');
  });
});

describe('describeWhen', () => {
  const zone = 'America/New_York';
  const now = at(zone, 2026, 12, 2, 12); // Wednesday noon
  it.each([
    [at(zone, 2026, 12, 2, 15), 'today at 3pm'],
    [at(zone, 2026, 12, 2, 12, 30), 'today at 12:30pm'],
    [at(zone, 2026, 12, 3, 10), 'tomorrow at 10am'],
    [at(zone, 2026, 12, 3, 0), 'tomorrow at 12am'],
    [at(zone, 2026, 12, 4, 10), 'Friday at 10am'],
    [at(zone, 2026, 12, 8, 9, 15), 'Tuesday at 9:15am'],
    [at(zone, 2026, 12, 9, 10), 'Dec 9 at 10am'],
    [at(zone, 2026, 12, 12, 10), 'Dec 12 at 10am'],
    [at(zone, 2027, 1, 5, 18), 'Jan 5 at 6pm'],
    [at(zone, 2028, 1, 5, 18), 'Jan 5 2028 at 6pm'],
  ] as const)('%i -> %s', (when, text) => {
    expect(describeWhen(when, now, zone)).toBe(text);
    expect(/^[ -~]+$/.test(describeWhen(when, now, zone))).toBe(true);
  });

  it('counts days in the user\'s zone, not UTC', () => {
    // 23:00 in Los Angeles is already tomorrow in UTC; 10:00 next morning is "tomorrow" there
    const la = 'America/Los_Angeles';
    expect(describeWhen(at(la, 2026, 12, 3, 10), at(la, 2026, 12, 2, 23), la)).toBe('tomorrow at 10am');
    expect(describeWhen(at('Asia/Kolkata', 2026, 12, 3, 10), at('Asia/Kolkata', 2026, 12, 3, 0, 30), 'Asia/Kolkata')).toBe('today at 10am');
  });
});
