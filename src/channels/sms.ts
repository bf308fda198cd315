// SMS as a Channel: the bare `+E164` address, no window of its own (a text can go whenever the sweep's daily window,
// pause and cap allow), the nudge squeezed into SMS segments, one REST call per send.
import { composeNudge } from '../coach/compose';
import { segmentCount } from '../domain/sms-length';
import { sendMessage } from '../twilio/send';
import { formatAddress } from './address';
import type { Channel, ChannelSettings, ChannelUser } from './channel';

/** The most segments a nudge may take by SMS: what compose fits it to. */
export const SMS_MAX_SEGMENTS = 2;
/** The carrier answers a bare STOP by SMS itself (and Twilio forwards it): Kindling must not answer it again. */
export const SMS_ANSWERS_CARRIER_STOP = true;

/**
 * The deployment has an SMS sender: TWILIO_PHONE_NUMBER or TWILIO_MESSAGING_SERVICE_SID.
 * @example smsConfigured({ TWILIO_MESSAGING_SERVICE_SID: 'MG123' }) // true
 */
export function smsConfigured(settings: Pick<ChannelSettings, 'TWILIO_PHONE_NUMBER' | 'TWILIO_MESSAGING_SERVICE_SID'>): boolean {
  return Boolean(settings.TWILIO_PHONE_NUMBER || settings.TWILIO_MESSAGING_SERVICE_SID);
}

/**
 * The user's SMS channel. A text may always go (an unconfigured sender is Twilio's to refuse, as a rejected send),
 * and never as a template.
 * @example smsChannel({ phone: '+12125550142' }, settings).reach(now) // { type: 'free-form' }
 */
export function smsChannel(user: Pick<ChannelUser, 'phone'>, settings: ChannelSettings): Channel {
  const address = formatAddress({ channel: 'sms', phone: user.phone });
  return {
    name: 'sms',
    address,
    configured: smsConfigured(settings),
    reach: () => ({ type: 'free-form' }),
    composeNudge,
    carries: (body) => segmentCount(body).segments <= SMS_MAX_SEGMENTS,
    send: (text, _way, context) => sendMessage(context.account, { to: address, body: text.body, statusCallback: context.statusCallback }, context.fetcher),
  };
}

/**
 * An `sms:` link with the draft as its body, to `digits` (the number without its plus) or, empty, to no one yet.
 * @example smsDraftLink('15551234567', 'Hi Ann!') // 'sms:+15551234567?&body=Hi%20Ann!'
 */
export function smsDraftLink(digits: string, draft: string): string {
  const body = encodeURIComponent(draft);
  return digits ? `sms:+${digits}?&body=${body}` : `sms:?&body=${body}`;
}
