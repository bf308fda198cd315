// Occasions the user told Kindling about, each worth one nudge that needs no number: the day after a plan or invitation
// (plan-follow-up), their news (give: congrats), a catch-up before they move away (give: before-move).
// Pure: person state and the planner's clock in; the earliest occasion still to come out, with the key that marks it
// covered once sent.
//
// Contract
// - plan-follow-up: for a plan not cancelled and not covered, the preferred hour the local day after its day; when that
//   is past but the plan was at most 3 days ago, soon; older plans are left alone.
// - give congrats: for news not covered and at most 14 days old (news without a date counts as fresh): soon.
// - give before-move: for a move not covered, 10 days before its day (month-only: before the 1st), or soon when that is
//   past and the move is at least 2 days off; nothing once it is that close.
// - occasionKey names each one; the glue adds the sent nudge's `covers` to the person's `covered` list.

import { DAY } from '../../domain/constants';
import { addDays, calendarDateOf, daysBetween, type LocalDate, localDate } from '../../domain/time';
import type { GiveReason, Millis, PersonForPlan, PersonMove, PersonNews, PersonPlan } from '../../domain/types';
import { type Context, preferredOn, soon } from './context';
import { isNeed } from './needs';

/** How long after a plan its follow-up still makes sense. */
const PLAN_FRESH_DAYS = 3;
/** How long their news is worth a congratulation. */
const NEWS_FRESH: Millis = 14 * DAY;
/** How many days before a move the catch-up is suggested. */
const BEFORE_MOVE_DAYS = 10;

export interface Occasion {
  kind: 'plan-follow-up' | 'give';
  dueAt: Millis;
  plan?: PersonPlan;
  give?: GiveReason;
  covers: string;
}

/**
 * The key that marks an occasion covered.
 * @example occasionKey({ plan: { what: 'coffee', at: 1796000000000 } }) // 'plan:1796000000000'
 * @example occasionKey({ news: { what: 'closed his round' } }) // 'news:closed his round'
 */
export function occasionKey(
  of: { plan: PersonPlan } | { retry: PersonPlan } | { news: PersonNews } | { move: PersonMove } | { pair: string } | { share: string },
): string {
  if ('plan' in of) return `plan:${of.plan.at}`;
  if ('retry' in of) return `retry:${of.retry.at}`;
  if ('news' in of) return `news:${of.news.what.trim().toLowerCase()}`;
  if ('move' in of) return `move:${of.move.on}`;
  if ('pair' in of) return `pair:${of.pair.trim().toLowerCase()}`;
  return `share:${of.share.trim().toLowerCase()}`;
}

function isCovered(person: PersonForPlan, key: string): boolean {
  return (person.covered ?? []).includes(key);
}

function planFollowUpAt(plan: PersonPlan, ctx: Context): Millis | null {
  const planDay = localDate(plan.at, ctx.zone);
  const today = localDate(ctx.now, ctx.zone);
  const ideal = preferredOn(addDays(planDay, 1), ctx);
  if (ideal >= ctx.now) return ideal;
  return daysBetween(planDay, today) <= PLAN_FRESH_DAYS ? soon(ctx) : null;
}

/** The local day a move happens: its date, or the 1st of a month-only one. */
export function moveDay(move: PersonMove): LocalDate | null {
  const date = calendarDateOf(move.on);
  return date ? { year: date.year, month: date.month, day: date.day ?? 1 } : null;
}

function beforeMove(move: PersonMove, ctx: Context): Millis | null {
  const day = moveDay(move);
  if (!day) return null;
  const ideal = preferredOn(addDays(day, -BEFORE_MOVE_DAYS), ctx);
  if (ideal >= ctx.now) return ideal;
  return daysBetween(localDate(ctx.now, ctx.zone), day) >= 2 ? soon(ctx) : null;
}

/**
 * Every occasion of the person's still to come, earliest first.
 * @example occasionsOf({ ...omar, plans: [{ what: 'coffee', at: thu15h }] }, ctx) // [{ kind: 'plan-follow-up', dueAt: <Fri 10:00>, ... }]
 */
export function occasionsOf(person: PersonForPlan, ctx: Context): Occasion[] {
  const found: Occasion[] = [];
  for (const plan of person.plans ?? []) {
    const covers = occasionKey({ plan });
    if (plan.cancelled || isCovered(person, covers)) continue;
    const dueAt = planFollowUpAt(plan, ctx);
    if (dueAt !== null) found.push({ kind: 'plan-follow-up', dueAt, plan, covers });
  }
  for (const news of person.news ?? []) {
    const covers = occasionKey({ news });
    // "looking for a realtor" is a need (an introduction, see needs.ts), not news to congratulate
    if (isCovered(person, covers) || isNeed(news) || (news.on !== undefined && ctx.now - news.on > NEWS_FRESH)) continue;
    found.push({ kind: 'give', dueAt: soon(ctx), give: { type: 'congrats', news }, covers });
  }
  if (person.move && !isCovered(person, occasionKey({ move: person.move }))) {
    const dueAt = beforeMove(person.move, ctx);
    if (dueAt !== null) found.push({ kind: 'give', dueAt, give: { type: 'before-move', move: person.move }, covers: occasionKey({ move: person.move }) });
  }
  return found.sort((a, b) => a.dueAt - b.dueAt);
}
