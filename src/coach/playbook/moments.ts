// Their moments: when and in what tone a nudge meets one of their dated events (luck before, congratulations on the
// day, a warm wish for the rest), and the earliest one still to come. Pure: person state and the planner's clock in.
// Planned with or without a number: without one, the words suggest going in person or a word when they next meet.

import { clampWindow, nextWindowTime } from '../../domain/schedule';
import { addDays, calendarDateOf, daysBetween, daysInMonth, type LocalDate, localDate } from '../../domain/time';
import type { Millis, PersonEvent, PersonForPlan, PlannedNudge, SendWindow, TimeZone } from '../../domain/types';
import { type Context, preferredOn } from './context';

const CELEBRATE = /\b(birthday|bday|b-day|anniversary|wedding|graduat\w*|retire\w*|promotion|baby|born|mitzvah|quincea\w*)\b/i;
const LUCK =
  /\b(show|gig|race|marathon|triathlon|run|demo|pitch\w*|screening|opening|premiere|exhibit\w*|recital|concert|audition|interview|exam|bar exam|defen[cs]e|talk|keynote|presentation|launch|competition|tournament|match|game|final|finals|performance|play|reading|debut|release|hackathon|fight|meet)\b/i;

/** How a their-moment meets an event: the day before, the day itself, or the 1st of a month-only event. */
export type MomentTiming = 'day-before' | 'day-of' | 'month';
/** What the words say: luck before, congratulations on the day, or a warm wish for anything else. */
export type MomentTone = 'luck' | 'celebrate' | 'wish';

/**
 * When and in what tone a their-moment meets an event.
 * @example eventMoment({ what: 'gallery opening', on: '2026-12-12' }) // { timing: 'day-before', tone: 'luck' }
 * @example eventMoment({ what: 'birthday', on: '2026-12-12' }) // { timing: 'day-of', tone: 'celebrate' }
 * @example eventMoment({ what: 'moving to Denver', on: '2027-03' }) // { timing: 'month', tone: 'wish' }
 */
export function eventMoment(event: PersonEvent): { timing: MomentTiming; tone: MomentTone } {
  const party = /\b(party|dinner|bbq|barbecue|shower)\b/i.test(event.what);
  const tone: MomentTone = CELEBRATE.test(event.what) && !party ? 'celebrate' : LUCK.test(event.what) ? 'luck' : 'wish';
  if (/^\d{4}-\d{2}$/.test(event.on)) return { timing: 'month', tone };
  return { timing: tone === 'celebrate' ? 'day-of' : 'day-before', tone };
}

/** The their-moment for one event: when to send it, and the event's own first day; null when it is over. */
function momentFor(event: PersonEvent, ctx: Context): { dueAt: Millis; eventDay: LocalDate } | null {
  const date = calendarDateOf(event.on);
  if (!date) return null;
  const eventDay: LocalDate = { year: date.year, month: date.month, day: date.day ?? 1 };
  const { timing } = eventMoment(event);
  const firstDay = timing === 'day-before' ? addDays(eventDay, -1) : eventDay;
  const lastDay = timing === 'month' ? { ...eventDay, day: daysInMonth(eventDay.year, eventDay.month) } : eventDay;
  const ideal = preferredOn(firstDay, ctx);
  let dueAt = ideal;
  if (ideal < ctx.now) {
    const todayPreferred = preferredOn(localDate(ctx.now, ctx.zone), ctx);
    dueAt = Math.max(todayPreferred, ctx.now);
  }
  dueAt = nextWindowTime(dueAt, ctx.zone, ctx.window);
  if (daysBetween(localDate(dueAt, ctx.zone), lastDay) < 0) return null;
  return { dueAt, eventDay };
}

/** The earliest their-moment still to come for an uncelebrated event. */
export function nextMoment(person: PersonForPlan, ctx: Context): { kind: 'their-moment'; dueAt: Millis; event: PersonEvent; eventDay: LocalDate } | null {
  let best: { kind: 'their-moment'; dueAt: Millis; event: PersonEvent; eventDay: LocalDate } | null = null;
  for (const event of person.events) {
    if (person.celebratedEvents.includes(event.on)) continue;
    const moment = momentFor(event, ctx);
    if (moment && (!best || moment.dueAt < best.dueAt)) best = { kind: 'their-moment', dueAt: moment.dueAt, event, eventDay: moment.eventDay };
  }
  return best;
}

/**
 * The earliest their-moment still to come for an event not yet celebrated; null when there is none or no way to text
 * them. When a note adds an event, the glue weighs it against the pending nudge: it goes first only if it comes earlier.
 * @example upcomingMoment({ ...sarah, events: [{ what: 'gallery show', on: '2026-12-12' }] }, dec2At11, 'America/New_York', DEFAULT_WINDOW)
 *   // { kind: 'their-moment', dueAt: <Dec 11 10:00 New York>, event: { what: 'gallery show', on: '2026-12-12' } }
 */
export function upcomingMoment(person: PersonForPlan, now: Millis, zone: TimeZone, window: SendWindow): PlannedNudge | null {
  const moment = nextMoment(person, { now, zone, window: clampWindow(window) });
  return moment ? { kind: 'their-moment', dueAt: moment.dueAt, event: moment.event } : null;
}
