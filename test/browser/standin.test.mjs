// The simulator and the real Worker (wrangler dev) agree on Twilio signatures: signed texts get TwiML, status
// callbacks signed by the stand-in are accepted, and anything signed wrongly is refused with 403 and changes nothing.

import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import twilioWebhooks from 'twilio/lib/webhooks/webhooks.js';
import { DEV_TWILIO } from '../../dev/start.mjs';
import { parseTwimlMessages } from '../../dev/server.mjs';
import { startTestStack } from './stack.mjs';

const { getExpectedTwilioSignature } = twilioWebhooks;
const SF = '+14155550100';

function inboundParams(from, body, sid = `SM${randomBytes(16).toString('hex')}`) {
  return {
    MessageSid: sid,
    SmsSid: sid,
    SmsMessageSid: sid,
    AccountSid: DEV_TWILIO.accountSid,
    From: from,
    To: DEV_TWILIO.phoneNumber,
    Body: body,
    NumMedia: '0',
    NumSegments: '1',
    SmsStatus: 'received',
    ApiVersion: '2010-04-01',
    FromCountry: 'US',
    ToCountry: 'US',
  };
}

describe('signatures between the stand-in and the Worker', { timeout: 240_000 }, () => {
  let stack;
  before(async () => {
    stack = await startTestStack();
  });
  after(async () => {
    await stack?.stop();
  });

  async function post(params, signature, path = '/twilio/sms') {
    const headers = { 'content-type': 'application/x-www-form-urlencoded' };
    if (signature !== null) headers['x-twilio-signature'] = signature;
    const response = await fetch(`${stack.workerUrl}${path}`, { method: 'POST', headers, body: new URLSearchParams(params) });
    return { status: response.status, type: response.headers.get('content-type') ?? '', body: await response.text() };
  }

  it('a text posted through the dev server gets a TwiML reply', async () => {
    const response = await fetch(`${stack.simulatorUrl}/api/text`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ from: SF, body: 'Met Dana at the ceramics class, she makes tea bowls. dana@example.com' }),
    });
    assert.equal(response.status, 200);
    const answer = await response.json();
    assert.equal(answer.status, 200, `the Worker accepted the signed post\n${stack.workerOutput()}`);
    assert.ok(answer.replies.length >= 1, 'Kindling answered in TwiML');
    assert.match(answer.replies[0].body, /Dana/);
    const kinds = stack.simulator.conversation(SF).map((e) => e.direction);
    assert.deepEqual(kinds.slice(0, 2), ['me', 'kindling']);
    assert.ok(!kinds.includes('system'), 'no complaint from the simulator');
  });

  it('refuses a wrong, missing or wrongly-addressed signature with 403, and the refused text changes nothing', async () => {
    const params = inboundParams(SF, 'Met Omar at the chess club, he teaches history');
    const url = `${stack.workerUrl}/twilio/sms`;
    const wrongToken = await post(params, getExpectedTwilioSignature('not-the-token', url, params));
    assert.equal(wrongToken.status, 403);
    const missing = await post(params, null);
    assert.equal(missing.status, 403);
    const otherUrl = await post(params, getExpectedTwilioSignature(DEV_TWILIO.authToken, url.replace('127.0.0.1', 'localhost'), params));
    assert.equal(otherUrl.status, 403, 'signed for another URL than PUBLIC_BASE_URL');
    const tampered = await post({ ...params, Body: 'delete my data' }, getExpectedTwilioSignature(DEV_TWILIO.authToken, url, params));
    assert.equal(tampered.status, 403, 'a body changed after signing');

    // The same MessageSid, now signed correctly, is handled as new: the refused posts left no trace.
    const good = await post(params, getExpectedTwilioSignature(DEV_TWILIO.authToken, url, params));
    assert.equal(good.status, 200);
    assert.match(good.type, /xml/);
    const [reply] = parseTwimlMessages(good.body);
    assert.match(reply ?? '', /Omar/);

    // And a replay of it is acknowledged with an empty response.
    const replay = await post(params, getExpectedTwilioSignature(DEV_TWILIO.authToken, url, params));
    assert.equal(replay.status, 200);
    assert.deepEqual(parseTwimlMessages(replay.body), []);
  });

  it('refuses an unsigned status callback', async () => {
    const params = { MessageSid: `SM${randomBytes(16).toString('hex')}`, MessageStatus: 'delivered', AccountSid: DEV_TWILIO.accountSid };
    assert.equal((await post(params, 'bogus', '/twilio/status')).status, 403);
  });

  it('accepts the status callbacks the stand-in signs for a nudge', async () => {
    const { stoppedOnText } = await stack.simulator.untilNextText(SF);
    assert.equal(stoppedOnText, true, `a nudge came within 14 simulated days\n${stack.workerOutput()}`);
    const nudge = stack.simulator.conversation(SF).findLast((e) => e.via === 'rest');
    assert.ok(nudge, 'the nudge went through the REST API');
    const deadline = performance.now() + 10_000;
    let callbacks = [];
    while (performance.now() < deadline) {
      callbacks = stack.simulator.statusCallbacks.filter((c) => c.sid === nudge.sid);
      if (callbacks.length === 2) break;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    assert.deepEqual(
      callbacks.map((c) => c.status),
      ['sent', 'delivered'],
      'the Worker asked for status callbacks',
    );
    for (const callback of callbacks)
      assert.ok(callback.httpStatus >= 200 && callback.httpStatus < 300, `status callback ${callback.status} got HTTP ${callback.httpStatus}`);
  });
});
