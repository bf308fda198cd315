// Abuse and failure at the edges: floods, reply ceilings, Twilio refusing for good, status callbacks that do not fit,
// HMAC-SHA256 signatures, one user reaching for another's data, export tokens, and secrets kept out of logs.
import { createExecutionContext, waitOnExecutionContext } from 'cloudflare:test';
import { env, exports } from 'cloudflare:workers';
import { getExpectedTwilioSignature } from 'twilio/lib/webhooks/webhooks';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { app } from '../src/app';
import { RESEND_TEXT, THROTTLED_TEXT } from '../src/conversation/replies';
import {
  AUTH_TOKEN,
  BASE,
  DAY,
  HOUR,
  advanceClock,
  clock,
  failNextSend,
  messageOf,
  messageSid,
  phoneNumber,
  post,
  sentTo,
  smsParams,
  SHORT_TIMEOUT_ENV,
  stepCron,
  text,
  twilioPost,
  textAt,
} from './factories';
import { failingD1, firstMatching } from './support/failing-d1';
import { rowsOf } from './support/rows';

const FIRSTS = ['Ana', 'Ben', 'Carla', 'Dev', 'Elena', 'Farid', 'Grace', 'Hugo', 'Ines', 'Jonah'];
const LASTS = ['Lopez', 'Okafor', 'Berg', 'Tanaka', 'Moreau', 'Silva', 'Novak', 'Reyes', 'Kowalski', 'Haddad'];
/** 100 different people, so no note asks "same person?" */
const NAMES = FIRSTS.flatMap((first) => LASTS.map((last) => `${first} ${last}`));

async function count(sql: string, ...values: unknown[]): Promise<number> {
  const row = await env.DB.prepare(sql)
    .bind(...values)
    .first<{ n: number }>();
  return row?.n ?? 0;
}

async function userRows(phone: string, table: 'people' | 'notes' | 'nudges') {
  const rows = await env.DB.prepare(`SELECT t.* FROM ${table} t JOIN users u ON u.id = t.user_id WHERE u.phone = ? ORDER BY t.id`).bind(phone).all();
  return rows.results;
}

async function outboundOf(phone: string) {
  return rowsOf('outbound', phone);
}

const EMPTY_RESPONSE = /^<\?xml version="1\.0" encoding="UTF-8"\?><Response\/>$/;

describe('flooding', () => {
  it('one number sending 100 texts in a minute gets 5 replies, one notice that all is saved, then silence, and every note is saved', async () => {
    const from = phoneNumber();
    const answers = [];
    // all at the test's clock: one instant, well inside the rolling minute
    for (const name of NAMES) answers.push(await text(from, `Met ${name} at the book club, loves chess`));
    for (const answer of answers) {
      expect(answer.status).toBe(200);
      expect(answer.contentType).toMatch(/^text\/xml/);
    }
    expect(answers.slice(0, 5).map((answer) => answer.reply)).toEqual(NAMES.slice(0, 5).map((name) => expect.stringContaining(name)));
    expect(answers[5]?.reply).toBe(THROTTLED_TEXT);
    for (const answer of answers.slice(6)) expect(answer.twiml).toMatch(EMPTY_RESPONSE);
    expect(await count('SELECT count(*) AS n FROM inbound WHERE phone = ?', from)).toBe(100);
    expect(await count("SELECT count(*) AS n FROM inbound WHERE phone = ? AND state = 'handled'", from)).toBe(100);
    expect(await count('SELECT count(*) AS n FROM inbound WHERE phone = ? AND reply IS NOT NULL', from)).toBe(6);
    const people = await userRows(from, 'people');
    expect(people.map((person) => person.name).sort()).toEqual([...NAMES].sort());
    expect(await userRows(from, 'notes')).toHaveLength(100);
  }, 60_000);

  it('texts arriving all at once from one number still get at most 5 replies and one notice, and all are saved', async () => {
    const from = phoneNumber();
    const batch = NAMES.slice(0, 40);
    const answers = await Promise.all(batch.map((name) => text(from, `Met ${name} at the book club, loves chess`)));
    expect(answers.every((answer) => answer.status === 200)).toBe(true);
    expect(answers.filter((answer) => answer.reply !== null && answer.reply !== THROTTLED_TEXT).length).toBeLessThanOrEqual(5);
    expect(answers.filter((answer) => answer.reply === THROTTLED_TEXT).length).toBeLessThanOrEqual(1);
    expect(await count('SELECT count(*) AS n FROM inbound WHERE phone = ? AND reply IS NOT NULL', from)).toBeLessThanOrEqual(6);
    expect(await count('SELECT count(*) AS n FROM inbound WHERE phone = ?', from)).toBe(40);
    expect(await userRows(from, 'people')).toHaveLength(40);
  });

  it('gets at most 60 replies in a rolling day, then replies again once the day has passed', async () => {
    // the simulated clock (a dev setting) spaces the texts two minutes apart without waiting
    const from = phoneNumber();
    const first = clock();
    const at = (when: number) => textAt(from, 'help', when);
    const replies = [];
    for (let i = 0; i < 61; i++) replies.push(await at(first + i * 2 * 60_000));
    expect(replies.slice(0, 60).every((reply) => reply?.includes('STOP'))).toBe(true);
    expect(replies[60]).toBeNull();
    expect(await at(first + DAY + 60_000)).toContain('STOP');
  }, 60_000);
});

describe('Twilio refusing', () => {
  const NOTE = "Met Sarah at the climbing gym, she's into bouldering and runs a pottery studio. 917-555-0199";

  it('a 429 that lasts past every attempt ends failed, is never tried again, and the plan goes on with the next step', async () => {
    const from = phoneNumber('212');
    const start = clock();
    await text(from, NOTE);
    await failNextSend(from, 429, 6);
    await stepCron(start, start + 4 * DAY, async () => (await outboundOf(from))[0]?.state === 'failed');
    const [row] = await outboundOf(from);
    expect(row).toMatchObject({ state: 'failed', attempts: 6, error_code: 20429, twilio_sid: null });
    expect((await userRows(from, 'nudges')).filter((nudge) => nudge.outbound_id === row?.id).map((nudge) => nudge.state)).toEqual(['failed']);
    // the stand-in has no failure left for this number: a seventh attempt of that text would be accepted and show up here
    await stepCron(start + 4 * DAY, start + 6 * DAY);
    const accepted = await sentTo(from);
    expect(accepted.map((message) => message.body)).not.toContain(row?.body);
    expect((await outboundOf(from))[0]).toMatchObject({ state: 'failed', attempts: 6 });
    // the given-up text does not end the plan: each text the stand-in accepted is a later step, recorded once
    const later = (await outboundOf(from)).slice(1);
    expect(later.length).toBeGreaterThan(0);
    expect(accepted.map((message) => message.sid).sort()).toEqual(
      later
        .map((text) => text.twilio_sid)
        .filter((sid) => sid !== null)
        .sort(),
    );
  }, 60_000);

  it('a status callback for a sid Kindling never sent is a harmless 204', async () => {
    const before = await count('SELECT count(*) AS n FROM outbound');
    const states = await env.DB.prepare('SELECT id, state FROM outbound ORDER BY id').all();
    const response = await post(
      twilioPost('/twilio/status', {
        MessageSid: 'SM00000000000000000000000000000000',
        MessageStatus: 'failed',
        ErrorCode: '30007',
        AccountSid: 'AC00000000000000000000000000000000',
      }),
    );
    expect(response.status).toBe(204);
    expect(await count('SELECT count(*) AS n FROM outbound')).toBe(before);
    expect((await env.DB.prepare('SELECT id, state FROM outbound ORDER BY id').all()).results).toEqual(states.results);
  });

  it('failed, undelivered or an unknown status after delivered leave it delivered', async () => {
    const from = phoneNumber('212');
    const start = clock();
    await text(from, NOTE);
    await stepCron(start, start + 4 * DAY, async () => (await sentTo(from)).length >= 1);
    const [sent] = await sentTo(from);
    const callback = (status: string, extra: Record<string, string> = {}) =>
      post(twilioPost('/twilio/status', { MessageSid: sent?.sid ?? '', MessageStatus: status, AccountSid: 'AC00000000000000000000000000000000', ...extra }));
    expect((await callback('delivered')).status).toBe(204);
    for (const [status, extra] of [
      ['failed', { ErrorCode: '30003' }],
      ['undelivered', { ErrorCode: '30005' }],
      ['exploded', {}],
      ['sent', {}],
    ] as const) {
      expect((await callback(status, extra)).status).toBe(204);
    }
    const [row] = await outboundOf(from);
    expect(row).toMatchObject({ state: 'delivered', error_code: null });
    expect(await sentTo(from)).toHaveLength(1);
  }, 60_000);
});

describe('an open-ended pause (found by the webhook fuzz)', () => {
  it('leaves recall, notes and nudge time answering, and a note saved while paused never stalls the sweep for others', async () => {
    const paused = phoneNumber('212');
    const other = phoneNumber('212');
    const start = clock();
    await text(paused, 'Met Sarah at the gym, loves chess');
    expect((await text(paused, 'pause')).reply).toMatch(/Paused/);
    // until the fix, each of these answered "please resend": the held nudge's date could not be formatted
    expect((await text(paused, 'who is Sarah?')).reply).toMatch(/^Sarah: met at gym/);
    expect((await text(paused, 'Sarah: moving to Denver in March')).reply).toMatch(/^Added to Sarah's notes/);
    const later = phoneNumber('415');
    await text(later, 'Met Jake at the cafe, jake@example.com');
    expect((await text(later, 'pause')).reply).toMatch(/Paused/);
    expect((await text(later, 'nudge at 6pm')).reply).toMatch(/Nudges will come around 6pm/);
    // a new person while paused gets a nudge due at the usual time; the sweep must defer it, not throw on it
    expect((await text(later, 'Met Rosa at the gallery, loves painting, rosa@example.com')).reply).toMatch(/Rosa/);
    await text(other, 'Met Iris at the choir, loves singing, iris@example.com');
    await stepCron(start, start + 3 * DAY, async () => (await sentTo(other)).length >= 1);
    expect(await sentTo(other)).toHaveLength(1);
    expect(await sentTo(paused)).toHaveLength(0);
    expect(await sentTo(later)).toHaveLength(0);
    expect(await count("SELECT count(*) AS n FROM inbound WHERE phone IN (?, ?) AND state <> 'handled'", paused, later)).toBe(0);
  }, 60_000);
});

describe('HMAC-SHA256 signatures', () => {
  const SETTINGS = 'key=webhooks_sharedkey_0123456789abcdef,algorithm=HMAC_SHA256';
  const url = `${BASE}/twilio/sms`;

  function signed(params: Record<string, string>, signature: string, settings: string | null): Request {
    const headers: Record<string, string> = { 'content-type': 'application/x-www-form-urlencoded', 'x-twilio-signature': signature };
    if (settings !== null) headers['x-twilio-webhooks-signature-settings'] = settings;
    return new Request(url, { method: 'POST', headers, body: new URLSearchParams(params).toString() });
  }

  it('accepts a text signed with HMAC-SHA256 when the settings header says so', async () => {
    const from = phoneNumber();
    const params = smsParams({ From: from, Body: 'Met Tomas at the chess club, loves blitz' });
    const answer = await post(signed(params, getExpectedTwilioSignature(AUTH_TOKEN, url, params, 'HMAC_SHA256'), SETTINGS));
    expect(answer.status).toBe(200);
    expect(answer.reply).toContain('Tomas');
    expect(await count('SELECT count(*) AS n FROM inbound WHERE sid = ?', params.MessageSid)).toBe(1);
  });

  it.each([
    ['a SHA-256 signature without the settings header', 'sha256', null],
    ['a SHA-1 signature with the SHA-256 settings header', 'sha1', SETTINGS],
    ['a SHA-256 signature made with another token', 'sha256-other', SETTINGS],
    ['a SHA-256 signature for other parameters', 'sha256-tampered', SETTINGS],
    ['an algorithm Twilio does not use', 'sha256', 'algorithm=HMAC_MD5'],
  ] as const)('refuses %s with 403 and stores nothing', async (_label, kind, settings) => {
    const params = smsParams({ From: phoneNumber(), Body: 'Met Tomas at the chess club' });
    const signature = {
      sha256: getExpectedTwilioSignature(AUTH_TOKEN, url, params, 'HMAC_SHA256'),
      sha1: getExpectedTwilioSignature(AUTH_TOKEN, url, params),
      'sha256-other': getExpectedTwilioSignature('another-token', url, params, 'HMAC_SHA256'),
      'sha256-tampered': getExpectedTwilioSignature(AUTH_TOKEN, url, { ...params, Body: 'forget Tomas' }, 'HMAC_SHA256'),
    }[kind];
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const answer = await post(signed(params, signature, settings));
    warn.mockRestore();
    expect(answer.status).toBe(403);
    expect(await count('SELECT count(*) AS n FROM inbound WHERE sid = ?', params.MessageSid)).toBe(0);
  });
});

describe("one user never reaches another user's people", () => {
  const SECRET_NOTE = 'Met Quincy Marlowe at the falconry club, flies a red-tailed hawk, quincy@hawks.example, 646-555-0142';
  /** what only A told Kindling (B may type the name itself) */
  const SECRETS = /falconry|hawk|646|0142|spring meet/i;

  async function snapshotOf(phone: string) {
    return { people: await userRows(phone, 'people'), notes: await userRows(phone, 'notes'), nudges: await userRows(phone, 'nudges') };
  }

  /** Taps the export page's button at the test's clock: a POST to the texted link. */
  async function download(reply: string | null): Promise<Response> {
    const link = /https:\/\/kindling\.test\/export\/[A-Za-z0-9_-]+/.exec(reply ?? '')?.[0];
    expect(link).toBeDefined();
    return exports.default.fetch(new Request(link ?? '', { method: 'POST', headers: { 'x-kindling-simulated-now': String(clock()) } }));
  }

  it("every command from B about A's person answers from B's own data and leaves A's untouched", async () => {
    const alice = phoneNumber('415');
    const bob = phoneNumber('212');
    expect((await text(alice, SECRET_NOTE)).reply).toContain('Quincy');
    await text(alice, 'Quincy: training a new falcon for the spring meet');
    const before = await snapshotOf(alice);
    expect(before.people).toHaveLength(1);

    await text(bob, 'Met Rita at the bakery, loves sourdough');
    const commands = [
      'who is Quincy?',
      'Quincy?',
      'who is Quincy Marlowe?',
      'list',
      'keep Quincy',
      'forget Quincy',
      'forget Quincy Marlowe',
      'done Quincy',
      'done',
      'snooze Quincy 3 days',
      'snooze',
      'skip Quincy',
      'skip',
      '1',
      'Quincy wrote back right away',
      'undo',
      'undo',
      'export',
    ];
    for (const command of commands) {
      const answer = await text(bob, command);
      expect(answer.status, command).toBe(200);
      expect(answer.reply ?? '', command).not.toMatch(SECRETS);
    }
    expect(await snapshotOf(alice)).toEqual(before);

    // B's notes under that name make B's own Quincy; forgetting, undoing and deleting act on B's side only
    for (const command of [
      'Quincy: loves chess',
      'who is Quincy?',
      'forget Quincy',
      'Met Quincy at the park, plays chess',
      'undo',
      'delete my data',
      'delete all',
    ]) {
      // a minute apart, so each is answered: a text held back by the reply limit erases nothing
      advanceClock(60_000);
      const answer = await text(bob, command);
      expect(answer.reply ?? '', command).not.toMatch(SECRETS);
    }
    expect(await snapshotOf(alice)).toEqual(before);
    expect(await userRows(bob, 'people')).toHaveLength(0);
    expect((await text(alice, 'who is Quincy?')).reply).toMatch(/falconry/);

    // B's export holds B's people only; A's export holds A's
    await text(bob, 'Met Rita at the bakery, loves sourdough');
    const bobExport = await download((await text(bob, 'export')).reply);
    expect(bobExport.status).toBe(200);
    const bobFile = await bobExport.text();
    expect(bobFile).toContain('Rita');
    expect(bobFile).not.toMatch(/Quincy|Marlowe|falconry|hawks\.example|646/);
    const aliceFile = await (await download((await text(alice, 'export')).reply)).text();
    expect(aliceFile).toContain('Quincy');
    expect(aliceFile).not.toContain('Rita');
  });
});

describe('export tokens', () => {
  async function exportToken(phone: string): Promise<string> {
    const reply = (await text(phone, 'export')).reply ?? '';
    const token = /\/export\/([^\s?]+)/.exec(reply)?.[1];
    if (!token) throw new Error(`no export link in: ${reply}`);
    return token;
  }

  const at = () => ({ 'x-kindling-simulated-now': String(clock()) });
  /** GET: the confirmation page, which claims nothing */
  const open = (token: string, query = '') => exports.default.fetch(new Request(`${BASE}/export/${token}${query}`, { headers: at() }));
  /** POST: the page's button, which claims the token and downloads */
  const claim = (token: string, query = '') => exports.default.fetch(new Request(`${BASE}/export/${token}${query}`, { method: 'POST', headers: at() }));

  it('are 43 base64url characters carrying 32 random bytes, different each time, stored only as a hash', async () => {
    const from = phoneNumber();
    await text(from, 'Met Odile at the pottery class, loves glazing');
    const tokens = [await exportToken(from), await exportToken(from), await exportToken(from)];
    for (const token of tokens) {
      expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
      const bytes = atob(token.replace(/-/g, '+').replace(/_/g, '/') + '=');
      expect(bytes).toHaveLength(32);
    }
    expect(new Set(tokens).size).toBe(3);
    const stored = await env.DB.prepare('SELECT * FROM export_tokens e JOIN users u ON u.id = e.user_id WHERE u.phone = ?').bind(from).all();
    expect(stored.results).toHaveLength(3);
    const dump = JSON.stringify(stored.results);
    for (const token of tokens) expect(dump).not.toContain(token);
  });

  it('work once; a used, expired, guessed or malformed token gets 404 or 410 and never data', async () => {
    const from = phoneNumber();
    await text(from, 'Met Odile Ferrand at the pottery class, loves glazing');
    const token = await exportToken(from);
    const page = await open(token);
    expect(page.status).toBe(200);
    expect(await page.text()).not.toMatch(/Odile|Ferrand/);
    const first = await claim(token);
    expect(first.status).toBe(200);
    expect(await first.text()).toContain('Odile');

    const expired = await exportToken(from);
    await env.DB.prepare('UPDATE export_tokens SET expires_at = ? WHERE used_at IS NULL')
      .bind(clock() - 1)
      .run();

    const guessed = Array.from(
      crypto.getRandomValues(new Uint8Array(43)),
      (byte) => 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'[byte % 64],
    ).join('');
    const cases: [string, string, number][] = [
      ['used', token, 410],
      ['expired', expired, 410],
      ['guessed', guessed, 410],
      ['one character off', `${token.slice(0, 42)}${token.endsWith('A') ? 'B' : 'A'}`, 410],
      ['too short', token.slice(0, 42), 404],
      ['too long', `${token}A`, 404],
      ['padded', `${token}=`, 404],
      ['dotted', '..%2F..%2Fexport', 404],
      ['with csv', token, 410],
    ];
    for (const [label, candidate, status] of cases) {
      const query = label === 'with csv' ? '?format=csv' : '';
      for (const [method, response] of [
        ['GET', await open(candidate, query)],
        ['POST', await claim(candidate, query)],
      ] as const) {
        expect(response.status, `${label} ${method}`).toBe(status);
        const body = await response.text();
        expect(body, `${label} ${method}`).not.toMatch(/BEGIN:VCARD|Odile|Ferrand/);
      }
    }
  });
});

describe('secrets stay out of logs', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('capture, cron runs, failing sends and a D1 outage never log the auth token or the Basic credentials', async () => {
    const lines: string[] = [];
    for (const method of ['log', 'error', 'warn', 'info', 'debug'] as const) {
      vi.spyOn(console, method).mockImplementation((...args: unknown[]) => {
        lines.push(
          args
            .map((arg) =>
              typeof arg === 'string'
                ? arg
                : JSON.stringify(arg, (_key, value) => (value instanceof Error ? `${value.name}: ${value.message} ${value.stack}` : value)),
            )
            .join(' '),
        );
      });
    }
    const from = phoneNumber('212');
    const start = clock();
    await text(from, "Met Sarah at the climbing gym, she's into bouldering. 917-555-0199");
    await text(from, 'Met Jake at the networking event, jake@example.com');
    await failNextSend(from, 500);
    await failNextSend(from, 'timeout');
    await failNextSend(from, 21211);
    await stepCron(start, start + 4 * DAY, async () => (await sentTo(from)).length >= 1, SHORT_TIMEOUT_ENV);
    await stepCron(start + 4 * DAY, start + 4 * DAY + 12 * HOUR, undefined, SHORT_TIMEOUT_ENV);
    // a D1 outage mid-capture: the Worker logs the failure
    const outage = failingD1(env.DB, firstMatching(/insert into "people"/, 'batch'));
    const ctx = createExecutionContext();
    const response = await app.fetch(
      twilioPost('/twilio/sms', smsParams({ From: from, Body: 'Met Nora at the library, loves poetry', MessageSid: messageSid() })),
      { ...env, DB: outage.db },
      ctx,
    );
    await waitOnExecutionContext(ctx);
    expect(messageOf(await response.text())).toBe(RESEND_TEXT);
    // a forged post and a signature with an unknown algorithm
    await post(twilioPost('/twilio/sms', smsParams({ From: from, Body: 'x' }), { signature: 'forged' }));
    const odd = twilioPost('/twilio/sms', smsParams({ From: from, Body: 'x' }));
    odd.headers.set('x-twilio-webhooks-signature-settings', 'algorithm=HMAC_MD5');
    await post(odd);

    const logged = lines.join('\n');
    // the capture worked: the sweep and the failure were both logged
    expect(logged).toMatch(/sweep/);
    expect(logged).toMatch(/inbound handling failed/);
    const basic = btoa(`${env.TWILIO_ACCOUNT_SID}:${AUTH_TOKEN}`);
    expect(logged).not.toContain(AUTH_TOKEN);
    expect(logged).not.toContain(basic);
    expect(logged).not.toMatch(/authorization|Basic [A-Za-z0-9+/=]{20,}/i);
  }, 60_000);
});
