// The states a stored row moves through, as the one list of each (no drizzle here: pure code may import these).

/** An inbound text: stored on arrival, then handled (answered, changes written) or failed (answered "please resend"). */
export const INBOUND_STATES = ['received', 'handled', 'failed'] as const;
export type InboundState = (typeof INBOUND_STATES)[number];

/**
 * A nudge: `pending` (the plan's next step, at most one per person), `held` (waiting for the user: a pause, a channel
 * that cannot carry it), `claimed` (in a text being sent), `sent`, then `done` / `skipped` by the user, or `cancelled`
 * (replaced by a newer plan) / `failed` (the text gave up).
 */
export const NUDGE_STATES = ['pending', 'held', 'claimed', 'sent', 'done', 'skipped', 'cancelled', 'failed'] as const;
export type NudgeState = (typeof NUDGE_STATES)[number];

/** A text Kindling sends: queued, sending, sent (Twilio took it), then Twilio's delivered / undelivered; failed; uncertain (Twilio may have it); cancelled (nothing left to send). */
export const OUTBOUND_STATES = [
  'queued',
  'sending',
  'sent',
  'uncertain',
  'cancelled',
  // Twilio's own statuses, from its status callback
  'accepted',
  'scheduled',
  'delivered',
  'undelivered',
  'read',
  'failed',
] as const;
export type OutboundState = (typeof OUTBOUND_STATES)[number];

/** The states of a nudge still to go out (pending or held): a pause or a hold moves every one of a user's to one of them. */
export type OpenNudgeState = Extract<NudgeState, 'pending' | 'held'>;

/** What a pause leaves a user's open nudges in: pending (due no sooner than the pause ends), not held. */
export const PAUSED_NUDGE_STATE: OpenNudgeState = 'pending';

/** The plan's next step for the person, waiting for its time. */
export function isPending(nudge: { state: NudgeState }): boolean {
  return nudge.state === 'pending';
}

/** Still to go out: pending, or held for the user. */
export function isOpen(nudge: { state: NudgeState }): boolean {
  return nudge.state === 'pending' || nudge.state === 'held';
}

/** A nudge that is in a text being sent. */
export function isClaimed(nudge: { state: NudgeState }): boolean {
  return nudge.state === 'claimed';
}

/** Went out to the user: sent, in a text being sent, or answered DONE. */
export function wentOut(nudge: { state: NudgeState }): boolean {
  return nudge.state === 'sent' || nudge.state === 'claimed' || nudge.state === 'done';
}

/** Answered DONE by the user. */
export function isDone(nudge: { state: NudgeState }): boolean {
  return nudge.state === 'done';
}

/** A text Twilio may hold (a send that timed out, a run that died mid-send): looked up at Twilio before a new try. */
export function awaitsLookUp(text: { state: OutboundState }): boolean {
  return text.state === 'uncertain';
}

/** A Twilio status (its callback's MessageStatus, any string) saying the text did not reach the person. */
export function isDeliveryFailure(status: string): boolean {
  return status === 'undelivered' || status === 'failed';
}
