// The reply limit: a text gets a reply only when fewer than `repliesPerMinute` others came in the minute before it, so
// a flood goes quiet until it eases (a loop between two automated senders dies out), and under a daily ceiling. The
// first text over the minute's limit gets one notice that all is saved, at most one an hour.
import { THROTTLED_TEXT } from '../replies';
import type { Snapshot } from '../snapshot';

export const REPLIES_PER_DAY = 60;

export interface Limits {
  repliesPerMinute: number;
}

export interface Throttle {
  /** no reply to this text */
  quiet: boolean;
  /** what to say instead, once */
  notice: string | null;
}

export function throttleOf(snapshot: Snapshot, limits: Limits): Throttle {
  const { textsLastMinute, repliesLastDay, noticesLastHour } = snapshot.recent;
  const overDay = repliesLastDay >= REPLIES_PER_DAY;
  const quiet = textsLastMinute >= limits.repliesPerMinute || overDay;
  // of texts arriving together exactly one is the first over the limit (see load)
  const first = textsLastMinute === limits.repliesPerMinute && noticesLastHour === 0;
  return { quiet, notice: quiet && first && !overDay && !snapshot.user.optedOut ? THROTTLED_TEXT : null };
}
