import { describe, expect, it } from 'vitest';
import { channelRequested } from './channel';

describe('channelRequested', () => {
  it.each([
    ['text me on whatsapp', 'whatsapp'],
    ['Text me on WhatsApp.', 'whatsapp'],
    ['please message me on whatsapp', 'whatsapp'],
    ['text me by sms', 'sms'],
    ['Text me by SMS!', 'sms'],
    ['text me by text message', 'sms'],
    ['met Sarah, text me on whatsapp about her', null],
    ['text me on telegram', null],
    ['whatsapp', null],
    ['Maria said text me on whatsapp', null],
  ] as const)('%s -> %s', (text, expected) => {
    expect(channelRequested(text)).toBe(expected);
  });
});
