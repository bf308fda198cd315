// The one Channel interface: what Kindling needs of a way to reach a user (the address, whether a text can go now and
// how, the nudge's wording there, the send, and holding when it cannot go), and channelOf, which picks the user's.
// sms.ts and whatsapp.ts implement it; nothing outside src/channels/ asks which channel a user is on.
import type { ComposeOptions } from '../coach/compose';
import type { NudgeSubject } from '../domain/types';
import type { Settings } from '../env';
import type { SendOutcome, TwilioAccount } from '../twilio/send';
import type { Address } from './address';
import { SMS_ANSWERS_CARRIER_STOP, smsChannel, smsConfigured, smsDraftLink } from './sms';
import { WHATSAPP_ANSWERS_CARRIER_STOP, whatsappChannel, whatsappConfigured, whatsappDraftLink } from './whatsapp';

/** A channel's stored name (users.channel). */
export type ChannelName = 'sms' | 'whatsapp';

/** What channels read of the settings: the senders, and the template for outside a window. */
export type ChannelSettings = Pick<
  Settings,
  'TWILIO_PHONE_NUMBER' | 'TWILIO_MESSAGING_SERVICE_SID' | 'TWILIO_WHATSAPP_FROM' | 'TWILIO_WHATSAPP_NUDGE_CONTENT_SID'
>;

/** What channels read of a user (a db/rows UserRow has it). */
export interface ChannelUser {
  phone: string;
  /** where nudges go */
  channel: ChannelName;
  /** the user's last inbound WhatsApp message (UTC ms), null when none is known: it opens WhatsApp's window */
  whatsappLastInboundAt: number | null;
}

/** Whether and how a text can go to the user now. */
export type Reach =
  /** the text itself, as written */
  | { type: 'free-form' }
  /** only the approved template, carrying the text in its variables (outside the channel's window) */
  | { type: 'template'; contentSid: string }
  /** nothing can go now: look again at `recheckAt`, on this channel only (never another one the user did not pick) */
  | { type: 'hold'; recheckAt: number };

/** A reach that lets the text go. */
export type Way = Exclude<Reach, { type: 'hold' }>;

/** One nudge text: its words, and the names it is about (a template carries them apart). */
export interface OutgoingText {
  body: string;
  names: readonly string[];
}

/** What a send needs from the caller: the Twilio account, where status callbacks go, and the one write it may ask for. */
export interface SendContext {
  account: TwilioAccount;
  statusCallback?: string;
  fetcher?: typeof fetch;
  /** Twilio said the channel's window is closed, whatever Kindling had recorded: forget the recorded one */
  windowClosed: () => Promise<void>;
}

export interface Channel {
  readonly name: ChannelName;
  /** the user's Twilio address on this channel: `+E164` or `whatsapp:+E164` */
  readonly address: string;
  /** the deployment has a sender for this channel */
  readonly configured: boolean;
  /** whether and how a text can go at `now` (window rules, configuration); hold when it cannot */
  reach(now: number): Reach;
  /** a nudge's words as this channel carries them */
  composeNudge(subjects: NudgeSubject[], seed: number, options?: ComposeOptions): string;
  /** whether a text composed earlier, perhaps for another channel, may go on this one as it is */
  carries(body: string): boolean;
  /** sends a text the way `reach` said; never throws (every failure is an outcome) */
  send(text: OutgoingText, way: Way, context: SendContext): Promise<SendOutcome>;
}

/**
 * The channel the user's nudges go on.
 * @example channelOf({ phone: '+12125550142', channel: 'whatsapp', whatsappLastInboundAt: null }, settings).address
 *   // 'whatsapp:+12125550142'
 */
export function channelOf(user: ChannelUser, settings: ChannelSettings): Channel {
  return user.channel === 'whatsapp' ? whatsappChannel(user, settings) : smsChannel(user, settings);
}

/**
 * Every address a text to this number may have gone to, for looking it up at Twilio: the user's channel, a
 * fallback or a switch since may each have carried it. WhatsApp first, and only while it is on.
 * @example sentAddressesOf('+12125550142', { TWILIO_WHATSAPP_FROM: 'whatsapp:+14155238886' }) // ['whatsapp:+12125550142', '+12125550142']
 */
export function sentAddressesOf(phone: string, settings: ChannelSettings): string[] {
  const user = { phone, whatsappLastInboundAt: null };
  const sms = smsChannel(user, settings);
  const whatsapp = whatsappChannel(user, settings);
  return whatsapp.configured ? [whatsapp.address, sms.address] : [sms.address];
}

/**
 * Whether the carrier itself answers a bare opt-out keyword (STOP...) sent on this address's channel, so Kindling
 * must not answer it a second time.
 * @example carrierAnswersStop({ channel: 'sms', phone: '+12125550142' }) // true
 */
export function carrierAnswersStop(address: Address): boolean {
  return address.channel === 'whatsapp' ? WHATSAPP_ANSWERS_CARRIER_STOP : SMS_ANSWERS_CARRIER_STOP;
}

/** The channel an inbound text came on and what this deployment can send on: what decide needs of channels. */
export interface ChannelContext {
  via: ChannelName;
  /** TWILIO_WHATSAPP_FROM, named in the switch's reply; WhatsApp sending is on when it is set */
  whatsappFrom: string | undefined;
  /** the deployment has an SMS sender */
  canSendSms: boolean;
}

/**
 * The context of a text that came from `address`, computed once per text.
 * @example channelContextOf({ channel: 'sms', phone }, { TWILIO_PHONE_NUMBER: '+15005550006' }) // { via: 'sms', whatsappFrom: undefined, canSendSms: true }
 */
export function channelContextOf(address: Address, settings: ChannelSettings): ChannelContext {
  return {
    via: address.channel,
    whatsappFrom: whatsappConfigured(settings) ? settings.TWILIO_WHATSAPP_FROM : undefined,
    canSendSms: smsConfigured(settings),
  };
}

/**
 * What a text does for the user's nudges held on its channel: null when it came on a channel that never holds (SMS);
 * else whether they can go now that the user wrote (the sender is configured), or can only be asked for.
 * @example heldReleaseOf({ via: 'whatsapp', whatsappFrom: 'whatsapp:+14155238886', canSendSms: true }) // { sendsNow: true }
 */
export function heldReleaseOf(context: ChannelContext | undefined): { sendsNow: boolean } | null {
  if (context?.via !== 'whatsapp') return null;
  return { sendsNow: context.whatsappFrom !== undefined };
}

/**
 * The "Text <name>" link on the user's page: opens the app the user is on with the draft to that person (an `sms:`
 * link, or wa.me for a WhatsApp user); with no number, the draft alone by SMS.
 * @example draftLinkOf('+15551234567', 'Hi Ann!', 'sms') // 'sms:+15551234567?&body=Hi%20Ann!'
 * @example draftLinkOf('+15551234567', 'Hi Ann!', 'whatsapp') // 'https://wa.me/15551234567?text=Hi%20Ann!'
 */
export function draftLinkOf(phone: string | null, draft: string, channel: ChannelName): string {
  const digits = phone?.replace(/\D/g, '') ?? '';
  return channel === 'whatsapp' && digits ? whatsappDraftLink(digits, draft) : smsDraftLink(digits, draft);
}
