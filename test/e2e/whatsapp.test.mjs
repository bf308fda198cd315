// End to end under `wrangler dev`, on WhatsApp: a phone writes as Twilio posts WhatsApp messages (From=whatsapp:+E164,
// To=the WhatsApp sender, ProfileName, WaId, signed), the cron is stepped through /cdn-cgi/handler/scheduled, and
// nudges arrive at a loopback Twilio stand-in that enforces WhatsApp's 24-hour rule by the test's clock: a capture,
// a free-form nudge inside the window, the template outside it, a reply, STOP and START.

import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { DEV_TWILIO } from '../../dev/start.mjs';
import { messageOf, postText, startStack } from '../support/e2e-stack.mjs';

const CRON = '*/15 * * * *';
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const PHONE = '+12125550148';
const WHATSAPP = `whatsapp:${PHONE}`;

describe('Kindling on WhatsApp under wrangler dev', { timeout: 300_000 }, () => {
  let worker;
  let twilio;
  let stack;
  // a fixed start (Wednesday 2026-03-04, 18:30 in New York), so the arc never depends on the day or hour it runs
  let clock = Date.UTC(2026, 2, 4, 23, 30);
  let lastWrote = null;

  before(async () => {
    stack = await startStack({ name: 'e2e-wa', callbacks: true, now: () => clock });
    ({ worker, twilio } = stack);
  });

  after(async () => {
    await stack?.stop();
  });

  /** Writes the Worker on WhatsApp as Twilio posts it, at the test's clock; Twilio learns of it first (the window). */
  async function write(body) {
    const sid = `SM${randomBytes(16).toString('hex')}`;
    const params = {
      SmsMessageSid: sid,
      NumMedia: '0',
      ProfileName: 'Ana',
      MessageType: 'text',
      SmsSid: sid,
      WaId: PHONE.slice(1),
      SmsStatus: 'received',
      Body: body,
      To: DEV_TWILIO.whatsappFrom,
      NumSegments: '1',
      ReferralNumMedia: '0',
      MessageSid: sid,
      AccountSid: DEV_TWILIO.accountSid,
      From: WHATSAPP,
      ApiVersion: '2010-04-01',
    };
    twilio.standin.recordWhatsAppInbound(WHATSAPP, clock);
    lastWrote = clock;
    const response = await postText(worker.url, params, clock);
    assert.equal(response.status, 200);
    assert.match(response.headers.get('content-type') ?? '', /^text\/xml/);
    return messageOf(await response.text());
  }

  const sentOnWhatsApp = () => twilio.standin.messages.filter((message) => message.to === WHATSAPP);
  const sentBySms = () => twilio.standin.messages.filter((message) => message.to === PHONE);

  /** Steps the cron every 30 minutes (nudges are due on the hour) for `days`, stopping at the first new WhatsApp message (returned) when `untilText`. */
  async function stepCron(days, { untilText = true } = {}) {
    const before = sentOnWhatsApp().length;
    const end = clock + days * DAY;
    while (clock < end) {
      clock = Math.floor(clock / (30 * MINUTE)) * 30 * MINUTE + 30 * MINUTE;
      const response = await fetch(`${worker.url}/cdn-cgi/handler/scheduled?cron=${encodeURIComponent(CRON)}&time=${clock}`);
      assert.equal(response.status, 200);
      await response.arrayBuffer();
      if (untilText && sentOnWhatsApp().length > before) return sentOnWhatsApp().at(-1);
    }
    return null;
  }

  it('captures, nudges free form inside the window and as the template outside it, then STOP and START', async () => {
    const captured = await write("Met Sarah at the climbing gym, she's into bouldering and runs a pottery studio. 917-555-0199");
    assert.match(captured, /Saved Sarah/);

    // 1. the first nudge, inside the 24-hour window: free form from the WhatsApp sender
    const free = await stepCron(3);
    assert.ok(free, 'a nudge within 3 days');
    assert.ok(free.at - lastWrote < DAY, 'inside the window');
    assert.equal(free.from, DEV_TWILIO.whatsappFrom);
    assert.equal(free.contentSid, null);
    assert.match(free.body, /Sarah/);

    // 2. snoozed for 2 days: outside the window, the template carries the nudge
    clock += 10 * MINUTE;
    assert.match(await write('snooze 2 days'), /Sarah/);
    const template = await stepCron(4);
    assert.ok(template, 'the snoozed nudge comes back');
    assert.ok(template.at - lastWrote > DAY, 'over 24 hours after the last WhatsApp message');
    assert.equal(template.from, DEV_TWILIO.whatsappFrom);
    assert.equal(template.contentSid, DEV_TWILIO.nudgeContentSid);
    assert.equal(template.contentVariables['1'], 'Sarah');
    assert.match(template.contentVariables['2'], /Sarah/);
    assert.doesNotMatch(template.contentVariables['2'], /\n/, 'a template variable is one line');

    // 3. the reply to the template is answered on WhatsApp (TwiML)
    clock += 20 * MINUTE;
    assert.match(await write('done'), /Sarah/);

    // 4. STOP: one confirmation (WhatsApp has no carrier opt-out), then nothing, though Tom's nudge falls due
    clock += HOUR;
    assert.match(await write('Met Tom at the Barbican, he plays cello'), /Saved Tom/);
    clock += 10 * MINUTE;
    assert.match(await write('STOP'), /unsubscribed.*START/);
    const whileStopped = sentOnWhatsApp().length;
    assert.equal(await stepCron(3, { untilText: false }), null);
    assert.equal(sentOnWhatsApp().length, whileStopped, 'nothing on WhatsApp while stopped');

    // 5. START: back on, and the nudge held while stopped comes (the window is open again: free form)
    assert.match(await write('START'), /back on/);
    const resumed = await stepCron(1);
    assert.ok(resumed, 'nudges come again after START');
    assert.match(resumed.body, /Tom/);
    assert.equal(resumed.contentSid, null);

    assert.deepEqual(sentBySms(), [], 'a WhatsApp user gets nothing by SMS');
    for (const message of sentOnWhatsApp()) assert.equal(message.channel, 'whatsapp');
  });
});
