// What someone is looking for ("looking for a realtor", "needs a good dentist") and who among the user's people could
// help: the introduction a friend would make. Pure.
//
// Contract
// - A need is told in a note or as news: "looking for / searching for / needs / hiring (a|an) <one or two words>";
//   it is stored as their news ("looking for a realtor") and never congratulated.
// - Someone fills it when a work item (or an interest) of theirs names the same thing: "realtor" fills "a realtor",
//   "realtor at Compass" too; a plural or -s form counts ("dentists").

import type { PersonForPlan, PersonNews } from '../../domain/types';

const NEED =
  /\b(?:looking for|searching for|hunting for|in search of|needs|need|hiring|wants a recommendation for)\s+(?:a|an|some)\s+(?:good\s+|great\s+|new\s+)?([a-z][a-z-]+(?:\s+[a-z][a-z-]+)?)/i;
/** Words that end a need's phrase: "a realtor 646-..." or "a realtor and a lawyer". */
const STOP = new Set(['and', 'or', 'in', 'for', 'to', 'at', 'with', 'who', 'that', 'asap', 'soon']);

/**
 * The thing a text says someone is looking for, as it would fill a work item; null when none.
 * @example needIn('product designer, looking for a realtor 646-555-0202') // 'realtor'
 * @example needIn('got promoted!!') // null
 */
export function needIn(text: string): string | null {
  const found = NEED.exec(text)?.[1];
  if (!found) return null;
  const words = found.toLowerCase().split(/\s+/);
  const cut = words.findIndex((word) => STOP.has(word));
  const kept = (cut === -1 ? words : words.slice(0, cut)).join(' ').trim();
  return kept.length >= 3 ? kept : null;
}

/** The news item that tells a need, in the words it is stored with. */
export function needNews(need: string, on: number): PersonNews {
  return { what: `looking for ${/^[aeiou]/.test(need) ? 'an' : 'a'} ${need}`, on };
}

/** Whether a news item is a need rather than news to celebrate. */
export function isNeed(news: PersonNews): boolean {
  return needIn(news.what) !== null;
}

/**
 * Whether a person's work (or interests) fills the need.
 * @example fillsNeed({ work: ['realtor at Compass'], interests: [] }, 'realtor') // true
 */
export function fillsNeed(person: Pick<PersonForPlan, 'work' | 'interests'>, need: string): boolean {
  const key = need.toLowerCase();
  const pattern = new RegExp(`\\b${key.replace(/[^a-z ]/g, '')}s?\\b`, 'i');
  return [...person.work, ...person.interests].some((item) => pattern.test(item));
}

/** Their latest need still open (the news that tells it), or null. */
export function openNeed(person: Pick<PersonForPlan, 'news'>): string | null {
  const last = [...(person.news ?? [])].reverse().find(isNeed);
  return last ? needIn(last.what) : null;
}
