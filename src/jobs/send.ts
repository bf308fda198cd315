// SEND: a claimed text goes out on the user's channel (channels/channel.ts) with the Twilio account and the status
// callback. No writes: a window Twilio says is closed comes back as a flag, and the finish batch forgets it.
import { channelOf, type OutgoingText, type Way } from '../channels/channel';
import type { UserRow } from '../db/rows';
import type { Settings } from '../env';
import { accountOf, type SendOutcome } from '../twilio/send';
import type { SweepDeps } from './sweep-context';

/** Twilio's answer, and whether it said the user's channel window is closed whatever Kindling had recorded. */
export interface Sent {
  outcome: SendOutcome;
  windowClosed: boolean;
}

/** Sends a claimed text on the user's channel the way the plan's reach said. */
export async function send(deps: SweepDeps, user: UserRow, text: OutgoingText, way: Way): Promise<Sent> {
  const { settings } = deps;
  let windowClosed = false;
  const outcome = await channelOf(user, settings).send(text, way, {
    account: accountOf(settings),
    statusCallback: statusCallbackOf(settings),
    fetcher: deps.fetcher,
    windowClosed: async () => {
      windowClosed = true;
    },
  });
  return { outcome, windowClosed };
}

/** Where Twilio reports on a text: PUBLIC_BASE_URL (without trailing slashes, see settings-schema.mjs) + /twilio/status. */
export function statusCallbackOf(settings: Settings): string | undefined {
  return settings.PUBLIC_BASE_URL ? `${settings.PUBLIC_BASE_URL}/twilio/status` : undefined;
}
