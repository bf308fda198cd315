// Puts a user's due nudge at the wall clock, in a zone where that is early afternoon: for sweeps that must agree with
// the Twilio stand-in, which stamps each message with the wall clock and lists them by the day the Worker asks about.
import { env } from 'cloudflare:workers';
import { clock, text } from '../factories';

/** An Etc/GMT zone where `at` is 13:00-13:59 local, inside the default 9-20 window. */
export function zoneAtMidday(at: number): string {
  const hoursBehind = new Date(at).getUTCHours() - 13;
  if (hoursBehind === 0) return 'Etc/UTC';
  // Etc/GMT+5 is UTC-5: the sign is POSIX's, the reverse of the usual one
  return hoursBehind > 0 ? `Etc/GMT+${hoursBehind}` : `Etc/GMT${hoursBehind}`;
}

export interface DueNudge {
  id: number;
  userId: number;
  at: number;
}

/** Texts `note` from `phone`, then makes its pending nudge due at the wall clock in a zone where that is midday. */
export async function dueNow(phone: string, note: string): Promise<DueNudge> {
  await text(phone, note);
  const at = clock();
  const user = await env.DB.prepare('UPDATE users SET time_zone = ? WHERE phone = ? RETURNING id').bind(zoneAtMidday(at), phone).first<{ id: number }>();
  if (!user) throw new Error(`no user for ${phone}`);
  const nudge = await env.DB.prepare("UPDATE nudges SET due_at = ? WHERE user_id = ? AND state = 'pending' RETURNING id")
    .bind(at, user.id)
    .first<{ id: number }>();
  if (!nudge) throw new Error(`no pending nudge for ${phone}`);
  return { id: nudge.id, userId: user.id, at };
}
