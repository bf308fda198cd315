// The planner's clock: now, the user's zone and (clamped) window, and the local-day arithmetic every step is timed with.

import { HOUR } from '../../domain/constants';
import { addDays, atHourOn, type LocalDate, localDate } from '../../domain/time';
import type { Millis, SendWindow, TimeZone } from '../../domain/types';

export interface Context {
  now: Millis;
  zone: TimeZone;
  /** already clamped (clampWindow) */
  window: SendWindow;
}

/** The instant of the preferred hour on a local date. */
export function preferredOn(date: LocalDate, ctx: Context): Millis {
  return atHourOn(date, ctx.window.preferredHour, ctx.zone);
}

/** The preferred hour `days` local days after `from`'s local date (now when not given). */
export function inDays(days: number, ctx: Context, from: Millis = ctx.now): Millis {
  return preferredOn(addDays(localDate(from, ctx.zone), days), ctx);
}

/** The first preferred hour at least 2h from now: soon, without landing right on top of the reply just sent. */
export function soon(ctx: Context): Millis {
  const today = localDate(ctx.now, ctx.zone);
  for (let ahead = 0; ; ahead++) {
    const slot = preferredOn(addDays(today, ahead), ctx);
    if (slot >= ctx.now + 2 * HOUR) return slot;
  }
}
