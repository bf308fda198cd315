// The page link's queries: one D1 batch that counts the request against the link's rate limit and, while the link
// is live, reads everything the page shows; and the smaller one an action starts with (whose link it is).
import { and, desc, eq, gt, inArray, sql } from 'drizzle-orm';
import type { Db } from './client';
import { MINUTE } from '../domain/constants';
import { toPerson, type NoteRow, type Person, type UserRow } from './rows';
import type { NudgeRow } from './nudges';
import { notes, nudges, pageTokens, people, users } from './schema';

/** Requests one link may make in a minute. */
export const PAGE_REQUESTS_PER_MINUTE = 60;
/** Notes shown per person. */
const NOTES_PER_PAGE_ENTRY = 3;
/** People one page shows at most. */
const PAGE_PEOPLE = 1000;

export type PageRead = { status: 'missing' } | { status: 'limited' } | { status: 'ok'; user: UserRow; people: Person[]; nudges: NudgeRow[]; notes: NoteRow[] };

export type PageOwner = { status: 'missing' } | { status: 'limited' } | { status: 'ok'; userId: number; phone: string };

/**
 * Counts this request in the link's current minute (the only write a GET makes), returning the count while the link
 * is live. A deleted (revoked) or expired link matches no row.
 */
function countRequest(db: Db, tokenHash: string, now: number) {
  const fresh = sql`${pageTokens.windowStart} <= ${now - MINUTE}`;
  return db
    .update(pageTokens)
    .set({
      windowStart: sql`CASE WHEN ${fresh} THEN ${now} ELSE ${pageTokens.windowStart} END`,
      windowCount: sql`CASE WHEN ${fresh} THEN 1 ELSE ${pageTokens.windowCount} + 1 END`,
    })
    .where(and(eq(pageTokens.tokenHash, tokenHash), gt(pageTokens.expiresAt, now)))
    .returning({ userId: pageTokens.userId, count: pageTokens.windowCount });
}

/** One round trip: the request counted, and the owner's people, open and latest sent nudges, and latest notes. */
export async function readPage(db: Db, tokenHash: string, now: number): Promise<PageRead> {
  const owner = sql`(SELECT user_id FROM page_tokens WHERE token_hash = ${tokenHash} AND expires_at > ${now})`;
  const latestNotes = sql`(SELECT id FROM (SELECT id, row_number() OVER (PARTITION BY person_id ORDER BY created_at DESC, id DESC) AS n
    FROM notes WHERE user_id = ${owner} AND person_id IS NOT NULL) WHERE n <= ${NOTES_PER_PAGE_ENTRY})`;
  const [counted, userRows, personRows, open, sent, noteRows] = await db.batch([
    countRequest(db, tokenHash, now),
    db.select().from(users).where(sql`${users.id} = ${owner}`),
    db.select().from(people).where(sql`${people.userId} = ${owner}`).orderBy(desc(people.updatedAt), desc(people.id)).limit(PAGE_PEOPLE),
    db
      .select()
      .from(nudges)
      .where(and(sql`${nudges.userId} = ${owner}`, inArray(nudges.state, ['pending', 'held']))),
    db
      .select()
      .from(nudges)
      .where(sql`${nudges.id} IN (SELECT max(id) FROM nudges WHERE user_id = ${owner} AND state IN ('sent', 'claimed', 'done') GROUP BY person_id)`),
    db.select().from(notes).where(sql`${notes.id} IN ${latestNotes}`).orderBy(desc(notes.createdAt), desc(notes.id)),
  ]);
  const request = counted[0];
  const user = userRows[0];
  if (!request || !user) return { status: 'missing' };
  if (request.count > PAGE_REQUESTS_PER_MINUTE) return { status: 'limited' };
  return { status: 'ok', user, people: personRows.map(toPerson), nudges: [...open, ...sent], notes: noteRows };
}

/** One round trip before an action: the request counted, and the phone number of the link's owner. */
export async function readPageOwner(db: Db, tokenHash: string, now: number): Promise<PageOwner> {
  const owner = sql`(SELECT user_id FROM page_tokens WHERE token_hash = ${tokenHash} AND expires_at > ${now})`;
  const [counted, userRows] = await db.batch([
    countRequest(db, tokenHash, now),
    db.select({ id: users.id, phone: users.phone }).from(users).where(sql`${users.id} = ${owner}`),
  ]);
  const request = counted[0];
  const user = userRows[0];
  if (!request || !user) return { status: 'missing' };
  if (request.count > PAGE_REQUESTS_PER_MINUTE) return { status: 'limited' };
  return { status: 'ok', userId: user.id, phone: user.phone };
}
