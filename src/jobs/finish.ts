// After a send: record Twilio's answer and move the plan on, schedule a retry, give the text up, or release its nudges.
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { BatchItem } from 'drizzle-orm/batch';
import type { Db } from '../db/client';
import { detailColumn, detailOf, planNudgeIfNone, type NudgeRow } from '../db/nudges';
import { backoff, MAX_ATTEMPTS, MAX_UNCERTAIN_AGE_MS, type OutboundRow } from '../db/outbound';
import { patchColumns, toPerson, toPlanInput, windowOf, type Person, type UserRow } from '../db/rows';
import { nudges, outbound, people, users } from '../db/schema';
import { afterSent, occasionKey, pairSidesWith, planNext } from '../coach/playbook';
import type { PairSide } from '../domain/types';
import type { PlannedNudge } from '../domain/types';
import type { SendOutcome } from '../twilio/send';
import type { Carried, Finish, SweepDeps } from './sweep-context';

/** The next look at an uncertain text: after the backoff, but no later than its maximum age (then it is given up). */
export function uncertainRetryAt(row: Pick<OutboundRow, 'attempts' | 'createdAt'>, now: number): number {
  return Math.min(now + backoff(row.attempts), row.createdAt + MAX_UNCERTAIN_AGE_MS);
}

/** True while the text is still in the state this run read it in: every write of a finish or release depends on it. */
export function stillIn(row: Pick<OutboundRow, 'id' | 'state'>) {
  return sql`EXISTS (SELECT 1 FROM outbound WHERE id = ${row.id} AND state = ${row.state})`;
}

/**
 * Twilio never had this text: its nudges go back to pending (cancelled for a person who has a new pending nudge since),
 * the daily cap gives back its slot, and the text is cancelled. The first send path then judges and composes them.
 */
export async function release(db: Db, row: OutboundRow, user: UserRow): Promise<void> {
  await db.batch([
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
      .where(and(eq(users.id, user.id), eq(users.capDay, row.localDay), stillIn(row))),
    db
      .update(outbound)
      .set({ state: 'cancelled' })
      .where(and(eq(outbound.id, row.id), eq(outbound.state, row.state))),
  ]);
}

export async function carriedBy(db: Db, outboundId: number): Promise<Carried> {
  const [carried, persons] = await db.batch([
    db.select().from(nudges).where(eq(nudges.outboundId, outboundId)),
    // the text's user's people, all of them: the next step may bring two of them together
    db
      .select()
      .from(people)
      .where(eq(people.userId, db.select({ userId: outbound.userId }).from(outbound).where(eq(outbound.id, outboundId)))),
  ]);
  return { nudges: carried, personById: new Map(persons.map((row) => [row.id, toPerson(row)])) };
}

/** Who among the user's other (unmuted) people (`personById` holds one user's) this one could be brought together with. */
function pairsAmong(person: Person, personById: ReadonlyMap<number, Person>, now: number, zone: string): PairSide[] {
  const others = [...personById.values()].filter((other) => other.id !== person.id && !other.muted);
  return pairSidesWith(person.name, [toPlanInput(person), ...others.map(toPlanInput)], now, zone);
}

/**
 * Each person's `covered` once these nudges are sent, for those it changes: a nudge's own occasion, and for a pair
 * brought together (or introduced) the pair on the other side too, so neither brings it up again.
 */
function coveredAfter(sent: readonly NudgeRow[], personById: ReadonlyMap<number, Person>): Map<number, string[]> {
  const covered = new Map<number, string[]>();
  const add = (person: Person, key: string) => {
    const list = covered.get(person.id) ?? person.covered ?? [];
    if (!list.includes(key)) covered.set(person.id, [...list, key]);
  };
  for (const nudge of sent) {
    const person = personById.get(nudge.personId);
    if (!person) continue;
    const { covers, pair } = detailOf(nudge);
    if (covers) add(person, covers);
    const other = pair ? [...personById.values()].find((candidate) => candidate.name === pair.name) : undefined;
    if (other) add(other, occasionKey({ pair: person.name }));
  }
  return covered;
}

/** The person's next nudge, stored only while the sent text is still in the state this run saw and none is pending. */
export function insertNext(db: Db, row: Pick<OutboundRow, 'id' | 'state'>, userId: number, personId: number, next: PlannedNudge, now: number) {
  const stillAsSeen = sql`EXISTS (SELECT 1 FROM outbound WHERE id = ${row.id} AND state = ${row.state})`;
  return planNudgeIfNone(db, { userId, personId, now, also: stillAsSeen }, next);
}

/**
 * Records what Twilio said, moves the plan on after a send, and schedules or gives up retries. `row.state` is the state
 * the text is in now; every write of a send is conditional on it, so a text finished twice (a run thought dead that
 * was not) moves the plan on once.
 */
export async function finish(deps: SweepDeps, row: OutboundRow, user: UserRow, outcome: SendOutcome, carried?: Carried): Promise<Finish> {
  const { db, now } = deps;
  switch (outcome.type) {
    case 'sent': {
      const { nudges: sentNudges, personById } = carried ?? (await carriedBy(db, row.id));
      const writes: BatchItem<'sqlite'>[] = [];
      const covered = coveredAfter(sentNudges, personById);
      for (const [personId, list] of covered) {
        // the other side of a pair brought together: covered for them too, no text about them now
        if (!sentNudges.some((nudge) => nudge.personId === personId)) {
          writes.push(
            db
              .update(people)
              .set(patchColumns({ covered: list }))
              .where(and(eq(people.id, personId), stillIn(row))),
          );
        }
      }
      for (const nudge of sentNudges) {
        const person = personById.get(nudge.personId);
        if (!person) continue;
        const { event } = detailOf(nudge);
        const sentKinds = [...person.sentKinds, nudge.kind as Person['sentKinds'][number]];
        const celebratedEvents = event ? [...person.celebratedEvents, event.on] : person.celebratedEvents;
        const covers = covered.get(person.id) ?? person.covered ?? [];
        writes.push(
          db
            .update(people)
            .set(patchColumns({ sentKinds, celebratedEvents, covered: covers }))
            .where(and(eq(people.id, person.id), stillIn(row))),
        );
        const next = afterSent(
          { ...toPlanInput(person), sentKinds, celebratedEvents, covered: covers },
          nudge.kind as Person['sentKinds'][number],
          now,
          user.timeZone,
          windowOf(user),
          undefined,
          pairsAmong(person, personById, now, user.timeZone),
        );
        if (next) writes.push(insertNext(db, row, user.id, person.id, next, now));
      }
      // the state moves last, so the other writes happen only in the one batch that still finds it unchanged
      await db.batch([
        db
          .update(nudges)
          .set({ state: 'sent' })
          .where(and(eq(nudges.outboundId, row.id), eq(nudges.state, 'claimed'), stillIn(row))),
        ...writes,
        db
          .update(outbound)
          .set({ state: 'sent', twilioSid: outcome.sid, errorCode: null })
          .where(and(eq(outbound.id, row.id), eq(outbound.state, row.state))),
      ]);
      return 'sent';
    }
    case 'retry':
    case 'uncertain': {
      const code = outcome.type === 'retry' ? (outcome.code ?? outcome.status) : outcome.status || null;
      // a plain retry after the last attempt gives up; an uncertain one is looked up at Twilio first, on the next run
      if (outcome.type === 'retry' && row.attempts >= MAX_ATTEMPTS) return giveUp(deps, row, user, code, carried);
      const nextAttemptAt = outcome.type === 'retry' ? now + backoff(row.attempts) : uncertainRetryAt(row, now);
      await db
        .update(outbound)
        .set({ state: outcome.type === 'retry' ? 'queued' : 'uncertain', errorCode: code, nextAttemptAt })
        .where(and(eq(outbound.id, row.id), eq(outbound.state, 'sending')));
      return 'retry';
    }
    case 'unsubscribed': {
      await db.batch([
        db.update(users).set({ optedOut: true }).where(eq(users.id, user.id)),
        db.update(outbound).set({ state: 'failed', errorCode: 21610 }).where(eq(outbound.id, row.id)),
        db
          .update(nudges)
          .set({ state: 'held' })
          .where(and(eq(nudges.userId, user.id), inArray(nudges.state, ['pending', 'claimed']))),
      ]);
      return 'failed';
    }
    case 'outside-window':
      // the channel's window is closed and no template is configured: Twilio never had it; the next sweep decides again
      await release(db, row, user);
      return 'released';
    case 'rejected':
      return giveUp(deps, row, user, outcome.code ?? outcome.status, carried);
  }
}

/** After these the number itself is the problem: nothing more is planned for its people. */
export const NO_NEXT_STEP = [21211];

/**
 * Gives a text up for good: it is failed, its nudges too, and each person's plan moves on as the playbook moves it
 * after a skipped step (the text never reached the user), unless the number itself is invalid (21211).
 */
export async function giveUp(deps: SweepDeps, row: OutboundRow, user: UserRow, code: number | null, carried?: Carried): Promise<Finish> {
  const { db, now } = deps;
  const { nudges: given, personById } = carried ?? (await carriedBy(db, row.id));
  const writes: BatchItem<'sqlite'>[] = [];
  if (code === null || !NO_NEXT_STEP.includes(code)) {
    for (const nudge of given) {
      const person = personById.get(nudge.personId);
      if (!person) continue;
      const next = planNext(toPlanInput(person), { type: 'skip' }, now, user.timeZone, windowOf(user), pairsAmong(person, personById, now, user.timeZone));
      if (next) writes.push(insertNext(db, row, user.id, person.id, next, now));
    }
  }
  await db.batch([
    db
      .update(nudges)
      .set({ state: 'failed' })
      .where(and(eq(nudges.outboundId, row.id), eq(nudges.state, 'claimed'), stillIn(row))),
    ...writes,
    db
      .update(outbound)
      .set({ state: 'failed', errorCode: code })
      .where(and(eq(outbound.id, row.id), eq(outbound.state, row.state))),
  ]);
  return 'failed';
}
