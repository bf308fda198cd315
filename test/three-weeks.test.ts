// Three weeks as a real person, at the Worker: the script in test/support/three-weeks-script.mjs played through signed
// texts and cron runs at its own clock; every text must get a right answer, every checked nudge must arrive, and
// everything Kindling sends is plain GSM-7 in at most 2 segments.
import { describe, expect, it } from 'vitest';
import { PHONE, playThreeWeeks, TEXT_COUNT } from './support/three-weeks-script.mjs';
import { phoneNumber, runCron, sentTo, setClock, text } from './factories';
import { encoding, segments } from './segments';

describe('three weeks as a real person', () => {
  it(`answers every one of the ${TEXT_COUNT} texts right, and the nudges between them arrive`, { timeout: 600_000 }, async () => {
    // a fresh New York number, so this run never sees another test's people
    const phone = phoneNumber(PHONE.slice(2, 5));
    let seen = 0;
    const replies: string[] = [];
    const { lines, failures } = await playThreeWeeks({
      text: async (at, body) => {
        setClock(at);
        const answer = await text(phone, body);
        expect(answer.status).toBe(200);
        if (answer.reply) replies.push(answer.reply);
        return answer.reply;
      },
      cron: async (at) => {
        await runCron(at);
        const sent = await sentTo(phone);
        const fresh = sent.slice(seen).map((message) => message.body);
        seen = sent.length;
        replies.push(...fresh);
        return fresh;
      },
    });
    // the whole transcript, marked, when something is wrong: the failing lines read in context
    if (failures.length) console.log(lines.map((line) => `TW| ${line}`).join('\n'));
    expect(failures.map((failure) => `${failure.text} -> ${failure.answer} (${failure.failed.join('; ')})`)).toEqual([]);
    expect(TEXT_COUNT).toBeGreaterThanOrEqual(90);
    for (const reply of replies) {
      expect(encoding(reply), reply).toBe('GSM-7');
      expect(segments(reply), reply).toBeLessThanOrEqual(2);
    }
  });
});
