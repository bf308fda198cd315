// What SNOOZE or SKIP does to every nudge planned about one person, whatever its kind. Pure: the person's pending
// nudges, the action and the planner's clock in; the nudges to keep (with their new times) and the ones to drop out.
//
// Contract
// - snooze until U: every nudge due before U moves to U (in the window); one whose moment is gone by then is dropped
//   (a their-moment after its event's day, a plan-follow-up more than 3 days after the plan). Nudges due after U stay.
// - skip: the skipped nudge (`skipped`, or the earliest) is dropped; every other nudge due before the next local day's
//   preferred hour moves there, so nothing else about that person comes the same day.
// - Order is kept: nudges that land at the same moment keep their relative order.

import { clampWindow, nextWindowTime } from '../../domain/schedule';
import { addDays, calendarDateOf, daysBetween, type LocalDate, localDate } from '../../domain/time';
import type { Millis, NudgeKind, PersonEvent, PersonPlan, SendWindow, TimeZone } from '../../domain/types';
import { type Context, preferredOn } from './context';

/** A pending nudge about the person, as the planner needs to move it. */
export interface HeldNudge {
  id: string;
  kind: NudgeKind;
  dueAt: Millis;
  event?: PersonEvent;
  plan?: PersonPlan;
}

export type HoldAction = { type: 'snooze'; until: Millis } | { type: 'skip'; skipped?: string };

export interface HoldResult {
  keep: HeldNudge[];
  drop: HeldNudge[];
}

/** Whether a nudge still makes sense at `at`. */
function stillFits(nudge: HeldNudge, at: Millis, zone: TimeZone): boolean {
  const day = localDate(at, zone);
  if (nudge.kind === 'their-moment' && nudge.event) {
    const date = calendarDateOf(nudge.event.on);
    if (!date) return false;
    const last: LocalDate = { year: date.year, month: date.month, day: date.day ?? 28 };
    return daysBetween(day, last) >= 0;
  }
  if (nudge.kind === 'plan-follow-up' && nudge.plan) return daysBetween(localDate(nudge.plan.at, zone), day) <= 3;
  return true;
}

/**
 * Every nudge about a person after SNOOZE or SKIP.
 * @example holdPersonNudges([getContact, sayHi], { type: 'snooze', until: fri10 }, now, zone, window)
 *   // { keep: [{ ...getContact, dueAt: fri10 }, { ...sayHi, dueAt: fri10 }], drop: [] }
 */
export function holdPersonNudges(nudges: readonly HeldNudge[], action: HoldAction, now: Millis, zone: TimeZone, window: SendWindow): HoldResult {
  const ctx: Context = { now, zone, window: clampWindow(window) };
  const keep: HeldNudge[] = [];
  const drop: HeldNudge[] = [];
  const sorted = [...nudges].sort((a, b) => a.dueAt - b.dueAt);
  if (action.type === 'snooze') {
    const until = nextWindowTime(action.until, zone, ctx.window);
    for (const nudge of sorted) {
      if (nudge.dueAt >= until) keep.push(nudge);
      else if (stillFits(nudge, until, zone)) keep.push({ ...nudge, dueAt: until });
      else drop.push(nudge);
    }
    return { keep, drop };
  }
  const skippedId = action.skipped ?? sorted[0]?.id;
  const tomorrow = preferredOn(addDays(localDate(now, zone), 1), ctx);
  for (const nudge of sorted) {
    if (nudge.id === skippedId) drop.push(nudge);
    else if (nudge.dueAt >= tomorrow) keep.push(nudge);
    else if (stillFits(nudge, tomorrow, zone)) keep.push({ ...nudge, dueAt: tomorrow });
    else drop.push(nudge);
  }
  return { keep, drop };
}
