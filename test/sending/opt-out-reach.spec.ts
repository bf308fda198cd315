// Opt-outs that reach Kindling however they are worded and wherever they come from: STOP inside a long text on either
// channel, a question about stopping answered rather than taken as one, one confirmation however many times it is
// asked, a number outside ALLOWED_NUMBERS, and a Worker whose settings do not parse.
import { createExecutionContext, createScheduledController, waitOnExecutionContext } from 'cloudflare:test';
import { env } from 'cloudflare:workers';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { HOW_TO_STOP_TEXT, MISCONFIGURED_TEXT, OPTED_OUT_TEXT } from '../../src/conversation/replies';
import worker from '../../src/index';
import { CLOCKS, CRON, HOUR, advanceClock, clock, messageOf, messageSid, phoneNumber, setClock, smsParams, twilioPost } from '../factories';

const WHATSAPP_FROM = 'whatsapp:+14155238886';
const TEMPLATE = 'HX0123456789abcdef0123456789abcdef';
const WHATSAPP_ON: Env = { ...env, TWILIO_WHATSAPP_FROM: WHATSAPP_FROM, TWILIO_WHATSAPP_NUDGE_CONTENT_SID: TEMPLATE };
const NOTE = "Met Sarah at the climbing gym, she's into bouldering and runs a pottery studio. 917-555-0199";

interface Answer {
  status: number;
  contentType: string | null;
  reply: string | null;
}

/** A signed text from `from` (an SMS number or whatsapp:+E164) at the test's clock, handled with `bindings`. */
async function textWith(bindings: Env, from: string, body: string, sid = messageSid()): Promise<Answer> {
  const extra = from.startsWith('whatsapp:') ? { To: WHATSAPP_FROM, ProfileName: 'Ana', WaId: from.slice(10) } : {};
  const request = twilioPost('/twilio/sms', smsParams({ From: from, Body: body, MessageSid: sid, ...extra }));
  request.headers.set('x-kindling-simulated-now', String(clock()));
  const ctx = createExecutionContext();
  const response = await worker.fetch(request, bindings, ctx);
  await waitOnExecutionContext(ctx);
  return { status: response.status, contentType: response.headers.get('content-type'), reply: messageOf(await response.text()) };
}

/** Every cron run of 15 minutes from `from` to `to` with `bindings`; the stand-in's WhatsApp clock reads each run's time. */
async function cronsWith(bindings: Env, phone: string, from: number, to: number): Promise<void> {
  for (let at = from; at <= to; at += 15 * 60_000) {
    await fetch('http://twilio.test/__standin/clock', { method: 'POST', body: JSON.stringify({ to: `whatsapp:${phone}`, at }) });
    const ctx = createExecutionContext();
    await worker.scheduled(createScheduledController({ scheduledTime: at, cron: CRON }), bindings, ctx);
    await waitOnExecutionContext(ctx);
  }
}

/** Everything the stand-in accepted for the number, by SMS or WhatsApp. */
async function sentToEither(phone: string): Promise<unknown[]> {
  const lists = await Promise.all(
    [phone, `whatsapp:${phone}`].map(async (to) => (await fetch(`http://twilio.test/__standin/messages?to=${encodeURIComponent(to)}`)).json<unknown[]>()),
  );
  return lists.flat();
}

async function userOf(phone: string) {
  return env.DB.prepare('SELECT opted_out FROM users WHERE phone = ?').bind(phone).first<{ opted_out: number }>();
}

async function firstDue(phone: string): Promise<number> {
  const row = await env.DB.prepare("SELECT min(n.due_at) AS at FROM nudges n JOIN users u ON u.id = n.user_id WHERE u.phone = ? AND n.state = 'pending'")
    .bind(phone)
    .first<{ at: number | null }>();
  if (!row?.at) throw new Error('no pending nudge');
  return row.at;
}

/** A note of exactly `length` characters (with the last line `last`): a real user's long text. */
function longTextEndingWith(last: string, length: number): string {
  const story = 'Long day. We drove up to the lake, the weather turned, and we sat in the car for an hour talking about everything';
  let body = story;
  while (body.length < length - last.length - 1) body = `${body} ${story.toLowerCase()}`;
  return `${body.slice(0, length - last.length - 2)}.\n${last}`;
}

describe('STOP inside a long text', () => {
  it.each([
    ['WhatsApp', (phone: string) => `whatsapp:${phone}`],
    ['SMS', (phone: string) => phone],
  ])(
    'a 401-character %s text ending in "\\nSTOP" opts out, is confirmed, and the next day\'s runs send nothing',
    async (_channel, address) => {
      const phone = phoneNumber('212');
      setClock(CLOCKS.weekdayEvening);
      expect((await textWith(WHATSAPP_ON, address(phone), NOTE)).reply).toContain('Sarah');
      const due = await firstDue(phone);
      const long = longTextEndingWith('STOP', 401);
      expect(long).toHaveLength(401);
      expect(long.endsWith('\nSTOP')).toBe(true);
      advanceClock(HOUR);
      const answer = await textWith(WHATSAPP_ON, address(phone), long);
      expect(answer.status).toBe(200);
      // Twilio's carrier filter answers only a bare keyword, so Kindling confirms this one itself on either channel
      expect(answer.reply).toBe(OPTED_OUT_TEXT);
      expect(await userOf(phone)).toEqual({ opted_out: 1 });
      await cronsWith(WHATSAPP_ON, phone, due - HOUR, due + 12 * HOUR);
      expect(await sentToEither(phone)).toEqual([]);
    },
    90_000,
  );

  it('"please stop texting me" in the middle of a long WhatsApp text opts out', async () => {
    const phone = phoneNumber('212');
    setClock(CLOCKS.weekdayEvening);
    await textWith(WHATSAPP_ON, `whatsapp:${phone}`, NOTE);
    const body = `${longTextEndingWith('Anyway', 600)}, I have had enough, please stop texting me, I mean it. ${longTextEndingWith('bye', 300)}`;
    expect((await textWith(WHATSAPP_ON, `whatsapp:${phone}`, body)).reply).toBe(OPTED_OUT_TEXT);
    expect(await userOf(phone)).toEqual({ opted_out: 1 });
  });

  it.each(['How do I stop this?', 'how do i stop the texts', 'How can I unsubscribe?', 'how do I opt out', 'how do i stop?', 'how do i unsubscribe from this'])(
    '%j is answered with how to stop, and does not opt out',
    async (question) => {
      const phone = phoneNumber('212');
      setClock(CLOCKS.weekdayEvening);
      await textWith(WHATSAPP_ON, `whatsapp:${phone}`, NOTE);
      const answer = await textWith(WHATSAPP_ON, `whatsapp:${phone}`, question);
      expect(answer.reply).toBe(HOW_TO_STOP_TEXT);
      expect(answer.reply).toMatch(/reply STOP/);
      expect(await userOf(phone)).toEqual({ opted_out: 0 });
    },
  );
});

describe('opt-out confirmations', () => {
  it.each([
    ['please stop texting me', 'SMS', 1, (phone: string) => phone],
    ['please stop texting me', 'WhatsApp', 1, (phone: string) => `whatsapp:${phone}`],
    // Twilio answers a bare carrier keyword on SMS itself; WhatsApp has no carrier filter, so Kindling confirms once
    ['STOP', 'SMS', 0, (phone: string) => phone],
    ['STOP', 'WhatsApp', 1, (phone: string) => `whatsapp:${phone}`],
  ])(
    '30 %j texts by %s in 30 seconds get %i confirmation(s) and every one is stored',
    async (body, _channel, confirmations, address) => {
      const phone = phoneNumber('212');
      setClock(CLOCKS.weekdayEvening);
      await textWith(WHATSAPP_ON, address(phone), NOTE);
      advanceClock(HOUR);
      const replies: (string | null)[] = [];
      for (let i = 0; i < 30; i++) {
        const answer = await textWith(WHATSAPP_ON, address(phone), body);
        expect(answer.status).toBe(200);
        expect(answer.contentType).toContain('text/xml');
        replies.push(answer.reply);
        advanceClock(1_000);
      }
      expect(replies.filter((reply) => reply !== null)).toEqual(Array(confirmations).fill(OPTED_OUT_TEXT));
      expect(await userOf(phone)).toEqual({ opted_out: 1 });
      const stored = await env.DB.prepare('SELECT count(*) AS n FROM inbound WHERE phone = ? AND body = ?').bind(phone, body).first<{ n: number }>();
      expect(stored?.n).toBe(30);
    },
    60_000,
  );

  it('a number already opted out gets no new confirmation, a day later or on the other channel', async () => {
    const phone = phoneNumber('212');
    setClock(CLOCKS.weekdayEvening);
    await textWith(WHATSAPP_ON, phone, NOTE);
    expect((await textWith(WHATSAPP_ON, phone, 'STOP')).reply).toBeNull();
    advanceClock(24 * HOUR);
    expect((await textWith(WHATSAPP_ON, phone, 'please stop texting me')).reply).toBeNull();
    expect((await textWith(WHATSAPP_ON, `whatsapp:${phone}`, 'unsubscribe me')).reply).toBeNull();
    expect(await userOf(phone)).toEqual({ opted_out: 1 });
  });
});

describe('a personal deployment (ALLOWED_NUMBERS set)', () => {
  const owner = phoneNumber('212');
  const personal: Env = { ...WHATSAPP_ON, ALLOWED_NUMBERS: owner };

  it.each([
    ['STOP', 'SMS', (phone: string) => phone],
    ['please stop texting me', 'SMS', (phone: string) => phone],
    ['STOP', 'WhatsApp', (phone: string) => `whatsapp:${phone}`],
  ])('records %j from a number it does not serve (%s), and the opt-out holds if the number is allowed later', async (body, _channel, address) => {
    const stranger = phoneNumber('415');
    setClock(CLOCKS.weekdayEvening);
    const answer = await textWith(personal, address(stranger), body);
    expect(answer.status).toBe(200);
    expect(answer.contentType).toContain('text/xml');
    expect(await userOf(stranger)).toEqual({ opted_out: 1 });
    expect(await env.DB.prepare('SELECT count(*) AS n FROM inbound WHERE phone = ?').bind(stranger).first()).toEqual({ n: 1 });
    // allowed later, the number is still opted out: its notes are saved but it is not texted back
    advanceClock(HOUR);
    const later = await textWith({ ...personal, ALLOWED_NUMBERS: `${owner},${stranger}` }, address(stranger), NOTE);
    expect(later.reply).toBeNull();
    expect(await userOf(stranger)).toEqual({ opted_out: 1 });
  });

  it('still ignores any other text from a number it does not serve, and stores nothing of it', async () => {
    const stranger = phoneNumber('415');
    setClock(CLOCKS.weekdayEvening);
    const answer = await textWith(personal, stranger, NOTE);
    expect(answer).toMatchObject({ status: 200, reply: null });
    expect(await userOf(stranger)).toBeNull();
    expect(await env.DB.prepare('SELECT count(*) AS n FROM inbound WHERE phone = ?').bind(stranger).first()).toEqual({ n: 0 });
  });
});

/** Console lines written while `run` runs. */
async function consoleLines(run: () => Promise<void>): Promise<string> {
  const lines: string[] = [];
  for (const method of ['log', 'error', 'warn', 'info', 'debug'] as const) {
    vi.spyOn(console, method).mockImplementation((...args: unknown[]) => {
      lines.push(args.map((arg) => (typeof arg === 'string' ? arg : JSON.stringify(arg))).join(' '));
    });
  }
  try {
    await run();
  } finally {
    vi.restoreAllMocks();
  }
  return lines.join('\n');
}

describe('a Worker whose settings do not parse (a WhatsApp template id setup used to let through)', () => {
  const broken: Env = { ...WHATSAPP_ON, TWILIO_WHATSAPP_NUDGE_CONTENT_SID: 'HX123' };
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it.each([
    ['STOP', 'SMS', null, (phone: string) => phone],
    ['STOP', 'WhatsApp', OPTED_OUT_TEXT, (phone: string) => `whatsapp:${phone}`],
    ['please stop texting me', 'SMS', OPTED_OUT_TEXT, (phone: string) => phone],
  ])('%j by %s is stored and opts out, answered with TwiML (HTTP 200), and the log names the setting only', async (body, _channel, confirmation, address) => {
    const phone = phoneNumber('212');
    setClock(CLOCKS.weekdayEvening);
    await textWith(WHATSAPP_ON, phone, NOTE);
    const sid = messageSid();
    let answer: Answer | undefined;
    const logged = await consoleLines(async () => {
      answer = await textWith(broken, address(phone), body, sid);
    });
    expect(answer).toEqual({ status: 200, contentType: expect.stringContaining('text/xml'), reply: confirmation });
    expect(await userOf(phone)).toEqual({ opted_out: 1 });
    expect(await env.DB.prepare('SELECT body, state FROM inbound WHERE sid = ?').bind(sid).first()).toEqual({ body, state: 'handled' });
    expect(logged).toMatch(/MISCONFIGURED.*TWILIO_WHATSAPP_NUDGE_CONTENT_SID/);
    expect(logged).not.toContain('HX123');
    expect(logged).not.toContain(phone.slice(2));
  });

  it('any other text is stored and answered honestly (not understood, not lost, not a 500)', async () => {
    const phone = phoneNumber('212');
    setClock(CLOCKS.weekdayEvening);
    const sid = messageSid();
    let answer: Answer | undefined;
    const logged = await consoleLines(async () => {
      answer = await textWith(broken, phone, NOTE, sid);
    });
    expect(answer).toEqual({ status: 200, contentType: expect.stringContaining('text/xml'), reply: MISCONFIGURED_TEXT });
    expect(await env.DB.prepare('SELECT body, state FROM inbound WHERE sid = ?').bind(sid).first()).toEqual({ body: NOTE, state: 'failed' });
    expect(await userOf(phone)).toEqual({ opted_out: 0 });
    expect(logged).toMatch(/MISCONFIGURED.*TWILIO_WHATSAPP_NUDGE_CONTENT_SID/);
    expect(logged).not.toContain('Sarah');
    // a flood under broken settings goes quiet like any other
    const replies: (string | null)[] = [];
    for (let i = 0; i < 8; i++) {
      advanceClock(1_000);
      replies.push((await textWith(broken, phone, `note ${i}`)).reply);
    }
    expect(replies.filter((reply) => reply !== null).length).toBeLessThanOrEqual(5);
  });

  it('a text from a number outside ALLOWED_NUMBERS gets no answer, and its STOP is still recorded', async () => {
    const stranger = phoneNumber('415');
    const personalBroken: Env = { ...broken, ALLOWED_NUMBERS: phoneNumber('212') };
    setClock(CLOCKS.weekdayEvening);
    expect((await textWith(personalBroken, stranger, NOTE)).reply).toBeNull();
    expect((await textWith(personalBroken, stranger, 'STOP')).reply).toBeNull();
    expect(await userOf(stranger)).toEqual({ opted_out: 1 });
  });
});
