// A phone number sent over two texts: "his number is 929 555", then "0184 sorry hit send too early". The digits that
// close the latest note and the ones that open this text make one number, when neither part is one alone.

import type { CountryCode } from 'libphonenumber-js/min';
import { extractContacts, supportedCountry } from './note-contacts';
import type { TextView } from './read-text';
import type { Meaning, UnderstandContext } from './types';

/** How soon the rest of a number follows its start: a text sent too early is finished within minutes. */
export const SPLIT_NUMBER_MS = 10 * 60_000;

/** Digits (a few separators apart) closing a text: "his number is 929 555" -> "929 555". */
const TRAILING_DIGITS = /(?<![\p{L}\p{N}])\+?\d[\d\s().-]*$/u;
/** Digits opening a text, maybe after a separator: "0184 sorry hit send too early" -> "0184", "-0147" -> "-0147". */
const LEADING_DIGITS = /^[\s(.-]*\d[\d\s().-]*(?![\p{L}\p{N}])/u;

/**
 * The rest of a number the latest note began, as a correct-contact for the person of that note; else null.
 * readSplitNumber(readText('0184 sorry hit send too early'), { ...ctx, latestNote: { body: 'his number is 929 555', ... } })
 *   -> { intent: 'correct-contact', person: Jalen, contacts: { phone: '+19295550184' } }
 */
export function readSplitNumber(view: TextView, ctx: UnderstandContext): Meaning | null {
  const note = ctx.latestNote;
  if (!note || ctx.now - note.at > SPLIT_NUMBER_MS || ctx.now < note.at) return null;
  const person = ctx.people.find((one) => one.id === note.personId);
  const head = LEADING_DIGITS.exec(view.clean)?.[0];
  const tail = TRAILING_DIGITS.exec(note.body.trim())?.[0];
  if (!person || !head || !tail) return null;
  const country = supportedCountry(ctx.defaultCountry);
  // each part alone is no number: "929 555" and "0184" are halves; a whole number is read as one already
  if (numberOf(tail, country) || numberOf(head, country)) return null;
  const whole = numberOf(`${tail.trim()} ${head.trim()}`, country);
  return whole ? { intent: 'correct-contact', person: { name: person.name, id: person.id }, contacts: { phone: whole } } : null;
}

/** E.164 for digits a note would save as a number (the note reader's own rule); else null. */
function numberOf(digits: string, country: CountryCode): string | null {
  return extractContacts(digits, country).contacts.phone ?? null;
}
