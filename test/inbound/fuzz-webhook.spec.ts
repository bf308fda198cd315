// 2,500 arbitrary posts (per npm test; each run draws new ones) through the webhook: signed ones always get one well-formed TwiML answer that user text cannot
// break out of; unsigned or mis-signed ones always get 403; nothing ever gets a 5xx. (parseNote's own fuzz lives beside it.)
import { createExecutionContext, waitOnExecutionContext } from 'cloudflare:test';
import { env } from 'cloudflare:workers';
import fc from 'fast-check';
import { getExpectedTwilioSignature } from 'twilio/lib/webhooks/webhooks';
import { describe, expect, it, vi } from 'vitest';
import { app } from '../../src/app';
import { RESEND_TEXT } from '../../src/conversation/replies';
import { AUTH_TOKEN, BASE, messageOf, messageSid, phoneNumber, sign, smsParams } from '../factories';

/** Draws of the second property; its check that signed posts get through scales with it. */
const UNSIGNED_RUNS = 1_000;

/**
 * The Worker's fetch (index.ts exports app.fetch) called directly: through exports.default.fetch each call in a test
 * costs more than the last (about 60 ms by the 600th), which 10,000 runs cannot afford.
 */
async function call(request: Request): Promise<Response> {
  const ctx = createExecutionContext();
  const response = await app.fetch(request, env, ctx);
  await waitOnExecutionContext(ctx);
  return response;
}

/** One root, at most one Message, and no markup inside it: the only shapes a reply may take. */
const TWIML = /^<\?xml version="1\.0" encoding="UTF-8"\?>(<Response\/>|<Response><Message>[^<]*<\/Message><\/Response>)$/;

/** A few numbers shared by many runs, so the per-number reply throttle is hit too. */
const POOL = Array.from({ length: 6 }, () => phoneNumber());

const MARKUP = [
  '</Message><Redirect>http://x</Redirect>',
  '</Message></Response><Response><Message>pwned',
  '<![CDATA[',
  ']]>',
  '<?xml version="1.0"?>',
  '<!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>',
  '&e;',
  '&amp;',
  '&#60;',
  '"',
  "'",
  '<',
  '>',
  '&',
  '\u0000',
  '\u0001',
  '\u001f',
  '\u007f',
  '\ufffe',
  '\uffff',
  '\ud83d\ude00',
  '\u202e',
  '\r\n',
  '%3C',
  '+',
  '=',
  '&Body=x',
];
const WORDS = [
  'Met ',
  'who is ',
  'forget ',
  'keep ',
  'done ',
  'snooze ',
  'skip',
  'tz ',
  'nudge at ',
  'pause ',
  'undo',
  'list',
  'help',
  'export',
  'Sarah',
  'Sarah: ',
  '?',
  ' at the gym',
  ', loves ',
];

const markupString = fc
  .array(fc.oneof(fc.constantFrom(...MARKUP), fc.constantFrom(...WORDS), fc.string({ maxLength: 8 })), { maxLength: 8 })
  .map((parts) => parts.join(''));
const body = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 200 }),
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.string({ unit: 'binary-ascii', maxLength: 60 }),
  markupString,
  fc.tuple(fc.constantFrom(...WORDS), markupString, fc.constantFrom('', '?', ' 3 days', ' at the gym, loves chess')).map((parts) => parts.join('')),
);
const fieldName = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.constantFrom('constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf', 'MediaUrl0', 'MediaContentType0', 'SmsSid', 'ToCity', ''),
);
const numMedia = fc.oneof(
  fc.constantFrom('0', '1', '3', '20', '21', '-1', '1e3', 'NaN', ' 2 ', '', '0x10'),
  fc.integer().map(String),
  fc.string({ maxLength: 5 }),
);
const sender = fc.oneof({ weight: 3, arbitrary: fc.constant(null) }, { weight: 1, arbitrary: fc.constantFrom(...POOL) });

describe('what the fuzz found, pinned', () => {
  const url = `${BASE}/twilio/sms`;
  const post = (params: Record<string, string>) =>
    call(
      new Request(url, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-twilio-signature': sign(url, params) },
        body: new URLSearchParams(params).toString(),
      }),
    );

  it.each(['constructor', '__proto__', 'toString', 'hasOwnProperty'])('a signed post with a field named %s is accepted', async (field) => {
    const params = smsParams({ From: phoneNumber(), Body: 'help' });
    Object.defineProperty(params, field, { value: 'x', enumerable: true });
    const response = await post(params);
    expect(response.status).toBe(200);
    expect(messageOf(await response.text())).toMatch(/STOP/);
  });

  // "tz <zone>" echoes the zone it did not know; a character XML cannot hold used to make the answer "please resend"
  it.each([
    ['U+FFFF (the fuzz counterexample)', 'tz &#60;\uffff0'],
    ['a control character', 'tz Ma\u0001rs'],
  ])('a reply echoing %s is still one clean Message, not "please resend"', async (_label, body) => {
    const response = await post(smsParams({ From: phoneNumber(), Body: body }));
    const twiml = await response.text();
    expect(twiml).toMatch(TWIML);
    expect(messageOf(twiml)).toMatch(/^I don't know the time zone/);
  });
});

describe('signed posts with arbitrary content', () => {
  it('always get 200 text/xml with one Response, at most one Message, and no markup inside it', { timeout: 600_000 }, async () => {
    await fc.assert(
      fc.asyncProperty(body, fc.dictionary(fieldName, fc.string({ maxLength: 30 }), { maxKeys: 4 }), numMedia, sender, async (text, extra, media, pooled) => {
        const from = pooled ?? phoneNumber();
        // Twilio's own fields win, so the text is always a valid one from `from`; the extras ride along and are signed
        const params = { ...extra, ...smsParams({ From: from, Body: text, NumMedia: media, MessageSid: messageSid() }) };
        const url = `${BASE}/twilio/sms`;
        const response = await call(
          new Request(url, {
            method: 'POST',
            headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-twilio-signature': sign(url, params) },
            body: new URLSearchParams(params).toString(),
          }),
        );
        const twiml = await response.text();
        expect(response.status).toBe(200);
        expect(response.headers.get('content-type')).toMatch(/^text\/xml/);
        expect(twiml).toMatch(TWIML);
        // a reply that stored fine must not tell the user to resend
        expect(messageOf(twiml)).not.toBe(RESEND_TEXT);
      }),
      { numRuns: 500 },
    );
  });
});

describe('posts without a valid signature', () => {
  const rawBody = fc.oneof(
    fc.string({ unit: 'binary', maxLength: 300 }),
    fc.dictionary(fieldName, fc.string({ unit: 'binary', maxLength: 40 }), { maxKeys: 6 }).map((fields) => new URLSearchParams(fields).toString()),
    fc.constantFrom('', '=', '&&&', '%', '%zz', 'Body=%E0%A4%A', 'a=1&a=2&a=3', 'x'.repeat(70_000)),
  );
  const signature = fc.oneof(
    fc.constant(null),
    fc.string({ unit: 'grapheme-ascii', maxLength: 40 }),
    fc.base64String({ minLength: 28, maxLength: 28 }),
    fc.base64String({ minLength: 44, maxLength: 44 }),
  );
  const settings = fc.option(fc.constantFrom('algorithm=HMAC_SHA256', 'algorithm=HMAC_SHA1', 'algorithm=', 'algorithm=NONE', 'key=x', ',,,'));
  const contentType = fc.constantFrom('application/x-www-form-urlencoded', 'text/plain', 'application/json', 'multipart/form-data; boundary=x', '');
  const path = fc.constantFrom('/twilio/sms', '/twilio/status', '/twilio/sms?x=1', '/twilio/status/');

  it('get 403 (or a normal answer when the signature happens to be valid), never a 5xx', { timeout: 600_000 }, async () => {
    let accepted = 0;
    // the twilio package warns about unknown algorithms; a thousand warnings say nothing here
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    await fc
      .assert(
        fc.asyncProperty(path, rawBody, signature, settings, contentType, fc.boolean(), async (where, raw, forged, signatureSettings, type, signCorrectly) => {
          const url = `${BASE}${where}`;
          const headers = new Headers();
          if (type) headers.set('content-type', type);
          if (signatureSettings !== null) headers.set('x-twilio-webhooks-signature-settings', signatureSettings);
          // about a tenth of the runs carry the right signature for exactly this raw body, as Twilio would compute it
          const valid = signCorrectly && raw.length < 64 * 1024 && signatureSettings !== 'algorithm=NONE' && forged === null;
          const algorithm = signatureSettings === 'algorithm=HMAC_SHA256' ? 'HMAC_SHA256' : 'HMAC_SHA1';
          if (valid) headers.set('x-twilio-signature', getExpectedTwilioSignature(AUTH_TOKEN, url, formOf(raw), algorithm));
          else if (forged !== null) headers.set('x-twilio-signature', forged);
          const response = await call(new Request(url, { method: 'POST', headers, body: raw }));
          const answer = await response.text();
          expect(response.status).toBeLessThan(500);
          if (!valid || where === '/twilio/status/') {
            expect([403, 404]).toContain(response.status);
            return;
          }
          accepted += 1;
          if (where.startsWith('/twilio/status')) expect(response.status).toBe(204);
          else {
            expect(response.status).toBe(200);
            expect(answer).toMatch(TWIML);
          }
        }),
        { numRuns: UNSIGNED_RUNS },
      )
      .finally(() => warn.mockRestore());
    // about one in twelve draws is a correctly signed post: the generator must reach the handlers, not only the 403
    expect(accepted).toBeGreaterThan(UNSIGNED_RUNS / 20);
  });
});

/** The parameters Twilio signs for a form body: every raw value, a repeated name as a list. */
function formOf(raw: string): Record<string, string> {
  const params: Record<string, string | string[]> = Object.create(null);
  for (const [name, value] of new URLSearchParams(raw)) {
    const existing = params[name];
    params[name] = existing === undefined ? value : Array.isArray(existing) ? [...existing, value] : [existing, value];
  }
  return params as Record<string, string>;
}
