// The texted export link: link previewers (HEAD, GET) never use it up; only the page's POST downloads, once, within
// 24 hours of the test's clock, and only the owner's people.
import { env, exports } from 'cloudflare:workers';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { app } from '../../src/app';
import { hashToken } from '../../src/conversation/export-token';
import { BASE, DAY, clock, phoneNumber, text } from '../factories';

const ODILE = 'Met Odile Ferrand at the pottery class, loves glazing, 917-555-0143';

async function exportLink(phone: string): Promise<string> {
  const reply = (await text(phone, 'export')).reply ?? '';
  const link = /https:\/\/kindling\.test\/export\/[A-Za-z0-9_-]{43}/.exec(reply)?.[0];
  if (!link) throw new Error('no export link in the reply');
  return link;
}

function request(link: string, method: 'GET' | 'HEAD' | 'POST', at = clock(), body?: string): Request {
  const headers: Record<string, string> = { 'x-kindling-simulated-now': String(at) };
  if (body !== undefined) headers['content-type'] = 'application/x-www-form-urlencoded';
  return new Request(link, { method, headers, body });
}

const visit = (link: string, method: 'GET' | 'HEAD' | 'POST', at = clock(), body?: string) => exports.default.fetch(request(link, method, at, body));

/** The token's used_at, looked up by its hash as the Worker stores it. */
async function usedAt(link: string): Promise<unknown[]> {
  const hash = await hashToken(link.split('/').pop() ?? '');
  const rows = await env.DB.prepare('SELECT used_at FROM export_tokens WHERE token_hash = ?').bind(hash).all<{ used_at: unknown }>();
  return rows.results.map((row) => row.used_at);
}

describe('the export link', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('HEAD and GET show a confirmation page without personal data and consume nothing', async () => {
    const from = phoneNumber();
    await text(from, ODILE);
    const link = await exportLink(from);
    const token = link.split('/').pop() ?? '';

    for (let preview = 0; preview < 3; preview++) {
      const head = await visit(link, 'HEAD');
      expect(head.status).toBe(200);
      expect(await head.text()).toBe('');
      const page = await visit(link, 'GET');
      expect(page.status).toBe(200);
      expect(page.headers.get('content-type')).toMatch(/^text\/html/);
      expect(page.headers.get('cache-control')).toBe('no-store');
      expect(page.headers.get('referrer-policy')).toBe('no-referrer');
      const html = await page.text();
      expect(html).toMatch(/<form method="post">/);
      expect(html).toMatch(/<button type="submit" name="format" value="vcf">/);
      expect(html).not.toMatch(/Odile|Ferrand|pottery|917|555|0143/);
      expect(html).not.toContain(token);
    }
    expect(await usedAt(link)).toEqual([null]);

    const file = await visit(link, 'POST', clock(), 'format=vcf');
    expect(file.status).toBe(200);
    expect(file.headers.get('content-type')).toMatch(/^text\/vcard/);
    expect(file.headers.get('cache-control')).toBe('no-store');
    expect(file.headers.get('referrer-policy')).toBe('no-referrer');
    expect(file.headers.get('content-disposition')).toBe('attachment; filename="kindling-people.vcf"');
    expect(await file.text()).toMatch(/FN:Odile Ferrand\r\n/);
    expect(await usedAt(link)).toEqual([clock()]);
  });

  it('POST downloads once: a second POST, GET or HEAD is 410 and carries no data', async () => {
    const from = phoneNumber();
    await text(from, ODILE);
    const link = await exportLink(from);
    const csv = await visit(link, 'POST', clock(), 'format=csv');
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-type')).toMatch(/^text\/csv/);
    expect(await csv.text()).toMatch(/^name,met,met_on,[^\r\n]*\r\nOdile Ferrand,pottery class,2026-03-04,/);

    for (const [method, body] of [
      ['POST', 'format=vcf'],
      ['POST', 'format=csv'],
      ['GET', undefined],
      ['HEAD', undefined],
    ] as const) {
      const again = await visit(link, method, clock(), body);
      expect(again.status, method).toBe(410);
      expect(await again.text(), method).not.toMatch(/Odile|BEGIN:VCARD|name,met/);
    }
  });

  it.each([
    { when: 'a minute before it expires', after: DAY - 60_000, status: 200 },
    { when: 'the instant it expires', after: DAY, status: 410 },
    { when: 'a day after it expires', after: 2 * DAY, status: 410 },
  ])("a link opened $when answers $status, judged by the request's clock", async ({ after, status }) => {
    const from = phoneNumber();
    await text(from, ODILE);
    const link = await exportLink(from);
    expect((await visit(link, 'GET', clock() + after)).status).toBe(status);
    expect((await visit(link, 'HEAD', clock() + after)).status).toBe(status);
    const file = await visit(link, 'POST', clock() + after);
    expect(file.status).toBe(status);
    if (status === 410) expect(await usedAt(link)).toEqual([null]);
    else expect(await file.text()).toContain('Odile');
  });

  it("a token carries only its owner's people, and using one user's token leaves the other's untouched", async () => {
    const alice = phoneNumber();
    const bob = phoneNumber();
    await text(alice, ODILE);
    await text(bob, 'Met Tom Keller at the bbq, loves sourdough');
    const aliceLink = await exportLink(alice);
    const bobLink = await exportLink(bob);

    const bobFile = await (await visit(bobLink, 'POST')).text();
    expect(bobFile).toContain('Tom Keller');
    expect(bobFile).not.toMatch(/Odile|Ferrand|0143/);
    expect(await usedAt(aliceLink)).toEqual([null]);

    // Bob texting EXPORT again makes Bob a new link; it never reaches Alice's people either
    const bobAgain = await (await visit(await exportLink(bob), 'POST')).text();
    expect(bobAgain).not.toMatch(/Odile/);

    const aliceFile = await (await visit(aliceLink, 'POST')).text();
    expect(aliceFile).toContain('Odile Ferrand');
    expect(aliceFile).not.toMatch(/Tom|Keller/);
  });

  it('a malformed token is 404 for every method', async () => {
    for (const method of ['GET', 'HEAD', 'POST'] as const) {
      expect((await visit(`${BASE}/export/not-a-token`, method)).status, method).toBe(404);
    }
  });

  it('without DEV_SIMULATED_CLOCK the header is ignored and the wall clock decides', async () => {
    const from = phoneNumber();
    await text(from, ODILE);
    const link = await exportLink(from);
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(clock() + 2 * DAY);
    const wallClockOnly = { ...env, DEV_SIMULATED_CLOCK: undefined };
    // the header claims the link is fresh; the wall clock says two days passed
    expect((await app.fetch(request(link, 'GET', clock()), wallClockOnly)).status).toBe(410);
    vi.setSystemTime(clock() + 60_000);
    expect((await app.fetch(request(link, 'GET', clock() + 2 * DAY), wallClockOnly)).status).toBe(200);
    const file = await app.fetch(request(link, 'POST', clock() + 2 * DAY), wallClockOnly);
    expect(file.status).toBe(200);
    expect(await usedAt(link)).toEqual([clock() + 60_000]);
  });
});
