import { describe, expect, it } from 'vitest';
import { localParts, zonedToUtc } from './time';
import { parseReply } from '../understand/reply';
import { DAY, DEFAULT_WINDOW, HOUR } from './constants';
import { afterPause, atLocalHour, clampWindow, describeWhen, isInsideWindow, nextWindowTime, PAUSED_INDEFINITELY, pauseHold, snoozeLanding } from './schedule';
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
    [
      { startHour: 6, endHour: 23, preferredHour: 22 },
      { startHour: 8, endHour: 21, preferredHour: 20 },
    ],
    [
      { startHour: 7, endHour: 7, preferredHour: 5 },
      { startHour: 8, endHour: 9, preferredHour: 8 },
    ],
    [
      { startHour: 22, endHour: 23, preferredHour: 22 },
      { startHour: 20, endHour: 21, preferredHour: 20 },
    ],
    [
      { startHour: 9, endHour: 20, preferredHour: 18.5 },
      { startHour: 9, endHour: 20, preferredHour: 18.5 },
    ],
    [{ startHour: Number.NaN, endHour: 20, preferredHour: 10 }, DEFAULT_WINDOW],
  ] as [SendWindow, SendWindow][])('%j -> %j', (input, output) => {
    expect(clampWindow(input)).toEqual(output);
  });
});

describe('isInsideWindow', () => {
  const zones = ['America/New_York', 'America/Los_Angeles', 'Europe/London', 'Asia/Kolkata', 'Asia/Tokyo', 'Australia/Sydney'];
  it.each(
    zones.flatMap(
      (zone) =>
        [
          [zone, 8, 59, false],
          [zone, 9, 0, true],
          [zone, 13, 30, true],
          [zone, 19, 59, true],
          [zone, 20, 0, false],
          [zone, 23, 0, false],
          [zone, 3, 0, false],
        ] as const,
    ),
  )('%s %i:%i -> %s', (zone, hour, minute, inside) => {
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
          expect(result - ms).toBeLessThan(26 * HOUR);
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

  it("counts days in the user's zone, not UTC", () => {
    // 23:00 in Los Angeles is already tomorrow in UTC; 10:00 next morning is "tomorrow" there
    const la = 'America/Los_Angeles';
    expect(describeWhen(at(la, 2026, 12, 3, 10), at(la, 2026, 12, 2, 23), la)).toBe('tomorrow at 10am');
    expect(describeWhen(at('Asia/Kolkata', 2026, 12, 3, 10), at('Asia/Kolkata', 2026, 12, 3, 0, 30), 'Asia/Kolkata')).toBe('today at 10am');
  });
});

describe('snoozeLanding: a snooze comes at the usual nudge hour unless the reply named a time', () => {
  const NY = 'America/New_York';
  const EVENING = { startHour: 9, endHour: 20, preferredHour: 18 };
  /** The reply read as parseReply reads it, then landed. */
  const landing = (reply: string, now: number, zone = NY, window: SendWindow = DEFAULT_WINDOW) => {
    const intent = parseReply(reply, { now, timeZone: zone });
    if (intent.kind !== 'snooze') throw new Error(`${reply} read as ${intent.kind}`);
    return snoozeLanding(intent.until, now, zone, window);
  };

  it.each([
    // reply, now (local), window, expected local landing
    ['snooze 3 days', [2026, 12, 1, 23, 47], DEFAULT_WINDOW, '2026-12-04 10:00'],
    ['snooze 3 days', [2026, 12, 1, 14, 5], DEFAULT_WINDOW, '2026-12-04 10:00'],
    ['snooze 3 days', [2026, 12, 1, 23, 47], EVENING, '2026-12-04 18:00'],
    ['snooze', [2026, 12, 1, 23, 47], DEFAULT_WINDOW, '2026-12-02 10:00'],
    ['not now', [2026, 12, 1, 9, 30], EVENING, '2026-12-02 18:00'],
    ['next week', [2026, 12, 1, 23, 47], DEFAULT_WINDOW, '2026-12-08 10:00'],
    ['snooze 2 wks', [2026, 12, 1, 7, 12], DEFAULT_WINDOW, '2026-12-15 10:00'],
    ['remind me tomorrow', [2026, 12, 1, 23, 47], DEFAULT_WINDOW, '2026-12-02 10:00'],
    ['remind me tomorrow', [2026, 12, 1, 23, 47], EVENING, '2026-12-02 18:00'],
    ['snooze till Monday', [2026, 12, 1, 23, 47], EVENING, '2026-12-07 18:00'],
    ['snooze 3 days', [2026, 10, 31, 23, 47], DEFAULT_WINDOW, '2026-11-03 10:00'], // across the fall-back hour
    ['snooze 3 days', [2026, 3, 6, 23, 47], DEFAULT_WINDOW, '2026-03-09 10:00'], // across spring forward
    // a clock time the user named stands inside the window, else the next preferred hour
    ['snooze till 6pm Friday', [2026, 12, 1, 23, 47], DEFAULT_WINDOW, '2026-12-04 18:00'],
    ['remind me next Tuesday at 5', [2026, 12, 1, 23, 47], DEFAULT_WINDOW, '2026-12-08 17:00'],
    ['remind me tomorrow at 9', [2026, 12, 1, 23, 47], EVENING, '2026-12-02 09:00'],
    ['snooze till 9pm Friday', [2026, 12, 1, 23, 47], DEFAULT_WINDOW, '2026-12-05 10:00'],
    ['remind me tomorrow at 8am', [2026, 12, 1, 23, 47], DEFAULT_WINDOW, '2026-12-02 10:00'],
    // short snoozes: later today if the window allows
    ['later', [2026, 12, 1, 14, 5], DEFAULT_WINDOW, '2026-12-01 17:05'],
    ['in 2 hours', [2026, 12, 1, 14, 5], DEFAULT_WINDOW, '2026-12-01 16:05'],
    ['later', [2026, 12, 1, 19, 30], DEFAULT_WINDOW, '2026-12-02 10:00'],
    ['later', [2026, 12, 1, 23, 47], EVENING, '2026-12-02 18:00'],
    ['later', [2026, 12, 1, 5, 0], DEFAULT_WINDOW, '2026-12-01 10:00'],
  ] as const)('"%s" at %j, %j -> %s', (reply, [y, mo, d, h, mi], window, expected) => {
    const now = at(NY, y, mo, d, h, mi);
    const landed = landing(reply, now, NY, window);
    expect(wall(landed, NY)).toBe(expected);
    expect(landed).toBeGreaterThan(now);
    expect(isInsideWindow(landed, NY, window)).toBe(true);
  });

  it.each([
    ['Asia/Tokyo', 'snooze 3 days', '2026-12-04 10:00'],
    ['Europe/London', 'snooze till Monday', '2026-12-07 10:00'],
    ['America/Los_Angeles', 'later', '2026-12-02 10:00'],
    ['Australia/Sydney', 'snooze till 6pm Friday', '2026-12-04 18:00'],
  ] as const)('in %s, "%s" at 23:47 -> %s local', (zone, reply, expected) => {
    expect(wall(landing(reply, at(zone, 2026, 12, 1, 23, 47), zone), zone)).toBe(expected);
  });

  it('lands an already landed time where it is, so a snooze asked before "which one?" keeps its landing', () => {
    const now = at(NY, 2026, 12, 1, 23, 47);
    for (const reply of ['snooze 3 days', 'later', 'snooze till 6pm Friday', 'remind me tomorrow']) {
      for (const window of [DEFAULT_WINDOW, EVENING]) {
        const landed = landing(reply, now, NY, window);
        expect(snoozeLanding(landed, now + 5 * 60_000, NY, window)).toBe(landed);
      }
    }
  });
});

describe('pauseHold and afterPause: nudges wait for a pause', () => {
  const NY = 'America/New_York';
  const now = at(NY, 2026, 12, 1, 23, 47);
  const twoWeeks = now + 14 * DAY; // Dec 15 23:47, outside the window
  it.each([
    ['not paused', null, at(NY, 2026, 12, 2, 10), '2026-12-02 10:00'],
    ['a pause that has ended', now - 60_000, at(NY, 2026, 12, 2, 10), '2026-12-02 10:00'],
    ['paused 2 weeks, due during it', twoWeeks, at(NY, 2026, 12, 2, 10), '2026-12-16 09:00'],
    ['paused 2 weeks, due after it', twoWeeks, at(NY, 2026, 12, 30, 10), '2026-12-30 10:00'],
    ['paused with no end', PAUSED_INDEFINITELY, at(NY, 2026, 12, 2, 10), null],
  ] as const)('%s', (_label, pausedUntil, due, expected) => {
    const result = afterPause(due, pausedUntil, now, NY, DEFAULT_WINDOW);
    expect(result === null ? null : wall(result, NY)).toBe(expected);
  });

  it('holds at the first window time from the end, or at PAUSED_INDEFINITELY', () => {
    expect(pauseHold(null, now, NY, DEFAULT_WINDOW)).toBeNull();
    expect(wall(pauseHold(twoWeeks, now, NY, DEFAULT_WINDOW) ?? 0, NY)).toBe('2026-12-16 09:00');
    expect(pauseHold(PAUSED_INDEFINITELY, now, NY, DEFAULT_WINDOW)).toBe(PAUSED_INDEFINITELY);
  });
});
