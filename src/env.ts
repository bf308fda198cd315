// The Worker's settings, parsed once per request with zod. The bindings' type, `Env`, is generated from wrangler.toml by
// `npm run types` (worker-configuration.d.ts); the secret and the optional settings wrangler.toml does not name are
// declared in src/types.ts: TWILIO_AUTH_TOKEN, TWILIO_MESSAGING_SERVICE_SID, DAILY_NUDGE_CAP, REPLY_LIMIT_PER_MINUTE
// (replies one number may get in a rolling minute), TWILIO_TIMEOUT_MS (how long to wait for Twilio's REST API before
// treating a send as uncertain), DEV_SIMULATED_CLOCK (dev only: honour X-Kindling-Simulated-Now).
import * as z from 'zod';

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
    (value) =>
      typeof value === 'string'
        ? value
            .split(',')
            .map((n) => n.trim())
            .filter(Boolean)
        : [],
    z.array(e164),
  ),
  DAILY_NUDGE_CAP: z.preprocess(blankToUndefined, z.coerce.number().int().min(1).max(20).default(2)),
  REPLY_LIMIT_PER_MINUTE: z.preprocess(blankToUndefined, z.coerce.number().int().min(1).max(10_000).default(5)),
  TWILIO_TIMEOUT_MS: z.preprocess(blankToUndefined, z.coerce.number().int().min(100).max(14_000).default(10_000)),
  DEV_SIMULATED_CLOCK: z.preprocess((value) => value === 'true' || value === true, z.boolean()),
  /** the WhatsApp sender, `whatsapp:+E164`; WhatsApp is on when it is set */
  TWILIO_WHATSAPP_FROM: z.preprocess(
    blankToUndefined,
    z
      .string()
      .regex(/^whatsapp:\+[1-9]\d{6,14}$/)
      .optional(),
  ),
  /** the approved Content template (`HX` + 32 hex) for nudges outside WhatsApp's 24-hour window */
  TWILIO_WHATSAPP_NUDGE_CONTENT_SID: z.preprocess(
    blankToUndefined,
    z
      .string()
      .regex(/^HX[0-9a-fA-F]{32}$/)
      .optional(),
  ),
});
export type Settings = z.infer<typeof Settings>;

export type SettingsResult = { ok: true; settings: Settings } | { ok: false; fields: string[] };

/** Parses the settings; when they do not parse, names the fields at fault (never their values). */
export function parseSettings(env: Env): SettingsResult {
  const parsed = Settings.safeParse(env);
  if (parsed.success) return { ok: true, settings: parsed.data };
  return { ok: false, fields: [...new Set(parsed.error.issues.map((issue) => issue.path.join('.')))] };
}

/** Parses the settings; throws a readable error naming what is missing. */
export function readSettings(env: Env): Settings {
  const result = parseSettings(env);
  if (!result.ok) throw new Error(`Kindling is misconfigured: check ${result.fields.join(', ')}`);
  return result.settings;
}
