// The Worker's settings, parsed once per request with zod. The bindings' type, `Env`, is generated from wrangler.toml by
// `npm run types` (worker-configuration.d.ts); the secret and the optional settings wrangler.toml does not name are
// declared in src/types.ts: TWILIO_AUTH_TOKEN, TWILIO_MESSAGING_SERVICE_SID, DAILY_NUDGE_CAP, REPLY_LIMIT_PER_MINUTE
// (replies one number may get in a rolling minute), TWILIO_TIMEOUT_MS (how long to wait for Twilio's REST API before
// treating a send as uncertain), DEV_SIMULATED_CLOCK (dev only: honour X-Kindling-Simulated-Now).
import type * as z from 'zod';
import { faultyFields, Settings as SettingsSchema } from './settings-schema.mjs';

/** The schema lives in plain JavaScript so that `npm run setup` checks settings with the same rules (see that module). */
export { SettingsSchema };
export type Settings = z.infer<typeof SettingsSchema>;

export type SettingsResult = { ok: true; settings: Settings } | { ok: false; fields: string[] };

/** Parses the settings; when they do not parse, names the fields at fault (never their values). */
export function parseSettings(env: Env): SettingsResult {
  const parsed = SettingsSchema.safeParse(env);
  if (parsed.success) return { ok: true, settings: parsed.data };
  return { ok: false, fields: faultyFields(env) };
}

/** Parses the settings; throws a readable error naming what is missing. */
export function readSettings(env: Env): Settings {
  const result = parseSettings(env);
  if (!result.ok) throw new Error(`Kindling is misconfigured: check ${result.fields.join(', ')}`);
  return result.settings;
}
