// The Worker: HTTP through the Hono app, the cron sweep through `scheduled` with scheduledTime as "now".
import { app } from './app';
import { openDb } from './db/client';
import { readSettings, type Env } from './env';
import { sendDueNudges } from './jobs/send-due-nudges';

export default {
  fetch: app.fetch,
  async scheduled(controller, env, ctx) {
    const sweep = sendDueNudges({ db: openDb(env.DB), settings: readSettings(env), now: controller.scheduledTime })
      .then((report) => console.log('sweep', report));
    ctx.waitUntil(sweep);
    await sweep;
  },
} satisfies ExportedHandler<Env>;
