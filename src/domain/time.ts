// Wall-clock time in an IANA zone: the local parts of an instant, the instant of a wall time, calendar-day arithmetic,
// calendar names and clock text. Pure: epoch ms and zone names in, plain values out; one cached Intl formatter per zone.
//
// The one DST rule, wherever a wall time becomes an instant (Temporal's "compatible" disambiguation):
// - a wall time that does not exist (the clock springs forward over it) moves forward by the length of the gap:
//   New York 2026-03-08 02:30 -> 03:30 EDT; Santiago 2026-09-06 00:00 -> 01:00; Lord Howe 2026-10-04 02:15 -> 02:45.
// - a wall time that happens twice (the clock falls back) takes the earlier instant: New York 2026-11-01 01:30 -> EDT.
// A zone Intl does not know throws a RangeError; code that takes a zone from user input checks isTimeZone first.

import { DAY } from './constants';
import type { Millis, TimeZone } from './types';

/** A wall-clock reading. `month` is 1-12, `weekday` is 0 (Sunday) to 6 (Saturday). */
export interface LocalParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  weekday: number;
}

/** A wall time to place in a zone; `minute` defaults to 0. Days past the month's end roll over (Dec 32 is Jan 1). */
export interface LocalDateTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute?: number;
}

/** A calendar date without a time. */
export interface LocalDate {
  year: number;
  month: number;
  day: number;
}

export const MONTH_ABBREVIATIONS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
export const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
export const WEEKDAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** The last instant a Date can hold, in ms either side of 1970. */
const LAST_DATE = 8.64e15;
export const SHORT_WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
/** One formatter per zone, or null for a zone Intl does not know. */
const formatters = new Map<TimeZone, Intl.DateTimeFormat | null>();

function formatterFor(zone: TimeZone): Intl.DateTimeFormat | null {
  let formatter = formatters.get(zone);
  if (formatter === undefined) {
    try {
      formatter = new Intl.DateTimeFormat('en-US', {
        timeZone: zone,
        hourCycle: 'h23',
        year: 'numeric',
        month: 'numeric',
        day: 'numeric',
        hour: 'numeric',
        minute: 'numeric',
        second: 'numeric',
        weekday: 'short',
      });
    } catch {
      formatter = null;
    }
    formatters.set(zone, formatter);
  }
  return formatter;
}

/**
 * Whether Intl knows `zone`.
 * @example isTimeZone('America/New_York') // true
 * @example isTimeZone('Not/AZone') // false
 */
export function isTimeZone(zone: TimeZone): boolean {
  return formatterFor(zone) !== null;
}

/**
 * The wall clock in `zone` at instant `ms`.
 * @example localParts(Date.UTC(2026, 11, 1, 15, 0), 'America/New_York') // { year: 2026, month: 12, day: 1, hour: 10, minute: 0, second: 0, weekday: 2 }
 */
export function localParts(ms: Millis, zone: TimeZone): LocalParts {
  const key = `${zone} ${ms}`;
  const known = recentParts.get(key);
  if (known) return { ...known };
  const parts = readLocalParts(ms, zone);
  if (recentParts.size >= MAX_RECENT_PARTS) recentParts.clear();
  recentParts.set(key, parts);
  return { ...parts };
}

/** localParts of the last few instants: one text asks for the same "now" dozens of times, and formatToParts is slow. */
const recentParts = new Map<string, LocalParts>();
const MAX_RECENT_PARTS = 256;

function readLocalParts(ms: Millis, zone: TimeZone): LocalParts {
  const formatter = formatterFor(zone);
  if (!formatter) throw new RangeError(`unknown time zone ${zone}`);
  const parts: LocalParts = { year: 0, month: 0, day: 0, hour: 0, minute: 0, second: 0, weekday: 0 };
  for (const part of formatter.formatToParts(new Date(ms))) {
    switch (part.type) {
      case 'year':
      case 'month':
      case 'day':
      case 'hour':
      case 'minute':
      case 'second':
        parts[part.type] = Number(part.value);
        break;
      case 'weekday':
        parts.weekday = SHORT_WEEKDAYS.indexOf(part.value);
        break;
      default:
        break;
    }
  }
  if (parts.hour === 24) parts.hour = 0;
  return parts;
}

/**
 * The local calendar date at `ms`.
 * @example localDate(Date.UTC(2026, 11, 1, 3, 0), 'America/Los_Angeles') // { year: 2026, month: 11, day: 30 }
 */
export function localDate(ms: Millis, zone: TimeZone): LocalDate {
  const { year, month, day } = localParts(ms, zone);
  return { year, month, day };
}

/** How far `zone`'s wall clock is ahead of UTC at `ms`, in ms (New York in winter: -5h). */
function offsetAt(ms: Millis, zone: TimeZone): Millis {
  const p = localParts(ms, zone);
  const wall = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
  const whole = ms - (((ms % 1000) + 1000) % 1000);
  return wall - whole;
}

/**
 * Minutes `zone`'s wall clock is ahead of UTC at `ms`.
 * @example offsetMinutes(Date.UTC(2026, 11, 1, 23), 'America/New_York') // -300
 * @example offsetMinutes(Date.UTC(2026, 11, 1, 23), 'Asia/Kolkata') // 330
 */
export function offsetMinutes(ms: Millis, zone: TimeZone): number {
  return Math.round(offsetAt(ms, zone) / 60_000);
}

/**
 * The instant at which `zone`'s wall clock reads `local`, by the module's DST rule: a skipped wall time moves forward
 * by the gap (New York 2026-03-08 02:30 -> 03:30 EDT), a repeated one takes its first occurrence (2026-11-01 01:30 EDT).
 * NaN for a wall time outside the range of Date.
 * @example zonedToUtc({ year: 2026, month: 12, day: 1, hour: 10 }, 'America/New_York') // Date.UTC(2026, 11, 1, 15, 0)
 */
export function zonedToUtc(local: LocalDateTime, zone: TimeZone): Millis {
  const asUtc = Date.UTC(local.year, local.month - 1, local.day, local.hour, local.minute ?? 0);
  if (!(Math.abs(asUtc) <= LAST_DATE - DAY)) return Number.NaN;
  // Offsets a day either side: around a change, one is the offset before it and one the offset after.
  const before = offsetAt(asUtc - DAY, zone);
  const after = offsetAt(asUtc + DAY, zone);
  const valid = [asUtc - before, asUtc - after].filter((candidate) => offsetAt(candidate, zone) === asUtc - candidate);
  if (valid.length > 0) return Math.min(...valid);
  // In a gap: read the wall time with the offset in force before the jump, which lands after the gap.
  return asUtc - before;
}

/**
 * The instant of local `date` at an hour value, fractional hours being minutes (18.5 is 18:30), by the same DST rule.
 * @example atHourOn({ year: 2026, month: 12, day: 2 }, 18.5, 'America/New_York') // Date.UTC(2026, 11, 2, 23, 30)
 */
export function atHourOn(date: LocalDate, hour: number, zone: TimeZone): Millis {
  const minutes = Math.round(hour * 60);
  return zonedToUtc({ ...date, hour: Math.floor(minutes / 60), minute: minutes % 60 }, zone);
}

/**
 * A calendar date as "YYYY-MM-DD".
 * @example dayKey({ year: 2026, month: 3, day: 8 }) // "2026-03-08"
 */
export function dayKey(date: LocalDate): string {
  return `${String(date.year).padStart(4, '0')}-${String(date.month).padStart(2, '0')}-${String(date.day).padStart(2, '0')}`;
}

/**
 * The local calendar date at `ms`, as "YYYY-MM-DD".
 * @example localDayKey(Date.UTC(2026, 11, 1, 3, 0), 'America/Los_Angeles') // "2026-11-30"
 */
export function localDayKey(ms: Millis, zone: TimeZone): string {
  return dayKey(localParts(ms, zone));
}

/**
 * The calendar date `days` after `date` (negative: before), with month and year rollover.
 * @example addDays({ year: 2026, month: 12, day: 31 }, 1) // { year: 2027, month: 1, day: 1 }
 */
export function addDays(date: LocalDate, days: number): LocalDate {
  const shifted = new Date(Date.UTC(date.year, date.month - 1, date.day + days));
  return { year: shifted.getUTCFullYear(), month: shifted.getUTCMonth() + 1, day: shifted.getUTCDate() };
}

/**
 * Whole calendar days from date `a` to date `b` (b - a).
 * @example daysBetween({ year: 2026, month: 2, day: 27 }, { year: 2026, month: 3, day: 2 }) // 3
 */
export function daysBetween(a: LocalDate, b: LocalDate): number {
  return Math.round((Date.UTC(b.year, b.month - 1, b.day) - Date.UTC(a.year, a.month - 1, a.day)) / DAY);
}

/**
 * How many days `month` (1-12) of `year` has.
 * @example daysInMonth(2028, 2) // 29
 */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * The day of the week of a calendar date, 0 for Sunday.
 * @example weekdayOf({ year: 2026, month: 12, day: 7 }) // 1
 */
export function weekdayOf(date: LocalDate): number {
  return new Date(Date.UTC(date.year, date.month - 1, date.day)).getUTCDay();
}

/**
 * A stored event date, "YYYY-MM-DD" or "YYYY-MM" (a month only: day null); null when it is neither.
 * @example calendarDateOf('2026-12-12') // { year: 2026, month: 12, day: 12 }
 * @example calendarDateOf('2027-03') // { year: 2027, month: 3, day: null }
 */
export function calendarDateOf(on: string): { year: number; month: number; day: number | null } | null {
  const match = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(on);
  if (!match) return null;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = match[3] ? Number(match[3]) : null;
  if (month < 1 || month > 12 || (day !== null && (day < 1 || day > 31))) return null;
  return { year, month, day };
}

/**
 * A wall-clock time as replies say it.
 * @example clockText(10, 0) // "10am"
 * @example clockText(18, 30) // "6:30pm"
 * @example clockText(0, 5) // "12:05am"
 */
export function clockText(hour: number, minute: number): string {
  const suffix = hour < 12 ? 'am' : 'pm';
  const h12 = hour % 12 === 0 ? 12 : hour % 12;
  return minute === 0 ? `${h12}${suffix}` : `${h12}:${String(minute).padStart(2, '0')}${suffix}`;
}

/**
 * The local date of `ms` as replies say it.
 * @example shortDate(Date.UTC(2026, 11, 12, 15), 'America/New_York') // "Dec 12"
 */
export function shortDate(ms: Millis, zone: TimeZone): string {
  const { month, day } = localParts(ms, zone);
  return `${MONTH_ABBREVIATIONS[month - 1]} ${day}`;
}
