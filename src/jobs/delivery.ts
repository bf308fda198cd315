// How a claimed text goes out: the user's channel now (SMS, WhatsApp free form, template or held), and the send itself.
import { and, eq, isNull } from 'drizzle-orm';
import type { Db } from '../db/client';
import type { UserRow } from '../db/rows';
import { users } from '../db/schema';
import { formatAddress } from '../channels/address';
import { chooseDelivery, nudgeTemplateVariables, type Delivery } from '../channels/whatsapp';
import type { Settings } from '../env';
import { sendSms, type SendOutcome } from '../twilio/send';
import { accountOf, type SweepDeps } from './sweep-context';

/** How a text to this user goes out now (channels/whatsapp.ts). */
export function deliveryFor(user: UserRow, now: number, settings: Settings): Delivery {
  return chooseDelivery({
    channel: user.channel,
    lastWhatsAppInboundAt: user.whatsappLastInboundAt,
    now,
    templateSid: settings.TWILIO_WHATSAPP_NUDGE_CONTENT_SID,
    whatsappFrom: settings.TWILIO_WHATSAPP_FROM,
  });
}

/**
 * Sends a claimed text as `delivery` says. Free form refused with 63016 (the window closed, whatever Kindling had
 * recorded): the recorded window is cleared, and the same text goes as the template when one is configured, or
 * comes back as 'outside-window' and the caller releases it (the next sweep holds it).
 * A template refused with 63016 is rejected: never tried again as it was.
 */
export async function deliver(
  deps: SweepDeps,
  user: UserRow,
  body: string,
  names: string[],
  delivery: Exclude<Delivery, { type: 'hold' }>,
): Promise<SendOutcome> {
  const { settings } = deps;
  const account = accountOf(settings);
  const statusCallback = statusCallbackOf(settings);
  if (delivery.type === 'sms') return sendSms(account, { to: user.phone, body, statusCallback }, deps.fetcher);
  const to = formatAddress({ channel: 'whatsapp', phone: user.phone });
  const template = (contentSid: string) =>
    sendSms(account, { to, template: { contentSid, variables: nudgeTemplateVariables(names, body) }, statusCallback }, deps.fetcher);
  const outcome = delivery.type === 'whatsapp-text' ? await sendSms(account, { to, body, statusCallback }, deps.fetcher) : await template(delivery.contentSid);
  if (outcome.type !== 'outside-window') return outcome;
  if (delivery.type === 'whatsapp-template') return { type: 'rejected', status: 400, code: 63016 };
  await closeWhatsAppWindow(deps.db, user);
  const contentSid = settings.TWILIO_WHATSAPP_NUDGE_CONTENT_SID;
  if (!contentSid) return outcome;
  const switched = await template(contentSid);
  return switched.type === 'outside-window' ? { type: 'rejected', status: 400, code: 63016 } : switched;
}

/**
 * Twilio said the user's WhatsApp window is closed: forget the recorded last inbound, unless a new one came in since
 * this run read it, so later nudges go as the template (or the fallback) without another 63016.
 */
export async function closeWhatsAppWindow(db: Db, user: UserRow): Promise<void> {
  const seen = user.whatsappLastInboundAt;
  await db
    .update(users)
    .set({ whatsappLastInboundAt: null })
    .where(and(eq(users.id, user.id), seen === null ? isNull(users.whatsappLastInboundAt) : eq(users.whatsappLastInboundAt, seen)));
}

export function statusCallbackOf(settings: Settings): string | undefined {
  return settings.PUBLIC_BASE_URL ? `${settings.PUBLIC_BASE_URL.replace(/\/+$/, '')}/twilio/status` : undefined;
}
