// UNDO: each change made by text records how to put things back; undo applies the newest one.
import { and, desc, eq, gte, inArray, or, sql } from 'drizzle-orm';
import type { SQL } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '../db/client';
import { changes, notes, nudges, people, users } from '../db/schema';
import type { TextContext } from './context';

const NudgeSnapshot = z.object({
  id: z.number(), userId: z.number(), personId: z.number(), kind: z.string(), dueAt: z.number(), state: z.string(),
  detail: z.string(), outboundId: z.number().nullable(), createdAt: z.number(),
});
const PersonSnapshot = z.object({
  id: z.number(), name: z.string(), nameKey: z.string(), met: z.string().nullable(), interests: z.string(), work: z.string(),
  contacts: z.string(), events: z.string(), warmth: z.string(), silences: z.number(), kept: z.boolean(),
  sentKinds: z.string(), celebratedEvents: z.string(), lastContactAt: z.number().nullable(), updatedAt: z.number(),
});

/** How to put things back. */
export const Revert = z.object({
  /** a person created by the change: delete them and their notes */
  deletePersonId: z.number().nullish(),
  /** a note added by the change */
  deleteNoteId: z.number().nullish(),
  /** the person as they were */
  person: PersonSnapshot.optional(),
  /** the nudges (of that person, or of the user) that were pending or held, as they were */
  nudges: z.array(NudgeSnapshot).optional(),
  /** the person whose pending nudges the change replaced */
  nudgesOfPersonId: z.number().optional(),
  /** user settings as they were */
  user: z.object({
    timeZone: z.string().optional(), preferredHour: z.number().optional(), pausedUntil: z.number().nullable().optional(),
  }).optional(),
});
export type Revert = z.infer<typeof Revert>;

const KEEP = 10;

/** Queues the change record with the other writes of this text. `revert` may be SQL built inside the batch. */
export function recordChange(ctx: TextContext, summary: string, revert: Revert | SQL) {
  const value = 'getSQL' in revert ? revert : JSON.stringify(revert);
  ctx.writes.push(
    ctx.db.insert(changes).values({ userId: ctx.user.id, summary, revert: value as string, createdAt: ctx.now }),
    ctx.db.delete(changes).where(and(eq(changes.userId, ctx.user.id),
      sql`${changes.id} NOT IN (SELECT id FROM changes WHERE user_id = ${ctx.user.id} ORDER BY id DESC LIMIT ${KEEP})`)),
  );
}

/** Snapshots a person and their pending nudges before a change. */
export async function snapshotPerson(db: Db, userId: number, personId: number): Promise<Revert> {
  const [personRows, nudgeRows] = await db.batch([
    db.select().from(people).where(and(eq(people.userId, userId), eq(people.id, personId))),
    db.select().from(nudges).where(and(eq(nudges.userId, userId), eq(nudges.personId, personId), inArray(nudges.state, ['pending', 'held']))),
  ]);
  const person = personRows[0];
  return { person: person ? PersonSnapshot.parse(person) : undefined, nudges: nudgeRows, nudgesOfPersonId: personId };
}

/** Snapshots every pending nudge of the user, for changes that move them all (pause, time zone, nudge time). */
export async function snapshotUserNudges(db: Db, userId: number) {
  return db.select().from(nudges).where(and(eq(nudges.userId, userId), inArray(nudges.state, ['pending', 'held'])));
}

/** Reverts the newest change. Returns its summary, or null when there is nothing to undo. */
export async function undoLatest(ctx: TextContext): Promise<string | null> {
  const { db, user } = ctx;
  const latest = await db.select().from(changes).where(eq(changes.userId, user.id)).orderBy(desc(changes.id)).limit(1).get();
  if (!latest) return null;
  let revert: Revert;
  try {
    revert = Revert.parse(JSON.parse(latest.revert));
  } catch {
    ctx.writes.push(db.delete(changes).where(eq(changes.id, latest.id)));
    return null;
  }
  const writes = ctx.writes;
  if (revert.deletePersonId) {
    const id = revert.deletePersonId;
    writes.push(
      db.delete(nudges).where(and(eq(nudges.userId, user.id), eq(nudges.personId, id))),
      db.delete(notes).where(and(eq(notes.userId, user.id), eq(notes.personId, id))),
      db.delete(people).where(and(eq(people.userId, user.id), eq(people.id, id))),
    );
  }
  if (revert.deleteNoteId) writes.push(db.delete(notes).where(and(eq(notes.userId, user.id), eq(notes.id, revert.deleteNoteId))));
  if (revert.person) {
    const { id, ...fields } = revert.person;
    writes.push(db.update(people).set(fields).where(and(eq(people.userId, user.id), eq(people.id, id))));
  }
  // A person whose plan moved on since the change (one of their nudges was taken by the sweep, sent, or ended) keeps
  // their nudges as they are: putting the old ones back would text something already sent, or plan twice.
  const movedOn = await peopleMovedOn(db, user.id, revert, latest.createdAt);
  if (revert.nudgesOfPersonId !== undefined && !movedOn.has(revert.nudgesOfPersonId)) {
    writes.push(db.update(nudges).set({ state: 'cancelled' })
      .where(and(eq(nudges.userId, user.id), eq(nudges.personId, revert.nudgesOfPersonId), inArray(nudges.state, ['pending', 'held']))));
  }
  for (const nudge of revert.nudges ?? []) {
    if (nudge.userId !== user.id || movedOn.has(nudge.personId)) continue;
    // only a nudge still waiting (or cancelled by the change) comes back; never one claimed or sent since
    writes.push(db.insert(nudges).values(nudge).onConflictDoUpdate({
      target: nudges.id, set: { state: nudge.state, dueAt: nudge.dueAt }, setWhere: inArray(nudges.state, ['pending', 'held', 'cancelled']),
    }));
  }
  if (revert.user) writes.push(db.update(users).set(revert.user).where(eq(users.id, user.id)));
  writes.push(db.delete(changes).where(eq(changes.id, latest.id)));
  return latest.summary;
}

/** States a nudge reaches once the sweep has taken it: past them, the plan has moved on. */
const TAKEN = ['claimed', 'sent', 'done', 'failed'];

/**
 * The people, among those a change's revert touches, with a nudge taken by the sweep since: a snapshot nudge that was
 * taken, or a nudge created at or after the change that was.
 */
async function peopleMovedOn(db: Db, userId: number, revert: Revert, changedAt: number): Promise<Set<number>> {
  const snapshot = revert.nudges ?? [];
  const personIds = [...new Set([...snapshot.map((nudge) => nudge.personId), ...(revert.nudgesOfPersonId !== undefined ? [revert.nudgesOfPersonId] : [])])];
  if (personIds.length === 0) return new Set();
  const rows = await db.select({ personId: nudges.personId }).from(nudges).where(and(
    eq(nudges.userId, userId), inArray(nudges.personId, personIds), inArray(nudges.state, TAKEN),
    or(gte(nudges.createdAt, changedAt), inArray(nudges.id, snapshot.length > 0 ? snapshot.map((nudge) => nudge.id) : [-1])),
  ));
  return new Set(rows.map((row) => row.personId));
}
