// What the end-to-end tests share: a local D1, the Twilio stand-in served over loopback HTTP (status callbacks signed
// and posted back to the Worker like Twilio's) and `wrangler dev`; and the reply read out of a TwiML answer.

import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import twilioWebhooks from 'twilio/lib/webhooks/webhooks.js';
import { applyMigrations, DEV_TWILIO, freePort, startWorker, waitForHttp } from '../../dev/start.mjs';
import { createTwilioStandin } from '../../dev/twilio-standin.mjs';

const { getExpectedTwilioSignature } = twilioWebhooks;

/**
 * A Node HTTP server around the Fetch-API stand-in on `port`. With `workerUrl`, delivery callbacks are signed and
 * posted to it; with `now`, the stand-in keeps WhatsApp's 24-hour window by that clock.
 */
export async function startStandin(port, { workerUrl, now } = {}) {
  const standin = createTwilioStandin({
    accountSid: DEV_TWILIO.accountSid,
    authToken: DEV_TWILIO.authToken,
    ...(now ? { now } : {}),
    ...(workerUrl
      ? {
          postStatus: async (url, params) => {
            const signature = getExpectedTwilioSignature(DEV_TWILIO.authToken, url, params);
            await fetch(url.replace(/^https?:\/\/[^/]+/, workerUrl), {
              method: 'POST',
              headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-twilio-signature': signature },
              body: new URLSearchParams(params),
            });
          },
        }
      : {}),
  });
  const server = createServer(async (req, res) => {
    const chunks = [];
    for await (const chunk of req) chunks.push(chunk);
    const body = chunks.length ? Buffer.concat(chunks) : undefined;
    const request = new Request(`http://127.0.0.1:${port}${req.url}`, {
      method: req.method,
      headers: req.headers,
      body: req.method === 'GET' ? undefined : body,
    });
    const response = await standin.handle(request);
    res.writeHead(response.status, Object.fromEntries(response.headers));
    res.end(Buffer.from(await response.arrayBuffer()));
  });
  await new Promise((resolve) => server.listen(port, '127.0.0.1', resolve));
  return { standin, close: () => new Promise((resolve) => server.close(resolve)) };
}

/** The text of a TwiML reply's <Message>, unescaped; null when it has none. */
export function messageOf(twiml) {
  const match = /<Message>([\s\S]*?)<\/Message>/.exec(twiml);
  return match
    ? match[1]
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>')
        .replace(/&quot;/g, '"')
        .replace(/&apos;/g, "'")
        .replace(/&amp;/g, '&')
    : null;
}

/**
 * A fresh local D1 with the migrations applied, the stand-in and `wrangler dev` on free ports, ready to text.
 * `standin` options are startStandin's (`callbacks`: post delivery callbacks to the Worker; `now`: the stand-in's clock).
 * `stop()` takes all of it down and deletes the D1 copy.
 */
export async function startStack({ name, callbacks = false, now } = {}) {
  const persistTo = mkdtempSync(join(tmpdir(), `kindling-${name ?? 'e2e'}-`));
  const [workerPort, twilioPort] = [await freePort(), await freePort()];
  await applyMigrations({ persistTo });
  const twilio = await startStandin(twilioPort, { ...(callbacks ? { workerUrl: `http://127.0.0.1:${workerPort}` } : {}), now });
  const worker = startWorker({ port: workerPort, simulatorPort: twilioPort, persistTo });
  await waitForHttp(`${worker.url}/`, { child: worker.child, describe: 'wrangler dev' });
  return {
    worker,
    twilio,
    stop: async () => {
      await worker.stop();
      await twilio.close();
      rmSync(persistTo, { recursive: true, force: true });
    },
  };
}

/** The form fields Twilio posts for an SMS from `from` (fresh MessageSid each time), plus any `extra` fields. */
export function smsFields(from, body, extra = {}) {
  const sid = `SM${randomBytes(16).toString('hex')}`;
  return {
    MessageSid: sid,
    SmsSid: sid,
    AccountSid: DEV_TWILIO.accountSid,
    From: from,
    To: DEV_TWILIO.phoneNumber,
    Body: body,
    NumMedia: '0',
    NumSegments: '1',
    SmsStatus: 'received',
    ApiVersion: '2010-04-01',
    ...extra,
  };
}

/**
 * Posts `fields` to the Worker's webhook as Twilio would: signed with the dev auth token (or with `signature`, to
 * forge one), at the simulated instant `at`.
 */
export function postText(workerUrl, fields, at, signature) {
  const url = `${workerUrl}/twilio/sms`;
  return fetch(url, {
    method: 'POST',
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      'x-twilio-signature': signature ?? getExpectedTwilioSignature(DEV_TWILIO.authToken, url, fields),
      'x-kindling-simulated-now': String(at),
    },
    body: new URLSearchParams(fields),
  });
}
