// The playbook's next step after a trigger, their events aside: what follows a step done, skipped or answered (warm,
// lukewarm, silence), a plan that went or fell through; null once they were let go. What follows a step done or
// skipped is its kind's (the `after` of its module in compose/kinds/, through coach/kinds.ts).

import { addDays, localDate, localDayKey, localParts } from '../../domain/time';
import type { Millis, NudgeKind, PersonForPlan, PersonPlan, PlanTrigger, Warmth } from '../../domain/types';
import { KINDS } from '../kinds';
import { type Context, inDays, preferredOn, soon } from './context';
import { occasionKey } from './occasions';
import { sayHiAt } from './places';
import { CHECK_IN_DAYS, firstContact, NEEDS_CONTACT, type StepPlan, type Planning, reach, together, whileFresh } from './reach';

/** Kinds that come between the steps of the sequence: after one, the sequence resumes where it was. */
const ASIDES = new Set<NudgeKind>(['their-moment', 'give']);
/** Days until a gentle retry after a plan fell through. */
const RETRY_DAYS = 10;

/** An invitation of theirs that was answered warmly and got no "pin a day" yet: its key, else null. */
function unpinnedInvite(person: PersonForPlan): string | null {
  const invites = person.sentKinds.filter((kind) => kind === 'deepen' || kind === 'bring-together').length;
  const covered = person.covered ?? [];
  // the last deepen was itself the pin of the invite before it: no pin for a pin
  if (invites === 0 || covered.includes(`pin:${invites - 1}`) || covered.includes(`pin:${invites}`)) return null;
  return `pin:${invites}`;
}

/** After a step of this kind was done (or a note added since): its module's timing. */
function afterDone(person: PersonForPlan, kind: NudgeKind, ctx: Planning): StepPlan {
  return KINDS[kind].after.done(person, ctx);
}

/** After a step of this kind was skipped: its module's timing. */
function afterSkip(person: PersonForPlan, kind: NudgeKind, ctx: Planning): StepPlan {
  return KINDS[kind].after.skip(person, ctx);
}

/** How the plan went (the answer to a plan-follow-up) paces what comes next. */
function afterPlanWent(person: PersonForPlan, warmth: Exclude<Warmth, 'unknown'>, ctx: Planning): StepPlan {
  switch (warmth) {
    case 'warm': {
      // someone the user sees every week: the next hello there keeps it going, not another invitation within the week
      const place = person.recurringPlace;
      if (place?.weekday !== undefined) return { kind: 'say-hi', dueAt: sayHiAt(place, addDays(localDate(ctx.now, ctx.zone), 4), ctx) };
      return together(person, 7, ctx, () => reach(person, 'deepen', 7, ctx));
    }
    case 'lukewarm':
      return together(person, 14, ctx, () => reach(person, 'deepen', 21, ctx, true));
    case 'none':
      return reach(person, 'check-in', 14, ctx);
  }
}

/** The weekdays a pin proposes, best first: Thursday evening and Saturday, then Sunday, Wednesday and Friday, then
 * Monday and Tuesday evenings. */
const PIN_WEEKDAYS: readonly (readonly number[])[] = [
  [4, 6],
  [0, 3, 5],
  [1, 2],
];

/**
 * The day a pin proposes, 2 to 8 days after it goes out (its preferred hour), on a day not already given to someone
 * else: the first free Thursday or Saturday, else the first free Sunday, Wednesday or Friday, else Monday or Tuesday;
 * the week after the same way; else the first Thursday or Saturday (two plans on one day beat none). A plan of the same name with someone
 * else (the group plan they are joining) keeps its own day.
 */
export function dayToPropose(pinAt: Millis, ctx: Planning, what?: string): Millis {
  const from = localDate(pinAt, ctx.zone);
  // the plan they are joining (a group plan with someone else): its own day
  const joining = what ? ctx.taken?.find((plan) => plan.what.toLowerCase() === what.toLowerCase() && plan.at > pinAt) : undefined;
  if (joining) return preferredOn(localDate(joining.at, ctx.zone), ctx);
  const dayKey = (at: Millis) => localDayKey(at, ctx.zone);
  const taken = new Set((ctx.taken ?? []).map((plan) => dayKey(plan.at)));
  const weekdayOf = (at: Millis) => localParts(at, ctx.zone).weekday;
  const week = (first: number) => Array.from({ length: 7 }, (_, i) => preferredOn(addDays(from, first + i), ctx));
  for (const days of [week(2), week(9)]) {
    for (const weekdays of PIN_WEEKDAYS) {
      const free = days.find((at) => weekdays.includes(weekdayOf(at)) && !taken.has(dayKey(at)));
      if (free !== undefined) return free;
    }
  }
  return week(2).find((at) => weekdayOf(at) === 4 || weekdayOf(at) === 6) ?? preferredOn(addDays(from, 2), ctx);
}

function afterResponse(
  person: PersonForPlan,
  warmth: Exclude<Warmth, 'unknown'>,
  lastStep: NudgeKind | undefined,
  ctx: Planning,
  proposal?: PersonPlan,
): StepPlan {
  if (lastStep === 'plan-follow-up') return afterPlanWent(person, warmth, ctx);
  // it went well in person (their show, a hello at the gym) and the user has their number but never texted them: the
  // first text comes next, the morning after, not an invitation days later out of the blue
  if (warmth !== 'none' && person.hasContact && person.sentKinds.length > 0 && !person.sentKinds.some((kind) => NEEDS_CONTACT.has(kind)))
    return { kind: 'first-follow-up', dueAt: inDays(1, ctx) };
  switch (warmth) {
    case 'warm': {
      // they said yes to the invitation: pin a day before it drifts (a dated yes is a plan, with its own follow-up)
      const pin = (lastStep === 'deepen' || lastStep === 'bring-together') && person.hasContact ? unpinnedInvite(person) : null;
      if (pin) {
        const dueAt = inDays(2, ctx);
        const what = proposal?.what.trim();
        // the pin names the activity and a day: a yes to it is a plan, followed up the morning after
        return what
          ? { kind: 'deepen', pin: true, dueAt, covers: pin, plan: { what, at: dayToPropose(dueAt, ctx, what) } }
          : { kind: 'deepen', pin: true, dueAt, covers: pin };
      }
      return lastStep === 'deepen' ? together(person, 14, ctx, () => reach(person, 'check-in', 14, ctx)) : reach(person, 'deepen', 3, ctx);
    }
    case 'lukewarm':
      // someone hesitant you see every week: a hello there on its day is the lowest-pressure next step (and after a
      // group ask there, the hellos go on weekly rather than a check-in five weeks out)
      if (person.recurringPlace?.weekday !== undefined && lastStep !== 'say-hi')
        return { kind: 'say-hi', dueAt: sayHiAt(person.recurringPlace, localDate(inDays(lastStep === 'deepen' ? 6 : 3, ctx), ctx.zone), ctx) };
      // slow to answer: a group setting rather than another one-to-one ask
      if (lastStep === 'deepen' && person.warmth === 'lukewarm') return reach(person, 'check-in', 35, ctx);
      return together(person, 14, ctx, () => reach(person, 'deepen', 21, ctx, true));
    case 'none': {
      const silences = person.silences + 1;
      if (silences >= 2 && !person.kept) return { kind: 'let-go', dueAt: inDays(7, ctx) };
      return reach(person, 'check-in', person.kept ? 28 : 7, ctx);
    }
  }
}

/** The next step ignoring their events; null when the user let them go. */
export function nextStep(person: PersonForPlan, trigger: PlanTrigger, ctx: Planning): StepPlan | null {
  const last = person.sentKinds.at(-1);
  // The last step of the sequence itself, not counting their-moments and gifts in between.
  const lastStep = person.sentKinds.findLast((kind) => !ASIDES.has(kind));
  if (last === 'let-go' && !person.kept) {
    const answered = (trigger.type === 'response' && trigger.warmth !== 'none') || trigger.type === 'plan' || trigger.type === 'news';
    if (trigger.type === 'keep') return reach(person, 'check-in', 28, ctx);
    if (!answered) return null;
  }
  switch (trigger.type) {
    case 'captured':
      return firstContact(person, whileFresh(person.metAt, ctx), ctx);
    case 'note-added':
      if (!lastStep) return firstContact(person, whileFresh(person.metAt, ctx), ctx);
      return afterDone(person, lastStep, ctx);
    case 'done':
      if (!lastStep) return last && ASIDES.has(last) ? reach(person, 'check-in', 3, ctx) : firstContact(person, soon(ctx), ctx);
      return afterDone(person, lastStep, ctx);
    case 'skip':
      if (!lastStep) return firstContact(person, soon(ctx), ctx);
      return last && ASIDES.has(last) ? afterDone(person, lastStep, ctx) : afterSkip(person, lastStep, ctx);
    case 'plan':
    case 'news':
      // the occasion itself (plan-follow-up, congrats) comes first; this is what follows it
      return reach(person, 'check-in', CHECK_IN_DAYS[person.warmth], ctx);
    case 'cancelled': {
      const plan = person.plans?.findLast((item) => item.cancelled);
      const retry = reach(person, 'check-in', RETRY_DAYS, { ...ctx, checkInFrom: ctx.now });
      return plan && retry.kind === 'check-in' ? { ...retry, plan, covers: occasionKey({ retry: plan }) } : retry;
    }
    case 'response':
      return afterResponse(person, trigger.warmth, lastStep, ctx, trigger.proposal);
    case 'keep':
      return reach(person, 'check-in', 28, ctx);
  }
}
