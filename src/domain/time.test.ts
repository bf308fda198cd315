import { describe, expect, it } from 'vitest';
import { HOUR } from './constants';
import {
  addDays,
  atHourOn,
  calendarDateOf,
  clockText,
  dayKey,
  daysBetween,
  daysInMonth,
  isTimeZone,
  localDate,
  localDayKey,
  localParts,
  offsetMinutes,
  shortDate,
  weekdayOf,
  zonedToUtc,
} from './time';

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
        expect(back === ms || back === ms - HOUR).toBe(true);
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

describe('the DST rule: a wall time that does not exist moves forward by the gap, a repeated one takes the earlier instant', () => {
  it.each([
    // zone, local wall time, the instant, what happens
    ['America/New_York', [2026, 3, 8, 1, 59], utc(2026, 3, 8, 6, 59), 'last minute of EST'],
    ['America/New_York', [2026, 3, 8, 2, 0], utc(2026, 3, 8, 7, 0), 'skipped: 03:00 EDT'],
    ['America/New_York', [2026, 3, 8, 2, 30], utc(2026, 3, 8, 7, 30), 'skipped: 03:30 EDT'],
    ['America/New_York', [2026, 3, 8, 3, 0], utc(2026, 3, 8, 7, 0), 'first minute of EDT'],
    ['America/New_York', [2026, 11, 1, 0, 59], utc(2026, 11, 1, 4, 59), 'before the repeat'],
    ['America/New_York', [2026, 11, 1, 1, 0], utc(2026, 11, 1, 5, 0), 'repeated: EDT, not 06:00Z'],
    ['America/New_York', [2026, 11, 1, 1, 59], utc(2026, 11, 1, 5, 59), 'repeated: EDT, not 06:59Z'],
    ['America/New_York', [2026, 11, 1, 2, 0], utc(2026, 11, 1, 7, 0), 'after the repeat: EST'],
    ['America/Los_Angeles', [2026, 3, 8, 2, 30], utc(2026, 3, 8, 10, 30), 'skipped: 03:30 PDT'],
    ['America/Los_Angeles', [2026, 11, 1, 1, 30], utc(2026, 11, 1, 8, 30), 'repeated: PDT'],
    // southern hemisphere: Sydney springs forward on Oct 4 and falls back on Apr 5
    ['Australia/Sydney', [2026, 10, 4, 1, 59], utc(2026, 10, 3, 15, 59), 'last minute of AEST'],
    ['Australia/Sydney', [2026, 10, 4, 2, 30], utc(2026, 10, 3, 16, 30), 'skipped: 03:30 AEDT'],
    ['Australia/Sydney', [2026, 4, 5, 2, 30], utc(2026, 4, 4, 15, 30), 'repeated: AEDT, not 16:30Z'],
    ['Australia/Sydney', [2026, 4, 5, 3, 0], utc(2026, 4, 4, 17, 0), 'after the repeat: AEST'],
    // Santiago changes at midnight, so a whole day starts at 01:00
    ['America/Santiago', [2026, 9, 6, 0, 0], utc(2026, 9, 6, 4, 0), 'skipped midnight: 01:00 -03'],
    ['America/Santiago', [2026, 4, 4, 23, 30], utc(2026, 4, 5, 2, 30), 'repeated: -03, not 03:30Z'],
    // half-hour and quarter-hour zones
    ['Asia/Kolkata', [2026, 3, 8, 9, 0], utc(2026, 3, 8, 3, 30), '+05:30, no DST'],
    ['Asia/Kathmandu', [2026, 7, 1, 5, 45], utc(2026, 7, 1, 0, 0), '+05:45, no DST'],
    ['America/St_Johns', [2026, 3, 8, 1, 59], utc(2026, 3, 8, 5, 29), 'last minute of NST (-03:30)'],
    ['America/St_Johns', [2026, 3, 8, 2, 30], utc(2026, 3, 8, 6, 0), 'skipped: 03:30 NDT (-02:30)'],
    ['America/St_Johns', [2026, 11, 1, 1, 30], utc(2026, 11, 1, 4, 0), 'repeated: NDT, not 05:00Z'],
    ['Australia/Adelaide', [2026, 10, 4, 2, 15], utc(2026, 10, 3, 16, 45), 'skipped: 03:15 ACDT (+10:30)'],
    ['Australia/Adelaide', [2026, 4, 5, 2, 30], utc(2026, 4, 4, 16, 0), 'repeated: ACDT, not 17:00Z'],
    // Lord Howe moves its clock by half an hour, so the gap is 30 minutes
    ['Australia/Lord_Howe', [2026, 10, 4, 2, 15], utc(2026, 10, 3, 15, 45), 'skipped: 02:45 (+11)'],
    ['Australia/Lord_Howe', [2026, 4, 5, 1, 45], utc(2026, 4, 4, 14, 45), 'repeated: +11, not 15:15Z'],
  ] as const)('%s %j -> %i (%s)', (zone, [year, month, day, hour, minute], expected, _what) => {
    expect(zonedToUtc({ year, month, day, hour, minute }, zone)).toBe(expected);
  });

  it.each([
    // instant, zone, the wall clock then
    [utc(2026, 3, 8, 6, 59), 'America/New_York', [2026, 3, 8, 1, 59], -300],
    [utc(2026, 3, 8, 7, 0), 'America/New_York', [2026, 3, 8, 3, 0], -240],
    [utc(2026, 11, 1, 5, 30), 'America/New_York', [2026, 11, 1, 1, 30], -240],
    [utc(2026, 11, 1, 6, 30), 'America/New_York', [2026, 11, 1, 1, 30], -300],
    [utc(2026, 10, 3, 16, 0), 'Australia/Sydney', [2026, 10, 4, 3, 0], 660],
    [utc(2026, 4, 4, 16, 30), 'Australia/Sydney', [2026, 4, 5, 2, 30], 600],
    [utc(2026, 12, 1, 23), 'Asia/Kolkata', [2026, 12, 2, 4, 30], 330],
    [utc(2026, 12, 1, 23), 'America/St_Johns', [2026, 12, 1, 19, 30], -210],
    [utc(2026, 1, 15, 0), 'Australia/Adelaide', [2026, 1, 15, 10, 30], 630],
  ] as const)('%i in %s reads %j, %i minutes from UTC', (ms, zone, [year, month, day, hour, minute], offset) => {
    expect(localParts(ms, zone)).toMatchObject({ year, month, day, hour, minute });
    expect(offsetMinutes(ms, zone)).toBe(offset);
  });

  it.each([
    // date, fractional hour, zone, the instant
    [{ year: 2026, month: 12, day: 2 }, 18.5, 'America/New_York', utc(2026, 12, 2, 23, 30)],
    [{ year: 2026, month: 3, day: 8 }, 2.5, 'America/New_York', utc(2026, 3, 8, 7, 30)],
    [{ year: 2026, month: 11, day: 1 }, 1.5, 'America/New_York', utc(2026, 11, 1, 5, 30)],
    [{ year: 2026, month: 10, day: 4 }, 10, 'Australia/Sydney', utc(2026, 10, 3, 23, 0)],
    [{ year: 2026, month: 12, day: 2 }, 10, 'Asia/Kolkata', utc(2026, 12, 2, 4, 30)],
  ] as const)('atHourOn(%j, %d, %s) is %i', (date, hour, zone, expected) => {
    expect(atHourOn(date, hour, zone)).toBe(expected);
  });

  it('counts calendar days, not 24-hour spans, across both 2026 US changes', () => {
    const NY = 'America/New_York';
    expect(daysBetween(localDate(utc(2026, 3, 7, 15), NY), localDate(utc(2026, 3, 9, 14), NY))).toBe(2);
    expect(daysBetween(localDate(utc(2026, 10, 31, 14), NY), localDate(utc(2026, 11, 2, 15), NY))).toBe(2);
    expect(localDate(utc(2026, 11, 2, 4, 30), NY)).toEqual({ year: 2026, month: 11, day: 1 });
  });

  it('reads nothing as an instant outside the range of Date', () => {
    expect(zonedToUtc({ year: 275_760, month: 12, day: 1, hour: 0 }, 'America/New_York')).toBeNaN();
  });
});

describe('zones, calendar dates and clock text', () => {
  it.each([
    ['America/New_York', true],
    ['Asia/Kathmandu', true],
    ['UTC', true],
    ['Not/AZone', false],
    ['', false],
  ] as const)('isTimeZone(%j) is %s', (zone, known) => {
    expect(isTimeZone(zone)).toBe(known);
  });

  it('throws on a zone Intl does not know', () => {
    expect(() => localParts(utc(2026, 12, 1), 'Not/AZone')).toThrow(RangeError);
  });

  it.each([
    ['2026-12-12', { year: 2026, month: 12, day: 12 }],
    ['2027-03', { year: 2027, month: 3, day: null }],
    ['2026-13', null],
    ['2026-02-32', null],
    ['2026-00-10', null],
    ['Dec 12', null],
  ] as const)('calendarDateOf(%j) is %j', (on, expected) => {
    expect(calendarDateOf(on)).toEqual(expected);
  });

  it.each([
    [2026, 2, 28],
    [2028, 2, 29],
    [2026, 12, 31],
    [2026, 4, 30],
  ] as const)('daysInMonth(%i, %i) is %i', (year, month, days) => {
    expect(daysInMonth(year, month)).toBe(days);
  });

  it.each([
    [{ year: 2026, month: 12, day: 6 }, 0],
    [{ year: 2026, month: 12, day: 7 }, 1],
    [{ year: 2028, month: 2, day: 29 }, 2],
    [{ year: 2026, month: 12, day: 31 }, 4],
    [{ year: 2027, month: 1, day: 2 }, 6],
  ] as const)('weekdayOf(%o) is %i', (date, weekday) => {
    expect(weekdayOf(date)).toBe(weekday);
  });

  it.each([
    [10, 0, '10am'],
    [0, 0, '12am'],
    [12, 0, '12pm'],
    [18, 30, '6:30pm'],
    [0, 5, '12:05am'],
  ] as const)('clockText(%i, %i) is %s', (hour, minute, text) => {
    expect(clockText(hour, minute)).toBe(text);
  });

  it.each([
    [utc(2026, 12, 12, 15), 'America/New_York', 'Dec 12'],
    [utc(2026, 12, 12, 3), 'America/New_York', 'Dec 11'],
    [utc(2026, 9, 5, 12), 'Asia/Tokyo', 'Sep 5'],
  ] as const)('shortDate(%i, %s) is %s, as Intl says it', (ms, zone, text) => {
    expect(shortDate(ms, zone)).toBe(text);
    expect(shortDate(ms, zone)).toBe(new Intl.DateTimeFormat('en-US', { month: 'short', day: 'numeric', timeZone: zone }).format(ms));
  });
});
