// The Worker: HTTP through the Hono app, the cron sweep through `scheduled` with scheduledTime as "now",
// and the queue consumer that sends for one user per message when a sweep fans out.
import { app } from './app';
import { recoverOptOuts } from './db/recover-opt-outs';
import { type Db, dbOf, everyDb } from './db/client';
import { readSettings, type Settings } from './env';
import { describeFailure } from './failure';
import { sendDueNudges, sendQueuedUser } from './jobs/send-due-nudges';
import { worthLogging } from './jobs/sweep-context';
import type { SendJob } from './types';

/**
 * The real clock a send is judged at, besides the run's own time. Under DEV_SIMULATED_CLOCK (tests, the phone
 * simulator) the simulated time is the only clock: the wall clock would contradict it.
 */
function realClock(settings: Settings): { clock?: () => number } {
  return settings.DEV_SIMULATED_CLOCK ? {} : { clock: Date.now };
}

export default {
  fetch: app.fetch,

  async scheduled(controller, env, ctx) {
    const settings = readSettings(env);
    // every database on its own (one today)
    const sweep = Promise.all(everyDb(env).map((db) => sweepOne(db, settings, controller.scheduledTime, env.SEND_QUEUE))).then(() => undefined);
    ctx.waitUntil(sweep);
    await sweep;
  },

  async queue(batch, env) {
    const settings = readSettings(env);
    // each message on its own: one user's failure never sinks the batch
    for (const message of batch.messages) {
      const db = dbOf(env, { userId: message.body.userId });
      try {
        // the job's `now` is the sweep's; sendQueuedUser decides at the later of it and the real clock
        await sendQueuedUser({ db, settings, now: message.body.now, ...realClock(settings) }, message.body.userId);
        message.ack();
      } catch (cause) {
        console.error('queued send failed', { userId: message.body.userId, attempt: message.attempts, failure: describeFailure(cause) });
        message.retry({ delaySeconds: 60 * message.attempts });
      }
    }
  },
} satisfies ExportedHandler<Env, SendJob>;

/** One database's sweep: opt-outs whose handling failed are applied first, so the sweep never texts them. */
function sweepOne(db: Db, settings: Settings, now: number, queue: Env['SEND_QUEUE']): Promise<void> {
  return (
    recoverOptOuts(db, now)
      .then((recovery) => {
        if (recovery.optedOut > 0) console.log('recovered opt-outs', JSON.stringify(recovery));
      })
      .catch((cause: unknown) => console.error('opt-out recovery failed', { failure: describeFailure(cause) }))
      .then(() => sendDueNudges({ db, settings, now, queue, ...realClock(settings) }))
      // one line when the run did something; a quiet run every 15 minutes all day is not news
      .then((report) => {
        if (worthLogging(report)) console.log('sweep', JSON.stringify(report));
      })
  );
}
