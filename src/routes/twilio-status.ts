// POST /twilio/status: delivery receipts for texts Kindling sent. States only ever move forward; a text that failed
// with 21610 (the person texted STOP to this number) opts them out and holds their nudges, as a 21610 at send time does.
import type { Context } from 'hono';
import * as z from 'zod';
import type { AppEnv } from '../types';
import { everyDb } from '../db/client';
import { advanceDelivery, optOutRecipient } from '../db/outbound';
import { isDeliveryFailure } from '../db/states';

const StatusCallback = z.object({
  MessageSid: z.string().min(1).max(64),
  MessageStatus: z.string().min(1).max(32),
  ErrorCode: z.coerce.number().int().optional().catch(undefined),
});

const UNSUBSCRIBED = 21610;

export async function receiveStatus(c: Context<AppEnv>): Promise<Response> {
  const params = c.var.form;
  const parsed = StatusCallback.safeParse(params);
  if (!parsed.success) return c.body(null, 204);
  const { MessageSid: sid, MessageStatus: status, ErrorCode: code } = parsed.data;
  // the text's sid is in one database: each is asked (there is one today)
  for (const db of everyDb(c.env)) {
    await advanceDelivery(db, sid, status, code ?? null);
    if (code === UNSUBSCRIBED && isDeliveryFailure(status)) await optOutRecipient(db, sid);
  }
  return c.body(null, 204);
}
