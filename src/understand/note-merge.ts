// The person a note reading gives back: their work capped at MAX_NOTE_WORK without repeats, each detail once, and the
// saved person the name refers to.

import type { ParsedNote } from '../domain/types';
import { unstar } from './note-person';
import { refFor, titleCase } from './people';
import type { NotePerson, Tie, UnderstandContext } from './types';

/** The most work details a note gives one person: as many as a saved person keeps when a note is merged in (capture.ts mergeNote). */
const MAX_NOTE_WORK = 6;

/**
 * A person's work: what the note parser found, then the clauses about them that add to it (none that only repeats
 * `found`, lowercased), at most MAX_NOTE_WORK, as a saved person keeps at most that many: a text listing hundreds
 * of names gives no one hundreds of details, and the clauses past the cap are not looked at.
 */
export function workOf(first: readonly string[], said: readonly string[], found: readonly string[]): string[] {
  const work: string[] = [];
  const seen = new Set<string>();
  const take = (item: string) => {
    const key = item.toLowerCase();
    if (seen.has(key)) return;
    seen.add(key);
    work.push(item);
  };
  for (const item of first) if (work.length < MAX_NOTE_WORK) take(item);
  for (const detail of said) {
    if (work.length >= MAX_NOTE_WORK) break;
    if (!overlaps(detail, found)) take(detail);
  }
  return work;
}

/** Details already found, lowercased once for overlaps. */
export function lowered(found: readonly string[]): string[] {
  return found.map((item) => item.toLowerCase());
}

/** Whether a clause's words say no more than a detail already found (lowercased) ("loves sci-fi" after "sci-fi"). */
export function overlaps(detail: string, found: readonly string[]): boolean {
  const lower = detail.toLowerCase();
  return found.some((other) => other.includes(lower) || (lower.includes(other) && lower.length <= other.length + 12));
}

/** The items without repeats, case aside, in their first order. */
export function unique(items: readonly string[]): string[] {
  const seen = new Set<string>();
  return items.filter((item) => {
    const key = item.toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** The NotePerson for a name and what was parsed of them: their ties, and the saved person the name refers to. */
export function notePersonOf(name: string, parsed: ParsedNote, ties: Tie[], ctx: UnderstandContext): NotePerson {
  const ref = refFor(name, ctx, true);
  return {
    name: titleCase(name),
    ...(ref.id !== undefined ? { id: ref.id } : {}),
    ...(ref.candidates ? { candidates: ref.candidates } : {}),
    met: parsed.met,
    interests: unstar(parsed.interests),
    work: unstar(parsed.work),
    contacts: parsed.contacts,
    events: parsed.events,
    ties,
  };
}
