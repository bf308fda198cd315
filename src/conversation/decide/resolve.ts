// Which person a text is about: by typed name, or the latest nudge's, answering when there is nobody or several.
import type { Person } from '../../db/rows';
import { nameKey } from '../../domain/parse-note';
import * as replies from '../../domain/replies';
import { bestMatch, peopleNamed } from '../snapshot';
import { reply, type Outcome, type Turn } from './turn';

export type Resolved = { person: Person } | { outcome: Outcome };

/** Finds a person by typed name, answering when there is nobody or several. */
export function personNamed(turn: Turn, name: string): Resolved {
  const key = nameKey(name);
  const candidates = peopleNamed(turn.snapshot, key);
  const match = bestMatch(candidates, key);
  if (!match) return { outcome: reply(replies.unknownPerson(name)) };
  if (match === 'ambiguous') return { outcome: reply(replies.whichPerson(candidates.slice(0, 4).map(describe))) };
  return { person: match };
}

function describe(person: Person): string {
  return person.met ? `${person.name} (${person.met})` : person.name;
}
