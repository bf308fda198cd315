// How a text speaks of one of their events: when it is ("tomorrow", "on Friday", "in March") and in which tone.

import { eventMoment } from '../playbook/moments';
import { calendarDateOf, daysBetween, localParts, MONTH_ABBREVIATIONS, MONTH_NAMES, WEEKDAY_NAMES } from '../../domain/time';
import type { PersonEvent } from '../../domain/types';
import { clipAt } from './details';
import type { ComposeOptions, Facts } from './facts';
import { isDoing, readsAsNounPhrase, toYou, withThe } from './references';

export interface EventWords {
  /** Kindling's line: "Sarah's gallery opening is tomorrow" / "Sarah is moving to Denver in March" */
  line: string;
  /** short: "gallery opening tomorrow" */
  short: string;
  /** in a draft: "the gallery opening", "your show", "moving to Denver" */
  ref: string;
  tone: 'luck' | 'celebrate' | 'wish';
  month: boolean;
  birthday: boolean;
  /** its day is over (a nudge read after it): wishes turn into "how did it go?", never "hope it goes well" */
  past: boolean;
}

/** Whether the event's day is before today (as `options.now` reads it); false without a clock or a day. */
export function eventIsPast(event: PersonEvent, options?: ComposeOptions): boolean {
  const date = calendarDateOf(event.on);
  if (!date || date.day === null || !options) return false;
  return daysBetween(localParts(options.now, options.zone), { year: date.year, month: date.month, day: date.day }) < 0;
}

/**
 * When the event is, relative to `options.now` when given: "today", "tomorrow", "on Friday", "on Dec 12", "in March",
 * "this month"; "soon" when its date is unreadable.
 * @example eventWhen({ what: 'gallery opening', on: '2026-12-12' }, { now: dec11At10, zone: 'America/New_York' }) // 'tomorrow'
 * @example eventWhen({ what: 'moving to Denver', on: '2027-03' }) // 'in March'
 */
export function eventWhen(event: PersonEvent, options?: ComposeOptions): string {
  const date = calendarDateOf(event.on);
  if (!date) return 'soon';
  const today = options ? localParts(options.now, options.zone) : null;
  if (date.day === null) {
    if (today && today.year === date.year && today.month === date.month) return 'this month';
    return `in ${MONTH_NAMES[date.month - 1]}`;
  }
  const day = { year: date.year, month: date.month, day: date.day };
  if (today) {
    const ahead = daysBetween(today, day);
    if (ahead === 0) return 'today';
    if (ahead === 1) return 'tomorrow';
    if (ahead === -1) return 'yesterday';
    if ((ahead > 1 && ahead <= 6) || (ahead < -1 && ahead >= -6))
      return `on ${WEEKDAY_NAMES[new Date(Date.UTC(date.year, date.month - 1, date.day)).getUTCDay()]}`;
  }
  return `on ${MONTH_ABBREVIATIONS[date.month - 1]} ${date.day}`;
}

/**
 * The words for an event at a clip level (its name keeps at least 2 words).
 * @example eventWords({ what: 'gallery opening', on: '2026-12-12' }, sarahFacts, 0, { now: dec11At10, zone })
 *   // { line: "Sarah's gallery opening is tomorrow", short: 'gallery opening tomorrow', ref: 'the gallery opening', tone: 'luck', month: false, birthday: false }
 */
export function eventWords(event: PersonEvent, facts: Facts, clip: number, options?: ComposeOptions): EventWords {
  // a raw fragment ("Done I confirmed 8am tee time") is never cited: it is their big day
  const what = readsAsNounPhrase(event.what) ? clipAt(event.what, clip, 2) : 'big day';
  const when = eventWhen(event, options);
  const { tone, timing } = eventMoment(event);
  const bare = what.replace(/^(her|his|their|the)\s+/i, '');
  const past = eventIsPast(event, options);
  const line = isDoing(what) ? `${facts.name} ${past ? 'was' : 'is'} ${what} ${when}` : `${facts.name}'s ${bare} ${past ? 'was' : 'is'} ${when}`;
  return {
    line,
    short: `${bare} ${when}`,
    ref: isDoing(what) ? what : toYou(withThe(what)),
    tone,
    month: timing === 'month',
    birthday: /^((her|his|their)\s+)?(birth ?day|bday|b-day)$/i.test(what.trim()),
    past,
  };
}
