// The sweep's statements: what a run reads (due nudges, their users, people and recent texts; a retried text's
// context), the claim, and each way a text finishes, written from the plan's data in one batch.
import { and, asc, desc, eq, gte, inArray, isNull, lte, sql } from 'drizzle-orm';
import type { BatchItem } from 'drizzle-orm/batch';
import { localDayKey } from '../domain/time';
import type { PlannedNudge } from '../domain/types';
import type { Db } from './client';
import { heldDetail, planNudgeIfNone, type NudgeRow } from './nudges';
import type { OutboundRow } from './outbound';
import { patchColumns, toPerson, type Person, type UserRow } from './rows';
import { nudges, outbound, people, users } from './schema';

/** A person's fields a sent text changes: what was sent, celebrated and covered. */
export interface SentPersonPatch {
  personId: number;
  patch: Partial<Pick<Person, 'sentKinds' | 'celebratedEvents' | 'covered'>>;
}

/** A person's next nudge, planned by the playbook: stored only if they have none pending then. */
export interface NextNudge {
  personId: number;
  next: PlannedNudge;
}

/**
 * How a text ends this run, as data: sent (with what changes for its people), tried again later (Twilio refused it
 * softly, or may hold it and is asked first), given up (with each person's next step), released (Twilio never had
 * it: its nudges go back to the plan), its number unsubscribed, held for an opted-out user, or asked about again later.
 */
export type TextEnd =
  | { type: 'went-out'; sid: string; people: SentPersonPatch[]; next: NextNudge[] }
  | { type: 'try-again'; errorCode: number | null; nextAttemptAt: number }
  | { type: 'ask-first'; errorCode: number | null; nextAttemptAt: number }
  | { type: 'give-up'; errorCode: number | null; next: NextNudge[] }
  | { type: 'release' }
  | { type: 'unsubscribed' }
  | { type: 'opted-out' }
  | { type: 'ask-again'; nextAttemptAt: number };

/** Users with pending nudges due by `now`, at most `limit` (the fan-out's list). */
export async function usersWithDueNudges(db: Db, now: number, limit: number): Promise<number[]> {
  const rows = await db
    .selectDistinct({ userId: nudges.userId })
    .from(nudges)
    .where(and(eq(nudges.state, 'pending'), lte(nudges.dueAt, now)))
    .limit(limit);
  return rows.map((row) => row.userId);
}

export function usersByIds(db: Db, ids: number[]): Promise<UserRow[]> {
  return db.select().from(users).where(inArray(users.id, ids));
}

/** Each of these users' people, all of them: the next step may bring two of them together. */
export function peopleOfUsers(db: Db, userIds: number[]) {
  return db.select().from(people).where(inArray(people.userId, userIds));
}

/** The users' texts from Kindling created since `since`, newest first. */
export function recentTexts(db: Db, userIds: number[], since: number) {
  return db
    .select({ userId: outbound.userId, body: outbound.body })
    .from(outbound)
    .where(and(inArray(outbound.userId, userIds), gte(outbound.createdAt, since)))
    .orderBy(desc(outbound.id));
}

/** One queued user: the user and their pending nudges due by `until` (at most `limit`), in one round trip. */
export async function queuedUserDue(db: Db, userId: number, until: number, limit: number): Promise<{ user: UserRow | undefined; due: NudgeRow[] }> {
  const [owner, due] = await db.batch([
    db.select().from(users).where(eq(users.id, userId)),
    db
      .select()
      .from(nudges)
      .where(and(eq(nudges.userId, userId), eq(nudges.state, 'pending'), lte(nudges.dueAt, until)))
      .orderBy(asc(nudges.dueAt))
      .limit(limit),
  ]);
  return { user: owner[0], due };
}

/** What a retried text's plan needs: its user, the nudges it carries, and all the user's people. */
export interface RetryContext {
  user: UserRow | undefined;
  nudges: NudgeRow[];
  personById: Map<number, Person>;
}

/**
 * The contexts of these waiting texts (at most 90: one bound parameter each), by outbound id, in one round trip.
 * @example (await retryContexts(db, waiting)).get(waiting[0].id)?.nudges // the nudges that text carries
 */
export async function retryContexts(db: Db, rows: Pick<OutboundRow, 'id' | 'userId'>[]): Promise<Map<number, RetryContext>> {
  const contexts = new Map<number, RetryContext>();
  if (rows.length === 0) return contexts;
  const userIds = [...new Set(rows.map((row) => row.userId))];
  const [owners, carried, persons] = await db.batch([
    db.select().from(users).where(inArray(users.id, userIds)),
    db
      .select()
      .from(nudges)
      .where(
        inArray(
          nudges.outboundId,
          rows.map((row) => row.id),
        ),
      ),
    db.select().from(people).where(inArray(people.userId, userIds)),
  ]);
  for (const row of rows) {
    const personById = new Map(persons.filter((person) => person.userId === row.userId).map((person) => [person.id, toPerson(person)]));
    contexts.set(row.id, { user: owners.find((user) => user.id === row.userId), nudges: carried.filter((nudge) => nudge.outboundId === row.id), personById });
  }
  return contexts;
}

/** One waiting text's context read again (an earlier text of the same user was just written), in one round trip. */
export async function retryContext(db: Db, row: Pick<OutboundRow, 'id' | 'userId'>): Promise<RetryContext> {
  const [owner, carried, persons] = await db.batch([
    db.select().from(users).where(eq(users.id, row.userId)),
    db.select().from(nudges).where(eq(nudges.outboundId, row.id)),
    db.select().from(people).where(eq(people.userId, row.userId)),
  ]);
  return { user: owner[0], nudges: carried, personById: new Map(persons.map((person) => [person.id, toPerson(person)])) };
}

/** Moves still-pending nudges to `dueAt`; an opted-out user's are held there. Nothing is sent now. */
export async function deferNudges(db: Db, ids: number[], dueAt: number, optedOut: boolean): Promise<void> {
  await db
    .update(nudges)
    .set({ dueAt, state: optedOut ? 'held' : 'pending' })
    .where(and(inArray(nudges.id, ids), eq(nudges.state, 'pending')));
}

/** Still-pending nudges the channel cannot carry now: looked at again at `dueAt`, marked as waiting (nudges.heldDetail). */
export async function holdForChannel(db: Db, ids: number[], dueAt: number): Promise<void> {
  await db
    .update(nudges)
    .set({ dueAt, detail: heldDetail })
    .where(and(inArray(nudges.id, ids), eq(nudges.state, 'pending')));
}

/**
 * Claims the nudges and creates the text in one atomic batch. If another run got any of them first, nothing is created.
 * Returns the outbound row, or null when this run lost the race.
 */
export async function claimText(
  db: Db,
  user: Pick<UserRow, 'id' | 'timeZone'>,
  picked: Pick<NudgeRow, 'id' | 'personId'>[],
  body: string,
  now: number,
): Promise<OutboundRow | null> {
  const token = crypto.randomUUID();
  const ids = picked.map((n) => n.id);
  const idList = sql.join(
    ids.map((id) => sql`${id}`),
    sql`, `,
  );
  const allPending = sql`(SELECT count(*) FROM nudges WHERE id IN (${idList}) AND state = 'pending') = ${ids.length}`;
  const today = localDayKey(now, user.timeZone);
  const ours = sql`(SELECT id FROM outbound WHERE claim = ${token})`;
  const [, , , rows] = await db.batch([
    db.insert(outbound).select(
      db
        .select({
          id: sql<number>`NULL`.as('id'),
          userId: users.id,
          body: sql<string>`${body}`.as('body'),
          localDay: sql<string>`${today}`.as('local_day'),
          state: sql<string>`'sending'`.as('state'),
          attempts: sql<number>`1`.as('attempts'),
          nextAttemptAt: sql<number>`${now}`.as('next_attempt_at'),
          twilioSid: sql<null>`NULL`.as('twilio_sid'),
          errorCode: sql<null>`NULL`.as('error_code'),
          claim: sql<string>`${token}`.as('claim'),
          createdAt: sql<number>`${now}`.as('created_at'),
        })
        .from(users)
        .where(and(eq(users.id, user.id), allPending)),
    ),
    db
      .update(nudges)
      .set({ state: 'claimed', outboundId: ours })
      .where(and(inArray(nudges.id, ids), eq(nudges.state, 'pending'), sql`EXISTS ${ours}`)),
    db
      .update(users)
      .set({
        capCount: sql`CASE WHEN ${users.capDay} = ${today} THEN ${users.capCount} + 1 ELSE 1 END`,
        capDay: today,
        lastNudgePeople: JSON.stringify(picked.map((n) => n.personId)),
        lastNudgeAt: now,
      })
      .where(and(eq(users.id, user.id), sql`EXISTS ${ours}`)),
    db.select().from(outbound).where(eq(outbound.claim, token)),
  ]);
  return rows[0] ?? null;
}

/** True while the text is still in the state this run read it in: every write of a finish or release depends on it. */
function stillIn(row: Pick<OutboundRow, 'id' | 'state'>) {
  return sql`EXISTS (SELECT 1 FROM outbound WHERE id = ${row.id} AND state = ${row.state})`;
}

/** The person's next nudge, stored only while the text is still in the state this run saw and none is pending. */
function insertNext(db: Db, row: Pick<OutboundRow, 'id' | 'state'>, userId: number, planned: NextNudge, now: number) {
  return planNudgeIfNone(db, { userId, personId: planned.personId, now, also: stillIn(row) }, planned.next);
}

/**
 * Twilio said the user's window is closed: forget the recorded last inbound, unless a new one came in since this run
 * read it (`seen`), so later nudges go as the template (or are held) without another refusal.
 */
function forgetWindow(db: Db, userId: number, seen: number | null) {
  return db
    .update(users)
    .set({ whatsappLastInboundAt: null })
    .where(and(eq(users.id, userId), seen === null ? isNull(users.whatsappLastInboundAt) : eq(users.whatsappLastInboundAt, seen)));
}

/** The statements of one text's end. `row.state` is the state the text is in now: each write depends on it. */
function endStatements(db: Db, row: OutboundRow, userId: number, end: TextEnd, now: number): BatchItem<'sqlite'>[] {
  switch (end.type) {
    case 'went-out':
      // the state moves last, so the other writes happen only in the one batch that still finds it unchanged
      return [
        db
          .update(nudges)
          .set({ state: 'sent' })
          .where(and(eq(nudges.outboundId, row.id), eq(nudges.state, 'claimed'), stillIn(row))),
        ...end.people.map(({ personId, patch }) =>
          db
            .update(people)
            .set(patchColumns(patch))
            .where(and(eq(people.id, personId), stillIn(row))),
        ),
        ...end.next.map((next) => insertNext(db, row, userId, next, now)),
        db
          .update(outbound)
          .set({ state: 'sent', twilioSid: end.sid, errorCode: null })
          .where(and(eq(outbound.id, row.id), eq(outbound.state, row.state))),
      ];
    case 'try-again':
    case 'ask-first':
      return [
        db
          .update(outbound)
          .set({ state: end.type === 'try-again' ? 'queued' : 'uncertain', errorCode: end.errorCode, nextAttemptAt: end.nextAttemptAt })
          .where(and(eq(outbound.id, row.id), eq(outbound.state, 'sending'))),
      ];
    case 'give-up':
      return [
        db
          .update(nudges)
          .set({ state: 'failed' })
          .where(and(eq(nudges.outboundId, row.id), eq(nudges.state, 'claimed'), stillIn(row))),
        ...end.next.map((next) => insertNext(db, row, userId, next, now)),
        db
          .update(outbound)
          .set({ state: 'failed', errorCode: end.errorCode })
          .where(and(eq(outbound.id, row.id), eq(outbound.state, row.state))),
      ];
    case 'release':
      // its nudges go back to pending (cancelled for a person who has a new pending nudge since), the daily cap gives
      // back its slot, and the text is cancelled
      return [
        db
          .update(nudges)
          .set({ state: 'pending', outboundId: null })
          .where(
            and(
              eq(nudges.outboundId, row.id),
              eq(nudges.state, 'claimed'),
              stillIn(row),
              sql`NOT EXISTS (SELECT 1 FROM nudges AS other WHERE other.person_id = ${nudges.personId} AND other.state = 'pending')`,
            ),
          ),
        db
          .update(nudges)
          .set({ state: 'cancelled' })
          .where(and(eq(nudges.outboundId, row.id), eq(nudges.state, 'claimed'), stillIn(row))),
        db
          .update(users)
          .set({ capCount: sql`max(${users.capCount} - 1, 0)` })
          .where(and(eq(users.id, userId), eq(users.capDay, row.localDay), stillIn(row))),
        db
          .update(outbound)
          .set({ state: 'cancelled' })
          .where(and(eq(outbound.id, row.id), eq(outbound.state, row.state))),
      ];
    case 'unsubscribed':
      return [
        db.update(users).set({ optedOut: true }).where(eq(users.id, userId)),
        db.update(outbound).set({ state: 'failed', errorCode: 21610 }).where(eq(outbound.id, row.id)),
        db
          .update(nudges)
          .set({ state: 'held' })
          .where(and(eq(nudges.userId, userId), inArray(nudges.state, ['pending', 'claimed']))),
      ];
    case 'opted-out':
      return [
        db
          .update(nudges)
          .set({ state: 'held' })
          .where(and(eq(nudges.outboundId, row.id), eq(nudges.state, 'claimed'), stillIn(row))),
        db
          .update(outbound)
          .set({ state: 'failed', errorCode: 21610 })
          .where(and(eq(outbound.id, row.id), eq(outbound.state, row.state))),
      ];
    case 'ask-again':
      return [
        db
          .update(outbound)
          .set({ nextAttemptAt: end.nextAttemptAt })
          .where(and(eq(outbound.id, row.id), eq(outbound.state, row.state))),
      ];
  }
}

/**
 * Writes how a text ended in one batch (one round trip), with forgetting the user's recorded WhatsApp window when the
 * send found it closed (`windowSeen`: the last inbound this run read).
 * @example await endText(db, row, user, { type: 'release' }, now) // nudges back to pending, the text cancelled
 */
export async function endText(
  db: Db,
  row: OutboundRow,
  user: Pick<UserRow, 'id' | 'whatsappLastInboundAt'>,
  end: TextEnd,
  now: number,
  windowClosed = false,
): Promise<void> {
  const statements = endStatements(db, row, user.id, end, now);
  const forget = windowClosed ? [forgetWindow(db, user.id, user.whatsappLastInboundAt)] : [];
  const [first, ...rest] = [...forget, ...statements];
  if (!first) return;
  if (rest.length === 0) {
    await first;
    return;
  }
  await db.batch([first, ...rest]);
}
