// Which channel a user's nudges go on, pure: each inbound text sets the channel it came on (and a WhatsApp text the
// time that opens the 24-hour window); a switch the user asked for (read by src/understand) sets the one asked for, until
// the user next writes on the other. Returns the users columns to write and, for a switch, the reply.
import type { Address } from './address';
import type { ChannelContext, ChannelName } from './channel';

/** The users columns (db/schema.ts `channel`, `whatsappLastInboundAt`) an inbound text or a switch writes. */
export interface ChannelColumns {
  channel: ChannelName;
  /** WhatsApp only; write it as the later of this and the stored value (retried or late webhooks arrive out of order) */
  whatsappLastInboundAt?: number;
}

/**
 * What an inbound text records: the channel it came on; on WhatsApp, also when, which opens the 24-hour window.
 * @example channelOnInbound({ channel: 'whatsapp', phone: '+14155550123' }, now) // { channel: 'whatsapp', whatsappLastInboundAt: now }
 */
export function channelOnInbound(address: Address, receivedAt: number): ChannelColumns {
  return address.channel === 'whatsapp' ? { channel: 'whatsapp', whatsappLastInboundAt: receivedAt } : { channel: 'sms' };
}

/** A switch asked for: the channel the user asked for, and the context of the text that asked. */
export interface ChannelRequest extends ChannelContext {
  requested: ChannelName;
}

/** A switch: the columns to write after channelOnInbound's (null: nothing changes) and the reply. */
export interface ChannelSwitch {
  columns: { channel: ChannelName } | null;
  reply: string;
}

/** Asked on WhatsApp for WhatsApp while this deployment cannot send there: Kindling can only answer, never start. */
function whatsappOffReply(canSendSms: boolean): string {
  const said = "I can't send WhatsApp nudges from this Kindling number yet, only answer you here.";
  return canSendSms ? `${said} Reply TEXT ME BY SMS to get nudges by text message.` : `${said} A nudge waits until you write.`;
}

/**
 * `text me on whatsapp` / `text me by sms`. A channel this deployment cannot send on is refused, and nothing changes.
 * Asked for WhatsApp over SMS: the user is told to write there first, since WhatsApp only lets Kindling start with
 * the template until they do.
 * @example switchChannel({ requested: 'sms', via: 'whatsapp', whatsappFrom, canSendSms: true }).reply
 *   // 'Done: nudges will come by text message. Writing me on WhatsApp again moves them back there.'
 */
export function switchChannel(request: ChannelRequest): ChannelSwitch {
  const { requested, via, whatsappFrom, canSendSms } = request;
  if (requested === 'whatsapp') {
    if (!whatsappFrom && via === 'sms') return { columns: null, reply: "WhatsApp isn't set up for this Kindling number yet, so I'll keep texting you here." };
    if (!whatsappFrom) return { columns: null, reply: whatsappOffReply(canSendSms) };
    if (via === 'whatsapp') return { columns: { channel: 'whatsapp' }, reply: 'Done: nudges will come here on WhatsApp.' };
    const number = whatsappFrom.slice('whatsapp:'.length);
    return {
      columns: { channel: 'whatsapp' },
      reply: `Done: nudges will come on WhatsApp from ${number}. Say hi to me there first so WhatsApp lets me write.`,
    };
  }
  if (!canSendSms) return { columns: null, reply: "Text messages aren't set up for this Kindling number, so I'll keep writing here on WhatsApp." };
  if (via === 'sms') return { columns: { channel: 'sms' }, reply: "You're set: nudges come by text message." };
  return { columns: { channel: 'sms' }, reply: 'Done: nudges will come by text message. Writing me on WhatsApp again moves them back there.' };
}
