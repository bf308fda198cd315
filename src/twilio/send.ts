// Sends one message (SMS, or WhatsApp when `to` is `whatsapp:+E164`) through Twilio's Messages REST API with fetch,
// and sorts the outcome into what to do next. The one sender both channels (src/channels/) use.
//
// The rule: a text is tried again without asking Twilio only when Twilio clearly did not accept it. Everything else
// where Twilio may hold the text is `uncertain`, and the caller lists Twilio's messages (findSent) before any
// further try, so a person never gets the same text twice.
// - sent:        2xx with a message sid.
// - retry:       429 or Twilio error 20429 (refused before anything was created), and a 500 whose body is Twilio's own
//                JSON error (a numeric `code`): Twilio's API itself answered that it failed to create the message.
// - uncertain:   no answer in time; the connection failed (fetch cannot tell "never left" from "lost after Twilio took
//                it"); 502, 503, 504 and any other 5xx (a gateway answered, whatever the body: the API behind it may have
//                taken the text); a 500 with an unreadable or non-Twilio body; a 2xx with no sid.
// - unsubscribed: error 21610 (the person texted STOP to this number).
// - outside-window: error 63016 (WhatsApp: free form outside the 24-hour window); nothing was created, and the same
//                text may go as the approved template, never again as free form.
// - rejected:    any other 4xx (21211 invalid number, 21602 empty body...): this text will never go.
// WhatsApp: From is the account's WhatsApp sender, and a template send carries ContentSid + ContentVariables instead
// of a Body.
import { toGsm7 } from '../domain/sms-length';
import * as z from 'zod';
import { parseAddress } from '../channels/address';
import type { Settings } from '../env';

export interface TwilioAccount {
  apiBase: string;
  accountSid: string;
  authToken: string;
  from?: string;
  messagingServiceSid?: string;
  /** TWILIO_WHATSAPP_FROM, `whatsapp:+E164`: the From of every WhatsApp send */
  whatsappFrom?: string;
  timeoutMs?: number;
}

/** An approved WhatsApp Content template and its variables (a JSON object of strings on the wire). */
export interface WhatsAppTemplate {
  contentSid: string;
  variables: Record<string, string>;
}

/** One message: `to` is a Twilio address, `+E164` (SMS) or `whatsapp:+E164`; a template is for WhatsApp only. */
export type OutgoingMessage = { to: string; statusCallback?: string } & ({ body: string } | { template: WhatsAppTemplate });

/** What happened, in the terms the sender acts on. */
export type SendOutcome =
  | { type: 'sent'; sid: string }
  /** Twilio clearly did not take it (429/20429, a 500 with Twilio's JSON error): safe to send again later */
  | { type: 'retry'; status: number; code: number | null }
  /** Twilio may have taken it (timeout, lost connection, gateway 5xx, unreadable answer): ask Twilio before a new try */
  | { type: 'uncertain'; status: number }
  /** 21610: the person texted STOP to this number */
  | { type: 'unsubscribed' }
  /** 63016: WhatsApp free form outside the 24-hour window; nothing was created */
  | { type: 'outside-window' }
  /** 21211 and other 4xx: this text will never go */
  | { type: 'rejected'; status: number; code: number | null };

/** Twilio error codes Kindling acts on (moved here from domain/constants.ts: they are Twilio's wire format). */
export const TWILIO_ERROR = {
  /** the person texted STOP to this number: never text them again until START */
  unsubscribed: 21610,
  /** the To number is not a valid phone number: this text will never go */
  invalidNumber: 21211,
  /** too many requests: retry later */
  tooManyRequests: 20429,
  /** WhatsApp: a free-form body outside the 24 hours after the user's last message; only a template may go */
  outsideWhatsAppWindow: 63016,
} as const;

const Created = z.object({ sid: z.string().min(1) });
const TwilioError = z.object({ code: z.coerce.number().int().positive(), message: z.string().optional() }).loose();
const MessageList = z.object({
  messages: z.array(z.object({ sid: z.string(), body: z.string().nullish(), to: z.string().nullish() }).loose()),
});

/**
 * A text as one line: WhatsApp template variables (ContentVariables) may not hold newlines, tabs or runs of spaces.
 * @example flattenWhitespace('2 people:\n1) Sarah\n2) Jake') // '2 people: 1) Sarah 2) Jake'
 */
export function flattenWhitespace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

const TIMEOUT_MS = 10_000;

/** The account the settings describe (TWILIO_API_BASE comes without trailing slashes: see settings-schema.mjs). */
export function accountOf(settings: Settings): TwilioAccount {
  return {
    apiBase: settings.TWILIO_API_BASE,
    accountSid: settings.TWILIO_ACCOUNT_SID,
    authToken: settings.TWILIO_AUTH_TOKEN,
    from: settings.TWILIO_PHONE_NUMBER,
    messagingServiceSid: settings.TWILIO_MESSAGING_SERVICE_SID,
    timeoutMs: settings.TWILIO_TIMEOUT_MS,
    whatsappFrom: settings.TWILIO_WHATSAPP_FROM,
  };
}

function authorization(account: TwilioAccount): string {
  return `Basic ${btoa(`${account.accountSid}:${account.authToken}`)}`;
}

function messagesUrl(account: TwilioAccount): string {
  return `${account.apiBase}/2010-04-01/Accounts/${encodeURIComponent(account.accountSid)}/Messages.json`;
}

/** Twilio's error code from a JSON error body, or null when the body is not Twilio's error JSON. */
async function errorCodeOf(response: Response): Promise<number | null> {
  const text = await response.text().catch(() => '');
  try {
    const parsed = TwilioError.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data.code : null;
  } catch {
    return null;
  }
}

/** The form Twilio takes for this text; null when it cannot go from this account (WhatsApp without a sender). */
function formOf(account: TwilioAccount, message: OutgoingMessage): URLSearchParams | null {
  const whatsapp = parseAddress(message.to)?.channel === 'whatsapp';
  const form = new URLSearchParams({ To: message.to });
  if ('template' in message) {
    if (!whatsapp) return null;
    form.set('ContentSid', message.template.contentSid);
    form.set('ContentVariables', JSON.stringify(message.template.variables));
  } else {
    // an SMS in GSM-7 where it can be ("Lucía" -> "Lucia"): one accent would make the whole text UCS-2
    form.set('Body', whatsapp ? message.body : toGsm7(message.body));
  }
  if (whatsapp) {
    if (!account.whatsappFrom) return null;
    form.set('From', account.whatsappFrom);
  } else if (account.messagingServiceSid) form.set('MessagingServiceSid', account.messagingServiceSid);
  else if (account.from) form.set('From', account.from);
  if (message.statusCallback) form.set('StatusCallback', message.statusCallback);
  return form;
}

/** POST /Messages.json. Never throws: every failure becomes an outcome. */
export async function sendMessage(account: TwilioAccount, message: OutgoingMessage, fetcher: typeof fetch = fetch): Promise<SendOutcome> {
  const form = formOf(account, message);
  // a WhatsApp text with no WhatsApp sender configured (or a template to an SMS number) can never go
  if (!form) return { type: 'rejected', status: 0, code: null };

  let response: Response;
  try {
    response = await fetcher(messagesUrl(account), {
      method: 'POST',
      headers: { authorization: authorization(account), 'content-type': 'application/x-www-form-urlencoded' },
      body: form.toString(),
      signal: AbortSignal.timeout(account.timeoutMs ?? TIMEOUT_MS),
    });
  } catch {
    // a timeout, or a connection that failed before or after Twilio took the text: fetch cannot say which
    return { type: 'uncertain', status: 0 };
  }

  try {
    if (response.status === 200 || response.status === 201) {
      const created = Created.safeParse(await response.json().catch(() => null));
      return created.success ? { type: 'sent', sid: created.data.sid } : { type: 'uncertain', status: response.status };
    }
    const code = await errorCodeOf(response);
    if (response.status === 429 || code === TWILIO_ERROR.tooManyRequests) return { type: 'retry', status: response.status, code };
    if (response.status === 500 && code !== null) return { type: 'retry', status: response.status, code };
    if (response.status >= 500 || response.status < 400) return { type: 'uncertain', status: response.status };
    if (code === TWILIO_ERROR.unsubscribed) return { type: 'unsubscribed' };
    if (code === TWILIO_ERROR.outsideWhatsAppWindow) return { type: 'outside-window' };
    return { type: 'rejected', status: response.status, code };
  } catch {
    // the body broke off mid-read: the answer is unknown
    return { type: 'uncertain', status: response.status };
  }
}

/** What Twilio's message list says about one text. */
export type SentLookup =
  /** sids of listed messages to that number with exactly this body, newest first (none: Twilio does not have it) */
  | { type: 'listed'; sids: string[] }
  /** Twilio could not be asked now */
  | { type: 'unknown' };

/** How many of the number's newest messages are looked through: far more than Kindling sends one person in a day. */
const LOOKUP_PAGE = 50;

/**
 * After an uncertain send: which of Twilio's messages to `to` carry exactly `body`? Lists by `To` only, newest first.
 * To a `whatsapp:` address a template send counts too: Twilio lists it with the template's words around its
 * variables, so a message whose body holds `body` on one line (nudgeTemplateVariables' {{2}}) is it.
 * No `DateSent>` filter: DateSent stays empty while Twilio still has the message queued, and such a filter hides
 * exactly the text being looked for. No DateCreated filter either: Twilio stamps its own clock, which a simulated or
 * skewed sweep clock need not match. The caller tells its own earlier texts apart by the sids it has recorded.
 */
export async function findSent(account: TwilioAccount, to: string, body: string, fetcher: typeof fetch = fetch): Promise<SentLookup> {
  const url = `${messagesUrl(account)}?${new URLSearchParams({ To: to, PageSize: String(LOOKUP_PAGE) })}`;
  try {
    const response = await fetcher(url, { headers: { authorization: authorization(account) }, signal: AbortSignal.timeout(account.timeoutMs ?? TIMEOUT_MS) });
    if (!response.ok) return { type: 'unknown' };
    const list = MessageList.safeParse(await response.json());
    if (!list.success) return { type: 'unknown' };
    const carried = parseAddress(to)?.channel === 'whatsapp' ? flattenWhitespace(body) : null;
    const matches = (listed: string | null | undefined) => listed === body || (carried !== null && carried !== '' && Boolean(listed?.includes(carried)));
    const sids = list.data.messages.filter((message) => matches(message.body) && (!message.to || message.to === to)).map((message) => message.sid);
    return { type: 'listed', sids };
  } catch {
    return { type: 'unknown' };
  }
}
