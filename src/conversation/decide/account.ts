// The user's control over Kindling: STOP/START, pause, nudge time, time zone, export, delete.
import { windowOf } from '../../db/rows';
import { PAUSED_NUDGE_STATE } from '../../db/states';
import { daysBetween, localParts } from '../../domain/time';
import { DAY } from '../../understand/reply-time';
import * as replies from '../replies';
import { atLocalHour, nextWindowTime, PAUSED_INDEFINITELY, pauseHold } from '../../domain/schedule';
import { describeZone } from '../../domain/time-zones';
import { openNudges } from '../snapshot';
import { reply, setPending, type Outcome, type Turn } from './turn';
import { recordUndo } from './undo';

/** How long an export link works. */
const EXPORT_TTL_MS = DAY;

export function stop(turn: Turn): Outcome {
  turn.changes.push({ type: 'optOut' });
  // Twilio answers STOP itself; a second reply would be a text the user asked not to get.
  return reply(null);
}

export function start(turn: Turn): Outcome {
  turn.changes.push({ type: 'optIn', resumeAt: nextWindowTime(turn.now, turn.user.timeZone, windowOf(turn.user)) });
  return reply(replies.STARTED_TEXT);
}

export function pause(turn: Turn, until: number | null): Outcome {
  const { user, now } = turn;
  const pausedUntil = until ?? PAUSED_INDEFINITELY;
  turn.changes.push(
    { type: 'setUser', patch: { pausedUntil } },
    { type: 'holdNudges', state: PAUSED_NUDGE_STATE, notBefore: pauseHold(pausedUntil, now, user.timeZone, windowOf(user)) ?? now },
  );
  recordUndo(turn, 'pause', { nudges: openNudges(turn.snapshot), user: { pausedUntil: user.pausedUntil } });
  return reply(replies.paused(until, now, user.timeZone));
}

export function resume(turn: Turn): Outcome {
  const { user, now } = turn;
  const open = openNudges(turn.snapshot);
  const window = windowOf(user);
  const at = nextWindowTime(now, user.timeZone, window);
  const hold = pauseHold(user.pausedUntil, now, user.timeZone, window);
  // The pause (or the sweep, when they fell due) parked nudges at its hold; bring those back now. Nudges due after the
  // pause, or planned during it, keep their own time.
  const held = open.filter((n) => hold !== null && n.dueAt > at && (n.dueAt === hold || n.dueAt >= PAUSED_INDEFINITELY));
  turn.changes.push({ type: 'setUser', patch: { pausedUntil: null } });
  for (const nudge of held) turn.changes.push({ type: 'moveNudge', nudgeId: nudge.id, dueAt: at, onlyPending: true });
  recordUndo(turn, 'resume', { nudges: open, user: { pausedUntil: user.pausedUntil } });
  return reply(replies.RESUMED_TEXT);
}

export function nudgeAt(turn: Turn, hour: number, minute: number): Outcome {
  const { user, now } = turn;
  const window = windowOf(user);
  if (hour < window.startHour || hour >= window.endHour) return reply(replies.nudgeTimeOutside(window.startHour, window.endHour));
  const open = openNudges(turn.snapshot);
  turn.changes.push({ type: 'setUser', patch: { preferredHour: hour } });
  const today = localParts(now, user.timeZone);
  for (const nudge of open) {
    const days = daysBetween(today, localParts(nudge.dueAt, user.timeZone));
    const moved = Math.max(atLocalHour(now, user.timeZone, days, hour, minute), now);
    turn.changes.push({ type: 'moveNudge', nudgeId: nudge.id, dueAt: moved, onlyPending: false });
  }
  recordUndo(turn, 'nudge time change', { nudges: open, user: { preferredHour: user.preferredHour } });
  return reply(replies.nudgeTimeSet(hour, minute));
}

export function setZone(turn: Turn, zone: string): Outcome {
  const { user, now } = turn;
  const open = openNudges(turn.snapshot);
  turn.changes.push({ type: 'setUser', patch: { timeZone: zone } });
  const window = windowOf(user);
  for (const nudge of open) {
    const moved = nextWindowTime(Math.max(nudge.dueAt, now), zone, window);
    if (moved !== nudge.dueAt) turn.changes.push({ type: 'moveNudge', nudgeId: nudge.id, dueAt: moved, onlyPending: false });
  }
  recordUndo(turn, 'time zone change', { nudges: open, user: { timeZone: user.timeZone } });
  const local = localParts(now, zone);
  return reply(replies.zoneSet(describeZone(zone), clockTime(local.hour, local.minute)));
}

/** "9:05pm", as the zone's clock reads. */
function clockTime(hour: number, minute: number): string {
  return `${hour % 12 === 0 ? 12 : hour % 12}:${String(minute).padStart(2, '0')}${hour < 12 ? 'am' : 'pm'}`;
}

export function exportData(turn: Turn): Outcome {
  turn.changes.push({ type: 'issueExport', token: turn.exportToken, expiresAt: turn.now + EXPORT_TTL_MS });
  return reply(replies.exportLink(`${turn.origin}/export/${turn.exportToken}`));
}

export function askDelete(turn: Turn): Outcome {
  setPending(turn, { type: 'delete' });
  return reply(replies.DELETE_ASK);
}

export function deleteEverything(turn: Turn): Outcome {
  turn.changes.push({ type: 'deleteEverything' });
  return reply(replies.DELETE_DONE);
}
