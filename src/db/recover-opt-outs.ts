// The cron's second look at inbound texts whose handling failed or never finished: an opt-out among them is applied
// before the sweep texts anyone, without a second reply. Other failed texts stay failed: their sender was asked to resend.
import { and, inArray, lte, sql } from 'drizzle-orm';
import type { Db } from './client';
import { inbound } from './schema';
import { optOutWrites } from './users';
import { isOptOutRequest } from '../domain/opt-out';

/** How far back the look goes, in inbound rows (a range scan on the primary key), and how many it fixes per run. */
const WINDOW_ROWS = 20_000;
const LIMIT = 200;
/** A text younger than this may still be in the middle of its handling. */
const SETTLE_MS = 2 * 60_000;

export interface Recovery {
  checked: number;
  optedOut: number;
}

/** Applies the opt-outs among recent failed or stuck inbound texts and marks those texts handled. */
export async function recoverOptOuts(db: Db, now: number): Promise<Recovery> {
  const rows = await db
    .select({ id: inbound.id, phone: inbound.phone, body: inbound.body })
    .from(inbound)
    .where(
      and(
        sql`${inbound.id} > (SELECT coalesce(max(id), 0) - ${WINDOW_ROWS} FROM inbound)`,
        inArray(inbound.state, ['failed', 'received']),
        lte(inbound.receivedAt, now - SETTLE_MS),
      ),
    )
    .orderBy(inbound.id)
    .limit(LIMIT);
  const optOuts = rows.filter((row) => isOptOutRequest(row.body));
  if (optOuts.length === 0) return { checked: rows.length, optedOut: 0 };
  const [first, ...writes] = optOuts.flatMap((row) => [
    ...optOutWrites(db, row.phone),
    db.update(inbound).set({ state: 'handled' }).where(sql`${inbound.id} = ${row.id}`),
  ]);
  if (first) await db.batch([first, ...writes]);
  return { checked: rows.length, optedOut: optOuts.length };
}
