// Recall: WHO IS <name>? and LIST, answered from the snapshot.
import type { Person } from '../../db/rows';
import { nameKey } from '../../understand/note-person';
import * as replies from '../replies';
import { bestMatch, notesOf, savedPeopleNamed, pendingNudgeOf } from '../snapshot';
import { statedStep } from './plan';
import { personNamed } from './resolve';
import { reply, setPending, type Outcome, type Turn } from './turn';

/** People LIST names. */
const LISTED = 6;

export function whoIs(turn: Turn, name: string): Outcome {
  const named = personNamed(turn, name);
  if ('outcome' in named) {
    // two Carlas: "the yoga one" answers which
    const key = nameKey(name);
    const candidates = savedPeopleNamed(turn.snapshot, key);
    if (bestMatch(candidates, key) === 'ambiguous')
      setPending(turn, { type: 'which', intent: { kind: 'who' }, personIds: candidates.slice(0, 4).map((p) => p.id) });
    return named.outcome;
  }
  return whoIsPerson(turn, named.person);
}

/** What Kindling knows about one saved person, and what is next for them. */
export function whoIsPerson(turn: Turn, person: Person): Outcome {
  const pending = pendingNudgeOf(turn.snapshot, person.id);
  const next = pending ? statedStep(turn, { kind: pending.kind, dueAt: pending.dueAt }) : null;
  const notes = notesOf(turn.snapshot, person.id).map((note) => withoutAddressee(note.body, person.name));
  return reply(replies.whoIsReply({ ...person, notes }, next, turn.now, turn.user.timeZone));
}

export function list(turn: Turn): Outcome {
  return reply(replies.listPeople(turn.snapshot.people.slice(0, LISTED), turn.snapshot.peopleTotal));
}

/** "Sarah: moving to Denver" reads "moving to Denver" under Sarah's name. */
function withoutAddressee(body: string, name: string): string {
  const prefix = body.indexOf(':');
  if (prefix <= 0 || body.slice(0, prefix).trim().toLowerCase() !== name.trim().toLowerCase()) return body;
  return body.slice(prefix + 1).trim() || body;
}
