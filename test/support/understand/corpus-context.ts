// The texting corpus's setting (test/fixtures/texting.jsonl): its clock and zone, and the context a line's `before`
// texts leave behind. Shared by texting-corpus.test.ts and the understanding bench (bench/understand.mjs).

import { nameKey, parseNote } from '../../../src/understand/note-person';
import type { KnownPerson, PendingQuestion, UnderstandContext } from '../../../src/understand/types';

export const CORPUS_NOW = Date.UTC(2026, 11, 1, 23, 0); // Tue 2026-12-01 18:00 in New York, as the corpus README says
export const CORPUS_ZONE = 'America/New_York';

/** The saved people, latest person and pending question that the `before` texts leave behind. */
export function contextOfCorpus(before: readonly string[]): UnderstandContext {
  const people: KnownPerson[] = [];
  let latestPersonId: number | null = null;
  let pending: PendingQuestion | null = null;
  for (const text of before) {
    const asked = /^\(after Kindling asked: Which one\? (.*)\)$/.exec(text);
    if (asked?.[1]) {
      const labels = [...asked[1].matchAll(/\d\) ([^)]*\([^)]*\))/g)].map((match) => match[1] ?? '');
      pending = { type: 'which', choices: labels.map((label, index) => ({ personId: 100 + index, label })) };
      continue;
    }
    const note = parseNote(text, { now: CORPUS_NOW, timeZone: CORPUS_ZONE });
    if (!note.name) continue;
    const same = people.find((person) => person.nameKey === nameKey(note.name ?? ''));
    if (same) {
      pending = { type: 'same', personId: same.id };
      continue;
    }
    const person = { id: people.length + 1, name: note.name, nameKey: nameKey(note.name), met: note.met };
    people.push(person);
    latestPersonId = person.id;
  }
  return { people, latestPersonId, pending, now: CORPUS_NOW, timeZone: CORPUS_ZONE, defaultCountry: 'US' };
}
