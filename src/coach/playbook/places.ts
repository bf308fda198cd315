// Say-hi timing at a place the user crosses paths with someone ("every saturday at the pool"): shortly before the
// next time they will be there. Pure: the place, the first local day allowed and the planner's clock in; an instant out.
//
// Contract: with a weekday, the next such day on or after `from` (and after now); with a time too, 2 hours before it
// when that is inside the window, else the window's start that day when that is still before it (the last hour of the
// window for an evening time), else the preferred hour the day before (a 7am swim is nudged the day before). Without a
// time, the window's start on the day. Without a weekday: the preferred hour on `from`. Always at least 1h after now.

import { HOUR } from '../../domain/constants';
import { addDays, atHourOn, type LocalDate, localDate, weekdayOf } from '../../domain/time';
import type { Millis, RecurringPlace } from '../../domain/types';
import { type Context, preferredOn } from './context';

/** How long before they will be there the say-hi lands, when the window allows. */
const LEAD_TIME = 2 * HOUR;

/** The say-hi instant for the occurrence on `day`. */
function slotFor(place: RecurringPlace, day: LocalDate, ctx: Context): Millis {
  const { startHour, endHour } = ctx.window;
  if (place.time === undefined) return atHourOn(day, startHour, ctx.zone);
  const ideal = place.time - LEAD_TIME / HOUR;
  if (ideal >= startHour && ideal < endHour) return atHourOn(day, ideal, ctx.zone);
  if (place.time > startHour && place.time <= endHour) return atHourOn(day, startHour, ctx.zone);
  if (place.time > endHour) return atHourOn(day, endHour - 1, ctx.zone);
  return preferredOn(addDays(day, -1), ctx);
}

/**
 * When to say hi at a recurring place: shortly before the first occurrence on or after local day `from`.
 * @example sayHiAt({ place: 'the pool', weekday: 6, time: 11 }, thursday, ctx) // Saturday 09:00
 * @example sayHiAt({ place: 'the pool', weekday: 6, time: 7 }, thursday, ctx) // Friday 10:00 (the preferred hour)
 */
export function sayHiAt(place: RecurringPlace, from: LocalDate, ctx: Context): Millis {
  if (place.weekday === undefined) {
    const slot = preferredOn(from, ctx);
    return slot >= ctx.now + HOUR ? slot : preferredOn(addDays(localDate(ctx.now, ctx.zone), 1), ctx);
  }
  const today = localDate(ctx.now, ctx.zone);
  let day = from;
  for (let tries = 0; tries < 60; tries++, day = addDays(day, 1)) {
    if (weekdayOf(day) !== place.weekday) continue;
    const slot = slotFor(place, day, ctx);
    if (slot >= ctx.now + HOUR) return slot;
  }
  return preferredOn(addDays(today, 1), ctx);
}
