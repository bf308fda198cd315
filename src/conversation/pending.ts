// The question Kindling is waiting on (stored on the user row, validated with zod), and who the latest nudge named.
import * as z from 'zod';
import type { UserRow } from '../db/rows';
import { DAY, HOUR } from '../understand/reply-time';

/** A steering reply or WHO IS asked about several people: what to do once the user says which one. */
export const SteeringAskSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('done') }),
  z.object({ kind: z.literal('snooze'), until: z.number() }),
  z.object({ kind: z.literal('skip') }),
  z.object({ kind: z.literal('update'), warmth: z.enum(['warm', 'lukewarm', 'none']), text: z.string() }),
  /** WHO IS <name> with two saved people of that name */
  z.object({ kind: z.literal('who') }),
]);
export type SteeringAsk = z.infer<typeof SteeringAskSchema>;

/** The question Kindling is waiting on; the next text may answer it. */
export const PendingSchema = z.discriminatedUnion('type', [
  /** a note with no name: file it under the name the user sends next */
  z.object({ type: z.literal('name'), noteId: z.number() }),
  /** a note names someone already saved: same person or a new one? */
  z.object({ type: z.literal('same'), noteId: z.number(), personId: z.number() }),
  /** a bare reply after a text about several people: which one? */
  z.object({ type: z.literal('which'), intent: SteeringAskSchema, personIds: z.array(z.number()) }),
  /** after DONE: how did it go? */
  z.object({ type: z.literal('how'), personId: z.number() }),
  /** DELETE MY DATA asks for DELETE ALL */
  z.object({ type: z.literal('delete') }),
  /** "forget gus" asks to confirm before erasing */
  z.object({ type: z.literal('forget'), personId: z.number() }),
]);
export type Pending = z.infer<typeof PendingSchema>;

/** How long a question stays open, and how long a bare reply refers to the latest nudge. */
export const PENDING_TTL_MS = 12 * HOUR;
const LAST_NUDGE_TTL_MS = 7 * DAY;

export function pendingOf(user: UserRow, now: number): Pending | null {
  if (!user.pending || !user.pendingExpiresAt || user.pendingExpiresAt <= now) return null;
  try {
    const parsed = PendingSchema.safeParse(JSON.parse(user.pending));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

const PersonIds = z.array(z.number());

export function lastNudgePeople(user: UserRow, now: number): number[] {
  if (!user.lastNudgePeople || !user.lastNudgeAt || user.lastNudgeAt + LAST_NUDGE_TTL_MS <= now) return [];
  try {
    const parsed = PersonIds.safeParse(JSON.parse(user.lastNudgePeople));
    return parsed.success ? parsed.data : [];
  } catch {
    return [];
  }
}
