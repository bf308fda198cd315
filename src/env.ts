// The Worker's bindings, and its settings parsed once per request with zod.
import { z } from 'zod';
import type { SendJob } from './jobs/send-due-nudges';

export interface Env {
  DB: D1Database;
  /** fan-out for large sweeps: one message per user with due nudges */
  SEND_QUEUE?: Queue<SendJob>;
  TWILIO_ACCOUNT_SID?: string;
  TWILIO_AUTH_TOKEN?: string;
  TWILIO_PHONE_NUMBER?: string;
  TWILIO_MESSAGING_SERVICE_SID?: string;
  TWILIO_API_BASE?: string;
  PUBLIC_BASE_URL?: string;
  ALLOWED_NUMBERS?: string;
  DAILY_NUDGE_CAP?: string;
  /** replies one number may get in a rolling minute before Kindling goes quiet (load tests raise it) */
  REPLY_LIMIT_PER_MINUTE?: string;
  /** how long to wait for Twilio's REST API before treating a send as uncertain */
  TWILIO_TIMEOUT_MS?: string;
  /** dev only: honour X-Kindling-Simulated-Now on inbound texts (the phone simulator's clock) */
  DEV_SIMULATED_CLOCK?: string;
}

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
