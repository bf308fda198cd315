// Step 2 and the entries: the cron sweep (retries, then due nudges per user, fanned out to the queue) and the consumer.
import { and, asc, desc, eq, gte, inArray, lte } from 'drizzle-orm';
import type { Db } from '../db/client';
import { detailOf, dueNudges, heldDetail, type NudgeRow } from '../db/nudges';
import { reachable, toPerson, toPlanInput, windowOf, type Person, type UserRow } from '../db/rows';
import { nudges, outbound, people, users } from '../db/schema';
import { channelOf } from '../channels/channel';
import { nextWindowTime } from '../domain/schedule';
import type { NudgeSubject } from '../domain/types';
import { claim } from './claim';
import { deferral, MIN_NUDGE_GAP_MS } from './deferral';
import { localDayKey } from '../domain/time';
import { deliver } from './delivery';
import { finish } from './finish';
import { retryWaiting } from './retry';
import { atClaim, byIds, chunks, count, emptyReport, isolated, type SweepDeps, type SweepReport } from './sweep-context';

/**
 * Per run: D1 allows 1,000 queries per invocation; each user sent to costs 2 (claim, finish), each retry up to 5
 * (recorded sids, carried nudges, claim, finish, and a release's sends). A second channel adds at most 2: recorded sids
 * for the number's second address, and clearing the recorded window after Twilio says it closed.
 * Up to DIRECT_USERS users are served in the cron run itself; beyond that (with a queue bound) each further user becomes
 * one queue message and the consumer sends, so a run's cost follows what is due, in invocations of bounded size.
 */
const MAX_DUE_NUDGES = 400;
const MAX_USERS_PER_RUN = 150;
const DIRECT_USERS = 100;
const MAX_QUEUED_USERS = 20_000;
/** People named in one combined text. */
const MAX_PEOPLE_PER_TEXT = 4;
/**
 * A nudge due within this long of one due now (the same local day) comes in the same text: two texts an hour apart read
 * as spam, and deferral keeps nudge texts MIN_NUDGE_GAP_MS apart anyway.
 */
const COMBINE_AHEAD_MS = MIN_NUDGE_GAP_MS;
/** A new text repeats no phrase of the user's last this many texts from Kindling (compose/variety). */
const RECENT_TEXTS = 10;
/** How far back those texts are looked for (a couple a day at most: 10 texts span at least 5 days). */
const RECENT_MS = 21 * 24 * 3_600_000;
const DAY_MS = 24 * 3_600_000;

export async function sendDueNudges(deps: SweepDeps): Promise<SweepReport> {
  const report = emptyReport();
  await retryWaiting(deps, report);
  await sendNew(deps, report);
  return report;
}

/** Step 2: due nudges, grouped per user into one text each; fanned out through the queue when there are many. */
async function sendNew(deps: SweepDeps, report: SweepReport): Promise<void> {
  const { db, now } = deps;
  const fetched = await dueNudges(db, now + COMBINE_AHEAD_MS, MAX_DUE_NUDGES);
  // only users with something due now; what they have due soon comes along
  const dueNow = new Set(fetched.filter((n) => n.dueAt <= now).map((n) => n.userId));
  const due = fetched.filter((n) => dueNow.has(n.userId));
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
  const [owners, persons, sent] = await Promise.all([
    byIds(userIds, (ids) => db.select().from(users).where(inArray(users.id, ids))),
    // each user's people, all of them: the next step may bring two of them together
    byIds(userIds, (ids) => db.select().from(people).where(inArray(people.userId, ids))),
    byIds(userIds, (ids) => recentTexts(db, ids, now)),
  ]);
  const recentByUser = new Map<number, string[]>();
  for (const row of sent) {
    const texts = recentByUser.get(row.userId) ?? [];
    if (texts.length < RECENT_TEXTS) recentByUser.set(row.userId, [...texts, row.body]);
  }
  const peopleByUser = new Map<number, Map<number, Person>>();
  for (const row of persons) peopleByUser.set(row.userId, (peopleByUser.get(row.userId) ?? new Map()).set(row.id, toPerson(row)));
  for (const user of owners) {
    const own = peopleByUser.get(user.id) ?? new Map<number, Person>();
    await isolated(report, user.id, 'send', () => sendToUser(atClaim(deps), user, byUser.get(user.id) ?? [], own, report, recentByUser.get(user.id) ?? []));
  }
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
    db
      .select()
      .from(nudges)
      .where(and(eq(nudges.userId, userId), eq(nudges.state, 'pending'), lte(nudges.dueAt, now + COMBINE_AHEAD_MS)))
      .orderBy(asc(nudges.dueAt))
      .limit(20),
  ]);
  const user = owner[0];
  if (!user || !userNudges.some((n) => n.dueAt <= now)) return report;
  const [persons, sent] = await Promise.all([db.select().from(people).where(eq(people.userId, userId)), recentTexts(db, [userId], now)]);
  const recent = sent.slice(0, RECENT_TEXTS).map((row) => row.body);
  await sendToUser(claimDeps, user, userNudges, new Map(persons.map((row) => [row.id, toPerson(row)])), report, recent);
  return report;
}

/** The users' texts from Kindling of the last RECENT_MS, newest first. */
function recentTexts(db: Db, userIds: number[], now: number) {
  return db
    .select({ userId: outbound.userId, body: outbound.body })
    .from(outbound)
    .where(and(inArray(outbound.userId, userIds), gte(outbound.createdAt, now - RECENT_MS)))
    .orderBy(desc(outbound.id));
}

function groupByUser(due: NudgeRow[]): Map<number, NudgeRow[]> {
  const byUser = new Map<number, NudgeRow[]>();
  for (const nudge of due) byUser.set(nudge.userId, [...(byUser.get(nudge.userId) ?? []), nudge]);
  return byUser;
}

async function usersWithDueNudges(db: Db, now: number, limit: number): Promise<number[]> {
  const rows = await db
    .selectDistinct({ userId: nudges.userId })
    .from(nudges)
    .where(and(eq(nudges.state, 'pending'), lte(nudges.dueAt, now)))
    .limit(limit);
  return rows.map((row) => row.userId);
}

/** Defers, or claims, composes and sends one text naming up to MAX_PEOPLE_PER_TEXT of the user's due people. */
async function sendToUser(
  deps: SweepDeps,
  user: UserRow,
  fetched: NudgeRow[],
  personById: Map<number, Person>,
  report: SweepReport,
  recent: readonly string[],
): Promise<void> {
  const { db, now, settings } = deps;
  // due now, then (same local day) due within COMBINE_AHEAD_MS: one text rather than two an hour apart
  const today = localDayKey(now, user.timeZone);
  const dueNow = fetched.filter((n) => n.dueAt <= now);
  const userNudges = [...dueNow, ...fetched.filter((n) => n.dueAt > now && localDayKey(n.dueAt, user.timeZone) === today)];
  const deferTo = deferral(user, now, settings, false);
  if (deferTo !== null) {
    await putOff(db, dueNow, { dueAt: deferTo, state: user.optedOut ? 'held' : 'pending' });
    report.deferred += dueNow.length;
    return;
  }
  const channel = channelOf(user, settings);
  const reach = channel.reach(now);
  if (reach.type === 'hold') {
    // the user's channel cannot carry it now, and no other channel goes instead: looked at again later, in the user's
    // window, and marked so the reply to their next text on that channel says it waits
    await putOff(db, dueNow, { dueAt: nextWindowTime(reach.recheckAt, user.timeZone, windowOf(user)), detail: heldDetail });
    report.deferred += dueNow.length;
    return;
  }
  const picked = userNudges.filter((n) => personById.has(n.personId)).slice(0, MAX_PEOPLE_PER_TEXT);
  if (picked.length === 0) return;
  // more due than one text names: the rest come in tomorrow's text at this hour, not in a second list an hour from now
  const left = dueNow.filter((n) => !picked.includes(n));
  if (left.length > 0) await putOff(db, left, { dueAt: nextWindowTime(now + DAY_MS, user.timeZone, windowOf(user)) });
  const pickedPeople = picked.map((nudge) => personById.get(nudge.personId) as Person);
  const subjects: NudgeSubject[] = picked.map((nudge, i) => subjectOf(nudge, pickedPeople[i] as Person, personById));
  const seed = picked.reduce((sum, nudge) => sum + nudge.personId * 31 + nudge.id, user.capCount);
  const body = channel.composeNudge(subjects, seed, { now, zone: user.timeZone, recent, language: user.language });
  const claimedRow = await claim(db, user, picked, body, now);
  if (!claimedRow) return;
  const outcome = await deliver(deps, user, channel, { body, names: pickedPeople.map((person) => person.name) }, reach);
  count(report, await finish(deps, claimedRow, user, outcome, { nudges: picked, personById }));
}

/** Moves a user's still-pending due nudges to later (and, opted out, holds them): nothing is sent now. */
async function putOff(db: Db, due: readonly NudgeRow[], to: { dueAt: number; state?: 'pending' | 'held'; detail?: typeof heldDetail }): Promise<void> {
  await db
    .update(nudges)
    .set(to)
    .where(
      and(
        inArray(
          nudges.id,
          due.map((n) => n.id),
        ),
        eq(nudges.state, 'pending'),
      ),
    );
}

function subjectOf(nudge: NudgeRow, person: Person, everyone: Map<number, Person>): NudgeSubject {
  const input = toPlanInput(person);
  // a tie is a path to their number only when the user can reach that person
  const others = [...everyone.values()];
  const ties = (input.ties ?? []).map((tie) => {
    const other = others.find((p) => p.nameKey === tie.name.trim().toLowerCase() || p.nameKey.split(' ')[0] === tie.name.trim().toLowerCase().split(' ')[0]);
    return other ? { ...tie, reachable: reachable(other) } : tie;
  });
  return { ...detailOf(nudge), kind: nudge.kind as NudgeSubject['kind'], person: { ...input, ties } };
}
