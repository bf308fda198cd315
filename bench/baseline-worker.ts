// Bench only: the least a Twilio webhook can do. Check the signature with the same validator Kindling uses, answer fixed TwiML.
import { validateRequest } from 'twilio/lib/webhooks/webhooks';

interface BaselineEnv {
  TWILIO_AUTH_TOKEN: string;
  PUBLIC_BASE_URL?: string;
}

const TWIML = '<?xml version="1.0" encoding="UTF-8"?><Response><Message>Saved.</Message></Response>';

export default {
  async fetch(request, env) {
    const url = new URL(request.url);
    if (request.method !== 'POST') return new Response('baseline is running');
    const params: Record<string, string> = {};
    for (const [name, value] of new URLSearchParams(await request.text())) params[name] = value;
    const signedUrl = env.PUBLIC_BASE_URL ? env.PUBLIC_BASE_URL.replace(/\/+$/, '') + url.pathname + url.search : request.url;
    const signature = request.headers.get('x-twilio-signature') ?? '';
    if (!validateRequest(env.TWILIO_AUTH_TOKEN, signature, signedUrl, params)) return new Response('Forbidden', { status: 403 });
    return new Response(TWIML, { headers: { 'content-type': 'text/xml; charset=utf-8' } });
  },
} satisfies ExportedHandler<BaselineEnv>;
