// Tables for how a nudge goes out on WhatsApp (fixed `now`), the template's variables and the WhatsApp wording.
import { describe, expect, it } from 'vitest';
import { composeNudge } from '../coach/compose';
import { at, jake, KINDS, NY, PLAIN, priya, sarah, subject } from '../../test/support/compose-fixtures';
import { segmentCount } from '../domain/sms-length';
import {
  chooseDelivery,
  composeWhatsAppNudge,
  type Delivery,
  type DeliveryInput,
  HOLD_RECHECK_MS,
  isWindowOpen,
  namesList,
  nudgeTemplateVariables,
  oneLine,
  WHATSAPP_MAX_CHARS,
} from './whatsapp';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
/** Wednesday 2026-03-04, 11:00 in New York */
const NOW = Date.UTC(2026, 2, 4, 16, 0);
const TEMPLATE = 'HX0123456789abcdef0123456789abcdef';
const FROM = 'whatsapp:+14155238886';

const whatsappUser: DeliveryInput = {
  channel: 'whatsapp',
  lastWhatsAppInboundAt: NOW - 3 * HOUR,
  now: NOW,
  templateSid: TEMPLATE,
  whatsappFrom: FROM,
};

describe('chooseDelivery', () => {
  it.each<[string, Partial<DeliveryInput>, Delivery]>([
    ['an SMS user', { channel: 'sms' }, { type: 'sms' }],
    ['an SMS user who once wrote on WhatsApp', { channel: 'sms', lastWhatsAppInboundAt: NOW - HOUR }, { type: 'sms' }],
    ['a WhatsApp user while WhatsApp sending is off: held, never SMS', { whatsappFrom: undefined }, { type: 'hold', recheckAt: NOW + HOLD_RECHECK_MS }],
    ['a WhatsApp user who wrote 3 hours ago', {}, { type: 'whatsapp-text' }],
    ['a WhatsApp user who wrote a minute ago', { lastWhatsAppInboundAt: NOW - MINUTE }, { type: 'whatsapp-text' }],
    ['a WhatsApp user who wrote after the sweep began', { lastWhatsAppInboundAt: NOW + MINUTE }, { type: 'whatsapp-text' }],
    ['a WhatsApp user who wrote 23 h 49 min ago', { lastWhatsAppInboundAt: NOW - 23 * HOUR - 49 * MINUTE }, { type: 'whatsapp-text' }],
    ['10 minutes before the window closes', { lastWhatsAppInboundAt: NOW - 23 * HOUR - 50 * MINUTE }, { type: 'whatsapp-template', contentSid: TEMPLATE }],
    ['exactly 24 hours after', { lastWhatsAppInboundAt: NOW - 24 * HOUR }, { type: 'whatsapp-template', contentSid: TEMPLATE }],
    ['3 days after', { lastWhatsAppInboundAt: NOW - 72 * HOUR }, { type: 'whatsapp-template', contentSid: TEMPLATE }],
    ['a WhatsApp user with no known inbound', { lastWhatsAppInboundAt: null }, { type: 'whatsapp-template', contentSid: TEMPLATE }],
    [
      'outside, no template: held, never SMS to the same number',
      { lastWhatsAppInboundAt: NOW - 30 * HOUR, templateSid: undefined },
      { type: 'hold', recheckAt: NOW + HOLD_RECHECK_MS },
    ],
    ['inside, no template: free form', { templateSid: undefined }, { type: 'whatsapp-text' }],
  ])('%s', (_case, change, delivery) => {
    expect(chooseDelivery({ ...whatsappUser, ...change })).toEqual(delivery);
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
    expect(oneLine(text)).toBe(line);
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
