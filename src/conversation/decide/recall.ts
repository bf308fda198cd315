// Recall: WHO IS <name>? and LIST, answered from the snapshot.
import * as replies from '../../domain/replies';
import { notesOf, pendingNudgeOf } from '../snapshot';
import { statedStep } from './plan';
import { personNamed } from './resolve';
import { reply, type Outcome, type Turn } from './turn';

/** People LIST names. */
const LISTED = 6;

export function whoIs(turn: Turn, name: string): Outcome {
  const named = personNamed(turn, name);
  if ('outcome' in named) return named.outcome;
  const person = named.person;
  const pending = pendingNudgeOf(turn.snapshot, person.id);
  const next = pending ? statedStep(turn, { kind: pending.kind, dueAt: pending.dueAt }) : null;
  const notes = notesOf(turn.snapshot, person.id).map((note) => withoutAddressee(note.body, person.name));
  return reply(replies.whoIs({ ...person, notes }, next, turn.now, turn.user.timeZone));
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
