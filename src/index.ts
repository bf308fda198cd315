// The Worker: HTTP through the Hono app, the cron sweep through `scheduled` with scheduledTime as "now",
// and the queue consumer that sends for one user per message when a sweep fans out.
import { app } from './app';
import { openDb } from './db/client';
import { readSettings, type Env, type Settings } from './env';
import { causeName, sendDueNudges, sendQueuedUser, type SendJob } from './jobs/send-due-nudges';

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
    const sweep = sendDueNudges({ db: openDb(env.DB), settings, now: controller.scheduledTime, queue: env.SEND_QUEUE, ...realClock(settings) })
      .then((report) => console.log('sweep', JSON.stringify(report)));
    ctx.waitUntil(sweep);
    await sweep;
  },

  async queue(batch, env) {
    const db = openDb(env.DB);
    const settings = readSettings(env);
    // each message on its own: one user's failure never sinks the batch
    for (const message of batch.messages) {
      try {
        // the job's `now` is the sweep's; sendQueuedUser decides at the later of it and the real clock
        await sendQueuedUser({ db, settings, now: message.body.now, ...realClock(settings) }, message.body.userId);
        message.ack();
      } catch (cause) {
        console.error('queued send failed', { userId: message.body.userId, attempt: message.attempts, cause: causeName(cause) });
        message.retry({ delaySeconds: 60 * message.attempts });
      }
    }
  },
} satisfies ExportedHandler<Env, SendJob>;
