// Replies about the user's own account: HELP, PAUSE and RESUME, NUDGE AT, TZ, UNDO, EXPORT, DELETE, STOP and START.

import { describeWhen } from '../../domain/schedule';
import { clockText } from '../../domain/time';
import type { Millis, TimeZone } from '../../domain/types';
import { clip, fitNamed, fitReply } from './fit';

export const HELP_TEXT =
  'Kindling: text a note after you meet someone ("Met Sarah at the gym, loves hiking"). ' +
  'Reply DONE, SNOOZE 3 DAYS or SKIP to a nudge. WHO IS SARAH?, LIST, PAUSE, EXPORT. STOP to opt out.';

export const RESUMED_TEXT = 'Welcome back! Nudges are on again; anything overdue comes at your next nudge time.';
export const STARTED_TEXT = "You're back on. I'll pick up where we left off. Text HELP for options.";
export const NOTHING_TO_UNDO = 'Nothing to undo.';
export const DELETE_ASK = "This deletes everyone you've saved and all your notes. Reply DELETE ALL to confirm, or anything else to keep them.";
export const DELETE_DONE = 'Done. Everything you saved is deleted. Text a note anytime to start fresh.';
export const DELETE_KEPT = 'OK, nothing deleted.';
/** A bare YES when no question is open (and the user is not opted out, so it is not START). */
export const YES_NOTHING_ASKED = "Yes to what? I wasn't waiting on an answer. Text a note about someone you met, or HELP for options.";

/**
 * PAUSE: until when, or until RESUME.
 * @example paused(dec16At9, now, zone) // 'Paused until Dec 16 at 9am. Text RESUME anytime.'
 * @example paused(null, now, zone) // 'Paused. No nudges until you text RESUME.'
 */
export function paused(until: Millis | null, now: Millis, zone: TimeZone): string {
  return until ? `Paused until ${describeWhen(until, now, zone)}. Text RESUME anytime.` : 'Paused. No nudges until you text RESUME.';
}

/**
 * NUDGE AT: the new nudge time.
 * @example nudgeTimeSet(18, 30) // 'Done. Nudges will come around 6:30pm your time.'
 */
export function nudgeTimeSet(hour: number, minute: number): string {
  return `Done. Nudges will come around ${clockText(hour, minute)} your time.`;
}

/**
 * NUDGE AT outside the hours Kindling texts.
 * @example nudgeTimeOutside(8, 21) // 'I only text between 8:00 and 21:00 so I never wake you. Pick a time in that window, like NUDGE AT 6PM.'
 */
export function nudgeTimeOutside(startHour: number, endHour: number): string {
  return `I only text between ${startHour}:00 and ${endHour}:00 so I never wake you. Pick a time in that window, like NUDGE AT 6PM.`;
}

/**
 * TZ: the zone now in use and the local time there.
 * @example zoneSet('Chicago', '9:15am') // "Time zone set to Chicago. It's 9:15am there now; nudges follow your local day."
 */
export function zoneSet(label: string, localTime: string): string {
  return fitNamed(label, [
    (l) => `Time zone set to ${l}. It's ${localTime} there now; nudges follow your local day.`,
    (l) => `Time zone set to ${l}. It's ${localTime} there now.`,
  ]);
}

/**
 * TZ with a zone Kindling cannot place; quotes a few words of what was typed.
 * @example zoneUnknown('Narnia') // 'I don\'t know the time zone "Narnia". Try a city like TZ CHICAGO or a zone like TZ AMERICA/DENVER.'
 */
export function zoneUnknown(query: string): string {
  const asked = clip(query, 4, 30);
  return fitReply(
    [
      `I don't know the time zone "${asked}". Try a city like TZ CHICAGO or a zone like TZ AMERICA/DENVER.`,
      `I don't know the time zone "${asked}". Try a city, like TZ CHICAGO.`,
    ],
    2,
  );
}

/**
 * UNDO: what was undone ("saved Tom", "note added to Sarah").
 * @example undone('saved Tom') // 'Undone: saved Tom.'
 */
export function undone(summary: string): string {
  return fitReply([`Undone: ${clip(summary)}.`, `Undone: ${clip(summary, 6, 60)}.`, `Undone: ${clip(summary, 4, 30)}.`]);
}

/**
 * EXPORT: the one-time link to the contacts file.
 * @example exportLink('https://kindling.example/export/abc') // 'Your people, as a contacts file: https://kindling.example/export/abc The link works once, ...'
 */
export function exportLink(url: string): string {
  return `Your people, as a contacts file: ${url} The link works once, for 24 hours. Add ?format=csv for a spreadsheet.`;
}

/** The answer to "how do I stop this?": how, without opting out on a question. */
export const HOW_TO_STOP_TEXT = 'To stop all texts from Kindling, reply STOP. To stop nudges about one person, reply MUTE and their name.';

/** Said once when quick texts trip the reply limit; after it Kindling stays quiet until the texts slow down. */
export const THROTTLED_TEXT = "Got all of those and saved them. I'll answer again in a minute.";

/** The answer to a text Kindling could not read because its own settings are broken: the text is kept, not understood. */
export const MISCONFIGURED_TEXT = "Sorry, Kindling is down for a moment and couldn't read that. Please send it again later.";

/** The one confirmation for an opt-out Twilio does not answer itself ("please stop texting me"). */
export const OPTED_OUT_TEXT = "OK, you're unsubscribed and won't get more texts from Kindling. Text START to come back.";

/** The help lines a first capture confirmation ends with (composeCaptureConfirmation's), longest first. */
export const WELCOME_HELP_LINES = ['Text HELP for options, STOP to opt out.', 'HELP for help, STOP to opt out.'];

/**
 * What the welcome says about the time zone guessed from the number, longest first.
 * @example zoneAssumed('Perth')[0] -> "I've set your time zone to Perth. Text TZ and your city to change it."
 */
export function zoneAssumed(place: string): string[] {
  return [
    `I've set your time zone to ${place}. Text TZ and your city to change it.`,
    `Time zone: ${place} (text TZ and your city to change it).`,
    `Time zone: ${place}. TZ and a city changes it.`,
  ];
}
