// `text me on whatsapp` / `text me by sms`: reads exactly these two commands and switches where nudges go. Pure.
import type { Channel } from '../../channels/address';
import { switchChannel } from '../../channels/channel-switch';
import { reply, type Outcome, type Turn } from './turn';

/** What the deployment can send on, and the channel this text came on. */
export interface ChannelContext {
  via: Channel;
  /** TWILIO_WHATSAPP_FROM */
  whatsappFrom: string | undefined;
  canSendSms: boolean;
}

const REQUEST = /^\s*(?:please\s+)?(?:text|message|nudge)\s+me\s+(?:on|by|via|over)\s+(whatsapp|sms|text(?:\s+message)?)\s*[.!]*\s*$/i;

/**
 * The channel a text asks for, or null when it is not a switch.
 * @example channelRequested('text me on whatsapp') // 'whatsapp'
 * @example channelRequested('Text me by SMS') // 'sms'
 */
export function channelRequested(text: string): Channel | null {
  const match = REQUEST.exec(text);
  if (!match?.[1]) return null;
  return match[1].toLowerCase() === 'whatsapp' ? 'whatsapp' : 'sms';
}

export function chooseChannel(turn: Turn, requested: Channel, context: ChannelContext): Outcome {
  const chosen = switchChannel({ requested, ...context });
  if (chosen.columns) turn.changes.push({ type: 'setUser', patch: { channel: chosen.columns.channel } });
  return reply(chosen.reply);
}
