// Checks X-Twilio-Signature with the twilio package's own validator (subpath import keeps the bundle small).
import { getSignatureAlgorithm, validateRequest } from 'twilio/lib/webhooks/webhooks';

export type FormParams = Record<string, string | string[]>;

export interface SignedRequest {
  authToken: string;
  signature: string | undefined;
  /** X-Twilio-Webhooks-Signature-Settings, for accounts that sign with HMAC-SHA256 */
  signatureSettings: string | undefined;
  /** the exact URL Twilio called */
  url: string;
  params: FormParams;
}

/** true when Twilio signed exactly this URL and these parameters. */
export function isSignedByTwilio(request: SignedRequest): boolean {
  if (!request.signature) return false;
  const algorithm = getSignatureAlgorithm(request.signatureSettings);
  try {
    return validateRequest(request.authToken, request.signature, request.url, request.params, algorithm);
  } catch {
    return false;
  }
}

/**
 * The URL Twilio called: PUBLIC_BASE_URL (its trailing slashes trimmed when settings parse) with the request's path
 * and query, or the request URL itself.
 */
export function signedUrl(requestUrl: string, publicBaseUrl: string | undefined): string {
  if (!publicBaseUrl) return requestUrl;
  const url = new URL(requestUrl);
  return publicBaseUrl + url.pathname + url.search;
}

/** Fields a Twilio webhook carries (about 25, plus two per media item up to 10): far more is not from Twilio. */
export const MAX_FORM_FIELDS = 200;

/**
 * Reads a form body keeping every raw value; a repeated name becomes an array, as Twilio signs it. Linear in the body:
 * repeated values are pushed, never copied. Returns null when the body holds more than `maxFields` fields, before
 * parsing any of them.
 * No prototype: a field called "constructor" or "__proto__" is a field like any other, not an inherited property.
 * @example readForm('To=%2B1&a=1&a=2') -> { To: '+1', a: ['1', '2'] }
 */
export function readForm(body: string, maxFields = MAX_FORM_FIELDS): FormParams | null {
  if (countFields(body) > maxFields) return null;
  const params: FormParams = Object.create(null) as FormParams;
  for (const [name, value] of new URLSearchParams(body)) {
    const existing = params[name];
    if (existing === undefined) params[name] = value;
    else if (Array.isArray(existing)) existing.push(value);
    else params[name] = [existing, value];
  }
  return params;
}

/** The number of `&`-separated fields in a form body ("" has none). */
function countFields(body: string): number {
  if (body === '') return 0;
  let fields = 1;
  for (let at = body.indexOf('&'); at !== -1; at = body.indexOf('&', at + 1)) fields += 1;
  return fields;
}

/**
 * Reads at most `maxBytes` of a request's body as UTF-8; null when Content-Length or the body itself is larger, in
 * which case the rest is never read.
 */
export async function readBodyUpTo(request: Request, maxBytes: number): Promise<string | null> {
  const declared = Number(request.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > maxBytes) return null;
  if (!request.body) return '';
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel().catch(() => undefined);
      return null;
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return new TextDecoder().decode(bytes);
}
