// The media attached to an inbound text, read at the edge before decide: each shared contact card fetched from Twilio
// (fetchCardMedia) and read (readCards), at most MAX_CARDS cards in all; pictures and other files are named, never
// fetched. Never throws.
import { parsePhoneNumberFromString } from 'libphonenumber-js/min';
import { CARD_TYPES, fetchCardMedia, MAX_CARD_BYTES, type CardMediaOutcome } from '../twilio/media';
import { MAX_CARDS, readCards, type CardsRead, type ReadCardsOptions } from '../understand/vcard-import';

/** One attachment as decide sees it. */
export type SharedMedia =
  /** not a contact card by its declared type: a picture, a sound, another file */
  | { kind: 'picture' }
  /** a card that could not be fetched, or turned out not to be a card */
  | { kind: 'unread'; outcome: Exclude<CardMediaOutcome, { kind: 'ok' }> }
  | { kind: 'read'; read: CardsRead };

export interface SharedMediaOptions {
  accountSid: string;
  authToken: string;
  apiBase: string;
  now: number;
  timeZone: string;
  /** the user's own number, whose country card numbers without a country code belong to */
  phone: string;
}

/** The card attachments of one text share this many bytes: reading them stays within the webhook's CPU budget. */
export const MAX_CARD_BYTES_PER_TEXT = 512 * 1024;

/**
 * The most bytes each of `cards` card attachments may have: MAX_CARD_BYTES for up to two, an equal share of
 * MAX_CARD_BYTES_PER_TEXT for more.
 * @example cardBytesEach(20) // 26214
 */
export function cardBytesEach(cards: number): number {
  return Math.min(MAX_CARD_BYTES, Math.floor(MAX_CARD_BYTES_PER_TEXT / Math.max(1, cards)));
}

/** Whether the text carries a contact card (by declared type), so the media must be read before deciding. */
export function carriesCard(form: Record<string, string>, numMedia: number): boolean {
  for (let i = 0; i < numMedia; i++) if (isCardType(form[`MediaContentType${i}`])) return true;
  return false;
}

/** Every attachment, in order; cards are fetched together, so several take one timeout at most, not one each. */
export async function readSharedMedia(form: Record<string, string>, numMedia: number, options: SharedMediaOptions): Promise<SharedMedia[]> {
  const defaultCountry = parsePhoneNumberFromString(options.phone)?.country;
  let cards = 0;
  for (let i = 0; i < numMedia; i++) if (isCardType(form[`MediaContentType${i}`]) && form[`MediaUrl${i}`]) cards++;
  const maxBytes = cardBytesEach(cards);
  const fetchOne = async (i: number): Promise<CardMediaOutcome | null> => {
    const url = form[`MediaUrl${i}`];
    if (!isCardType(form[`MediaContentType${i}`]) || !url) return null;
    return fetchCardMedia(url, { accountSid: options.accountSid, authToken: options.authToken, apiBase: options.apiBase, maxBytes });
  };
  const fetched = await Promise.all(Array.from({ length: numMedia }, (_, i) => fetchOne(i)));
  return readFetchedMedia(fetched, { now: options.now, timeZone: options.timeZone, ...(defaultCountry ? { defaultCountry } : {}) });
}

/**
 * The attachments once fetched (null: not a card by its declared type), read in order against one budget of
 * MAX_CARDS cards for the whole text: the cards past it are counted, not read. Pure.
 */
export function readFetchedMedia(fetched: readonly (CardMediaOutcome | null)[], options: Omit<ReadCardsOptions, 'maxCards'>): SharedMedia[] {
  let budget = MAX_CARDS;
  return fetched.map((outcome): SharedMedia => {
    if (outcome === null) return { kind: 'picture' };
    if (outcome.kind !== 'ok') return { kind: 'unread', outcome };
    const read = readCards(outcome.text, { ...options, maxCards: budget });
    if (read.kind === 'cards') budget -= read.cards.length;
    return { kind: 'read', read };
  });
}

function isCardType(raw: string | undefined): boolean {
  return CARD_TYPES.has((raw ?? '').split(';')[0]?.trim().toLowerCase() ?? '');
}
