// The cron sweep and the queue consumer: pick what is due, keep to each user's window, pause, daily cap and
// ALLOWED_NUMBERS, claim, compose, send once. A text Twilio may hold is looked up at Twilio before any new try; a
// retry passes the same checks as a first send (else its nudges go back to the plan); a text that never goes is given
// up and the person's plan moves on. Each text goes on the user's channel as channels/whatsapp.ts `chooseDelivery`
// says: SMS, WhatsApp free form, the WhatsApp template, or held; a 63016 switches it to the template or releases it.
import { and, asc, eq, inArray, isNull, lte, sql } from 'drizzle-orm';
import type { BatchItem } from 'drizzle-orm/batch';
import type { Db } from '../db/client';
import { detailOf, dueNudges, type NudgeRow } from '../db/nudges';
import { backoff, claimRetry, MAX_ATTEMPTS, MAX_UNCERTAIN_AGE_MS, recordedSids, retriesDue, type OutboundRow } from '../db/outbound';
import { toPerson, toPlanInput, windowOf, type Person, type UserRow } from '../db/rows';
import { nudges, outbound, people, users } from '../db/schema';
import { formatAddress } from '../channels/address';
import { chooseDelivery, composeWhatsAppNudge, nudgeTemplateVariables, type Delivery } from '../channels/whatsapp';
import { composeNudge } from '../domain/compose';
import { segmentCount } from '../domain/sms-length';
import { afterSent, planNext } from '../domain/playbook';
import { localDayKey } from '../domain/time';
import { isInsideWindow, nextWindowTime } from '../domain/schedule';
import type { NudgeSubject, PlannedNudge } from '../domain/types';
import type { Settings } from '../env';
import type { SendJob } from '../types';
import { findSentSms, sendSms, type SendOutcome, type TwilioAccount } from '../twilio/send';

/**
 * Per run: D1 allows 1,000 queries per invocation; each user sent to costs 2 (claim, finish), each retry up to 5
 * (recorded sids, carried nudges, claim, finish, and a release's sends). WhatsApp adds at most 2: recorded sids for its
 * second address, and clearing the recorded window after a 63016.
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
  /** the run's time: the cron's scheduledTime, or the sweep's that enqueued a consumer job */
  now: number;
  /**
   * The real clock, read when a text is claimed: every send decides at the later of `now` and this, so a late queue
   * message or a long sweep never texts outside the window. Absent (tests, the simulator): `now` is the only clock.
   */
  clock?: () => number;
  fetcher?: typeof fetch;
  /** when bound, large sweeps fan out to the consumer one user per message */
  queue?: Queue<SendJob>;
}

function accountOf(settings: Settings): TwilioAccount {
  return {
    apiBase: settings.TWILIO_API_BASE, accountSid: settings.TWILIO_ACCOUNT_SID, authToken: settings.TWILIO_AUTH_TOKEN,
    from: settings.TWILIO_PHONE_NUMBER, messagingServiceSid: settings.TWILIO_MESSAGING_SERVICE_SID, timeoutMs: settings.TWILIO_TIMEOUT_MS,
    whatsappFrom: settings.TWILIO_WHATSAPP_FROM,
  };
}

/** How a text to this user goes out now (channels/whatsapp.ts). */
function deliveryFor(user: UserRow, now: number, settings: Settings): Delivery {
  return chooseDelivery({
    channel: user.channel, lastWhatsAppInboundAt: user.whatsappLastInboundAt, now,
    templateSid: settings.TWILIO_WHATSAPP_NUDGE_CONTENT_SID, whatsappFrom: settings.TWILIO_WHATSAPP_FROM,
    canSendSms: Boolean(settings.TWILIO_PHONE_NUMBER || settings.TWILIO_MESSAGING_SERVICE_SID),
  });
}

/**
 * Sends a claimed text as `delivery` says. Free form refused with 63016 (the window closed, whatever Kindling had
 * recorded): the recorded window is cleared, and the same text goes as the template when one is configured, or
 * comes back as 'outside-window' and the caller releases it (the next sweep sends it by SMS or holds it).
 * A template refused with 63016 is rejected: never tried again as it was.
 */
async function deliver(deps: SweepDeps, user: UserRow, body: string, names: string[], delivery: Exclude<Delivery, { type: 'hold' }>): Promise<SendOutcome> {
  const { settings } = deps;
  const account = accountOf(settings);
  const statusCallback = statusCallbackOf(settings);
  if (delivery.type === 'sms') return sendSms(account, { to: user.phone, body, statusCallback }, deps.fetcher);
  const to = formatAddress({ channel: 'whatsapp', phone: user.phone });
  const template = (contentSid: string) => sendSms(account, { to, template: { contentSid, variables: nudgeTemplateVariables(names, body) }, statusCallback }, deps.fetcher);
  const outcome = delivery.type === 'whatsapp-text' ? await sendSms(account, { to, body, statusCallback }, deps.fetcher) : await template(delivery.contentSid);
  if (outcome.type !== 'outside-window') return outcome;
  if (delivery.type === 'whatsapp-template') return { type: 'rejected', status: 400, code: 63016 };
  await closeWhatsAppWindow(deps.db, user);
  const contentSid = settings.TWILIO_WHATSAPP_NUDGE_CONTENT_SID;
  if (!contentSid) return outcome;
  const switched = await template(contentSid);
  return switched.type === 'outside-window' ? { type: 'rejected', status: 400, code: 63016 } : switched;
}

/**
 * Twilio said the user's WhatsApp window is closed: forget the recorded last inbound, unless a new one came in since
 * this run read it, so later nudges go as the template (or the fallback) without another 63016.
 */
async function closeWhatsAppWindow(db: Db, user: UserRow): Promise<void> {
  const seen = user.whatsappLastInboundAt;
  await db.update(users).set({ whatsappLastInboundAt: null })
    .where(and(eq(users.id, user.id), seen === null ? isNull(users.whatsappLastInboundAt) : eq(users.whatsappLastInboundAt, seen)));
}

function statusCallbackOf(settings: Settings): string | undefined {
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

/** A thrown value as a log may show it: its name only (a D1 error's message carries bound values: bodies, numbers). */
export function causeName(cause: unknown): string {
  return cause instanceof Error ? cause.name : typeof cause;
}

/** One user's (or one retried text's) work: a throw is logged with the user id and counted, and the sweep goes on. */
async function isolated(report: SweepReport, userId: number, step: string, work: () => Promise<void>): Promise<void> {
  try {
    await work();
  } catch (cause) {
    report.errors += 1;
    console.error('sweep: skipped a user', { userId, step, cause: causeName(cause) });
  }
}

/** The deps of one claim: `now` is the later of the run's time and the real clock at this moment. */
function atClaim(deps: SweepDeps): SweepDeps {
  return { ...deps, now: Math.max(deps.now, deps.clock?.() ?? deps.now) };
}

function isAllowed(user: UserRow, settings: Settings): boolean {
  return settings.ALLOWED_NUMBERS.length === 0 || settings.ALLOWED_NUMBERS.includes(user.phone);
}

export async function sendDueNudges(deps: SweepDeps): Promise<SweepReport> {
  const report = emptyReport();
  await retryWaiting(deps, report);
  await sendNew(deps, report);
  return report;
}

/** Step 1: texts that failed softly earlier: looked up at Twilio when it may have them, then tried again or released. */
async function retryWaiting(deps: SweepDeps, report: SweepReport): Promise<void> {
  const { db, now } = deps;
  const waiting = await retriesDue(db, now, MAX_RETRIES_PER_RUN);
  if (waiting.length === 0) return;
  const owners = await byIds(waiting.map((row) => row.userId), (ids) => db.select().from(users).where(inArray(users.id, ids)));
  const userById = new Map(owners.map((user) => [user.id, user]));
  for (const row of waiting) {
    const user = userById.get(row.userId);
    if (user) await isolated(report, row.userId, 'retry', () => retryOne(atClaim(deps), row, user, report));
  }
}

type Lookup = { type: 'sent'; sid: string } | { type: 'absent' } | { type: 'unknown' };

/**
 * Does Twilio hold this text? A listed message to the number with the same body whose sid no other text has recorded.
 * While WhatsApp is on, both of the number's addresses are asked (the text may have gone either way: the user's
 * channel, a fallback, a switch since), WhatsApp first. A body emptied by FORGET can no longer be recognised: unknown.
 */
async function lookUp(deps: SweepDeps, row: OutboundRow, user: UserRow): Promise<Lookup> {
  if (row.body === '') return { type: 'unknown' };
  const channels = deps.settings.TWILIO_WHATSAPP_FROM ? (['whatsapp', 'sms'] as const) : (['sms'] as const);
  let unknown = false;
  for (const channel of channels) {
    const lookup = await findSentSms(accountOf(deps.settings), formatAddress({ channel, phone: user.phone }), row.body, deps.fetcher);
    if (lookup.type === 'unknown') {
      unknown = true;
      continue;
    }
    const known = await recordedSids(deps.db, lookup.sids);
    const sid = lookup.sids.find((listed) => !known.has(listed));
    if (sid) return { type: 'sent', sid };
  }
  return unknown ? { type: 'unknown' } : { type: 'absent' };
}

/** Why a retry may not go now, as a first send would judge it; null: it may go. */
function retryBlock(deps: SweepDeps, row: OutboundRow, user: UserRow, carried: Carried, delivery: Delivery): 'opted-out' | 'release' | null {
  if (user.optedOut) return 'opted-out';
  // a person in it was forgotten (FORGET empties the texts naming them) or nobody is left in it: recompose for the rest
  const people = carried.nudges.filter((nudge) => nudge.state === 'claimed' && carried.personById.has(nudge.personId));
  if (row.body === '' || people.length === 0 || people.length < carried.nudges.length) return 'release';
  // paused, outside the window, not allowed, or a later local day (where the daily cap has not counted it): the first
  // send path judges and composes it again
  if (localDayKey(deps.now, user.timeZone) !== row.localDay) return 'release';
  // now going by SMS with words written for WhatsApp that do not fit 2 segments: composed again for SMS
  if (delivery.type === 'sms' && segmentCount(row.body).segments > 2) return 'release';
  return deferral(user, deps.now, deps.settings, true) === null ? null : 'release';
}

/**
 * One waiting text. Uncertain: ask Twilio first (found: recorded as sent; unknown: wait, or give up once too old).
 * Then, Twilio surely not having it: give up after MAX_ATTEMPTS or once too old, hold it for an opt-out, release its
 * nudges to the plan when a first send could not go now, or claim it and send it again.
 */
async function retryOne(deps: SweepDeps, row: OutboundRow, user: UserRow, report: SweepReport): Promise<void> {
  const { db, now } = deps;
  const expired = row.state === 'uncertain' && now - row.createdAt >= MAX_UNCERTAIN_AGE_MS;
  if (row.state === 'uncertain') {
    const found = await lookUp(deps, row, user);
    if (found.type === 'sent') {
      if ((await finish(deps, row, user, found)) === 'sent') report.sent += 1;
      return;
    }
    if (found.type === 'unknown') {
      if (expired || row.body === '') {
        await giveUp(deps, row, user, null);
        report.failed += 1;
      } else {
        await db.update(outbound).set({ nextAttemptAt: uncertainRetryAt(row, now) })
          .where(and(eq(outbound.id, row.id), eq(outbound.state, row.state)));
      }
      return;
    }
  }
  if (expired || row.attempts >= MAX_ATTEMPTS) {
    await giveUp(deps, row, user, row.errorCode);
    report.failed += 1;
    return;
  }
  const carried = await carriedBy(db, row.id);
  const delivery = deliveryFor(user, now, deps.settings);
  const block = retryBlock(deps, row, user, carried, delivery);
  if (block === 'opted-out') {
    await db.batch([
      db.update(nudges).set({ state: 'held' }).where(and(eq(nudges.outboundId, row.id), eq(nudges.state, 'claimed'), stillIn(row))),
      db.update(outbound).set({ state: 'failed', errorCode: 21610 }).where(and(eq(outbound.id, row.id), eq(outbound.state, row.state))),
    ]);
    return;
  }
  // WhatsApp's window closed with nothing else to carry it: the first send path holds its nudges
  if (block === 'release' || delivery.type === 'hold') {
    await release(db, row, user);
    report.deferred += 1;
    return;
  }
  if (!(await claimRetry(db, row, now))) return;
  report.retried += 1;
  const names = carried.nudges.flatMap((nudge) => carried.personById.get(nudge.personId)?.name ?? []);
  const outcome = await deliver(deps, user, row.body, names, delivery);
  const result = await finish(deps, { ...row, state: 'sending', attempts: row.attempts + 1, nextAttemptAt: now }, user, outcome, carried);
  count(report, result);
}

function count(report: SweepReport, result: Finish): void {
  if (result === 'sent') report.sent += 1;
  if (result === 'failed') report.failed += 1;
  if (result === 'released') report.deferred += 1;
}

/** The next look at an uncertain text: after the backoff, but no later than its maximum age (then it is given up). */
function uncertainRetryAt(row: Pick<OutboundRow, 'attempts' | 'createdAt'>, now: number): number {
  return Math.min(now + backoff(row.attempts), row.createdAt + MAX_UNCERTAIN_AGE_MS);
}

/** True while the text is still in the state this run read it in: every write of a finish or release depends on it. */
function stillIn(row: Pick<OutboundRow, 'id' | 'state'>) {
  return sql`EXISTS (SELECT 1 FROM outbound WHERE id = ${row.id} AND state = ${row.state})`;
}

/**
 * Twilio never had this text: its nudges go back to pending (cancelled for a person who has a new pending nudge since),
 * the daily cap gives back its slot, and the text is cancelled. The first send path then judges and composes them.
 */
async function release(db: Db, row: OutboundRow, user: UserRow): Promise<void> {
  await db.batch([
    db.update(nudges).set({ state: 'pending', outboundId: null }).where(and(
      eq(nudges.outboundId, row.id), eq(nudges.state, 'claimed'), stillIn(row),
      sql`NOT EXISTS (SELECT 1 FROM nudges AS other WHERE other.person_id = ${nudges.personId} AND other.state = 'pending')`,
    )),
    db.update(nudges).set({ state: 'cancelled' }).where(and(eq(nudges.outboundId, row.id), eq(nudges.state, 'claimed'), stillIn(row))),
    db.update(users).set({ capCount: sql`max(${users.capCount} - 1, 0)` })
      .where(and(eq(users.id, user.id), eq(users.capDay, row.localDay), stillIn(row))),
    db.update(outbound).set({ state: 'cancelled' }).where(and(eq(outbound.id, row.id), eq(outbound.state, row.state))),
  ]);
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
  for (const user of owners) await isolated(report, user.id, 'send', () => sendToUser(atClaim(deps), user, byUser.get(user.id) ?? [], personById, report));
}

/**
 * The queue consumer's unit of work: one user's due nudges. The job's `now` is the sweep's; a message delivered late
 * decides at the real clock (the later of the two), so it never texts outside the window, in a pause or over the cap.
 */
export async function sendQueuedUser(deps: SweepDeps, userId: number): Promise<SweepReport> {
  const claimDeps = atClaim(deps);
  const { db, now } = claimDeps;
  const report = emptyReport();
  const [owner, userNudges] = await db.batch([
    db.select().from(users).where(eq(users.id, userId)),
    db.select().from(nudges).where(and(eq(nudges.userId, userId), eq(nudges.state, 'pending'), lte(nudges.dueAt, now))).orderBy(asc(nudges.dueAt)).limit(20),
  ]);
  const user = owner[0];
  if (!user || userNudges.length === 0) return report;
  const persons = await db.select().from(people).where(inArray(people.id, userNudges.map((n) => n.personId)));
  await sendToUser(claimDeps, user, userNudges, new Map(persons.map((row) => [row.id, toPerson(row)])), report);
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
  const deferTo = deferral(user, now, settings, false);
  if (deferTo !== null) {
    const state = user.optedOut ? 'held' : 'pending';
    await db.update(nudges).set({ dueAt: deferTo, state })
      .where(and(inArray(nudges.id, userNudges.map((n) => n.id)), eq(nudges.state, 'pending')));
    report.deferred += userNudges.length;
    return;
  }
  const delivery = deliveryFor(user, now, settings);
  if (delivery.type === 'hold') {
    // WhatsApp's window is closed and nothing else can carry it: looked at again later, in the user's window
    await db.update(nudges).set({ dueAt: nextWindowTime(delivery.recheckAt, user.timeZone, windowOf(user)) })
      .where(and(inArray(nudges.id, userNudges.map((n) => n.id)), eq(nudges.state, 'pending')));
    report.deferred += userNudges.length;
    return;
  }
  const picked = userNudges.filter((n) => personById.has(n.personId)).slice(0, MAX_PEOPLE_PER_TEXT);
  if (picked.length === 0) return;
  const pickedPeople = picked.map((nudge) => personById.get(nudge.personId) as Person);
  const subjects: NudgeSubject[] = picked.map((nudge, i) => subjectOf(nudge, pickedPeople[i] as Person));
  const seed = picked.reduce((sum, nudge) => sum + nudge.personId * 31 + nudge.id, user.capCount);
  const compose = delivery.type === 'sms' ? composeNudge : composeWhatsAppNudge;
  const body = compose(subjects, seed, { now, zone: user.timeZone });
  const claimedRow = await claim(db, user, picked, body, now);
  if (!claimedRow) return;
  const outcome = await deliver(deps, user, body, pickedPeople.map((person) => person.name), delivery);
  count(report, await finish(deps, claimedRow, user, outcome, { nudges: picked, personById }));
}

const DAY_MS = 24 * 60 * 60_000;

/**
 * When this user's nudges must wait: opted out, a number no longer in ALLOWED_NUMBERS (looked at again a day later),
 * paused, outside the window, or at the daily cap (unless the text was already counted today). null: send now.
 */
function deferral(user: UserRow, now: number, settings: Settings, counted: boolean): number | null {
  const window = windowOf(user);
  if (user.optedOut) return now;
  if (!isAllowed(user, settings)) return nextWindowTime(now + DAY_MS, user.timeZone, window);
  if (user.pausedUntil && user.pausedUntil > now) return nextWindowTime(user.pausedUntil, user.timeZone, window);
  if (!isInsideWindow(now, user.timeZone, window)) return nextWindowTime(now, user.timeZone, window);
  const today = localDayKey(now, user.timeZone);
  if (!counted && user.capDay === today && user.capCount >= settings.DAILY_NUDGE_CAP) {
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
  const ours = sql`(SELECT id FROM outbound WHERE claim = ${token})`;
  const [, , , rows] = await db.batch([
    db.insert(outbound).select(db.select({
      id: sql<number>`NULL`.as('id'), userId: users.id, body: sql<string>`${body}`.as('body'), localDay: sql<string>`${today}`.as('local_day'),
      state: sql<string>`'sending'`.as('state'), attempts: sql<number>`1`.as('attempts'), nextAttemptAt: sql<number>`${now}`.as('next_attempt_at'),
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

type Finish = 'sent' | 'retry' | 'failed' | 'released';

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
 * Stores a person's next nudge, inside a batch that is still finishing `row`, and only when the person has no pending
 * nudge already (a note while the text was out may have planned one): one pending nudge per person.
 */
function insertNext(db: Db, row: Pick<OutboundRow, 'id' | 'state'>, userId: number, personId: number, next: PlannedNudge, now: number) {
  const detail = JSON.stringify({ ...(next.event ? { event: next.event } : {}), ...(next.group ? { group: true } : {}) });
  return db.insert(nudges).select(db.select({
    id: sql<number>`NULL`.as('id'), userId: sql<number>`${userId}`.as('user_id'), personId: sql<number>`${personId}`.as('person_id'),
    kind: sql<string>`${next.kind}`.as('kind'), dueAt: sql<number>`${next.dueAt}`.as('due_at'), state: sql<string>`'pending'`.as('state'),
    detail: sql<string>`${detail}`.as('detail'), outboundId: sql<null>`NULL`.as('outbound_id'), createdAt: sql<number>`${now}`.as('created_at'),
  }).from(outbound).where(and(
    eq(outbound.id, row.id), eq(outbound.state, row.state),
    sql`NOT EXISTS (SELECT 1 FROM nudges WHERE person_id = ${personId} AND state = 'pending')`,
  )));
}

/**
 * Records what Twilio said, moves the plan on after a send, and schedules or gives up retries. `row.state` is the state
 * the text is in now; every write of a send is conditional on it, so a text finished twice (a run thought dead that
 * was not) moves the plan on once.
 */
async function finish(deps: SweepDeps, row: OutboundRow, user: UserRow, outcome: SendOutcome, carried?: Carried): Promise<Finish> {
  const { db, now } = deps;
  switch (outcome.type) {
    case 'sent': {
      const { nudges: sentNudges, personById } = carried ?? (await carriedBy(db, row.id));
      const writes: BatchItem<'sqlite'>[] = [];
      for (const nudge of sentNudges) {
        const person = personById.get(nudge.personId);
        if (!person) continue;
        const event = detailOf(nudge).event;
        const sentKinds = [...person.sentKinds, nudge.kind as Person['sentKinds'][number]];
        const celebratedEvents = event ? [...person.celebratedEvents, event.on] : person.celebratedEvents;
        writes.push(db.update(people).set({ sentKinds: JSON.stringify(sentKinds), celebratedEvents: JSON.stringify(celebratedEvents) })
          .where(and(eq(people.id, person.id), stillIn(row))));
        const next = afterSent({ ...toPlanInput(person), sentKinds, celebratedEvents }, nudge.kind as Person['sentKinds'][number], now, user.timeZone, windowOf(user));
        if (next) writes.push(insertNext(db, row, user.id, person.id, next, now));
      }
      // the state moves last, so the other writes happen only in the one batch that still finds it unchanged
      await db.batch([
        db.update(nudges).set({ state: 'sent' }).where(and(eq(nudges.outboundId, row.id), eq(nudges.state, 'claimed'), stillIn(row))),
        ...writes,
        db.update(outbound).set({ state: 'sent', twilioSid: outcome.sid, errorCode: null }).where(and(eq(outbound.id, row.id), eq(outbound.state, row.state))),
      ]);
      return 'sent';
    }
    case 'retry':
    case 'uncertain': {
      const code = outcome.type === 'retry' ? (outcome.code ?? outcome.status) : outcome.status || null;
      // a plain retry after the last attempt gives up; an uncertain one is looked up at Twilio first, on the next run
      if (outcome.type === 'retry' && row.attempts >= MAX_ATTEMPTS) return giveUp(deps, row, user, code, carried);
      const nextAttemptAt = outcome.type === 'retry' ? now + backoff(row.attempts) : uncertainRetryAt(row, now);
      await db.update(outbound).set({ state: outcome.type === 'retry' ? 'queued' : 'uncertain', errorCode: code, nextAttemptAt })
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
    case 'outside-window':
      // WhatsApp refused free form and no template is configured: Twilio never had it; the next sweep decides again
      await release(db, row, user);
      return 'released';
    case 'rejected':
      return giveUp(deps, row, user, outcome.code ?? outcome.status, carried);
  }
}

/** After these the number itself is the problem: nothing more is planned for its people. */
const NO_NEXT_STEP = [21211];

/**
 * Gives a text up for good: it is failed, its nudges too, and each person's plan moves on as the playbook moves it
 * after a skipped step (the text never reached the user), unless the number itself is invalid (21211).
 */
async function giveUp(deps: SweepDeps, row: OutboundRow, user: UserRow, code: number | null, carried?: Carried): Promise<Finish> {
  const { db, now } = deps;
  const { nudges: given, personById } = carried ?? (await carriedBy(db, row.id));
  const writes: BatchItem<'sqlite'>[] = [];
  if (code === null || !NO_NEXT_STEP.includes(code)) {
    for (const nudge of given) {
      const person = personById.get(nudge.personId);
      if (!person) continue;
      const next = planNext(toPlanInput(person), { type: 'skip' }, now, user.timeZone, windowOf(user));
      if (next) writes.push(insertNext(db, row, user.id, person.id, next, now));
    }
  }
  await db.batch([
    db.update(nudges).set({ state: 'failed' }).where(and(eq(nudges.outboundId, row.id), eq(nudges.state, 'claimed'), stillIn(row))),
    ...writes,
    db.update(outbound).set({ state: 'failed', errorCode: code }).where(and(eq(outbound.id, row.id), eq(outbound.state, row.state))),
  ]);
  return 'failed';
}
