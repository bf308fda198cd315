// Reads a Twilio form post and returns its parameters only when X-Twilio-Signature is valid. What cannot be from Twilio
// (no signature header, a body over 64 KiB, more fields than Twilio sends) is refused before the body is read or parsed.
import type { Context } from 'hono';
import type { AppEnv } from '../types';
import type { Settings } from '../env';
import { isSignedByTwilio, readBodyUpTo, readForm, signedUrl, type FormParams } from '../twilio/verify';

const MAX_BODY = 64 * 1024;

export async function verifiedForm(c: Context<AppEnv>, settings: Pick<Settings, 'TWILIO_AUTH_TOKEN' | 'PUBLIC_BASE_URL'>): Promise<FormParams | null> {
  const signature = c.req.header('x-twilio-signature');
  if (!signature) return null;
  const raw = await readBodyUpTo(c.req.raw, MAX_BODY).catch(() => null);
  if (raw === null) return null;
  const params = readForm(raw);
  if (!params) return null;
  const ok = isSignedByTwilio({
    authToken: settings.TWILIO_AUTH_TOKEN,
    signature,
    signatureSettings: c.req.header('x-twilio-webhooks-signature-settings'),
    url: signedUrl(c.req.url, settings.PUBLIC_BASE_URL),
    params,
  });
  return ok ? params : null;
}
