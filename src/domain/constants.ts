// Numbers the product decides once: durations in ms, the default sending window and its hard limits, Twilio error codes.

import type { Millis, SendWindow } from './types';

export const MINUTE: Millis = 60_000;
export const HOUR: Millis = 60 * MINUTE;
export const DAY: Millis = 24 * HOUR;

/** No text lands before this local hour, whatever the user's window says. */
export const EARLIEST_HOUR = 8;
/** No text lands at or after this local hour, whatever the user's window says. */
export const LATEST_HOUR = 21;
/** The local hour nudges come at until the user picks another (NUDGE AT 6PM). */
export const DEFAULT_NUDGE_HOUR = 10;
/** A new user's window: texts from 9:00 until 20:00 local, nudges at the default hour. */
export const DEFAULT_WINDOW: SendWindow = { startHour: 9, endHour: 20, preferredHour: DEFAULT_NUDGE_HOUR };
