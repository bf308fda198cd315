// Wall-clock math in an IANA time zone, on top of Intl.DateTimeFormat. Pure: epoch ms and zone names in, plain values out.
// Contract: localParts reads the wall clock at an instant; zonedToUtc finds the instant of a wall time, resolving a
// skipped hour (spring forward) to the same wall time on the later offset (02:30 -> 03:30) and a repeated hour
// (fall back) to its first occurrence, as Temporal's "compatible" disambiguation does.

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

/** A wall time to place in a zone; `minute` defaults to 0. */
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

const HOUR: Millis = 3_600_000;
const DAY: Millis = 24 * HOUR;
const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const formatters = new Map<TimeZone, Intl.DateTimeFormat>();

function formatterFor(zone: TimeZone): Intl.DateTimeFormat {
  let formatter = formatters.get(zone);
  if (!formatter) {
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
    formatters.set(zone, formatter);
  }
  return formatter;
}

/**
 * The wall clock in `zone` at instant `ms`.
 * @example localParts(Date.UTC(2026, 11, 1, 15, 0), 'America/New_York') // { year: 2026, month: 12, day: 1, hour: 10, minute: 0, second: 0, weekday: 2 }
 */
export function localParts(ms: Millis, zone: TimeZone): LocalParts {
  const parts: LocalParts = { year: 0, month: 0, day: 0, hour: 0, minute: 0, second: 0, weekday: 0 };
  for (const part of formatterFor(zone).formatToParts(new Date(ms))) {
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
        parts.weekday = WEEKDAYS.indexOf(part.value);
        break;
      default:
        break;
    }
  }
  if (parts.hour === 24) parts.hour = 0;
  return parts;
}

/** How far `zone`'s wall clock is ahead of UTC at `ms`, in ms (New York in winter: -5h). */
function offsetAt(ms: Millis, zone: TimeZone): Millis {
  const p = localParts(ms, zone);
  const wall = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
  const whole = ms - (((ms % 1000) + 1000) % 1000);
  return wall - whole;
}

/**
 * The instant at which `zone`'s wall clock reads `local`. Correct across DST: a skipped wall time lands on the later
 * offset (New York 2026-03-08 02:30 -> 03:30 EDT), a repeated one on its first occurrence (2026-11-01 01:30 -> EDT).
 * @example zonedToUtc({ year: 2026, month: 12, day: 1, hour: 10 }, 'America/New_York') // Date.UTC(2026, 11, 1, 15, 0)
 */
export function zonedToUtc(local: LocalDateTime, zone: TimeZone): Millis {
  const asUtc = Date.UTC(local.year, local.month - 1, local.day, local.hour, local.minute ?? 0);
  const before = offsetAt(asUtc - DAY, zone);
  const after = offsetAt(asUtc + DAY, zone);
  const valid = [asUtc - before, asUtc - after].filter((candidate) => offsetAt(candidate, zone) === asUtc - candidate);
  if (valid.length > 0) return Math.min(...valid);
  // In a gap: read the wall time with the offset in force before the jump, which lands after the gap.
  return asUtc - before;
}

/**
 * The local calendar date at `ms`, as "YYYY-MM-DD".
 * @example localDayKey(Date.UTC(2026, 11, 1, 3, 0), 'America/Los_Angeles') // "2026-11-30"
 */
export function localDayKey(ms: Millis, zone: TimeZone): string {
  const p = localParts(ms, zone);
  return dayKey(p);
}

/**
 * A calendar date as "YYYY-MM-DD".
 * @example dayKey({ year: 2026, month: 3, day: 8 }) // "2026-03-08"
 */
export function dayKey(date: LocalDate): string {
  return `${String(date.year).padStart(4, '0')}-${String(date.month).padStart(2, '0')}-${String(date.day).padStart(2, '0')}`;
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
