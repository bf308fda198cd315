// The first of a text's two round trips: one D1 batch stores the raw text (deduplicated by MessageSid), creates the
// user if new, and reads everything a decision about it may need (see Snapshot), the reply limit's counts included.
import { and, desc, eq, gt, inArray, isNotNull, ne, type SQL, sql } from 'drizzle-orm';
import type { Db } from './client';
import { toPerson } from './rows';
import { ERASED_AT, optOutWrites } from './users';
import { changes, inbound, notes, nudges, people, users } from './schema';
import { DAY, HOUR, MINUTE } from '../domain/constants';
import { latestAcknowledgement, THROTTLED_TEXT } from '../conversation/replies';
import { REPLIES_PER_DAY } from '../conversation/decide/throttle';
import { NOTES_LIMIT, NOTES_PER_PERSON, PEOPLE_LIMIT, type Snapshot } from '../conversation/snapshot';

export interface InboundText {
  sid: string;
  phone: string;
  body: string;
  numMedia: number;
  receivedAt: number;
  /** used only when this number is new */
  timeZone: string;
  /**
   * the text asks to stop receiving texts: the opt-out is written with the text itself, and `reply` confirms it, but
   * only to a number not yet opted out and within the reply limit (`repliesPerMinute`), so it is confirmed once
   */
  optOut?: { reply: string | null; repliesPerMinute: number } | null;
}

/**
 * The opt-out's confirmation, decided in the statement that stores the text (it runs before the opt-out is written,
 * and batches run one at a time): null when the number is already opted out, or when the reply limit is reached.
 */
function optOutReply(text: InboundText, optOut: { reply: string | null; repliesPerMinute: number }): SQL | null {
  if (optOut.reply === null) return null;
  return sql`CASE WHEN coalesce((SELECT opted_out FROM users WHERE phone = ${text.phone}), 0) = 0
    AND (SELECT count(*) FROM inbound WHERE phone = ${text.phone} AND received_at > ${text.receivedAt - MINUTE}) < ${optOut.repliesPerMinute}
    AND (SELECT count(*) FROM inbound WHERE phone = ${text.phone} AND received_at > ${text.receivedAt - DAY} AND reply IS NOT NULL) < ${REPLIES_PER_DAY}
    THEN ${optOut.reply} END`;
}

/** Replies read back to find the latest acknowledgement: few other replies come between two of them. */
const RECENT_REPLIES = 10;

export type Loaded = { duplicate: true } | { duplicate: false; snapshot: Snapshot; optOutReply: string | null };

/**
 * One round trip. The user is created first, so the text is theirs from the start; an opt-out is written here, with
 * the text, so no later failure can lose it. Every read finds the user through a subquery on the phone number. The
 * minute count is of texts, not replies: a batch runs alone, so of texts arriving together exactly one is the Nth,
 * whereas replies are only written after handling and concurrent texts would all see too few.
 */
export async function load(db: Db, text: InboundText): Promise<Loaded> {
  const userId = sql`(SELECT id FROM users WHERE phone = ${text.phone})`;
  const userField = (path: string) => sql`(SELECT json_extract(pending, ${path}) FROM users WHERE phone = ${text.phone})`;
  const referenced = sql`(SELECT value FROM json_each(coalesce((SELECT last_nudge_people FROM users WHERE phone = ${text.phone}), '[]'))
    UNION ALL SELECT value FROM json_each(coalesce(${userField('$.personIds')}, '[]'))
    UNION ALL SELECT ${userField('$.personId')})`;
  // "erase them?" is pending: every note of theirs and every note naming them, so a YES can count and scrub them all
  const forgotten = sql`(SELECT name FROM people WHERE id = ${userField('$.personId')} AND user_id = ${userId})`;
  const forgetting = sql`(${userField('$.type')} = 'forget' AND (${notes.personId} = ${userField('$.personId')}
    OR instr(lower(${notes.body}), lower(${forgotten})) > 0))`;
  const newer = sql`(SELECT count(*) FROM notes AS newer WHERE newer.person_id = ${notes.personId}
    AND (newer.created_at > ${notes.createdAt} OR (newer.created_at = ${notes.createdAt} AND newer.id > ${notes.id})))`;
  const [created, stored, , , userRows, counts, lastReply, recent, named, total, open, sent, noteRows, changeRows] = await db.batch([
    // a number whose data was erased starts afresh: its zone guessed again, and welcomed as new
    db
      .insert(users)
      .values({ phone: text.phone, timeZone: text.timeZone, createdAt: text.receivedAt })
      .onConflictDoUpdate({ target: users.phone, set: { timeZone: text.timeZone, createdAt: text.receivedAt }, setWhere: eq(users.createdAt, ERASED_AT) })
      .returning({ id: users.id }),
    db
      .insert(inbound)
      .values({
        sid: text.sid,
        phone: text.phone,
        body: text.body,
        numMedia: text.numMedia,
        receivedAt: text.receivedAt,
        userId,
        ...(text.optOut ? { state: 'handled', reply: optOutReply(text, text.optOut) } : {}),
      })
      .onConflictDoNothing()
      .returning({ id: inbound.id, reply: inbound.reply }),
    ...optOutWrites(db, text.phone, Boolean(text.optOut)),
    db.select().from(users).where(eq(users.phone, text.phone)),
    db
      .select({
        minute: sql<number>`coalesce(sum(${inbound.receivedAt} > ${text.receivedAt - MINUTE} AND ${inbound.sid} <> ${text.sid} AND ${inbound.sid} NOT LIKE 'page:%'), 0)`,
        day: sql<number>`coalesce(sum(${inbound.reply} IS NOT NULL), 0)`,
        notices: sql<number>`coalesce(sum(${inbound.receivedAt} > ${text.receivedAt - HOUR} AND ${inbound.reply} = ${THROTTLED_TEXT}), 0)`,
      })
      .from(inbound)
      .where(and(eq(inbound.phone, text.phone), gt(inbound.receivedAt, text.receivedAt - DAY))),
    // the last replies, newest first: an acknowledgement never opens like the one before it, even with a reply between
    db
      .select({ reply: inbound.reply, body: inbound.body })
      .from(inbound)
      .where(and(eq(inbound.phone, text.phone), ne(inbound.sid, text.sid), isNotNull(inbound.reply)))
      .orderBy(desc(inbound.receivedAt), desc(inbound.id))
      .limit(RECENT_REPLIES),
    db.select().from(people).where(sql`${people.userId} = ${userId}`).orderBy(desc(people.updatedAt), desc(people.id)).limit(PEOPLE_LIMIT),
    db
      .select()
      .from(people)
      .where(and(sql`${people.userId} = ${userId}`, sql`${people.id} IN ${referenced}`)),
    db.select({ n: sql<number>`count(*)` }).from(people).where(sql`${people.userId} = ${userId}`),
    db
      .select()
      .from(nudges)
      .where(and(sql`${nudges.userId} = ${userId}`, inArray(nudges.state, ['pending', 'held']))),
    db
      .select()
      .from(nudges)
      .where(sql`${nudges.id} IN (SELECT max(id) FROM nudges WHERE user_id = ${userId}
      AND state IN ('sent', 'claimed', 'done') GROUP BY person_id)`),
    db
      .select()
      .from(notes)
      .where(
        and(
          sql`${notes.userId} = ${userId}`,
          sql`((${notes.personId} IS NOT NULL AND ${newer} < ${NOTES_PER_PERSON}) OR ${notes.id} = ${userField('$.noteId')} OR ${forgetting})`,
        ),
      )
      .orderBy(desc(notes.createdAt), desc(notes.id))
      .limit(NOTES_LIMIT),
    db.select().from(changes).where(sql`${changes.userId} = ${userId}`).orderBy(desc(changes.id)).limit(1),
  ]);
  const inboundId = stored[0]?.id;
  if (inboundId === undefined) return { duplicate: true };
  const user = userRows[0];
  if (!user) throw new Error('user row missing after upsert');
  const loaded = new Map(recent.map((row) => [row.id, toPerson(row)]));
  for (const row of named) if (!loaded.has(row.id)) loaded.set(row.id, toPerson(row));
  return {
    duplicate: false,
    optOutReply: stored[0]?.reply ?? null,
    snapshot: {
      user,
      isNewUser: created.length > 0,
      inboundId,
      people: [...loaded.values()].sort((a, b) => b.updatedAt - a.updatedAt || b.id - a.id),
      peopleTotal: total[0]?.n ?? 0,
      nudges: [...open, ...sent],
      notes: noteRows,
      latestChange: changeRows[0] ?? null,
      recentReplies: lastReply.flatMap((row) => (row.reply ? [row.reply] : [])),
      recentTexts: lastReply.map((row) => row.body),
      lastReply: latestAcknowledgement(lastReply.flatMap((row) => (row.reply ? [row.reply] : []))) ?? lastReply[0]?.reply ?? null,
      recent: { textsLastMinute: counts[0]?.minute ?? 0, repliesLastDay: counts[0]?.day ?? 0, noticesLastHour: counts[0]?.notices ?? 0 },
    },
  };
}
