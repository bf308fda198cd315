// Types shared across the Worker's edges, kept apart so that no module imports the app or a job for a type.
import type { Settings } from './env';

/** The Hono app's bindings and per-request variables. */
export type AppEnv = { Bindings: Env; Variables: { settings: Settings } };

/** One user's due nudges, for the queue consumer; `now` is the sweep's scheduledTime. */
export interface SendJob {
  userId: number;
  now: number;
}
