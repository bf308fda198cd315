// Reads a Twilio form post and returns its parameters only when X-Twilio-Signature is valid.
import type { Context } from 'hono';
import type { AppEnv } from '../types';
import type { Settings } from '../env';
import { isSignedByTwilio, readForm, signedUrl, type FormParams } from '../twilio/verify';

const MAX_BODY = 64 * 1024;

export async function verifiedForm(c: Context<AppEnv>, settings: Settings): Promise<FormParams | null> {
  const raw = await c.req.text().catch(() => '');
  if (raw.length > MAX_BODY) return null;
  const params = readForm(raw);
  const ok = isSignedByTwilio({
    authToken: settings.TWILIO_AUTH_TOKEN,
    signature: c.req.header('x-twilio-signature'),
    signatureSettings: c.req.header('x-twilio-webhooks-signature-settings'),
    url: signedUrl(c.req.url, settings.PUBLIC_BASE_URL),
    params,
  });
  return ok ? params : null;
}
