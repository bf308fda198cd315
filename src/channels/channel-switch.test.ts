// Tables for what an inbound text and `text me on whatsapp` / `text me by sms` write, and the switch's replies.
import { describe, expect, it } from 'vitest';
import { segmentCount } from '../domain/sms-length';
import type { Address } from './address';
import { type ChannelColumns, channelOnInbound, type ChannelRequest, type ChannelSwitch, switchChannel } from './channel-switch';

/** Wednesday 2026-03-04, 11:00 in New York */
const NOW = Date.UTC(2026, 2, 4, 16, 0);
const FROM = 'whatsapp:+14155238886';

describe('channelOnInbound', () => {
  it.each<[Address, ChannelColumns]>([
    [{ channel: 'sms', phone: '+12125550142' }, { channel: 'sms' }],
    [
      { channel: 'whatsapp', phone: '+12125550142' },
      { channel: 'whatsapp', whatsappLastInboundAt: NOW },
    ],
  ])('%o records %o', (address, columns) => {
    expect(channelOnInbound(address, NOW)).toEqual(columns);
  });
});

describe('switchChannel', () => {
  const on: Omit<ChannelRequest, 'requested' | 'via'> = { whatsappFrom: FROM, canSendSms: true };
  it.each<[string, ChannelRequest, ChannelSwitch]>([
    [
      'WhatsApp asked for over SMS',
      { requested: 'whatsapp', via: 'sms', ...on },
      { columns: { channel: 'whatsapp' }, reply: 'Done: nudges will come on WhatsApp from +14155238886. Say hi to me there first so WhatsApp lets me write.' },
    ],
    [
      'WhatsApp asked for on WhatsApp',
      { requested: 'whatsapp', via: 'whatsapp', ...on },
      { columns: { channel: 'whatsapp' }, reply: 'Done: nudges will come here on WhatsApp.' },
    ],
    [
      'WhatsApp while it is off',
      { requested: 'whatsapp', via: 'sms', whatsappFrom: undefined, canSendSms: true },
      { columns: null, reply: "WhatsApp isn't set up for this Kindling number yet, so I'll keep texting you here." },
    ],
    [
      'WhatsApp asked for on WhatsApp while sending there is off: nothing recorded, and no promise of nudges there',
      { requested: 'whatsapp', via: 'whatsapp', whatsappFrom: undefined, canSendSms: true },
      {
        columns: null,
        reply: "I can't send WhatsApp nudges from this Kindling number yet, only answer you here. Reply TEXT ME BY SMS to get nudges by text message.",
      },
    ],
    [
      'the same with no SMS sender either',
      { requested: 'whatsapp', via: 'whatsapp', whatsappFrom: undefined, canSendSms: false },
      { columns: null, reply: "I can't send WhatsApp nudges from this Kindling number yet, only answer you here. A nudge waits until you write." },
    ],
    [
      'SMS asked for on WhatsApp',
      { requested: 'sms', via: 'whatsapp', ...on },
      { columns: { channel: 'sms' }, reply: 'Done: nudges will come by text message. Writing me on WhatsApp again moves them back there.' },
    ],
    ['SMS asked for over SMS', { requested: 'sms', via: 'sms', ...on }, { columns: { channel: 'sms' }, reply: "You're set: nudges come by text message." }],
    [
      'SMS with no SMS sender',
      { requested: 'sms', via: 'whatsapp', whatsappFrom: FROM, canSendSms: false },
      { columns: null, reply: "Text messages aren't set up for this Kindling number, so I'll keep writing here on WhatsApp." },
    ],
  ])('%s', (_case, request, result) => {
    const switched = switchChannel(request);
    expect(switched).toEqual(result);
    expect(switched.reply).toMatch(/^[\x20-\x7e]+$/);
    expect(segmentCount(switched.reply)).toEqual({ encoding: 'GSM-7', segments: 1 });
  });
});
