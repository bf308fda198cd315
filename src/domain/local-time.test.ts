import { describe, expect, it } from 'vitest';
import { addDays, dayKey, daysBetween, localDayKey, localParts, zonedToUtc } from './local-time';

const utc = (y: number, mo: number, d: number, h = 0, mi = 0) => Date.UTC(y, mo - 1, d, h, mi);

describe('localParts', () => {
  it.each([
    // instant (UTC), zone, local y-m-d h:m, weekday
    [utc(2026, 12, 1, 15), 'America/New_York', [2026, 12, 1, 10, 0], 2],
    [utc(2026, 12, 1, 15), 'America/Los_Angeles', [2026, 12, 1, 7, 0], 2],
    [utc(2026, 12, 1, 15), 'Europe/London', [2026, 12, 1, 15, 0], 2],
    [utc(2026, 12, 1, 15), 'Asia/Kolkata', [2026, 12, 1, 20, 30], 2],
    [utc(2026, 12, 1, 15), 'Asia/Tokyo', [2026, 12, 2, 0, 0], 3],
    [utc(2026, 12, 1, 15), 'Australia/Sydney', [2026, 12, 2, 2, 0], 3],
    [utc(2026, 7, 1, 12), 'Europe/London', [2026, 7, 1, 13, 0], 3],
    [utc(2026, 7, 1, 12), 'Australia/Sydney', [2026, 7, 1, 22, 0], 3],
    [utc(2026, 1, 1, 4, 59), 'America/New_York', [2025, 12, 31, 23, 59], 3],
  ] as const)('%i in %s', (ms, zone, [year, month, day, hour, minute], weekday) => {
    expect(localParts(ms, zone)).toEqual({ year, month, day, hour, minute, second: 0, weekday });
  });

  it('reads midnight as hour 0', () => {
    expect(localParts(utc(2026, 12, 1, 5), 'America/New_York').hour).toBe(0);
  });
});

describe('zonedToUtc', () => {
  it.each([
    ['America/New_York', [2026, 12, 1, 10, 0], utc(2026, 12, 1, 15)],
    ['America/New_York', [2026, 7, 1, 10, 0], utc(2026, 7, 1, 14)],
    ['America/Los_Angeles', [2026, 12, 1, 10, 0], utc(2026, 12, 1, 18)],
    ['Europe/London', [2026, 7, 1, 10, 0], utc(2026, 7, 1, 9)],
    ['Asia/Kolkata', [2026, 12, 1, 10, 0], utc(2026, 12, 1, 4, 30)],
    ['Asia/Tokyo', [2026, 12, 1, 10, 0], utc(2026, 12, 1, 1)],
    ['Australia/Sydney', [2026, 12, 1, 10, 0], utc(2026, 11, 30, 23)],
    ['Australia/Sydney', [2026, 7, 1, 10, 0], utc(2026, 7, 1, 0)],
    // US spring forward 2026-03-08: 02:00 -> 03:00
    ['America/New_York', [2026, 3, 8, 1, 59], utc(2026, 3, 8, 6, 59)],
    ['America/New_York', [2026, 3, 8, 2, 30], utc(2026, 3, 8, 7, 30)], // skipped: read as 03:30 EDT
    ['America/New_York', [2026, 3, 8, 3, 0], utc(2026, 3, 8, 7)],
    ['America/New_York', [2026, 3, 8, 10, 0], utc(2026, 3, 8, 14)],
    // US fall back 2026-11-01: 01:00-02:00 happens twice
    ['America/New_York', [2026, 11, 1, 0, 30], utc(2026, 11, 1, 4, 30)],
    ['America/New_York', [2026, 11, 1, 1, 30], utc(2026, 11, 1, 5, 30)], // first (EDT) occurrence
    ['America/New_York', [2026, 11, 1, 2, 0], utc(2026, 11, 1, 7)],
    ['America/Los_Angeles', [2026, 11, 1, 10, 0], utc(2026, 11, 1, 18)],
    // EU 2026-03-29: 01:00 UTC jump; 2026-10-25: 01:00 UTC fall back
    ['Europe/London', [2026, 3, 29, 1, 30], utc(2026, 3, 29, 1, 30)], // skipped: 02:30 BST
    ['Europe/London', [2026, 3, 29, 10, 0], utc(2026, 3, 29, 9)],
    ['Europe/London', [2026, 10, 25, 1, 30], utc(2026, 10, 25, 0, 30)], // first (BST) occurrence
    ['Europe/London', [2026, 10, 25, 10, 0], utc(2026, 10, 25, 10)],
    ['Europe/Berlin', [2026, 3, 29, 2, 30], utc(2026, 3, 29, 1, 30)], // skipped: 03:30 CEST
    ['Europe/Berlin', [2026, 10, 25, 2, 30], utc(2026, 10, 25, 0, 30)],
  ] as const)('%s %j', (zone, [year, month, day, hour, minute], expected) => {
    expect(zonedToUtc({ year, month, day, hour, minute }, zone)).toBe(expected);
  });

  it('round-trips every quarter hour of a DST year in several zones', () => {
    for (const zone of ['America/New_York', 'Europe/London', 'Asia/Kolkata', 'Australia/Sydney', 'Asia/Tokyo']) {
      for (let ms = utc(2026, 1, 1); ms < utc(2027, 1, 1); ms += 15 * 60_000 * 7) {
        const p = localParts(ms, zone);
        const back = zonedToUtc(p, zone);
        // the same wall time; the same instant unless it is the second pass of a repeated hour
        const q = localParts(back, zone);
        expect([q.year, q.month, q.day, q.hour, q.minute]).toEqual([p.year, p.month, p.day, p.hour, p.minute]);
        expect(back === ms || back === ms - 3_600_000).toBe(true);
      }
    }
  });
});

describe('day keys and calendar days', () => {
  it.each([
    [utc(2026, 12, 1, 3), 'America/Los_Angeles', '2026-11-30'],
    [utc(2026, 12, 1, 3), 'Asia/Kolkata', '2026-12-01'],
    [utc(2026, 12, 31, 14), 'Asia/Tokyo', '2026-12-31'],
    [utc(2026, 12, 31, 15), 'Asia/Tokyo', '2027-01-01'],
  ] as const)('%i in %s is %s', (ms, zone, key) => {
    expect(localDayKey(ms, zone)).toBe(key);
  });

  it('adds days across month and year ends', () => {
    expect(addDays({ year: 2026, month: 12, day: 31 }, 1)).toEqual({ year: 2027, month: 1, day: 1 });
    expect(addDays({ year: 2028, month: 3, day: 1 }, -1)).toEqual({ year: 2028, month: 2, day: 29 });
    expect(dayKey(addDays({ year: 2026, month: 2, day: 27 }, 3))).toBe('2026-03-02');
    expect(daysBetween({ year: 2026, month: 2, day: 27 }, { year: 2026, month: 3, day: 2 })).toBe(3);
  });
});
