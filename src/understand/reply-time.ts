// "When" phrases in replies ("in 3 days", "friday 5pm", "the 15th"), read by chrono-node and placed in the user's zone
// by the time module's DST rule. Pure: `now` and the zone come in as arguments; a zone Intl does not know reads as UTC.

import * as chrono from 'chrono-node/en';
import { daysInMonth, isTimeZone, localParts, offsetMinutes, zonedToUtc } from '../domain/time';
import type { Millis, TimeZone } from '../domain/types';

// parse-reply reads these from here; they are defined once, in constants.
export { DAY, HOUR } from '../domain/constants';

/** Local hour a snooze to a day without a time lands on ("remind me tomorrow" -> tomorrow 10:00). */
export const SNOOZE_DAY_HOUR = 10;

const MONTH_EXPANSIONS: Readonly<Record<string, string>> = {
  jan: 'January',
  feb: 'February',
  apr: 'April',
  jun: 'June',
  jul: 'July',
  aug: 'August',
  sep: 'September',
  oct: 'October',
  nov: 'November',
  dec: 'December',
};

/** What a "when" phrase resolved to, and which part of the phrase said it. */
export interface TimeMention {
  at: Millis;
  /** the phrase without the words chrono read (what is left may name a person) */
  rest: string;
}

/**
 * Reads the first date, time or duration in `phrase`, relative to `now` in `zone`, always forward.
 * Durations ("3 days", "2h", "next week") are exact; a clock time ("friday 5pm") is that wall time in `zone` on that
 * day, even across a DST change; a day without a time ("tomorrow", "friday", "January") lands at `dayHour`:00 local on
 * that day. Returns null when the phrase holds no time, or only one that is not after `now`.
 * @example readWhen('in 3 days', now, 'America/New_York', 10)?.at // now + 3 days
 * @example readWhen('monday 5pm', fri20261030noon, 'America/New_York', 10)?.at // Date.UTC(2026, 10, 2, 22) (17:00 EST)
 */
export function readWhen(phrase: string, now: Millis, zone: TimeZone, dayHour: number): TimeMention | null {
  const known = isTimeZone(zone) ? zone : 'UTC';
  const text = phrase
    .replace(/\b(\d+)\s*(wks?)\b/gi, '$1 weeks')
    .replace(/\b(\d+)\s*(mos|mo|mths?|mnths?)\b/gi, '$1 months')
    .replace(/\b(\d+)\s*(dys?|ds)\b/gi, '$1 days')
    .replace(/\b(\d+)(days?|weeks?|hours?|hrs?|mins?|minutes?|months?)\b/gi, '$1 $2')
    // British and Australian: "a fortnight", "two fortnights"
    .replace(/\b(?:a|one)\s+fortnight\b|\bfortnight\b/gi, '2 weeks')
    .replace(/\b(\d+|two|three)\s+fortnights\b/gi, (_m, count: string) => `${({ two: 2, three: 3 }[count.toLowerCase()] ?? Number(count)) * 2} weeks`)
    .replace(/\ba couple( of)?\b/gi, '2')
    .replace(/\ba few\b/gi, '3')
    .replace(/\b(?:tomorow|tommorow|tommorrow|tomorro|tomoro|2morrow|2moro|2mrw|tmrw|tmw|tmr|tomoz)\b/gi, 'tomorrow')
    .replace(/\b(?:nxt)\b/gi, 'next')
    .replace(/\b(?:wk)\b/gi, 'week')
    .replace(/\b(jan|feb|apr|jun|jul|aug|sept?|oct|nov|dec)\b(?!\.?\s*\d)/gi, (month: string) => MONTH_EXPANSIONS[month.toLowerCase().slice(0, 3)] ?? month);
  if (!Number.isFinite(now)) return null;
  let results: chrono.ParsedResult[];
  try {
    results = chrono.parse(text, { instant: new Date(now), timezone: offsetMinutes(now, known) }, { forwardDate: true });
  } catch {
    return null;
  }
  const result = results[0];
  if (!result) return readDayOfMonth(text, now, known, dayHour);
  const tags = result.tags();
  const start = result.start;
  const year = start.get('year') ?? 1970;
  const month = start.get('month') ?? 1;
  const day = start.get('day') ?? 1;
  let at: Millis;
  if (tags.has('result/relativeDate') || tags.has('casualReference/now')) {
    // a duration from now: exact milliseconds, whatever the wall clock does in between
    at = start.date().getTime();
  } else if (
    start.isCertain('hour') ||
    tags.has('casualReference/tonight') ||
    tags.has('casualReference/evening') ||
    tags.has('casualReference/afternoon') ||
    tags.has('casualReference/noon')
  ) {
    // chrono read the wall time with today's offset; the day it names may have another one
    let hour = start.get('hour') ?? 0;
    // "monday at 5" means 17:00: nudges never go out before 08:00
    if (start.isCertain('hour') && !start.isCertain('meridiem') && hour >= 1 && hour <= 7) hour += 12;
    at = zonedToUtc({ year, month, day, hour, minute: start.get('minute') ?? 0 }, known);
  } else {
    at = zonedToUtc({ year, month, day, hour: dayHour }, known);
    // "friday" said on a Friday evening means next Friday
    if (at <= now && start.isCertain('weekday') && !start.isCertain('day')) {
      at = zonedToUtc({ year, month, day: day + 7, hour: dayHour }, known);
    }
  }
  if (!Number.isFinite(at) || at <= now) return null;
  const rest = `${text.slice(0, result.index)} ${text.slice(result.index + result.text.length)}`;
  return { at, rest: rest.replace(/\s+/g, ' ').trim() };
}

/** "the 15th" (which chrono leaves alone): the next 15th of a month, at `dayHour`:00 local. */
function readDayOfMonth(text: string, now: Millis, zone: TimeZone, dayHour: number): TimeMention | null {
  const match = /\b(?:the\s+)?(\d{1,2})(?:st|nd|rd|th)\b/i.exec(text);
  const day = Number(match?.[1]);
  if (!match || day < 1 || day > 31) return null;
  let { year, month } = localParts(now, zone);
  for (let tries = 0; tries < 3; tries++) {
    if (day <= daysInMonth(year, month)) {
      const at = zonedToUtc({ year, month, day, hour: dayHour }, zone);
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
