// Understanding behind one call: what a text means (its intent), what it says about a person (the note), and the name
// it gives when it answers "who was it?". Another understander plugs in here.
import parsePhoneNumber from 'libphonenumber-js/min';
import { parseNameAnswer, parseNote } from '../../understand/note-person';
import { parseReply } from '../../understand/reply';
import type { Intent, ParsedNote } from '../../domain/types';
import { gloss } from '../../understand/gloss';

export interface UnderstandOptions {
  now: number;
  timeZone: string;
  /** the user's own number: its country reads numbers written without a country code */
  phone: string;
}

export interface Understanding {
  intent: Intent;
  /** the text read as a note about someone (read when asked) */
  note: () => ParsedNote;
  /** the text read as the answer to "who was it?" (read when asked) */
  nameAnswer: () => string | null;
}

export function understand(text: string, options: UnderstandOptions): Understanding {
  let note: ParsedNote | undefined;
  // Spanish note words read in English (the note itself is kept as written)
  const read = gloss(text);
  return {
    intent: parseReply(read.trim(), { now: options.now, timeZone: options.timeZone }),
    note: () => (note ??= parseNote(read, { now: options.now, timeZone: options.timeZone, defaultCountry: countryOf(options.phone) })),
    nameAnswer: () => parseNameAnswer(read.trim()),
  };
}

function countryOf(phone: string): string {
  try {
    return parsePhoneNumber(phone)?.country ?? 'US';
  } catch {
    return 'US';
  }
}
