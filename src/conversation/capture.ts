// Capture: a note becomes a person (or more about one), with a plan and a confirmation.
import { and, eq, sql } from 'drizzle-orm';
import parsePhoneNumber from 'libphonenumber-js/min';
import type { Db } from '../db/client';
import { bestMatch, findPeopleByName, getPerson, insertNote, insertPerson, latestPersonId, mergeNote, updatePerson } from '../db/people';
import { hasContact, type Person } from '../db/rows';
import { notes } from '../db/schema';
import { setPending } from '../db/users';
import { composeCaptureConfirmation } from '../domain/compose';
import { nameKey, parseNote } from '../domain/parse-note';
import { fitToSegments } from '../domain/sms-length';
import { describeZone } from '../domain/time-zones';
import * as replies from '../domain/replies';
import type { NudgeKind, ParsedNote, PlannedNudge } from '../domain/types';
import { pendingNudges } from '../db/nudges';
import { reply, type Outcome, type TextContext } from './context';
import { replan, replanAfterNote, statedStep } from './plan';
import { recordChange, snapshotPerson } from './undo';

function countryOf(phone: string): string {
  try {
    return parsePhoneNumber(phone)?.country ?? 'US';
  } catch {
    return 'US';
  }
}

export function parseFor(ctx: TextContext, text: string): ParsedNote {
  return parseNote(text, { now: ctx.now, timeZone: ctx.user.timeZone, defaultCountry: countryOf(ctx.user.phone) });
}

/** A new note: save the person, or ask who it was, or ask whether it is the same person. */
export async function captureNote(ctx: TextContext, text: string): Promise<Outcome> {
  const note = parseFor(ctx, text);
  if (!note.name && isSmallTalk(note, text)) return reply(replies.SMALL_TALK_TEXT);
  if (!note.name) {
    const noteId = await storeLooseNote(ctx.db, ctx.user.id, text, ctx.now);
    ctx.writes.push(setPending(ctx.db, ctx.user.id, { type: 'name', noteId }, ctx.now));
    return reply(replies.ASK_NAME_TEXT);
  }
  const key = nameKey(note.name);
  const existing = (await findPeopleByName(ctx.db, ctx.user.id, key)).filter((person) => nameKey(person.name) === key);
  const match = existing[0];
  if (match) {
    const noteId = await storeLooseNote(ctx.db, ctx.user.id, text, ctx.now);
    ctx.writes.push(setPending(ctx.db, ctx.user.id, { type: 'same', noteId, personId: match.id }, ctx.now));
    return reply(replies.askSamePerson(match.name, match.met, match.metAt, ctx.user.timeZone));
  }
  return reply(createPerson(ctx, note.name, note, text, null));
}

/** "ok", "thanks!", "lol": nothing about anyone, so there is no note to keep or question to ask. */
function isSmallTalk(note: ParsedNote, text: string): boolean {
  const about = note.met || note.interests.length || note.work.length || note.events.length || hasContact(note.contacts);
  return !about && text.trim().split(/\s+/).length <= 4;
}

/** Stores a note not yet filed under anyone; returns its id. */
async function storeLooseNote(db: Db, userId: number, body: string, now: number): Promise<number> {
  const [row] = await db.insert(notes).values({ userId, personId: null, body, createdAt: now }).returning({ id: notes.id });
  if (!row) throw new Error('note insert returned nothing');
  return row.id;
}

/** Queues the person, their note and plan, and returns the confirmation. `noteId`: file an already stored note. */
export function createPerson(ctx: TextContext, name: string, note: ParsedNote, body: string, noteId: number | null): string {
  const { db, user, now } = ctx;
  const personId = latestPersonId(user.id);
  ctx.writes.push(insertPerson(db, user.id, name, nameKey(name), note, now));
  if (noteId === null) ctx.writes.push(insertNote(db, user.id, personId, body, now));
  else ctx.writes.push(db.update(notes).set({ personId }).where(and(eq(notes.userId, user.id), eq(notes.id, noteId))));
  const draft: Person = {
    id: 0, name, nameKey: nameKey(name), met: note.met, metAt: now, interests: note.interests, work: note.work, contacts: note.contacts,
    events: note.events, warmth: 'unknown', silences: 0, kept: false, sentKinds: [], celebratedEvents: [], lastContactAt: null, updatedAt: now,
  };
  const planned = replan(ctx, draft, { type: 'captured' }, personId);
  recordChange(ctx, `saved ${name}`, sql`json_object('deletePersonId', ${personId})`);
  const details = [...note.interests, ...note.work, ...note.events.map((event) => event.what)];
  const confirm = (shown: string[], met: string | null) => composeCaptureConfirmation({
    name, met, details: shown, hasContact: hasContact(note.contacts),
    nextNudge: planned ? { kind: planned.kind, dueAt: planned.dueAt, waitsForResume: planned.waitsForResume ?? false } : null,
    now, zone: user.timeZone, welcome: ctx.isNewUser,
  });
  if (!ctx.isNewUser) return confirm(details, note.met);
  // the welcome names the zone guessed from the number: fewer details make room for it when they must
  for (let keep = details.length; keep >= 0; keep--) {
    const welcome = withAssumedZone(confirm(details.slice(0, keep), note.met), user.timeZone);
    if (welcome) return welcome;
  }
  return withAssumedZone(confirm([], null), user.timeZone) ?? confirm(details, note.met);
}

/**
 * A welcome that also names the time zone guessed from the number and how to change it, before its help line, within
 * 2 SMS segments: the longest wording that fits, with a shorter help line if needed; null when none fits.
 */
export function withAssumedZone(welcome: string, zone: string): string | null {
  const help = replies.WELCOME_HELP_LINES.find((line) => welcome.endsWith(line));
  const body = help ? welcome.slice(0, -help.length).trimEnd() : welcome;
  const helps = help ? replies.WELCOME_HELP_LINES.slice(replies.WELCOME_HELP_LINES.indexOf(help)) : [''];
  const candidates = replies.zoneAssumed(describeZone(zone))
    .flatMap((line) => helps.map((helpLine) => [body, line, helpLine].filter(Boolean).join(' ')));
  return fitToSegments(candidates, 2) ?? null;
}

/** "<name>: more" or SAME: merges a note into a saved person and re-plans. */
export async function addToPerson(ctx: TextContext, person: Person, body: string, noteId: number | null, original = body): Promise<Outcome> {
  const { db, user, now } = ctx;
  const note = parseFor(ctx, body);
  const before = await snapshotPerson(db, user.id, person.id);
  const merged = { ...person, ...mergeNote(person, note) };
  ctx.writes.push(updatePerson(db, user.id, person.id, merged, now));
  if (noteId === null) ctx.writes.push(insertNote(db, user.id, person.id, original, now));
  else ctx.writes.push(db.update(notes).set({ personId: person.id }).where(and(eq(notes.userId, user.id), eq(notes.id, noteId))));
  const hadContact = hasContact(person.contacts);
  const newEvent = merged.events.length > person.events.length;
  const pending = await pendingStep(ctx, person.id);
  const replans = (!hadContact && hasContact(merged.contacts)) || newEvent;
  const next = replans ? replanAfterNote(ctx, merged, pending) : pending && statedStep(ctx, pending);
  recordChange(ctx, `note added to ${person.name}`, { ...before, deleteNoteId: null });
  return reply(replies.addedNote(person.name, next, now, user.timeZone));
}

async function pendingStep(ctx: TextContext, personId: number): Promise<PlannedNudge | null> {
  const [row] = await pendingNudges(ctx.db, ctx.user.id, [personId]);
  return row ? { kind: row.kind as NudgeKind, dueAt: row.dueAt } : null;
}

/** Answer to "who was it?": files the pending note under that name. */
export async function fileUnderName(ctx: TextContext, name: string, noteId: number): Promise<Outcome> {
  const row = await ctx.db.select().from(notes).where(and(eq(notes.userId, ctx.user.id), eq(notes.id, noteId))).get();
  ctx.writes.push(setPending(ctx.db, ctx.user.id, null, ctx.now));
  if (!row) return reply(replies.unknownPerson(name));
  const key = nameKey(name);
  const match = bestMatch(await findPeopleByName(ctx.db, ctx.user.id, key), key);
  if (match && match !== 'ambiguous' && nameKey(match.name) === key) return addToPerson(ctx, match, row.body, noteId);
  return reply(createPerson(ctx, name, parseFor(ctx, row.body), row.body, noteId));
}

/** Answer to "same person?": SAME merges, NEW saves another person with that name. */
export async function answerSame(ctx: TextContext, same: boolean, noteId: number, personId: number): Promise<Outcome> {
  ctx.writes.push(setPending(ctx.db, ctx.user.id, null, ctx.now));
  const row = await ctx.db.select().from(notes).where(and(eq(notes.userId, ctx.user.id), eq(notes.id, noteId))).get();
  if (!row) return reply(replies.unknownPerson('that person'));
  const person = await getPerson(ctx.db, ctx.user.id, personId);
  if (same && person) return addToPerson(ctx, person, row.body, noteId);
  const note = parseFor(ctx, row.body);
  return reply(createPerson(ctx, note.name ?? person?.name ?? 'them', note, row.body, noteId));
}

