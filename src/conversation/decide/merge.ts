// "jess and jessica are the same person": one saved person folded into the other. The kept record gets the other's
// details, contacts it lacks, events, plans and news; the other's notes are filed under it; then the other goes.
import type { Person } from '../../db/rows';
import * as talk from '../replies/talk';
import { nameKey } from '../../understand/note-person';
import type { PersonPatch } from '../changes';
import { reply, type Outcome, type Turn } from './turn';

/** Items of both, the kept one's first, each once (any case). */
function unionOf(kept: readonly string[], other: readonly string[]): string[] {
  const seen = new Set(kept.map((item) => item.toLowerCase()));
  return [...kept, ...other.filter((item) => !seen.has(item.toLowerCase()))];
}

/** The patch that gives `keep` what `drop` knew. */
export function mergedPatch(keep: Person, drop: Person): PersonPatch {
  return {
    interests: unionOf(keep.interests, drop.interests).slice(0, 8),
    work: unionOf(keep.work, drop.work),
    contacts: { ...drop.contacts, ...keep.contacts },
    met: keep.met ?? drop.met,
    events: [...keep.events, ...drop.events.filter((event) => !keep.events.some((mine) => mine.what === event.what))],
    plans: [...(keep.plans ?? []), ...(drop.plans ?? [])],
    news: [...(keep.news ?? []), ...(drop.news ?? [])],
    ties: (keep.ties ?? []).filter((tie) => nameKey(tie.name) !== drop.nameKey),
  };
}

export function mergePeople(turn: Turn, keep: Person, drop: Person): Outcome {
  if (keep.id === drop.id) return reply(talk.mergedPeople(keep.name, drop.name));
  turn.changes.push({ type: 'updatePerson', personId: keep.id, patch: mergedPatch(keep, drop) });
  turn.changes.push({ type: 'mergePerson', personId: drop.id, into: keep.id });
  return reply(talk.mergedPeople(keep.name, drop.name));
}
