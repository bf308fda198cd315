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
//   recurring place is a say-hi there. StepPlan-follow-ups, gives, their-moments and place pairs need no number.
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

import { clampWindow, nextWindowTime } from '../domain/schedule';
import { daysBetween, localDate } from '../domain/time';
import type { Millis, NudgeKind, PairSide, PersonForPlan, PersonPlan, PlannedNudge, PlanTrigger, SendWindow, TimeZone } from '../domain/types';
import { type Context, inDays } from './playbook/context';
import { nextMoment } from './playbook/moments';
import { occasionKey, occasionsOf } from './playbook/occasions';
import { withProposal } from './playbook/proposal';
import { needIntro, type StepPlan, type Planning } from './playbook/reach';
import { nextStep } from './playbook/steps';
export { eventMoment, type MomentTiming, type MomentTone, upcomingMoment } from './playbook/moments';
export { type HeldNudge, type HoldAction, type HoldResult, holdPersonNudges } from './playbook/holds';
export { isOneOff, isReturningPlace } from './playbook/met-place';
export { occasionKey } from './playbook/occasions';
export { bothLine, findPairs, type Pair, type PersonForPairs, pairSidesFor, pairSidesWith } from './playbook/pairs';
export { contactAfter, personAfter } from './playbook/person-after';

/** The nudge as planned: the chosen plan moved inside the window, with only the fields it uses. */
function toPlanned(chosen: StepPlan, ctx: Context): PlannedNudge {
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
 * The plans the user already made or proposed with other people: their plans still ahead, and the days pending pins
 * propose. Two invitations never name the same evening (unless it is the same plan).
 * @example takenDays([{ plans: [{ what: 'coffee', at: thu18h }] }], [{ plan: { what: 'a climb', at: sat10h } }], mon)
 *   // [{ what: 'coffee', at: thu18h }, { what: 'a climb', at: sat10h }]
 */
export function takenDays(
  others: readonly Pick<PersonForPlan, 'plans'>[],
  pending: readonly Pick<PlannedNudge, 'plan'>[],
  now: Millis,
): { what: string; at: Millis }[] {
  const planned = others.flatMap((other) => (other.plans ?? []).filter((plan) => !plan.cancelled));
  const proposed = pending.flatMap((nudge) => (nudge.plan ? [nudge.plan] : []));
  return [...planned, ...proposed].filter((plan) => plan.at >= now).map(({ what, at }) => ({ what, at }));
}

/**
 * The next nudge for a person after `trigger`, or null when there is nothing more to plan. `pairs` are the people this
 * one could be brought together with (findPairs, then pairSidesFor); without them no bring-together is planned.
 * `taken` are the plans made or proposed with other people (takenDays): a pin proposes another day.
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
  taken: Planning['taken'] = [],
): PlannedNudge | null {
  return planFrom(person, trigger, now, zone, window, pairs, false, taken);
}

function planFrom(
  person: PersonForPlan,
  trigger: PlanTrigger,
  now: Millis,
  zone: TimeZone,
  window: SendWindow,
  pairs: readonly PairSide[],
  sentOnly: boolean,
  taken: Planning['taken'] = [],
): PlannedNudge | null {
  const silence = trigger.type === 'response' && trigger.warmth === 'none';
  const from = !silence && person.lastContactAt !== undefined && person.lastContactAt <= now ? person.lastContactAt : now;
  const ctx: Planning = { now, zone, window: clampWindow(window), pairs, checkInFrom: from, sentOnly, taken };
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
  let chosen: StepPlan = waitsForPlan ? { ...step, dueAt: Number.POSITIVE_INFINITY } : step;
  const [occasion] = occasions;
  if (occasion && occasion.dueAt <= chosen.dueAt) chosen = occasion;
  // they are moving away: the next invitation or check-in is the catch-up before they go (the latest news overrides)
  const farewell = occasions.find((found) => found.give?.type === 'before-move');
  if (farewell && chosen === step && MOVABLE.has(step.kind) && !step.pin && Number.isFinite(step.dueAt)) chosen = { ...farewell, dueAt: step.dueAt };
  if (moment) {
    const chosenDay = Number.isFinite(chosen.dueAt) ? localDate(chosen.dueAt, zone) : null;
    // no number yet and their event is days away: ask for it there, in person, not at the place they met before it
    const askThere = chosen.kind === 'get-contact' && !person.hasContact && chosenDay && daysBetween(chosenDay, moment.eventDay) <= ASK_AT_EVENT_DAYS;
    if (askThere || moment.dueAt <= chosen.dueAt || (chosenDay && chosen === step && daysBetween(moment.eventDay, chosenDay) >= 0)) {
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

/** Without a number, their event this close is where to ask for it: no get-contact before it. */
const ASK_AT_EVENT_DAYS = 10;

/** The routine steps a catch-up before a move takes the place of. */
const MOVABLE = new Set<NudgeKind>(['check-in', 'deepen']);

/** What a pending nudge may give way to an invitation into a plan: a routine step, never an occasion of theirs. */
const ROUTINE = new Set<NudgeKind>(['check-in', 'deepen', 'say-hi']);

/** A step of the sequence (a check-in, an invitation, a hello) rather than an occasion of theirs: what an occasion may
 * take the place of. */
export function isRoutineStep(kind: NudgeKind): boolean {
  return ROUTINE.has(kind);
}

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
  const chosen: StepPlan = {
    kind: 'bring-together',
    dueAt: inDays(1, ctx),
    pair: { name: host.name, shared: host.shared, joined: true },
    covers: occasionKey({ pair: host.name }),
  };
  return toPlanned(host.plan ? { ...chosen, plan: host.plan } : chosen, ctx);
}
