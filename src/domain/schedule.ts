// When a text may land: the user's sending window in their own time zone, and how to say a time back to them.
// Contract: pure; `now`/`at` are epoch ms, zones are IANA names. Texts never land before 08:00 or from 21:00 on, local
// time, whatever the stored window says (clampWindow). Windows are [startHour, endHour): start inclusive, end exclusive.

import { DAY, DEFAULT_WINDOW, EARLIEST_HOUR, HOUR, LATEST_HOUR } from './constants';
import { SNOOZE_DAY_HOUR } from '../understand/reply-time';
import { addDays, atHourOn, clockText, daysBetween, localParts, MONTH_ABBREVIATIONS, WEEKDAY_NAMES, zonedToUtc } from './time';
import type { Millis, SendWindow, TimeZone } from './types';

/** A pause with no end is stored as this instant: far enough to mean "until RESUME", near enough for Date to format. */
export const PAUSED_INDEFINITELY: Millis = Date.UTC(9999, 0, 1);

function finiteOr(value: number, fallback: number): number {
  return Number.isFinite(value) ? value : fallback;
}

/**
 * The window within the hard limits, at least an hour wide, with the preferred hour inside it.
 * Fractional hours are minutes (18.5 is 18:30).
 * @example clampWindow({ startHour: 6, endHour: 23, preferredHour: 22 }) // { startHour: 8, endHour: 21, preferredHour: 20 }
 */
export function clampWindow(window: SendWindow): SendWindow {
  const startHour = Math.min(Math.max(finiteOr(window.startHour, DEFAULT_WINDOW.startHour), EARLIEST_HOUR), LATEST_HOUR - 1);
  const endHour = Math.max(Math.min(finiteOr(window.endHour, DEFAULT_WINDOW.endHour), LATEST_HOUR), startHour + 1);
  const preferredHour = Math.min(Math.max(finiteOr(window.preferredHour, DEFAULT_WINDOW.preferredHour), startHour), endHour - 1);
  return { startHour, endHour, preferredHour };
}

/** Minutes after local midnight for an hour value (18.5 -> 1110). */
function minutesOf(hour: number): number {
  return Math.round(hour * 60);
}

/**
 * Whether `now` falls inside the (clamped) window in `zone`: start inclusive, end exclusive.
 * @example isInsideWindow(Date.UTC(2026, 11, 1, 14, 0), 'America/New_York', DEFAULT_WINDOW) // true (09:00 local)
 */
export function isInsideWindow(now: Millis, zone: TimeZone, window: SendWindow): boolean {
  const { startHour, endHour } = clampWindow(window);
  const p = localParts(now, zone);
  const minute = p.hour * 60 + p.minute + p.second / 60;
  return minute >= minutesOf(startHour) && minute < minutesOf(endHour);
}

/**
 * The first instant at or after `at` inside the window: `at` itself when inside, else that day's start, else the next
 * day's start.
 * @example nextWindowTime(Date.UTC(2026, 11, 2, 2, 0), 'America/New_York', DEFAULT_WINDOW) // Date.UTC(2026, 11, 2, 14, 0) (21:00 -> next 09:00)
 */
export function nextWindowTime(at: Millis, zone: TimeZone, window: SendWindow): Millis {
  if (isInsideWindow(at, zone, window)) return at;
  const { startHour } = clampWindow(window);
  const today = localParts(at, zone);
  for (let ahead = 0; ahead <= 3; ahead++) {
    const start = atHourOn(addDays(today, ahead), startHour, zone);
    if (start >= at && isInsideWindow(start, zone, window)) return start;
  }
  throw new Error(`no window time after ${at} in ${zone}`);
}

/** The first preferred hour at or after `at` (always inside the clamped window). */
function preferredFrom(at: Millis, zone: TimeZone, window: SendWindow): Millis {
  const { preferredHour } = clampWindow(window);
  const day = localParts(at, zone);
  const slot = atHourOn(day, preferredHour, zone);
  return slot >= at ? slot : atHourOn(addDays(day, 1), preferredHour, zone);
}

/**
 * When a snooze lands, from the time the reply asked for (`asked`, as parseReply reads it). A day or more ahead without
 * a clock time of its own lands at the preferred hour on that local day: a duration ("3 days", "next week") keeps now's
 * time of day, give or take a DST hour, and a day named alone ("till Monday") reads as SNOOZE_DAY_HOUR:00. A clock time
 * ("6pm Friday") or a short snooze ("later", "2h") stands when inside the window; outside it, the next preferred hour.
 * @example snoozeLanding(mon2347 + 3 * DAY, mon2347, 'America/New_York', DEFAULT_WINDOW) // Thursday 10:00, not 23:47
 * @example snoozeLanding(fri18h, mon2347, 'America/New_York', DEFAULT_WINDOW) // Friday 18:00, as asked
 */
export function snoozeLanding(asked: Millis, now: Millis, zone: TimeZone, window: SendWindow): Millis {
  const drift = (((asked - now) % DAY) + DAY) % DAY;
  const isDuration = asked - now >= DAY - HOUR && (drift === 0 || drift === HOUR || drift === DAY - HOUR);
  const target = localParts(asked, zone);
  const isDayAlone = target.hour === SNOOZE_DAY_HOUR && target.minute === 0 && target.second === 0 && asked % 1000 === 0;
  if (isDuration || isDayAlone) {
    // whole days counted on the local calendar, so a DST change near midnight never moves the day
    const day = isDuration ? addDays(localParts(now, zone), Math.round((asked - now) / DAY)) : target;
    const slot = atHourOn(day, clampWindow(window).preferredHour, zone);
    return slot > now ? slot : preferredFrom(now, zone, window);
  }
  return isInsideWindow(asked, zone, window) ? asked : preferredFrom(asked, zone, window);
}

/**
 * Where a pause holds nudges: the first window time from its end, or PAUSED_INDEFINITELY for a pause with no end.
 * null when the user is not paused at `now`.
 * @example pauseHold(Date.UTC(2026, 11, 16, 4, 47), now, 'America/New_York', DEFAULT_WINDOW) // Date.UTC(2026, 11, 16, 14, 0)
 */
export function pauseHold(pausedUntil: Millis | null, now: Millis, zone: TimeZone, window: SendWindow): Millis | null {
  if (pausedUntil === null || pausedUntil <= now) return null;
  return pausedUntil >= PAUSED_INDEFINITELY ? PAUSED_INDEFINITELY : nextWindowTime(pausedUntil, zone, window);
}

/**
 * When a nudge planned for `at` can go out under the user's pause: `at` when not paused, not before the pause's hold,
 * and null when paused with no end (it waits for RESUME).
 * @example afterPause(dec2At10, dec16At9, now, zone, window) // dec16At9
 * @example afterPause(dec2At10, PAUSED_INDEFINITELY, now, zone, window) // null
 */
export function afterPause(at: Millis, pausedUntil: Millis | null, now: Millis, zone: TimeZone, window: SendWindow): Millis | null {
  const hold = pauseHold(pausedUntil, now, zone, window);
  if (hold === null) return at;
  return hold >= PAUSED_INDEFINITELY ? null : Math.max(at, hold);
}

/**
 * The instant of `hour:minute` local time, `daysAhead` calendar days after `now`'s local date.
 * @example atLocalHour(Date.UTC(2026, 11, 1, 23, 0), 'America/New_York', 1, 10) // Date.UTC(2026, 11, 2, 15, 0) (Dec 1 18:00 -> Dec 2 10:00)
 */
export function atLocalHour(now: Millis, zone: TimeZone, daysAhead: number, hour: number, minute = 0): Millis {
  const date = addDays(localParts(now, zone), daysAhead);
  return zonedToUtc({ ...date, hour, minute }, zone);
}

/**
 * `at` in the user's words, relative to `now` in `zone`. GSM-7 only.
 * @example describeWhen(friday10am, wednesdayNoon, 'America/New_York') // "Friday at 10am"
 * @example describeWhen(dec12At10, dec1, 'America/New_York') // "Dec 12 at 10am"
 */
export function describeWhen(at: Millis, now: Millis, zone: TimeZone): string {
  const target = localParts(at, zone);
  const days = daysBetween(localParts(now, zone), target);
  const clock = clockText(target.hour, target.minute);
  if (days === 0) return `today at ${clock}`;
  if (days === 1) return `tomorrow at ${clock}`;
  if (days > 1 && days <= 6) return `${WEEKDAY_NAMES[target.weekday]} at ${clock}`;
  const year = days > 300 || days < -60 ? ` ${target.year}` : '';
  return `${MONTH_ABBREVIATIONS[target.month - 1]} ${target.day}${year} at ${clock}`;
}
