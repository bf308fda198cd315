// Tables for the Channel interface: which channel a user's nudges go on and whether it can reach them now (the window
// and hold rules across both channels), the addresses a sent text is looked up at, STOP, the inbound context, and the
// page's "Text <name>" link.
import { describe, expect, it } from 'vitest';
import {
  carrierAnswersStop,
  type ChannelContext,
  channelContextOf,
  type ChannelName,
  channelOf,
  draftLinkOf,
  type ChannelSettings,
  type ChannelUser,
  heldReleaseOf,
  type Reach,
  sentAddressesOf,
} from './channel';
import { HOLD_RECHECK_MS } from './whatsapp';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
/** Wednesday 2026-03-04, 11:00 in New York */
const NOW = Date.UTC(2026, 2, 4, 16, 0);
const PHONE = '+12125550142';
const FROM = 'whatsapp:+14155238886';
const TEMPLATE = 'HX0123456789abcdef0123456789abcdef';

const both: ChannelSettings = {
  TWILIO_PHONE_NUMBER: '+15005550006',
  TWILIO_MESSAGING_SERVICE_SID: undefined,
  TWILIO_WHATSAPP_FROM: FROM,
  TWILIO_WHATSAPP_NUDGE_CONTENT_SID: TEMPLATE,
};
const smsOnly: ChannelSettings = { ...both, TWILIO_WHATSAPP_FROM: undefined, TWILIO_WHATSAPP_NUDGE_CONTENT_SID: undefined };
const noTemplate: ChannelSettings = { ...both, TWILIO_WHATSAPP_NUDGE_CONTENT_SID: undefined };
const whatsappOnly: ChannelSettings = { ...both, TWILIO_PHONE_NUMBER: undefined };

const user = (channel: ChannelName, whatsappLastInboundAt: number | null): ChannelUser => ({ phone: PHONE, channel, whatsappLastInboundAt });
const hold: Reach = { type: 'hold', recheckAt: NOW + HOLD_RECHECK_MS };
const template: Reach = { type: 'template', contentSid: TEMPLATE };

describe('channelOf: the user channel and its reach now', () => {
  it.each<[string, ChannelUser, ChannelSettings, ChannelName, string, Reach]>([
    ['an SMS user', user('sms', null), both, 'sms', PHONE, { type: 'free-form' }],
    ['an SMS user who once wrote on WhatsApp', user('sms', NOW - HOUR), both, 'sms', PHONE, { type: 'free-form' }],
    ['an SMS user where WhatsApp is off', user('sms', null), smsOnly, 'sms', PHONE, { type: 'free-form' }],
    ['a WhatsApp user inside the window', user('whatsapp', NOW - 3 * HOUR), both, 'whatsapp', `whatsapp:${PHONE}`, { type: 'free-form' }],
    [
      'a WhatsApp user inside the window, WhatsApp only',
      user('whatsapp', NOW - 3 * HOUR),
      whatsappOnly,
      'whatsapp',
      `whatsapp:${PHONE}`,
      { type: 'free-form' },
    ],
    ['a WhatsApp user 10 minutes before the window closes', user('whatsapp', NOW - 23 * HOUR - 50 * MINUTE), both, 'whatsapp', `whatsapp:${PHONE}`, template],
    ['a WhatsApp user outside the window', user('whatsapp', NOW - 30 * HOUR), both, 'whatsapp', `whatsapp:${PHONE}`, template],
    ['a WhatsApp user never seen inbound', user('whatsapp', null), both, 'whatsapp', `whatsapp:${PHONE}`, template],
    ['a WhatsApp user outside the window, no template: held, never SMS', user('whatsapp', NOW - 30 * HOUR), noTemplate, 'whatsapp', `whatsapp:${PHONE}`, hold],
    ['a WhatsApp user where WhatsApp is off: held, never SMS', user('whatsapp', NOW - HOUR), smsOnly, 'whatsapp', `whatsapp:${PHONE}`, hold],
  ])('%s', (_case, who, settings, name, address, reach) => {
    const channel = channelOf(who, settings);
    expect([channel.name, channel.address]).toEqual([name, address]);
    expect(channel.reach(NOW)).toEqual(reach);
  });
});

describe('sentAddressesOf', () => {
  it.each<[string, ChannelSettings, string[]]>([
    ['WhatsApp on: WhatsApp first, then SMS', both, [`whatsapp:${PHONE}`, PHONE]],
    ['WhatsApp off: SMS only', smsOnly, [PHONE]],
  ])('%s', (_case, settings, addresses) => {
    expect(sentAddressesOf(PHONE, settings)).toEqual(addresses);
  });
});

describe('carrierAnswersStop', () => {
  it.each<[ChannelName, boolean]>([
    ['sms', true],
    ['whatsapp', false],
  ])('%s: %s', (channel, answers) => {
    expect(carrierAnswersStop({ channel, phone: PHONE })).toBe(answers);
  });
});

describe('channelContextOf and heldReleaseOf', () => {
  it.each<[string, ChannelName, ChannelSettings, ChannelContext, { sendsNow: boolean } | null]>([
    ['SMS, both on', 'sms', both, { via: 'sms', whatsappFrom: FROM, canSendSms: true }, null],
    ['WhatsApp, both on: held nudges go now', 'whatsapp', both, { via: 'whatsapp', whatsappFrom: FROM, canSendSms: true }, { sendsNow: true }],
    ['WhatsApp, WhatsApp only', 'whatsapp', whatsappOnly, { via: 'whatsapp', whatsappFrom: FROM, canSendSms: false }, { sendsNow: true }],
    [
      'WhatsApp while WhatsApp sending is off: only asked for',
      'whatsapp',
      smsOnly,
      { via: 'whatsapp', whatsappFrom: undefined, canSendSms: true },
      { sendsNow: false },
    ],
    ['SMS while WhatsApp is off', 'sms', smsOnly, { via: 'sms', whatsappFrom: undefined, canSendSms: true }, null],
  ])('%s', (_case, via, settings, context, release) => {
    expect(channelContextOf({ channel: via, phone: PHONE }, settings)).toEqual(context);
    expect(heldReleaseOf(context)).toEqual(release);
  });

  it('a text with no channel context releases nothing', () => {
    expect(heldReleaseOf(undefined)).toBeNull();
  });
});

describe('draftLinkOf', () => {
  it.each<[string | null, ChannelName, string]>([
    ['+15551234567', 'sms', 'sms:+15551234567?&body=Hi%20Ann!'],
    ['+15551234567', 'whatsapp', 'https://wa.me/15551234567?text=Hi%20Ann!'],
    [null, 'sms', 'sms:?&body=Hi%20Ann!'],
    [null, 'whatsapp', 'sms:?&body=Hi%20Ann!'],
  ])('%s on %s -> %s', (phone, channel, link) => {
    expect(draftLinkOf(phone, 'Hi Ann!', channel)).toBe(link);
  });
});
