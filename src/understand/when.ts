// The time a text names, read by the shared time readers, as an instant and the local day it falls on.

import { distance } from 'fastest-levenshtein';
import { localParts } from '../domain/time';
import { readWhen, SNOOZE_DAY_HOUR } from './reply-time';
import type { Millis } from '../domain/types';
import type { UnderstandContext, When } from './types';

const MAX_FIND_WHEN_CHARS = 120;

/** "YYYY-MM-DD" of an instant in the user's zone. */
export function localDay(at: Millis, ctx: UnderstandContext): string {
  const parts = localParts(at, ctx.timeZone);
  return `${parts.year}-${String(parts.month).padStart(2, '0')}-${String(parts.day).padStart(2, '0')}`;
}

const WEEKDAY_WORDS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];

/** A weekday misspelt by one letter or two swapped ("fridya", "thrusday", "wendsday"); any other word as it is. */
function fixDayTypo(word: string): string {
  const lower = word.toLowerCase();
  if (WEEKDAY_WORDS.includes(lower) || WEEKDAY_WORDS.includes(lower.replace(/s$/, ''))) return word;
  return WEEKDAY_WORDS.find((day) => day[0] === lower[0] && (swapped(lower, day) || distance(lower, day) === 1)) ?? word;
}

/** Two neighbouring letters swapped: "fridya" is "friday". */
function swapped(word: string, day: string): boolean {
  if (word.length !== day.length) return false;
  const at = [...word].findIndex((letter, index) => letter !== day[index]);
  return at >= 0 && word[at] === day[at + 1] && word[at + 1] === day[at] && word.slice(at + 2) === day.slice(at + 2);
}

/**
 * The first time named in `phrase` and the phrase without it; a day without a time lands at the nudge hour.
 * findWhen("call noor tmrw at 5", ctx) -> { when: { at: <Wed 17:00>, day: '2026-12-02' }, rest: 'call noor' }
 */
export function findWhen(phrase: string, ctx: UnderstandContext): { when: When; rest: string } | null {
  const text = phrase
    .slice(0, MAX_FIND_WHEN_CHARS)
    .replace(/\b(?:tonite|2nite)\b/gi, 'tonight')
    .replace(/\bnite\b/gi, 'night')
    .replace(/\b(?:tmrw|tmr|tmw|2moro|2morrow|tomoz)\b/gi, 'tomorrow')
    .replace(/\bsat\b/gi, 'saturday')
    .replace(/\bsun\b/gi, 'sunday')
    .replace(/\bwed\b/gi, 'wednesday')
    .replace(/\b(?:thurs|thu)\b/gi, 'thursday')
    .replace(/\b(?:tues|tue)\b/gi, 'tuesday')
    .replace(/\bfri\b/gi, 'friday')
    .replace(/\b\p{L}{5,10}\b/gu, fixDayTypo)
    .replace(/\bmon\b/gi, 'monday')
    .replace(/\bwknd\b/gi, 'weekend')
    // "movie night on sat" is Saturday, not tonight
    .replace(/\b(movie|game|games|trivia|date|karaoke|girls|guys|poker|quiz|salsa|pizza|taco|wine|bingo|open mic) night\b/gi, '$1');
  // "rang him this morning, meeting for a pint on friday": a time gone by is not when the plan is
  const ahead = text.replace(/\b(?:this morning|earlier today|earlier|yesterday|last night|just now)\b/gi, ' ');
  const found =
    (ahead !== text ? readWhen(ahead, ctx.now, ctx.timeZone, SNOOZE_DAY_HOUR) : null) ??
    readWhen(text, ctx.now, ctx.timeZone, SNOOZE_DAY_HOUR) ??
    (/\btonight\b/i.test(text) ? readWhen(text.replace(/\btonight\b/gi, 'today at 8pm'), ctx.now, ctx.timeZone, SNOOZE_DAY_HOUR) : null);
  if (!found) return null;
  return { when: { at: found.at, day: localDay(found.at, ctx) }, rest: found.rest };
}
