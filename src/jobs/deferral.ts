// Whether a user's nudges may go now: opted out, ALLOWED_NUMBERS, pause, window and daily cap; null means send now.
import { windowOf, type UserRow } from '../db/rows';
import { isInsideWindow, nextWindowTime } from '../domain/schedule';
import { localDayKey } from '../domain/time';
import type { Settings } from '../env';

function isAllowed(user: UserRow, settings: Settings): boolean {
  return settings.ALLOWED_NUMBERS.length === 0 || settings.ALLOWED_NUMBERS.includes(user.phone);
}

const DAY_MS = 24 * 60 * 60_000;
/** Nudges due within a few hours of one due now come in its text (sweep.ts): a second list 30 minutes after the day's
 * first reads as spam. */
export const MIN_NUDGE_GAP_MS = 4 * 60 * 60_000;

/**
 * When this user's nudges must wait: opted out, a number no longer in ALLOWED_NUMBERS (looked at again a day later),
 * paused, outside the window, or at the daily cap (unless the text was already counted today). null: send now.
 */
export function deferral(user: UserRow, now: number, settings: Settings, counted: boolean): number | null {
  const window = windowOf(user);
  if (user.optedOut) return now;
  if (!isAllowed(user, settings)) return nextWindowTime(now + DAY_MS, user.timeZone, window);
  if (user.pausedUntil && user.pausedUntil > now) return nextWindowTime(user.pausedUntil, user.timeZone, window);
  if (!isInsideWindow(now, user.timeZone, window)) return nextWindowTime(now, user.timeZone, window);
  const today = localDayKey(now, user.timeZone);
  if (!counted && user.capDay === today && user.capCount >= settings.DAILY_NUDGE_CAP) {
    // the first window instant on a later local day
    let at = nextWindowTime(now, user.timeZone, window);
    while (localDayKey(at, user.timeZone) === today) at = nextWindowTime(at + 60 * 60_000, user.timeZone, window);
    return at;
  }
  return null;
}
