// The user's control over Kindling: STOP/START, pause, nudge time, time zone, undo, export, delete.
import { and, eq, inArray, or } from 'drizzle-orm';
import { holdNudges } from '../db/nudges';
import { changes, exportTokens, inbound, notes, nudges, outbound, people, users } from '../db/schema';
import { ERASED_AT, ERASED_ZONE, optOutWrites, setPending, updateUser } from '../db/users';
import * as replies from '../domain/replies';
import { atLocalHour, nextWindowTime, PAUSED_INDEFINITELY, pauseHold } from '../domain/schedule';
import { describeZone } from '../domain/time-zones';
import { windowOf } from '../db/rows';
import { reply, type Outcome, type TextContext } from './context';
import { recordChange, snapshotUserNudges, undoLatest } from './undo';

const EXPORT_TTL_MS = 24 * 60 * 60 * 1000;

export function stop(ctx: TextContext): Outcome {
  ctx.writes.push(...optOutWrites(ctx.db, ctx.user.phone));
  // Twilio answers STOP itself; a second reply would be a text the user asked not to get.
  return reply(null);
}

export function start(ctx: TextContext): Outcome {
  const resumeAt = nextWindowTime(ctx.now, ctx.user.timeZone, windowOf(ctx.user));
  ctx.writes.push(updateUser(ctx.db, ctx.user.id, { optedOut: false }), holdNudges(ctx.db, ctx.user.id, 'pending', resumeAt));
  return reply(replies.STARTED_TEXT);
}

export async function pause(ctx: TextContext, until: number | null): Promise<Outcome> {
  const { db, user, now } = ctx;
  const snapshot = await snapshotUserNudges(db, user.id);
  const pausedUntil = until ?? PAUSED_INDEFINITELY;
  ctx.writes.push(updateUser(db, user.id, { pausedUntil }));
  ctx.writes.push(holdNudges(db, user.id, 'pending', pauseHold(pausedUntil, now, user.timeZone, windowOf(user)) ?? now));
  recordChange(ctx, 'pause', { nudges: snapshot, user: { pausedUntil: user.pausedUntil } });
  return reply(replies.paused(until, now, user.timeZone));
}

export async function resume(ctx: TextContext): Promise<Outcome> {
  const { db, user, now } = ctx;
  const snapshot = await snapshotUserNudges(db, user.id);
  const window = windowOf(user);
  const at = nextWindowTime(now, user.timeZone, window);
  const hold = pauseHold(user.pausedUntil, now, user.timeZone, window);
  // The pause (or the sweep, when they fell due) parked nudges at its hold; bring those back now. Nudges due after the
  // pause, or planned during it, keep their own time.
  const held = snapshot.filter((n) => hold !== null && n.dueAt > at && (n.dueAt === hold || n.dueAt >= PAUSED_INDEFINITELY));
  ctx.writes.push(updateUser(db, user.id, { pausedUntil: null }));
  ctx.writes.push(db.update(nudges).set({ dueAt: at })
    .where(and(eq(nudges.userId, user.id), eq(nudges.state, 'pending'), inArray(nudges.id, held.map((n) => n.id)))));
  recordChange(ctx, 'resume', { nudges: snapshot, user: { pausedUntil: user.pausedUntil } });
  return reply(replies.RESUMED_TEXT);
}

export async function nudgeAt(ctx: TextContext, hour: number, minute: number): Promise<Outcome> {
  const { db, user } = ctx;
  const window = windowOf(user);
  if (hour < window.startHour || hour >= window.endHour) return reply(replies.nudgeTimeOutside(window.startHour, window.endHour));
  const snapshot = await snapshotUserNudges(db, user.id);
  ctx.writes.push(updateUser(db, user.id, { preferredHour: hour }));
  for (const nudge of snapshot) {
    const local = new Intl.DateTimeFormat('en-CA', { timeZone: user.timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(nudge.dueAt);
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: user.timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(ctx.now);
    const days = Math.round((Date.parse(local) - Date.parse(today)) / 86_400_000);
    const moved = Math.max(atLocalHour(ctx.now, user.timeZone, days, hour, minute), ctx.now);
    ctx.writes.push(db.update(nudges).set({ dueAt: moved }).where(and(eq(nudges.userId, user.id), eq(nudges.id, nudge.id))));
  }
  recordChange(ctx, 'nudge time change', { nudges: snapshot, user: { preferredHour: user.preferredHour } });
  return reply(replies.nudgeTimeSet(hour, minute));
}

export async function setZone(ctx: TextContext, zone: string): Promise<Outcome> {
  const { db, user, now } = ctx;
  const snapshot = await snapshotUserNudges(db, user.id);
  ctx.writes.push(updateUser(db, user.id, { timeZone: zone }));
  const window = windowOf(user);
  for (const nudge of snapshot) {
    const moved = nextWindowTime(Math.max(nudge.dueAt, now), zone, window);
    if (moved !== nudge.dueAt) ctx.writes.push(db.update(nudges).set({ dueAt: moved }).where(and(eq(nudges.userId, user.id), eq(nudges.id, nudge.id))));
  }
  recordChange(ctx, 'time zone change', { nudges: snapshot, user: { timeZone: user.timeZone } });
  const localTime = new Intl.DateTimeFormat('en-US', { hour: 'numeric', minute: '2-digit', timeZone: zone }).format(now).replace(/\s/g, '').toLowerCase();
  return reply(replies.zoneSet(describeZone(zone), localTime));
}

export async function undo(ctx: TextContext): Promise<Outcome> {
  const summary = await undoLatest(ctx);
  return reply(summary ? replies.undone(summary) : replies.NOTHING_TO_UNDO);
}

/** A random 256-bit token, base64url; only its SHA-256 is stored. */
export async function hashToken(token: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(token));
  return [...new Uint8Array(digest)].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}

export async function exportData(ctx: TextContext): Promise<Outcome> {
  const bytes = crypto.getRandomValues(new Uint8Array(32));
  const token = btoa(String.fromCharCode(...bytes)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
  ctx.writes.push(ctx.db.insert(exportTokens).values({ tokenHash: await hashToken(token), userId: ctx.user.id, expiresAt: ctx.now + EXPORT_TTL_MS }));
  return reply(replies.exportLink(`${ctx.origin}/export/${token}`));
}

export function askDelete(ctx: TextContext): Outcome {
  ctx.writes.push(setPending(ctx.db, ctx.user.id, { type: 'delete' }, ctx.now));
  return reply(replies.DELETE_ASK);
}

/**
 * Deletes everything about the user, and every text from their number (a first text whose handling failed may belong
 * to no user). The users row stays with only the phone and opt-out state, to honour STOP; its time zone and creation
 * time are neutral (ERASED_ZONE, 0), and the next text from the number starts afresh (see recordInbound).
 */
export function deleteEverything(ctx: TextContext): Outcome {
  const { db, user } = ctx;
  const id = user.id;
  ctx.writes.push(
    db.delete(nudges).where(eq(nudges.userId, id)),
    db.delete(notes).where(eq(notes.userId, id)),
    db.delete(people).where(eq(people.userId, id)),
    db.delete(outbound).where(eq(outbound.userId, id)),
    db.delete(changes).where(eq(changes.userId, id)),
    db.delete(exportTokens).where(eq(exportTokens.userId, id)),
    db.delete(inbound).where(or(eq(inbound.userId, id), eq(inbound.phone, user.phone))),
    db.update(users).set({
      timeZone: ERASED_ZONE, createdAt: ERASED_AT, windowStart: 9, windowEnd: 20, preferredHour: 10, pausedUntil: null, pending: null,
      pendingExpiresAt: null, lastNudgePeople: null, lastNudgeAt: null, capDay: null, capCount: 0,
    }).where(eq(users.id, id)),
  );
  ctx.redact = true;
  return reply(replies.DELETE_DONE);
}
