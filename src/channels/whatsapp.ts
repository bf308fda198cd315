// WhatsApp as a channel, pure: how a nudge goes out (free form within 24 hours of the user's last inbound WhatsApp
// message, the approved template outside it, else held: never SMS to someone who writes on WhatsApp), the template's
// variables, and the nudge's wording on WhatsApp (no SMS segment squeeze, still short).
import { chooseFitting, type Candidate } from '../coach/compose/fit';
import type { ComposeOptions } from '../coach/compose';
import { onePersonCandidates } from '../coach/compose/one-person';
import { severalPeopleCandidates } from '../coach/compose/several-people';
import type { NudgeSubject } from '../domain/types';
import { composeNudgeEs } from '../coach/compose/spanish';
import type { Channel } from './address';

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

/** How one nudge text goes out. */
export type Delivery =
  /** an SMS from the Kindling number: the segment rules apply */
  | { type: 'sms' }
  /** a free-form WhatsApp message (inside the 24-hour window) */
  | { type: 'whatsapp-text' }
  /** the approved template, carrying the nudge in its variables (outside the window) */
  | { type: 'whatsapp-template'; contentSid: string }
  /** nothing can go now: look again at `recheckAt`; the user's next WhatsApp message is told it waits (and opens the window) */
  | { type: 'hold'; recheckAt: number };

export interface DeliveryInput {
  /** the channel the user gets nudges on */
  channel: Channel;
  /** the user's last inbound WhatsApp message (UTC ms), null when none is known */
  lastWhatsAppInboundAt: number | null;
  now: number;
  /** TWILIO_WHATSAPP_NUDGE_CONTENT_SID */
  templateSid: string | undefined;
  /** TWILIO_WHATSAPP_FROM: WhatsApp sending is on when it is set */
  whatsappFrom: string | undefined;
}

/**
 * How a nudge goes out now. SMS users: SMS. WhatsApp users: free form while the window is open (minus
 * WINDOW_MARGIN_MS), else the template; with no template, or with WhatsApp sending off, held until the user writes on
 * WhatsApp again. Never SMS: the user may never have used it (TEXT ME BY SMS moves them there).
 * @example chooseDelivery({ channel: 'whatsapp', lastWhatsAppInboundAt: now - 3 * HOUR, now, templateSid, whatsappFrom })
 *   // { type: 'whatsapp-text' }
 */
export function chooseDelivery(input: DeliveryInput): Delivery {
  if (input.channel === 'sms') return { type: 'sms' };
  const hold: Delivery = { type: 'hold', recheckAt: input.now + HOLD_RECHECK_MS };
  if (!input.whatsappFrom) return hold;
  if (isWindowOpen(input.lastWhatsAppInboundAt, input.now)) return { type: 'whatsapp-text' };
  if (input.templateSid) return { type: 'whatsapp-template', contentSid: input.templateSid };
  return hold;
}

/** True while a free-form WhatsApp message may go: within the 24-hour window, minus the margin. */
export function isWindowOpen(lastInboundAt: number | null, now: number): boolean {
  return lastInboundAt !== null && now - lastInboundAt < WHATSAPP_WINDOW_MS - WINDOW_MARGIN_MS;
}

/**
 * A text as one line: WhatsApp template variables may not hold newlines, tabs or runs of spaces.
 * @example oneLine('2 people:\n1) Sarah\n2) Jake') // '2 people: 1) Sarah 2) Jake'
 */
export function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * "Sarah", "Sarah and Jake", "Sarah, Jake and Mia".
 * @example namesList(['Sarah', 'Jake', 'Mia']) // 'Sarah, Jake and Mia'
 */
export function namesList(names: string[]): string {
  if (names.length <= 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

/**
 * The nudge template's ContentVariables (see the README, "WhatsApp"): {{1}} who the nudge is about, {{2}} the nudge
 * itself on one line.
 * @example nudgeTemplateVariables(['Sarah'], 'Text Sarah: "Hey!"\nReply DONE.') // { '1': 'Sarah', '2': 'Text Sarah: "Hey!" Reply DONE.' }
 */
export function nudgeTemplateVariables(names: string[], text: string): Record<string, string> {
  return { 1: oneLine(namesList(names)), 2: oneLine(text) };
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
