// The cron sweep keeps going past one user's failure, and recovers a text a dead run left `sending`: marked sent when
// Twilio has it, sent again exactly once when Twilio does not, never a second text to the user.
import { env } from 'cloudflare:workers';
import { beforeEach, describe, expect, it } from 'vitest';
import { openDb } from '../../src/db/client';
import { readSettings } from '../../src/env';
import { sendDueNudges } from '../../src/jobs/send-due-nudges';
import { failNextSend, HOUR, phoneNumber, runCron, sentTo } from '../factories';
import { dueNow } from '../support/due-now';
import { failingD1, firstMatching } from '../support/failing-d1';

const GRETA = 'Met Greta Lind at the rowing club, loves sculling, greta@example.com';
const OMAR = 'Met Omar at the chess meetup, works on a robotics startup, omar@example.com';
const MINUTE = 60_000;

// each test owns the only pending nudges in this file's database
beforeEach(async () => {
  await env.DB.prepare("UPDATE nudges SET state = 'cancelled' WHERE state = 'pending'").run();
});

interface OutboundState {
  state: string;
  attempts: number;
  twilio_sid: string | null;
  body: string;
}

async function outboundOf(userId: number): Promise<OutboundState[]> {
  const rows = await env.DB.prepare('SELECT state, attempts, twilio_sid, body FROM outbound WHERE user_id = ? ORDER BY id').bind(userId).all<OutboundState>();
  return rows.results;
}

async function nudgeState(id: number): Promise<string | undefined> {
  return (await env.DB.prepare('SELECT state FROM nudges WHERE id = ?').bind(id).first<{ state: string }>())?.state;
}

async function pendingCount(userId: number): Promise<number> {
  return (await env.DB.prepare("SELECT count(*) AS n FROM nudges WHERE user_id = ? AND state = 'pending'").bind(userId).first<{ n: number }>())?.n ?? 0;
}

/** One sweep at `at` whose D1 fails for everything after the claim: the run dies with the text left `sending`. */
async function sweepDyingAfterClaim(at: number, fetcher?: typeof fetch) {
  let claimed = false;
  const failing = failingD1(env.DB, (call) => {
    if (claimed) return true;
    if (call.kind === 'batch' && call.sql.some((sql) => /insert into "outbound"/.test(sql))) claimed = true;
    return false;
  });
  return sendDueNudges({ db: openDb(failing.db), settings: readSettings(env), now: at, ...(fetcher ? { fetcher } : {}) });
}

describe('a text a dead run left `sending`', () => {
  it('that Twilio did send is marked sent, moves the plan on, and is never texted again', async () => {
    const from = phoneNumber('212');
    const nudge = await dueNow(from, GRETA);
    const report = await sweepDyingAfterClaim(nudge.at);
    expect(report.errors).toBe(1);
    const [message] = await sentTo(from);
    expect(await sentTo(from)).toHaveLength(1);
    expect(await outboundOf(nudge.userId)).toEqual([{ state: 'sending', attempts: 1, twilio_sid: null, body: message?.body }]);
    expect(await nudgeState(nudge.id)).toBe('claimed');

    // not yet stale: a run this soon leaves it to its owner
    await runCron(nudge.at + 5 * MINUTE);
    expect(await outboundOf(nudge.userId)).toMatchObject([{ state: 'sending' }]);

    await runCron(nudge.at + 15 * MINUTE);
    expect(await outboundOf(nudge.userId)).toEqual([{ state: 'sent', attempts: 1, twilio_sid: message?.sid, body: message?.body }]);
    expect(await nudgeState(nudge.id)).toBe('sent');
    expect(await pendingCount(nudge.userId)).toBe(1);

    for (let at = nudge.at + 30 * MINUTE; at <= nudge.at + 3 * HOUR; at += 30 * MINUTE) await runCron(at);
    expect(await sentTo(from)).toHaveLength(1);
    expect(await outboundOf(nudge.userId)).toHaveLength(1);
    expect(await pendingCount(nudge.userId)).toBe(1);
  });

  it('that Twilio never got is sent again exactly once', async () => {
    const from = phoneNumber('212');
    const nudge = await dueNow(from, OMAR);
    const networkDown: typeof fetch = async () => {
      throw new TypeError('Network connection lost.');
    };
    const report = await sweepDyingAfterClaim(nudge.at, networkDown);
    expect(report.errors).toBe(1);
    expect(await sentTo(from)).toHaveLength(0);
    const [left] = await outboundOf(nudge.userId);
    expect(left).toMatchObject({ state: 'sending', attempts: 1, twilio_sid: null });

    await runCron(nudge.at + 15 * MINUTE);
    const sent = await sentTo(from);
    expect(sent).toHaveLength(1);
    expect(sent[0]?.body).toBe(left?.body);
    expect(await outboundOf(nudge.userId)).toEqual([{ state: 'sent', attempts: 2, twilio_sid: sent[0]?.sid, body: left?.body }]);
    expect(await nudgeState(nudge.id)).toBe('sent');

    for (let at = nudge.at + 30 * MINUTE; at <= nudge.at + 3 * HOUR; at += 30 * MINUTE) await runCron(at);
    expect(await sentTo(from)).toHaveLength(1);
    expect(await pendingCount(nudge.userId)).toBe(1);
  });
});

describe("one user's failure", () => {
  it.each([
    ['a nudge of a kind compose does not know', "UPDATE nudges SET kind = 'no-such-kind' WHERE id = ?1"],
    ['a time zone that does not exist', "UPDATE users SET time_zone = 'Mars/Olympus_Mons' WHERE id = (SELECT user_id FROM nudges WHERE id = ?1)"],
  ])('(%s) does not stop the sweep texting the next user', async (_label, corrupt) => {
    const broken = phoneNumber('212');
    const fine = phoneNumber('212');
    // the broken user comes first, so the sweep meets the failure before the healthy user
    const bad = await dueNow(broken, GRETA);
    const good = await dueNow(fine, OMAR);
    await env.DB.prepare(corrupt).bind(bad.id).run();

    await runCron(good.at);
    const sent = await sentTo(fine);
    expect(sent).toHaveLength(1);
    expect(sent[0]?.body).toContain('Omar');
    expect(await nudgeState(good.id)).toBe('sent');
    expect(await sentTo(broken)).toHaveLength(0);
    expect(await nudgeState(bad.id)).toBe('pending');
    expect(await outboundOf(bad.userId)).toEqual([]);

    // it keeps failing on its own, and the healthy user is never texted twice
    await runCron(good.at + 15 * MINUTE);
    expect(await sentTo(fine)).toHaveLength(1);
    expect(await sentTo(broken)).toHaveLength(0);
  });

  it('(a D1 error on its claim) is counted, the other user is texted, and it goes out once on the next run', async () => {
    const first = phoneNumber('212');
    const second = phoneNumber('212');
    const one = await dueNow(first, GRETA);
    const two = await dueNow(second, OMAR);
    const failing = failingD1(env.DB, firstMatching(/insert into "outbound"/, 'batch'));
    const report = await sendDueNudges({ db: openDb(failing.db), settings: readSettings(env), now: two.at });
    expect(failing.failed).toHaveLength(1);
    expect(report).toMatchObject({ sent: 1, errors: 1 });
    const texted = [(await sentTo(first)).length, (await sentTo(second)).length];
    expect(texted.sort()).toEqual([0, 1]);

    await runCron(two.at + 15 * MINUTE);
    await runCron(two.at + 30 * MINUTE);
    expect(await sentTo(first)).toHaveLength(1);
    expect(await sentTo(second)).toHaveLength(1);
    expect(await nudgeState(one.id)).toBe('sent');
    expect(await nudgeState(two.id)).toBe('sent');
  });

  it('(a throw while retrying its text) does not stop the retry of the next user', async () => {
    const broken = phoneNumber('212');
    const fine = phoneNumber('212');
    const bad = await dueNow(broken, GRETA);
    const good = await dueNow(fine, OMAR);
    await failNextSend(broken, 500);
    await failNextSend(fine, 500);
    await runCron(good.at);
    expect(await outboundOf(bad.userId)).toMatchObject([{ state: 'queued', attempts: 1 }]);
    expect(await outboundOf(good.userId)).toMatchObject([{ state: 'queued', attempts: 1 }]);
    await env.DB.prepare("UPDATE users SET time_zone = 'Mars/Olympus_Mons' WHERE id = ?").bind(bad.userId).run();

    await runCron(good.at + 15 * MINUTE);
    expect(await sentTo(fine)).toHaveLength(1);
    expect(await outboundOf(good.userId)).toMatchObject([{ state: 'sent', attempts: 2 }]);
    expect(await sentTo(broken)).toHaveLength(0);
    expect(await outboundOf(bad.userId)).toMatchObject([{ state: 'queued', attempts: 1 }]);
  });
});

describe('D1 round trips of a sent text', () => {
  it('after the claim, a fresh send records the outcome and moves the plan on in one batch', async () => {
    const from = phoneNumber('212');
    const nudge = await dueNow(from, GRETA);
    const counting = failingD1(env.DB, () => false);
    const report = await sendDueNudges({ db: openDb(counting.db), settings: readSettings(env), now: nudge.at });
    expect(report).toMatchObject({ sent: 1, errors: 0 });
    expect(await sentTo(from)).toHaveLength(1);
    const claim = counting.calls.findIndex((call) => call.sql.some((sql) => /insert into "outbound"/.test(sql)));
    const afterClaim = counting.calls.slice(claim + 1);
    expect(afterClaim).toHaveLength(1);
    expect(afterClaim[0]?.kind).toBe('batch');
    expect(afterClaim[0]?.sql.some((sql) => /^update "outbound" set "state" = \?, "twilio_sid"/.test(sql))).toBe(true);
    expect(await nudgeState(nudge.id)).toBe('sent');
    expect(await pendingCount(nudge.userId)).toBe(1);
  });
});

describe('migrations', () => {
  it('index user_id on inbound and export_tokens (0002), as the test setup applies them', async () => {
    const rows = await env.DB.prepare(
      "SELECT tbl_name, name FROM sqlite_master WHERE type = 'index' AND name IN ('inbound_user', 'export_tokens_user') ORDER BY name",
    ).all();
    expect(rows.results).toEqual([
      { tbl_name: 'export_tokens', name: 'export_tokens_user' },
      { tbl_name: 'inbound', name: 'inbound_user' },
    ]);
  });
});
