// Step 1 of a sweep: texts that failed softly. READ (their users, nudges and people in one round trip; for a text Twilio
// may hold, what Twilio lists) -> PLAN each (plan-retry.ts) -> CLAIM again -> SEND -> FINISH, or end it as planned.
import { claimRetry, retriesDue, type OutboundRow } from '../db/outbound';
import { awaitsLookUp } from '../db/states';
import { endText, type RetryContext, retryContext, retryContexts } from '../db/sweep';
import { finish } from './finish';
import { lookUp } from './look-up';
import { planRetry } from './plan-retry';
import { send } from './send';
import { atClaim, count, isolated, type SweepDeps, type SweepReport } from './sweep-context';

/** At most this many waiting texts per run (and so one round trip reads all their contexts: under 90 ids). */
const MAX_RETRIES_PER_RUN = 50;

/** Step 1: texts that failed softly earlier: looked up at Twilio when it may have them, then tried again or released. */
export async function retryWaiting(deps: SweepDeps, report: SweepReport): Promise<void> {
  const { db, now } = deps;
  const waiting = await retriesDue(db, now, MAX_RETRIES_PER_RUN);
  if (waiting.length === 0) return;
  const contexts = await retryContexts(db, waiting);
  // a user's next waiting text is planned from a fresh read once an earlier one's end may have changed their user row,
  // nudges or people (anything but asking Twilio again later)
  const written = new Set<number>();
  for (const row of waiting) {
    await isolated(report, row.userId, 'retry', async () => {
      const context = written.has(row.userId) ? await retryContext(db, row) : contexts.get(row.id);
      if (!context) return;
      // a throw may come after a write: counted as written
      let wrote = true;
      try {
        wrote = await retryOne(atClaim(deps), row, context, report);
      } finally {
        if (wrote) written.add(row.userId);
      }
    });
  }
}

/**
 * One waiting text, planned and ended, or claimed and sent again, at this moment's `now`. True when it may have
 * written more than its own row's next look.
 */
async function retryOne(deps: SweepDeps, row: OutboundRow, context: RetryContext, report: SweepReport): Promise<boolean> {
  const { db, now, settings } = deps;
  const { user, ...carried } = context;
  if (!user) return false;
  const lookup = awaitsLookUp(row) ? await lookUp(deps, row, user) : undefined;
  const plan = planRetry({ row, user, carried }, lookup, now, settings);
  if (plan.type === 'end') {
    await endText(db, row, user, plan.end, now);
    if (plan.result) count(report, plan.result);
    return plan.end.type !== 'ask-again';
  }
  const claimed = await claimRetry(db, row, now);
  if (!claimed) return false;
  report.retried += 1;
  const sent = await send(deps, user, { body: plan.text.body, names: plan.text.names }, plan.text.way);
  count(report, await finish(db, claimed, user, sent, plan.text.after, now));
  return true;
}
