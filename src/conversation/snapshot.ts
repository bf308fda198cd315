// Everything a decision about one text may need, loaded in one batch (see load.ts), and the lookups decide uses on it.
import type { ChangeRow, NoteRow, Person, UserRow } from '../db/rows';
import type { NudgeRow } from '../db/nudges';
import { isOpen, isPending, wentOut } from '../db/states';

/**
 * At most this many people are loaded, the most recently updated first (plus anyone the latest nudge or the pending
 * question names). A person beyond it is not found by name until a note or reply about them brings them forward.
 */
export const PEOPLE_LIMIT = 500;
/** Notes per person WHO IS shows. */
export const NOTES_PER_PERSON = 3;
/** At most this many notes are loaded in all. */
export const NOTES_LIMIT = 1500;

/** This number's recent texts, counted in the batch that stores this one, for the reply limit. */
export interface RecentTexts {
  /** other texts in the minute before this one */
  textsLastMinute: number;
  /** replies Kindling sent in the last day */
  repliesLastDay: number;
  /** reply-limit notices sent in the last hour */
  noticesLastHour: number;
}

export interface Snapshot {
  user: UserRow;
  /** this text created the user */
  isNewUser: boolean;
  /** the inbound row of this text: refs of rows it creates are built from it */
  inboundId: number;
  /** most recently updated first */
  people: Person[];
  /** every person the user has saved, loaded or not */
  peopleTotal: number;
  /** the user's pending and held nudges, and each person's latest sent, claimed or done one */
  nudges: NudgeRow[];
  /** each person's latest NOTES_PER_PERSON notes, newest first, and the note a pending question is about */
  notes: NoteRow[];
  /** the newest undo record */
  latestChange: ChangeRow | null;
  /** the latest acknowledgement among Kindling's last replies to this number (else its last reply), if any */
  lastReply?: string | null;
  /** Kindling's last replies to this number, newest first (up to 10): acknowledgements and questions never repeat within them */
  recentReplies?: string[];
  /** the user's texts before this one that Kindling answered, newest first (up to 10): the language they write in */
  recentTexts?: string[];
  recent: RecentTexts;
}

export function personById(snapshot: Snapshot, id: number): Person | null {
  return snapshot.people.find((person) => person.id === id) ?? null;
}

/** People in id order of `ids`, skipping any not loaded. */
export function peopleByIds(snapshot: Snapshot, ids: readonly number[]): Person[] {
  return ids.map((id) => personById(snapshot, id)).filter((person): person is Person => person !== null);
}

/** Candidates for a typed name key: the same key, the same first name alone, or a full name with that first name. */
export function savedPeopleNamed(snapshot: Snapshot, key: string): Person[] {
  if (!key) return [];
  const first = key.split(' ')[0] ?? key;
  return snapshot.people.filter((person) => person.nameKey === key || person.nameKey === first || person.nameKey.startsWith(`${first} `)).slice(0, 10);
}

/** Picks the best match for a typed name: an exact key, else the only first-name match. */
export function bestMatch(candidates: Person[], key: string): Person | 'ambiguous' | null {
  const exact = candidates.filter((person) => person.nameKey === key);
  if (exact.length === 1) return exact[0] ?? null;
  if (exact.length > 1) return 'ambiguous';
  if (candidates.length === 1) return candidates[0] ?? null;
  return candidates.length > 1 ? 'ambiguous' : null;
}

export function pendingNudgeOf(snapshot: Snapshot, personId: number): NudgeRow | null {
  return snapshot.nudges.find((nudge) => nudge.personId === personId && isPending(nudge)) ?? null;
}

/** Pending and held nudges: of one person, or of the user. */
export function openNudges(snapshot: Snapshot, personId?: number): NudgeRow[] {
  return snapshot.nudges.filter((nudge) => isOpen(nudge) && (personId === undefined || nudge.personId === personId));
}

/** The person's latest nudge that went out (sent, being sent, or answered). */
export function latestSentOf(snapshot: Snapshot, personId: number): NudgeRow | null {
  const sent = snapshot.nudges.filter((nudge) => nudge.personId === personId && wentOut(nudge));
  return sent.reduce<NudgeRow | null>((latest, nudge) => (latest && latest.id > nudge.id ? latest : nudge), null);
}

export function notesOf(snapshot: Snapshot, personId: number, limit = NOTES_PER_PERSON): NoteRow[] {
  return snapshot.notes.filter((note) => note.personId === personId).slice(0, limit);
}

export function noteById(snapshot: Snapshot, id: number): NoteRow | null {
  return snapshot.notes.find((note) => note.id === id) ?? null;
}
