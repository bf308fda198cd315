// The cron sweep and the queue consumer: pick what is due, keep to each user's window, pause, daily cap and
// ALLOWED_NUMBERS, claim, compose, send once. A text Twilio may hold is looked up at Twilio before any new try; a
// retry passes the same checks as a first send (else its nudges go back to the plan); a text that never goes is given
// up and the person's plan moves on. Each text goes on the user's channel (channels/channel.ts `channelOf`) as its
// reach says: free form, the approved template, or held; the channel itself switches a refused free form to the template.
// The public entry. Each run: READ (db/sweep.ts) -> PLAN (pure: plan.ts for due nudges, plan-retry.ts for waiting
// texts, after-send.ts for what each text's end writes; deferral.ts) -> CLAIM -> SEND (send.ts, no writes) -> FINISH
// (finish.ts, one batch per text); sweep.ts and retry.ts run the steps, look-up.ts asks Twilio about a text it may hold.
export { sendDueNudges, sendQueuedUser } from './sweep';
export { causeName, type SweepDeps, type SweepReport } from './sweep-context';
