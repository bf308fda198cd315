// Moves a person's plan: asks the playbook for the next nudge, adds the changes that store it, and says how a reply
// should state it (a paused user's nudges wait for the pause).
import { hasContact, toPlanInput, windowOf, type Person, type UserRow } from '../../db/rows';
import { isRoutineStep, pairSidesWith, planNext, takenDays, upcomingMoment } from '../../coach/playbook';
import { detailOf } from '../../db/nudges';
import { isOpen, wentOut } from '../../db/states';
import { afterPause } from '../../domain/schedule';
import type { NudgeKind, PairSide, PlannedNudge, PlanTrigger } from '../../domain/types';
import type { RowRef } from '../changes';
import type { Turn } from './turn';

/**
 * A next step as a reply states it. While a pause with an end lasts, `dueAt` is not before the pause lets it out; paused
 * with no end, `waitsForResume` is set and `dueAt` is the nudge's own time, which only RESUME (or that time, if later)
 * brings.
 */
export type StatedStep = PlannedNudge & { waitsForResume?: true };

/** The clock and the user a step is stated for. */
export interface StepContext {
  now: number;
  user: Pick<UserRow, 'timeZone' | 'windowStart' | 'windowEnd' | 'preferredHour' | 'pausedUntil'>;
}

/** Kinds planned while there was no way to reach the person: a new contact makes them stale. */
const CONTACTLESS: NudgeKind[] = ['get-contact', 'say-hi'];

function planFor(turn: Turn, person: Person, trigger: PlanTrigger): PlannedNudge | null {
  // a muted person gets no nudges until KEEP or UNMUTE (which plan with `muted` already cleared)
  if (person.muted) return null;
  return planNext(toPlanInput(person), trigger, turn.now, turn.user.timeZone, windowOf(turn.user), pairsOf(turn, person), takenOf(turn, person));
}

/** The days already given to the user's other people: their plans ahead, and the days their pins propose (to go out, or
 * sent and not yet answered). */
function takenOf(turn: Turn, person: Person): ReturnType<typeof takenDays> {
  const others = turn.snapshot.people.filter((other) => other.id !== person.id).map(toPlanInput);
  const pending = turn.snapshot.nudges.filter((nudge) => nudge.personId !== person.id && (isOpen(nudge) || wentOut(nudge))).map(detailOf);
  return takenDays(others, pending, turn.now);
}

/** Who among the user's other (unmuted) people this one could be brought together with, with the person as now changed. */
export function pairsOf(turn: Pick<Turn, 'snapshot' | 'now' | 'user'>, person: Person): PairSide[] {
  const people = turn.snapshot.people.filter((other) => other.id !== person.id && !other.muted).map(toPlanInput);
  return pairSidesWith(person.name, [toPlanInput(person), ...people], turn.now, turn.user.timeZone);
}

/** How a reply should state a planned or pending nudge, given the user's pause. */
export function statedStep(at: StepContext, step: PlannedNudge): StatedStep {
  const { user, now } = at;
  const dueAt = afterPause(step.dueAt, user.pausedUntil, now, user.timeZone, windowOf(user));
  return dueAt === null ? { ...step, waitsForResume: true } : { ...step, dueAt };
}

/** Plans the next nudge for a person in place of the pending one; returns it as a reply should state it. */
export function replan(turn: Turn, person: Person, trigger: PlanTrigger, personId: RowRef = person.id): StatedStep | null {
  const planned = planFor(turn, person, trigger);
  turn.changes.push({ type: 'cancelNudges', personId });
  if (planned) turn.changes.push({ type: 'planNudge', personId, nudge: planned });
  return planned && statedStep(turn, planned);
}

/**
 * Replans a person after a note, against the nudge `pending` before it. A pending or snoozed nudge stays, unless the
 * note gave the first way to reach them (a pending get-contact or say-hi gives way to the new plan, and with
 * `gainedContact` a let-go offered for lack of a number too) or an event's
 * their-moment comes before it (never before a let-go): then that moment goes first, and the playbook brings the rest
 * back after it. The changes decide against the pending nudge inside the batch, in order: cancel a contactless nudge;
 * store the plan if nothing is pending; cancel a pending nudge the moment comes before; store the moment if nothing is
 * pending. Returns what is first in line afterwards, as a reply should state it.
 */
export function replanAfterNote(turn: Turn, person: Person, pending: PlannedNudge | null, gainedContact = false): StatedStep | null {
  const { user, now } = turn;
  const planned = planFor(turn, person, { type: 'note-added' });
  const reachable = hasContact(person.contacts);
  // the first way to reach them: a let-go planned because there was none ("still no number") is stale too
  const stale: NudgeKind[] = gainedContact ? [...CONTACTLESS, 'let-go'] : CONTACTLESS;
  if (reachable) turn.changes.push({ type: 'cancelNudges', personId: person.id, only: { kinds: stale } });
  const live = pending && !(reachable && stale.includes(pending.kind)) ? pending : null;
  // news that brings an occasion of theirs (a catch-up before they move) takes the place of a routine step still to
  // go, at the sooner of the two times: the latest news overrides the invitation planned before it
  const replaced = live && planned?.covers && !planned.pin && isRoutineStep(live.kind) && !isRoutineStep(planned.kind);
  if (replaced) turn.changes.push({ type: 'cancelNudges', personId: person.id, only: { kinds: [live.kind] } });
  const kept = replaced ? null : live;
  // null: they were let go, and a note alone does not bring them back
  if (!planned) return kept && statedStep(turn, kept);
  const chosen = replaced && live ? { ...planned, dueAt: Math.min(planned.dueAt, live.dueAt) } : planned;
  turn.changes.push({ type: 'planNudge', personId: person.id, nudge: chosen });
  const first = kept ?? chosen;
  const moment = upcomingMoment(toPlanInput(person), now, user.timeZone, windowOf(user));
  if (!moment) return statedStep(turn, first);
  turn.changes.push(
    { type: 'cancelNudges', personId: person.id, only: { dueAfter: moment.dueAt, notKind: 'let-go' } },
    { type: 'planNudge', personId: person.id, nudge: moment },
  );
  return statedStep(turn, first.dueAt > moment.dueAt && first.kind !== 'let-go' ? moment : first);
}
