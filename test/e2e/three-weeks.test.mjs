// Three weeks as a real person under `wrangler dev`: the script in test/support/three-weeks-script.mjs, texted as Twilio
// would (signed form posts at its simulated clock), the cron stepped every 15 minutes through /cdn-cgi/handler/scheduled,
// nudges taken from a loopback Twilio stand-in. Every check of every step must hold; the transcript is written to
// dev/three-weeks-transcript.txt.

import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { after, before, describe, it } from 'node:test';
import { SegmentedMessage } from 'sms-segments-calculator';
import { DEV_TWILIO } from '../../dev/start.mjs';
import { messageOf, postText, smsFields, startStack } from '../support/e2e-stack.mjs';
import { PHONE, playThreeWeeks, TEXT_COUNT } from '../support/three-weeks-script.mjs';

const CRON = '*/15 * * * *';
const TRANSCRIPT_FILE = fileURLToPath(new URL('../../dev/three-weeks-transcript.txt', import.meta.url));

function badge(body) {
  const segmented = new SegmentedMessage(body);
  return `${segmented.segmentsCount} seg, ${segmented.encodingName}`;
}

describe('three weeks as a real person, under wrangler dev', { timeout: 900_000 }, () => {
  let worker;
  let twilio;
  let stack;

  before(async () => {
    stack = await startStack({ name: 'weeks' });
    ({ worker, twilio } = stack);
  });

  after(async () => {
    await stack?.stop();
  });

  it(`answers every one of the ${TEXT_COUNT} texts right, and the nudges between them arrive`, async () => {
    const replies = [];
    let seen = 0;
    const { lines, failures } = await playThreeWeeks({
      text: async (at, body) => {
        const response = await postText(worker.url, smsFields(PHONE, body), at);
        assert.equal(response.status, 200, `a 200 for ${JSON.stringify(body)}`);
        const reply = messageOf(await response.text());
        if (reply) replies.push(reply);
        return reply;
      },
      cron: async (at) => {
        const response = await fetch(`${worker.url}/cdn-cgi/handler/scheduled?cron=${encodeURIComponent(CRON)}&time=${at}`);
        assert.equal(response.status, 200);
        await response.arrayBuffer();
        const sent = twilio.standin.messages.filter((message) => message.to === PHONE);
        const fresh = sent.slice(seen).map((message) => message.body);
        seen = sent.length;
        replies.push(...fresh);
        return fresh;
      },
      badge,
    });
    const transcript = `${lines.join('\n')}\n`;
    writeFileSync(TRANSCRIPT_FILE, transcript);
    if (failures.length) console.log(`\n${transcript}`);

    assert.ok(TEXT_COUNT >= 90, 'at least 90 texts');
    assert.deepEqual(
      failures.map((failure) => `${failure.text} -> ${failure.answer} (${failure.failed.join('; ')})`),
      [],
    );
    for (const body of replies) {
      const segmented = new SegmentedMessage(body);
      assert.equal(segmented.encodingName, 'GSM-7', `plain GSM-7: ${body}`);
      assert.ok(segmented.segmentsCount <= 2, `at most 2 segments: ${body}`);
    }
  });
});
