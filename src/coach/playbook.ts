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
//   once a contact exists. After a their-moment or a give, the sequence resumes as if its last step had just been done.
//   A warm person's third check-in in a row becomes a give: an introduction to a pair, else a find for an interest.
// - response warm -> deepen in 3 days, one-on-one (after a deepen: bring-together in 14 days with a fresh pair, else
//   check-in in 14). lukewarm -> bring-together in 14 days with a fresh pair (slow: a group setting rather than another
//   one-to-one ask), else (seen weekly somewhere) say-hi there on its day, else group deepen in 21 (already lukewarm
//   after a deepen: check-in in 35 days).
//   After a plan-follow-up (how the plan went): warm -> bring-together (pair) or deepen in 7; lukewarm -> bring-together
//   in 14 or group deepen in 21; none -> check-in in 14.
//   Warm or lukewarm before any text to them (it went well in person, the number came after): first-follow-up the
//   next morning.
//   none -> the 2nd silence in a row offers let-go in 7 days (unless kept; kept: check-in in 28); else check-in in 7.
// - skip: the next kind in the sequence: first-follow-up -> deepen (warm) or check-in in 7; deepen / check-in ->
//   check-in spaced by warmth; get-contact / say-hi -> the next contactless step.
// - keep: check-in in 28 days. note-added: re-plans from now (a new contact turns a pending get-contact into a
//   first-follow-up; a new event can bring a their-moment first). The glue (conversation/plan.ts) stores this plan only
//   when nothing is pending, or the pending nudge waited for a contact that now exists; else a pending or snoozed nudge
//   stays, unless upcomingMoment comes before it (and it is not a let-go).
// - No contact: the first step asks for a way to reach them (at a recurring place with a weekday: shortly before the
//   next time there, not on a day they are not around); texting kinds become contactless steps: say-hi in 4 days (then 7) for a place the user returns to,
//   shortly before the next time at a recurring place (playbook/places), get-contact again in 7 days elsewhere; after 2
//   unanswered rounds (4 at a place) offer let-go unless kept. With a contact, a check-in for someone seen weekly at a
//   recurring place is a say-hi there. Plan-follow-ups, gives, their-moments and place pairs need no number.
// - plan: the plan-follow-up the day after (playbook/occasions); while a plan is coming, nothing else from the sequence
//   goes before its follow-up. cancelled: a gentle retry, a check-in naming the plan, in 10 days. news: give (congrats)
//   soon. A move: give (catch up) 10 days before. Occasions come first when they are due before the step.
// - Check-ins count their days from `lastContactAt` (done, a plan, news restart it: contactAfter), never sooner than
//   soon; after a silence they count from now. Without `lastContactAt`, from now, as before.
// - their-moment: an uncelebrated event (day before at the preferred hour for shows, races, pitches...; the day itself for
//   birthdays; the 1st for month-only events) comes first when it is due before, or falls on or before the day of, the
//   otherwise planned nudge. Never in the past, never after the event's day; not instead of a let-go after silences.
//   Without a number it is planned too (in person), before a contactless let-go.
// - pairs (findPairs -> pairSidesFor) are an optional input; a pair brought together is covered (`covers`), once.
// - After a let-go was sent: null, unless the user kept them (check-in in 28 days) or the person answered after all
//   (a warm or lukewarm response revives the plan).

import { HOUR } from '../domain/constants';
import { type Context, inDays, preferredOn, soon } from './playbook/context';
import { nextMoment } from './playbook/moments';
import { occasionKey, occasionsOf } from './playbook/occasions';
import { isReturningPlace } from './playbook/met-place';
import { sayHiAt } from './playbook/places';
import { clampWindow, nextWindowTime } from '../domain/schedule';
import { addDays, daysBetween, localDate, localParts } from '../domain/time';
import { ideaFor } from './ideas';
import { suggestGroup } from './activities';
export { eventMoment, type MomentTiming, type MomentTone, upcomingMoment } from './playbook/moments';
export { type HeldNudge, type HoldAction, type HoldResult, holdPersonNudges } from './playbook/holds';
export { isOneOff, isReturningPlace } from './playbook/met-place';
export { occasionKey } from './playbook/occasions';
export { bothLine, findPairs, type Pair, type PersonForPairs, pairSidesFor, pairSidesWith } from './playbook/pairs';
export { contactAfter, personAfter } from './playbook/person-after';

import type {
  GiveReason,
  Millis,
  NudgeKind,
  PairSide,
  PersonEvent,
  PersonForPlan,
  PersonPlan,
  PlannedNudge,
  PlanTrigger,
  RecurringPlace,
  SendWindow,
  TimeZone,
  Warmth,
} from '../domain/types';

/** Days until the next check-in, by how the other person has responded. */
const CHECK_IN_DAYS: Record<Warmth, number> = { warm: 14, unknown: 21, none: 28, lukewarm: 35 };
/** Kinds that need a way to reach the person. */
const NEEDS_CONTACT = new Set<NudgeKind>(['first-follow-up', 'check-in', 'deepen', 'bring-together', 'give']);
/** Kinds that come between the steps of the sequence: after one, the sequence resumes where it was. */
const ASIDES = new Set<NudgeKind>(['their-moment', 'give']);
/** Days until a gentle retry after a plan fell through. */
const RETRY_DAYS = 10;

interface Plan {
  kind: NudgeKind;
  dueAt: Millis;
  group?: boolean;
  pin?: boolean;
  event?: PersonEvent;
  plan?: PersonPlan;
  give?: GiveReason;
  pair?: PairSide;
  covers?: string;
}

/** What a step is planned from: the clock, the person's pairs (findPairs) and where check-ins count from. */
interface Planning extends Context {
  pairs: readonly PairSide[];
  /** the instant check-in intervals count from: the last reported contact, or now */
  checkInFrom: Millis;
  /** planning right after a nudge went out, before the user answered (afterSent): a say-hi not yet done waits longer */
  sentOnly?: boolean;
}

/** Local days until the next say-hi at a weekly place: next week's when the user did the last one, else the week after. */
const SAY_HI_AGAIN_DAYS = { done: 6, ignored: 13 };

/** An invitation of theirs that was answered warmly and got no "pin a day" yet: its key, else null. */
function unpinnedInvite(person: PersonForPlan): string | null {
  const invites = person.sentKinds.filter((kind) => kind === 'deepen' || kind === 'bring-together').length;
  const covered = person.covered ?? [];
  // the last deepen was itself the pin of the invite before it: no pin for a pin
  if (invites === 0 || covered.includes(`pin:${invites - 1}`) || covered.includes(`pin:${invites}`)) return null;
  return `pin:${invites}`;
}

/**
 * After a say-hi at a weekly place: for someone hesitant, a small group at that place (classmates, the run club);
 * else the next hello there on its day, next week when the user said hi, the week after when they let it pass.
 */
function afterSayHi(person: PersonForPlan, place: RecurringPlace & { weekday: number }, ctx: Planning): Plan {
  const today = localDate(ctx.now, ctx.zone);
  if (person.warmth === 'lukewarm' && !ctx.sentOnly && !person.sentKinds.includes('deepen'))
    return together(person, 7, ctx, () => ({ kind: 'deepen', group: true, dueAt: sayHiAt(place, addDays(today, 4), ctx) }));
  const days = ctx.sentOnly ? SAY_HI_AGAIN_DAYS.ignored : SAY_HI_AGAIN_DAYS.done;
  return { kind: 'say-hi', dueAt: sayHiAt(place, addDays(today, days), ctx) };
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
  const recurring = person.recurringPlace;
  const place = isReturningPlace(person.met) || recurring !== undefined;
  // never let go right after warmth
  if (!person.kept && person.warmth !== 'warm' && rounds >= (place ? 4 : 2)) return { kind: 'let-go', dueAt: inDays(7, ctx) };
  if (recurring) {
    const from = addDays(localDate(ctx.now, ctx.zone), person.kept ? 28 : rounds <= 1 ? 1 : 6);
    return { kind: 'say-hi', dueAt: sayHiAt(recurring, from, ctx) };
  }
  if (place) return { kind: 'say-hi', dueAt: inDays(person.kept ? 28 : rounds <= 1 ? 4 : 7, ctx) };
  return { kind: 'get-contact', dueAt: inDays(person.kept ? 28 : 7, ctx) };
}

/**
 * `kind` in `days`, or the contactless step when there is no way to text them. A check-in counts its days from the last
 * reported contact (never sooner than soon), and for someone the user sees at a recurring place it is a say-hi there.
 */
function reach(person: PersonForPlan, kind: NudgeKind, days: number, ctx: Planning, group?: boolean): Plan {
  if (!person.hasContact && NEEDS_CONTACT.has(kind)) return contactlessNext(person, ctx);
  if (kind === 'check-in') {
    const dueAt = Math.max(inDays(days, ctx, ctx.checkInFrom), ctx.checkInFrom < ctx.now ? soon(ctx) : 0);
    if (person.recurringPlace?.weekday !== undefined) return { kind: 'say-hi', dueAt: sayHiAt(person.recurringPlace, localDate(dueAt, ctx.zone), ctx) };
    return { kind, dueAt };
  }
  return group ? { kind, dueAt: inDays(days, ctx), group } : { kind, dueAt: inDays(days, ctx) };
}

/** The first pair not brought together yet (a place pair works without a number; an interest pair needs one). */
function freshPair(person: PersonForPlan, ctx: Planning): PairSide | null {
  const covered = person.covered ?? [];
  return ctx.pairs.find((pair) => !pair.need && !covered.includes(occasionKey({ pair: pair.name })) && (person.hasContact || pair.place === true)) ?? null;
}

/** A bring-together in `days` when there is a fresh pair, else `otherwise`. */
function together(person: PersonForPlan, days: number, ctx: Planning, otherwise: () => Plan): Plan {
  const pair = freshPair(person, ctx);
  if (!pair) return otherwise();
  return { kind: 'bring-together', dueAt: inDays(days, ctx), pair, covers: occasionKey({ pair: pair.name }) };
}

/** Something to give instead of every third warm check-in: an introduction to someone who shares an interest, or a find. */
function giveInstead(person: PersonForPlan, ctx: Planning): Plan | null {
  if (person.warmth !== 'warm' || !person.hasContact) return null;
  const sinceGive = person.sentKinds.slice(person.sentKinds.lastIndexOf('give') + 1);
  if (sinceGive.filter((kind) => kind === 'check-in' || kind === 'say-hi').length < 2) return null;
  const covered = person.covered ?? [];
  const dueAt = reach(person, 'check-in', CHECK_IN_DAYS.warm, ctx).dueAt;
  const pair = ctx.pairs.find((side) => !side.place && !side.need && !covered.includes(occasionKey({ pair: side.name })));
  if (pair) return { kind: 'give', dueAt, give: { type: 'introduce', interest: pair.shared }, pair, covers: occasionKey({ pair: pair.name }) };
  const interest = person.interests.map((item) => item.trim()).find((item) => item.length > 0 && !covered.includes(occasionKey({ share: item })));
  return interest ? { kind: 'give', dueAt, give: { type: 'share', interest }, covers: occasionKey({ share: interest }) } : null;
}

/** What they are looking for and another of the user's people is (a need side): introduce them, soon, once. */
function needIntro(person: PersonForPlan, ctx: Planning): Plan[] {
  if (!person.hasContact) return [];
  const side = ctx.pairs.find((pair) => pair.need && !(person.covered ?? []).includes(needKey(pair)));
  return side ? [{ kind: 'give', dueAt: soon(ctx), give: { type: 'introduce', interest: side.shared }, pair: side, covers: needKey(side) }] : [];
}

function needKey(side: PairSide): string {
  return occasionKey({ pair: `${side.name} for ${side.shared}` });
}

/** The check-in spaced by warmth, or something to give in its place. */
function nextCheckIn(person: PersonForPlan, ctx: Planning): Plan {
  return giveInstead(person, ctx) ?? reach(person, 'check-in', CHECK_IN_DAYS[person.warmth], ctx);
}

/** The first step: a follow-up text, or without a number asking for it, where they are seen next when that is known. */
function firstContact(person: PersonForPlan, at: Millis, ctx: Context): Plan {
  if (person.hasContact) return { kind: 'first-follow-up', dueAt: at };
  const recurring = person.recurringPlace;
  // "i see rafi every saturday at the pool": ask there, shortly before, rather than on a day they are not around
  if (recurring?.weekday !== undefined) return { kind: 'get-contact', dueAt: sayHiAt(recurring, localDate(ctx.now, ctx.zone), ctx) };
  return { kind: 'get-contact', dueAt: at };
}

function afterDone(person: PersonForPlan, kind: NudgeKind, ctx: Planning): Plan {
  switch (kind) {
    case 'first-follow-up':
      // Already know how it went (a reply was reported first): act on it; else ask in a few days.
      if (person.warmth === 'warm') return reach(person, 'deepen', 3, ctx);
      if (person.warmth === 'lukewarm') return reach(person, 'deepen', 21, ctx, true);
      return reach(person, 'check-in', person.warmth === 'none' ? 7 : 3, ctx);
    case 'get-contact':
    case 'say-hi': {
      if (!person.hasContact) return contactlessNext(person, ctx);
      const place = person.recurringPlace;
      if (kind === 'say-hi' && place?.weekday !== undefined && person.sentKinds.includes('first-follow-up'))
        return afterSayHi(person, { ...place, weekday: place.weekday }, ctx);
      return person.sentKinds.includes('first-follow-up') ? reach(person, 'check-in', CHECK_IN_DAYS[person.warmth], ctx) : firstContact(person, soon(ctx), ctx);
    }
    case 'check-in':
      return nextCheckIn(person, ctx);
    case 'deepen':
    case 'their-moment':
    case 'plan-follow-up':
    case 'bring-together':
    case 'give':
      return reach(person, 'check-in', CHECK_IN_DAYS[person.warmth], ctx);
    case 'let-go':
      return reach(person, 'check-in', 28, ctx);
  }
}

function afterSkip(person: PersonForPlan, kind: NudgeKind, ctx: Planning): Plan {
  switch (kind) {
    case 'first-follow-up':
      return person.warmth === 'warm' ? reach(person, 'deepen', 3, ctx) : reach(person, 'check-in', 7, ctx);
    case 'get-contact':
    case 'say-hi':
    case 'deepen':
    case 'check-in':
    case 'their-moment':
    case 'let-go':
    case 'plan-follow-up':
    case 'bring-together':
    case 'give':
      return afterDone(person, kind, ctx);
  }
}

/** How the plan went (the answer to a plan-follow-up) paces what comes next. */
function afterPlanWent(person: PersonForPlan, warmth: Exclude<Warmth, 'unknown'>, ctx: Planning): Plan {
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

/** The day a pin proposes: the first Thursday or Saturday at least 2 days after it goes out (its preferred hour). */
function dayToPropose(pinAt: Millis, ctx: Context): Millis {
  const from = localDate(pinAt, ctx.zone);
  for (let ahead = 2; ; ahead++) {
    const day = addDays(from, ahead);
    const weekday = localParts(preferredOn(day, ctx), ctx.zone).weekday;
    if (weekday === 4 || weekday === 6) return preferredOn(day, ctx);
  }
}

/** Stable per person and invitation: the same person gets a new idea with each invitation, not with each send. */
function ideaSeed(person: PersonForPlan): number {
  let hash = person.sentKinds.length * 7919;
  for (const char of person.name) hash = (hash * 31 + char.charCodeAt(0)) % 1_000_003;
  return hash;
}

/** An activity not planned with them already: the same "synth shop browse" twice reads like a form letter. */
function freshIdea(person: PersonForPlan, group: boolean, seed: number): string {
  const done = new Set(
    (person.plans ?? []).map((plan) =>
      plan.what
        .trim()
        .toLowerCase()
        .replace(/^(a|an|the)\s+/, ''),
    ),
  );
  let first = '';
  for (let tries = 0; tries < 8; tries++) {
    const { activity } = ideaFor(person, group, seed + tries * 104_729);
    if (!first) first = activity;
    if (!done.has(activity.toLowerCase().replace(/^(a|an|the)\s+/, ''))) return activity;
  }
  return first;
}

/** An invitation with the activity it proposes (`plan`), so the pin and the follow-up can name it. */
function withProposal(person: PersonForPlan, chosen: Plan): Plan {
  if (chosen.plan || chosen.pin || (chosen.kind !== 'deepen' && chosen.kind !== 'bring-together')) return chosen;
  const seed = ideaSeed(person);
  const place = person.recurringPlace?.place.trim().replace(/^(at|in)\s+/i, '');
  const what =
    chosen.kind === 'bring-together'
      ? chosen.pair && !chosen.pair.place && person.hasContact
        ? suggestGroup([chosen.pair.shared], seed).activity
        : null
      : chosen.group && place
        ? `coffee after ${place}`
        : freshIdea(person, chosen.group === true, seed);
  return what ? { ...chosen, plan: { what, at: chosen.dueAt } } : chosen;
}

function afterResponse(person: PersonForPlan, warmth: Exclude<Warmth, 'unknown'>, lastStep: NudgeKind | undefined, ctx: Planning, proposal?: PersonPlan): Plan {
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
          ? { kind: 'deepen', pin: true, dueAt, covers: pin, plan: { what, at: dayToPropose(dueAt, ctx) } }
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
function nextStep(person: PersonForPlan, trigger: PlanTrigger, ctx: Planning): Plan | null {
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

/** The nudge as planned: the chosen plan moved inside the window, with only the fields it uses. */
function toPlanned(chosen: Plan, ctx: Context): PlannedNudge {
  const planned: PlannedNudge = { kind: chosen.kind, dueAt: nextWindowTime(Math.max(chosen.dueAt, ctx.now), ctx.zone, ctx.window) };
  if (chosen.event) planned.event = chosen.event;
  if (chosen.group) planned.group = true;
  if (chosen.pin) planned.pin = true;
  if (chosen.plan) planned.plan = chosen.plan;
  if (chosen.give) planned.give = chosen.give;
  if (chosen.pair) planned.pair = chosen.pair;
  if (chosen.covers) planned.covers = chosen.covers;
  return planned;
}

/**
 * The next nudge for a person after `trigger`, or null when there is nothing more to plan. `pairs` are the people this
 * one could be brought together with (findPairs, then pairSidesFor); without them no bring-together is planned.
 * @example planNext(sarah, { type: 'captured' }, tuesday18h, 'America/New_York', DEFAULT_WINDOW)
 *   // { kind: 'first-follow-up', dueAt: <Wednesday 10:00 New York> }
 * @example planNext({ ...jake, silences: 1, sentKinds: ['first-follow-up', 'check-in'] }, { type: 'response', warmth: 'none' }, now, zone, window)
 *   // { kind: 'let-go', dueAt: <7 days later at 10:00> }
 * @example planNext({ ...omar, plans: [{ what: 'coffee', at: thu15h }] }, { type: 'plan' }, mon, zone, window)
 *   // { kind: 'plan-follow-up', dueAt: <Friday 10:00>, plan: { what: 'coffee', at: thu15h }, covers: 'plan:...' }
 */
export function planNext(
  person: PersonForPlan,
  trigger: PlanTrigger,
  now: Millis,
  zone: TimeZone,
  window: SendWindow,
  pairs: readonly PairSide[] = [],
): PlannedNudge | null {
  return planFrom(person, trigger, now, zone, window, pairs, false);
}

function planFrom(
  person: PersonForPlan,
  trigger: PlanTrigger,
  now: Millis,
  zone: TimeZone,
  window: SendWindow,
  pairs: readonly PairSide[],
  sentOnly: boolean,
): PlannedNudge | null {
  const silence = trigger.type === 'response' && trigger.warmth === 'none';
  const from = !silence && person.lastContactAt !== undefined && person.lastContactAt <= now ? person.lastContactAt : now;
  const ctx: Planning = { now, zone, window: clampWindow(window), pairs, checkInFrom: from, sentOnly };
  const step = nextStep(person, trigger, ctx);
  if (!step) return null;
  const moment = nextMoment(person, ctx);
  if (step.kind === 'let-go') {
    // Without a number, their event is the best reason to see them again: it comes before letting go.
    const inPerson = !person.hasContact && moment && moment.dueAt <= step.dueAt;
    return toPlanned(inPerson ? { kind: 'their-moment', dueAt: moment.dueAt, event: moment.event } : step, ctx);
  }
  const occasions = [...occasionsOf(person, ctx), ...needIntro(person, ctx)].sort((a, b) => a.dueAt - b.dueAt);
  // While a plan is coming up, nothing else from the sequence goes before its follow-up.
  const waitsForPlan = occasions.some((occasion) => occasion.kind === 'plan-follow-up');
  let chosen: Plan = waitsForPlan ? { ...step, dueAt: Number.POSITIVE_INFINITY } : step;
  const [occasion] = occasions;
  if (occasion && occasion.dueAt <= chosen.dueAt) chosen = occasion;
  if (moment) {
    const chosenDay = Number.isFinite(chosen.dueAt) ? localDate(chosen.dueAt, zone) : null;
    if (moment.dueAt <= chosen.dueAt || (chosenDay && chosen === step && daysBetween(moment.eventDay, chosenDay) >= 0)) {
      chosen = { kind: 'their-moment', dueAt: moment.dueAt, event: moment.event };
    }
  }
  return toPlanned(withProposal(person, chosen), ctx);
}

/**
 * The plan right after a nudge went out, before the user says anything: as if they did it (DONE). The glue stores it as
 * the pending nudge; a reply re-plans with planNext. A sent let-go plans nothing: it waits for KEEP. `covers` is the
 * sent nudge's own (stored in the person's `covered`), so the same occasion does not come again.
 * @example afterSent({ ...sarah, sentKinds: ['first-follow-up'] }, 'first-follow-up', wed10h, zone, window)
 *   // { kind: 'check-in', dueAt: <Saturday 10:00> }
 */
export function afterSent(
  person: PersonForPlan,
  sentKind: NudgeKind,
  now: Millis,
  zone: TimeZone,
  window: SendWindow,
  covers?: string,
  pairs: readonly PairSide[] = [],
): PlannedNudge | null {
  const sentKinds = person.sentKinds.at(-1) === sentKind ? person.sentKinds : [...person.sentKinds, sentKind];
  const covered = covers && !(person.covered ?? []).includes(covers) ? [...(person.covered ?? []), covers] : person.covered;
  const after: PersonForPlan = covered ? { ...person, sentKinds, covered } : { ...person, sentKinds };
  return planFrom(after, { type: 'done' }, now, zone, window, pairs, true);
}

/** What a pending nudge may give way to an invitation into a plan: a routine step, never an occasion of theirs. */
const ROUTINE = new Set<NudgeKind>(['check-in', 'deepen', 'say-hi']);

/**
 * The other side of a yes to a bring-together: `host` said yes to a plan with `other` (they share `shared`), so the
 * user invites `other` into it the next morning, naming `host` and the plan, in place of a routine pending step.
 * Null when `other` cannot be texted, was let go, has gone quiet, or has an occasion pending.
 * @example joinerInvite(sarah, { name: 'Omar', shared: 'bouldering', plan: { what: 'a climbing night', at } }, 'check-in', now, zone, window)
 *   // { kind: 'bring-together', dueAt: <tomorrow 10:00>, pair: { name: 'Omar', shared: 'bouldering', joined: true }, plan: {...}, covers: 'pair:omar' }
 */
export function joinerInvite(
  other: PersonForPlan,
  host: { name: string; shared: string; plan?: PersonPlan },
  pendingKind: NudgeKind | null,
  now: Millis,
  zone: TimeZone,
  window: SendWindow,
): PlannedNudge | null {
  if (!other.hasContact || other.silences >= 2 || other.warmth === 'none') return null;
  if (other.sentKinds.at(-1) === 'let-go' && !other.kept) return null;
  if (pendingKind !== null && !ROUTINE.has(pendingKind)) return null;
  const ctx: Context = { now, zone, window: clampWindow(window) };
  const chosen: Plan = {
    kind: 'bring-together',
    dueAt: inDays(1, ctx),
    pair: { name: host.name, shared: host.shared, joined: true },
    covers: occasionKey({ pair: host.name }),
  };
  return toPlanned(host.plan ? { ...chosen, plan: host.plan } : chosen, ctx);
}
