// Step 2 and the entries: the cron sweep (retries, then due nudges per user, fanned out to the queue) and the consumer.
// Each run: READ (db/sweep.ts) -> PLAN each user (plan.ts, pure) -> CLAIM -> SEND -> FINISH (one batch per text).
import { dueNudges, type NudgeRow } from '../db/nudges';
import { toPerson, type Person } from '../db/rows';
import { claimText, deferNudges, holdForChannel, peopleOfUsers, queuedUserDue, recentTexts, usersByIds, usersWithDueNudges } from '../db/sweep';
import { MIN_NUDGE_GAP_MS } from './deferral';
import { finish } from './finish';
import { planUser, type TextPlan, type UserDue } from './plan';
import { retryWaiting } from './retry';
import { send } from './send';
import { atClaim, byIds, chunks, count, emptyReport, isolated, type SweepDeps, type SweepReport } from './sweep-context';

/**
 * Per run: D1 allows 1,000 queries per invocation; each user sent to costs 2 (claim, finish), each retry up to 3
 * (recorded sids, claim, finish) after the run's one read of every retry's context (retriesDue, then retryContexts),
 * and 1 more for a user's later waiting text once an earlier one of theirs wrote (its context read again). A second
 * channel adds at most 1: recorded sids for the number's second address (forgetting the recorded window after Twilio
 * says it closed is part of the finish batch).
 * Up to DIRECT_USERS users are served in the cron run itself; beyond that (with a queue bound) each further user becomes
 * one queue message and the consumer sends, so a run's cost follows what is due, in invocations of bounded size.
 */
const MAX_DUE_NUDGES = 400;
const MAX_USERS_PER_RUN = 150;
const DIRECT_USERS = 100;
const MAX_QUEUED_USERS = 20_000;
/**
 * A nudge due within this long of one due now (the same local day) comes in the same text: two texts an hour apart read
 * as spam, and deferral keeps nudge texts MIN_NUDGE_GAP_MS apart anyway.
 */
const COMBINE_AHEAD_MS = MIN_NUDGE_GAP_MS;
/** A new text repeats no phrase of the user's last this many texts from Kindling (compose/variety). */
const RECENT_TEXTS = 10;
/** How far back those texts are looked for (a couple a day at most: 10 texts span at least 5 days). */
const RECENT_MS = 21 * 24 * 3_600_000;
/** A queued user's due nudges read at most. */
const MAX_QUEUED_USER_NUDGES = 20;

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
    byIds(userIds, (ids) => usersByIds(db, ids)),
    byIds(userIds, (ids) => peopleOfUsers(db, ids)),
    byIds(userIds, (ids) => recentTexts(db, ids, now - RECENT_MS)),
  ]);
  const recentByUser = new Map<number, string[]>();
  for (const row of sent) {
    const texts = recentByUser.get(row.userId) ?? [];
    if (texts.length < RECENT_TEXTS) recentByUser.set(row.userId, [...texts, row.body]);
  }
  const peopleByUser = new Map<number, Map<number, Person>>();
  for (const row of persons) peopleByUser.set(row.userId, (peopleByUser.get(row.userId) ?? new Map()).set(row.id, toPerson(row)));
  for (const user of owners) {
    const userDue: UserDue = {
      user,
      nudges: byUser.get(user.id) ?? [],
      personById: peopleByUser.get(user.id) ?? new Map<number, Person>(),
      recent: recentByUser.get(user.id) ?? [],
    };
    await isolated(report, user.id, 'send', () => serveUser(atClaim(deps), userDue, report));
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
  const { user, due } = await queuedUserDue(db, userId, now + COMBINE_AHEAD_MS, MAX_QUEUED_USER_NUDGES);
  if (!user || !due.some((n) => n.dueAt <= now)) return report;
  const [persons, sent] = await Promise.all([peopleOfUsers(db, [userId]), recentTexts(db, [userId], now - RECENT_MS)]);
  const recent = sent.slice(0, RECENT_TEXTS).map((row) => row.body);
  await serveUser(claimDeps, { user, nudges: due, personById: new Map(persons.map((row) => [row.id, toPerson(row)])), recent }, report);
  return report;
}

function groupByUser(due: NudgeRow[]): Map<number, NudgeRow[]> {
  const byUser = new Map<number, NudgeRow[]>();
  for (const nudge of due) byUser.set(nudge.userId, [...(byUser.get(nudge.userId) ?? []), nudge]);
  return byUser;
}

/** One user, as read: planned at this moment's `now`, then deferred or held, or claimed, sent and finished. */
async function serveUser(deps: SweepDeps, due: UserDue, report: SweepReport): Promise<void> {
  const { db, now, settings } = deps;
  const plan = planUser(due, now, settings);
  switch (plan.type) {
    case 'defer':
      await deferNudges(db, plan.ids, plan.dueAt, plan.optedOut);
      report.deferred += plan.ids.length;
      return;
    case 'hold':
      // marked, so the reply to the user's next text on that channel says it waits
      await holdForChannel(db, plan.ids, plan.dueAt);
      report.deferred += plan.ids.length;
      return;
    case 'none':
      return;
    case 'send':
      return sendText(deps, due, plan.text, report);
  }
}

async function sendText(deps: SweepDeps, due: UserDue, text: TextPlan, report: SweepReport): Promise<void> {
  const { db, now } = deps;
  if (text.later) await deferNudges(db, text.later.ids, text.later.dueAt, false);
  const claimed = await claimText(db, due.user, text.picked, text.body, now);
  if (!claimed) return;
  const sent = await send(deps, due.user, { body: text.body, names: text.names }, text.way);
  count(report, await finish(db, claimed, due.user, sent, text.after, now));
}
