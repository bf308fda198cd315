// Fetches a shared contact card from a Twilio MediaUrl: Basic auth sent only to Twilio's API origin, a timeout, a size
// limit and a content-type check. Never throws: every way it can go is a MediaOutcome.

/** Cards bigger than this are refused: a card with a photo is rarely over 100 KiB, a whole address book is. */
export const MAX_CARD_BYTES = 256 * 1024;
const MEDIA_TIMEOUT_MS = 5_000;

/** Content types phones and Twilio give shared contacts. */
export const CARD_TYPES: ReadonlySet<string> = new Set(['text/vcard', 'text/x-vcard', 'text/directory', 'application/vcard']);
/** Types that say nothing: the body itself decides (it must start with BEGIN:VCARD). */
const VAGUE_TYPES = new Set(['', 'application/octet-stream', 'text/plain', 'binary/octet-stream']);

export interface CardMediaOptions {
  accountSid: string;
  authToken: string;
  /** Twilio's API origin (the TWILIO_API_BASE setting); credentials are sent there and nowhere else */
  apiBase: string;
  timeoutMs?: number;
  maxBytes?: number;
  fetch?: typeof fetch;
}

export type CardMediaOutcome =
  | { kind: 'ok'; text: string; contentType: string }
  | { kind: 'too-large'; limitBytes: number }
  | { kind: 'not-a-card'; contentType: string }
  | { kind: 'unreachable'; status: number | null }
  | { kind: 'timeout' };

/**
 * Downloads one MediaUrl and returns its text when it is a vCard.
 * @example await fetchCardMedia('https://api.twilio.com/2010-04-01/Accounts/AC.../Messages/MM.../Media/ME...', { accountSid, authToken, apiBase: 'https://api.twilio.com' })
 * // { kind: 'ok', text: 'BEGIN:VCARD\r\n...', contentType: 'text/vcard' }
 */
export async function fetchCardMedia(mediaUrl: string, options: CardMediaOptions): Promise<CardMediaOutcome> {
  const controller = new AbortController();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timedOut = new Promise<CardMediaOutcome>((resolve) => {
    timer = setTimeout(() => {
      controller.abort();
      resolve({ kind: 'timeout' });
    }, options.timeoutMs ?? MEDIA_TIMEOUT_MS);
  });
  try {
    return await Promise.race([download(mediaUrl, options, controller.signal), timedOut]);
  } catch {
    return controller.signal.aborted ? { kind: 'timeout' } : { kind: 'unreachable', status: null };
  } finally {
    if (timer !== undefined) clearTimeout(timer);
  }
}

async function download(mediaUrl: string, options: CardMediaOptions, signal: AbortSignal): Promise<CardMediaOutcome> {
  const fetcher = options.fetch ?? fetch;
  const maxBytes = options.maxBytes ?? MAX_CARD_BYTES;
  const first = await fetchFromTwilio(mediaUrl, options, fetcher, signal);
  if (first === null) return { kind: 'unreachable', status: null };
  // Twilio answers with a redirect to a signed, short-lived URL: follow it without the credentials
  const location = first.status >= 300 && first.status < 400 ? first.headers.get('location') : null;
  const response = location ? await fetcher(new URL(location, mediaUrl).toString(), { signal }) : first;
  if (!response.ok) return discard(response, { kind: 'unreachable', status: response.status });
  const contentType = (response.headers.get('content-type') ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
  if (!CARD_TYPES.has(contentType) && !VAGUE_TYPES.has(contentType)) return discard(response, { kind: 'not-a-card', contentType });
  const declared = Number(response.headers.get('content-length') ?? Number.NaN);
  if (declared > maxBytes) return discard(response, { kind: 'too-large', limitBytes: maxBytes });
  const bytes = await readAtMost(response, maxBytes);
  if (bytes === null) return { kind: 'too-large', limitBytes: maxBytes };
  const text = new TextDecoder('utf-8').decode(bytes);
  if (!CARD_TYPES.has(contentType) && !/^\uFEFF?\s*BEGIN:VCARD/i.test(text)) return { kind: 'not-a-card', contentType };
  return { kind: 'ok', text, contentType: contentType || 'text/vcard' };
}

/** Cancels an unread body (so the connection is freed) and returns the outcome. */
async function discard(response: Response, outcome: CardMediaOutcome): Promise<CardMediaOutcome> {
  await response.body?.cancel().catch(() => undefined);
  return outcome;
}

/** The first request, with Basic auth, only to Twilio's own API origin; null for any other origin (throws on no URL). */
async function fetchFromTwilio(mediaUrl: string, options: CardMediaOptions, fetcher: typeof fetch, signal: AbortSignal): Promise<Response | null> {
  const url = new URL(mediaUrl);
  if (url.origin !== new URL(options.apiBase).origin) return null;
  return fetcher(url.toString(), {
    headers: { authorization: `Basic ${btoa(`${options.accountSid}:${options.authToken}`)}` },
    redirect: 'manual',
    signal,
  });
}

/** The body, or null as soon as it grows past `maxBytes` (the rest is never read). */
async function readAtMost(response: Response, maxBytes: number): Promise<Uint8Array | null> {
  if (!response.body) return new Uint8Array();
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel().catch(() => undefined);
      return null;
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.byteLength;
  }
  return bytes;
}
