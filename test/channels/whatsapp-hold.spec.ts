// A user who only ever wrote on WhatsApp is never texted by SMS: when WhatsApp cannot carry a nudge (the window is
// closed with no template, or WhatsApp sending is off) the nudge waits, and the user's next WhatsApp text is told so,
// once. Through the Worker's webhook and cron, against the stand-in's record of what it accepted.
import { createExecutionContext, createScheduledController, waitOnExecutionContext } from 'cloudflare:test';
import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { segmentCount } from '../../src/domain/sms-length';
import worker from '../../src/index';
import { CLOCKS, CRON, DAY, HOUR, messageOf, phoneNumber, smsParams, twilioPost } from '../factories';
import { rowsOf } from '../support/rows';

const FROM = 'whatsapp:+14155238886';
const SARAH = "Met Sarah at the climbing gym, she's into bouldering and runs a pottery studio. 917-555-0199";
/** WhatsApp on, no template: outside the 24-hour window only free form would do, and it may not go. */
const NO_TEMPLATE = { ...env, TWILIO_WHATSAPP_FROM: FROM };
/** WhatsApp sending off (no TWILIO_WHATSAPP_FROM), though Twilio still posts the user's WhatsApp texts. */
const WHATSAPP_OFF = { ...env, TWILIO_WHATSAPP_FROM: '' };
const WAITING = /nudge about Sarah waiting/;

const whatsapp = (phone: string) => `whatsapp:${phone}`;

async function standin(path: string, payload: object): Promise<void> {
  const response = await fetch(`http://twilio.test/__standin/${path}`, { method: 'POST', body: JSON.stringify(payload) });
  if (!response.ok) throw new Error(`stand-in refused ${path}: ${await response.text()}`);
}

async function acceptedFor(to: string): Promise<{ body: string; contentSid: string | null }[]> {
  return (await fetch(`http://twilio.test/__standin/messages?to=${encodeURIComponent(to)}`)).json();
}

/** A WhatsApp text from `phone` at `at`, as Twilio posts it; Twilio's clock learns the user wrote. Returns the reply. */
async function onWhatsApp(bindings: Env, phone: string, body: string, at: number): Promise<string | null> {
  await standin('whatsapp-inbound', { to: whatsapp(phone), at });
  const request = twilioPost('/twilio/sms', smsParams({ From: whatsapp(phone), To: FROM, Body: body, ProfileName: 'Ana', WaId: phone.slice(1) }));
  request.headers.set('x-kindling-simulated-now', String(at));
  const ctx = createExecutionContext();
  const response = await worker.fetch(request, bindings, ctx);
  await waitOnExecutionContext(ctx);
  expect(response.status).toBe(200);
  return messageOf(await response.text());
}

async function runCron(bindings: Env, at: number, phone: string): Promise<void> {
  await standin('clock', { to: whatsapp(phone), at });
  const controller = createScheduledController({ scheduledTime: at, cron: CRON });
  const ctx = createExecutionContext();
  await worker.scheduled(controller, bindings, ctx);
  await waitOnExecutionContext(ctx);
}

async function nudgesOf(phone: string) {
  return rowsOf<{ state: string; due_at: number }>('nudges', phone, ['state', 'due_at']);
}

/** Noted Sarah on WhatsApp only; returns her first nudge's due time. */
async function whatsappOnlyUser(bindings: Env, phone: string): Promise<number> {
  expect(await onWhatsApp(bindings, phone, SARAH, CLOCKS.weekdayEvening)).toContain('Sarah');
  const [nudge] = await nudgesOf(phone);
  if (!nudge) throw new Error('no pending nudge');
  return nudge.due_at;
}

describe.each([
  ['the 24-hour window closed and no template', NO_TEMPLATE],
  ['WhatsApp sending off (TWILIO_WHATSAPP_FROM unset)', WHATSAPP_OFF],
])('a WhatsApp-only user, %s', (_case, bindings) => {
  it('gets nothing by SMS; the nudge waits, and the next WhatsApp reply says so, exactly once', async () => {
    const phone = phoneNumber();
    const due = await whatsappOnlyUser(bindings, phone);
    // the nudge is due well after the window closed (the note came the evening before)
    for (const later of [DAY, DAY + HOUR, DAY + 6 * HOUR]) await runCron(bindings, due + later, phone);

    expect(await acceptedFor(phone)).toEqual([]);
    expect(await acceptedFor(whatsapp(phone))).toEqual([]);
    const waiting = await nudgesOf(phone);
    expect(waiting.map((nudge) => nudge.state)).toEqual(['pending']);

    const told = await onWhatsApp(bindings, phone, 'Met Jake at the bbq, loves sourdough', due + DAY + 7 * HOUR);
    expect(told).toContain('Jake');
    expect(told).toMatch(WAITING);
    expect(told).toMatch(bindings.TWILIO_WHATSAPP_FROM ? /it comes here next\.$/ : /ask "what should I text Sarah\?" to see it\.$/);
    expect(segmentCount(told ?? '').segments).toBeLessThanOrEqual(2);
    const again = await onWhatsApp(bindings, phone, 'who is Jake?', due + DAY + 7 * HOUR + 5 * 60_000);
    expect(again).not.toMatch(WAITING);
    expect((await nudgesOf(phone)).filter((nudge) => nudge.state === 'pending').length).toBeGreaterThanOrEqual(1);

    // once the window is open the nudge may go on WhatsApp (when WhatsApp sending is on), never by SMS
    for (const later of [15 * 60_000, HOUR, 2 * HOUR]) await runCron(bindings, due + DAY + 7 * HOUR + later, phone);
    expect(await acceptedFor(phone)).toEqual([]);
    const sarah = (await acceptedFor(whatsapp(phone))).filter((message) => message.body.includes('Sarah'));
    expect(sarah).toHaveLength(bindings.TWILIO_WHATSAPP_FROM ? 1 : 0);
    if (!bindings.TWILIO_WHATSAPP_FROM) {
      // with WhatsApp sending off the reply is the only way: the draft is there on asking, and still nothing by SMS
      const draft = await onWhatsApp(bindings, phone, 'what should I text Sarah?', due + DAY + 10 * HOUR);
      expect(draft).toMatch(/Sarah/);
      expect(draft).not.toMatch(WAITING);
      expect(await acceptedFor(phone)).toEqual([]);
    }
  });
});

describe('"text me on whatsapp" while WhatsApp sending is off', () => {
  it('written on WhatsApp: says honestly that nudges cannot come there, and still sends nothing by SMS', async () => {
    const phone = phoneNumber();
    const due = await whatsappOnlyUser(WHATSAPP_OFF, phone);
    const reply = await onWhatsApp(WHATSAPP_OFF, phone, 'text me on whatsapp', CLOCKS.weekdayEvening + HOUR);
    expect(reply).toBe("I can't send WhatsApp nudges from this Kindling number yet, only answer you here. Reply TEXT ME BY SMS to get nudges by text message.");
    await runCron(WHATSAPP_OFF, due, phone);
    expect(await acceptedFor(phone)).toEqual([]);
  });
});
