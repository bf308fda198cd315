// /export/<token>: GET (and HEAD) show a confirmation page and consume nothing, so link previewers cannot use the link
// up; a POST from that page claims the token (single use, 24 hours, the owner's people only) and downloads vCard or CSV.
import type { Context } from 'hono';
import * as z from 'zod';
import type { AppEnv } from '../types';
import { dbOf } from '../db/client';
import { claimExportToken, exportTokenUsable, peopleWithNotes } from '../db/export-tokens';
import { hashToken, LinkToken } from '../conversation/export-token';
import { toCsv, toVCards } from '../domain/export-format';

const Format = z.enum(['vcf', 'csv']).catch('vcf');

const NOT_VALID = 'This export link is not valid.';
const GONE = 'This export link has expired or was already used. Text EXPORT for a new one.';

/** Headers for anything an export link answers: never cached, never leaking the link as a referrer. */
const PRIVATE_HEADERS = { 'cache-control': 'no-store', 'referrer-policy': 'no-referrer', 'x-robots-tag': 'noindex' } as const;

/** The confirmation page: no personal data, only a button that posts back to the same link. */
const CONFIRM_PAGE = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<meta name="robots" content="noindex">
<title>Kindling export</title>
<style>body{font-family:system-ui,sans-serif;max-width:28rem;margin:3rem auto;padding:0 1rem;line-height:1.5}button{font-size:1.1rem;padding:.7rem 1.2rem;margin:.3rem .3rem .3rem 0;border-radius:.5rem;border:1px solid #888;cursor:pointer}</style>
</head>
<body>
<h1>Download your people</h1>
<p>This link works once and for 24 hours. Download your people as contact cards (vCard) or as a spreadsheet (CSV).</p>
<form method="post">
<button type="submit" name="format" value="vcf">Download contacts (vCard)</button>
<button type="submit" name="format" value="csv">Download spreadsheet (CSV)</button>
</form>
</body>
</html>
`;

const PAGE_HEADERS = {
  ...PRIVATE_HEADERS,
  'content-type': 'text/html; charset=utf-8',
  'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; frame-ancestors 'none'",
} as const;

/** GET and HEAD: the confirmation page while the token is unused and unexpired; nothing is written. */
export async function showExport(c: Context<AppEnv>): Promise<Response> {
  const token = LinkToken.safeParse(c.req.param('token'));
  if (!token.success) return c.text(NOT_VALID, 404, PRIVATE_HEADERS);
  const now = c.var.now;
  if (!(await exportTokenUsable(dbOf(c.env, { token: token.data }), await hashToken(token.data), now))) return c.text(GONE, 410, PRIVATE_HEADERS);
  return c.body(CONFIRM_PAGE, 200, PAGE_HEADERS);
}

/** POST from the page: claims the token once, then answers with the owner's people as a file. */
export async function downloadExport(c: Context<AppEnv>): Promise<Response> {
  const token = LinkToken.safeParse(c.req.param('token'));
  if (!token.success) return c.text(NOT_VALID, 404, PRIVATE_HEADERS);
  const form: Record<string, unknown> = await c.req.parseBody().catch(() => ({}));
  const format = Format.parse(form['format'] ?? c.req.query('format'));
  const db = dbOf(c.env, { token: token.data });
  const now = c.var.now;
  // Looked up by SHA-256, so the comparison never touches the secret itself; the update makes it single-use.
  const owner = await claimExportToken(db, await hashToken(token.data), now);
  if (owner === null) return c.text(GONE, 410, PRIVATE_HEADERS);
  const entries = await peopleWithNotes(db, owner);
  const body = format === 'csv' ? toCsv(entries) : toVCards(entries);
  return new Response(body, {
    headers: {
      ...PRIVATE_HEADERS,
      'content-type': format === 'csv' ? 'text/csv; charset=utf-8' : 'text/vcard; charset=utf-8',
      'content-disposition': `attachment; filename="kindling-people.${format}"`,
    },
  });
}
