// The Worker's settings as one zod schema, in plain JavaScript so that both the Worker (src/env.ts) and `npm run setup`
// (scripts/setup.mjs, run by Node without a build) check settings with the very same rules.
import * as z from 'zod';

const e164 = z.string().regex(/^\+[1-9]\d{6,14}$/);
/** @param {unknown} value */
const blankToUndefined = (value) => (typeof value === 'string' && value.trim() === '' ? undefined : value);
/**
 * A base URL without its trailing slashes, trimmed here once so every URL built on it is `${base}/path`.
 * @param {string} url
 * @example trimBase('https://kindling.example/') -> 'https://kindling.example'
 */
const trimBase = (url) => url.replace(/\/+$/, '');

export const Settings = z.object({
  TWILIO_ACCOUNT_SID: z.string().min(1),
  TWILIO_AUTH_TOKEN: z.string().min(1),
  TWILIO_PHONE_NUMBER: z.preprocess(blankToUndefined, e164.optional()),
  TWILIO_MESSAGING_SERVICE_SID: z.preprocess(blankToUndefined, z.string().optional()),
  TWILIO_API_BASE: z.preprocess(blankToUndefined, z.url().transform(trimBase).default('https://api.twilio.com')),
  PUBLIC_BASE_URL: z.preprocess(blankToUndefined, z.url().transform(trimBase).optional()),
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

/**
 * The fields of `settings` that do not parse, by name (never by value).
 * @param {unknown} settings
 * @returns {string[]}
 * @example faultyFields({ TWILIO_WHATSAPP_NUDGE_CONTENT_SID: 'HX123', ... }) -> ['TWILIO_WHATSAPP_NUDGE_CONTENT_SID']
 */
export function faultyFields(settings) {
  const parsed = Settings.safeParse(settings);
  return parsed.success ? [] : [...new Set(parsed.error.issues.map((issue) => issue.path.join('.')))];
}
