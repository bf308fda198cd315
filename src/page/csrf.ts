// The page's CSRF token: an HMAC-SHA256 of a fixed label keyed by the page token itself, so only someone holding the link
// can make one, nothing more is stored, and a new link (PAGE) changes it. Compared in constant time.
const LABEL = new TextEncoder().encode('kindling page form');

async function hmacKeyOf(token: string): Promise<CryptoKey> {
  return crypto.subtle.importKey('raw', new TextEncoder().encode(token), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
}

/** The token the page's forms carry. */
export async function csrfFor(token: string): Promise<string> {
  const mac = new Uint8Array(await crypto.subtle.sign('HMAC', await hmacKeyOf(token), LABEL));
  return btoa(String.fromCharCode(...mac))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');
}

/** Whether a posted form's token is this page's. */
export async function isCsrfOf(token: string, posted: string): Promise<boolean> {
  const expected = new TextEncoder().encode(await csrfFor(token));
  const given = new TextEncoder().encode(posted);
  if (given.length !== expected.length) return false;
  let difference = 0;
  for (let i = 0; i < expected.length; i++) difference |= (expected[i] ?? 0) ^ (given[i] ?? 0);
  return difference === 0;
}
