// The two things every route needs before it runs, as Hono middleware: the request's clock (c.var.now) and, on the
// Twilio webhooks, the settings and the verified form (c.var.settings, c.var.form). A route handler reads them and
// never checks a signature or a clock itself.
import type { MiddlewareHandler } from 'hono';
import { parseSettings, SettingsSchema } from '../env';
import type { AppEnv } from '../types';
import { receiveMessageMisconfigured } from './twilio-sms-misconfigured';
import { verifiedForm } from './verified-form';

/** The settings a webhook cannot be verified without (the rest may be broken: a STOP is still stored). */
const Verifying = SettingsSchema.pick({ TWILIO_AUTH_TOKEN: true, PUBLIC_BASE_URL: true });

/** "Now" for this request: X-Kindling-Simulated-Now when DEV_SIMULATED_CLOCK is on (tests, the simulator), else the wall clock. */
export const requestClock: MiddlewareHandler<AppEnv> = async (c, next) => {
  const simulatedClock = SettingsSchema.shape.DEV_SIMULATED_CLOCK.safeParse(c.env.DEV_SIMULATED_CLOCK);
  const simulated = simulatedClock.success && simulatedClock.data ? Number(c.req.header('x-kindling-simulated-now')) : Number.NaN;
  c.set('now', Number.isFinite(simulated) && simulated > 0 ? simulated : Date.now());
  await next();
};

/**
 * The Twilio webhooks: the signature first (a post without a valid one is 403 before anything reads it further), then
 * the settings. Settings that do not parse are the owner's to fix, not the texter's: a text is still stored and its
 * opt-out written (twilio-sms-misconfigured.ts); a status callback gets 500, which Twilio reports to the owner. Logs
 * name the fields, never their values.
 */
export const twilioSigned: MiddlewareHandler<AppEnv> = async (c, next) => {
  const result = parseSettings(c.env);
  const verifying = result.ok ? result.settings : Verifying.safeParse(c.env).data;
  if (!verifying) return misconfigured(c.req.path, result.ok ? [] : result.fields, 'refused');
  const form = await verifiedForm(c, verifying);
  if (!form) return c.text('Forbidden', 403);
  c.set('form', form);
  if (result.ok) {
    c.set('settings', result.settings);
    return next();
  }
  if (c.req.path === '/twilio/sms' && c.req.method === 'POST') {
    console.error(`KINDLING IS MISCONFIGURED: ${c.req.path} only stores texts and opt-outs until these settings are fixed: ${result.fields.join(', ')}`);
    return receiveMessageMisconfigured(c);
  }
  return misconfigured(c.req.path, result.fields, 'refused');
};

function misconfigured(path: string, fields: readonly string[], what: string): Response {
  console.error(`KINDLING IS MISCONFIGURED: ${path} ${what} until these settings are fixed: ${fields.join(', ')}`);
  return new Response('Kindling is misconfigured.', { status: 500, headers: { 'content-type': 'text/plain; charset=UTF-8' } });
}
