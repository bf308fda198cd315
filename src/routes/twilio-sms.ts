// POST /twilio/sms: Twilio's inbound webhook. Verify, then two round trips: load (stores the raw text first), decide
// (pure), apply; answer with TwiML.
import type { Context } from 'hono';
import * as z from 'zod';
import { parseAddress } from '../channels/address';
import { channelOnInbound } from '../channels/channel-switch';
import { carriesCard, readSharedMedia } from '../channels/shared-media';
import { apply, finishFailed } from '../conversation/apply';
import { decide } from '../conversation/decide';
import { throttleOf } from '../conversation/decide/throttle';
import { newExportToken } from '../conversation/export-token';
import { load, type Loaded } from '../conversation/load';
import { openDb } from '../db/client';
import { isCarrierOptOut, isOptOutRequest } from '../domain/opt-out';
import { OPTED_OUT_TEXT, RESEND_TEXT } from '../domain/replies';
import { describeFailure } from '../failure';
import { guessTimeZone } from '../domain/time-zones';
import { twimlResponse } from '../twilio/twiml';
import type { FormParams } from '../twilio/verify';
import type { AppEnv } from '../types';
import { verifiedForm } from './verified-form';

const InboundSms = z.object({
  MessageSid: z.string().min(1).max(64),
  /** `+E164` (SMS) or `whatsapp:+E164` */
  From: z.string().max(64),
  Body: z.string().max(5000).default(''),
  NumMedia: z.coerce.number().int().min(0).max(20).catch(0),
});

export async function receiveSms(c: Context<AppEnv>): Promise<Response> {
  const settings = c.get('settings');
  const params = await verifiedForm(c, settings);
  if (!params) return c.text('Forbidden', 403);

  const form = readFormFlat(params);
  const parsed = InboundSms.safeParse(form);
  if (!parsed.success) return twimlResponse(null);
  const sms = parsed.data;
  const address = parseAddress(sms.From);
  if (!address) return twimlResponse(null);
  const phone = address.phone;

  const simulated = settings.DEV_SIMULATED_CLOCK ? Number(c.req.header('x-kindling-simulated-now')) : Number.NaN;
  const now = Number.isFinite(simulated) && simulated > 0 ? simulated : Date.now();
  const db = openDb(c.env.DB);

  // An opt-out is written with the text itself, in the first batch, so no later failure can lose it. On SMS Twilio
  // answers a bare carrier keyword itself; any other wording, and every opt-out on WhatsApp (no carrier opt-out
  // there), gets one confirmation.
  const carrierAnswers = address.channel === 'sms' && isCarrierOptOut(sms.Body);
  const optOut = isOptOutRequest(sms.Body) ? { reply: carrierAnswers ? null : OPTED_OUT_TEXT, repliesPerMinute: settings.REPLY_LIMIT_PER_MINUTE } : null;
  // a number the deployment does not serve is ignored, but its opt-out is recorded all the same
  if (!optOut && settings.ALLOWED_NUMBERS.length > 0 && !settings.ALLOWED_NUMBERS.includes(phone)) return twimlResponse(null);
  let loaded: Loaded;
  try {
    loaded = await load(db, {
      sid: sms.MessageSid,
      phone,
      body: sms.Body,
      numMedia: sms.NumMedia,
      receivedAt: now,
      timeZone: guessTimeZone(phone),
      optOut,
    });
  } catch (cause) {
    console.error('inbound load failed', { sid: sms.MessageSid, failure: describeFailure(cause) });
    return twimlResponse(RESEND_TEXT);
  }
  if (loaded.duplicate) return twimlResponse(null);
  // confirmed once: not to a number already opted out, nor past the reply limit (see load)
  if (optOut) return twimlResponse(loaded.optOutReply);

  const { snapshot } = loaded;
  const limits = { repliesPerMinute: settings.REPLY_LIMIT_PER_MINUTE };
  const finish = { inboundId: snapshot.inboundId, userId: snapshot.user.id, phone: snapshot.user.phone, now, channel: channelOnInbound(address, now) };
  try {
    // a shared contact card is fetched and read here, after the text is stored and before the pure decide
    const media = carriesCard(form, sms.NumMedia)
      ? await readSharedMedia(form, sms.NumMedia, {
          accountSid: settings.TWILIO_ACCOUNT_SID,
          authToken: settings.TWILIO_AUTH_TOKEN,
          apiBase: settings.TWILIO_API_BASE,
          now,
          timeZone: snapshot.user.timeZone,
          phone,
        })
      : undefined;
    const decision = decide(snapshot, sms.Body, {
      ...(media ? { media } : {}),
      now,
      numMedia: sms.NumMedia,
      exportToken: newExportToken(),
      limits,
      channel: {
        via: address.channel,
        whatsappFrom: settings.TWILIO_WHATSAPP_FROM,
        canSendSms: Boolean(settings.TWILIO_PHONE_NUMBER || settings.TWILIO_MESSAGING_SERVICE_SID),
      },
      origin: settings.PUBLIC_BASE_URL?.replace(/\/+$/, '') ?? new URL(c.req.url).origin,
    });
    await apply(db, { ...finish, reply: decision.reply }, decision.changes);
    return twimlResponse(decision.reply);
  } catch (cause) {
    console.error('inbound handling failed', { sid: sms.MessageSid, inboundId: snapshot.inboundId, failure: describeFailure(cause) });
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
