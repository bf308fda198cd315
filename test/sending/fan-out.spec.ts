// Large sweeps fan out through the queue: the cron enqueues one message per user, the consumer sends once each.
import { createExecutionContext, createMessageBatch, getQueueResult } from 'cloudflare:test';
import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import worker from '../../src/index';
import type { SendJob } from '../../src/types';
import { phoneNumber, runCron, sentTo, text } from '../factories';

// more than the sweep serves itself (100), so both paths run in one sweep
const USERS = 120;

async function dueTimes(phones: string[]): Promise<number> {
  let latest = 0;
  // D1 binds at most 100 parameters per statement
  for (let i = 0; i < phones.length; i += 50) {
    const chunk = phones.slice(i, i + 50);
    const row = await env.DB.prepare(
      `SELECT max(n.due_at) AS due FROM nudges n JOIN users u ON u.id = n.user_id WHERE u.phone IN (${chunk.map(() => '?').join(',')}) AND n.state = 'pending'`,
    )
      .bind(...chunk)
      .first<{ due: number }>();
    latest = Math.max(latest, row?.due ?? 0);
  }
  return latest;
}

describe('fan-out through the queue', () => {
  it('a sweep with many users due enqueues them, and the consumer texts each user exactly once', async () => {
    const phones = Array.from({ length: USERS }, () => phoneNumber('212'));
    for (const [index, phone] of phones.entries())
      await text(phone, `Met Person${String.fromCharCode(65 + (index % 26))} at the climbing gym, loves bouldering, p${index}@example.com`);
    const due = await dueTimes(phones);
    await runCron(due);
    // the consumer runs as the queue delivers; give it a few batches' time
    const deadline = performance.now() + 60_000;
    let delivered = 0;
    while (performance.now() < deadline) {
      delivered = (await Promise.all(phones.map(sentTo))).filter((messages) => messages.length > 0).length;
      if (delivered === USERS) break;
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
    expect(delivered).toBe(USERS);
    await runCron(due + 15 * 60_000);
    for (const phone of phones) expect(await sentTo(phone)).toHaveLength(1);
  }, 180_000);

  it('the consumer acks each message, and a message delivered twice sends once', async () => {
    const phone = phoneNumber('212');
    await text(phone, 'Met Jake at the networking event, works on a fintech startup, jake@example.com');
    const due = await dueTimes([phone]);
    const user = await env.DB.prepare('SELECT id FROM users WHERE phone = ?').bind(phone).first<{ id: number }>();
    const job: SendJob = { userId: user?.id ?? 0, now: due };
    const batch = createMessageBatch<SendJob>('kindling-sends', [
      { id: 'm1', timestamp: new Date(), attempts: 1, body: job },
      { id: 'm2', timestamp: new Date(), attempts: 1, body: job },
    ]);
    const ctx = createExecutionContext();
    await worker.queue(batch, env);
    const result = await getQueueResult(batch, ctx);
    expect(result.explicitAcks.sort()).toEqual(['m1', 'm2']);
    expect(result.retryMessages).toEqual([]);
    const sent = await sentTo(phone);
    expect(sent).toHaveLength(1);
    expect(sent[0]?.body).toMatch(/Jake/);
  });
});
