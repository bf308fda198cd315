// What to do together: the one activity an invitation proposes, from what they like (never something of theirs, never
// the place you met). Pure; the playbook picks it when it plans an invitation, so the pin and the follow-up name it.

import { type ActivityIdea, pastimeOf, suggestActivity, suggestGroup } from './activities';
import { ownedThing } from './compose/references';
import type { PersonForPlan } from '../domain/types';

/** What is theirs (a studio they run): never suggest visiting one like it, as if they were a customer. */
function ownedPastimes(items: string[]): Set<number> {
  const kinds = new Set<number>();
  for (const item of items) {
    const owned = ownedThing(item) ?? (/\b(studio|shop|store|bakery|cafe|gallery|gym|bar|restaurant)\b/i.test(item) ? item : null);
    const kind = owned ? pastimeOf(owned) : null;
    if (kind !== null) kinds.add(kind);
  }
  return kinds;
}

/**
 * The activity to propose to someone (a group one when `group`), picked by seed.
 * @example ideaFor({ interests: ['bouldering'], work: [], met: 'work drinks' }, false, 0) // { activity: 'an outdoor climbing day', because: 'bouldering' }
 */
export function ideaFor(person: Pick<PersonForPlan, 'interests' | 'work' | 'met'>, group: boolean, seed: number): ActivityIdea {
  const { interests, work } = person;
  const owned = ownedPastimes([...work, ...interests]);
  const notTheirs = (item: string) => ownedThing(item) === null && !owned.has(pastimeOf(item) ?? -1);
  const oneToOne = (liked: string[], jobs: string[]) =>
    suggestActivity(liked, jobs.length > 0 || liked.length > 0 ? jobs : work.filter((item) => ownedThing(item) === null), seed);
  // a group activity nothing of theirs points at (a board game night for someone known by his job): the one-to-one idea
  const pickFrom = (liked: string[], jobs: string[]) => {
    const together = group ? suggestGroup(liked, seed) : null;
    return together && !together.generic ? together : oneToOne(liked, jobs);
  };
  const idea = pickFrom(interests.filter(notTheirs), work.filter(notTheirs));
  // never the place you met as the plan ("Up for a run club meetup?" to someone met at run club): another pastime
  const met = (person.met ?? '')
    .toLowerCase()
    .replace(/^(met\s+)?(at|in|on)\s+/, '')
    .replace(/^(the|a)\s+/, '')
    .trim();
  if (!met || !idea.activity.toLowerCase().includes(met)) return idea;
  const metKind = pastimeOf(met);
  const notWhereMet = (item: string) => notTheirs(item) && (metKind === null || pastimeOf(item) !== metKind);
  return pickFrom(interests.filter(notWhereMet), work.filter(notWhereMet));
}
