// End to end under `wrangler dev`: a phone texts the Worker as Twilio would (signed form posts), the cron is stepped
// through /cdn-cgi/handler/scheduled, and nudges arrive at a loopback Twilio stand-in. Prints the whole conversation.

import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { DEV_TWILIO } from '../../dev/start.mjs';
import { messageOf, postText, smsFields, startStack } from '../support/e2e-stack.mjs';
import { SegmentedMessage } from 'sms-segments-calculator';

const CRON = '*/15 * * * *';
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const PHONE = '+12125550147';
const ZONE = 'America/New_York';

function localTime(at) {
  return new Intl.DateTimeFormat('en-US', { weekday: 'short', month: 'short', day: 'numeric', hour: 'numeric', minute: '2-digit', timeZone: ZONE }).format(at);
}

function localHour(at) {
  return Number(new Intl.DateTimeFormat('en-US', { hour: 'numeric', hourCycle: 'h23', timeZone: ZONE }).format(at));
}

describe('Kindling under wrangler dev', { timeout: 300_000 }, () => {
  let worker;
  let twilio;
  let stack;
  const transcript = [];
  // a fixed start (Wednesday 2026-03-04, 18:30 in New York), so the arc never depends on the day or hour it runs
  let clock = Date.UTC(2026, 2, 4, 23, 30);

  before(async () => {
    stack = await startStack({ name: 'e2e', callbacks: true });
    ({ worker, twilio } = stack);
  });

  after(async () => {
    await stack?.stop();
    if (transcript.length) {
      mkdirSync('test-results', { recursive: true });
      writeFileSync('test-results/arc-transcript.txt', `${transcript.join('\n')}\n`);
      console.log(`\n${transcript.join('\n')}\n`);
    }
  });

  function log(who, body) {
    const count = who === 'Kindling' ? ` [${new SegmentedMessage(body).segmentsCount} seg, ${new SegmentedMessage(body).encodingName}]` : '';
    transcript.push(`${localTime(clock)}  ${who}: ${body}${count}`);
  }

  /** Texts the Worker as Twilio would, at the simulated time. */
  async function text(body, { sid = `SM${randomBytes(16).toString('hex')}`, signature, from = PHONE } = {}) {
    const response = await postText(worker.url, smsFields(from, body, { MessageSid: sid, SmsSid: sid }), clock, signature);
    const twiml = await response.text();
    if (response.status === 200 && from === PHONE) {
      log('Me', body);
      const reply = messageOf(twiml);
      if (reply) log('Kindling', reply);
    }
    return { status: response.status, type: response.headers.get('content-type'), twiml, reply: messageOf(twiml) };
  }

  function sent() {
    return twilio.standin.messages.filter((message) => message.to === PHONE);
  }

  /** Steps the cron every 30 minutes (nudges are due on the hour) until a new text arrives; returns it. */
  async function untilNextText(limitDays = 14) {
    const before = sent().length;
    const end = clock + limitDays * DAY;
    while (clock < end) {
      clock = Math.floor(clock / (30 * MINUTE)) * 30 * MINUTE + 30 * MINUTE;
      const response = await fetch(`${worker.url}/cdn-cgi/handler/scheduled?cron=${encodeURIComponent(CRON)}&time=${clock}`);
      assert.equal(response.status, 200);
      await response.arrayBuffer();
      if (sent().length > before) {
        const message = sent().at(-1);
        log('Kindling', message.body);
        return { ...message, at: clock };
      }
    }
    assert.fail(`no text within ${limitDays} days`);
  }

  it('answers a signed text with TwiML, refuses a forged one, ignores a replay', async () => {
    const sid = `SM${randomBytes(16).toString('hex')}`;
    const stranger = '+14155550123';
    const first = await text('help', { sid, from: stranger });
    assert.equal(first.status, 200);
    assert.match(first.type ?? '', /^text\/xml/);
    assert.match(first.reply ?? '', /STOP/);
    const replay = await text('help', { sid, from: stranger });
    assert.match(replay.twiml, /<Response\/>$/);
    const forged = await text('list', { signature: 'Zm9yZ2Vk', from: stranger });
    assert.equal(forged.status, 403);
  });

  it('walks the whole arc for one person: follow-up, deeper idea, their moment, let-go', async () => {
    const metAt = clock;
    const show = new Date(clock + 9 * DAY);
    const showDate = new Intl.DateTimeFormat('en-US', { month: 'long', day: 'numeric', timeZone: ZONE }).format(show);
    const capture = await text(
      `Met Sarah at the climbing gym, she's into bouldering and runs a pottery studio. Her pottery show opens ${showDate}. 917-555-0199`,
    );
    assert.match(capture.reply, /Sarah/);
    assert.match(capture.reply, /climbing gym/);

    // 1. the first follow-up, 12-48 h after meeting, inside the window, naming a specific
    const first = await untilNextText(3);
    assert.ok(first.at - metAt >= 12 * HOUR && first.at - metAt <= 48 * HOUR, 'first follow-up 12-48 h after meeting');
    assert.ok(localHour(first.at) >= 9 && localHour(first.at) < 20, 'inside the window');
    assert.match(first.body, /Sarah/);
    assert.match(first.body, /climbing gym|bouldering|pottery/);

    clock += 20 * MINUTE;
    assert.match((await text('sent it')).reply, /How did it go/);
    clock += 3 * HOUR;
    assert.match((await text('she was super excited')).reply, /together/);

    // 2. the deeper suggestion, from a shared interest
    const deeper = await untilNextText(6);
    assert.match(deeper.body, /Sarah/);
    assert.match(deeper.body, /boulder|climb|pottery|ceramic|studio/i);
    clock += 10 * MINUTE;
    assert.match((await text('snooze 3 days')).reply, /Sarah/);
    clock += 30 * MINUTE;
    assert.match((await text('Sarah: moving to Denver in March')).reply, /Added to Sarah/);
    const who = await text('who is Sarah?');
    assert.match(who.reply, /Denver/);
    assert.match(who.reply, /pottery|bouldering/);

    // 3. their moment: luck the day before the show
    let moment = await untilNextText(10);
    while (!/show/i.test(moment.body)) {
      clock += 10 * MINUTE;
      await text('done');
      moment = await untilNextText(10);
    }
    assert.ok(moment.at < show.getTime(), 'the luck nudge comes before the show');

    // 4. silence twice, then let-go
    clock += 10 * MINUTE;
    await text('done');
    clock += 2 * DAY;
    await text('no answer yet');
    let letGo = await untilNextText(14);
    for (let round = 0; round < 3 && !/KEEP/.test(letGo.body); round += 1) {
      clock += 10 * MINUTE;
      await text('still no reply');
      letGo = await untilNextText(14);
    }
    assert.match(letGo.body, /KEEP/);
    assert.match(letGo.body, /Sarah/);

    for (const message of sent()) {
      const segments = new SegmentedMessage(message.body).segmentsCount;
      assert.ok(segments <= 2, `at most 2 segments: ${message.body}`);
    }
  });
});
