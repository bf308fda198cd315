// The export link's reads and its one write: a token found by its SHA-256 only while unused and unexpired, claimed once.
import { and, asc, eq, gt, isNull } from 'drizzle-orm';
import type { Db } from './client';
import { toPerson } from './rows';
import { exportTokens, notes, people } from './schema';
import type { Person } from './rows';

const usableToken = (tokenHash: string, now: number) =>
  and(eq(exportTokens.tokenHash, tokenHash), isNull(exportTokens.usedAt), gt(exportTokens.expiresAt, now));

/** Whether the token can still be used; reads only (GET and HEAD never change anything). */
export async function exportTokenUsable(db: Db, tokenHash: string, now: number): Promise<boolean> {
  const [found] = await db.select({ userId: exportTokens.userId }).from(exportTokens).where(usableToken(tokenHash, now)).limit(1);
  return found !== undefined;
}

/** Marks the token used and returns its owner, or null when it was used, expired or never existed. */
export async function claimExportToken(db: Db, tokenHash: string, now: number): Promise<number | null> {
  const [claimed] = await db.update(exportTokens).set({ usedAt: now }).where(usableToken(tokenHash, now)).returning({ userId: exportTokens.userId });
  return claimed?.userId ?? null;
}

/** One user's people, by name, each with their notes in the order written: one round trip. */
export async function peopleWithNotes(db: Db, userId: number): Promise<{ person: Person; notes: string[] }[]> {
  const [personRows, noteRows] = await db.batch([
    db.select().from(people).where(eq(people.userId, userId)).orderBy(asc(people.name)),
    db.select().from(notes).where(eq(notes.userId, userId)).orderBy(asc(notes.createdAt), asc(notes.id)),
  ]);
  const notesByPerson = new Map<number, string[]>();
  for (const note of noteRows) if (note.personId !== null) notesByPerson.set(note.personId, [...(notesByPerson.get(note.personId) ?? []), note.body]);
  return personRows.map((row) => ({ person: toPerson(row), notes: notesByPerson.get(row.id) ?? [] }));
}
