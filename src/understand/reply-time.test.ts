import { describe, expect, it } from 'vitest';
import { DAY, HOUR } from '../domain/constants';
import { readWhen } from './reply-time';

const utc = (y: number, mo: number, d: number, h = 0, mi = 0) => Date.UTC(y, mo - 1, d, h, mi);
const NY = 'America/New_York';

describe('readWhen places what the user said in their zone, by the time module DST rule', () => {
  it.each([
    // phrase, said at, zone, day hour, the instant it means, why
    ['monday 5pm', utc(2026, 10, 30, 16), NY, 10, utc(2026, 11, 2, 22), 'said in EDT, meant in EST: 17:00 EST'],
    ['monday at 5', utc(2026, 10, 30, 16), NY, 10, utc(2026, 11, 2, 22), 'an hour 1-7 without am/pm is pm'],
    ['monday 9am', utc(2026, 3, 6, 17), NY, 10, utc(2026, 3, 9, 13), 'said in EST, meant in EDT: 09:00 EDT'],
    ['sunday 10am', utc(2026, 10, 2, 2), 'Australia/Sydney', 10, utc(2026, 10, 3, 23), 'said in AEST, meant in AEDT'],
    ['sunday', utc(2026, 9, 4, 15), 'America/Santiago', 0, utc(2026, 9, 6, 4), 'a midnight that does not exist: 01:00 that Sunday'],
    ['tomorrow', utc(2026, 11, 1, 5), NY, 10, utc(2026, 11, 2, 15), 'the day hour on the next local day, after fall back'],
    ['tomorrow', utc(2026, 3, 7, 20), NY, 10, utc(2026, 3, 8, 14), 'the day hour on the spring-forward day'],
    ['tomorrow', utc(2026, 12, 1, 12), 'Asia/Kolkata', 10, utc(2026, 12, 2, 4, 30), 'a half-hour zone'],
    ['in 3 days', utc(2026, 3, 6, 17), NY, 10, utc(2026, 3, 6, 17) + 3 * DAY, 'a duration stays exact across DST'],
    ['2h', utc(2026, 11, 1, 5), NY, 10, utc(2026, 11, 1, 5) + 2 * HOUR, 'hours from now, through the repeated hour'],
    ['the 15th', utc(2026, 12, 1, 12), NY, 10, utc(2026, 12, 15, 15), 'a day of this month'],
    ['the 31st', utc(2026, 11, 20, 12), NY, 10, utc(2026, 12, 31, 15), 'a day this month does not have: the next month with it'],
    ['tomorrow', utc(2026, 12, 1, 12), 'Not/AZone', 10, utc(2026, 12, 2, 10), 'a zone Intl does not know reads as UTC'],
  ] as const)('%j at %i in %s -> %i (%s)', (phrase, now, zone, dayHour, expected, _why) => {
    expect(readWhen(phrase, now, zone, dayHour)?.at).toBe(expected);
  });

  it.each([
    ['snooze tomorrow please', 'snooze please'],
    ['Sarah the 15th', 'Sarah'],
  ] as const)('%j leaves %j for the rest of the reply', (phrase, rest) => {
    expect(readWhen(phrase, utc(2026, 12, 1, 12), NY, 10)?.rest).toBe(rest);
  });

  it.each(['no time here', '', 'yesterday'])('%j holds no time ahead: null', (phrase) => {
    expect(readWhen(phrase, utc(2026, 12, 1, 12), NY, 10)).toBeNull();
  });
});
