// POST /twilio/sms: Twilio's inbound webhook. Verify, then two round trips: load (stores the raw text first), decide
// (pure), apply; answer with TwiML.
import type { Context } from 'hono';
import * as z from 'zod';
import { type Address, parseAddress } from '../channels/address';
import { carrierAnswersStop, channelContextOf } from '../channels/channel';
import { channelOnInbound } from '../channels/channel-switch';
import { carriesCard, readSharedMedia } from '../channels/shared-media';
import { apply, finishFailed } from '../db/apply-changes';
import { decide } from '../conversation/decide';
import { throttleOf } from '../conversation/decide/throttle';
import { newExportToken } from '../conversation/export-token';
import { load, type Loaded } from '../db/load-text';
import type { Snapshot } from '../conversation/snapshot';
import type { Settings } from '../env';
import { type Db, dbOf } from '../db/client';
import { isCarrierOptOut, isOptOutRequest } from '../domain/opt-out';
import { OPTED_OUT_TEXT, RESEND_TEXT } from '../conversation/replies';
import { describeFailure } from '../failure';
import { guessTimeZone } from '../domain/time-zones';
import { twimlResponse } from '../twilio/twiml';
import type { FormParams } from '../twilio/verify';
import type { AppEnv } from '../types';

export const InboundForm = z.object({
  MessageSid: z.string().min(1).max(64),
  /** a Twilio address: `+E164`, or a channel's prefixed form (channels/address.ts) */
  From: z.string().max(64),
  Body: z.string().max(5000).default(''),
  NumMedia: z.coerce.number().int().min(0).max(20).catch(0),
});

/** What the first round trip needs of the settings; all of them can be read even when other settings are broken. */
export type InboundSettings = Pick<Settings, 'ALLOWED_NUMBERS' | 'REPLY_LIMIT_PER_MINUTE'>;

/** A text read and stored (its opt-out with it), or the answer that ends it there. */
export type Received =
  | { answer: Response }
  | { answer: null; inbound: z.infer<typeof InboundForm>; form: Record<string, string>; address: Address; now: number; db: Db; snapshot: Snapshot };

/**
 * Parses and stores the verified text (routes/middleware.ts checked its signature): the first round trip, with the opt-out written in it. Used by the webhook and,
 * when other settings do not parse, by its fallback (twilio-sms-misconfigured.ts), so no settings error loses a STOP.
 */
export async function receiveText(c: Context<AppEnv>, settings: InboundSettings): Promise<Received> {
  const params = c.var.form;
  const form = readFormFlat(params);
  const parsed = InboundForm.safeParse(form);
  if (!parsed.success) return { answer: twimlResponse(null) };
  const inbound = parsed.data;
  const address = parseAddress(inbound.From);
  if (!address) return { answer: twimlResponse(null) };
  const phone = address.phone;

  const now = c.var.now;
  const db = dbOf(c.env, { phone });

  // An opt-out is written with the text itself, in the first batch, so no later failure can lose it. Where the
  // carrier answers a bare keyword itself (SMS) Kindling does not; any other wording, and every opt-out on a channel
  // with no carrier opt-out, gets one confirmation.
  const carrierAnswers = carrierAnswersStop(address) && isCarrierOptOut(inbound.Body);
  const optOut = isOptOutRequest(inbound.Body) ? { reply: carrierAnswers ? null : OPTED_OUT_TEXT, repliesPerMinute: settings.REPLY_LIMIT_PER_MINUTE } : null;
  // a number the deployment does not serve is ignored, but its opt-out is recorded all the same
  if (!optOut && settings.ALLOWED_NUMBERS.length > 0 && !settings.ALLOWED_NUMBERS.includes(phone)) return { answer: twimlResponse(null) };
  let loaded: Loaded;
  try {
    loaded = await load(db, {
      sid: inbound.MessageSid,
      phone,
      body: inbound.Body,
      numMedia: inbound.NumMedia,
      receivedAt: now,
      timeZone: guessTimeZone(phone),
      optOut,
    });
  } catch (cause) {
    console.error('inbound load failed', { sid: inbound.MessageSid, failure: describeFailure(cause) });
    return { answer: twimlResponse(RESEND_TEXT) };
  }
  if (loaded.duplicate) return { answer: twimlResponse(null) };
  // confirmed once: not to a number already opted out, nor past the reply limit (see load)
  if (optOut) return { answer: twimlResponse(loaded.optOutReply) };
  return { answer: null, inbound, form, address, now, db, snapshot: loaded.snapshot };
}

export async function receiveMessage(c: Context<AppEnv>): Promise<Response> {
  const settings = c.get('settings');
  const received = await receiveText(c, settings);
  if (received.answer) return received.answer;
  const { inbound, form, address, now, db, snapshot } = received;
  const phone = address.phone;
  const limits = { repliesPerMinute: settings.REPLY_LIMIT_PER_MINUTE };
  const finish = { inboundId: snapshot.inboundId, userId: snapshot.user.id, phone: snapshot.user.phone, now, channel: channelOnInbound(address, now) };
  try {
    // a shared contact card is fetched and read here, after the text is stored and before the pure decide
    const media = carriesCard(form, inbound.NumMedia)
      ? await readSharedMedia(form, inbound.NumMedia, {
          accountSid: settings.TWILIO_ACCOUNT_SID,
          authToken: settings.TWILIO_AUTH_TOKEN,
          apiBase: settings.TWILIO_API_BASE,
          now,
          timeZone: snapshot.user.timeZone,
          phone,
        })
      : undefined;
    const decision = decide(snapshot, inbound.Body, {
      ...(media ? { media } : {}),
      now,
      numMedia: inbound.NumMedia,
      exportToken: newExportToken(),
      limits,
      channel: channelContextOf(address, settings),
      // PUBLIC_BASE_URL comes without trailing slashes (settings-schema.mjs)
      origin: settings.PUBLIC_BASE_URL ?? new URL(c.req.url).origin,
    });
    await apply(db, { ...finish, reply: decision.reply }, decision.changes);
    return twimlResponse(decision.reply);
  } catch (cause) {
    console.error('inbound handling failed', { sid: inbound.MessageSid, inboundId: snapshot.inboundId, failure: describeFailure(cause) });
    // The raw text is stored; say so honestly rather than confirm what was not saved.
    const reply = throttleOf(snapshot, limits).quiet ? null : RESEND_TEXT;
    await finishFailed(db, { ...finish, reply }).catch(() => undefined);
    return twimlResponse(reply);
  }
}

function readFormFlat(params: FormParams): Record<string, string> {
  const flat: Record<string, string> = {};
  for (const [name, value] of Object.entries(params)) flat[name] = Array.isArray(value) ? (value[0] ?? '') : value;
  return flat;
}
