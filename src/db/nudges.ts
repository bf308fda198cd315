// The plan's storage: at most one pending nudge per person, replaced whenever the plan moves.
import { and, asc, eq, inArray, lte, notExists, type SQL, sql } from 'drizzle-orm';
import * as z from 'zod';
import type { Db } from './client';
import { nudges, users } from './schema';
import type { OpenNudgeState } from './states';
import type { NudgeKind, PlannedNudge } from '../domain/types';

export type NudgeRow = typeof nudges.$inferSelect;

/** What a nudge carries besides its kind: the event, plan, give or pair it is about, and the occasion it covers. */
export type NudgeDetail = Pick<PlannedNudge, 'event' | 'group' | 'pin' | 'plan' | 'give' | 'pair' | 'covers'>;

const Detail = z.object({
  event: z.object({ what: z.string(), on: z.string() }).optional(),
  group: z.boolean().optional(),
  pin: z.boolean().optional(),
  plan: z.object({ what: z.string(), at: z.number(), withGroup: z.boolean().optional(), cancelled: z.boolean().optional() }).optional(),
  give: z
    .discriminatedUnion('type', [
      z.object({ type: z.literal('congrats'), news: z.object({ what: z.string(), on: z.number().optional() }) }),
      z.object({ type: z.literal('share'), interest: z.string() }),
      z.object({ type: z.literal('introduce'), interest: z.string() }),
      z.object({ type: z.literal('before-move'), move: z.object({ to: z.string(), on: z.string() }) }),
    ])
    .optional(),
  pair: z
    .object({ name: z.string(), shared: z.string(), place: z.boolean().optional(), need: z.boolean().optional(), joined: z.boolean().optional() })
    .optional(),
  covers: z.string().optional(),
});

/** The stored detail of a nudge; an unreadable one is empty. */
export function detailOf(row: Pick<NudgeRow, 'detail'>): NudgeDetail {
  try {
    const parsed = Detail.safeParse(JSON.parse(row.detail));
    return parsed.success ? stripUndefined(parsed.data) : {};
  } catch {
    return {};
  }
}

/** The detail column for a planned nudge: only the fields it has. */
export function detailColumn(planned: PlannedNudge): string {
  const { kind: _kind, dueAt: _dueAt, ...detail } = planned;
  return JSON.stringify(detail);
}

function stripUndefined(detail: z.infer<typeof Detail>): NudgeDetail {
  return Object.fromEntries(Object.entries(detail).filter(([, value]) => value !== undefined)) as NudgeDetail;
}

/**
 * A nudge WhatsApp could not carry (window closed and no template, or WhatsApp sending off) waits, marked in its
 * detail: 'held' until a reply to the user's next WhatsApp text says so, then 'told' (said once, never again).
 */
export type Waiting = 'held' | 'told';

export function waitingOf(row: Pick<NudgeRow, 'detail'>): Waiting | null {
  try {
    const waiting: unknown = JSON.parse(row.detail)?.waiting;
    return waiting === 'held' || waiting === 'told' ? waiting : null;
  } catch {
    return null;
  }
}

/** The detail column of a nudge being held: 'held', unless the user was already told it waits. */
export const heldDetail = sql<string>`json_set(${nudges.detail}, '$.waiting', CASE WHEN json_extract(${nudges.detail}, '$.waiting') = 'told' THEN 'told' ELSE 'held' END)`;

/** The detail column once the user has been told the nudge waits. */
export const toldDetail = sql<string>`json_set(${nudges.detail}, '$.waiting', 'told')`;

export async function pendingNudges(db: Db, userId: number, personIds: number[]): Promise<NudgeRow[]> {
  if (personIds.length === 0) return [];
  return db
    .select()
    .from(nudges)
    .where(and(eq(nudges.userId, userId), inArray(nudges.personId, personIds), eq(nudges.state, 'pending')));
}

/** Moves every pending nudge of a user to at least `notBefore` (pause, opt-out hold). */
export function holdNudges(db: Db, userId: number, state: OpenNudgeState, notBefore: number) {
  return db
    .update(nudges)
    .set({ state, dueAt: sql`max(${nudges.dueAt}, ${notBefore})` })
    .where(and(eq(nudges.userId, userId), inArray(nudges.state, ['pending', 'held'])));
}

/** What the sweep picks up: pending nudges due by `now`, oldest first. Uses nudges_state_due. */
export function dueNudges(db: Db, now: number, limit: number) {
  return db
    .select()
    .from(nudges)
    .where(and(eq(nudges.state, 'pending'), lte(nudges.dueAt, now)))
    .orderBy(asc(nudges.dueAt))
    .limit(limit);
}

export type { NudgeKind };

/**
 * Stores the person's next nudge only if they have no pending one at this point of the batch: never two. `personId`
 * may be a subquery (a person this batch creates); `also`: a further condition (the sent text is still in the state
 * the caller saw), so a text finished twice plans once.
 */
export function planNudgeIfNone(db: Db, at: { userId: number; personId: number | SQL; now: number; also?: SQL }, planned: PlannedNudge) {
  const { userId, personId, now, also } = at;
  const pending = and(eq(nudges.userId, userId), sql`${nudges.personId} = ${personId}`, eq(nudges.state, 'pending'));
  return db.insert(nudges).select(
    db
      .select({
        id: sql<number>`NULL`.as('id'),
        userId: users.id,
        personId: sql<number>`${personId}`.as('person_id'),
        kind: sql<PlannedNudge['kind']>`${planned.kind}`.as('kind'),
        dueAt: sql<number>`${planned.dueAt}`.as('due_at'),
        state: sql<string>`'pending'`.as('state'),
        detail: sql<string>`${detailColumn(planned)}`.as('detail'),
        outboundId: sql<null>`NULL`.as('outbound_id'),
        createdAt: sql<number>`${now}`.as('created_at'),
      })
      .from(users)
      .where(and(eq(users.id, userId), notExists(db.select({ id: nudges.id }).from(nudges).where(pending)), also)),
  );
}
