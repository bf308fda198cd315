// Channels at the edge: a Twilio `From`/`To` address (`+E164` for SMS, `whatsapp:+E164` for WhatsApp) parsed into
// { channel, phone } and formatted back. Pure. A person is one user per phone number, whichever channel they use.
import type { ChannelName } from './channel';

export interface Address {
  channel: ChannelName;
  /** E.164: the user's key, the same on every channel */
  phone: string;
}

const INTERNATIONAL_NUMBER = /^\+[1-9]\d{6,14}$/;
const WHATSAPP_PREFIX = 'whatsapp:';

/**
 * The channel and number of a Twilio address; null when it is neither `+E164` nor `whatsapp:+E164` exactly.
 * @example parseAddress('whatsapp:+14155550123') // { channel: 'whatsapp', phone: '+14155550123' }
 * @example parseAddress('+14155550123') // { channel: 'sms', phone: '+14155550123' }
 * @example parseAddress('messenger:+14155550123') // null
 */
export function parseAddress(raw: string): Address | null {
  const whatsapp = raw.startsWith(WHATSAPP_PREFIX);
  const phone = whatsapp ? raw.slice(WHATSAPP_PREFIX.length) : raw;
  if (!INTERNATIONAL_NUMBER.test(phone)) return null;
  return { channel: whatsapp ? 'whatsapp' : 'sms', phone };
}

/**
 * The `To` (or `From`) Twilio expects for a number on a channel.
 * @example formatAddress({ channel: 'whatsapp', phone: '+14155550123' }) // 'whatsapp:+14155550123'
 * @example formatAddress({ channel: 'sms', phone: '+14155550123' }) // '+14155550123'
 */
export function formatAddress(address: Address): string {
  return address.channel === 'whatsapp' ? `${WHATSAPP_PREFIX}${address.phone}` : address.phone;
}
