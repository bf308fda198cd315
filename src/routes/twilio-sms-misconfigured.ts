// POST /twilio/sms while the Worker's settings do not parse: the text is still verified and stored, an opt-out still
// written and confirmed as usual, and any other text is kept and answered honestly (never a 500 that loses a STOP).
// Without an auth token to verify against, nothing can be trusted: the middleware answers 500 and names the setting.
import type { Context } from 'hono';
import { finishFailed } from '../db/apply-changes';
import { throttleOf } from '../conversation/decide/throttle';
import { MISCONFIGURED_TEXT } from '../conversation/replies';
import { SettingsSchema } from '../env';
import { describeFailure } from '../failure';
import { twimlResponse } from '../twilio/twiml';
import type { AppEnv } from '../types';
import { receiveText } from './twilio-sms';

const DEFAULT_REPLY_LIMIT = 5;

/** A verified text (routes/middleware.ts) while other settings do not parse. */
export async function receiveMessageMisconfigured(c: Context<AppEnv>): Promise<Response> {
  // a broken ALLOWED_NUMBERS cannot say who is served: every text is stored, and none but an opt-out is answered
  const allowed = SettingsSchema.shape.ALLOWED_NUMBERS.safeParse(c.env.ALLOWED_NUMBERS);
  const limit = SettingsSchema.shape.REPLY_LIMIT_PER_MINUTE.safeParse(c.env.REPLY_LIMIT_PER_MINUTE);
  const repliesPerMinute = limit.success ? limit.data : DEFAULT_REPLY_LIMIT;
  const received = await receiveText(c, {
    ALLOWED_NUMBERS: allowed.success ? allowed.data : [],
    REPLY_LIMIT_PER_MINUTE: repliesPerMinute,
  });
  if (received.answer) return received.answer;
  const { snapshot, db, now, inbound } = received;
  const quiet = !allowed.success || throttleOf(snapshot, { repliesPerMinute }).quiet || snapshot.user.optedOut;
  const reply = quiet ? null : MISCONFIGURED_TEXT;
  try {
    await finishFailed(db, { inboundId: snapshot.inboundId, userId: snapshot.user.id, phone: snapshot.user.phone, now, reply });
  } catch (cause) {
    console.error('inbound handling failed', { sid: inbound.MessageSid, inboundId: snapshot.inboundId, failure: describeFailure(cause) });
  }
  return twimlResponse(reply);
}
