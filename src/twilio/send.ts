// Sends one SMS through Twilio's Messages REST API with fetch, and sorts the outcome into what to do next.
import { z } from 'zod';

export interface TwilioAccount {
  apiBase: string;
  accountSid: string;
  authToken: string;
  from?: string;
  messagingServiceSid?: string;
  timeoutMs?: number;
}

export interface OutgoingSms {
  to: string;
  body: string;
  statusCallback?: string;
}

/** What happened, in the terms the sender acts on. */
export type SendOutcome =
  | { type: 'sent'; sid: string }
  /** 429, 5xx or a network error before Twilio answered: safe to try again later */
  | { type: 'retry'; status: number; code: number | null }
  /** no answer in time: Twilio may or may not have accepted it */
  | { type: 'uncertain' }
  /** 21610: the person texted STOP to this number */
  | { type: 'unsubscribed' }
  /** 21211 and other 4xx: this text will never go */
  | { type: 'rejected'; status: number; code: number | null };

const Created = z.object({ sid: z.string().min(1) });
const TwilioError = z.object({ code: z.coerce.number().nullish() }).loose();
const SENT_LIST = z.object({ messages: z.array(z.object({ sid: z.string(), body: z.string() }).loose()) });

const TIMEOUT_MS = 10_000;

function authorization(account: TwilioAccount): string {
  return `Basic ${btoa(`${account.accountSid}:${account.authToken}`)}`;
}

function messagesUrl(account: TwilioAccount): string {
  return `${account.apiBase.replace(/\/+$/, '')}/2010-04-01/Accounts/${encodeURIComponent(account.accountSid)}/Messages.json`;
}

/** POST /Messages.json. Never throws: every failure becomes an outcome. */
export async function sendSms(account: TwilioAccount, sms: OutgoingSms, fetcher: typeof fetch = fetch): Promise<SendOutcome> {
  const form = new URLSearchParams({ To: sms.to, Body: sms.body });
  if (account.messagingServiceSid) form.set('MessagingServiceSid', account.messagingServiceSid);
  else if (account.from) form.set('From', account.from);
  if (sms.statusCallback) form.set('StatusCallback', sms.statusCallback);

  let response: Response;
  try {
    response = await fetcher(messagesUrl(account), {
      method: 'POST',
      headers: { authorization: authorization(account), 'content-type': 'application/x-www-form-urlencoded' },
      body: form.toString(),
      signal: AbortSignal.timeout(account.timeoutMs ?? TIMEOUT_MS),
    });
  } catch (cause) {
    if (cause instanceof Error && (cause.name === 'TimeoutError' || cause.name === 'AbortError')) return { type: 'uncertain' };
    return { type: 'retry', status: 0, code: null };
  }

  const payload: unknown = await response.json().catch(() => null);
  if (response.status === 201 || response.status === 200) {
    const created = Created.safeParse(payload);
    return created.success ? { type: 'sent', sid: created.data.sid } : { type: 'uncertain' };
  }
  const parsedError = TwilioError.safeParse(payload);
  const code = parsedError.success ? (parsedError.data.code ?? null) : null;
  if (response.status === 429 || response.status >= 500 || code === 20429) return { type: 'retry', status: response.status, code };
  if (response.status === 504) return { type: 'uncertain' };
  if (code === 21610) return { type: 'unsubscribed' };
  return { type: 'rejected', status: response.status, code };
}

/**
 * After an uncertain send: did Twilio take a text with this body to this number since `since`?
 * Returns its sid, null when it did not, or undefined when Twilio could not tell us now.
 */
export async function findSentSms(
  account: TwilioAccount, to: string, body: string, since: number, fetcher: typeof fetch = fetch,
): Promise<string | null | undefined> {
  const day = new Date(since).toISOString().slice(0, 10);
  const url = `${messagesUrl(account)}?${new URLSearchParams({ To: to, 'DateSent>': day, PageSize: '50' })}`;
  try {
    const response = await fetcher(url, { headers: { authorization: authorization(account) }, signal: AbortSignal.timeout(account.timeoutMs ?? TIMEOUT_MS) });
    if (!response.ok) return undefined;
    const list = SENT_LIST.safeParse(await response.json());
    if (!list.success) return undefined;
    return list.data.messages.find((message) => message.body === body)?.sid ?? null;
  } catch {
    return undefined;
  }
}
