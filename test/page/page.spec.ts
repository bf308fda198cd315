// The page of one's people behind a magic link (GET /p/<token>): what it shows, every action on it, and every way a
// link or a form can be wrong (unknown, expired, revoked, forged, someone else's), through the Worker at the test's clock.
import { createExecutionContext, waitOnExecutionContext } from 'cloudflare:test';
import { env, exports } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { countingD1 } from '../../bench/counting-d1';
import { app } from '../../src/app';
import { hashToken } from '../../src/conversation/export-token';
import { BASE, DAY, HOUR, advanceClock, clock, phoneNumber, text } from '../factories';

const SARAH = "Met Sarah at the climbing gym, she's into bouldering and runs a pottery studio. 917-555-0199";
const BEN = 'Met Ben Okafor at the bbq, loves sourdough, 917-555-0142';
const LINK = /https:\/\/kindling\.test\/p\/([A-Za-z0-9_-]{43})/;

async function pageLink(phone: string, ask = 'page'): Promise<string> {
  const reply = (await text(phone, ask)).reply ?? '';
  const link = LINK.exec(reply)?.[0];
  if (!link) throw new Error(`no page link in: ${reply}`);
  return link;
}

interface Visit {
  method?: 'GET' | 'HEAD' | 'POST';
  at?: number;
  form?: Record<string, string>;
  userAgent?: string;
}

function visit(url: string, options: Visit = {}): Promise<Response> {
  const headers: Record<string, string> = { 'x-kindling-simulated-now': String(options.at ?? clock()) };
  if (options.userAgent) headers['user-agent'] = options.userAgent;
  if (options.form) headers['content-type'] = 'application/x-www-form-urlencoded';
  const body = options.form ? new URLSearchParams(options.form).toString() : undefined;
  return exports.default.fetch(new Request(url, { method: options.method ?? (options.form ? 'POST' : 'GET'), headers, body, redirect: 'manual' }));
}

async function pageOf(link: string, query = ''): Promise<string> {
  const response = await visit(`${link}${query}`);
  expect(response.status).toBe(200);
  return response.text();
}

/** The page's own content, without the search box's placeholder. */
function mainOf(html: string): string {
  return /<main>[\s\S]*<\/main>/.exec(html)?.[0] ?? '';
}

/** One person's card. */
function cardOf(html: string, name: string): string {
  return new RegExp(`<article[^>]*>\\s*<h2>${name}</h2>[\\s\\S]*?</article>`).exec(html)?.[0] ?? '';
}

function csrfIn(html: string): string {
  const csrf = /name="csrf" value="([^"]+)"/.exec(html)?.[1];
  if (!csrf) throw new Error('no csrf in the page');
  return csrf;
}

async function personId(phone: string, name: string): Promise<number> {
  const row = await env.DB.prepare('SELECT p.id FROM people p JOIN users u ON u.id = p.user_id WHERE u.phone = ? AND p.name = ?')
    .bind(phone, name)
    .first<{ id: number }>();
  if (!row) throw new Error(`no ${name}`);
  return row.id;
}

/** Everything stored about one user but their inbound log: people, nudges, notes, undo records. */
async function stateOf(phone: string): Promise<unknown[]> {
  const user = await env.DB.prepare('SELECT * FROM users WHERE phone = ?').bind(phone).first<{ id: number }>();
  if (!user) throw new Error('no user');
  const rows = await Promise.all(
    ['people', 'nudges', 'notes', 'changes'].map(
      async (table) => (await env.DB.prepare(`SELECT * FROM ${table} WHERE user_id = ? ORDER BY id`).bind(user.id).all()).results,
    ),
  );
  return [user, ...rows];
}

async function act(link: string, action: string, person: number, extra: Record<string, string> = {}): Promise<Response> {
  const csrf = csrfIn(await pageOf(link));
  return visit(link, { form: { csrf, person: String(person), action, ...extra } });
}

function saidIn(response: Response): string {
  const location = response.headers.get('location') ?? '';
  return new URL(location, BASE).searchParams.get('said') ?? '';
}

function expectPrivate(response: Response): void {
  expect(response.headers.get('cache-control')).toBe('no-store');
  expect(response.headers.get('referrer-policy')).toBe('no-referrer');
  expect(response.headers.get('x-robots-tag')).toMatch(/noindex/);
  expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  const csp = response.headers.get('content-security-policy') ?? '';
  for (const part of ["default-src 'none'", "style-src 'self'", "form-action 'self'", "base-uri 'none'", "frame-ancestors 'none'"]) expect(csp).toContain(part);
  expect(csp).not.toMatch(/script-src|unsafe-inline/);
}

describe('asking for the page by text', () => {
  it.each([
    ['page', /^Your people, all on one page: /],
    ['my people', /^Your people/],
    ['Show me everyone!', /^Your people/],
    ['link', /^Your people/],
    ['mi gente', /^Tu gente, en una pagina: /],
    ['muéstrame a todos', /^Tu gente/],
    ['mi página', /^Tu gente/],
  ])('"%s" answers with one short text holding the link', async (ask, opening) => {
    const from = phoneNumber();
    await text(from, SARAH);
    const reply = (await text(from, ask)).reply ?? '';
    expect(reply).toMatch(opening);
    expect(reply).toMatch(LINK);
    expect(reply.length).toBeLessThanOrEqual(306);
    expect(reply).toMatch(/^[\x20-\x7e]+$/);
  });

  it('stores only the SHA-256 of the 256-bit token, valid 7 days', async () => {
    const from = phoneNumber();
    await text(from, SARAH);
    const token = LINK.exec(await pageLink(from))?.[1] ?? '';
    const rows = (await env.DB.prepare('SELECT * FROM page_tokens WHERE user_id = (SELECT id FROM users WHERE phone = ?)').bind(from).all()).results;
    expect(rows).toHaveLength(1);
    expect(rows[0]?.['token_hash']).toBe(await hashToken(token));
    expect(JSON.stringify(rows)).not.toContain(token);
    expect(rows[0]?.['expires_at']).toBe(clock() + 7 * DAY);
  });

  it('LIST mentions the page when there are more people than it can name', async () => {
    const from = phoneNumber();
    for (const name of ['Ana', 'Bo', 'Cy', 'Di', 'Ed', 'Flo', 'Gus', 'Hal']) {
      await text(from, `Met ${name} at the climbing gym, loves bouldering`);
      advanceClock(2 * 60_000);
    }
    expect((await text(from, 'list')).reply).toMatch(/\+\d+ more\. Text PAGE to see everyone\.$/);
  });
});

describe('GET /p/<token>', () => {
  it('shows the people most urgent first: where and when met, details, how to reach them, where it stands, the next nudge and its draft', async () => {
    const from = phoneNumber();
    await text(from, SARAH);
    await text(from, BEN);
    const response = await visit(await pageLink(from));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    expectPrivate(response);
    const html = await response.text();
    expect(html).not.toMatch(/<script/i);
    for (const shown of [
      'Sarah',
      'Ben Okafor',
      'Met at climbing gym, Mar 4',
      'bouldering',
      'pottery studio',
      'sourdough',
      '+19175550199',
      'Met, a way to reach them',
    ])
      expect(mainOf(html)).toContain(shown);
    const sarah = cardOf(html, 'Sarah');
    expect(sarah).toMatch(/<b>Next: (Wed|Thu) Mar [45]<\/b>/);
    const draft = /<blockquote class="draft">([^<]+)<\/blockquote>/.exec(sarah)?.[1] ?? '';
    expect(draft).toMatch(/Sarah/);
    const body = encodeURIComponent(draft.replace(/&#39;/g, "'")).replace(/'/g, '&#39;');
    expect(sarah).toContain(`href="sms:+19175550199?&amp;body=${body}">Text Sarah</a>`);
    expect(cardOf(html, 'Ben Okafor')).toMatch(/<blockquote class="draft">[^<]*Ben[^<]*<\/blockquote>/);
    // the sooner nudge first
    const due = await env.DB.prepare(
      "SELECT p.name FROM nudges n JOIN people p ON p.id = n.person_id WHERE p.id IN (?, ?) AND n.state = 'pending' ORDER BY n.due_at, p.updated_at DESC, p.id DESC",
    )
      .bind(await personId(from, 'Sarah'), await personId(from, 'Ben Okafor'))
      .all<{ name: string }>();
    const [first, second] = due.results.map((row) => row.name);
    expect(html.indexOf(`<h2>${first}</h2>`)).toBeLessThan(html.indexOf(`<h2>${second}</h2>`));
  });

  it('a coming-up strip lists the next 7 days of nudges and birthdays', async () => {
    const from = phoneNumber();
    await text(from, SARAH);
    await env.DB.prepare(`UPDATE people SET events = '[{"what":"birthday","on":"2026-03-09"}]' WHERE id = ?`)
      .bind(await personId(from, 'Sarah'))
      .run();
    const html = await pageOf(await pageLink(from));
    const strip = /<section class="coming"[\s\S]*?<\/section>/.exec(html)?.[0] ?? '';
    expect(strip).toMatch(/Follow up with Sarah/);
    expect(strip).toContain('<b>Mon Mar 9</b> Sarah&#39;s birthday');
  });

  it('the search box filters by name or word on the server', async () => {
    const from = phoneNumber();
    await text(from, SARAH);
    await text(from, BEN);
    const link = await pageLink(from);
    const bbq = await pageOf(link, '?q=bbq');
    expect(bbq).toContain('<h2>Ben Okafor</h2>');
    expect(bbq).not.toContain('<h2>Sarah</h2>');
    const pottery = await pageOf(link, '?q=Pottery');
    expect(pottery).toContain('<h2>Sarah</h2>');
    expect(pottery).not.toContain('<h2>Ben Okafor</h2>');
    expect(await pageOf(link, '?q=sarah')).toMatch(/1 of 2 match/);
  });

  it('a WhatsApp user gets wa.me links with the draft', async () => {
    const from = phoneNumber();
    await text(from, SARAH);
    const link = await pageLink(from);
    await env.DB.prepare("UPDATE users SET channel = 'whatsapp' WHERE phone = ?").bind(from).run();
    expect(await pageOf(link)).toMatch(/href="https:\/\/wa\.me\/19175550199\?text=[^"]*Sarah[^"]*">Text Sarah<\/a>/);
  });

  it("one user never sees another user's people", async () => {
    const ann = phoneNumber();
    const bob = phoneNumber();
    await text(ann, SARAH);
    await text(bob, BEN);
    const annPage = await pageOf(await pageLink(ann));
    const bobPage = await pageOf(await pageLink(bob));
    expect(annPage).toContain('Sarah');
    expect(mainOf(annPage)).not.toMatch(/Ben|Okafor|sourdough|0142/);
    expect(bobPage).toContain('Ben Okafor');
    expect(mainOf(bobPage)).not.toMatch(/Sarah|pottery|0199/);
  });

  it('HEAD and link previewers (Slackbot, facebookexternalhit) change nothing', async () => {
    const from = phoneNumber();
    await text(from, SARAH);
    const link = await pageLink(from);
    const before = await stateOf(from);
    const head = await visit(link, { method: 'HEAD' });
    expect(head.status).toBe(200);
    expectPrivate(head);
    expect(await head.text()).toBe('');
    for (const userAgent of ['Slackbot-LinkExpanding 1.0 (+https://api.slack.com/robots)', 'facebookexternalhit/1.1', 'WhatsApp/2.23']) {
      expect((await visit(link, { userAgent })).status).toBe(200);
      expect((await visit(`${link}?forget=${await personId(from, 'Sarah')}`, { userAgent })).status).toBe(200);
    }
    expect(await stateOf(from)).toEqual(before);
    expect((await visit(link)).status).toBe(200);
  });
});

describe('a link that does not work gets a plain 404 that says how to get a new one', () => {
  async function expectGone(response: Response): Promise<void> {
    expect(response.status).toBe(404);
    expectPrivate(response);
    const html = await response.text();
    expect(html).toMatch(/Text PAGE to Kindling to get a new link/);
    expect(html).not.toMatch(/Sarah|climbing|0199/);
  }

  it('a wrong or malformed token', async () => {
    const from = phoneNumber();
    await text(from, SARAH);
    await pageLink(from);
    await expectGone(await visit(`${BASE}/p/${'A'.repeat(43)}`));
    await expectGone(await visit(`${BASE}/p/short`));
    await expectGone(await visit(`${BASE}/p/${'A'.repeat(43)}`, { form: { action: 'done', person: '1', csrf: 'x' } }));
  });

  it('an expired token, 7 days on', async () => {
    const from = phoneNumber();
    await text(from, SARAH);
    const link = await pageLink(from);
    expect((await visit(link, { at: clock() + 7 * DAY - 60_000 })).status).toBe(200);
    await expectGone(await visit(link, { at: clock() + 7 * DAY }));
  });

  it('a token revoked by a new PAGE or by PAGE OFF', async () => {
    const from = phoneNumber();
    await text(from, SARAH);
    const first = await pageLink(from);
    const second = await pageLink(from, 'show me everyone');
    await expectGone(await visit(first));
    expect((await visit(second)).status).toBe(200);
    expect((await text(from, 'page off')).reply).toMatch(/no longer works/);
    await expectGone(await visit(second));
    const csrf = csrfIn(await pageOf(await pageLink(from)));
    await text(from, 'page off');
    const before = await stateOf(from);
    await expectGone(await visit(second, { form: { csrf, action: 'mute', person: String(await personId(from, 'Sarah')) } }));
    expect(await stateOf(from)).toEqual(before);
  });
});

describe('actions on the page go through the same decisions as texts', () => {
  it('Done matches texting "done sarah": the same plan, and the page says what changed', async () => {
    const byText = phoneNumber();
    const byPage = phoneNumber();
    await text(byText, SARAH);
    await text(byPage, SARAH);
    const texted = (await text(byText, 'done sarah')).reply ?? '';
    const link = await pageLink(byPage);
    const response = await act(link, 'done', await personId(byPage, 'Sarah'));
    expect(response.status).toBe(303);
    expectPrivate(response);
    expect(saidIn(response)).toBe(texted);
    const plan = async (phone: string) =>
      (
        await env.DB.prepare(
          "SELECT p.last_contact_at AS contact, n.kind, n.due_at AS due FROM people p JOIN users u ON u.id = p.user_id LEFT JOIN nudges n ON n.person_id = p.id AND n.state = 'pending' WHERE u.phone = ?",
        )
          .bind(phone)
          .all()
      ).results;
    expect(await plan(byPage)).toEqual(await plan(byText));
    const html = await pageOf(`${link}?said=${encodeURIComponent(saidIn(response))}`);
    expect(html).toContain('<p class="flash" role="status">');
    expect(html).toContain('First text sent');
  });

  it('Snooze a week moves the next nudge a week out', async () => {
    const from = phoneNumber();
    await text(from, SARAH);
    const link = await pageLink(from);
    const response = await act(link, 'snooze', await personId(from, 'Sarah'));
    expect(saidIn(response)).toMatch(/Sarah/);
    const due = await env.DB.prepare("SELECT due_at AS at FROM nudges WHERE person_id = ? AND state = 'pending'")
      .bind(await personId(from, 'Sarah'))
      .first<{ at: number }>();
    expect(due?.at).toBeGreaterThanOrEqual(clock() + 7 * DAY - 12 * HOUR);
    expect(due?.at).toBeLessThanOrEqual(clock() + 8 * DAY);
    expect(await pageOf(link)).toMatch(/<b>Next: (Wed|Thu) Mar 1[12]<\/b>/);
  });

  it('Mute stops the nudges and keeps the notes', async () => {
    const from = phoneNumber();
    await text(from, SARAH);
    const link = await pageLink(from);
    const sarah = await personId(from, 'Sarah');
    expect(saidIn(await act(link, 'mute', sarah))).toMatch(/Sarah/);
    const row = await env.DB.prepare('SELECT muted FROM people WHERE id = ?').bind(sarah).first<{ muted: number }>();
    expect(row?.muted).toBe(1);
    const pending = await env.DB.prepare("SELECT count(*) AS n FROM nudges WHERE person_id = ? AND state IN ('pending', 'held')")
      .bind(sarah)
      .first<{ n: number }>();
    expect(pending?.n).toBe(0);
    const html = await pageOf(link);
    expect(html).toContain('Muted: no nudges, notes kept');
    expect(html).toContain('bouldering');
  });

  it('Forget asks to confirm on the page first, then erases them', async () => {
    const from = phoneNumber();
    await text(from, SARAH);
    await text(from, BEN);
    const link = await pageLink(from);
    const sarah = await personId(from, 'Sarah');
    const before = await stateOf(from);
    const ask = await act(link, 'forget', sarah);
    expect(ask.status).toBe(303);
    expect(ask.headers.get('location')).toBe(`/p/${LINK.exec(link)?.[1]}?forget=${sarah}#p${sarah}`);
    expect(await stateOf(from)).toEqual(before);
    const confirm = await pageOf(`${link}?forget=${sarah}`);
    expect(confirm).toMatch(/Erase Sarah and everything noted about them\?/);
    expect(confirm).toMatch(/name="confirm" value="yes"/);
    const done = await visit(link, { form: { csrf: csrfIn(confirm), person: String(sarah), action: 'forget', confirm: 'yes' } });
    expect(saidIn(done)).toMatch(/Sarah/);
    const left = await env.DB.prepare('SELECT count(*) AS n FROM people WHERE id = ?').bind(sarah).first<{ n: number }>();
    expect(left?.n).toBe(0);
    const html = await pageOf(link);
    expect(html).not.toContain('<h2>Sarah</h2>');
    expect(html).toContain('<h2>Ben Okafor</h2>');
  });

  it('fixing a name in place renames them, and UNDO by text puts it back', async () => {
    const from = phoneNumber();
    await text(from, SARAH);
    const link = await pageLink(from);
    const sarah = await personId(from, 'Sarah');
    expect(saidIn(await act(link, 'rename', sarah, { to: 'Sara' }))).toMatch(/Sara/);
    expect(await pageOf(link)).toContain('<h2>Sara</h2>');
    expect((await text(from, 'undo')).reply).toMatch(/Undone/);
    expect(await pageOf(link)).toContain('<h2>Sarah</h2>');
  });

  it('fixing the details in place takes out what was removed and keeps what is new, as a text correction would', async () => {
    const from = phoneNumber();
    await text(from, SARAH);
    const link = await pageLink(from);
    const sarah = await personId(from, 'Sarah');
    const before = cardOf(await pageOf(link), 'Sarah');
    expect(before).toContain('<li>pottery studio</li>');
    const response = await act(link, 'details', sarah, { details: 'bouldering, pottery studio,  ceramics' });
    expect(saidIn(response)).toMatch(/ceramics/);
    const after = cardOf(await pageOf(link), 'Sarah');
    expect(after).toMatch(/<ul class="details">(?=.*<li>bouldering<\/li>)(?=.*<li>pottery studio<\/li>)(?=.*<li>ceramics<\/li>).*<\/ul>/);
    expect(after).not.toContain('<li>climbing</li>');
    expect(after).not.toContain('<li>pottery</li>');
    const unchanged = await stateOf(from);
    expect((await act(link, 'details', sarah, { details: 'ceramics, bouldering, pottery studio' })).headers.get('location')).toBe(`/p/${LINK.exec(link)?.[1]}`);
    expect(await stateOf(from)).toEqual(unchanged);
  });

  it("a forged, missing or other page's CSRF token is refused and changes nothing", async () => {
    const from = phoneNumber();
    const other = phoneNumber();
    await text(from, SARAH);
    await text(other, BEN);
    const link = await pageLink(from);
    const otherCsrf = csrfIn(await pageOf(await pageLink(other)));
    const sarah = String(await personId(from, 'Sarah'));
    const before = await stateOf(from);
    const forms: Record<string, string>[] = [
      { action: 'mute', person: sarah },
      { action: 'mute', person: sarah, csrf: 'A'.repeat(43) },
      { action: 'mute', person: sarah, csrf: otherCsrf },
    ];
    for (const form of forms) {
      const response = await visit(link, { form });
      expect(response.status).toBe(403);
      expectPrivate(response);
    }
    expect(await stateOf(from)).toEqual(before);
  });

  it("another user's person id in a form changes nothing and shows nothing", async () => {
    const ann = phoneNumber();
    const bob = phoneNumber();
    await text(ann, SARAH);
    await text(bob, BEN);
    const link = await pageLink(ann);
    const ben = await personId(bob, 'Ben Okafor');
    const bobBefore = await stateOf(bob);
    for (const action of ['done', 'snooze', 'mute', 'rename']) {
      const response = await act(link, action, ben, { to: 'Mallory', confirm: 'yes' });
      expect(response.status).toBe(303);
      expect(response.headers.get('location')).toBe(`/p/${LINK.exec(link)?.[1]}`);
    }
    const forget = await visit(link, { form: { csrf: csrfIn(await pageOf(link)), person: String(ben), action: 'forget', confirm: 'yes' } });
    expect(forget.headers.get('location')).toBe(`/p/${LINK.exec(link)?.[1]}`);
    expect(await stateOf(bob)).toEqual(bobBefore);
    expect(await pageOf(`${link}?forget=${ben}`)).not.toMatch(/Ben|Okafor|Mallory/);
  });
});

describe('a user with 300 people', () => {
  it('the page costs one D1 round trip and stays under 60 KB gzip', async () => {
    const from = phoneNumber();
    await text(from, SARAH);
    const link = await pageLink(from);
    const user = await env.DB.prepare('SELECT id FROM users WHERE phone = ?').bind(from).first<{ id: number }>();
    const seeds = Array.from({ length: 300 }, (_, i) => [
      env.DB.prepare(
        'INSERT INTO people (user_id, name, name_key, met, met_at, interests, contacts, updated_at) VALUES (?, ?, ?, \'the climbing gym\', ?, \'["bouldering","ceramics"]\', ?, ?)',
      ).bind(user?.id, `Person ${i}`, `person ${i}`, clock() - i * HOUR, JSON.stringify({ phone: `+1917555${String(1000 + i)}` }), clock() - i),
      env.DB.prepare(
        "INSERT INTO nudges (user_id, person_id, kind, due_at, state, detail, created_at) VALUES (?, last_insert_rowid(), 'check-in', ?, 'pending', '{}', ?)",
      ).bind(user?.id, clock() + (i % 20) * DAY, clock()),
    ]).flat();
    await env.DB.batch(seeds);
    const { db, trace } = countingD1(env.DB);
    const ctx = createExecutionContext();
    const response = await app.fetch(new Request(link, { headers: { 'x-kindling-simulated-now': String(clock()) } }), { ...env, DB: db }, ctx);
    await waitOnExecutionContext(ctx);
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toContain('<h1>Your people <span class="count">301</span></h1>');
    expect(html).toMatch(/Everyone else <span class="count">271<\/span>/);
    expect(trace.roundTrips).toBe(1);
    const gzipped = await new Response(new Blob([html]).stream().pipeThrough(new CompressionStream('gzip'))).arrayBuffer();
    console.log(
      `page of 301 people: ${(html.length / 1024).toFixed(1)} KiB raw, ${(gzipped.byteLength / 1024).toFixed(1)} KiB gzip, ${trace.roundTrips} round trip`,
    );
    expect(gzipped.byteLength).toBeLessThan(60 * 1024);
  });
});

describe('rate limit', () => {
  it('60 requests a minute per link, then 429 until the next minute', async () => {
    const from = phoneNumber();
    await text(from, SARAH);
    const link = await pageLink(from);
    const at = clock();
    for (let i = 0; i < 60; i++) expect((await visit(link, { method: 'HEAD', at })).status).toBe(200);
    const limited = await visit(link, { at: at + 1000 });
    expect(limited.status).toBe(429);
    expectPrivate(limited);
    expect(await limited.text()).not.toContain('Sarah');
    expect((await visit(link, { at: at + 61_000 })).status).toBe(200);
    advanceClock(61_000);
  }, 60_000);
});

describe('GET /page.css', () => {
  it('serves the stylesheet the page links to', async () => {
    const response = await exports.default.fetch(new Request(`${BASE}/page.css`));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/css/);
    expect(await response.text()).toMatch(/\.person\{/);
  });
});
