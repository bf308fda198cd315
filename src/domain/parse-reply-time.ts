// Times for the reply parser: a user's zone offset, wall-clock times in a zone, and "when" phrases read by chrono-node. Pure: `now` and the zone come in as arguments.

import * as chrono from 'chrono-node';
import type { Millis, TimeZone } from './types';

export const MINUTE: Millis = 60_000;
export const HOUR: Millis = 60 * MINUTE;
export const DAY: Millis = 24 * HOUR;

/** Local hour a snooze to a day without a time lands on ("remind me tomorrow" -> tomorrow 10:00). */
export const SNOOZE_DAY_HOUR = 10;

const MONTHS: Readonly<Record<string, string>> = {
  jan: 'January', feb: 'February', apr: 'April', jun: 'June', jul: 'July', aug: 'August', sep: 'September',
  oct: 'October', nov: 'November', dec: 'December',
};

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
      });
    } catch {
      formatter = null;
    }
    formatters.set(zone, formatter);
  }
  return formatter;
}

/**
 * Minutes the zone is ahead of UTC at `at` (an unknown zone counts as UTC).
 * zoneOffsetMinutes('America/New_York', Date.UTC(2026, 11, 1, 23)) -> -300
 */
export function zoneOffsetMinutes(zone: TimeZone, at: Millis): number {
  const formatter = formatterFor(zone);
  if (!formatter || !Number.isFinite(at)) return 0;
  const parts: Record<string, number> = {};
  for (const part of formatter.formatToParts(new Date(at))) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  const asUtc = Date.UTC(
    parts.year ?? 1970,
    (parts.month ?? 1) - 1,
    parts.day ?? 1,
    (parts.hour ?? 0) % 24,
    parts.minute ?? 0,
    parts.second ?? 0,
  );
  const wholeSeconds = at - (((at % 1000) + 1000) % 1000);
  return Math.round((asUtc - wholeSeconds) / MINUTE);
}

/**
 * The instant a wall-clock time happens in a zone (month 1-12; days past the month's end roll over).
 * localTime('America/New_York', 2026, 12, 2, 10, 0) -> Date.UTC(2026, 11, 2, 15, 0)
 */
export function localTime(zone: TimeZone, year: number, month: number, day: number, hour: number, minute: number): Millis {
  const wall = Date.UTC(year, month - 1, day, hour, minute);
  let guess = wall - zoneOffsetMinutes(zone, wall) * MINUTE;
  guess = wall - zoneOffsetMinutes(zone, guess) * MINUTE;
  return guess;
}

/** What a "when" phrase resolved to, and which part of the phrase said it. */
export interface When {
  at: Millis;
  /** the phrase without the words chrono read (what is left may name a person) */
  rest: string;
}

/**
 * Reads the first date, time or duration in `phrase`, relative to `now` in `zone`, always forward.
 * Durations ("3 days", "2h", "next week") and explicit times ("friday 5pm") are exact; a day without a
 * time ("tomorrow", "friday", "January") lands at `dayHour`:00 local on that day. Returns null when the
 * phrase holds no time, or only one that is not after `now`.
 * readWhen('in 3 days', now, 'America/New_York', 10)?.at -> now + 3 days
 */
export function readWhen(phrase: string, now: Millis, zone: TimeZone, dayHour: number): When | null {
  const text = phrase
    .replace(/\b(\d+)\s*(wks?)\b/gi, '$1 weeks')
    .replace(/\b(\d+)\s*(mos|mo|mths?|mnths?)\b/gi, '$1 months')
    .replace(/\b(\d+)\s*(dys?|ds)\b/gi, '$1 days')
    .replace(/\b(\d+)(days?|weeks?|hours?|hrs?|mins?|minutes?|months?)\b/gi, '$1 $2')
    .replace(/\ba couple( of)?\b/gi, '2')
    .replace(/\ba few\b/gi, '3')
    .replace(/\b(?:tomorow|tommorow|tommorrow|tomorro|tomoro|2morrow|2moro|2mrw|tmrw|tmw|tmr|tomoz)\b/gi, 'tomorrow')
    .replace(/\b(?:nxt)\b/gi, 'next')
    .replace(/\b(?:wk)\b/gi, 'week')
    .replace(/\b(jan|feb|apr|jun|jul|aug|sept?|oct|nov|dec)\b(?!\.?\s*\d)/gi, (month: string) => MONTHS[month.toLowerCase().slice(0, 3)] ?? month);
  let results: chrono.ParsedResult[];
  try {
    results = chrono.parse(
      text,
      { instant: new Date(now), timezone: zoneOffsetMinutes(zone, now) },
      { forwardDate: true },
    );
  } catch {
    return null;
  }
  const result = results[0];
  if (!result) return readDayOfMonth(text, now, zone, dayHour);
  const tags = result.tags();
  const exact =
    tags.has('result/relativeDate') ||
    result.start.isCertain('hour') ||
    tags.has('casualReference/tonight') ||
    tags.has('casualReference/evening') ||
    tags.has('casualReference/afternoon') ||
    tags.has('casualReference/noon') ||
    tags.has('casualReference/now');
  let at: Millis;
  if (exact) {
    at = result.start.date().getTime();
    // "monday at 5" means 17:00: nudges never go out before 08:00
    const hour = result.start.get('hour') ?? 0;
    if (result.start.isCertain('hour') && !result.start.isCertain('meridiem') && hour >= 1 && hour <= 7) at += 12 * HOUR;
  } else {
    const year = result.start.get('year') ?? 1970;
    const month = result.start.get('month') ?? 1;
    const day = result.start.get('day') ?? 1;
    at = localTime(zone, year, month, day, dayHour, 0);
    // "friday" said on a Friday evening means next Friday
    if (at <= now && result.start.isCertain('weekday') && !result.start.isCertain('day')) {
      at = localTime(zone, year, month, day + 7, dayHour, 0);
    }
  }
  if (!Number.isFinite(at) || at <= now) return null;
  const rest = `${text.slice(0, result.index)} ${text.slice(result.index + result.text.length)}`;
  return { at, rest: rest.replace(/\s+/g, ' ').trim() };
}

/** "the 15th" (which chrono leaves alone): the next 15th of a month, at `dayHour`:00 local. */
function readDayOfMonth(text: string, now: Millis, zone: TimeZone, dayHour: number): When | null {
  const match = /\b(?:the\s+)?(\d{1,2})(?:st|nd|rd|th)\b/i.exec(text);
  const day = Number(match?.[1]);
  if (!match || day < 1 || day > 31) return null;
  const local = new Date(now + zoneOffsetMinutes(zone, now) * MINUTE);
  let year = local.getUTCFullYear();
  let month = local.getUTCMonth() + 1;
  for (let tries = 0; tries < 3; tries++) {
    const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
    if (day <= lastDay) {
      const at = localTime(zone, year, month, day, dayHour, 0);
      if (at > now) {
        const rest = `${text.slice(0, match.index)} ${text.slice(match.index + match[0].length)}`;
        return { at, rest: rest.replace(/\s+/g, ' ').trim() };
      }
    }
    month++;
    if (month > 12) {
      month = 1;
      year++;
    }
  }
  return null;
}
