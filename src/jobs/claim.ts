// Claims a user's picked nudges and creates their text in one atomic batch; null when another run got any of them first.
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../db/client';
import type { NudgeRow } from '../db/nudges';
import type { OutboundRow } from '../db/outbound';
import type { UserRow } from '../db/rows';
import { nudges, outbound, users } from '../db/schema';
import { localDayKey } from '../domain/time';

/**
 * Claims the nudges and creates the text in one atomic batch. If another run got any of them first, nothing is created.
 * Returns the outbound row, or null when this run lost the race.
 */
export async function claim(db: Db, user: UserRow, picked: NudgeRow[], body: string, now: number): Promise<OutboundRow | null> {
  const token = crypto.randomUUID();
  const ids = picked.map((n) => n.id);
  const idList = sql.join(
    ids.map((id) => sql`${id}`),
    sql`, `,
  );
  const allPending = sql`(SELECT count(*) FROM nudges WHERE id IN (${idList}) AND state = 'pending') = ${ids.length}`;
  const today = localDayKey(now, user.timeZone);
  const ours = sql`(SELECT id FROM outbound WHERE claim = ${token})`;
  const [, , , rows] = await db.batch([
    db.insert(outbound).select(
      db
        .select({
          id: sql<number>`NULL`.as('id'),
          userId: users.id,
          body: sql<string>`${body}`.as('body'),
          localDay: sql<string>`${today}`.as('local_day'),
          state: sql<string>`'sending'`.as('state'),
          attempts: sql<number>`1`.as('attempts'),
          nextAttemptAt: sql<number>`${now}`.as('next_attempt_at'),
          twilioSid: sql<null>`NULL`.as('twilio_sid'),
          errorCode: sql<null>`NULL`.as('error_code'),
          claim: sql<string>`${token}`.as('claim'),
          createdAt: sql<number>`${now}`.as('created_at'),
        })
        .from(users)
        .where(and(eq(users.id, user.id), allPending)),
    ),
    db
      .update(nudges)
      .set({ state: 'claimed', outboundId: ours })
      .where(and(inArray(nudges.id, ids), eq(nudges.state, 'pending'), sql`EXISTS ${ours}`)),
    db
      .update(users)
      .set({
        capCount: sql`CASE WHEN ${users.capDay} = ${today} THEN ${users.capCount} + 1 ELSE 1 END`,
        capDay: today,
        lastNudgePeople: JSON.stringify(picked.map((n) => n.personId)),
        lastNudgeAt: now,
      })
      .where(and(eq(users.id, user.id), sql`EXISTS ${ours}`)),
    db.select().from(outbound).where(eq(outbound.claim, token)),
  ]);
  return rows[0] ?? null;
}
