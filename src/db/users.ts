// Users, their conversation state, and the first write of every inbound text.
import { and, eq, gt, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from './client';
import { inbound, nudges, users } from './schema';
import type { UserRow } from './rows';
import { THROTTLED_TEXT } from '../domain/replies';

/** The question Kindling is waiting on; the next text may answer it. */
export const Pending = z.discriminatedUnion('type', [
  /** a note with no name: file it under the name the user sends next */
  z.object({ type: z.literal('name'), noteId: z.number() }),
  /** a note names someone already saved: same person or a new one? */
  z.object({ type: z.literal('same'), noteId: z.number(), personId: z.number() }),
  /** a bare reply after a text about several people: which one? */
  z.object({ type: z.literal('which'), intent: z.record(z.string(), z.unknown()), personIds: z.array(z.number()) }),
  /** after DONE: how did it go? */
  z.object({ type: z.literal('how'), personId: z.number() }),
  /** DELETE MY DATA asks for DELETE ALL */
  z.object({ type: z.literal('delete') }),
]);
export type Pending = z.infer<typeof Pending>;

/** How long a question stays open, and how long a bare reply refers to the latest nudge. */
export const PENDING_TTL_MS = 12 * 60 * 60 * 1000;
export const LAST_NUDGE_TTL_MS = 7 * 24 * 60 * 60 * 1000;

export function pendingOf(user: UserRow, now: number): Pending | null {
  if (!user.pending || !user.pendingExpiresAt || user.pendingExpiresAt <= now) return null;
  try {
    const parsed = Pending.safeParse(JSON.parse(user.pending));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

export function lastNudgePeople(user: UserRow, now: number): number[] {
  if (!user.lastNudgePeople || !user.lastNudgeAt || user.lastNudgeAt + LAST_NUDGE_TTL_MS <= now) return [];
  try {
    const ids: unknown = JSON.parse(user.lastNudgePeople);
    return Array.isArray(ids) ? ids.filter((id): id is number => typeof id === 'number') : [];
  } catch {
    return [];
  }
}

export function setPending(db: Db, userId: number, pending: Pending | null, now: number) {
  return db.update(users).set({
    pending: pending ? JSON.stringify(pending) : null,
    pendingExpiresAt: pending ? now + PENDING_TTL_MS : null,
  }).where(eq(users.id, userId));
}

export function updateUser(db: Db, userId: number, patch: Partial<typeof users.$inferInsert>) {
  return db.update(users).set(patch).where(eq(users.id, userId));
}

/** What an erased user's row keeps in place of its time zone and creation time (see deleteEverything). */
export const ERASED_ZONE = 'Etc/UTC';
export const ERASED_AT = 0;

export interface InboundText {
  sid: string;
  phone: string;
  body: string;
  numMedia: number;
  receivedAt: number;
  /** used only when this number is new */
  timeZone: string;
  /** the text asks to stop receiving texts: the opt-out is written with the text itself, and this is its reply */
  optOut?: { reply: string | null } | null;
}

export interface RecordedText {
  duplicate: boolean;
  inboundId: number | null;
  user: UserRow;
  isNewUser: boolean;
  /** other texts this number sent in the last minute, counted in the same batch that stores this one, for throttling */
  textsLastMinute: number;
  /** replies Kindling sent this number in the last day */
  repliesLastDay: number;
  /** reply-limit notices (THROTTLED_TEXT) sent to this number in the last hour */
  noticesLastHour: number;
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/**
 * One round trip: create the user if new, store the raw text (deduped on sid), opt the number out when the text asks,
 * read the user and their throttling counts.
 * The minute count is of texts, not replies: a batch runs alone, so of texts arriving together exactly one is the Nth,
 * whereas replies are only written after handling and concurrent texts would all see too few.
 */
export async function recordInbound(db: Db, text: InboundText): Promise<RecordedText> {
  const userId = sql`(SELECT id FROM users WHERE phone = ${text.phone})`;
  const [created, stored, , , userRows, counts] = await db.batch([
    // a number whose data was erased starts afresh: its zone guessed again, and welcomed as new
    db.insert(users).values({ phone: text.phone, timeZone: text.timeZone, createdAt: text.receivedAt })
      .onConflictDoUpdate({ target: users.phone, set: { timeZone: text.timeZone, createdAt: text.receivedAt }, setWhere: eq(users.createdAt, ERASED_AT) })
      .returning({ id: users.id }),
    // the user exists by now, so the text is theirs from the start, even if nothing after this succeeds
    db.insert(inbound).values({
      sid: text.sid, phone: text.phone, body: text.body, numMedia: text.numMedia, receivedAt: text.receivedAt, userId,
      ...(text.optOut ? { state: 'handled', reply: text.optOut.reply } : {}),
    }).onConflictDoNothing().returning({ id: inbound.id }),
    ...optOutWrites(db, text.phone, Boolean(text.optOut)),
    db.select().from(users).where(eq(users.phone, text.phone)),
    db.select({
      minute: sql<number>`coalesce(sum(${inbound.receivedAt} > ${text.receivedAt - MINUTE} AND ${inbound.sid} <> ${text.sid}), 0)`,
      day: sql<number>`coalesce(sum(${inbound.reply} IS NOT NULL), 0)`,
      notices: sql<number>`coalesce(sum(${inbound.receivedAt} > ${text.receivedAt - HOUR} AND ${inbound.reply} = ${THROTTLED_TEXT}), 0)`,
    }).from(inbound).where(and(eq(inbound.phone, text.phone), gt(inbound.receivedAt, text.receivedAt - DAY))),
  ]);
  const user = userRows[0];
  if (!user) throw new Error('user row missing after upsert');
  return {
    duplicate: stored.length === 0,
    inboundId: stored[0]?.id ?? null,
    user,
    isNewUser: created.length > 0,
    textsLastMinute: counts[0]?.minute ?? 0,
    repliesLastDay: counts[0]?.day ?? 0,
    noticesLastHour: counts[0]?.notices ?? 0,
  };
}

/**
 * The writes that opt a number out: no texts, no open question, every pending nudge held until START. With `applies`
 * false they change nothing, so a batch can always hold them.
 */
export function optOutWrites(db: Db, phone: string, applies = true) {
  const when = sql`${applies ? 1 : 0} = 1`;
  return [
    db.update(users).set({ optedOut: true, pending: null, pendingExpiresAt: null }).where(and(eq(users.phone, phone), when)),
    db.update(nudges).set({ state: 'held' })
      .where(and(eq(nudges.userId, sql`(SELECT id FROM users WHERE phone = ${phone})`), eq(nudges.state, 'pending'), when)),
  ] as const;
}

/** Records the reply on the inbound row. `redact`: the text asked to forget something, so keep neither side. */
export function finishInbound(db: Db, inboundId: number, userId: number, reply: string | null, state: 'handled' | 'failed', redact = false) {
  return db.update(inbound).set(redact ? { body: '', reply: null, state, userId } : { reply, state, userId }).where(eq(inbound.id, inboundId));
}
