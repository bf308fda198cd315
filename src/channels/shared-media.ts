// The media attached to an inbound text, read at the edge before decide: each shared contact card fetched from Twilio
// (fetchCardMedia) and read (readCards); pictures and other files are named, never fetched. Never throws.
import { parsePhoneNumberFromString } from 'libphonenumber-js/min';
import { fetchCardMedia, type CardMediaOutcome } from '../twilio/media';
import { readCards, type CardsRead } from './vcard-import';

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

const CARD_TYPES = new Set(['text/vcard', 'text/x-vcard', 'text/directory', 'application/vcard']);

/** Whether the text carries a contact card (by declared type), so the media must be read before deciding. */
export function carriesCard(form: Record<string, string>, numMedia: number): boolean {
  for (let i = 0; i < numMedia; i++) if (isCardType(form[`MediaContentType${i}`])) return true;
  return false;
}

/** Every attachment, in order; cards are fetched together, so several take one timeout at most, not one each. */
export async function readSharedMedia(form: Record<string, string>, numMedia: number, options: SharedMediaOptions): Promise<SharedMedia[]> {
  const defaultCountry = parsePhoneNumberFromString(options.phone)?.country;
  const readOne = async (i: number): Promise<SharedMedia> => {
    const url = form[`MediaUrl${i}`];
    if (!isCardType(form[`MediaContentType${i}`]) || !url) return { kind: 'picture' };
    const fetched = await fetchCardMedia(url, { accountSid: options.accountSid, authToken: options.authToken, apiBase: options.apiBase });
    if (fetched.kind !== 'ok') return { kind: 'unread', outcome: fetched };
    return { kind: 'read', read: readCards(fetched.text, { now: options.now, timeZone: options.timeZone, ...(defaultCountry ? { defaultCountry } : {}) }) };
  };
  return Promise.all(Array.from({ length: numMedia }, (_, i) => readOne(i)));
}

function isCardType(raw: string | undefined): boolean {
  return CARD_TYPES.has((raw ?? '').split(';')[0]?.trim().toLowerCase() ?? '');
}
