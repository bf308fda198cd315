// Tables for SMS as a channel: its address, that it never holds (no window of its own), what it carries, its sender
// check, and its send.
import { describe, expect, it } from 'vitest';
import type { TwilioAccount } from '../twilio/send';
import type { ChannelSettings } from './channel';
import { SMS_MAX_SEGMENTS, smsChannel, smsConfigured } from './sms';

const HOUR = 60 * 60_000;
/** Wednesday 2026-03-04, 11:00 in New York */
const NOW = Date.UTC(2026, 2, 4, 16, 0);
const PHONE = '+12125550142';
const none: ChannelSettings = {
  TWILIO_PHONE_NUMBER: undefined,
  TWILIO_MESSAGING_SERVICE_SID: undefined,
  TWILIO_WHATSAPP_FROM: undefined,
  TWILIO_WHATSAPP_NUDGE_CONTENT_SID: undefined,
};

describe('smsConfigured', () => {
  it.each<[string, Partial<ChannelSettings>, boolean]>([
    ['a phone number', { TWILIO_PHONE_NUMBER: '+15005550006' }, true],
    ['a messaging service', { TWILIO_MESSAGING_SERVICE_SID: 'MG0123' }, true],
    ['both', { TWILIO_PHONE_NUMBER: '+15005550006', TWILIO_MESSAGING_SERVICE_SID: 'MG0123' }, true],
    ['only a WhatsApp sender', { TWILIO_WHATSAPP_FROM: 'whatsapp:+14155238886' }, false],
    ['nothing', {}, false],
  ])('%s: %s', (_case, change, configured) => {
    expect(smsConfigured({ ...none, ...change })).toBe(configured);
    expect(smsChannel({ phone: PHONE }, { ...none, ...change }).configured).toBe(configured);
  });
});

describe('smsChannel', () => {
  const channel = smsChannel({ phone: PHONE }, { ...none, TWILIO_PHONE_NUMBER: '+15005550006' });

  it('is addressed as the bare number', () => {
    expect(channel.name).toBe('sms');
    expect(channel.address).toBe(PHONE);
  });

  it.each([0, HOUR, 30 * HOUR, 30 * 24 * HOUR])('never holds and never needs a template, %d ms on', (later) => {
    expect(channel.reach(NOW + later)).toEqual({ type: 'free-form' });
  });

  it.each<[string, string, boolean]>([
    ['one segment', 'Text Sarah today?', true],
    ['two segments', 'x'.repeat(306), true],
    ['three segments', 'x'.repeat(307), false],
    ['two UCS-2 segments', '—'.repeat(134), true],
    ['three UCS-2 segments', '—'.repeat(135), false],
  ])('carries %s as written: %s', (_case, body, carries) => {
    expect(channel.carries(body)).toBe(carries);
  });

  it(`composes a nudge within ${SMS_MAX_SEGMENTS} segments`, () => {
    expect(channel.carries(channel.composeNudge([], 0))).toBe(true);
  });

  it('sends one message: To the number, From the Kindling number, the body in GSM-7, the status callback', async () => {
    const posted: Record<string, string>[] = [];
    const fetcher = (async (_url: string, init?: RequestInit) => {
      posted.push(Object.fromEntries(new URLSearchParams(String(init?.body))));
      return new Response(JSON.stringify({ sid: 'SM1' }), { status: 201 });
    }) as typeof fetch;
    const account: TwilioAccount = { apiBase: 'https://api.twilio.test', accountSid: 'AC1', authToken: 'token', from: '+15005550006' };
    const outcome = await channel.send(
      { body: 'Text Lucía today?', names: ['Lucía'] },
      { type: 'free-form' },
      {
        account,
        statusCallback: 'https://kindling.test/twilio/status',
        fetcher,
        windowClosed: async () => {
          throw new Error('SMS has no window');
        },
      },
    );
    expect(outcome).toEqual({ type: 'sent', sid: 'SM1' });
    expect(posted).toEqual([{ To: PHONE, From: '+15005550006', Body: 'Text Lucia today?', StatusCallback: 'https://kindling.test/twilio/status' }]);
  });
});
