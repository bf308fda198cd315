// WhatsApp texts through the Worker's webhook: the same user as SMS from that number, the channel and 24-hour window
// recorded from each inbound text, nudges inside the window as free form and outside it as the template (the stand-in
// enforces WhatsApp's rule), DONE, STOP (confirmed once, since WhatsApp has no carrier opt-out) and START.
import { createExecutionContext, createScheduledController, waitOnExecutionContext } from 'cloudflare:test';
import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { countingD1 } from '../../bench/counting-d1';
import { app } from '../../src/app';
import { OPTED_OUT_TEXT, STARTED_TEXT } from '../../src/conversation/replies';
import worker from '../../src/index';
import { CLOCKS, CRON, DAY, HOUR, messageOf, phoneNumber, setClock, smsParams, text, twilioPost } from '../factories';
import { rowsOf, namesOf } from '../support/rows';

const FROM = 'whatsapp:+14155238886';
const TEMPLATE = 'HX0123456789abcdef0123456789abcdef';
const SARAH = "Met Sarah at the climbing gym, she's into bouldering and runs a pottery studio. 917-555-0199";
const WITH_TEMPLATE = { ...env, TWILIO_WHATSAPP_FROM: FROM, TWILIO_WHATSAPP_NUDGE_CONTENT_SID: TEMPLATE };

const whatsapp = (phone: string) => `whatsapp:${phone}`;

interface Accepted {
  sid: string;
  body: string;
  from: string | null;
  channel: 'sms' | 'whatsapp';
  contentSid: string | null;
}

/** A WhatsApp text from `phone`, as Twilio posts it (To is the WhatsApp sender; ProfileName and WaId come along). */
function onWhatsApp(phone: string, body: string) {
  return text(whatsapp(phone), body, { To: FROM, ProfileName: 'Ana', WaId: phone.slice(1) });
}

/** A WhatsApp text handled with these bindings (WhatsApp on), at `at`. */
async function onWhatsAppWith(bindings: Env, phone: string, body: string, at: number): Promise<string | null> {
  const request = twilioPost('/twilio/sms', smsParams({ From: whatsapp(phone), To: FROM, Body: body }));
  request.headers.set('x-kindling-simulated-now', String(at));
  const ctx = createExecutionContext();
  const response = await worker.fetch(request, bindings, ctx);
  await waitOnExecutionContext(ctx);
  expect(response.status).toBe(200);
  return messageOf(await response.text());
}

async function standin(path: string, payload: object): Promise<void> {
  const response = await fetch(`http://twilio.test/__standin/${path}`, { method: 'POST', body: JSON.stringify(payload) });
  if (!response.ok) throw new Error(`stand-in refused ${path}: ${await response.text()}`);
}

async function acceptedFor(to: string): Promise<Accepted[]> {
  return (await fetch(`http://twilio.test/__standin/messages?to=${encodeURIComponent(to)}`)).json();
}

/** The cron at `at` with WhatsApp on; the stand-in's clock for the user's WhatsApp address reads `at` too. */
async function runCronAt(at: number, phone: string): Promise<void> {
  await standin('clock', { to: whatsapp(phone), at });
  const controller = createScheduledController({ scheduledTime: at, cron: CRON });
  const ctx = createExecutionContext();
  await worker.scheduled(controller, WITH_TEMPLATE, ctx);
  await waitOnExecutionContext(ctx);
}

/** Twilio knows the user wrote on WhatsApp at `at` (the Worker learns it from the webhook itself). */
async function twilioSawInbound(phone: string, at: number): Promise<void> {
  await standin('whatsapp-inbound', { to: whatsapp(phone), at });
}

async function userRow(phone: string) {
  return env.DB.prepare('SELECT id, channel, whatsapp_last_inbound_at, opted_out FROM users WHERE phone = ?')
    .bind(phone)
    .first<{ id: number; channel: string; whatsapp_last_inbound_at: number | null; opted_out: number }>();
}

async function nudgesOf(phone: string) {
  return rowsOf<{ state: string; due_at: number }>('nudges', phone, ['state', 'due_at']);
}

const peopleOf = namesOf;

/** A WhatsApp user who noted Sarah at `at`; returns the first nudge's due time. */
async function whatsappUserWithNudge(phone: string, at = CLOCKS.weekdayEvening): Promise<number> {
  setClock(at);
  const answer = await onWhatsApp(phone, SARAH);
  expect(answer.status).toBe(200);
  expect(answer.reply).toContain('Sarah');
  await twilioSawInbound(phone, at);
  const [nudge] = await nudgesOf(phone);
  if (!nudge) throw new Error('no pending nudge');
  return nudge.due_at;
}

describe('a WhatsApp text', () => {
  it('captures a person for the number, answers in TwiML, and records the channel and when', async () => {
    const phone = phoneNumber();
    setClock(CLOCKS.weekdayEvening);
    const answer = await onWhatsApp(phone, SARAH);
    expect(answer.status).toBe(200);
    expect(answer.contentType).toContain('xml');
    expect(answer.reply).toContain('Sarah');
    expect(await peopleOf(phone)).toEqual(['Sarah']);
    expect(await userRow(phone)).toMatchObject({ channel: 'whatsapp', whatsapp_last_inbound_at: CLOCKS.weekdayEvening, opted_out: 0 });
  });

  it('a WhatsApp text delivered late never moves the window back', async () => {
    const phone = phoneNumber();
    setClock(CLOCKS.weekdayEvening);
    await onWhatsApp(phone, SARAH);
    setClock(CLOCKS.weekdayEvening - 2 * HOUR);
    await onWhatsApp(phone, 'help');
    expect((await userRow(phone))?.whatsapp_last_inbound_at).toBe(CLOCKS.weekdayEvening);
  });

  it.each(['whatsapp:14155550123', 'whatsapp:+0123', 'messenger:+14155550123'])('from %s is answered with an empty TwiML and stores nothing', async (from) => {
    const answer = await text(from, SARAH);
    expect(answer.status).toBe(200);
    expect(answer.reply).toBeNull();
  });
});

describe('nudges for a WhatsApp user', () => {
  // the first cron a day after the nudge fell due: over 24 hours after the capture
  it('inside the 24-hour window (they wrote again 3 hours before): free form from the WhatsApp sender', async () => {
    const phone = phoneNumber();
    const sweepAt = (await whatsappUserWithNudge(phone)) + DAY;
    setClock(sweepAt - 3 * HOUR);
    expect((await onWhatsApp(phone, 'help')).reply).not.toBeNull();
    await twilioSawInbound(phone, sweepAt - 3 * HOUR);
    await runCronAt(sweepAt, phone);

    const [message, ...more] = await acceptedFor(whatsapp(phone));
    expect(more).toEqual([]);
    expect(message).toMatchObject({ from: FROM, channel: 'whatsapp', contentSid: null });
    expect(message?.body).toContain('Sarah');
    expect(await acceptedFor(phone)).toEqual([]);
  });

  it('outside the window (their last text over 24 hours before): the template, then DONE is answered on WhatsApp', async () => {
    const phone = phoneNumber();
    const due = (await whatsappUserWithNudge(phone)) + DAY;
    expect(due - CLOCKS.weekdayEvening).toBeGreaterThan(DAY);
    await runCronAt(due, phone);

    const [message, ...more] = await acceptedFor(whatsapp(phone));
    expect(more).toEqual([]);
    expect(message).toMatchObject({ from: FROM, channel: 'whatsapp', contentSid: TEMPLATE });
    expect(await acceptedFor(phone)).toEqual([]);

    setClock(due + HOUR);
    const done = await onWhatsApp(phone, 'DONE');
    expect(done.reply).toContain('Sarah');
    expect((await nudgesOf(phone)).map((nudge) => nudge.state)).toContain('done');
    expect((await userRow(phone))?.whatsapp_last_inbound_at).toBe(due + HOUR);
  });
});

describe('STOP and START on WhatsApp', () => {
  it.each(['STOP', 'stop', 'unsubscribe', 'please stop texting me'])(
    '%s: one confirmation (no carrier answers on WhatsApp), then nothing on either channel',
    async (stop) => {
      const phone = phoneNumber();
      const due = await whatsappUserWithNudge(phone);
      setClock(due - 2 * HOUR);
      const answer = await onWhatsApp(phone, stop);
      expect(answer.reply).toBe(OPTED_OUT_TEXT);
      expect((await userRow(phone))?.opted_out).toBe(1);

      await twilioSawInbound(phone, due - 2 * HOUR);
      await runCronAt(due, phone);
      await runCronAt(due + 2 * DAY, phone);
      expect(await acceptedFor(whatsapp(phone))).toEqual([]);
      expect(await acceptedFor(phone)).toEqual([]);

      setClock(due + 2 * DAY + HOUR);
      expect((await onWhatsApp(phone, 'START')).reply).toBe(STARTED_TEXT);
      expect((await userRow(phone))?.opted_out).toBe(0);
    },
  );

  it('bare STOP by SMS is still left to the carrier (no second reply)', async () => {
    const phone = phoneNumber();
    await text(phone, SARAH);
    expect((await text(phone, 'STOP')).reply).toBeNull();
    expect((await userRow(phone))?.opted_out).toBe(1);
  });
});

describe('one person per number on both channels', () => {
  it('an SMS and a WhatsApp text from the same number reach the same people, and the last channel used wins', async () => {
    const phone = phoneNumber();
    setClock(CLOCKS.weekdayEvening);
    await text(phone, SARAH);
    const smsUser = await userRow(phone);
    expect(smsUser?.channel).toBe('sms');

    setClock(CLOCKS.weekdayEvening + HOUR);
    const who = await onWhatsApp(phone, 'who is Sarah');
    expect(who.reply).toContain('Sarah');
    expect(who.reply).toMatch(/climbing|boulder|pottery/i);
    expect(await userRow(phone)).toMatchObject({ id: smsUser?.id, channel: 'whatsapp', whatsapp_last_inbound_at: CLOCKS.weekdayEvening + HOUR });
    expect(await peopleOf(phone)).toEqual(['Sarah']);

    setClock(CLOCKS.weekdayEvening + 2 * HOUR);
    await text(phone, 'list');
    expect(await userRow(phone)).toMatchObject({ channel: 'sms', whatsapp_last_inbound_at: CLOCKS.weekdayEvening + HOUR });
  });
});

describe('text me on whatsapp / text me by sms', () => {
  it('from WhatsApp, "text me by sms" moves nudges to SMS; the next nudge goes by SMS', async () => {
    const phone = phoneNumber();
    const due = await whatsappUserWithNudge(phone);
    const reply = await onWhatsAppWith(WITH_TEMPLATE, phone, 'text me by sms', CLOCKS.weekdayEvening + HOUR);
    expect(reply).toBe('Done: nudges will come by text message. Writing me on WhatsApp again moves them back there.');
    expect((await userRow(phone))?.channel).toBe('sms');
    expect(await peopleOf(phone)).toEqual(['Sarah']);

    await runCronAt(due, phone);
    expect(await acceptedFor(whatsapp(phone))).toEqual([]);
    expect((await acceptedFor(phone)).length).toBe(1);
  });

  it('from SMS, "text me on whatsapp" moves nudges to WhatsApp and asks them to say hi there', async () => {
    const phone = phoneNumber();
    setClock(CLOCKS.weekdayEvening);
    await text(phone, SARAH);
    const request = twilioPost('/twilio/sms', smsParams({ From: phone, Body: 'Text me on WhatsApp' }));
    request.headers.set('x-kindling-simulated-now', String(CLOCKS.weekdayEvening + HOUR));
    const ctx = createExecutionContext();
    const reply = messageOf(await (await worker.fetch(request, WITH_TEMPLATE, ctx)).text());
    await waitOnExecutionContext(ctx);
    expect(reply).toBe('Done: nudges will come on WhatsApp from +14155238886. Say hi to me there first so WhatsApp lets me write.');
    expect((await userRow(phone))?.channel).toBe('whatsapp');
  });

  it('without a WhatsApp sender configured, the switch is refused and nothing changes', async () => {
    const phone = phoneNumber();
    await text(phone, SARAH);
    expect((await text(phone, 'text me on whatsapp')).reply).toBe("WhatsApp isn't set up for this Kindling number yet, so I'll keep texting you here.");
    expect((await userRow(phone))?.channel).toBe('sms');
    expect(await peopleOf(phone)).toEqual(['Sarah']);
  });
});

describe('round trips', () => {
  it.each(['text me by sms', SARAH, 'STOP', 'START'])('a WhatsApp text (%s) costs at most two D1 round trips', async (body) => {
    const phone = phoneNumber();
    await onWhatsApp(phone, 'Met Ben at the bbq, loves sourdough');
    const { db, trace } = countingD1(env.DB);
    const request = twilioPost('/twilio/sms', smsParams({ From: whatsapp(phone), To: FROM, Body: body }));
    request.headers.set('x-kindling-simulated-now', String(CLOCKS.weekdayEvening + HOUR));
    const ctx = createExecutionContext();
    const response = await app.fetch(request, { ...WITH_TEMPLATE, DB: db }, ctx);
    await waitOnExecutionContext(ctx);
    expect(messageOf(await response.text())).not.toBeNull();
    expect(trace.roundTrips).toBeGreaterThanOrEqual(1);
    expect(trace.roundTrips).toBeLessThanOrEqual(2);
  });
});
