// The planner's reach: a step in n days, or the contactless one when there is no way to text them; the first contact
// while the meeting is fresh; a check-in spaced by warmth (or a give in its place); a bring-together with a fresh pair.

import { HOUR } from '../../domain/constants';
import { addDays, localDate } from '../../domain/time';
import type { GiveReason, Millis, NudgeKind, PairSide, PersonEvent, PersonForPlan, PersonPlan, Warmth } from '../../domain/types';
import { type Context, inDays, preferredOn, soon } from './context';
import { isReturningPlace } from './met-place';
import { occasionKey } from './occasions';
import { sayHiAt } from './places';

/** Days until the next check-in, by how the other person has responded. */
export const CHECK_IN_DAYS: Record<Warmth, number> = { warm: 14, unknown: 21, none: 28, lukewarm: 35 };
/** Kinds that need a way to reach the person. */
export const NEEDS_CONTACT = new Set<NudgeKind>(['first-follow-up', 'check-in', 'deepen', 'bring-together', 'give']);

/** A step as the planner picks it, before toPlanned moves it inside the window. */
export interface StepPlan {
  kind: NudgeKind;
  dueAt: Millis;
  group?: boolean;
  pin?: boolean;
  event?: PersonEvent;
  plan?: PersonPlan;
  give?: GiveReason;
  pair?: PairSide;
  covers?: string;
}

/** What a step is planned from: the clock, the person's pairs (findPairs) and where check-ins count from. */
export interface Planning extends Context {
  pairs: readonly PairSide[];
  /** the instant check-in intervals count from: the last reported contact, or now */
  checkInFrom: Millis;
  /** planning right after a nudge went out, before the user answered (afterSent): a say-hi not yet done waits longer */
  sentOnly?: boolean;
  /** the plans already made or proposed with other people (takenDays): a pin proposes another day, or the same one
   * for the same plan (a group they are joining) */
  taken?: readonly Pick<PersonPlan, 'what' | 'at'>[];
}

/** The preferred hour on the first day 12-48h after meeting, if that is still ahead; else soon. */
export function whileFresh(metAt: Millis, ctx: Context): Millis {
  const metDay = localDate(metAt, ctx.zone);
  for (let ahead = 0; ahead <= 3; ahead++) {
    const slot = preferredOn(addDays(metDay, ahead), ctx);
    const since = slot - metAt;
    if (since >= 12 * HOUR && since <= 48 * HOUR && slot >= ctx.now) return slot;
  }
  return soon(ctx);
}

/** The contactless next step: say hi at their place, or find a way to reach them, or offer to let go. */
export function contactlessNext(person: PersonForPlan, ctx: Context): StepPlan {
  const rounds = person.sentKinds.filter((kind) => kind === 'get-contact' || kind === 'say-hi').length;
  const recurring = person.recurringPlace;
  const place = isReturningPlace(person.met) || recurring !== undefined;
  // never let go right after warmth
  if (!person.kept && person.warmth !== 'warm' && rounds >= (place ? 4 : 2)) return { kind: 'let-go', dueAt: inDays(7, ctx) };
  if (recurring) {
    const from = addDays(localDate(ctx.now, ctx.zone), person.kept ? 28 : rounds <= 1 ? 1 : 6);
    return { kind: 'say-hi', dueAt: sayHiAt(recurring, from, ctx) };
  }
  if (place) return { kind: 'say-hi', dueAt: inDays(person.kept ? 28 : rounds <= 1 ? 4 : 7, ctx) };
  return { kind: 'get-contact', dueAt: inDays(person.kept ? 28 : 7, ctx) };
}

/**
 * `kind` in `days`, or the contactless step when there is no way to text them. A check-in counts its days from the last
 * reported contact (never sooner than soon), and for someone the user sees at a recurring place it is a say-hi there.
 */
export function reach(person: PersonForPlan, kind: NudgeKind, days: number, ctx: Planning, group?: boolean): StepPlan {
  if (!person.hasContact && NEEDS_CONTACT.has(kind)) return contactlessNext(person, ctx);
  if (kind === 'check-in') {
    const dueAt = Math.max(inDays(days, ctx, ctx.checkInFrom), ctx.checkInFrom < ctx.now ? soon(ctx) : 0);
    if (person.recurringPlace?.weekday !== undefined) return { kind: 'say-hi', dueAt: sayHiAt(person.recurringPlace, localDate(dueAt, ctx.zone), ctx) };
    return { kind, dueAt };
  }
  return group ? { kind, dueAt: inDays(days, ctx), group } : { kind, dueAt: inDays(days, ctx) };
}

/** The first pair not brought together yet (a place pair works without a number; an interest pair needs one). */
function freshPair(person: PersonForPlan, ctx: Planning): PairSide | null {
  const covered = person.covered ?? [];
  return ctx.pairs.find((pair) => !pair.need && !covered.includes(occasionKey({ pair: pair.name })) && (person.hasContact || pair.place === true)) ?? null;
}

/** A bring-together in `days` when there is a fresh pair, else `otherwise`. */
export function together(person: PersonForPlan, days: number, ctx: Planning, otherwise: () => StepPlan): StepPlan {
  const pair = freshPair(person, ctx);
  if (!pair) return otherwise();
  return { kind: 'bring-together', dueAt: inDays(days, ctx), pair, covers: occasionKey({ pair: pair.name }) };
}

/** Something to give instead of every third warm check-in: an introduction to someone who shares an interest, or a find. */
function giveInstead(person: PersonForPlan, ctx: Planning): StepPlan | null {
  if (person.warmth !== 'warm' || !person.hasContact) return null;
  const sinceGive = person.sentKinds.slice(person.sentKinds.lastIndexOf('give') + 1);
  if (sinceGive.filter((kind) => kind === 'check-in' || kind === 'say-hi').length < 2) return null;
  const covered = person.covered ?? [];
  const dueAt = reach(person, 'check-in', CHECK_IN_DAYS.warm, ctx).dueAt;
  const pair = ctx.pairs.find((side) => !side.place && !side.need && !covered.includes(occasionKey({ pair: side.name })));
  if (pair) return { kind: 'give', dueAt, give: { type: 'introduce', interest: pair.shared }, pair, covers: occasionKey({ pair: pair.name }) };
  const interest = person.interests.map((item) => item.trim()).find((item) => item.length > 0 && !covered.includes(occasionKey({ share: item })));
  return interest ? { kind: 'give', dueAt, give: { type: 'share', interest }, covers: occasionKey({ share: interest }) } : null;
}

/** What they are looking for and another of the user's people is (a need side): introduce them, soon, once. */
export function needIntro(person: PersonForPlan, ctx: Planning): StepPlan[] {
  if (!person.hasContact) return [];
  const side = ctx.pairs.find((pair) => pair.need && !(person.covered ?? []).includes(needKey(pair)));
  return side ? [{ kind: 'give', dueAt: soon(ctx), give: { type: 'introduce', interest: side.shared }, pair: side, covers: needKey(side) }] : [];
}

function needKey(side: PairSide): string {
  return occasionKey({ pair: `${side.name} for ${side.shared}` });
}

/** The check-in spaced by warmth, or something to give in its place. */
export function nextCheckIn(person: PersonForPlan, ctx: Planning): StepPlan {
  return giveInstead(person, ctx) ?? reach(person, 'check-in', CHECK_IN_DAYS[person.warmth], ctx);
}

/** The first step: a follow-up text, or without a number asking for it, where they are seen next when that is known. */
export function firstContact(person: PersonForPlan, at: Millis, ctx: Context): StepPlan {
  if (person.hasContact) return { kind: 'first-follow-up', dueAt: at };
  const recurring = person.recurringPlace;
  // "i see rafi every saturday at the pool": ask there, shortly before, rather than on a day they are not around
  if (recurring?.weekday !== undefined) return { kind: 'get-contact', dueAt: sayHiAt(recurring, localDate(ctx.now, ctx.zone), ctx) };
  return { kind: 'get-contact', dueAt: at };
}
