// A user's opt-out as statements (used by the batch that stores an opting-out text, by the STOP change, and by the cron
// when an opt-out's handling failed), and what an erased user's row keeps.
import { and, eq, sql } from 'drizzle-orm';
import type { Db } from './client';
import { nudges, users } from './schema';

/**
 * The writes that opt a number out: no texts, no open question, every pending nudge held until START. With `applies`
 * false they change nothing, so a batch can always hold them.
 */
export function optOutWrites(db: Db, phone: string, applies = true) {
  const when = sql`${applies ? 1 : 0} = 1`;
  return [
    db
      .update(users)
      .set({ optedOut: true, pending: null, pendingExpiresAt: null })
      .where(and(eq(users.phone, phone), when)),
    db
      .update(nudges)
      .set({ state: 'held' })
      .where(and(eq(nudges.userId, sql`(SELECT id FROM users WHERE phone = ${phone})`), eq(nudges.state, 'pending'), when)),
  ] as const;
}

/** What an erased user's row keeps in place of its time zone and creation time (see deleteEverything in apply.ts). */
export const ERASED_ZONE = 'Etc/UTC';
export const ERASED_AT = 0;
