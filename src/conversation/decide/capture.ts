// Capture: a note becomes a person (or more about one), with a plan and a confirmation.
import { needIn, needNews } from '../../coach/playbook/needs';
import { hasContact, type Person } from '../../db/rows';
import { capName } from '../../domain/clean-text';
import { MAX_PEOPLE_PER_USER } from '../../domain/limits';
import { nameKey } from '../../understand/note-person';
import * as replies from '../replies';
import { captureReply } from '../replies';
import type { ParsedNote, PersonTie, PlannedNudge } from '../../domain/types';
import type { RowRef } from '../changes';
import { bestMatch, noteById, savedPeopleNamed, pendingNudgeOf, personById } from '../snapshot';
import { replan, replanAfterNote, statedStep, type StatedStep } from './plan';
import { newRef, reply, setPending, type Outcome, type Turn } from './turn';
import { notePlan, weeklyPlanOf } from './story';
import { otherLanguage } from '../../understand/language';
import { readText } from '../../understand/read-text';
import { understandTurn } from './read';
import { beforePerson, recordUndo } from './undo';

/** A stored note's text read as a note about someone. */
export function noteOfText(turn: Turn, body: string): ParsedNote {
  return understandTurn(turn, null, body).note();
}

/** A new note: save the person, or ask who it was, or ask whether it is the same person. */
export function captureNote(turn: Turn, note: ParsedNote, text: string): Outcome {
  if (!note.name && isSmallTalk(note, text)) return reply(replies.SMALL_TALK_TEXT);
  if (!note.name) {
    setPending(turn, { type: 'name', noteId: storeLooseNote(turn, text) });
    return reply(replies.ASK_NAME_TEXT);
  }
  const key = nameKey(note.name);
  const match = savedPeopleNamed(turn.snapshot, key).find((person) => nameKey(person.name) === key);
  // "Shaz's number +61 491 570 157": more about the Shaz saved, unless it reads like meeting a second one
  if (match && !meetsAnother(text, note.met, match) && savedPeopleNamed(turn.snapshot, key).length === 1) return addToPerson(turn, match, text, null);
  if (match) {
    setPending(turn, { type: 'same', noteId: storeLooseNote(turn, text), personId: match.id });
    return reply(replies.askSamePerson(match.name, match.met, match.metAt, turn.user.timeZone));
  }
  return reply(createPerson(turn, note.name, note, text, null));
}

const MORE_ABOUT = /^\W*(?:more (?:on|about)|update on|another thing about|also|oh and)\b|^\W*\p{L}+(?:'s|s)?\s+(?:is\s+)?(?:also|too|as well|still)\b/iu;
const MEETING = /^\W*(?:(?:today|tonight|yesterday|just|also|and)\s+)*(?:i\s+)?(?:met|meet|ran into|bumped into|conoc[ií])\b/iu;

/**
 * Whether a note naming someone saved may be about a second person of that name: it tells of meeting them, or of
 * meeting them somewhere else ("Sarah from yoga" with a Sarah from the climbing gym saved).
 */
export function meetsAnother(text: string, met: string | null, saved: Pick<Person, 'met'>): boolean {
  if (MEETING.test(text)) return true;
  // "Clive's also a keen fisherman", "more on renee - ...": more about the one saved
  if (MORE_ABOUT.test(text.slice(0, 60))) return false;
  return !!met && !!saved.met && nameKey(met) !== nameKey(saved.met);
}

/** "ok", "thanks!", "lol": nothing about anyone, so there is no note to keep or question to ask. */
function isSmallTalk(note: ParsedNote, text: string): boolean {
  const about = note.met || note.interests.length || note.work.length || note.events.length || hasContact(note.contacts);
  return !about && text.trim().split(/\s+/).length <= 4;
}

/** Stores a note not yet filed under anyone. */
function storeLooseNote(turn: Turn, body: string): RowRef {
  const ref = newRef(turn);
  turn.changes.push({ type: 'addNote', ref, personId: null, body });
  return { ref };
}

/** A person not saved yet (id 0), with what a note or a card says about them and a fresh plan's state. */
export function newPerson(typed: string, said: Pick<Person, 'met' | 'interests' | 'work' | 'contacts' | 'events'>, now: number): Person {
  const name = capName(typed);
  return {
    id: 0,
    name,
    nameKey: nameKey(name),
    met: said.met,
    metAt: now,
    interests: said.interests,
    work: said.work,
    contacts: said.contacts,
    events: said.events,
    warmth: 'unknown',
    silences: 0,
    kept: false,
    sentKinds: [],
    celebratedEvents: [],
    lastContactAt: null,
    updatedAt: now,
  };
}

/**
 * Saves the person, their note and plan, and returns the confirmation. `noteId`: file an already stored note. `ties`:
 * the user's other people this one is tied to ("Kenji's sister", met together).
 */
export function createPerson(turn: Turn, typed: string, note: ParsedNote, body: string, noteId: number | null, ties: PersonTie[] = []): string {
  const { user, now } = turn;
  if (peopleFull(turn)) {
    // no one new past the ceiling; the note is kept, so nothing is lost
    if (noteId === null) storeLooseNote(turn, body);
    return replies.PEOPLE_FULL_TEXT;
  }
  const name = capName(typed);
  const { ref, planned } = savePerson(turn, name, note, body, noteId, ties);
  recordUndo(turn, `saved ${name}`, {}, ref);
  return captureReply({
    name,
    met: note.met,
    details: [...note.interests, ...note.work, ...note.events.map((event) => event.what)],
    hasContact: hasContact(note.contacts),
    nextNudge: planned ? { kind: planned.kind, dueAt: planned.dueAt, waitsForResume: planned.waitsForResume ?? false } : null,
    now,
    zone: user.timeZone,
    welcome: turn.snapshot.isNewUser,
    language: otherLanguage(readText(turn.text).keys) === 'Spanish' ? 'es' : 'en',
  });
}

/** Whether the user has as many people as Kindling keeps (MAX_PEOPLE_PER_USER), counting those this text saved. */
export function peopleFull(turn: Turn, saving = 0): boolean {
  return turn.snapshot.peopleTotal + saving >= MAX_PEOPLE_PER_USER;
}

/** The changes that save a new person with their note and first plan; recording how to undo them is the caller's. */
export function savePerson(
  turn: Turn,
  name: string,
  note: ParsedNote,
  body: string,
  noteId: number | null,
  ties: PersonTie[] = [],
): { ref: RowRef; planned: StatedStep | null } {
  const ref = newRef(turn);
  const fresh = newPerson(name, note, turn.now);
  // "looking for a realtor": kept as their news, so an introduction to someone who is one can follow (playbook/needs)
  const need = needIn(note.raw);
  const told = need ? { ...fresh, news: [needNews(need, turn.now)] } : fresh;
  const person = ties.length > 0 ? { ...told, ties } : told;
  const { id: _id, ...fields } = person;
  turn.changes.push({ type: 'savePerson', ref, person: fields });
  fileNote(turn, { ref }, body, noteId);
  return { ref: { ref }, planned: replan(turn, person, { type: 'captured' }, { ref }) };
}

function fileNote(turn: Turn, personId: RowRef, body: string, noteId: number | null): void {
  if (noteId === null) turn.changes.push({ type: 'addNote', ref: newRef(turn), personId, body });
  else turn.changes.push({ type: 'fileNote', noteId, personId });
}

/** "<name>: more" or SAME: merges a note into a saved person and re-plans. */
export function addToPerson(turn: Turn, person: Person, body: string, noteId: number | null, original = body): Outcome {
  const { user, now } = turn;
  // "zoe: every tuesday 9am dog park": where and when you see them, for a say-hi there on the day
  const weekly = weeklyPlanOf(body);
  if (weekly) return notePlan(turn, person, weekly, null);
  const note = noteOfText(turn, body);
  const before = beforePerson(turn, person);
  const need = needIn(body);
  const patch = need ? { ...mergeNote(person, note), news: [...(person.news ?? []), needNews(need, now)] } : mergeNote(person, note);
  const merged = { ...person, ...patch };
  turn.changes.push({ type: 'updatePerson', personId: person.id, patch });
  fileNote(turn, person.id, original, noteId);
  const hadContact = hasContact(person.contacts);
  const newEvent = merged.events.length > person.events.length;
  const row = pendingNudgeOf(turn.snapshot, person.id);
  const pending: PlannedNudge | null = row ? { kind: row.kind, dueAt: row.dueAt } : null;
  const replans = (!hadContact && hasContact(merged.contacts)) || newEvent;
  const next = replans ? replanAfterNote(turn, merged, pending, !hadContact && hasContact(merged.contacts)) : pending && statedStep(turn, pending);
  recordUndo(turn, `note added to ${person.name}`, { ...before, deleteNoteId: null });
  return reply(replies.addedNote(person.name, next, now, user.timeZone));
}

/** Merges what a later note adds into a saved person. */
export function mergeNote(person: Person, note: ParsedNote): Pick<Person, 'met' | 'interests' | 'work' | 'contacts' | 'events'> {
  const union = (a: string[], b: string[], max: number) => {
    const seen = new Set(a.map((item) => item.toLowerCase()));
    return [...a, ...b.filter((item) => !seen.has(item.toLowerCase()))].slice(0, max);
  };
  const events = [...person.events];
  for (const event of note.events) if (!events.some((e) => e.on === event.on && e.what === event.what)) events.push(event);
  return {
    met: person.met ?? note.met,
    interests: union(person.interests, note.interests, 8),
    work: union(person.work, note.work, 6),
    contacts: { ...person.contacts, ...note.contacts, handles: union(person.contacts.handles ?? [], note.contacts.handles ?? [], 4) },
    events: events.slice(-6),
  };
}

/** Answer to "who was it?": files the pending note under that name. */
export function fileUnderName(turn: Turn, name: string, noteId: number): Outcome {
  const row = noteById(turn.snapshot, noteId);
  setPending(turn, null);
  if (!row) return reply(replies.unknownPerson(name));
  const key = nameKey(name);
  const match = bestMatch(savedPeopleNamed(turn.snapshot, key), key);
  if (match && match !== 'ambiguous' && nameKey(match.name) === key) return addToPerson(turn, match, row.body, noteId);
  return reply(createPerson(turn, name, noteOfText(turn, row.body), row.body, noteId));
}

/** Answer to "same person?": SAME merges, NEW saves another person with that name. */
export function answerSame(turn: Turn, same: boolean, noteId: number, personId: number): Outcome {
  setPending(turn, null);
  const row = noteById(turn.snapshot, noteId);
  if (!row) return reply(replies.unknownPerson('that person'));
  const person = personById(turn.snapshot, personId);
  if (same && person) return addToPerson(turn, person, row.body, noteId);
  const note = noteOfText(turn, row.body);
  return reply(createPerson(turn, note.name ?? person?.name ?? 'them', note, row.body, noteId));
}
