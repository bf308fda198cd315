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

/**
 * Plans the next nudge for a person and queues it in place of the pending one; returns it as a reply should state it.
 * After a note (`note-added`) a pending or snoozed nudge stays, unless the note gave the first way to reach them (a
 * pending get-contact or say-hi gives way to the new plan) or an event's their-moment comes before it (never before a
 * let-go): then that moment goes first, and the playbook brings the rest back after it. The return value is the new
 * plan either way; the writes decide against the pending nudge inside the batch.
 */
export function replan(ctx: TextContext, person: Person, trigger: PlanTrigger, personId: number | SQL = person.id): StatedStep | null {
  const planned = planFor(ctx, person, trigger);
  if (trigger.type === 'note-added') ctx.writes.push(...replanAfterNote(ctx, person, personId, planned));
  else ctx.writes.push(...replaceNudge(ctx.db, ctx.user.id, personId, planned, ctx.now));
  return planned && statedStep(ctx, planned);
}

/**
 * What a note's replan leaves first in line, as replanAfterNote's writes decide it, given the nudge pending before
 * the note (kind and due time). A reply states this, not the plan the note alone would make.
 */
export function stepAfterNote(ctx: TextContext, person: Person, pending: PlannedNudge | null): StatedStep | null {
  const planned = planFor(ctx, person, { type: 'note-added' });
  const kept = pending && !(hasContact(person.contacts) && CONTACTLESS.includes(pending.kind)) ? pending : null;
  if (!planned) return kept && statedStep(ctx, kept);
  const first = kept ?? planned;
  const moment = upcomingMoment(toPlanInput(person), ctx.now, ctx.user.timeZone, windowOf(ctx.user));
  const step = moment && first.dueAt > moment.dueAt && first.kind !== 'let-go' ? moment : first;
  return statedStep(ctx, step);
}

/**
 * The writes for a note's plan, in order: cancel a contactless nudge once they can be reached; store the plan if nothing
 * is pending; cancel a pending nudge that the next their-moment comes before; store that moment if nothing is pending.
 */
function replanAfterNote(ctx: TextContext, person: Person, personId: number | SQL, planned: PlannedNudge | null) {
  const { db, user, now } = ctx;
  const pendingOfPerson = and(eq(nudges.userId, user.id), sql`${nudges.personId} = ${personId}`, eq(nudges.state, 'pending'));
  const writes = [];
  if (hasContact(person.contacts)) {
    writes.push(db.update(nudges).set({ state: 'cancelled' }).where(and(pendingOfPerson, inArray(nudges.kind, CONTACTLESS))));
  }
  // null: they were let go, and a note alone does not bring them back
  if (!planned) return writes;
  writes.push(insertIfNonePending(ctx, personId, planned, pendingOfPerson));
  const moment = upcomingMoment(toPlanInput(person), now, user.timeZone, windowOf(user));
  if (moment) {
    writes.push(
      db.update(nudges).set({ state: 'cancelled' })
        .where(and(pendingOfPerson, gt(nudges.dueAt, moment.dueAt), ne(nudges.kind, 'let-go'))),
      insertIfNonePending(ctx, personId, moment, pendingOfPerson),
    );
  }
  return writes;
}

function insertIfNonePending(ctx: TextContext, personId: number | SQL, planned: PlannedNudge, pendingOfPerson: SQL | undefined) {
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
