// "no thats a different carla" with no question open: the note just filed under a saved Carla becomes a new Carla, and
// the merge it made is taken back; with no such note, one short question. Pure.
import type { Person } from '../../db/rows';
import * as talk from '../replies/talk';
import type { PersonRef } from '../../understand/types';
import { readRevert } from '../revert';
import { notesOf, personById, type Snapshot } from '../snapshot';
import { createPerson, noteOfText } from './capture';
import { latestPersonOf } from './read';
import { reply, type Outcome, type Turn } from './turn';

export function splitOff(turn: Turn, ref: PersonRef | null): Outcome {
  const { snapshot } = turn;
  const latest = snapshot.notes[0];
  const person = personOf(turn, ref, latest?.personId ?? null);
  // the latest note is theirs and is not the one that saved them
  if (!person || !latest || latest.personId !== person.id || notesOf(snapshot, person.id).length < 2) {
    return reply(talk.askOtherPerson(person?.name ?? ref?.name ?? null));
  }
  takeBackMerge(turn, snapshot, person);
  return reply(createPerson(turn, person.name, noteOfText(turn, latest.body), latest.body, latest.id));
}

/** The person meant: the one named, the one of several of that name the latest note is filed under, or the latest. */
function personOf(turn: Turn, ref: PersonRef | null, notedId: number | null): Person | null {
  if (ref?.id !== undefined) return personById(turn.snapshot, ref.id);
  if (ref?.candidates) return ref.candidates.includes(notedId ?? -1) ? personById(turn.snapshot, notedId ?? -1) : null;
  const latest = latestPersonOf(turn);
  return latest === null ? null : personById(turn.snapshot, latest);
}

/** When the latest change added that note to them, their details and nudges go back to what they were before it. */
function takeBackMerge(turn: Turn, snapshot: Snapshot, person: Person): void {
  const change = snapshot.latestChange;
  const revert = change ? readRevert(change.revert) : null;
  if (!change || revert?.person?.id !== person.id || change.summary !== `note added to ${person.name}`) return;
  turn.changes.push({ type: 'revert', changeId: change.id, changedAt: change.createdAt, revert });
}
