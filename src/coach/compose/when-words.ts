// Relative day words as a text is read: "yesterday", "last night", "the other day", "Saturday", "tomorrow morning".
// Pure: instants, now and the zone in; words out ('' when nothing relative fits, e.g. no clock was given).

import { daysBetween, localDate, localParts, WEEKDAY_NAMES } from '../../domain/time';
import type { Millis } from '../../domain/types';
import type { ComposeOptions } from './facts';

/**
 * When something that already happened was, as a text read at `options.now` says it; '' when it was a week or more ago,
 * or is not in the past.
 * @example pastWords(fri21h, { now: sat10h, zone }) // 'last night' (never "tonight": a text is read later)
 * @example pastWords(wed14h, { now: sat10h, zone }) // 'the other day'
 */
export function pastWords(at: Millis, options: ComposeOptions | undefined): string {
  if (!options || at > options.now) return '';
  const days = daysBetween(localDate(at, options.zone), localDate(options.now, options.zone));
  const evening = localParts(at, options.zone).hour >= 17;
  if (days === 0) return evening ? 'earlier' : 'today';
  if (days === 1) return evening ? 'last night' : 'yesterday';
  if (days <= 4) return evening ? 'the other night' : 'the other day';
  return '';
}

/**
 * A day still to come, as a text read at `options.now` says it: "today", "tomorrow", "Saturday"; the weekday name
 * without a clock.
 * @example dayWords(sat, { now: thu, zone }) // 'Saturday'
 */
export function dayWords(at: Millis, options: ComposeOptions | undefined): string {
  const weekday = WEEKDAY_NAMES[localParts(at, options?.zone ?? 'UTC').weekday] ?? '';
  if (!options) return weekday;
  const days = daysBetween(localDate(options.now, options.zone), localDate(at, options.zone));
  if (days === 0) return 'today';
  if (days === 1) return 'tomorrow';
  return days > 1 && days <= 6 ? weekday : '';
}
