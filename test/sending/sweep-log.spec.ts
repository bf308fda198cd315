// The cron sweep's log: silent when a run does nothing (every 15 minutes, all day), one line when it texts someone.
// Its own file: another file's deliberately broken users make every later run log its errors, as they should.
import { env } from 'cloudflare:workers';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DAY, HOUR, phoneNumber, runCron, sentTo } from '../factories';
import { dueNow } from '../support/due-now';

const INES = 'Met Ines at the pottery class, glazes everything blue, ines@example.com';

// each test owns the only pending nudges in this file's database
beforeEach(async () => {
  await env.DB.prepare("UPDATE nudges SET state = 'cancelled' WHERE state = 'pending'").run();
});
afterEach(() => {
  vi.restoreAllMocks();
});

/** The `sweep ...` lines console.log received while `work` ran. */
async function sweepLines(work: () => Promise<void>): Promise<string[]> {
  const lines: string[] = [];
  vi.spyOn(console, 'log').mockImplementation((...args: unknown[]) => {
    if (args[0] === 'sweep') lines.push(args.map(String).join(' '));
  });
  await work();
  return lines;
}

describe('the sweep log', () => {
  it('says nothing for runs with nothing due', async () => {
    const lines = await sweepLines(async () => {
      for (let at = Date.UTC(2026, 2, 3, 12); at < Date.UTC(2026, 2, 3, 14); at += HOUR / 4) await runCron(at);
    });
    expect(lines).toEqual([]);
  });

  it('writes one line with the counts for the run that texts someone, and nothing for the runs after it', async () => {
    const from = phoneNumber('212');
    const nudge = await dueNow(from, INES);
    const sending = await sweepLines(() => runCron(nudge.at));
    expect(await sentTo(from)).toHaveLength(1);
    expect(sending).toHaveLength(1);
    expect(JSON.parse(sending[0]?.replace(/^sweep /, '') ?? '')).toMatchObject({ sent: 1, failed: 0, errors: 0 });
    const after = await sweepLines(async () => {
      await runCron(nudge.at + HOUR / 4);
      await runCron(nudge.at + HOUR / 2);
    });
    expect(after).toEqual([]);
  });

  it('says nothing when a run only puts a nudge off to the user window', async () => {
    const from = phoneNumber('212');
    const nudge = await dueNow(from, INES);
    // 03:00 in the user's zone: outside the 9-20 window, so the run defers and texts nobody
    const lines = await sweepLines(() => runCron(nudge.at + DAY - 10 * HOUR));
    expect(await sentTo(from)).toHaveLength(0);
    expect(lines).toEqual([]);
  });
});
