// Moves a person's plan: asks the playbook for the next nudge, queues the writes that store it, and says how a reply
// should state it (a paused user's nudges wait for the pause).
import { and, eq, gt, inArray, ne, notExists, or, sql, type SQL } from 'drizzle-orm';
import { replaceNudge, type NudgeDetail } from '../db/nudges';
import { hasContact, toPlanInput, windowOf, type Person } from '../db/rows';
import { nudges, users } from '../db/schema';
import { planNext, upcomingMoment } from '../domain/playbook';
import { afterPause } from '../domain/schedule';
import type { NudgeKind, PlannedNudge, PlanTrigger } from '../domain/types';
import type { TextContext } from './context';

/**
 * A next step as a reply states it. While a pause with an end lasts, `dueAt` is not before the pause lets it out; paused
 * with no end, `waitsForResume` is set and `dueAt` is the nudge's own time, which only RESUME (or that time, if later)
 * brings.
 */
export type StatedStep = PlannedNudge & { waitsForResume?: true };

/** Kinds planned while there was no way to reach the person: a new contact makes them stale. */
const CONTACTLESS: NudgeKind[] = ['get-contact', 'say-hi'];

export function planFor(ctx: TextContext, person: Person, trigger: PlanTrigger): PlannedNudge | null {
  return planNext(toPlanInput(person), trigger, ctx.now, ctx.user.timeZone, windowOf(ctx.user));
}

/** How a reply should state a planned or pending nudge, given the user's pause. */
export function statedStep(ctx: TextContext, step: PlannedNudge): StatedStep {
  const { user, now } = ctx;
  const dueAt = afterPause(step.dueAt, user.pausedUntil, now, user.timeZone, windowOf(user));
  return dueAt === null ? { ...step, waitsForResume: true } : { ...step, dueAt };
}

/** Plans the next nudge for a person and queues it in place of the pending one; returns it as a reply should state it. */
export function replan(ctx: TextContext, person: Person, trigger: PlanTrigger, personId: number | SQL = person.id): StatedStep | null {
  const planned = planFor(ctx, person, trigger);
  ctx.writes.push(...replaceNudge(ctx.db, ctx.user.id, personId, planned, ctx.now));
  return planned && statedStep(ctx, planned);
}

/**
 * Replans a person after a note, against the nudge `pending` before it. A pending or snoozed nudge stays, unless the
 * note gave the first way to reach them (a pending get-contact or say-hi gives way to the new plan) or an event's
 * their-moment comes before it (never before a let-go): then that moment goes first, and the playbook brings the rest
 * back after it. The writes decide against the pending nudge inside the batch, in order: cancel a contactless nudge;
 * store the plan if nothing is pending; cancel a pending nudge the moment comes before; store the moment if nothing is
 * pending. Returns what is first in line afterwards, as a reply should state it.
 */
export function replanAfterNote(ctx: TextContext, person: Person, pending: PlannedNudge | null): StatedStep | null {
  const { db, user, now } = ctx;
  const planned = planFor(ctx, person, { type: 'note-added' });
  const pendingOfPerson = and(eq(nudges.userId, user.id), eq(nudges.personId, person.id), eq(nudges.state, 'pending'));
  const reachable = hasContact(person.contacts);
  if (reachable) {
    ctx.writes.push(db.update(nudges).set({ state: 'cancelled' }).where(and(pendingOfPerson, inArray(nudges.kind, CONTACTLESS))));
  }
  const kept = pending && !(reachable && CONTACTLESS.includes(pending.kind)) ? pending : null;
  // null: they were let go, and a note alone does not bring them back
  if (!planned) return kept && statedStep(ctx, kept);
  ctx.writes.push(insertIfNonePending(ctx, person.id, planned, pendingOfPerson));
  const first = kept ?? planned;
  const moment = upcomingMoment(toPlanInput(person), now, user.timeZone, windowOf(user));
  if (!moment) return statedStep(ctx, first);
  ctx.writes.push(
    db.update(nudges).set({ state: 'cancelled' })
      .where(and(pendingOfPerson, gt(nudges.dueAt, moment.dueAt), ne(nudges.kind, 'let-go'))),
    insertIfNonePending(ctx, person.id, moment, pendingOfPerson),
  );
  return statedStep(ctx, first.dueAt > moment.dueAt && first.kind !== 'let-go' ? moment : first);
}

function insertIfNonePending(ctx: TextContext, personId: number, planned: PlannedNudge, pendingOfPerson: SQL | undefined) {
  const { db, user, now } = ctx;
  const detail: NudgeDetail = {};
  if (planned.event) detail.event = planned.event;
  if (planned.group) detail.group = true;
  return db.insert(nudges).select(db.select({
    id: sql<number>`NULL`.as('id'), userId: users.id, personId: sql<number>`${personId}`.as('person_id'),
    kind: sql<string>`${planned.kind}`.as('kind'), dueAt: sql<number>`${planned.dueAt}`.as('due_at'),
    state: sql<string>`'pending'`.as('state'), detail: sql<string>`${JSON.stringify(detail)}`.as('detail'),
    outboundId: sql<null>`NULL`.as('outbound_id'), createdAt: sql<number>`${now}`.as('created_at'),
  }).from(users).where(and(eq(users.id, user.id), notExists(db.select({ id: nudges.id }).from(nudges).where(pendingOfPerson)))));
}
