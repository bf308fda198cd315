// GET /export/<token>: the user's people as a vCard file (default) or CSV. Single use, 24 hours.
import { and, asc, eq, gt, isNull } from 'drizzle-orm';
import type { Context } from 'hono';
import { z } from 'zod';
import type { AppEnv } from '../types';
import { openDb } from '../db/client';
import { toPerson } from '../db/rows';
import { exportTokens, notes, people } from '../db/schema';
import { hashToken } from '../conversation/export-token';
import { toCsv, toVCards } from '../domain/export-format';

const Token = z.string().regex(/^[A-Za-z0-9_-]{43}$/);
const Format = z.enum(['vcf', 'csv']).catch('vcf');

export async function downloadExport(c: Context<AppEnv>): Promise<Response> {
  const token = Token.safeParse(c.req.param('token'));
  if (!token.success) return c.text('This export link is not valid.', 404);
  const format = Format.parse(c.req.query('format'));
  const db = openDb(c.env.DB);
  const now = Date.now();
  // Looked up by SHA-256, so the comparison never touches the secret itself; the update makes it single-use.
  const [claimed] = await db.update(exportTokens).set({ usedAt: now })
    .where(and(eq(exportTokens.tokenHash, await hashToken(token.data)), isNull(exportTokens.usedAt), gt(exportTokens.expiresAt, now)))
    .returning({ userId: exportTokens.userId });
  if (!claimed) return c.text('This export link has expired or was already used. Text EXPORT for a new one.', 410);
  const [personRows, noteRows] = await db.batch([
    db.select().from(people).where(eq(people.userId, claimed.userId)).orderBy(asc(people.name)),
    db.select().from(notes).where(eq(notes.userId, claimed.userId)).orderBy(asc(notes.createdAt), asc(notes.id)),
  ]);
  const notesByPerson = new Map<number, string[]>();
  for (const note of noteRows) if (note.personId !== null) notesByPerson.set(note.personId, [...(notesByPerson.get(note.personId) ?? []), note.body]);
  const entries = personRows.map((row) => ({ person: toPerson(row), notes: notesByPerson.get(row.id) ?? [] }));
  const body = format === 'csv' ? toCsv(entries) : toVCards(entries);
  return new Response(body, {
    headers: {
      'content-type': format === 'csv' ? 'text/csv; charset=utf-8' : 'text/vcard; charset=utf-8',
      'content-disposition': `attachment; filename="kindling-people.${format}"`,
      'cache-control': 'no-store',
    },
  });
}
