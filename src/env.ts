// The Worker's settings, parsed once per request with zod. The bindings' type, `Env`, is generated from wrangler.toml by
// `npm run types` (worker-configuration.d.ts); secrets and optional settings are not in it, so they are read from the
// bindings as untyped input here: TWILIO_AUTH_TOKEN (a secret), TWILIO_MESSAGING_SERVICE_SID, DAILY_NUDGE_CAP,
// REPLY_LIMIT_PER_MINUTE (replies one number may get in a rolling minute), TWILIO_TIMEOUT_MS (how long to wait for
// Twilio's REST API before treating a send as uncertain), DEV_SIMULATED_CLOCK (dev only: honour X-Kindling-Simulated-Now).
import { z } from 'zod';

const e164 = z.string().regex(/^\+[1-9]\d{6,14}$/);
const blankToUndefined = (value: unknown) => (typeof value === 'string' && value.trim() === '' ? undefined : value);

export const Settings = z.object({
  TWILIO_ACCOUNT_SID: z.string().min(1),
  TWILIO_AUTH_TOKEN: z.string().min(1),
  TWILIO_PHONE_NUMBER: z.preprocess(blankToUndefined, e164.optional()),
  TWILIO_MESSAGING_SERVICE_SID: z.preprocess(blankToUndefined, z.string().optional()),
  TWILIO_API_BASE: z.preprocess(blankToUndefined, z.url().default('https://api.twilio.com')),
  PUBLIC_BASE_URL: z.preprocess(blankToUndefined, z.url().optional()),
  ALLOWED_NUMBERS: z.preprocess(
    (value) => (typeof value === 'string' ? value.split(',').map((n) => n.trim()).filter(Boolean) : []),
    z.array(e164),
  ),
  DAILY_NUDGE_CAP: z.preprocess(blankToUndefined, z.coerce.number().int().min(1).max(20).default(2)),
  REPLY_LIMIT_PER_MINUTE: z.preprocess(blankToUndefined, z.coerce.number().int().min(1).max(10_000).default(5)),
  TWILIO_TIMEOUT_MS: z.preprocess(blankToUndefined, z.coerce.number().int().min(100).max(14_000).default(10_000)),
  DEV_SIMULATED_CLOCK: z.preprocess((value) => value === 'true' || value === true, z.boolean()),
});
export type Settings = z.infer<typeof Settings>;

/** Parses the settings; throws a readable error naming what is missing. */
export function readSettings(env: Env): Settings {
  const parsed = Settings.safeParse(env);
  if (!parsed.success) {
    const fields = parsed.error.issues.map((issue) => issue.path.join('.')).join(', ');
    throw new Error(`Kindling is misconfigured: check ${fields}`);
  }
  return parsed.data;
}
