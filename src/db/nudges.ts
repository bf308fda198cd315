// The plan's storage: at most one pending nudge per person, replaced whenever the plan moves.
import { and, asc, eq, inArray, lte, sql } from 'drizzle-orm';
import type { SQL } from 'drizzle-orm';
import type { Db } from './client';
import { nudges } from './schema';
import type { NudgeKind, PersonEvent, PlannedNudge } from '../domain/types';

export type NudgeRow = typeof nudges.$inferSelect;

export interface NudgeDetail {
  event?: PersonEvent;
  group?: boolean;
}

export function detailOf(row: Pick<NudgeRow, 'detail'>): NudgeDetail {
  try {
    const value = JSON.parse(row.detail) as NudgeDetail;
    return typeof value === 'object' && value ? value : {};
  } catch {
    return {};
  }
}

/** Cancels the person's pending nudge and, when there is a next one, plans it. */
export function replaceNudge(db: Db, userId: number, personId: number | SQL, planned: PlannedNudge | null, now: number) {
  const cancel = db
    .update(nudges)
    .set({ state: 'cancelled' })
    .where(and(eq(nudges.userId, userId), sql`${nudges.personId} = ${personId}`, eq(nudges.state, 'pending')));
  if (!planned) return [cancel] as const;
  const detail: NudgeDetail = {};
  if (planned.event) detail.event = planned.event;
  if (planned.group) detail.group = true;
  const insert = db.insert(nudges).values({
    userId,
    personId: personId as number,
    kind: planned.kind,
    dueAt: planned.dueAt,
    state: 'pending',
    detail: JSON.stringify(detail),
    createdAt: now,
  });
  return [cancel, insert] as const;
}

export async function pendingNudges(db: Db, userId: number, personIds: number[]): Promise<NudgeRow[]> {
  if (personIds.length === 0) return [];
  return db
    .select()
    .from(nudges)
    .where(and(eq(nudges.userId, userId), inArray(nudges.personId, personIds), eq(nudges.state, 'pending')));
}

/** Moves every pending nudge of a user to at least `notBefore` (pause, opt-out hold). */
export function holdNudges(db: Db, userId: number, state: 'pending' | 'held', notBefore: number) {
  return db
    .update(nudges)
    .set({ state, dueAt: sql`max(${nudges.dueAt}, ${notBefore})` })
    .where(and(eq(nudges.userId, userId), inArray(nudges.state, ['pending', 'held'])));
}

/** What the sweep picks up: pending nudges due by `now`, oldest first. Uses nudges_state_due. */
export function dueNudges(db: Db, now: number, limit: number) {
  return db
    .select()
    .from(nudges)
    .where(and(eq(nudges.state, 'pending'), lte(nudges.dueAt, now)))
    .orderBy(asc(nudges.dueAt))
    .limit(limit);
}

export type { NudgeKind };
