// How a claimed text goes out: the send on the user's channel (channels/channel.ts), with the Twilio account, the
// status callback, and the one write a send may ask for (forgetting a window Twilio says is closed).
import { and, eq, isNull } from 'drizzle-orm';
import type { Channel, OutgoingText, Way } from '../channels/channel';
import type { Db } from '../db/client';
import type { UserRow } from '../db/rows';
import { users } from '../db/schema';
import type { Settings } from '../env';
import { accountOf, type SendOutcome } from '../twilio/send';
import type { SweepDeps } from './sweep-context';

/** Sends a claimed text on `channel` the way its reach said. */
export function deliver(deps: SweepDeps, user: UserRow, channel: Channel, text: OutgoingText, way: Way): Promise<SendOutcome> {
  const { settings } = deps;
  return channel.send(text, way, {
    account: accountOf(settings),
    statusCallback: statusCallbackOf(settings),
    fetcher: deps.fetcher,
    windowClosed: () => forgetWindow(deps.db, user),
  });
}

/**
 * Twilio said the user's window is closed: forget the recorded last inbound, unless a new one came in since this run
 * read it, so later nudges go as the template (or are held) without another refusal.
 */
async function forgetWindow(db: Db, user: UserRow): Promise<void> {
  const seen = user.whatsappLastInboundAt;
  await db
    .update(users)
    .set({ whatsappLastInboundAt: null })
    .where(and(eq(users.id, user.id), seen === null ? isNull(users.whatsappLastInboundAt) : eq(users.whatsappLastInboundAt, seen)));
}

/** Where Twilio reports on a text: PUBLIC_BASE_URL (without trailing slashes, see settings-schema.mjs) + /twilio/status. */
export function statusCallbackOf(settings: Settings): string | undefined {
  return settings.PUBLIC_BASE_URL ? `${settings.PUBLIC_BASE_URL}/twilio/status` : undefined;
}
