// Private links (the export and the page): a random 256-bit token (base64url) in the link; only its SHA-256 is stored.
import * as z from 'zod';

/** A link's token as it appears in the URL: 32 random bytes, base64url without padding. */
export const LinkToken = z.string().regex(/^[A-Za-z0-9_-]{43}$/);

export function newExportToken(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(32));
  return btoa(String.fromCharCode(...bytes))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');
}

export async function hashToken(token: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(token));
  return [...new Uint8Array(digest)].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}
