// Tables for channel addresses: what Twilio's From/To may be, and what Kindling sends back.
import { describe, expect, it } from 'vitest';
import { formatAddress, parseAddress, type Address } from './address';

describe('parseAddress', () => {
  it.each<[string, Address]>([
    ['+14155550123', { channel: 'sms', phone: '+14155550123' }],
    ['whatsapp:+14155550123', { channel: 'whatsapp', phone: '+14155550123' }],
    ['whatsapp:+447911123456', { channel: 'whatsapp', phone: '+447911123456' }],
    ['+5511987654321', { channel: 'sms', phone: '+5511987654321' }],
    ['whatsapp:+1234567', { channel: 'whatsapp', phone: '+1234567' }],
  ])('%s is %o', (raw, address) => {
    expect(parseAddress(raw)).toEqual(address);
  });

  it.each([
    ['empty', ''],
    ['the prefix alone', 'whatsapp:'],
    ['no plus', 'whatsapp:14155550123'],
    ['national format', '(415) 555-0123'],
    ['a leading zero country code', '+04155550123'],
    ['too short', '+123456'],
    ['too long', '+1234567890123456'],
    ['spaces inside', 'whatsapp: +14155550123'],
    ['a trailing newline', '+14155550123\n'],
    ['another channel', 'messenger:+14155550123'],
    ['the prefix twice', 'whatsapp:whatsapp:+14155550123'],
    ['an upper-case prefix', 'WhatsApp:+14155550123'],
    ['an sms: scheme', 'sms:+14155550123'],
    ['a short code', '12345'],
    ['letters', '+1415555O123'],
  ])('rejects %s', (_case, raw) => {
    expect(parseAddress(raw)).toBeNull();
  });
});

describe('formatAddress', () => {
  it.each<[Address, string]>([
    [{ channel: 'sms', phone: '+14155550123' }, '+14155550123'],
    [{ channel: 'whatsapp', phone: '+14155550123' }, 'whatsapp:+14155550123'],
  ])('%o is sent to %s', (address, to) => {
    expect(formatAddress(address)).toBe(to);
  });

  it.each(['+14155550123', 'whatsapp:+447911123456'])('parses back what it formats: %s', (raw) => {
    const address = parseAddress(raw);
    expect(address).not.toBeNull();
    if (address) expect(formatAddress(address)).toBe(raw);
  });
});
