// Tables for WhatsApp as a channel (fixed `now`): its window and hold rules, its send (switching to the template on
// 63016), the template's variables and the WhatsApp wording.
import { describe, expect, it } from 'vitest';
import { composeNudge } from '../coach/compose';
import { at, jake, KINDS, NY, PLAIN, priya, sarah, subject } from '../../test/support/compose-fixtures';
import { segmentCount } from '../domain/sms-length';
import { flattenWhitespace, type SendOutcome, type TwilioAccount } from '../twilio/send';
import type { ChannelSettings, Reach, Way } from './channel';
import {
  composeWhatsAppNudge,
  HOLD_RECHECK_MS,
  isWindowOpen,
  namesList,
  nudgeTemplateVariables,
  WHATSAPP_MAX_CHARS,
  whatsappChannel,
  whatsappConfigured,
  whatsappReach,
  type WindowInput,
} from './whatsapp';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
/** Wednesday 2026-03-04, 11:00 in New York */
const NOW = Date.UTC(2026, 2, 4, 16, 0);
const TEMPLATE = 'HX0123456789abcdef0123456789abcdef';
const FROM = 'whatsapp:+14155238886';
const PHONE = '+12125550142';

const open: WindowInput = { lastInboundAt: NOW - 3 * HOUR, now: NOW, templateSid: TEMPLATE, configured: true };
const hold: Reach = { type: 'hold', recheckAt: NOW + HOLD_RECHECK_MS };

describe('whatsappReach: the window and hold rules', () => {
  it.each<[string, Partial<WindowInput>, Reach]>([
    ['WhatsApp sending off: held, never SMS', { configured: false }, hold],
    ['sending off, even inside the window', { configured: false, lastInboundAt: NOW - MINUTE }, hold],
    ['wrote 3 hours ago', {}, { type: 'free-form' }],
    ['wrote a minute ago', { lastInboundAt: NOW - MINUTE }, { type: 'free-form' }],
    ['wrote after the sweep began', { lastInboundAt: NOW + MINUTE }, { type: 'free-form' }],
    ['wrote 23 h 49 min ago', { lastInboundAt: NOW - 23 * HOUR - 49 * MINUTE }, { type: 'free-form' }],
    ['10 minutes before the window closes', { lastInboundAt: NOW - 23 * HOUR - 50 * MINUTE }, { type: 'template', contentSid: TEMPLATE }],
    ['exactly 24 hours after', { lastInboundAt: NOW - 24 * HOUR }, { type: 'template', contentSid: TEMPLATE }],
    ['3 days after', { lastInboundAt: NOW - 72 * HOUR }, { type: 'template', contentSid: TEMPLATE }],
    ['no known inbound', { lastInboundAt: null }, { type: 'template', contentSid: TEMPLATE }],
    ['outside, no template: held, never SMS to the same number', { lastInboundAt: NOW - 30 * HOUR, templateSid: undefined }, hold],
    ['no known inbound, no template: held', { lastInboundAt: null, templateSid: undefined }, hold],
    ['inside, no template: free form', { templateSid: undefined }, { type: 'free-form' }],
  ])('%s', (_case, change, reach) => {
    expect(whatsappReach({ ...open, ...change })).toEqual(reach);
  });
});

const on: ChannelSettings = {
  TWILIO_PHONE_NUMBER: '+15005550006',
  TWILIO_MESSAGING_SERVICE_SID: undefined,
  TWILIO_WHATSAPP_FROM: FROM,
  TWILIO_WHATSAPP_NUDGE_CONTENT_SID: TEMPLATE,
};

describe('whatsappChannel', () => {
  it.each<[string, Partial<ChannelSettings>, boolean]>([
    ['a WhatsApp sender', {}, true],
    ['no WhatsApp sender, an SMS one', { TWILIO_WHATSAPP_FROM: undefined }, false],
    ['a WhatsApp sender and no template', { TWILIO_WHATSAPP_NUDGE_CONTENT_SID: undefined }, true],
  ])('with %s, configured is %s', (_case, change, configured) => {
    expect(whatsappConfigured({ ...on, ...change })).toBe(configured);
    expect(whatsappChannel({ phone: PHONE, whatsappLastInboundAt: null }, { ...on, ...change }).configured).toBe(configured);
  });

  it('is addressed as whatsapp:+E164, carries any text as written, and reads the window from the user', () => {
    const channel = whatsappChannel({ phone: PHONE, whatsappLastInboundAt: NOW - HOUR }, on);
    expect(channel.name).toBe('whatsapp');
    expect(channel.address).toBe(`whatsapp:${PHONE}`);
    expect(channel.carries('x'.repeat(1_000))).toBe(true);
    expect(channel.reach(NOW)).toEqual({ type: 'free-form' });
    expect(channel.reach(NOW + 24 * HOUR)).toEqual({ type: 'template', contentSid: TEMPLATE });
  });

  const account: TwilioAccount = { apiBase: 'https://api.twilio.test', accountSid: 'AC1', authToken: 'token', whatsappFrom: FROM };
  const sid = { sid: 'SM1' };
  const windowClosed = { status: 400, code: 63016 };
  const rejected: SendOutcome = { type: 'rejected', status: 400, code: 63016 };

  /** Sends on a user's channel against scripted Twilio answers; returns the outcome, the forms posted and whether the window was forgotten. */
  async function sendWith(answers: { status: number; code?: number; sid?: string }[], way: Way, settings: ChannelSettings = on) {
    const posted: Record<string, string>[] = [];
    const fetcher = (async (_url: string, init?: RequestInit) => {
      posted.push(Object.fromEntries(new URLSearchParams(String(init?.body))));
      const answer = answers[posted.length - 1] ?? { status: 500 };
      return new Response(JSON.stringify(answer.sid ? { sid: answer.sid } : { code: answer.code }), { status: answer.status });
    }) as typeof fetch;
    let forgotten = 0;
    const channel = whatsappChannel({ phone: PHONE, whatsappLastInboundAt: NOW - HOUR }, settings);
    const outcome = await channel.send({ body: 'Text Sarah: "Hey!"\nReply DONE.', names: ['Sarah'] }, way, {
      account,
      fetcher,
      windowClosed: async () => {
        forgotten += 1;
      },
    });
    return { outcome, posted, forgotten };
  }

  it.each<[string, { status: number; code?: number; sid?: string }[], Way, ChannelSettings, SendOutcome, string[], number]>([
    ['free form, sent', [{ status: 201, ...sid }], { type: 'free-form' }, on, { type: 'sent', sid: 'SM1' }, ['Body'], 0],
    ['the template, sent', [{ status: 201, ...sid }], { type: 'template', contentSid: TEMPLATE }, on, { type: 'sent', sid: 'SM1' }, ['ContentSid'], 0],
    [
      'free form refused as outside the window: the window is forgotten and the template goes',
      [windowClosed, { status: 201, ...sid }],
      { type: 'free-form' },
      on,
      { type: 'sent', sid: 'SM1' },
      ['Body', 'ContentSid'],
      1,
    ],
    [
      'the same with no template: outside-window, for the caller to release',
      [windowClosed],
      { type: 'free-form' },
      { ...on, TWILIO_WHATSAPP_NUDGE_CONTENT_SID: undefined },
      { type: 'outside-window' },
      ['Body'],
      1,
    ],
    [
      'the template refused as outside the window: rejected, never tried again',
      [windowClosed],
      { type: 'template', contentSid: TEMPLATE },
      on,
      rejected,
      ['ContentSid'],
      0,
    ],
    ['free form and then the template refused: rejected', [windowClosed, windowClosed], { type: 'free-form' }, on, rejected, ['Body', 'ContentSid'], 1],
  ])('%s', async (_case, answers, way, settings, outcome, fields, forgotten) => {
    const sent = await sendWith(answers, way, settings);
    expect(sent.outcome).toEqual(outcome);
    expect(sent.posted.map((form) => ('Body' in form ? 'Body' : 'ContentSid'))).toEqual(fields);
    for (const form of sent.posted) expect([form.To, form.From]).toEqual([`whatsapp:${PHONE}`, FROM]);
    expect(sent.forgotten).toBe(forgotten);
  });

  it('carries who and the nudge on one line in the template', async () => {
    const { posted } = await sendWith([{ status: 201, ...sid }], { type: 'template', contentSid: TEMPLATE });
    expect(posted[0]?.ContentSid).toBe(TEMPLATE);
    expect(JSON.parse(posted[0]?.ContentVariables ?? '')).toEqual({ 1: 'Sarah', 2: 'Text Sarah: "Hey!" Reply DONE.' });
  });
});

describe('isWindowOpen', () => {
  it.each<[number | null, boolean]>([
    [null, false],
    [NOW, true],
    [NOW - 23 * HOUR, true],
    [NOW - 24 * HOUR + 11 * MINUTE, true],
    [NOW - 24 * HOUR + 10 * MINUTE, false],
    [NOW - 25 * HOUR, false],
  ])('last inbound %s: %s', (last, open) => {
    expect(isWindowOpen(last, NOW)).toBe(open);
  });
});

describe('template variables', () => {
  it.each<[string[], string]>([
    [['Sarah'], 'Sarah'],
    [['Sarah', 'Jake'], 'Sarah and Jake'],
    [['Sarah', 'Jake', 'Priya'], 'Sarah, Jake and Priya'],
    [['Sarah', 'Jake', 'Priya', 'Dev'], 'Sarah, Jake, Priya and Dev'],
  ])('names %o as %s', (names, listed) => {
    expect(namesList(names)).toBe(listed);
  });

  it.each([
    [
      '2 people to follow up with:\n1) Sarah: check in\n2) Jake: say hi\nReply DONE 1.',
      '2 people to follow up with: 1) Sarah: check in 2) Jake: say hi Reply DONE 1.',
    ],
    ['tabs\tand     runs of spaces ', 'tabs and runs of spaces'],
    ['one line already.', 'one line already.'],
  ])('puts %j on one line', (text, line) => {
    expect(flattenWhitespace(text)).toBe(line);
  });

  it('carries who and the whole nudge, as strings with no newline', () => {
    const text = '2 follow-ups today:\n1) Sarah: check in, "Hey Sarah!"\n2) Jake: say hi\nReply DONE 1.';
    const variables = nudgeTemplateVariables(['Sarah', 'Jake'], text);
    expect(variables).toEqual({ 1: 'Sarah and Jake', 2: '2 follow-ups today: 1) Sarah: check in, "Hey Sarah!" 2) Jake: say hi Reply DONE 1.' });
    expect(JSON.parse(JSON.stringify(variables))).toEqual({ '1': 'Sarah and Jake', '2': variables[2] });
  });
});

describe('composeWhatsAppNudge', () => {
  const options = { now: at(2026, 12, 2, 10), zone: NY };
  const people = [sarah, jake, priya];

  it.each(KINDS.flatMap((kind) => people.map((person) => [kind, person.name, person] as const)))(
    '%s about %s: short, plain, never shorter than the SMS text, and not squeezed to a segment',
    (kind, _name, person) => {
      for (const seed of [0, 1, 2, 3, 7]) {
        const whatsapp = composeWhatsAppNudge([subject(kind, person)], seed, options);
        const sms = composeNudge([subject(kind, person)], seed, options);
        expect(whatsapp.length).toBeLessThanOrEqual(WHATSAPP_MAX_CHARS);
        expect(whatsapp).toMatch(PLAIN);
        expect(whatsapp.length).toBeGreaterThanOrEqual(sms.length);
        expect(whatsapp).toContain(person.name);
      }
    },
  );

  it('says more than the SMS text when the SMS text had to be squeezed into one segment', () => {
    const squeezed = KINDS.flatMap((kind) => people.map((person) => subject(kind, person))).filter(
      (one) => composeWhatsAppNudge([one], 3, options) !== composeNudge([one], 3, options),
    );
    expect(squeezed.length).toBeGreaterThan(0);
    for (const one of squeezed) expect(segmentCount(composeWhatsAppNudge([one], 3, options)).segments).toBeGreaterThan(1);
  });

  it('keeps a text about several people on separate lines', () => {
    const text = composeWhatsAppNudge([subject('check-in', sarah), subject('say-hi', jake), subject('deepen', priya)], 1, options);
    expect(text.split('\n').length).toBeGreaterThanOrEqual(4);
    for (const name of ['Sarah', 'Jake', 'Priya']) expect(text).toContain(name);
    expect(text.length).toBeLessThanOrEqual(WHATSAPP_MAX_CHARS);
  });

  it('is empty for no subjects, as the SMS text is', () => {
    expect(composeWhatsAppNudge([], 0, options)).toBe('');
  });
});
