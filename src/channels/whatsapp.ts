// WhatsApp as a Channel: the `whatsapp:+E164` address; how a nudge goes out (free form within 24 hours of the user's
// last inbound WhatsApp message, the approved template outside it, else held: never SMS to someone who writes on
// WhatsApp); the send, switching to the template on 63016; the template's variables; and the nudge's wording on
// WhatsApp (no SMS segment squeeze, still short).
import { chooseFitting, type Candidate } from '../coach/compose/fit';
import type { ComposeOptions } from '../coach/compose';
import { onePersonCandidates } from '../coach/compose/one-person';
import { severalPeopleCandidates } from '../coach/compose/several-people';
import type { NudgeSubject } from '../domain/types';
import { composeNudgeEs } from '../coach/compose/spanish';
import { flattenWhitespace, sendMessage, type SendOutcome, TWILIO_ERROR, type WhatsAppTemplate } from '../twilio/send';
import { formatAddress } from './address';
import type { Channel, ChannelSettings, ChannelUser, Reach } from './channel';

/** WhatsApp's customer service window: free-form messages only this long after the user's last message. */
export const WHATSAPP_WINDOW_MS = 24 * 60 * 60_000;
/**
 * Free form only until this long before the window closes: the send reaches Twilio after the sweep decided, and
 * Twilio's clock is not Kindling's. Closer to the end, the template goes.
 */
export const WINDOW_MARGIN_MS = 10 * 60_000;
/** A held WhatsApp nudge (window closed and no template, or WhatsApp sending off) is looked at again this much later. */
export const HOLD_RECHECK_MS = 4 * 60 * 60_000;
/** The longest free-form WhatsApp nudge: about two SMS worth, a few lines on a phone. */
export const WHATSAPP_MAX_CHARS = 320;

/** WhatsApp has no carrier opt-out: every STOP there gets Kindling's own confirmation. */
export const WHATSAPP_ANSWERS_CARRIER_STOP = false;

/**
 * WhatsApp sending is on: TWILIO_WHATSAPP_FROM is set.
 * @example whatsappConfigured({ TWILIO_WHATSAPP_FROM: 'whatsapp:+14155238886' }) // true
 */
export function whatsappConfigured(settings: Pick<ChannelSettings, 'TWILIO_WHATSAPP_FROM'>): boolean {
  return Boolean(settings.TWILIO_WHATSAPP_FROM);
}

/** What the window and hold rules read. */
export interface WindowInput {
  /** the user's last inbound WhatsApp message (UTC ms), null when none is known */
  lastInboundAt: number | null;
  now: number;
  /** TWILIO_WHATSAPP_NUDGE_CONTENT_SID */
  templateSid: string | undefined;
  /** WhatsApp sending is on */
  configured: boolean;
}

/**
 * How a nudge to a WhatsApp user can go now: free form while the window is open (minus WINDOW_MARGIN_MS), else the
 * template; with no template, or with WhatsApp sending off, held until the user writes on WhatsApp again. Never SMS:
 * the user may never have used it (TEXT ME BY SMS moves them there).
 * @example whatsappReach({ lastInboundAt: now - 3 * HOUR, now, templateSid, configured: true }) // { type: 'free-form' }
 */
export function whatsappReach(input: WindowInput): Reach {
  const hold: Reach = { type: 'hold', recheckAt: input.now + HOLD_RECHECK_MS };
  if (!input.configured) return hold;
  if (isWindowOpen(input.lastInboundAt, input.now)) return { type: 'free-form' };
  if (input.templateSid) return { type: 'template', contentSid: input.templateSid };
  return hold;
}

/**
 * The user's WhatsApp channel. A send refused with 63016 (the window closed, whatever Kindling had recorded) asks the
 * caller to forget the recorded window, then goes as the template when one is configured, or comes back as
 * 'outside-window' (the caller releases it and the next sweep holds it). A template refused with 63016 is rejected:
 * never tried again as it was.
 * @example whatsappChannel({ phone: '+12125550142', whatsappLastInboundAt: null }, settings).address // 'whatsapp:+12125550142'
 */
export function whatsappChannel(user: Pick<ChannelUser, 'phone' | 'whatsappLastInboundAt'>, settings: ChannelSettings): Channel {
  const address = formatAddress({ channel: 'whatsapp', phone: user.phone });
  const templateSid = settings.TWILIO_WHATSAPP_NUDGE_CONTENT_SID;
  const configured = whatsappConfigured(settings);
  return {
    name: 'whatsapp',
    address,
    configured,
    reach: (now) => whatsappReach({ lastInboundAt: user.whatsappLastInboundAt, now, templateSid, configured }),
    composeNudge: composeWhatsAppNudge,
    carries: () => true,
    send: async (text, way, context) => {
      const send = (message: { body: string } | { template: WhatsAppTemplate }) =>
        sendMessage(context.account, { to: address, statusCallback: context.statusCallback, ...message }, context.fetcher);
      const template = (contentSid: string) => send({ template: { contentSid, variables: nudgeTemplateVariables(text.names, text.body) } });
      const outcome = way.type === 'free-form' ? await send({ body: text.body }) : await template(way.contentSid);
      if (outcome.type !== 'outside-window') return outcome;
      if (way.type === 'template') return OUTSIDE_WINDOW_REJECTED;
      await context.windowClosed();
      if (!templateSid) return outcome;
      const switched = await template(templateSid);
      return switched.type === 'outside-window' ? OUTSIDE_WINDOW_REJECTED : switched;
    },
  };
}

/**
 * A wa.me link with the draft, to `digits` (the number without its plus).
 * @example whatsappDraftLink('15551234567', 'Hi Ann!') // 'https://wa.me/15551234567?text=Hi%20Ann!'
 */
export function whatsappDraftLink(digits: string, draft: string): string {
  return `https://wa.me/${digits}?text=${encodeURIComponent(draft)}`;
}

/** A template refused as outside the window: it will never go. */
const OUTSIDE_WINDOW_REJECTED: SendOutcome = { type: 'rejected', status: 400, code: TWILIO_ERROR.outsideWhatsAppWindow };

/** True while a free-form WhatsApp message may go: within the 24-hour window, minus the margin. */
export function isWindowOpen(lastInboundAt: number | null, now: number): boolean {
  return lastInboundAt !== null && now - lastInboundAt < WHATSAPP_WINDOW_MS - WINDOW_MARGIN_MS;
}

/**
 * "Sarah", "Sarah and Jake", "Sarah, Jake and Mia".
 * @example namesList(['Sarah', 'Jake', 'Mia']) // 'Sarah, Jake and Mia'
 */
export function namesList(names: readonly string[]): string {
  if (names.length <= 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

/**
 * The nudge template's ContentVariables (see the README, "WhatsApp"): {{1}} who the nudge is about, {{2}} the nudge
 * itself on one line.
 * @example nudgeTemplateVariables(['Sarah'], 'Text Sarah: "Hey!"\nReply DONE.') // { '1': 'Sarah', '2': 'Text Sarah: "Hey!" Reply DONE.' }
 */
export function nudgeTemplateVariables(names: readonly string[], text: string): Record<string, string> {
  return { 1: flattenWhitespace(namesList(names)), 2: flattenWhitespace(text) };
}

/**
 * The nudge as a free-form WhatsApp message: the richest complete candidate up to WHATSAPP_MAX_CHARS (no segment
 * squeeze), else the SMS choice.
 */
export function composeWhatsAppNudge(subjects: NudgeSubject[], seed: number, options?: ComposeOptions): string {
  const [only] = subjects;
  if (!only) return '';
  if (options?.language === 'es') return composeNudgeEs(subjects, seed, options);
  const candidates: Candidate[] = subjects.length === 1 ? onePersonCandidates(only, seed, options) : severalPeopleCandidates(subjects, seed, options);
  return candidates.find((candidate) => candidate.complete && candidate.text.length <= WHATSAPP_MAX_CHARS)?.text ?? chooseFitting(candidates);
}
