// Nudges on WhatsApp through the Worker's cron: free form inside the 24-hour window, the template outside it, 63016
// handled, held (never SMS) with no template, opt-out on every channel, SMS users unchanged. The user's channel and last
// inbound WhatsApp time are set in D1 (the inbound wiring comes later); the stand-in enforces WhatsApp's rule.
import { createExecutionContext, createScheduledController, waitOnExecutionContext } from 'cloudflare:test';
import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { createTwilioStandin } from '../../dev/twilio-standin.mjs';
import { WHATSAPP_MAX_CHARS } from '../../src/channels/whatsapp';
import { segmentCount } from '../../src/domain/sms-length';
import worker from '../../src/index';
import { findSent, flattenWhitespace, sendMessage, type TwilioAccount } from '../../src/twilio/send';
import { CLOCKS, CRON, DAY, HOUR, phoneNumber, setClock, text } from '../factories';
import { rowsOf } from '../support/rows';

const MINUTE = 60_000;
const FROM = 'whatsapp:+14155238886';
const TEMPLATE = 'HX0123456789abcdef0123456789abcdef';
const SARAH = "Met Sarah at the climbing gym, she's into bouldering and runs a pottery studio. 917-555-0199";
const JAKE = 'Met Jake at the networking event, works on a fintech startup, jake@example.com';

/** The test bindings with WhatsApp on: with the nudge template, without it, and without an SMS sender either. */
const WITH_TEMPLATE = { ...env, TWILIO_WHATSAPP_FROM: FROM, TWILIO_WHATSAPP_NUDGE_CONTENT_SID: TEMPLATE };
const NO_TEMPLATE = { ...env, TWILIO_WHATSAPP_FROM: FROM };
const WHATSAPP_ONLY = { ...env, TWILIO_WHATSAPP_FROM: FROM, TWILIO_PHONE_NUMBER: '' };

interface Accepted {
  sid: string;
  to: string;
  from: string | null;
  body: string;
  channel: 'sms' | 'whatsapp';
  contentSid: string | null;
  contentVariables: Record<string, string> | null;
}

const whatsapp = (phone: string) => `whatsapp:${phone}`;

async function standin(path: string, payload: object): Promise<void> {
  const response = await fetch(`http://twilio.test/__standin/${path}`, { method: 'POST', body: JSON.stringify(payload) });
  if (!response.ok) throw new Error(`stand-in refused ${path}: ${await response.text()}`);
}

/** What the stand-in accepted for one address (`+E164` or `whatsapp:+E164`). */
async function acceptedFor(to: string): Promise<Accepted[]> {
  return (await fetch(`http://twilio.test/__standin/messages?to=${encodeURIComponent(to)}`)).json();
}

/** Runs the cron at `at` with these bindings; the stand-in's clock for the user's WhatsApp address reads `at` too. */
async function runCronWith(bindings: Env, at: number, phone: string): Promise<void> {
  await standin('clock', { to: whatsapp(phone), at });
  const controller = createScheduledController({ scheduledTime: at, cron: CRON });
  const ctx = createExecutionContext();
  await worker.scheduled(controller, bindings, ctx);
  await waitOnExecutionContext(ctx);
}

/** A new user who noted Sarah at `at`; returns the first nudge's due time. */
async function userWithNudge(phone: string, at = CLOCKS.weekdayEvening): Promise<number> {
  setClock(at);
  await text(phone, SARAH);
  const nudge = await env.DB.prepare("SELECT n.due_at FROM nudges n JOIN users u ON u.id = n.user_id WHERE u.phone = ? AND n.state = 'pending'")
    .bind(phone)
    .first<{ due_at: number }>();
  if (!nudge) throw new Error('no pending nudge');
  return nudge.due_at;
}

/** The user's channel and last inbound WhatsApp time, as the inbound wiring will record them. */
async function setChannel(phone: string, channel: 'sms' | 'whatsapp', lastInboundAt: number | null): Promise<void> {
  await env.DB.prepare('UPDATE users SET channel = ?, whatsapp_last_inbound_at = ? WHERE phone = ?').bind(channel, lastInboundAt, phone).run();
}

/** A WhatsApp user wrote at `at`: recorded in D1 and told to the stand-in, as the inbound path and Twilio both know it. */
async function wroteOnWhatsApp(phone: string, at: number): Promise<void> {
  await setChannel(phone, 'whatsapp', at);
  await standin('whatsapp-inbound', { to: whatsapp(phone), at });
}

async function userRow(phone: string) {
  return env.DB.prepare('SELECT channel, whatsapp_last_inbound_at, opted_out FROM users WHERE phone = ?')
    .bind(phone)
    .first<{ channel: string; whatsapp_last_inbound_at: number | null; opted_out: number }>();
}

async function outboundOf(phone: string) {
  return rowsOf<{ state: string; twilio_sid: string | null; body: string; error_code: number | null }>('outbound', phone, [
    'state',
    'twilio_sid',
    'body',
    'error_code',
  ]);
}

async function nudgesOf(phone: string) {
  return rowsOf<{ state: string; due_at: number }>('nudges', phone, ['state', 'due_at']);
}

describe('a WhatsApp user inside the 24-hour window', () => {
  it.each([
    ['3 hours', 3 * HOUR],
    ['23 hours', 23 * HOUR],
  ])('written %s before the nudge: free form from the WhatsApp sender, nothing by SMS', async (_case, before) => {
    const phone = phoneNumber();
    const due = await userWithNudge(phone);
    await wroteOnWhatsApp(phone, due - before);
    await runCronWith(WITH_TEMPLATE, due, phone);

    const [message, ...more] = await acceptedFor(whatsapp(phone));
    expect(more).toEqual([]);
    expect(message).toMatchObject({ from: FROM, channel: 'whatsapp', contentSid: null, contentVariables: null });
    expect(message?.body).toContain('Sarah');
    expect(message?.body.length).toBeLessThanOrEqual(WHATSAPP_MAX_CHARS);
    expect(await acceptedFor(phone)).toEqual([]);
    const [row] = await outboundOf(phone);
    expect(row).toMatchObject({ state: 'sent', twilio_sid: message?.sid, body: message?.body });
  });
});

describe('a WhatsApp user outside the window', () => {
  it.each([
    ['wrote 25 hours before', 25 * HOUR],
    ['wrote 5 minutes too early for free form', 24 * HOUR - 5 * MINUTE],
    ['wrote 4 days before', 4 * DAY],
  ])('%s: the template, with who and the whole nudge as its variables', async (_case, before) => {
    const phone = phoneNumber();
    const due = await userWithNudge(phone);
    await wroteOnWhatsApp(phone, due - before);
    await runCronWith(WITH_TEMPLATE, due, phone);

    const [message, ...more] = await acceptedFor(whatsapp(phone));
    expect(more).toEqual([]);
    expect(message).toMatchObject({ from: FROM, channel: 'whatsapp', contentSid: TEMPLATE });
    const [row] = await outboundOf(phone);
    expect(row).toMatchObject({ state: 'sent', twilio_sid: message?.sid });
    expect(message?.contentVariables).toEqual({ 1: 'Sarah', 2: flattenWhitespace(row?.body ?? '') });
    expect(message?.contentVariables?.[2]).toMatch(/Sarah.*(climbing gym|bouldering|pottery).*DONE/);
    expect(await acceptedFor(phone)).toEqual([]);
  });

  it('with no inbound WhatsApp time known at all: the template', async () => {
    const phone = phoneNumber();
    const due = await userWithNudge(phone);
    await setChannel(phone, 'whatsapp', null);
    await runCronWith(WITH_TEMPLATE, due, phone);
    expect((await acceptedFor(whatsapp(phone))).map((message) => message.contentSid)).toEqual([TEMPLATE]);
  });
});

describe('who the template names', () => {
  it('two people due together: one template naming both, the numbered nudge on one line', async () => {
    const phone = phoneNumber();
    const due = await userWithNudge(phone);
    setClock(CLOCKS.weekdayEvening + 5 * MINUTE);
    await text(phone, JAKE);
    const pending = await nudgesOf(phone);
    expect(pending.map((nudge) => nudge.due_at)).toEqual([due, due]);
    await wroteOnWhatsApp(phone, due - 2 * DAY);
    await runCronWith(WITH_TEMPLATE, due, phone);

    const [message, ...more] = await acceptedFor(whatsapp(phone));
    expect(more).toEqual([]);
    expect(message?.contentVariables?.[1]).toMatch(/^(Sarah and Jake|Jake and Sarah)$/);
    expect(message?.contentVariables?.[2]).toMatch(/1\) .*2\) /);
    expect(message?.contentVariables?.[2]).not.toMatch(/\n/);
    const [row] = await outboundOf(phone);
    expect(row?.body).toMatch(/\n/);
  });
});

describe('a WhatsApp user while WhatsApp is off', () => {
  it('gets nothing, by SMS either: the nudge waits for their next WhatsApp text', async () => {
    const phone = phoneNumber();
    const due = await userWithNudge(phone);
    await wroteOnWhatsApp(phone, due - HOUR);
    await runCronWith(env, due, phone);
    expect(await acceptedFor(whatsapp(phone))).toEqual([]);
    expect(await acceptedFor(phone)).toEqual([]);
    expect((await nudgesOf(phone)).map((nudge) => nudge.state)).toEqual(['pending']);
  });
});

describe('63016: Twilio says the window is closed although Kindling thought it open', () => {
  it('switches that text to the template at once, once, and forgets the stale window', async () => {
    const phone = phoneNumber();
    const due = await userWithNudge(phone);
    // Kindling's record says 2 hours ago; Twilio only ever saw a message 30 hours ago
    await setChannel(phone, 'whatsapp', due - 2 * HOUR);
    await standin('whatsapp-inbound', { to: whatsapp(phone), at: due - 30 * HOUR });
    await runCronWith(WITH_TEMPLATE, due, phone);

    const accepted = await acceptedFor(whatsapp(phone));
    expect(accepted.map((message) => message.contentSid)).toEqual([TEMPLATE]);
    const rows = await outboundOf(phone);
    expect(rows).toEqual([expect.objectContaining({ state: 'sent', twilio_sid: accepted[0]?.sid })]);
    expect((await userRow(phone))?.whatsapp_last_inbound_at).toBeNull();
    // later runs send nothing more for it
    for (const later of [15 * MINUTE, HOUR, 6 * HOUR]) await runCronWith(WITH_TEMPLATE, due + later, phone);
    expect(await acceptedFor(whatsapp(phone))).toHaveLength(1);
    expect(await acceptedFor(phone)).toEqual([]);
  });

  it('with no template configured: never free form again, and never SMS: the nudge waits', async () => {
    const phone = phoneNumber();
    const due = await userWithNudge(phone);
    await setChannel(phone, 'whatsapp', due - 2 * HOUR);
    await runCronWith(NO_TEMPLATE, due, phone);

    expect(await acceptedFor(whatsapp(phone))).toEqual([]);
    expect(await acceptedFor(phone)).toEqual([]);
    expect((await outboundOf(phone)).map((row) => row.state)).toEqual(['cancelled']);
    expect((await nudgesOf(phone)).filter((nudge) => nudge.state === 'pending')).toHaveLength(1);

    for (const later of [15 * MINUTE, 30 * MINUTE, HOUR]) await runCronWith(NO_TEMPLATE, due + later, phone);
    expect(await acceptedFor(whatsapp(phone))).toEqual([]);
    expect(await acceptedFor(phone)).toEqual([]);
    expect((await nudgesOf(phone)).filter((nudge) => nudge.state === 'pending')).toHaveLength(1);
    expect((await userRow(phone))?.channel).toBe('whatsapp');
  });
});

describe('no template configured', () => {
  it('outside the window: nothing by SMS to the same number; the nudge waits', async () => {
    const phone = phoneNumber();
    const due = await userWithNudge(phone);
    await wroteOnWhatsApp(phone, due - 2 * DAY);
    await runCronWith(NO_TEMPLATE, due, phone);

    expect(await acceptedFor(whatsapp(phone))).toEqual([]);
    expect(await acceptedFor(phone)).toEqual([]);
    const [held] = await nudgesOf(phone);
    expect(held?.state).toBe('pending');
    expect(held?.due_at).toBeGreaterThanOrEqual(due + 4 * HOUR);
  });

  it('inside the window: still free form on WhatsApp', async () => {
    const phone = phoneNumber();
    const due = await userWithNudge(phone);
    await wroteOnWhatsApp(phone, due - HOUR);
    await runCronWith(NO_TEMPLATE, due, phone);
    expect((await acceptedFor(whatsapp(phone))).map((message) => message.contentSid)).toEqual([null]);
    expect(await acceptedFor(phone)).toEqual([]);
  });

  it('with no SMS sender either: held, and sent as free form once the user writes again', async () => {
    const phone = phoneNumber();
    const due = await userWithNudge(phone);
    await wroteOnWhatsApp(phone, due - 2 * DAY);
    await runCronWith(WHATSAPP_ONLY, due, phone);

    expect(await acceptedFor(whatsapp(phone))).toEqual([]);
    expect(await acceptedFor(phone)).toEqual([]);
    expect(await outboundOf(phone)).toEqual([]);
    const [held] = await nudgesOf(phone);
    expect(held?.state).toBe('pending');
    expect(held?.due_at).toBeGreaterThanOrEqual(due + 4 * HOUR);

    // still nothing at the next look while the window stays closed
    await runCronWith(WHATSAPP_ONLY, held?.due_at ?? 0, phone);
    expect(await acceptedFor(whatsapp(phone))).toEqual([]);
    const [again] = await nudgesOf(phone);
    expect(again?.due_at).toBeGreaterThan(held?.due_at ?? 0);

    await wroteOnWhatsApp(phone, (again?.due_at ?? 0) - HOUR);
    await runCronWith(WHATSAPP_ONLY, again?.due_at ?? 0, phone);
    const [message, ...more] = await acceptedFor(whatsapp(phone));
    expect(more).toEqual([]);
    expect(message).toMatchObject({ from: FROM, contentSid: null });
    expect(message?.body).toContain('Sarah');
  });
});

describe('opted out', () => {
  it.each([
    ['inside the window', HOUR],
    ['outside the window', 3 * DAY],
  ])('after STOP a WhatsApp user gets nothing on either channel (%s)', async (_case, before) => {
    const phone = phoneNumber();
    const due = await userWithNudge(phone);
    setClock(CLOCKS.weekdayEvening + 10 * MINUTE);
    await text(phone, 'STOP');
    await wroteOnWhatsApp(phone, due - before);
    for (const later of [0, HOUR, DAY, 3 * DAY]) await runCronWith(WITH_TEMPLATE, due + later, phone);

    expect((await userRow(phone))?.opted_out).toBe(1);
    expect(await acceptedFor(whatsapp(phone))).toEqual([]);
    expect(await acceptedFor(phone)).toEqual([]);
    expect(await outboundOf(phone)).toEqual([]);
    expect((await nudgesOf(phone)).every((nudge) => nudge.state === 'held' || nudge.state === 'cancelled')).toBe(true);
  });

  it('an opted-out SMS user gets nothing either while WhatsApp is on', async () => {
    const phone = phoneNumber();
    const due = await userWithNudge(phone);
    setClock(CLOCKS.weekdayEvening + 10 * MINUTE);
    await text(phone, 'STOP');
    for (const later of [0, HOUR, DAY]) await runCronWith(WITH_TEMPLATE, due + later, phone);
    expect(await acceptedFor(phone)).toEqual([]);
    expect(await acceptedFor(whatsapp(phone))).toEqual([]);
  });
});

describe('an SMS user while WhatsApp is on', () => {
  it('gets an SMS from the Kindling number, within 2 segments, and nothing on WhatsApp', async () => {
    const phone = phoneNumber();
    const due = await userWithNudge(phone);
    // an inbound WhatsApp time on record does not move an SMS user
    await setChannel(phone, 'sms', due - HOUR);
    await runCronWith(WITH_TEMPLATE, due, phone);

    expect(await acceptedFor(whatsapp(phone))).toEqual([]);
    const [sms, ...more] = await acceptedFor(phone);
    expect(more).toEqual([]);
    expect(sms).toMatchObject({ from: '+15005550006', channel: 'sms', contentSid: null });
    expect(segmentCount(sms?.body ?? '').segments).toBeLessThanOrEqual(2);
    expect(await outboundOf(phone)).toEqual([expect.objectContaining({ state: 'sent', twilio_sid: sms?.sid, body: sms?.body })]);
  });
});

describe('a WhatsApp text Twilio may hold', () => {
  it.each([
    ['free form', HOUR],
    ['the template', 2 * DAY],
  ])('%s answered by a gateway 504 after Twilio took it: found at the whatsapp: address, never sent twice', async (_case, before) => {
    const phone = phoneNumber();
    const due = await userWithNudge(phone);
    await wroteOnWhatsApp(phone, due - before);
    await standin('fail', { failure: 'accept-then-504', to: whatsapp(phone) });
    await runCronWith(WITH_TEMPLATE, due, phone);
    expect((await outboundOf(phone)).map((row) => row.state)).toEqual(['uncertain']);

    for (const later of [15 * MINUTE, 30 * MINUTE, HOUR, 2 * HOUR]) await runCronWith(WITH_TEMPLATE, due + later, phone);
    const accepted = await acceptedFor(whatsapp(phone));
    expect(accepted).toHaveLength(1);
    expect(await acceptedFor(phone)).toEqual([]);
    expect(await outboundOf(phone)).toEqual([expect.objectContaining({ state: 'sent', twilio_sid: accepted[0]?.sid })]);
  });

  it('free form that timed out before Twilio took it: sent once on the next run', async () => {
    const phone = phoneNumber();
    const due = await userWithNudge(phone);
    await wroteOnWhatsApp(phone, due - HOUR);
    await standin('fail', { failure: 'timeout', to: whatsapp(phone) });
    await runCronWith({ ...WITH_TEMPLATE, TWILIO_TIMEOUT_MS: '300' }, due, phone);
    expect(await acceptedFor(whatsapp(phone))).toEqual([]);

    for (const later of [15 * MINUTE, 30 * MINUTE, HOUR]) await runCronWith(WITH_TEMPLATE, due + later, phone);
    const accepted = await acceptedFor(whatsapp(phone));
    expect(accepted).toHaveLength(1);
    expect(await outboundOf(phone)).toEqual([expect.objectContaining({ state: 'sent', twilio_sid: accepted[0]?.sid })]);
  });
});

describe('the stand-in in WhatsApp mode, and sendMessage against it', () => {
  const NOW = CLOCKS.weekendMorning;
  const TO = 'whatsapp:+12125550142';
  const account = (whatsappFrom?: string): TwilioAccount => ({
    apiBase: 'http://twilio.local',
    accountSid: 'AC00000000000000000000000000000000',
    authToken: 'token',
    from: '+15005550006',
    ...(whatsappFrom ? { whatsappFrom } : {}),
  });

  function fresh() {
    let now = NOW;
    const twilio = createTwilioStandin({ authToken: 'token', now: () => now });
    const fetcher: typeof fetch = async (input, init) => twilio.handle(new Request(input, init));
    return { twilio, fetcher, setNow: (at: number) => (now = at) };
  }

  /** A raw form post to the stand-in's Messages endpoint, for what sendMessage never sends. */
  async function postForm(twilio: ReturnType<typeof fresh>['twilio'], fields: Record<string, string>) {
    const response = await twilio.handle(
      new Request('http://twilio.local/2010-04-01/Accounts/AC00000000000000000000000000000000/Messages.json', {
        method: 'POST',
        body: new URLSearchParams(fields).toString(),
        headers: { authorization: `Basic ${btoa('AC00000000000000000000000000000000:token')}`, 'content-type': 'application/x-www-form-urlencoded' },
      }),
    );
    return { status: response.status, body: (await response.json()) as { code?: number; sid?: string } };
  }

  it('refuses free form with 63016 until the user has written, and for 24 hours after, by its own clock', async () => {
    const { twilio, fetcher, setNow } = fresh();
    const send = () => sendMessage(account(FROM), { to: TO, body: 'Text Sarah today?' }, fetcher);
    expect(await send()).toEqual({ type: 'outside-window' });
    twilio.recordWhatsAppInbound(TO, NOW - 23 * HOUR);
    expect((await send()).type).toBe('sent');
    setNow(NOW + HOUR);
    expect(await send()).toEqual({ type: 'outside-window' });
    expect(twilio.messages).toHaveLength(1);
    expect(twilio.messages[0]).toMatchObject({ to: TO, from: FROM, channel: 'whatsapp', body: 'Text Sarah today?', contentSid: null });
  });

  it('takes the template at any time, with its variables, and lists it with the variables in its body', async () => {
    const { twilio, fetcher } = fresh();
    const variables = { 1: 'Sarah', 2: 'Text Sarah: "Hey!" Reply DONE.' };
    const outcome = await sendMessage(account(FROM), { to: TO, template: { contentSid: TEMPLATE, variables } }, fetcher);
    expect(outcome.type).toBe('sent');
    expect(twilio.messages[0]).toMatchObject({ to: TO, from: FROM, contentSid: TEMPLATE, contentVariables: variables });
    expect(twilio.messages[0]?.body).not.toBe(variables[2]);
    const sid = outcome.type === 'sent' ? outcome.sid : '';
    expect(await findSent(account(FROM), TO, 'Text Sarah: "Hey!"\nReply DONE.', fetcher)).toEqual({ type: 'listed', sids: [sid] });
    // to an SMS number only the exact body counts
    expect(await findSent(account(FROM), '+12125550142', 'Text Sarah: "Hey!" Reply DONE.', fetcher)).toEqual({ type: 'listed', sids: [] });
  });

  it.each<[string, Record<string, string>, number]>([
    ['ContentVariables that are not JSON', { ContentSid: TEMPLATE, ContentVariables: '{1: Sarah}' }, 21656],
    ['ContentVariables with a number', { ContentSid: TEMPLATE, ContentVariables: '{"1": 2}' }, 21656],
    ['ContentVariables as an array', { ContentSid: TEMPLATE, ContentVariables: '["Sarah"]' }, 21656],
    ['an empty variable', { ContentSid: TEMPLATE, ContentVariables: '{"1": "Sarah", "2": ""}' }, 21656],
    ['ContentVariables without a ContentSid', { Body: 'hi', ContentVariables: '{"1":"Sarah"}' }, 21654],
    ['a ContentSid that is not HX + 32 hex', { ContentSid: 'HX123', ContentVariables: '{"1":"Sarah"}' }, 21655],
    ['an SMS From to a WhatsApp To', { From: '+15005550006', Body: 'hi' }, 21910],
    ['a WhatsApp To without a number', { To: 'whatsapp:12125550142', Body: 'hi' }, 21211],
  ])('answers 400 to %s', async (_case, fields, code) => {
    const { twilio } = fresh();
    twilio.recordWhatsAppInbound(TO, NOW);
    const answer = await postForm(twilio, { To: TO, From: FROM, ...fields });
    expect(answer).toMatchObject({ status: 400, body: { code } });
    expect(twilio.messages).toEqual([]);
  });

  it('answers 400 to a WhatsApp From sending to an SMS number', async () => {
    const { twilio } = fresh();
    expect(await postForm(twilio, { To: '+12125550142', From: FROM, Body: 'hi' })).toMatchObject({ status: 400, body: { code: 21910 } });
  });

  it('learns inbound times through its control endpoint, and reset forgets them', async () => {
    const { twilio, fetcher } = fresh();
    const control = (payload: object) =>
      twilio.handle(new Request('http://twilio.local/__standin/whatsapp-inbound', { method: 'POST', body: JSON.stringify(payload) }));
    expect((await control({ to: '+12125550142', at: NOW })).status).toBe(400);
    expect((await control({ to: TO, at: 'now' })).status).toBe(400);
    expect((await control({ to: TO, at: NOW - HOUR })).status).toBe(200);
    expect((await sendMessage(account(FROM), { to: TO, body: 'hi' }, fetcher)).type).toBe('sent');
    twilio.reset();
    expect(await sendMessage(account(FROM), { to: TO, body: 'hi' }, fetcher)).toEqual({ type: 'outside-window' });
  });

  it('never sends WhatsApp without a WhatsApp sender, nor a template to an SMS number', async () => {
    const { twilio, fetcher } = fresh();
    twilio.recordWhatsAppInbound(TO, NOW);
    expect(await sendMessage(account(), { to: TO, body: 'hi' }, fetcher)).toEqual({ type: 'rejected', status: 0, code: null });
    expect(await sendMessage(account(FROM), { to: '+12125550142', template: { contentSid: TEMPLATE, variables: { 1: 'x' } } }, fetcher)).toEqual({
      type: 'rejected',
      status: 0,
      code: null,
    });
    expect(twilio.messages).toEqual([]);
  });
});
