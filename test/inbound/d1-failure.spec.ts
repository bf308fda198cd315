// D1 failing mid-request or mid-sweep: an honest "please resend", never a false confirmation, the raw text kept when it
// can be, and a nudge that stays due and goes out exactly once when D1 is back.
import { createExecutionContext, waitOnExecutionContext } from 'cloudflare:test';
import { env } from 'cloudflare:workers';
import { beforeEach, describe, expect, it } from 'vitest';
import { app } from '../../src/app';
import { openDb } from '../../src/db/client';
import { RESEND_TEXT } from '../../src/conversation/replies';
import { readSettings } from '../../src/env';
import { sendDueNudges } from '../../src/jobs/send-due-nudges';
import { clock, HOUR, messageOf, messageSid, phoneNumber, runCron, sentTo, smsParams, text, twilioPost } from '../factories';
import { dueNow } from '../support/due-now';
import { failingD1, firstMatching, type D1Call } from '../support/failing-d1';

const NOTE = 'Met Greta Lind at the rowing club, loves sculling, greta@example.com';

interface Answer {
  status: number;
  contentType: string | null;
  reply: string | null;
}

/** Sends a signed text through the app with D1 replaced by one that fails where `failWhen` says. */
async function textWithFailingDb(from: string, body: string, failWhen: (call: D1Call) => boolean, sid = messageSid()) {
  const failing = failingD1(env.DB, failWhen);
  const ctx = createExecutionContext();
  const request = twilioPost('/twilio/sms', smsParams({ From: from, Body: body, MessageSid: sid }));
  // at the test's clock, like every other text of the test
  request.headers.set('x-kindling-simulated-now', String(clock()));
  const response = await app.fetch(request, { ...env, DB: failing.db }, ctx);
  await waitOnExecutionContext(ctx);
  const answer: Answer = { status: response.status, contentType: response.headers.get('content-type'), reply: messageOf(await response.text()) };
  return { answer, failed: failing.failed, calls: failing.calls };
}

function expectResend(answer: Answer) {
  expect(answer.status).toBe(200);
  expect(answer.contentType).toMatch(/^text\/xml/);
  expect(answer.reply).toBe(RESEND_TEXT);
}

async function inboundRow(sid: string) {
  return env.DB.prepare('SELECT body, state, reply FROM inbound WHERE sid = ?').bind(sid).first<{ body: string; state: string; reply: string | null }>();
}

async function countFor(phone: string, table: 'people' | 'notes' | 'nudges'): Promise<number> {
  const row = await env.DB.prepare(`SELECT count(*) AS n FROM ${table} t JOIN users u ON u.id = t.user_id WHERE u.phone = ?`)
    .bind(phone)
    .first<{ n: number }>();
  return row?.n ?? 0;
}

describe('D1 failing during an inbound text', () => {
  it('when the first write fails, the answer is "please resend", nothing is stored, and the resend is saved', async () => {
    const from = phoneNumber();
    const sid = messageSid();
    const { answer, failed } = await textWithFailingDb(from, NOTE, firstMatching(/insert into "inbound"/, 'batch'), sid);
    expect(failed).toHaveLength(1);
    expectResend(answer);
    expect(await inboundRow(sid)).toBeNull();
    const again = await text(from, NOTE);
    expect(again.reply).toContain('Greta');
    expect(await countFor(from, 'people')).toBe(1);
  });

  it('when the final write fails, the raw text is kept, marked failed, and nothing is half-saved', async () => {
    const from = phoneNumber();
    const sid = messageSid();
    const { answer, failed } = await textWithFailingDb(from, NOTE, firstMatching(/insert into "people"/, 'batch'), sid);
    expect(failed).toHaveLength(1);
    expectResend(answer);
    expect(answer.reply).not.toMatch(/Saved|Greta/);
    expect(await inboundRow(sid)).toEqual({ body: NOTE, state: 'failed', reply: RESEND_TEXT });
    expect(await countFor(from, 'people')).toBe(0);
    expect(await countFor(from, 'notes')).toBe(0);
    expect(await countFor(from, 'nudges')).toBe(0);
    // the user does as asked: the resend saves Greta once, with no "same person?" question about a ghost
    const again = await text(from, NOTE);
    expect(again.reply).toMatch(/Saved Greta/);
    expect(await countFor(from, 'people')).toBe(1);
    expect(await countFor(from, 'notes')).toBe(1);
  });

  it('the reads travel in the batch that stores the text: when one fails, nothing is stored, the answer is "please resend" and the resend is saved', async () => {
    const from = phoneNumber();
    const sid = messageSid();
    const { answer, failed } = await textWithFailingDb(from, NOTE, firstMatching(/^select .* from "people"/), sid);
    expect(failed).toHaveLength(1);
    expect(failed[0]?.sql.some((sql) => /insert into "inbound"/.test(sql))).toBe(true);
    expectResend(answer);
    expect(await inboundRow(sid)).toBeNull();
    expect(await countFor(from, 'people')).toBe(0);
    const again = await text(from, NOTE);
    expect(again.reply).toMatch(/Saved Greta/);
  });

  it('when D1 goes away after the raw text is stored, the text stays stored and the answer is still 200 "please resend"', async () => {
    const from = phoneNumber();
    const sid = messageSid();
    const { answer, failed, calls } = await textWithFailingDb(from, NOTE, (call) => call.index > 0, sid);
    expect(calls[0]?.sql.some((sql) => /insert into "inbound"/.test(sql))).toBe(true);
    expect(failed.length).toBeGreaterThanOrEqual(2); // the handling and the attempt to mark it failed
    expectResend(answer);
    expect(await inboundRow(sid)).toEqual({ body: NOTE, state: 'received', reply: null });
    expect(await countFor(from, 'people')).toBe(0);
  });

  it.each([
    ['who is Greta?', /^select .* from "people"/, undefined, null],
    ['Greta: moving to Oslo in March', /update "people"/, 'batch', null],
    ['yes', /delete from "people"/, 'batch', 'forget Greta'],
    ['keep Greta', /update "people"/, 'batch', null],
    ['snooze Greta 3 days', /insert into "nudges"/, 'batch', null],
    ['list', /from "people"/, 'batch', null],
    ['export', /insert into "export_tokens"/, 'batch', null],
  ] as const)('a command (%s) whose D1 work fails confirms nothing and changes nothing', async (command, pattern, kind, asked) => {
    const from = phoneNumber();
    await text(from, NOTE);
    // FORGET asks first: the erasing is the answer's work
    if (asked) await text(from, asked);
    const snapshot = async () => ({
      people: (await env.DB.prepare('SELECT p.* FROM people p JOIN users u ON u.id = p.user_id WHERE u.phone = ?').bind(from).all()).results,
      nudges: (await env.DB.prepare('SELECT n.* FROM nudges n JOIN users u ON u.id = n.user_id WHERE u.phone = ?').bind(from).all()).results,
      tokens: (await env.DB.prepare('SELECT e.* FROM export_tokens e JOIN users u ON u.id = e.user_id WHERE u.phone = ?').bind(from).all()).results,
    });
    const before = await snapshot();
    const { answer, failed } = await textWithFailingDb(from, command, firstMatching(pattern, kind));
    expect(failed).toHaveLength(1);
    expectResend(answer);
    expect(await snapshot()).toEqual(before);
  });

  it('a status callback during an outage is a 204, never a 5xx', async () => {
    const failing = failingD1(env.DB, () => true);
    const ctx = createExecutionContext();
    const response = await app.fetch(
      twilioPost('/twilio/status', {
        MessageSid: 'SM11111111111111111111111111111111',
        MessageStatus: 'delivered',
        AccountSid: 'AC00000000000000000000000000000000',
      }),
      { ...env, DB: failing.db },
      ctx,
    );
    await waitOnExecutionContext(ctx);
    expect(response.status).toBe(204);
    expect(failing.failed).toHaveLength(1);
  });
});

describe('D1 failing during the cron sweep', () => {
  const settings = () => readSettings(env);

  // each test here owns the only pending nudge in this file's database
  beforeEach(async () => {
    await env.DB.prepare("UPDATE nudges SET state = 'cancelled' WHERE state = 'pending'").run();
  });

  async function dueNudge(from: string) {
    await text(from, NOTE);
    const row = await env.DB.prepare("SELECT n.id, n.due_at FROM nudges n JOIN users u ON u.id = n.user_id WHERE u.phone = ? AND n.state = 'pending'")
      .bind(from)
      .first<{ id: number; due_at: number }>();
    if (!row) throw new Error('no pending nudge');
    return row;
  }

  async function nudgeState(id: number) {
    return (await env.DB.prepare('SELECT state FROM nudges WHERE id = ?').bind(id).first<{ state: string }>())?.state;
  }

  async function outboundRows(from: string) {
    return (await env.DB.prepare('SELECT o.state FROM outbound o JOIN users u ON u.id = o.user_id WHERE u.phone = ?').bind(from).all()).results;
  }

  it.each([
    // the sweep's own query fails the run; a user's claim fails only that user, counted in the report
    ['the query for due nudges', firstMatching(/from "nudges"/), 'run'],
    ['the claim', firstMatching(/insert into "outbound"/, 'batch'), 'user'],
  ] as const)('when %s fails, the nudge stays pending and a later healthy run sends it exactly once', async (_label, failWhen, fails) => {
    const from = phoneNumber('212');
    const nudge = await dueNudge(from);
    const failing = failingD1(env.DB, failWhen);
    const sweep = sendDueNudges({ db: openDb(failing.db), settings: settings(), now: nudge.due_at });
    if (fails === 'run') await expect(sweep).rejects.toThrow();
    else expect(await sweep).toMatchObject({ sent: 0, errors: 1 });
    expect(failing.failed).toHaveLength(1);
    expect(await nudgeState(nudge.id)).toBe('pending');
    expect(await outboundRows(from)).toEqual([]);
    expect(await sentTo(from)).toHaveLength(0);

    await runCron(nudge.due_at + 15 * 60_000);
    await runCron(nudge.due_at + 30 * 60_000);
    await runCron(nudge.due_at + HOUR);
    expect(await sentTo(from)).toHaveLength(1);
    expect(await nudgeState(nudge.id)).toBe('sent');
    expect(await outboundRows(from)).toEqual([{ state: 'sent' }]);
  });

  it('when D1 fails right after Twilio took the text, later runs never send it again and record it as sent', async () => {
    const from = phoneNumber('212');
    // at the wall clock: a later run asks the Twilio stand-in, which dates its messages by the wall clock, what it sent
    const nudge = await dueNow(from, NOTE);
    let claimed = false;
    const failing = failingD1(env.DB, (call) => {
      if (claimed) return true;
      if (call.kind === 'batch' && call.sql.some((sql) => /insert into "outbound"/.test(sql))) claimed = true;
      return false;
    });
    expect(await sendDueNudges({ db: openDb(failing.db), settings: settings(), now: nudge.at })).toMatchObject({ sent: 0, errors: 1 });
    const [sent] = await sentTo(from);
    expect(await sentTo(from)).toHaveLength(1);
    for (let at = nudge.at + 15 * 60_000; at <= nudge.at + 2 * 24 * HOUR; at += HOUR) await runCron(at);
    const later = await sentTo(from);
    expect(later.filter((message) => message.body === sent?.body)).toHaveLength(1);
    const row = await env.DB.prepare('SELECT state, twilio_sid FROM outbound WHERE twilio_sid = ?')
      .bind(sent?.sid ?? '')
      .first();
    expect(row).toEqual({ state: 'sent', twilio_sid: sent?.sid });
    expect(await nudgeState(nudge.id)).toBe('sent');
  });
});
