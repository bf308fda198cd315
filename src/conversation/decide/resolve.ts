// Which person a text is about: by typed name, or the latest nudge's, answering when there is nobody or several.
import type { Person } from '../../db/rows';
import { nameKey } from '../../understand/note-person';
import * as replies from '../replies';
import { bestMatch, savedPeopleNamed } from '../snapshot';
import { reply, type Outcome, type Turn } from './turn';

export type Resolved = { person: Person } | { outcome: Outcome };

/** Finds a person by typed name, answering when there is nobody or several. */
export function personNamed(turn: Turn, name: string): Resolved {
  const key = nameKey(name);
  const candidates = savedPeopleNamed(turn.snapshot, key);
  const match = bestMatch(candidates, key);
  if (!match) return { outcome: reply(replies.unknownPerson(name)) };
  if (match === 'ambiguous') return { outcome: reply(replies.whichPerson(candidates.slice(0, 4).map(describe))) };
  return { person: match };
}

function describe(person: Person): string {
  return person.met ? `${person.name} (${person.met})` : person.name;
}

/** Words of an event that say nothing about which one it is ("her first solo show opening" is the show). */
const EVENT_FILLER = new Set(
  'a an the her his their my our first solo big new next last opening opens open launch day night party on at in of for with'.split(' '),
);

function eventKeywords(what: string): string[] {
  return nameKey(what)
    .split(/[^\p{L}]+/u)
    .filter((word) => word.length > 2 && !EVENT_FILLER.has(word));
}

/**
 * The one person a report names by their event ("went to her show" after Lena's "first solo show opens apr 17"), or
 * null when no event of anyone's is named, or several people's are. `prefer` (the latest nudge's people) breaks a tie.
 * @example personByTheirEvent([lena, ada], 'went to her show, she was thrilled', []) // lena
 */
export function personByTheirEvent<P extends Pick<Person, 'id' | 'events'>>(people: readonly P[], text: string, prefer: readonly number[]): P | null {
  const said = new Set(nameKey(text).split(/[^\p{L}]+/u));
  const named = people.filter((person) => person.events.some((event) => eventKeywords(event.what).some((word) => said.has(word) || said.has(`${word}s`))));
  if (named.length <= 1) return named[0] ?? null;
  const preferred = named.filter((person) => prefer.includes(person.id));
  return preferred.length === 1 ? (preferred[0] ?? null) : null;
}
