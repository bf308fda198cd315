// /p/<token>: the page of the user's people. GET (and HEAD) read it in one batch and change nothing but the link's
// request count; a POST from it (CSRF-checked) is decided as the text it stands for and written as a text's changes,
// then 303s back with what changed. A wrong, expired or revoked link is a plain 404.
import type { Context, MiddlewareHandler } from 'hono';
import * as z from 'zod';
import { apply } from '../db/apply-changes';
import { actionText, decideAction, type PageAction } from '../conversation/decide/page';
import { hashToken, LinkToken, newExportToken } from '../conversation/export-token';
import { load } from '../db/load-text';
import { dbOf } from '../db/client';
import { readPage, readPageOwner } from '../db/page-tokens';
import { guessTimeZone } from '../domain/time-zones';
import { csrfFor, isCsrfOf } from '../page/csrf';
import { NOT_FOUND_PAGE, renderPage, SLOW_DOWN_PAGE } from '../page/render';
import { PAGE_CSS } from '../page/style';
import { pageView } from '../page/view';
import type { AppEnv } from '../types';

const PersonId = z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER);
const ActionForm = z.discriminatedUnion('action', [
  z.object({ action: z.enum(['done', 'snooze', 'mute']), person: PersonId }),
  z.object({ action: z.literal('forget'), person: PersonId, confirm: z.string().optional() }),
  z.object({ action: z.literal('rename'), person: PersonId, to: z.string().trim().min(1).max(60) }),
  z.object({ action: z.literal('details'), person: PersonId, details: z.string().max(600) }),
]);

/** Every answer under /p/: never cached or indexed, no referrer, and a CSP that allows no script at all. */
export const PAGE_SECURITY_HEADERS = {
  'cache-control': 'no-store',
  'referrer-policy': 'no-referrer',
  'x-robots-tag': 'noindex, nofollow',
  'x-content-type-options': 'nosniff',
  'content-security-policy': "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'",
} as const;

export const withPageHeaders: MiddlewareHandler<AppEnv> = async (c, next) => {
  await next();
  for (const [name, value] of Object.entries(PAGE_SECURITY_HEADERS)) c.res.headers.set(name, value);
};

/** "bouldering, ceramics,  pottery" -> the distinct items, at most 8 of 60 characters each. */
function detailsFromBox(box: string): string[] {
  const items = box
    .split(/[,\n]/)
    .map((item) => item.trim().replace(/\s+/g, ' ').slice(0, 60))
    .filter((item) => item.length > 0);
  return [...new Map(items.map((item) => [item.toLowerCase(), item])).values()].slice(0, 8);
}

/** GET /page.css: the page's stylesheet. */
export function pageStyle(c: Context<AppEnv>): Response {
  return c.body(PAGE_CSS, 200, { 'content-type': 'text/css; charset=utf-8', 'cache-control': 'public, max-age=3600', 'x-content-type-options': 'nosniff' });
}

function notFound(c: Context<AppEnv>): Response {
  return c.html(NOT_FOUND_PAGE, 404);
}

/** GET and HEAD: the page, searched by ?q=, with ?said= (what the last action changed) and ?forget= (confirm first). */
export async function showPage(c: Context<AppEnv>): Promise<Response> {
  const token = LinkToken.safeParse(c.req.param('token'));
  if (!token.success) return notFound(c);
  const now = c.var.now;
  const read = await readPage(dbOf(c.env, { token: token.data }), await hashToken(token.data), now);
  if (read.status === 'missing') return notFound(c);
  if (read.status === 'limited') return c.html(SLOW_DOWN_PAGE, 429, { 'retry-after': '60' });
  const view = pageView({ user: read.user, people: read.people, nudges: read.nudges, notes: read.notes, now, query: c.req.query('q') ?? '' });
  const forget = PersonId.safeParse(c.req.query('forget'));
  const html = await renderPage(view, {
    path: `/p/${token.data}`,
    csrf: await csrfFor(token.data),
    flash: c.req.query('said')?.slice(0, 320) ?? null,
    confirmForget: forget.success ? forget.data : null,
  });
  return c.html(html, 200);
}

/** POST: one action on one of the link owner's people, decided and written as a text would be, then back to the page. */
export async function actOnPage(c: Context<AppEnv>): Promise<Response> {
  const token = LinkToken.safeParse(c.req.param('token'));
  if (!token.success) return notFound(c);
  const now = c.var.now;
  const db = dbOf(c.env, { token: token.data });
  const owner = await readPageOwner(db, await hashToken(token.data), now);
  if (owner.status === 'missing') return notFound(c);
  if (owner.status === 'limited') return c.html(SLOW_DOWN_PAGE, 429, { 'retry-after': '60' });
  const body: Record<string, unknown> = await c.req.parseBody().catch(() => ({}));
  const csrf = typeof body['csrf'] === 'string' ? body['csrf'] : '';
  if (!(await isCsrfOf(token.data, csrf))) return c.text('This form has expired. Go back and reload the page.', 403);
  const path = `/p/${token.data}`;
  const form = ActionForm.safeParse(body);
  if (!form.success) return c.redirect(path, 303);
  const posted = form.data;
  // FORGET asks first, on the page; nothing changes until the YES
  if (posted.action === 'forget' && posted.confirm !== 'yes') return c.redirect(`${path}?forget=${posted.person}#p${posted.person}`, 303);
  const action: PageAction =
    posted.action === 'rename'
      ? { kind: 'rename', personId: posted.person, to: posted.to }
      : posted.action === 'details'
        ? { kind: 'details', personId: posted.person, details: detailsFromBox(posted.details) }
        : { kind: posted.action, personId: posted.person };

  const loaded = await load(db, {
    sid: `page:${newExportToken().slice(0, 22)}`,
    phone: owner.phone,
    body: actionText(action),
    numMedia: 0,
    receivedAt: now,
    timeZone: guessTimeZone(owner.phone),
  });
  if (loaded.duplicate) return c.redirect(path, 303);
  const { snapshot } = loaded;
  const decision = decideAction(snapshot, action, { now, origin: new URL(c.req.url).origin, exportToken: newExportToken() });
  await apply(db, { inboundId: snapshot.inboundId, userId: snapshot.user.id, phone: snapshot.user.phone, now, reply: null }, decision.changes);
  // someone not theirs (or no longer there) changes nothing and shows nothing
  if (decision.reply === null) return c.redirect(path, 303);
  const anchor = posted.action === 'forget' ? '' : `#p${posted.person}`;
  return c.redirect(`${path}?said=${encodeURIComponent(decision.reply)}${anchor}`, 303);
}
