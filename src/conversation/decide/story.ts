// What the user reports about a person between nudges: a plan, an invitation, a cancellation, a place they cross paths,
// their news, a move. Each is stored on the person (plans, news, recurringPlace, move, events), the text is kept as a
// note, the last contact restarts the check-in clock, and the playbook plans what follows: the plan's follow-up the day
// after, a gentle retry after a cancellation, a congratulation, a say-hi before the usual day, a catch-up before a move.
import { hasContact, type Person } from '../../db/rows';
import { contactAfter } from '../../coach/playbook';
import * as replies from '../replies';
import { DAY } from '../../domain/constants';
import { localDayKey, WEEKDAY_NAMES } from '../../domain/time';
import type { PersonEvent, PersonMove, PersonPlan, PlanTrigger, RecurringPlace } from '../../domain/types';
import type { Plan } from '../../understand/types';
import type { PersonPatch } from '../changes';
import { replan, replanAfterNote, type StatedStep } from './plan';
import { newRef, reply, type Outcome, type Turn } from './turn';
import { beforePerson, recordUndo } from './undo';
import { pendingNudgeOf } from '../snapshot';

/** Plans kept per person, newest last. */
export const PLANS_KEPT = 6;
/** News kept per person, newest last. */
const NEWS_KEPT = 6;
/** An undated plan ("he said yes to coffee!!") is taken to happen within this many days: its follow-up comes after. */
const UNDATED_PLAN_DAYS = 3;

const LOWERCASE_WEEKDAYS = WEEKDAY_NAMES.map((name) => name.toLowerCase());

/**
 * "Saturdays at the pool" (as understand() words a recurring plan) as a place and weekday.
 * @example recurringPlaceOf('Saturdays at the pool', '') // { place: 'the pool', weekday: 6 }
 * @example recurringPlaceOf('regularly', 'climbing') // { place: 'climbing' }
 */
export function recurringPlaceOf(every: string, what: string): RecurringPlace | null {
  const lower = every.toLowerCase();
  const weekday = LOWERCASE_WEEKDAYS.findIndex((day) => lower.startsWith(day));
  const place = /\bat (.+)$/.exec(every)?.[1]?.trim() || what.trim();
  if (!place) return null;
  return weekday >= 0 ? { place, weekday } : { place };
}

/**
 * A move in their news: where to, and the day or month it happens.
 * @example moveOf('is moving to lisbon in march', { what: 'moving to lisbon', on: '2027-03' }) // { to: 'Lisbon', on: '2027-03' }
 */
export function moveOf(what: string, event: PersonEvent | null): PersonMove | null {
  const to = /\b(?:moving|moves|relocating|relocates|heading|will move)\s+(?:back\s+)?to\s+(\p{L}+(?:\s+(?!in\b|on\b|by\b|next\b|this\b|at\b)\p{L}+)?)/iu.exec(
    what,
  )?.[1];
  if (!to || !event) return null;
  return { to: to.replace(/\b\p{L}/gu, (letter) => letter.toUpperCase()), on: event.on };
}

/** The text as a note on them, and the changes that store the patch and move the plan on after `trigger`. */
function record(turn: Turn, person: Person, patch: PersonPatch, trigger: PlanTrigger): StatedStep | null {
  const { now } = turn;
  turn.changes.push({ type: 'addNote', ref: newRef(turn), personId: person.id, body: turn.text });
  const lastContactAt = contactAfter({ lastContactAt: person.lastContactAt ?? undefined }, trigger, now) ?? null;
  const full: PersonPatch = lastContactAt === person.lastContactAt ? patch : { ...patch, lastContactAt };
  turn.changes.push({ type: 'updatePerson', personId: person.id, patch: full });
  const after: Person = { ...person, ...full };
  if (trigger.type === 'note-added' && hasContact(person.contacts)) return replanAfterNote(turn, after, pendingStep(turn, person));
  return replan(turn, after, trigger);
}

function pendingStep(turn: Turn, person: Person) {
  const due = pendingNudgeOf(turn.snapshot, person.id);
  return due ? { kind: due.kind, dueAt: due.dueAt } : null;
}

/** Their birthday, as a plan's name says it. */
const BIRTHDAY = /^((her|his|their)\s+)?(birth ?day|bday|b-day)$/i;
/** "every tuesday 9am dog park": the weekday and the place. */
const WEEKLY =
  /\bevery\s+(mon|tues|wednes|thurs|fri|satur|sun)(?:day)?s?\b(?:\s+(?:at\s+)?\d{1,2}(?::\d\d)?\s*(?:am|pm)?)?\s+(?:at\s+)?(?:the\s+)?([a-z][a-z ]{2,30}?)\s*[.!]*$/i;

/**
 * "every tuesday 9am dog park" as a recurring plan ("tuesdays at the dog park"); null when the text names no weekly day and place.
 * @example weeklyPlanOf('zoe: every tuesday 9am dog park') // { kind: 'recurring', what: 'dog park', when: null, every: 'tuesdays at the dog park' }
 */
export function weeklyPlanOf(text: string): Plan | null {
  const weekly = WEEKLY.exec(text);
  const place = weekly?.[2]?.trim();
  return weekly?.[1] && place ? { kind: 'recurring', what: place, when: null, every: `${weekly[1]}days at the ${place}` } : null;
}

/** A yes, an invitation or a plan makes them warm: an answer resets the silences. */
function warmedBy(person: Person, warmth: string | null): PersonPatch {
  return warmth === 'warm' && person.warmth !== 'warm' ? { warmth: 'warm', silences: 0 } : {};
}

/**
 * "we're getting lunch thursday!" / "she invited me to her bday drinks tonight" / "she had to cancel" /
 * "i see rafi every saturday at the pool": stored on them, cheered, and the playbook's next step stated.
 */
export function notePlan(turn: Turn, person: Person, said: Plan, warmth: string | null): Outcome {
  let plan = said;
  const { user, now } = turn;
  const zone = user.timeZone;
  const before = beforePerson(turn, person);
  const plans = person.plans ?? [];
  if (plan.kind === 'cancel') {
    const open = plans.findLastIndex((item) => !item.cancelled);
    const cancelled: PersonPlan[] =
      open >= 0 ? plans.map((item, i) => (i === open ? { ...item, cancelled: true } : item)) : [...plans, { what: plan.what, at: now, cancelled: true }];
    const next = record(turn, person, { plans: cancelled.slice(-PLANS_KEPT) }, { type: 'cancelled' });
    recordUndo(turn, `plan with ${person.name} cancelled`, before);
    return reply(replies.planCancelled(person.name, next, now, zone));
  }
  // "zoe's birthday is apr 21" is their day, not a plan with them: wished on its morning (unless it is a party)
  if (plan.kind === 'plan' && plan.when?.day && BIRTHDAY.test(plan.what.trim()) && !/\b(drinks|party|dinner|invit\w*|bash)\b/i.test(turn.text)) {
    return noteNews(turn, person, 'birthday', { what: 'birthday', on: plan.when.day });
  }
  // "every tuesday 9am dog park": where and when they cross paths, not a one-off plan
  if (plan.kind === 'plan') plan = weeklyPlanOf(turn.text) ?? plan;
  if (plan.kind === 'recurring') {
    const place = recurringPlaceOf(plan.every ?? '', plan.what);
    const next = record(turn, person, place ? { recurringPlace: place } : {}, { type: 'note-added' });
    recordUndo(turn, `where you see ${person.name}`, before);
    return reply(
      place ? replies.placeNoted(person.name, place, next, now, zone) : replies.planNoted(person.name, { what: plan.what, at: now }, next, now, zone),
    );
  }
  // undated: taken to be within a few days, so the follow-up still asks how it went rather than suggesting another plan
  const at = plan.when?.at ?? now + UNDATED_PLAN_DAYS * DAY;
  const stored: PersonPlan = { what: plan.what, at, ...(plan.kind === 'invite' ? { withGroup: true } : {}) };
  // "we're getting lunch thursday" when Thursday was already agreed: one plan that day, in the user's words
  const sameDay = (item: PersonPlan) => !item.cancelled && localDayKey(item.at, zone) === localDayKey(at, zone);
  const kept = plans.filter((item) => !sameDay(item));
  const next = record(turn, person, { ...warmedBy(person, warmth), plans: [...kept, stored].slice(-PLANS_KEPT) }, { type: 'plan' });
  recordUndo(turn, `plan with ${person.name}`, before);
  return reply(replies.planNoted(person.name, stored, next, now, zone));
}

/**
 * "omid closed his round!!" (a congratulation soon), "lena's show opens saturday" (their event: in person or by text,
 * the day before), "bea is moving to lisbon in march" (a catch-up before she goes): stored on them, and what is next.
 */
export function noteNews(turn: Turn, person: Person, what: string, event: PersonEvent | null): Outcome {
  const { user, now } = turn;
  const zone = user.timeZone;
  const before = beforePerson(turn, person);
  const move = moveOf(what, event);
  const today = localDayKey(now, zone);
  const coming = event && !move && event.on >= today.slice(0, event.on.length);
  let text: string;
  if (move) text = replies.moveNoted(person.name, move, record(turn, person, { move }, { type: 'note-added' }), now, zone);
  else if (coming) {
    const events = [...person.events.filter((known) => known.on !== event.on), event];
    text = replies.eventNoted(person.name, event, record(turn, person, { events }, { type: 'note-added' }), now, zone);
  } else {
    const news = [...(person.news ?? []), { what, on: now }].slice(-NEWS_KEPT);
    text = replies.newsNoted(person.name, record(turn, person, { news }, { type: 'news' }), now, zone);
  }
  recordUndo(turn, `news about ${person.name}`, before);
  return reply(text);
}
