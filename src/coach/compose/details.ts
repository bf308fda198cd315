// Noted details in a text: clipping them to fewer words, whether a text names one, and telling repeats apart by stem.

import { clipWords } from '../../domain/sms-length';
import type { NudgeSubject } from '../../domain/types';

/** Max words per noted item at each clip level: as noted, then shorter. */
export const CLIP_WORDS = [Infinity, 4, 2, 1];

/**
 * A noted item at a clip level: as noted (trimmed) at level 0, then at most 4, 2, 1 whole words (never under `atLeast`).
 * @example clipAt('restoring old Italian espresso machines', 1) // 'restoring old Italian espresso'
 * @example clipAt('gallery opening night', 3, 2) // 'gallery opening'
 */
export function clipAt(text: string, clip: number, atLeast = 1): string {
  const words = CLIP_WORDS[clip] ?? 1;
  return Number.isFinite(words) ? clipWords(text, Math.max(words, atLeast)) : text.trim();
}

/**
 * The noted items of a subject, clipped as at `clip`, lowercased: a text names a detail when it contains one.
 * @example detailsOf({ kind: 'check-in', person: { ...sarah, met: 'at the climbing gym' } }, 0) // ['climbing gym', 'bouldering', ...]
 */
export function detailsOf(subject: NudgeSubject, clip: number): string[] {
  const { person } = subject;
  const give = subject.give;
  const given = give ? (give.type === 'congrats' ? give.news.what : give.type === 'before-move' ? give.move.to : give.interest) : '';
  const items = [
    person.met ?? '',
    ...person.interests,
    ...person.work,
    ...person.events.map((event) => event.what),
    subject.event?.what ?? '',
    // an invitation's own proposal is not a detail of theirs; a plan they agreed to (or made) is
    subject.plan && ((subject.kind !== 'deepen' && subject.kind !== 'bring-together') || subject.pin) ? subject.plan.what : '',
    given,
    subject.pair?.shared ?? '',
    person.recurringPlace?.place ?? '',
  ];
  return items
    .map((item) =>
      item
        .trim()
        .replace(/^(met\s+)?(at|in|on|through|via)\s+/i, '')
        .replace(/^(the|her|his|their|just)\s+/i, '')
        .replace(/[\s,]+(tonight|tonite|today|last night|yesterday|earlier)$/i, ''),
    )
    .filter((item) => item.length > 0)
    .map((item) => clipAt(item, clip).toLowerCase());
}

/**
 * Whether `text` contains one of `details` (as detailsOf gives them).
 * @example namesDetail('Say hi at the climbing gym.', ['climbing gym']) // true
 */
export function namesDetail(text: string, details: string[]): boolean {
  const lower = text.toLowerCase();
  return details.some((detail) => lower.includes(detail));
}

/** Words that say nothing about what a detail is: "her pottery studio" is the same detail as "pottery studio". */
const FILLER_WORDS = new Set(['a', 'an', 'the', 'her', 'his', 'their', 'my', 'your', 'our', 'at', 'in', 'on', 'of', 'to', 'for', 'and', 'with']);

/**
 * A rough stem, so "climbing", "climbs" and "climb" compare equal: possessive, plural, -ing/-ed, a doubled end, a final e.
 * @example stem('climbing') // 'climb'
 * @example stem("Sarah's") // 'sarah'
 */
export function stem(word: string): string {
  let w = word
    .toLowerCase()
    .replace(/['\u2019]s$/, '')
    .replace(/[^\p{L}\p{N}]/gu, '');
  if (w.length > 4 && w.endsWith('ies')) w = `${w.slice(0, -3)}y`;
  else if (w.length > 3 && /[^su]s$/.test(w)) w = w.slice(0, -1);
  if (w.length > 5 && /(ing|ed)$/.test(w)) w = w.replace(/(ing|ed)$/, '');
  if (/([b-df-hj-np-tv-z])\1$/.test(w) && !/(ll|ss|zz)$/.test(w)) w = w.slice(0, -1);
  if (w.length > 3 && w.endsWith('e')) w = w.slice(0, -1);
  return w;
}

/** The stems of a detail's telling words (all its words when every one is filler; the text itself when it has no letters). */
function stemsOf(text: string): Set<string> {
  const words = text
    .split(/\s+/)
    .map(stem)
    .filter((word) => word.length > 0);
  const telling = words.filter((word) => !FILLER_WORDS.has(word));
  if (telling.length > 0) return new Set(telling);
  return new Set(words.length > 0 ? words : [text.trim().toLowerCase()]);
}

function within(inner: Set<string>, outer: Set<string>): boolean {
  return inner.size > 0 && [...inner].every((word) => outer.has(word));
}

/**
 * Noted details without repeats, in their order: a detail whose words (by stem) all appear in another, more specific
 * detail, or in the place they met, is left out; of two that say the same, the first stays.
 * @example distinctDetails(['climbing', 'bouldering', 'pottery', 'pottery studio'], 'climbing gym') // ['bouldering', 'pottery studio']
 */
export function distinctDetails(details: readonly string[], met: string | null): string[] {
  const items = details.map((detail) => detail.trim()).filter((detail) => detail.length > 0);
  // "Met at the climbing gym" kept as a detail says where they met, as `met` does
  const stems = items.map((item) => stemsOf(item.replace(/^met\s+(?=(at|in|on|through)\s)/i, '')));
  const place = met ? stemsOf(met.replace(/^(met\s+)?(at|in|on)\s+/i, '')) : new Set<string>();
  return items.filter((_item, i) => {
    const mine = stems[i] ?? new Set<string>();
    if (within(mine, place)) return false;
    return !stems.some((other, j) => j !== i && within(mine, other) && (other.size > mine.size || j < i));
  });
}
