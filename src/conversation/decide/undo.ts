// UNDO: each change made by text records, from the snapshot, how to put things back; UNDO puts back the newest one.
import { toColumns, type Person } from '../../db/rows';
import * as replies from '../replies';
import type { RowRef } from '../changes';
import { readRevert, type Revert } from '../revert';
import { openNudges } from '../snapshot';
import { reply, type Outcome, type Turn } from './turn';

/** The person and their pending or held nudges as they are before this text changes them. */
export function beforePerson(turn: Turn, person: Person): Revert {
  const { metAt: _metAt, ...columns } = toColumns(person);
  return { person: { id: person.id, ...columns }, nudges: openNudges(turn.snapshot, person.id), nudgesOfPersonId: person.id };
}

/** `deletePerson`: the person (or people) this text creates, deleted by UNDO. */
export function recordUndo(turn: Turn, summary: string, revert: Revert, deletePerson?: RowRef | RowRef[]): void {
  turn.changes.push(deletePerson === undefined ? { type: 'recordUndo', summary, revert } : { type: 'recordUndo', summary, revert, deletePerson });
}

export function undo(turn: Turn): Outcome {
  const latest = turn.snapshot.latestChange;
  if (!latest) return reply(replies.NOTHING_TO_UNDO);
  const revert = readRevert(latest.revert);
  if (!revert) {
    turn.changes.push({ type: 'dropChange', changeId: latest.id });
    return reply(replies.NOTHING_TO_UNDO);
  }
  turn.changes.push({ type: 'revert', changeId: latest.id, changedAt: latest.createdAt, revert });
  return reply(replies.undone(latest.summary));
}
