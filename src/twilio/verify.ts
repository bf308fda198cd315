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

/** The URL Twilio called: PUBLIC_BASE_URL's origin with the request's path and query, or the request URL itself. */
export function signedUrl(requestUrl: string, publicBaseUrl: string | undefined): string {
  if (!publicBaseUrl) return requestUrl;
  const url = new URL(requestUrl);
  return publicBaseUrl.replace(/\/+$/, '') + url.pathname + url.search;
}

/**
 * Reads a form body keeping every raw value; a repeated name becomes an array, as Twilio signs it.
 * No prototype: a field called "constructor" or "__proto__" is a field like any other, not an inherited property.
 */
export function readForm(body: string): FormParams {
  const params: FormParams = Object.create(null) as FormParams;
  for (const [name, value] of new URLSearchParams(body)) {
    const existing = params[name];
    if (existing === undefined) params[name] = value;
    else params[name] = Array.isArray(existing) ? [...existing, value] : [existing, value];
  }
  return params;
}
