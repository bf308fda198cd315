// The cron sweep: pick what is due, keep to each user's window and daily cap, claim, compose, send once.
import { and, asc, eq, inArray, lte, sql } from 'drizzle-orm';
import type { BatchItem } from 'drizzle-orm/batch';
import type { Db } from '../db/client';
import { detailOf, dueNudges, type NudgeRow } from '../db/nudges';
import { backoff, claimRetry, MAX_ATTEMPTS, retriesDue, type OutboundRow } from '../db/outbound';
import { toPerson, toPlanInput, windowOf, type Person, type UserRow } from '../db/rows';
import { nudges, outbound, people, users } from '../db/schema';
import { composeNudge } from '../domain/compose';
import { localDayKey } from '../domain/local-time';
import { afterSent } from '../domain/playbook';
import { isInsideWindow, nextWindowTime } from '../domain/schedule';
import type { NudgeSubject } from '../domain/types';
import type { Settings } from '../env';
import type { SendJob } from '../types';
import { findSentSms, sendSms, type SendOutcome, type TwilioAccount } from '../twilio/send';

/**
 * Per run: D1 allows 1,000 queries per invocation; each user sent to costs 2 (claim, finish), each retry about 3.
 * Up to DIRECT_USERS users are served in the cron run itself; beyond that (with a queue bound) each further user becomes
 * one queue message and the consumer sends, so a run's cost follows what is due, in invocations of bounded size.
 */
const MAX_DUE_NUDGES = 400;
const MAX_USERS_PER_RUN = 150;
const DIRECT_USERS = 100;
const MAX_QUEUED_USERS = 20_000;
const MAX_RETRIES_PER_RUN = 50;
/** People named in one combined text. */
const MAX_PEOPLE_PER_TEXT = 4;
const CHUNK = 90;

export interface SweepReport {
  sent: number;
  retried: number;
  deferred: number;
  failed: number;
  /** users or retried texts whose work threw (an outage, a bad row, a bug): logged, skipped, and the sweep went on */
  errors: number;
  /** users handed to the queue consumer */
  queued: number;
}

function emptyReport(): SweepReport {
  return { sent: 0, retried: 0, deferred: 0, failed: 0, errors: 0, queued: 0 };
}


export interface SweepDeps {
  db: Db;
  settings: Settings;
  now: number;
  fetcher?: typeof fetch;
  /** when bound, large sweeps fan out to the consumer one user per message */
  queue?: Queue<SendJob>;
}

function accountOf(settings: Settings): TwilioAccount {
  return {
    apiBase: settings.TWILIO_API_BASE, accountSid: settings.TWILIO_ACCOUNT_SID, authToken: settings.TWILIO_AUTH_TOKEN,
    from: settings.TWILIO_PHONE_NUMBER, messagingServiceSid: settings.TWILIO_MESSAGING_SERVICE_SID, timeoutMs: settings.TWILIO_TIMEOUT_MS,
  };
}

function statusCallback(settings: Settings): string | undefined {
  return settings.PUBLIC_BASE_URL ? `${settings.PUBLIC_BASE_URL.replace(/\/+$/, '')}/twilio/status` : undefined;
}

function chunks<T>(items: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

async function byIds<T>(ids: number[], load: (chunk: number[]) => Promise<T[]>): Promise<T[]> {
  const rows: T[] = [];
  for (const chunk of chunks([...new Set(ids)], CHUNK)) rows.push(...(await load(chunk)));
  return rows;
}

/** One user's (or one retried text's) work: a throw is logged with the user id and counted, and the sweep goes on. */
async function isolated(report: SweepReport, userId: number, step: string, work: () => Promise<void>): Promise<void> {
  try {
    await work();
  } catch (cause) {
    report.errors += 1;
    console.error('sweep: skipped a user', { userId, step, cause: String(cause) });
  }
}

/** When this run took a text: the wall clock if later than the run's `now` (a queue consumer's `now` is the sweep's). */
function claimTime(now: number): number {
  return Math.max(now, Date.now());
}

export async function sendDueNudges(deps: SweepDeps): Promise<SweepReport> {
  const report = emptyReport();
  await retryWaiting(deps, report);
  await sendNew(deps, report);
  return report;
}

/** Step 1: texts that failed softly earlier get another try, under the same row. */
async function retryWaiting(deps: SweepDeps, report: SweepReport): Promise<void> {
  const { db, now } = deps;
  const waiting = await retriesDue(db, now, MAX_RETRIES_PER_RUN);
  if (waiting.length === 0) return;
  const owners = await byIds(waiting.map((row) => row.userId), (ids) => db.select().from(users).where(inArray(users.id, ids)));
  const userById = new Map(owners.map((user) => [user.id, user]));
  for (const row of waiting) {
    const user = userById.get(row.userId);
    if (user) await isolated(report, row.userId, 'retry', () => retryOne(deps, row, user, report));
  }
}

/** One waiting text: held for an opt-out, deferred to the window, found already sent, or claimed and sent again. */
async function retryOne(deps: SweepDeps, row: OutboundRow, user: UserRow, report: SweepReport): Promise<void> {
  const { db, now } = deps;
  if (user.optedOut) {
    await db.batch([
      db.update(outbound).set({ state: 'failed', errorCode: 21610 }).where(and(eq(outbound.id, row.id), eq(outbound.state, row.state))),
      db.update(nudges).set({ state: 'held' }).where(and(eq(nudges.outboundId, row.id), eq(nudges.state, 'claimed'))),
    ]);
    return;
  }
  if (!isInsideWindow(now, user.timeZone, windowOf(user))) {
    await db.update(outbound).set({ nextAttemptAt: nextWindowTime(now, user.timeZone, windowOf(user)) })
      .where(and(eq(outbound.id, row.id), eq(outbound.state, row.state)));
    report.deferred += 1;
    return;
  }
  if (row.state === 'uncertain') {
    // a timeout, or a run that died mid-send: Twilio may already have it, and the user must never get it twice
    const sid = await findSentSms(accountOf(deps.settings), user.phone, row.body, row.createdAt, deps.fetcher);
    if (sid === undefined) {
      await db.update(outbound).set({ nextAttemptAt: now + backoff(row.attempts) })
        .where(and(eq(outbound.id, row.id), eq(outbound.state, row.state)));
      return;
    }
    if (sid !== null) {
      if ((await finish(deps, row, user, { type: 'sent', sid })) === 'sent') report.sent += 1;
      return;
    }
  }
  const claimedAt = claimTime(now);
  if (!(await claimRetry(db, row, now, claimedAt))) return;
  report.retried += 1;
  const outcome = await sendSms(accountOf(deps.settings), { to: user.phone, body: row.body, statusCallback: statusCallback(deps.settings) }, deps.fetcher);
  const result = await finish(deps, { ...row, state: 'sending', attempts: row.attempts + 1, nextAttemptAt: claimedAt }, user, outcome);
  if (result === 'sent') report.sent += 1;
  if (result === 'failed') report.failed += 1;
}

/** Step 2: due nudges, grouped per user into one text each; fanned out through the queue when there are many. */
async function sendNew(deps: SweepDeps, report: SweepReport): Promise<void> {
  const { db, now } = deps;
  const due = await dueNudges(db, now, MAX_DUE_NUDGES);
  if (due.length === 0) return;
  const byUser = groupByUser(due);
  // with a queue, this run serves the first DIRECT_USERS itself and hands every other user with due nudges to the consumer
  const userIds = [...byUser.keys()].slice(0, deps.queue ? DIRECT_USERS : MAX_USERS_PER_RUN);
  if (deps.queue && (byUser.size > DIRECT_USERS || due.length === MAX_DUE_NUDGES)) {
    const served = new Set(userIds);
    const rest = (await usersWithDueNudges(db, now, MAX_QUEUED_USERS + served.size)).filter((userId) => !served.has(userId));
    for (const chunk of chunks(rest, 100)) await deps.queue.sendBatch(chunk.map((userId) => ({ body: { userId, now } })));
    report.queued += rest.length;
  }
  const [owners, persons] = await Promise.all([
    byIds(userIds, (ids) => db.select().from(users).where(inArray(users.id, ids))),
    byIds(userIds.flatMap((id) => (byUser.get(id) ?? []).map((n) => n.personId)), (ids) => db.select().from(people).where(inArray(people.id, ids))),
  ]);
  const personById = new Map(persons.map((row) => [row.id, toPerson(row)]));
  for (const user of owners) await isolated(report, user.id, 'send', () => sendToUser(deps, user, byUser.get(user.id) ?? [], personById, report));
}

/** The queue consumer's unit of work: one user's due nudges, as the sweep at `now` would have sent them. */
export async function sendQueuedUser(deps: SweepDeps, userId: number): Promise<SweepReport> {
  const { db, now } = deps;
  const report = emptyReport();
  const [owner, userNudges] = await db.batch([
    db.select().from(users).where(eq(users.id, userId)),
    db.select().from(nudges).where(and(eq(nudges.userId, userId), eq(nudges.state, 'pending'), lte(nudges.dueAt, now))).orderBy(asc(nudges.dueAt)).limit(20),
  ]);
  const user = owner[0];
  if (!user || userNudges.length === 0) return report;
  const persons = await db.select().from(people).where(inArray(people.id, userNudges.map((n) => n.personId)));
  await sendToUser(deps, user, userNudges, new Map(persons.map((row) => [row.id, toPerson(row)])), report);
  return report;
}

function groupByUser(due: NudgeRow[]): Map<number, NudgeRow[]> {
  const byUser = new Map<number, NudgeRow[]>();
  for (const nudge of due) byUser.set(nudge.userId, [...(byUser.get(nudge.userId) ?? []), nudge]);
  return byUser;
}

async function usersWithDueNudges(db: Db, now: number, limit: number): Promise<number[]> {
  const rows = await db.selectDistinct({ userId: nudges.userId }).from(nudges)
    .where(and(eq(nudges.state, 'pending'), lte(nudges.dueAt, now))).limit(limit);
  return rows.map((row) => row.userId);
}

/** Defers, or claims, composes and sends one text naming up to MAX_PEOPLE_PER_TEXT of the user's due people. */
async function sendToUser(deps: SweepDeps, user: UserRow, userNudges: NudgeRow[], personById: Map<number, Person>, report: SweepReport): Promise<void> {
  const { db, now, settings } = deps;
  const deferTo = deferral(user, now, settings.DAILY_NUDGE_CAP);
  if (deferTo !== null) {
    const state = user.optedOut ? 'held' : 'pending';
    await db.update(nudges).set({ dueAt: deferTo, state })
      .where(and(inArray(nudges.id, userNudges.map((n) => n.id)), eq(nudges.state, 'pending')));
    report.deferred += userNudges.length;
    return;
  }
  const picked = userNudges.filter((n) => personById.has(n.personId)).slice(0, MAX_PEOPLE_PER_TEXT);
  if (picked.length === 0) return;
  const subjects: NudgeSubject[] = picked.map((nudge) => subjectOf(nudge, personById.get(nudge.personId) as Person));
  const seed = picked.reduce((sum, nudge) => sum + nudge.personId * 31 + nudge.id, user.capCount);
  const body = composeNudge(subjects, seed, { now, zone: user.timeZone });
  const claimedRow = await claim(db, user, picked, body, now);
  if (!claimedRow) return;
  const outcome = await sendSms(accountOf(settings), { to: user.phone, body, statusCallback: statusCallback(settings) }, deps.fetcher);
  const result = await finish(deps, claimedRow, user, outcome, { nudges: picked, personById });
  if (result === 'sent') report.sent += 1;
  if (result === 'failed') report.failed += 1;
}

/** When this user's nudges must wait: opted out, paused, outside the window, or at the daily cap. null: send now. */
function deferral(user: UserRow, now: number, cap: number): number | null {
  const window = windowOf(user);
  if (user.optedOut) return now;
  if (user.pausedUntil && user.pausedUntil > now) return nextWindowTime(user.pausedUntil, user.timeZone, window);
  if (!isInsideWindow(now, user.timeZone, window)) return nextWindowTime(now, user.timeZone, window);
  const today = localDayKey(now, user.timeZone);
  if (user.capDay === today && user.capCount >= cap) {
    // the first window instant on a later local day
    let at = nextWindowTime(now, user.timeZone, window);
    while (localDayKey(at, user.timeZone) === today) at = nextWindowTime(at + 60 * 60_000, user.timeZone, window);
    return at;
  }
  return null;
}

function subjectOf(nudge: NudgeRow, person: Person): NudgeSubject {
  const detail = detailOf(nudge);
  const plan = toPlanInput(person);
  return {
    kind: nudge.kind as NudgeSubject['kind'],
    person: { name: plan.name, met: plan.met, interests: plan.interests, work: plan.work, hasContact: plan.hasContact, events: plan.events, warmth: plan.warmth },
    ...(detail.event ? { event: detail.event } : {}),
    ...(detail.group ? { group: true } : {}),
  };
}

/**
 * Claims the nudges and creates the text in one atomic batch. If another run got any of them first, nothing is created.
 * Returns the outbound row, or null when this run lost the race.
 */
async function claim(db: Db, user: UserRow, picked: NudgeRow[], body: string, now: number): Promise<OutboundRow | null> {
  const token = crypto.randomUUID();
  const ids = picked.map((n) => n.id);
  const idList = sql.join(ids.map((id) => sql`${id}`), sql`, `);
  const allPending = sql`(SELECT count(*) FROM nudges WHERE id IN (${idList}) AND state = 'pending') = ${ids.length}`;
  const today = localDayKey(now, user.timeZone);
  const claimedAt = claimTime(now);
  const ours = sql`(SELECT id FROM outbound WHERE claim = ${token})`;
  const [, , , rows] = await db.batch([
    db.insert(outbound).select(db.select({
      id: sql<number>`NULL`.as('id'), userId: users.id, body: sql<string>`${body}`.as('body'), localDay: sql<string>`${today}`.as('local_day'),
      state: sql<string>`'sending'`.as('state'), attempts: sql<number>`1`.as('attempts'), nextAttemptAt: sql<number>`${claimedAt}`.as('next_attempt_at'),
      twilioSid: sql<null>`NULL`.as('twilio_sid'), errorCode: sql<null>`NULL`.as('error_code'), claim: sql<string>`${token}`.as('claim'),
      createdAt: sql<number>`${now}`.as('created_at'),
    }).from(users).where(and(eq(users.id, user.id), allPending))),
    db.update(nudges).set({ state: 'claimed', outboundId: ours })
      .where(and(inArray(nudges.id, ids), eq(nudges.state, 'pending'), sql`EXISTS ${ours}`)),
    db.update(users).set({
      capCount: sql`CASE WHEN ${users.capDay} = ${today} THEN ${users.capCount} + 1 ELSE 1 END`,
      capDay: today,
      lastNudgePeople: JSON.stringify(picked.map((n) => n.personId)),
      lastNudgeAt: now,
    }).where(and(eq(users.id, user.id), sql`EXISTS ${ours}`)),
    db.select().from(outbound).where(eq(outbound.claim, token)),
  ]);
  return rows[0] ?? null;
}

type Finish = 'sent' | 'retry' | 'failed';

/** The nudges a text carries and their people: in memory after a fresh claim, read back for a retried text. */
interface Carried {
  nudges: NudgeRow[];
  personById: Map<number, Person>;
}

async function carriedBy(db: Db, outboundId: number): Promise<Carried> {
  const [carried, persons] = await db.batch([
    db.select().from(nudges).where(eq(nudges.outboundId, outboundId)),
    db.select().from(people).where(inArray(people.id, db.select({ id: nudges.personId }).from(nudges).where(eq(nudges.outboundId, outboundId)))),
  ]);
  return { nudges: carried, personById: new Map(persons.map((row) => [row.id, toPerson(row)])) };
}

/**
 * Records what Twilio said, moves the plan on after a send, and schedules or abandons retries. `row.state` is the state
 * the text is in now; every write of a send is conditional on it, so a text finished twice (a run thought dead that
 * was not) moves the plan on once.
 */
async function finish(deps: SweepDeps, row: OutboundRow, user: UserRow, outcome: SendOutcome, carried?: Carried): Promise<Finish> {
  const { db, now } = deps;
  switch (outcome.type) {
    case 'sent': {
      const { nudges: sentNudges, personById } = carried ?? (await carriedBy(db, row.id));
      const stillOurs = sql`EXISTS (SELECT 1 FROM outbound WHERE id = ${row.id} AND state = ${row.state})`;
      const writes: BatchItem<'sqlite'>[] = [];
      for (const nudge of sentNudges) {
        const person = personById.get(nudge.personId);
        if (!person) continue;
        const event = detailOf(nudge).event;
        const sentKinds = [...person.sentKinds, nudge.kind as Person['sentKinds'][number]];
        const celebratedEvents = event ? [...person.celebratedEvents, event.on] : person.celebratedEvents;
        writes.push(db.update(people).set({ sentKinds: JSON.stringify(sentKinds), celebratedEvents: JSON.stringify(celebratedEvents) })
          .where(and(eq(people.id, person.id), stillOurs)));
        const next = afterSent({ ...toPlanInput(person), sentKinds, celebratedEvents }, nudge.kind as Person['sentKinds'][number], now, user.timeZone, windowOf(user));
        if (next) {
          const detail = JSON.stringify({ ...(next.event ? { event: next.event } : {}), ...(next.group ? { group: true } : {}) });
          writes.push(db.insert(nudges).select(db.select({
            id: sql<number>`NULL`.as('id'), userId: sql<number>`${user.id}`.as('user_id'), personId: sql<number>`${person.id}`.as('person_id'),
            kind: sql<string>`${next.kind}`.as('kind'), dueAt: sql<number>`${next.dueAt}`.as('due_at'), state: sql<string>`'pending'`.as('state'),
            detail: sql<string>`${detail}`.as('detail'), outboundId: sql<null>`NULL`.as('outbound_id'), createdAt: sql<number>`${now}`.as('created_at'),
          }).from(outbound).where(and(eq(outbound.id, row.id), eq(outbound.state, row.state)))));
        }
      }
      // the state moves last, so the writes above happen only in the one batch that still finds it unchanged
      writes.push(
        db.update(nudges).set({ state: 'sent' }).where(and(eq(nudges.outboundId, row.id), eq(nudges.state, 'claimed'), stillOurs)),
        db.update(outbound).set({ state: 'sent', twilioSid: outcome.sid }).where(and(eq(outbound.id, row.id), eq(outbound.state, row.state))),
      );
      await db.batch(writes as unknown as Parameters<typeof db.batch>[0]);
      return 'sent';
    }
    case 'retry':
    case 'uncertain': {
      const attempts = row.attempts;
      if (outcome.type === 'retry' && attempts >= MAX_ATTEMPTS) return abandon(db, row, outcome.code ?? outcome.status);
      await db.update(outbound).set({ state: outcome.type === 'retry' ? 'queued' : 'uncertain', nextAttemptAt: now + backoff(attempts) })
        .where(and(eq(outbound.id, row.id), eq(outbound.state, 'sending')));
      return 'retry';
    }
    case 'unsubscribed': {
      await db.batch([
        db.update(users).set({ optedOut: true }).where(eq(users.id, user.id)),
        db.update(outbound).set({ state: 'failed', errorCode: 21610 }).where(eq(outbound.id, row.id)),
        db.update(nudges).set({ state: 'held' }).where(and(eq(nudges.userId, user.id), inArray(nudges.state, ['pending', 'claimed']))),
      ]);
      return 'failed';
    }
    case 'rejected':
      return abandon(db, row, outcome.code ?? outcome.status);
  }
}

async function abandon(db: Db, row: OutboundRow, code: number): Promise<Finish> {
  await db.batch([
    db.update(outbound).set({ state: 'failed', errorCode: code }).where(eq(outbound.id, row.id)),
    db.update(nudges).set({ state: 'failed' }).where(and(eq(nudges.outboundId, row.id), eq(nudges.state, 'claimed'))),
  ]);
  return 'failed';
}
