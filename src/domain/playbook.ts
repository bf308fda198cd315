// The follow-up playbook: what to nudge about a person next, and when. Pure: person state, trigger, now and zone in;
// one PlannedNudge (or null: nothing more to do) out.
//
// Contract
// - `person` is the stored state BEFORE the trigger (silences not yet counted for a `response: none`); the glue stores
//   `personAfter(person, trigger)` next to the plan. `sentKinds` ends with the kind the trigger answers.
// - Every dueAt is inside the (clamped) window and never before `now`; intervals are counted in the user's local days
//   and land at the preferred hour, so DST never shifts them.
// - captured: first-follow-up (get-contact without a contact) at the preferred hour of the first day that is 12-48h
//   after metAt. A slot at the preferred hour comes every ~24h and the 12-48h range is 36h wide, so one always exists.
//   If that moment is already past (a note about an old meeting), the first preferred hour at least 2h from now.
// - done: first-follow-up -> check-in in 3 days (asks the user how it went), or straight to what a reply already
//   reported said (warm: deepen in 3 days; lukewarm: group deepen in 21; none: check-in in 7); deepen / check-in ->
//   check-in spaced by warmth (warm 14 days, unknown 21, no reply 28, lukewarm 35); get-contact -> first-follow-up
//   once a contact exists. After a their-moment, the sequence resumes as if its last step had just been done.
// - response warm -> deepen in 3 days, one-on-one (after a deepen: check-in in 14 days, the plan is already moving).
//   lukewarm -> group deepen in 21 days (already lukewarm after a deepen: check-in in 35 days).
//   none -> the 2nd silence in a row offers let-go in 7 days (unless kept; kept: check-in in 28); else check-in in 7.
// - skip: the next kind in the sequence: first-follow-up -> deepen (warm) or check-in in 7; deepen / check-in ->
//   check-in spaced by warmth; get-contact / say-hi -> the next contactless step.
// - keep: check-in in 28 days. note-added: re-plans from now (a new contact turns a pending get-contact into a
//   first-follow-up; a new event can bring a their-moment first). The glue (conversation/plan.ts) stores this plan only
//   when nothing is pending, or the pending nudge waited for a contact that now exists; else a pending or snoozed nudge
//   stays, unless upcomingMoment comes before it (and it is not a let-go).
// - No contact: texting kinds become contactless steps: say-hi in 4 days (then 7) for a place the user returns to,
//   get-contact again in 7 days elsewhere; after 2 unanswered rounds (4 at a place) offer let-go unless kept.
// - their-moment: an uncelebrated event (day before at the preferred hour for shows, races, pitches...; the day itself for
//   birthdays; the 1st for month-only events) comes first when it is due before, or falls on or before the day of, the
//   otherwise planned nudge. Never in the past, never after the event's day; not planned for a let-go or without a contact.
// - After a let-go was sent: null, unless the user kept them (check-in in 28 days) or the person answered after all
//   (a warm or lukewarm response revives the plan).

import { HOUR } from './constants';
import { clampWindow, nextWindowTime } from './schedule';
import { addDays, atHourOn, calendarDateOf, daysBetween, daysInMonth, type LocalDate, localDate } from './time';
import type { Millis, NudgeKind, PersonEvent, PersonForPlan, PlannedNudge, PlanTrigger, SendWindow, TimeZone, Warmth } from './types';

/** Days until the next check-in, by how the other person has responded. */
const CHECK_IN_DAYS: Record<Warmth, number> = { warm: 14, unknown: 21, none: 28, lukewarm: 35 };
/** Kinds that need a way to reach the person. */
const NEEDS_CONTACT = new Set<NudgeKind>(['first-follow-up', 'check-in', 'deepen', 'their-moment']);

const RETURNING_PLACE =
  /(?<![\p{L}\p{N}])(gym|climbing|bouldering|crossfit|yoga|pilates|caf[eé]s?|coffee ?shops?|class(es)?|course|club|office|at work|cowork(ing)?|co-working|dog ?park|park|studio|church|mosque|temple|synagogue|neighbou?rs?|building|school|pta|library|pool|dojo|choir|league|daycare)(?![\p{L}\p{N}])/iu;
const ONE_OFF = /\b(conference|wedding|party|festival|meetup|meet-up|hackathon|flight|plane|train|concert|launch|summit|expo|trip)\b/i;
const CELEBRATE = /\b(birthday|bday|b-day|anniversary|wedding|graduat\w*|retire\w*|promotion|baby|born|mitzvah|quincea\w*)\b/i;
const LUCK =
  /\b(show|gig|race|marathon|triathlon|run|demo|pitch\w*|screening|opening|premiere|exhibit\w*|recital|concert|audition|interview|exam|bar exam|defen[cs]e|talk|keynote|presentation|launch|competition|tournament|match|game|final|finals|performance|play|reading|debut|release|hackathon|fight|meet)\b/i;

/** How a their-moment meets an event: the day before, the day itself, or the 1st of a month-only event. */
export type MomentTiming = 'day-before' | 'day-of' | 'month';
/** What the words say: luck before, congratulations on the day, or a warm wish for anything else. */
export type MomentTone = 'luck' | 'celebrate' | 'wish';

interface Context {
  now: Millis;
  zone: TimeZone;
  window: SendWindow;
}

interface Plan {
  kind: NudgeKind;
  dueAt: Millis;
  group?: boolean;
  event?: PersonEvent;
}

/**
 * Whether `met` is a place the user is likely to return to (so say-hi makes sense).
 * @example isReturningPlace('climbing gym') // true
 * @example isReturningPlace('Sam\'s wedding') // false
 */
export function isReturningPlace(met: string | null): boolean {
  if (!met) return false;
  return RETURNING_PLACE.test(met) && !ONE_OFF.test(met);
}

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

/**
 * What to store about the person once the trigger happened: a silence counts, any answer resets the count, KEEP sticks.
 * @example personAfter({ ...jake, silences: 1 }, { type: 'response', warmth: 'none' }) // { warmth: 'none', silences: 2, kept: false }
 */
export function personAfter(
  person: Pick<PersonForPlan, 'warmth' | 'silences' | 'kept'>,
  trigger: PlanTrigger,
): { warmth: Warmth; silences: number; kept: boolean } {
  switch (trigger.type) {
    case 'response':
      return trigger.warmth === 'none'
        ? { warmth: 'none', silences: person.silences + 1, kept: person.kept }
        : { warmth: trigger.warmth, silences: 0, kept: person.kept };
    case 'keep':
      return { warmth: person.warmth, silences: person.silences, kept: true };
    case 'captured':
    case 'note-added':
    case 'done':
    case 'skip':
      return { warmth: person.warmth, silences: person.silences, kept: person.kept };
  }
}

/** The instant of the preferred hour on a local date. */
function preferredOn(date: LocalDate, ctx: Context): Millis {
  return atHourOn(date, ctx.window.preferredHour, ctx.zone);
}

/** The preferred hour `days` local days from now. */
function inDays(days: number, ctx: Context): Millis {
  return preferredOn(addDays(localDate(ctx.now, ctx.zone), days), ctx);
}

/** The first preferred hour at least 2h from now: soon, without landing right on top of the reply just sent. */
function soon(ctx: Context): Millis {
  const today = localDate(ctx.now, ctx.zone);
  for (let ahead = 0; ; ahead++) {
    const slot = preferredOn(addDays(today, ahead), ctx);
    if (slot >= ctx.now + 2 * HOUR) return slot;
  }
}

/** The preferred hour on the first day 12-48h after meeting, if that is still ahead; else soon. */
function whileFresh(metAt: Millis, ctx: Context): Millis {
  const metDay = localDate(metAt, ctx.zone);
  for (let ahead = 0; ahead <= 3; ahead++) {
    const slot = preferredOn(addDays(metDay, ahead), ctx);
    const since = slot - metAt;
    if (since >= 12 * HOUR && since <= 48 * HOUR && slot >= ctx.now) return slot;
  }
  return soon(ctx);
}

/** The contactless next step: say hi at their place, or find a way to reach them, or offer to let go. */
function contactlessNext(person: PersonForPlan, ctx: Context): Plan {
  const rounds = person.sentKinds.filter((kind) => kind === 'get-contact' || kind === 'say-hi').length;
  const place = isReturningPlace(person.met);
  if (!person.kept && rounds >= (place ? 4 : 2)) return { kind: 'let-go', dueAt: inDays(7, ctx) };
  if (place) return { kind: 'say-hi', dueAt: inDays(person.kept ? 28 : rounds <= 1 ? 4 : 7, ctx) };
  return { kind: 'get-contact', dueAt: inDays(person.kept ? 28 : 7, ctx) };
}

/** `kind` in `days`, or the contactless step when there is no way to text them. */
function reach(person: PersonForPlan, kind: NudgeKind, days: number, ctx: Context, group?: boolean): Plan {
  if (!person.hasContact && NEEDS_CONTACT.has(kind)) return contactlessNext(person, ctx);
  return group ? { kind, dueAt: inDays(days, ctx), group } : { kind, dueAt: inDays(days, ctx) };
}

function firstContact(person: PersonForPlan, at: Millis): Plan {
  return { kind: person.hasContact ? 'first-follow-up' : 'get-contact', dueAt: at };
}

function afterDone(person: PersonForPlan, kind: NudgeKind, ctx: Context): Plan {
  switch (kind) {
    case 'first-follow-up':
      // Already know how it went (a reply was reported first): act on it; else ask in a few days.
      if (person.warmth === 'warm') return reach(person, 'deepen', 3, ctx);
      if (person.warmth === 'lukewarm') return reach(person, 'deepen', 21, ctx, true);
      return reach(person, 'check-in', person.warmth === 'none' ? 7 : 3, ctx);
    case 'get-contact':
    case 'say-hi':
      if (!person.hasContact) return contactlessNext(person, ctx);
      return person.sentKinds.includes('first-follow-up') ? reach(person, 'check-in', CHECK_IN_DAYS[person.warmth], ctx) : firstContact(person, soon(ctx));
    case 'deepen':
    case 'check-in':
    case 'their-moment':
      return reach(person, 'check-in', CHECK_IN_DAYS[person.warmth], ctx);
    case 'let-go':
      return reach(person, 'check-in', 28, ctx);
  }
}

function afterSkip(person: PersonForPlan, kind: NudgeKind, ctx: Context): Plan {
  switch (kind) {
    case 'first-follow-up':
      return person.warmth === 'warm' ? reach(person, 'deepen', 3, ctx) : reach(person, 'check-in', 7, ctx);
    case 'get-contact':
    case 'say-hi':
    case 'deepen':
    case 'check-in':
    case 'their-moment':
    case 'let-go':
      return afterDone(person, kind, ctx);
  }
}

function afterResponse(person: PersonForPlan, warmth: Exclude<Warmth, 'unknown'>, lastStep: NudgeKind | undefined, ctx: Context): Plan {
  switch (warmth) {
    case 'warm':
      return lastStep === 'deepen' ? reach(person, 'check-in', 14, ctx) : reach(person, 'deepen', 3, ctx);
    case 'lukewarm':
      return lastStep === 'deepen' && person.warmth === 'lukewarm' ? reach(person, 'check-in', 35, ctx) : reach(person, 'deepen', 21, ctx, true);
    case 'none': {
      const silences = person.silences + 1;
      if (silences >= 2 && !person.kept) return { kind: 'let-go', dueAt: inDays(7, ctx) };
      return reach(person, 'check-in', person.kept ? 28 : 7, ctx);
    }
  }
}

/** The next step ignoring their events; null when the user let them go. */
function nextStep(person: PersonForPlan, trigger: PlanTrigger, ctx: Context): Plan | null {
  const last = person.sentKinds.at(-1);
  // The last step of the sequence itself, not counting their-moments in between.
  const lastStep = person.sentKinds.findLast((kind) => kind !== 'their-moment');
  if (last === 'let-go' && !person.kept) {
    const answered = trigger.type === 'response' && trigger.warmth !== 'none';
    if (trigger.type === 'keep') return reach(person, 'check-in', 28, ctx);
    if (!answered) return null;
  }
  switch (trigger.type) {
    case 'captured':
      return firstContact(person, whileFresh(person.metAt, ctx));
    case 'note-added':
      if (!lastStep) return firstContact(person, whileFresh(person.metAt, ctx));
      return afterDone(person, lastStep, ctx);
    case 'done':
      if (!lastStep) return last === 'their-moment' ? reach(person, 'check-in', 3, ctx) : firstContact(person, soon(ctx));
      return afterDone(person, lastStep, ctx);
    case 'skip':
      if (!lastStep) return firstContact(person, soon(ctx));
      return last === 'their-moment' ? afterDone(person, lastStep, ctx) : afterSkip(person, lastStep, ctx);
    case 'response':
      return afterResponse(person, trigger.warmth, lastStep, ctx);
    case 'keep':
      return reach(person, 'check-in', 28, ctx);
  }
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
function nextMoment(person: PersonForPlan, ctx: Context): (Plan & { eventDay: LocalDate }) | null {
  let best: (Plan & { eventDay: LocalDate }) | null = null;
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
  if (!person.hasContact) return null;
  const moment = nextMoment(person, { now, zone, window: clampWindow(window) });
  return moment?.event ? { kind: 'their-moment', dueAt: moment.dueAt, event: moment.event } : null;
}

/**
 * The next nudge for a person after `trigger`, or null when there is nothing more to plan.
 * @example planNext(sarah, { type: 'captured' }, tuesday18h, 'America/New_York', DEFAULT_WINDOW)
 *   // { kind: 'first-follow-up', dueAt: <Wednesday 10:00 New York> }
 * @example planNext({ ...jake, silences: 1, sentKinds: ['first-follow-up', 'check-in'] }, { type: 'response', warmth: 'none' }, now, zone, window)
 *   // { kind: 'let-go', dueAt: <7 days later at 10:00> }
 */
export function planNext(person: PersonForPlan, trigger: PlanTrigger, now: Millis, zone: TimeZone, window: SendWindow): PlannedNudge | null {
  const ctx: Context = { now, zone, window: clampWindow(window) };
  const step = nextStep(person, trigger, ctx);
  if (!step) return null;
  let chosen: Plan = step;
  if (step.kind !== 'let-go' && person.hasContact) {
    const moment = nextMoment(person, ctx);
    const stepDay = localDate(step.dueAt, zone);
    if (moment && (moment.dueAt <= step.dueAt || daysBetween(moment.eventDay, stepDay) >= 0)) {
      chosen = { kind: 'their-moment', dueAt: moment.dueAt, event: moment.event };
    }
  }
  const dueAt = nextWindowTime(Math.max(chosen.dueAt, now), zone, ctx.window);
  const planned: PlannedNudge = { kind: chosen.kind, dueAt };
  if (chosen.event) planned.event = chosen.event;
  if (chosen.group) planned.group = true;
  return planned;
}

/**
 * The plan right after a nudge went out, before the user says anything: as if they did it (DONE). The glue stores it as
 * the pending nudge; a reply re-plans with planNext. A sent let-go plans nothing: it waits for KEEP.
 * @example afterSent({ ...sarah, sentKinds: ['first-follow-up'] }, 'first-follow-up', wed10h, zone, window)
 *   // { kind: 'check-in', dueAt: <Saturday 10:00> }
 */
export function afterSent(person: PersonForPlan, sentKind: NudgeKind, now: Millis, zone: TimeZone, window: SendWindow): PlannedNudge | null {
  const sentKinds = person.sentKinds.at(-1) === sentKind ? person.sentKinds : [...person.sentKinds, sentKind];
  return planNext({ ...person, sentKinds }, { type: 'done' }, now, zone, window);
}
