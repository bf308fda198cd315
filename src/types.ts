// Types shared across the Worker's edges, kept apart so that no module imports the app or a job for a type.
import type { Settings } from './env';
import type { FormParams } from './twilio/verify';

/** The Hono app's bindings and per-request variables. */
/** `now`: the request's clock (routes/middleware.ts); `form`: a Twilio webhook's verified parameters. */
export type AppEnv = { Bindings: Env; Variables: { settings: Settings; now: number; form: FormParams } };

/** One user's due nudges, for the queue consumer; `now` is the sweep's scheduledTime. */
export interface SendJob {
  userId: number;
  now: number;
}

declare global {
  namespace Cloudflare {
    /**
     * What wrangler.toml does not declare, merged into the Env that `npm run types` generates from it: the auth token
     * (a secret) and the optional settings env.ts parses.
     */
    interface Env {
      TWILIO_AUTH_TOKEN?: string;
      TWILIO_MESSAGING_SERVICE_SID?: string;
      DAILY_NUDGE_CAP?: string;
      REPLY_LIMIT_PER_MINUTE?: string;
      TWILIO_TIMEOUT_MS?: string;
      DEV_SIMULATED_CLOCK?: string;
      TWILIO_WHATSAPP_FROM?: string;
      TWILIO_WHATSAPP_NUDGE_CONTENT_SID?: string;
    }
  }
}
