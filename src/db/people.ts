// People and their notes: lookups by name, inserts and updates, always scoped by user.
import { and, desc, eq, sql } from 'drizzle-orm';
import type { Db } from './client';
import { notes, nudges, people } from './schema';
import { toPerson, type Person } from './rows';
import type { ParsedNote } from '../domain/types';

export async function findPeopleByName(db: Db, userId: number, nameKey: string): Promise<Person[]> {
  if (!nameKey) return [];
  const first = nameKey.split(' ')[0] ?? nameKey;
  const rows = await db.select().from(people)
    .where(and(eq(people.userId, userId), sql`(${people.nameKey} = ${nameKey} OR ${people.nameKey} = ${first} OR ${people.nameKey} LIKE ${`${first} %`})`))
    .orderBy(desc(people.updatedAt)).limit(10);
  return rows.map(toPerson);
}

/** Picks the best match for a typed name: an exact key, else the only first-name match. */
export function bestMatch(candidates: Person[], key: string): Person | 'ambiguous' | null {
  const exact = candidates.filter((person) => person.nameKey === key);
  if (exact.length === 1) return exact[0] ?? null;
  if (exact.length > 1) return 'ambiguous';
  if (candidates.length === 1) return candidates[0] ?? null;
  return candidates.length > 1 ? 'ambiguous' : null;
}

export async function getPerson(db: Db, userId: number, personId: number): Promise<Person | null> {
  const row = await db.select().from(people).where(and(eq(people.userId, userId), eq(people.id, personId))).get();
  return row ? toPerson(row) : null;
}

export async function getPeople(db: Db, userId: number, ids: number[]): Promise<Person[]> {
  if (ids.length === 0) return [];
  const rows = await db.select().from(people)
    .where(and(eq(people.userId, userId), sql`${people.id} IN (${sql.join(ids.map((id) => sql`${id}`), sql`, `)})`));
  const byId = new Map(rows.map((row) => [row.id, toPerson(row)]));
  return ids.map((id) => byId.get(id)).filter((person): person is Person => person !== undefined);
}

export async function recentPeople(db: Db, userId: number, limit: number): Promise<{ people: Person[]; total: number }> {
  const [rows, count] = await db.batch([
    db.select().from(people).where(eq(people.userId, userId)).orderBy(desc(people.updatedAt)).limit(limit),
    db.select({ n: sql<number>`count(*)` }).from(people).where(eq(people.userId, userId)),
  ]);
  return { people: rows.map(toPerson), total: count[0]?.n ?? 0 };
}

export function notesFor(db: Db, userId: number, personId: number, limit = 5) {
  return db.select({ body: notes.body, createdAt: notes.createdAt }).from(notes)
    .where(and(eq(notes.userId, userId), eq(notes.personId, personId))).orderBy(desc(notes.createdAt), desc(notes.id)).limit(limit);
}

/** The id of the person most recently created for this user, for use inside the batch that creates it. */
export function latestPersonId(userId: number) {
  return sql`(SELECT max(id) FROM people WHERE user_id = ${userId})`;
}

export function insertPerson(db: Db, userId: number, name: string, nameKey: string, note: ParsedNote, now: number) {
  return db.insert(people).values({
    userId, name, nameKey, met: note.met, metAt: now,
    interests: JSON.stringify(note.interests), work: JSON.stringify(note.work),
    contacts: JSON.stringify(note.contacts), events: JSON.stringify(note.events), updatedAt: now,
  });
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

export function updatePerson(db: Db, userId: number, personId: number, patch: Partial<Omit<Person, 'id'>>, now: number) {
  const values: Partial<typeof people.$inferInsert> = { updatedAt: now };
  if (patch.name !== undefined) values.name = patch.name;
  if (patch.met !== undefined) values.met = patch.met;
  if (patch.interests) values.interests = JSON.stringify(patch.interests);
  if (patch.work) values.work = JSON.stringify(patch.work);
  if (patch.contacts) values.contacts = JSON.stringify(patch.contacts);
  if (patch.events) values.events = JSON.stringify(patch.events);
  if (patch.warmth) values.warmth = patch.warmth;
  if (patch.silences !== undefined) values.silences = patch.silences;
  if (patch.kept !== undefined) values.kept = patch.kept;
  if (patch.sentKinds) values.sentKinds = JSON.stringify(patch.sentKinds);
  if (patch.celebratedEvents) values.celebratedEvents = JSON.stringify(patch.celebratedEvents);
  if (patch.lastContactAt !== undefined) values.lastContactAt = patch.lastContactAt;
  return db.update(people).set(values).where(and(eq(people.userId, userId), eq(people.id, personId)));
}

export function insertNote(db: Db, userId: number, personId: number | ReturnType<typeof sql> | null, body: string, now: number) {
  return db.insert(notes).values({ userId, personId, body, createdAt: now });
}

export function deletePerson(db: Db, userId: number, personId: number) {
  return [
    db.delete(nudges).where(and(eq(nudges.userId, userId), eq(nudges.personId, personId))),
    db.delete(notes).where(and(eq(notes.userId, userId), eq(notes.personId, personId))),
    db.delete(people).where(and(eq(people.userId, userId), eq(people.id, personId))),
  ] as const;
}
