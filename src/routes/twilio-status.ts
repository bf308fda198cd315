// POST /twilio/status: delivery receipts for texts Kindling sent. States only ever move forward.
import type { Context } from 'hono';
import { z } from 'zod';
import type { AppEnv } from '../types';
import { openDb } from '../db/client';
import { advanceDelivery } from '../db/outbound';
import { verifiedForm } from './verified-form';

const StatusCallback = z.object({
  MessageSid: z.string().min(1).max(64),
  MessageStatus: z.string().min(1).max(32),
  ErrorCode: z.coerce.number().int().optional().catch(undefined),
});

export async function receiveStatus(c: Context<AppEnv>): Promise<Response> {
  const params = await verifiedForm(c, c.get('settings'));
  if (!params) return c.text('Forbidden', 403);
  const parsed = StatusCallback.safeParse(params);
  if (!parsed.success) return c.body(null, 204);
  await advanceDelivery(openDb(c.env.DB), parsed.data.MessageSid, parsed.data.MessageStatus, parsed.data.ErrorCode ?? null);
  return c.body(null, 204);
}
