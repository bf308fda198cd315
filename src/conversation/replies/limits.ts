// What Kindling says when a text names more people than it saves at once, or the user has as many people as it keeps.
import { MAX_PEOPLE_PER_USER } from '../../domain/limits';
import { fitToSegments } from '../../domain/sms-length';

const CEILING = MAX_PEOPLE_PER_USER.toLocaleString('en-US');

/** The reply when the user already has MAX_PEOPLE_PER_USER people: no one new is saved, the text is kept as a note. */
export const PEOPLE_FULL_TEXT = `You have ${CEILING} people saved, the most Kindling keeps, so I kept this as a note only. To add someone new, FORGET someone first (e.g. FORGET Sam).`;

/** Said after saving the people that reached MAX_PEOPLE_PER_USER. */
export const PEOPLE_NOW_FULL_TEXT = `You now have ${CEILING} people saved, the most Kindling keeps.`;

/**
 * "Saved Sarah, Jake and 8 others." fitted to `maxSegments` with what follows it: every name when they fit, else the
 * first names and a count, else the count alone.
 * @example savedList(['Sarah', 'Jake', 'Ana'], '', 2) // 'Saved Sarah, Jake and Ana.'
 */
export function savedList(names: readonly string[], after: string, maxSegments: number, lead = ''): string {
  const tail = after ? ` ${after}` : '';
  const lists = [listNames(names)];
  for (let shown = Math.min(names.length - 1, 3); shown >= 1; shown--) {
    lists.push(`${names.slice(0, shown).join(', ')} and ${names.length - shown} ${names.length - shown === 1 ? 'other' : 'others'}`);
  }
  lists.push(`${names.length} ${names.length === 1 ? 'person' : 'people'}`);
  const candidates = lists.map((list) => `${lead}Saved ${list}.${tail}`);
  return fitToSegments(candidates, maxSegments) ?? candidates[candidates.length - 1] ?? '';
}

/**
 * What a text with too many people left out, and what to do about it (nothing to do when the user is at the ceiling).
 * @example leftOutText(190, 'cards') // '190 more cards were left out: send them in smaller batches.'
 */
export function leftOutText(count: number, what: 'cards' | 'people', full = false): string {
  const one = what === 'cards' ? '1 more card was' : '1 more person was';
  const lead = count === 1 ? one : `${count} more ${what} were`;
  if (full) return `${lead} left out. ${PEOPLE_NOW_FULL_TEXT}`;
  if (what === 'cards') return `${lead} left out: send ${count === 1 ? 'it' : 'them'} in smaller batches.`;
  return `${lead} left out: text me about ${count === 1 ? 'them' : 'them a few at a time'}.`;
}

/** "Sarah, Jake and Ana". */
export function listNames(names: readonly string[]): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}
