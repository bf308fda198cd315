// The same nudge through every way a send can fail at the Twilio stand-in, at fixed clocks: the stand-in accepts exactly
// one text per nudge, none for an opted-out, paused or no-longer-allowed number, and a person's plan goes on after a
// text is given up. Plus the send outcome rules (twilio/send.ts) and the queue consumer's clock.
import { env } from 'cloudflare:workers';
import { describe, expect, it, vi } from 'vitest';
import type { StandinFailure } from '../../dev/twilio-standin.mjs';
import { openDb } from '../../src/db/client';
import { MAX_UNCERTAIN_AGE_MS } from '../../src/db/outbound';
import { readSettings } from '../../src/env';
import { sendDueNudges, sendQueuedUser } from '../../src/jobs/send-due-nudges';
import { findSent, sendMessage, type SendOutcome, type TwilioAccount } from '../../src/twilio/send';
import { CLOCKS, DAY, HOUR, phoneNumber, post, runCron, SHORT_TIMEOUT_ENV, sentTo, setClock, text, twilioPost } from '../factories';
import { rowsOf } from '../support/rows';

// each case steps the cron through hours of simulated time
vi.setConfig({ testTimeout: 60_000 });

const SARAH = "Met Sarah at the climbing gym, she's into bouldering and runs a pottery studio. 917-555-0199";
const JAKE = 'Met Jake at the networking event, works on a fintech startup, jake@example.com';
const MINUTE = 60_000;
const ZONE = 'America/New_York';

/** The two clocks every core case runs at: a plain weekday evening, and the Saturday night before DST starts. */
const AT = [
  ['weekdayEvening', CLOCKS.weekdayEvening],
  ['beforeSpringForward', CLOCKS.beforeSpringForward],
] as const;

/** Makes the stand-in fail the next `times` sends to `to` in the given way. */
async function failNext(to: string, failure: StandinFailure, times = 1): Promise<void> {
  const response = await fetch('http://twilio.test/__standin/fail', { method: 'POST', body: JSON.stringify({ failure, times, to }) });
  if (!response.ok) throw new Error(`stand-in refused: ${await response.text()}`);
}

interface OutboundRow {
  id: number;
  state: string;
  attempts: number;
  twilio_sid: string | null;
  error_code: number | null;
  body: string;
}

interface NudgeRow {
  id: number;
  person_id: number;
  kind: string;
  state: string;
  due_at: number;
  outbound_id: number | null;
}

async function userId(phone: string): Promise<number> {
  const row = await env.DB.prepare('SELECT id FROM users WHERE phone = ?').bind(phone).first<{ id: number }>();
  if (!row) throw new Error('no such user');
  return row.id;
}

async function outboundOf(phone: string): Promise<OutboundRow[]> {
  return rowsOf<OutboundRow>('outbound', phone, ['id', 'state', 'attempts', 'twilio_sid', 'error_code', 'body']);
}

async function nudgesOf(phone: string): Promise<NudgeRow[]> {
  return rowsOf<NudgeRow>('nudges', phone, ['id', 'person_id', 'kind', 'state', 'due_at', 'outbound_id']);
}

/** Texts a note at `at` and returns the pending nudge it planned. */
async function noteAt(phone: string, note: string, at: number): Promise<NudgeRow> {
  setClock(at);
  await text(phone, note);
  const pending = (await nudgesOf(phone)).filter((nudge) => nudge.state === 'pending');
  const first = pending[0];
  if (!first) throw new Error('no pending nudge');
  return first;
}

/** Runs the cron every 15 minutes over [from, to]. */
async function sweepEvery15(from: number, to: number, bindings: Env = env): Promise<void> {
  for (let at = from; at <= to; at += 15 * MINUTE) await runCron(at, bindings);
}

/**
 * What the stand-in accepted for a number, held against the outbound rows: every accepted text is one recorded text,
 * every recorded text was accepted once, and no body went twice. Returns the accepted texts.
 */
async function expectOneTextPerNudge(phone: string) {
  const accepted = await sentTo(phone);
  const recorded = (await outboundOf(phone)).filter((row) => row.twilio_sid !== null);
  expect(accepted.map((message) => message.sid).sort()).toEqual(recorded.map((row) => row.twilio_sid).sort());
  expect(new Set(accepted.map((message) => message.body)).size).toBe(accepted.length);
  const nudges = await nudgesOf(phone);
  for (const row of recorded) expect(nudges.filter((nudge) => nudge.outbound_id === row.id).length).toBeGreaterThan(0);
  return accepted;
}

async function statusCallback(sid: string, status: string, errorCode?: number) {
  const params: Record<string, string> = { MessageSid: sid, MessageStatus: status, AccountSid: 'AC00000000000000000000000000000000' };
  if (errorCode !== undefined) params.ErrorCode = String(errorCode);
  return post(twilioPost('/twilio/status', params));
}

function localHour(at: number): number {
  return Number(new Intl.DateTimeFormat('en-US', { hour: 'numeric', hourCycle: 'h23', timeZone: ZONE }).format(at));
}

describe('the same nudge through a failure that may recover', () => {
  // attempts: how many POSTs the text took. accept-then-*: Twilio took the first, and the lookup finds it.
  const MODES: [StandinFailure, number][] = [
    [500, 2],
    [429, 2],
    [502, 2],
    [503, 2],
    ['timeout', 2],
    ['accept-then-504', 1],
    ['accept-then-drop', 1],
  ];
  const CASES = AT.flatMap(([clockName, at]) => MODES.map(([failure, attempts]) => [failure, clockName, at, attempts] as const));

  it.each(CASES)('%s at %s: the stand-in accepts exactly one text for it', async (failure, _clockName, at, attempts) => {
    const from = phoneNumber('212');
    const nudge = await noteAt(from, SARAH, at);
    await failNext(from, failure);
    const bindings = failure === 'timeout' ? SHORT_TIMEOUT_ENV : env;
    await sweepEvery15(nudge.due_at, nudge.due_at + HOUR, bindings);
    // later runs find nothing more to send for it
    for (const later of [2 * HOUR, 6 * HOUR, 12 * HOUR]) await runCron(nudge.due_at + later, bindings);

    const accepted = await expectOneTextPerNudge(from);
    expect(accepted).toHaveLength(1);
    expect(accepted[0]?.body).toContain('Sarah');
    const rows = await outboundOf(from);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ state: 'sent', attempts, twilio_sid: accepted[0]?.sid });
    const nudges = await nudgesOf(from);
    expect(nudges.find((row) => row.id === nudge.id)).toMatchObject({ state: 'sent', outbound_id: rows[0]?.id });
    // the plan moved on: one pending next step
    expect(nudges.filter((row) => row.state === 'pending')).toHaveLength(1);
  });
});

describe('the same nudge through a failure that ends it', () => {
  it.each(AT)('21610 at %s: nothing is accepted, the number is opted out, and nothing is ever sent to it', async (_name, at) => {
    const from = phoneNumber('212');
    const nudge = await noteAt(from, SARAH, at);
    await failNext(from, 21610);
    await sweepEvery15(nudge.due_at, nudge.due_at + HOUR);
    const jake = await noteAt(from, JAKE, nudge.due_at + 2 * HOUR);
    for (let run = jake.due_at - HOUR; run <= nudge.due_at + 5 * DAY; run += 3 * HOUR) await runCron(run);
    expect(await sentTo(from)).toHaveLength(0);
    expect((await env.DB.prepare('SELECT opted_out FROM users WHERE phone = ?').bind(from).first<{ opted_out: number }>())?.opted_out).toBe(1);
    expect(await outboundOf(from)).toMatchObject([{ state: 'failed', error_code: 21610 }]);
    expect((await nudgesOf(from)).filter((row) => row.state === 'pending' || row.state === 'claimed')).toEqual([]);
  });

  it.each(AT)('21211 at %s: nothing is accepted, the text fails once for good, and nothing more is planned', async (_name, at) => {
    const from = phoneNumber('212');
    const nudge = await noteAt(from, SARAH, at);
    await failNext(from, 21211);
    await sweepEvery15(nudge.due_at, nudge.due_at + HOUR);
    for (let run = nudge.due_at + 2 * HOUR; run <= nudge.due_at + 4 * DAY; run += 4 * HOUR) await runCron(run);
    expect(await sentTo(from)).toHaveLength(0);
    expect(await outboundOf(from)).toMatchObject([{ state: 'failed', error_code: 21211, attempts: 1 }]);
    const nudges = await nudgesOf(from);
    expect(nudges.find((row) => row.id === nudge.id)?.state).toBe('failed');
    expect(nudges.filter((row) => row.state === 'pending')).toEqual([]);
  });

  it.each(AT)('out-of-order status callbacks at %s: delivery only moves forward and the text is accepted once', async (_name, at) => {
    const from = phoneNumber('212');
    const nudge = await noteAt(from, SARAH, at);
    await runCron(nudge.due_at);
    const [sent] = await sentTo(from);
    const sid = sent?.sid ?? '';
    expect((await statusCallback(sid, 'delivered')).status).toBe(204);
    await statusCallback(sid, 'sent');
    await statusCallback(sid, 'queued');
    for (const later of [15 * MINUTE, HOUR, 6 * HOUR]) await runCron(nudge.due_at + later);
    expect(await expectOneTextPerNudge(from)).toHaveLength(1);
    expect(await outboundOf(from)).toMatchObject([{ state: 'delivered', attempts: 1, twilio_sid: sid }]);
  });

  it.each(AT)('21610 in a later status callback at %s: the number is opted out, its nudges held, and the next step never sent', async (_name, at) => {
    const from = phoneNumber('212');
    const nudge = await noteAt(from, SARAH, at);
    await runCron(nudge.due_at);
    const [sent] = await sentTo(from);
    await statusCallback(sent?.sid ?? '', 'sent');
    expect((await statusCallback(sent?.sid ?? '', 'undelivered', 21610)).status).toBe(204);
    const user = await env.DB.prepare('SELECT opted_out FROM users WHERE phone = ?').bind(from).first<{ opted_out: number }>();
    expect(user?.opted_out).toBe(1);
    const nudges = await nudgesOf(from);
    expect(nudges.filter((row) => row.state === 'pending')).toEqual([]);
    const held = nudges.filter((row) => row.state === 'held');
    expect(held).toHaveLength(1);
    // past the time the next step was planned for, nothing more went out
    for (let run = nudge.due_at + HOUR; run <= (held[0]?.due_at ?? 0) + DAY; run += 6 * HOUR) await runCron(run);
    expect(await sentTo(from)).toHaveLength(1);
    expect(await outboundOf(from)).toMatchObject([{ state: 'undelivered', error_code: 21610 }]);
  });
});

describe('retries pass the checks of a first send', () => {
  it.each(AT)('at %s, a text refused before PAUSE is not sent while paused, and comes back after', async (_name, at) => {
    const from = phoneNumber('212');
    const nudge = await noteAt(from, SARAH, at);
    await failNext(from, 500);
    await runCron(nudge.due_at);
    expect(await outboundOf(from)).toMatchObject([{ state: 'queued' }]);
    setClock(nudge.due_at + 5 * MINUTE);
    await text(from, 'pause 3 days');
    await sweepEvery15(nudge.due_at + 15 * MINUTE, nudge.due_at + 2 * HOUR);
    for (let run = nudge.due_at + 3 * HOUR; run < nudge.due_at + 3 * DAY - HOUR; run += 3 * HOUR) await runCron(run);
    expect(await sentTo(from)).toHaveLength(0);
    expect(await outboundOf(from)).toMatchObject([{ state: 'cancelled' }]);
    expect((await nudgesOf(from)).find((row) => row.id === nudge.id)?.state).toBe('pending');
    // after the pause, it goes out once
    for (let run = nudge.due_at + 3 * DAY; run <= nudge.due_at + 4 * DAY; run += HOUR) await runCron(run);
    expect(await expectOneTextPerNudge(from)).toHaveLength(1);
  });

  it('a combined text refused before one of its people is forgotten goes out for the others, without them', async () => {
    const from = phoneNumber('212');
    const sarah = await noteAt(from, SARAH, CLOCKS.weekdayEvening);
    await text(from, JAKE);
    await failNext(from, 500);
    await runCron(sarah.due_at);
    const [refused] = await outboundOf(from);
    expect(refused?.body).toContain('Sarah');
    expect(refused?.body).toContain('Jake');
    setClock(sarah.due_at + 5 * MINUTE);
    expect((await text(from, 'forget Sarah')).reply).toMatch(/Sarah/);
    expect((await text(from, 'yes')).reply).toMatch(/Forgot Sarah/);
    await runCron(sarah.due_at + 15 * MINUTE);
    const accepted = await expectOneTextPerNudge(from);
    expect(accepted).toHaveLength(1);
    expect(accepted[0]?.body).toContain('Jake');
    expect(accepted[0]?.body).not.toContain('Sarah');
    const nudges = await nudgesOf(from);
    expect(nudges.filter((row) => row.state === 'failed')).toEqual([]);
    expect(nudges.filter((row) => row.state === 'sent')).toHaveLength(1);
  });

  it("a combined text Twilio may hold, emptied by FORGET, is never resent: it is given up and the others' plans go on", async () => {
    const from = phoneNumber('212');
    const sarah = await noteAt(from, SARAH, CLOCKS.weekdayEvening);
    await text(from, JAKE);
    await failNext(from, 'accept-then-504');
    await runCron(sarah.due_at);
    expect(await outboundOf(from)).toMatchObject([{ state: 'uncertain' }]);
    setClock(sarah.due_at + 5 * MINUTE);
    await text(from, 'forget Sarah');
    expect((await text(from, 'yes')).reply).toMatch(/Forgot Sarah/);
    await sweepEvery15(sarah.due_at + 15 * MINUTE, sarah.due_at + 2 * HOUR);
    // the one text Twilio took, and nothing more
    expect(await sentTo(from)).toHaveLength(1);
    expect(await outboundOf(from)).toMatchObject([{ state: 'failed', body: '' }]);
    const nudges = await nudgesOf(from);
    expect(nudges.filter((row) => row.state === 'claimed')).toEqual([]);
    expect(nudges.filter((row) => row.state === 'pending')).toHaveLength(1);
  });

  it('a text refused for a number since taken out of ALLOWED_NUMBERS is not sent again', async () => {
    const from = phoneNumber('212');
    const nudge = await noteAt(from, SARAH, CLOCKS.weekdayEvening);
    await failNext(from, 500);
    await runCron(nudge.due_at);
    const settings = { ...readSettings(env), ALLOWED_NUMBERS: ['+15555550100'] };
    for (let run = nudge.due_at + 15 * MINUTE; run <= nudge.due_at + 2 * HOUR; run += 15 * MINUTE) {
      await sendDueNudges({ db: openDb(env.DB), settings, now: run });
    }
    expect(await sentTo(from)).toHaveLength(0);
    expect(await outboundOf(from)).toMatchObject([{ state: 'cancelled' }]);
    const pending = (await nudgesOf(from)).find((row) => row.id === nudge.id);
    expect(pending?.state).toBe('pending');
    expect(pending?.due_at).toBeGreaterThan(nudge.due_at + DAY - HOUR);
  });
});

describe('giving up', () => {
  it.each(AT)("at %s, after six refusals the text is failed and the person's plan goes on: the next step is sent", async (_name, at) => {
    const from = phoneNumber('212');
    const nudge = await noteAt(from, SARAH, at);
    await failNext(from, 500, 6);
    await sweepEvery15(nudge.due_at, nudge.due_at + 8 * HOUR);
    expect(await sentTo(from)).toHaveLength(0);
    expect(await outboundOf(from)).toMatchObject([{ state: 'failed', attempts: 6, error_code: 20500 }]);
    const nudges = await nudgesOf(from);
    expect(nudges.find((row) => row.id === nudge.id)?.state).toBe('failed');
    const next = nudges.filter((row) => row.state === 'pending');
    expect(next).toHaveLength(1);
    expect(next[0]?.due_at).toBeGreaterThan(nudge.due_at);
    await runCron(next[0]?.due_at ?? 0);
    const accepted = await expectOneTextPerNudge(from);
    expect(accepted).toHaveLength(1);
    expect(accepted[0]?.body).toContain('Sarah');
  });

  it.each(AT)('at %s, a text Twilio never confirms is given up after its maximum age, never sent late, and the plan goes on', async (_name, at) => {
    const from = phoneNumber('212');
    const nudge = await noteAt(from, SARAH, at);
    await failNext(from, 'timeout', 20);
    await sweepEvery15(nudge.due_at, nudge.due_at + 6 * HOUR + 30 * MINUTE, SHORT_TIMEOUT_ENV);
    expect(await sentTo(from)).toHaveLength(0);
    const [row] = await outboundOf(from);
    expect(row?.state).toBe('failed');
    const nudges = await nudgesOf(from);
    expect(nudges.filter((other) => other.state === 'claimed')).toEqual([]);
    expect(nudges.find((other) => other.id === nudge.id)?.state).toBe('failed');
    expect(nudges.filter((other) => other.state === 'pending')).toHaveLength(1);
    // hours later nothing of it goes out
    for (let run = nudge.due_at + 7 * HOUR; run <= nudge.due_at + 12 * HOUR; run += HOUR) await runCron(run);
    expect((await sentTo(from)).filter((message) => message.body === row?.body)).toHaveLength(0);
    expect(MAX_UNCERTAIN_AGE_MS).toBeLessThanOrEqual(6 * HOUR);
  });
});

describe('the queue consumer', () => {
  it('decides at the real clock when a message arrives hours after the sweep: no text at 03:41, the nudge waits for 09:00', async () => {
    const from = phoneNumber('212');
    const nudge = await noteAt(from, SARAH, CLOCKS.weekdayEvening);
    // the sweep that enqueued it ran in the window; the message is consumed at 03:41 the next night
    const sweptAt = nudge.due_at;
    const consumedAt = Date.UTC(2026, 2, 6, 8, 41);
    expect(localHour(consumedAt)).toBe(3);
    const report = await sendQueuedUser({ db: openDb(env.DB), settings: readSettings(env), now: sweptAt, clock: () => consumedAt }, await userId(from));
    expect(report).toMatchObject({ sent: 0, deferred: 1 });
    expect(await sentTo(from)).toHaveLength(0);
    const waiting = (await nudgesOf(from)).find((row) => row.id === nudge.id);
    expect(waiting?.state).toBe('pending');
    expect(localHour(waiting?.due_at ?? 0)).toBe(9);
    expect(waiting?.due_at).toBeGreaterThan(consumedAt);
  });

  it('in time, it sends as the sweep would have', async () => {
    const from = phoneNumber('212');
    const nudge = await noteAt(from, SARAH, CLOCKS.weekdayEvening);
    const report = await sendQueuedUser(
      { db: openDb(env.DB), settings: readSettings(env), now: nudge.due_at, clock: () => nudge.due_at + 2 * MINUTE },
      await userId(from),
    );
    expect(report).toMatchObject({ sent: 1 });
    expect(await expectOneTextPerNudge(from)).toHaveLength(1);
  });
});

describe('ALLOWED_NUMBERS in the sweep', () => {
  it('a number not allowed gets no nudge; the nudge waits a day and goes once the number is allowed again', async () => {
    const from = phoneNumber('212');
    const nudge = await noteAt(from, SARAH, CLOCKS.weekdayEvening);
    const db = openDb(env.DB);
    const restricted = { ...readSettings(env), ALLOWED_NUMBERS: ['+15555550100'] };
    expect(await sendDueNudges({ db, settings: restricted, now: nudge.due_at })).toMatchObject({ sent: 0, deferred: 1 });
    expect(await sentTo(from)).toHaveLength(0);
    const waiting = (await nudgesOf(from)).find((row) => row.id === nudge.id);
    expect(waiting?.state).toBe('pending');
    expect(waiting?.due_at).toBeGreaterThan(nudge.due_at + DAY - HOUR);
    const allowed = { ...readSettings(env), ALLOWED_NUMBERS: [from] };
    expect(await sendDueNudges({ db, settings: allowed, now: waiting?.due_at ?? 0 })).toMatchObject({ sent: 1 });
    expect(await expectOneTextPerNudge(from)).toHaveLength(1);
  });
});

describe('looking a text up at Twilio', () => {
  const account: TwilioAccount = {
    apiBase: 'http://twilio.test',
    accountSid: 'AC00000000000000000000000000000000',
    authToken: 'test-auth-token',
    from: '+15005550006',
    timeoutMs: 2_000,
  };

  it('finds a text Twilio still has queued (no DateSent yet), newest first, by its body', async () => {
    const to = phoneNumber('646');
    const first = await sendMessage(account, { to, body: 'the same words' });
    await sendMessage(account, { to, body: 'other words' });
    const again = await sendMessage(account, { to, body: 'the same words' });
    expect(first.type).toBe('sent');
    expect(again.type).toBe('sent');
    const sids = [again, first].map((outcome) => (outcome.type === 'sent' ? outcome.sid : ''));
    expect(await findSent(account, to, 'the same words')).toEqual({ type: 'listed', sids });
    expect(await findSent(account, to, 'never sent')).toEqual({ type: 'listed', sids: [] });
    // the stand-in lists like Twilio: a DateSent filter leaves out what is still queued
    const url = `http://twilio.test/2010-04-01/Accounts/${account.accountSid}/Messages.json?${new URLSearchParams({ To: to, 'DateSent>': '2000-01-01' })}`;
    const filtered = await fetch(url, { headers: { authorization: `Basic ${btoa(`${account.accountSid}:${account.authToken}`)}` } });
    expect(((await filtered.json()) as { messages: unknown[] }).messages).toEqual([]);
  });

  it('says it cannot tell when Twilio cannot be asked', async () => {
    const down: typeof fetch = async () => {
      throw new TypeError('Network connection lost.');
    };
    expect(await findSent(account, '+12125550100', 'x', down)).toEqual({ type: 'unknown' });
    const broken: typeof fetch = async () => new Response('oops', { status: 503 });
    expect(await findSent(account, '+12125550100', 'x', broken)).toEqual({ type: 'unknown' });
  });
});

describe('send outcomes', () => {
  const account: TwilioAccount = { apiBase: 'https://api.twilio.test', accountSid: 'AC1', authToken: 'token', from: '+15005550006', timeoutMs: 50 };
  const twilioJson = (status: number, code: number) =>
    new Response(JSON.stringify({ code, message: 'x', status }), { status, headers: { 'content-type': 'application/json' } });
  const page = (status: number) => new Response(`<html>${status}</html>`, { status, headers: { 'content-type': 'text/html' } });

  it.each<[string, SendOutcome['type'], () => Response | Promise<Response>]>([
    ['201 with a sid', 'sent', () => new Response(JSON.stringify({ sid: 'SM1' }), { status: 201 })],
    ['201 without a sid', 'uncertain', () => new Response('{}', { status: 201 })],
    ['201 with a body that is not JSON', 'uncertain', () => new Response('<html>', { status: 201 })],
    ['429', 'retry', () => twilioJson(429, 20429)],
    ['400 with 20429', 'retry', () => twilioJson(400, 20429)],
    ['500 with Twilio JSON', 'retry', () => twilioJson(500, 20500)],
    ['500 with a page', 'uncertain', () => page(500)],
    ['500 with an empty body', 'uncertain', () => new Response(null, { status: 500 })],
    ['502 page', 'uncertain', () => page(502)],
    ['503 with Twilio JSON', 'uncertain', () => twilioJson(503, 20503)],
    ['504 page', 'uncertain', () => page(504)],
    ['504 with Twilio JSON', 'uncertain', () => twilioJson(504, 20504)],
    ['a lost connection', 'uncertain', () => Promise.reject(new TypeError('Network connection lost.'))],
    ['a timeout', 'uncertain', () => Promise.reject(new DOMException('timed out', 'TimeoutError'))],
    ['21610', 'unsubscribed', () => twilioJson(400, 21610)],
    ['21211', 'rejected', () => twilioJson(400, 21211)],
    ['401', 'rejected', () => twilioJson(401, 20003)],
  ])('%s: %s', async (_label, type, answer) => {
    const fetcher: typeof fetch = async () => answer();
    expect((await sendMessage(account, { to: '+12125550100', body: 'hi' }, fetcher)).type).toBe(type);
  });
});
