// POST /twilio/sms: Twilio's inbound webhook. Verify, store the raw text first, converse, answer with TwiML.
import type { Context } from 'hono';
import { z } from 'zod';
import type { AppEnv } from '../app';
import { openDb } from '../db/client';
import { finishInbound, recordInbound } from '../db/users';
import { isCarrierOptOut, isOptOutRequest } from '../domain/opt-out';
import { OPTED_OUT_TEXT, RESEND_TEXT, THROTTLED_TEXT } from '../domain/replies';
import { guessTimeZone } from '../domain/time-zones';
import { handleText } from '../conversation/handle-text';
import { describeFailure } from '../failure';
import type { TextContext } from '../conversation/context';
import { twimlResponse } from '../twilio/twiml';
import type { FormParams } from '../twilio/verify';
import { verifiedForm } from './verified-form';

const InboundSms = z.object({
  MessageSid: z.string().min(1).max(64),
  From: z.string().regex(/^\+[1-9]\d{6,14}$/),
  Body: z.string().max(5000).default(''),
  NumMedia: z.coerce.number().int().min(0).max(20).catch(0),
});

/**
 * Replies a number may get: a text gets one only when fewer than REPLY_LIMIT_PER_MINUTE (default 5) others came in the
 * minute before it, so a flood goes quiet until it eases (a loop between two automated senders dies out); and a daily
 * ceiling. The first text over the minute's limit gets one notice that all is saved, at most one an hour.
 */
const REPLIES_PER_DAY = 60;

export async function receiveSms(c: Context<AppEnv>): Promise<Response> {
  const settings = c.get('settings');
  const params = await verifiedForm(c, settings);
  if (!params) return c.text('Forbidden', 403);

  const parsed = InboundSms.safeParse(Object.fromEntries(Object.entries(readFormFlat(params))));
  if (!parsed.success) return twimlResponse(null);
  const sms = parsed.data;
  if (settings.ALLOWED_NUMBERS.length > 0 && !settings.ALLOWED_NUMBERS.includes(sms.From)) return twimlResponse(null);

  const simulated = settings.DEV_SIMULATED_CLOCK ? Number(c.req.header('x-kindling-simulated-now')) : Number.NaN;
  const now = Number.isFinite(simulated) && simulated > 0 ? simulated : Date.now();
  const db = openDb(c.env.DB);

  // An opt-out is written with the text itself, in the first batch, so no later failure can lose it. Twilio answers a
  // bare carrier keyword itself; any other wording gets one confirmation.
  const optOut = isOptOutRequest(sms.Body) ? { reply: isCarrierOptOut(sms.Body) ? null : OPTED_OUT_TEXT } : null;
  let recorded;
  try {
    recorded = await recordInbound(db, {
      sid: sms.MessageSid, phone: sms.From, body: sms.Body, numMedia: sms.NumMedia, receivedAt: now, timeZone: guessTimeZone(sms.From), optOut,
    });
  } catch (cause) {
    console.error('inbound store failed', { sid: sms.MessageSid, failure: describeFailure(cause) });
    return twimlResponse(RESEND_TEXT);
  }
  if (recorded.duplicate || recorded.inboundId === null) return twimlResponse(null);
  if (optOut) return twimlResponse(optOut.reply);

  const ctx: TextContext = {
    db, settings, user: recorded.user, now, text: sms.Body, inboundId: recorded.inboundId, isNewUser: recorded.isNewUser,
    origin: settings.PUBLIC_BASE_URL?.replace(/\/+$/, '') ?? new URL(c.req.url).origin, writes: [], redact: false,
  };
  const overDay = recorded.repliesLastDay >= REPLIES_PER_DAY;
  const throttled = recorded.textsLastMinute >= settings.REPLY_LIMIT_PER_MINUTE || overDay;
  // of texts arriving together exactly one is the first over the limit (see recordInbound)
  const notice = !overDay && !recorded.user.optedOut && recorded.noticesLastHour === 0
    && recorded.textsLastMinute === settings.REPLY_LIMIT_PER_MINUTE ? THROTTLED_TEXT : null;
  try {
    const outcome = await handleText(ctx, sms.NumMedia);
    const replyText = throttled ? notice : outcome.reply;
    const finish = finishInbound(db, recorded.inboundId, recorded.user.id, replyText, 'handled', ctx.redact);
    await db.batch([...ctx.writes, finish] as unknown as Parameters<typeof db.batch>[0]);
    return twimlResponse(replyText);
  } catch (cause) {
    console.error('inbound handling failed', { sid: sms.MessageSid, inboundId: recorded.inboundId, failure: describeFailure(cause) });
    // The raw text is stored; say so honestly rather than confirm what was not saved.
    await db.batch([finishInbound(db, recorded.inboundId, recorded.user.id, throttled ? null : RESEND_TEXT, 'failed')]).catch(() => undefined);
    return twimlResponse(throttled ? null : RESEND_TEXT);
  }
}

function readFormFlat(params: FormParams): Record<string, string> {
  const flat: Record<string, string> = {};
  for (const [name, value] of Object.entries(params)) flat[name] = Array.isArray(value) ? (value[0] ?? '') : value;
  return flat;
}
