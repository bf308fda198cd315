// The inbound path under pressure: unsigned floods refused cheaply, opt-outs that are never lost, undo that never
// resurrects a sent nudge, logs without personal data, deletes that leave nothing, a misconfigured Worker that says so,
// a reply limit that explains itself once, and a welcome that names the time zone it assumed.
import { createExecutionContext, createScheduledController, waitOnExecutionContext } from 'cloudflare:test';
import { env } from 'cloudflare:workers';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { app } from '../../src/app';
import worker from '../../src/index';
import { failingD1, firstMatching } from '../support/failing-d1';
import { encoding, segments } from '../segments';
import {
  AUTH_TOKEN,
  BASE,
  CRON,
  DAY,
  HOUR,
  advanceClock,
  clock,
  setClock,
  messageOf,
  messageSid,
  phoneNumber,
  runCron,
  sentTo,
  sign,
  smsParams,
  stepCron,
  text,
  twilioPost,
} from '../factories';
import { HELP_TEXT, OPTED_OUT_TEXT, STARTED_TEXT, THROTTLED_TEXT } from '../../src/conversation/replies';

async function count(sql: string, ...values: unknown[]): Promise<number> {
  const row = await env.DB.prepare(sql)
    .bind(...values)
    .first<{ n: number }>();
  return row?.n ?? 0;
}

/** Calls the app with `env` changed by `patch`, as the Worker would be called with those bindings. */
async function fetchWith(request: Request, patch: Partial<typeof env> = {}): Promise<Response> {
  const ctx = createExecutionContext();
  const response = await app.fetch(request, { ...env, ...patch }, ctx);
  await waitOnExecutionContext(ctx);
  return response;
}

/** A body that records whether anything read it. */
function watchedBody(text: string): { body: ReadableStream<Uint8Array>; wasRead: () => boolean } {
  let read = false;
  const body = new ReadableStream<Uint8Array>(
    {
      pull(controller) {
        read = true;
        controller.enqueue(new TextEncoder().encode(text));
        controller.close();
      },
    },
    { highWaterMark: 0 },
  );
  return { body, wasRead: () => read };
}

describe('unsigned or oversized posts are refused before their body is read or parsed', () => {
  const url = `${BASE}/twilio/sms`;

  it('refuses a post with no X-Twilio-Signature with 403 without reading its body', async () => {
    const watched = watchedBody('a&'.repeat(32_768));
    const response = await fetchWith(
      new Request(url, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: watched.body }),
    );
    expect(response.status).toBe(403);
    expect(watched.wasRead()).toBe(false);
  });

  it('refuses a Content-Length over 64 KiB without reading the body', async () => {
    const watched = watchedBody('a=1&');
    const response = await fetchWith(
      new Request(url, {
        method: 'POST',
        body: watched.body,
        headers: { 'content-type': 'application/x-www-form-urlencoded', 'content-length': String(1024 * 1024), 'x-twilio-signature': 'c2lnbmF0dXJl' },
      }),
    );
    expect(response.status).toBe(403);
    expect(watched.wasRead()).toBe(false);
  });

  it('refuses a signed post carrying more fields than Twilio ever sends, and stores nothing', async () => {
    const sid = messageSid();
    const params = smsParams({ From: phoneNumber(), Body: 'Met Tomas at the chess club', MessageSid: sid });
    for (let i = 0; i < 1_000; i++) params[`Extra${i}`] = 'x';
    const response = await fetchWith(
      new Request(url, {
        method: 'POST',
        body: new URLSearchParams(params).toString(),
        headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-twilio-signature': sign(url, params) },
      }),
    );
    expect(response.status).toBe(403);
    expect(await count('SELECT count(*) AS n FROM inbound WHERE sid = ?', sid)).toBe(0);
  });

  it('still accepts a signed text with every field Twilio sends for ten pictures', async () => {
    const params = smsParams({ From: phoneNumber(), Body: 'Met Tomas at the chess club, loves blitz', NumMedia: '10' });
    for (let i = 0; i < 10; i++) {
      params[`MediaUrl${i}`] = `https://api.twilio.com/media/ME${i}`;
      params[`MediaContentType${i}`] = 'image/jpeg';
    }
    const response = await fetchWith(
      new Request(url, {
        method: 'POST',
        body: new URLSearchParams(params).toString(),
        headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-twilio-signature': sign(url, params) },
      }),
    );
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('Tomas');
  });
});

/** Everything written to the console while `run` runs, one string per call. */
async function consoleLines(run: () => Promise<void>): Promise<string[]> {
  const lines: string[] = [];
  for (const method of ['log', 'error', 'warn', 'info', 'debug'] as const) {
    vi.spyOn(console, method).mockImplementation((...args: unknown[]) => {
      lines.push(
        args
          .map((arg) =>
            typeof arg === 'string'
              ? arg
              : JSON.stringify(arg, (_key, value: unknown) => (value instanceof Error ? `${value.name}: ${value.message} ${value.stack}` : value)),
          )
          .join(' '),
      );
    });
  }
  try {
    await run();
  } finally {
    vi.restoreAllMocks();
  }
  return lines;
}

describe('a Worker missing its auth token', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('answers texts with HTTP 500 and logs which setting is missing, without blaming the texter', async () => {
    const from = phoneNumber();
    const sid = messageSid();
    const request = twilioPost('/twilio/sms', smsParams({ From: from, Body: 'Met Tomas at the chess club', MessageSid: sid }));
    request.headers.set('x-kindling-simulated-now', String(clock()));
    let response: Response | undefined;
    const lines = await consoleLines(async () => {
      response = await fetchWith(request, { TWILIO_AUTH_TOKEN: undefined });
    });
    expect(response?.status).toBe(500);
    expect(await response?.text()).not.toMatch(/resend/i);
    const logged = lines.join('\n');
    expect(logged).toMatch(/MISCONFIGURED.*TWILIO_AUTH_TOKEN/);
    expect(logged).not.toContain(AUTH_TOKEN);
    expect(logged).not.toContain(from);
    expect(await count('SELECT count(*) AS n FROM inbound WHERE sid = ?', sid)).toBe(0);
  });
});

/** A signed text at the test's clock, sent through the app with `patch` applied to its bindings. */
async function textWith(from: string, body: string, patch: Partial<typeof env>): Promise<{ status: number; reply: string | null }> {
  const request = twilioPost('/twilio/sms', smsParams({ From: from, Body: body }));
  request.headers.set('x-kindling-simulated-now', String(clock()));
  const response = await fetchWith(request, patch);
  return { status: response.status, reply: messageOf(await response.text()) };
}

/** The cron at `scheduledTime` with `patch` applied to the bindings; a sweep that throws is returned, not raised. */
async function cronWith(scheduledTime: number, patch: Partial<typeof env>): Promise<unknown> {
  const ctx = createExecutionContext();
  try {
    await worker.scheduled(createScheduledController({ scheduledTime, cron: CRON }), { ...env, ...patch }, ctx);
    await waitOnExecutionContext(ctx);
    return null;
  } catch (cause) {
    return cause;
  }
}

describe('logs', () => {
  it('hold no note text, phone number or export token across a failing capture, a failing sweep and a failing export', async () => {
    const from = phoneNumber('212');
    const note = 'Met Zebulon Quaid at the falconry club, loves hawks, 917-555-0142';
    const failedNote = 'Met Ottoline Varga at the glassblowing studio, 646-555-0177';
    let token = '';
    const lines = await consoleLines(async () => {
      expect((await text(from, note)).reply).toContain('Zebulon');
      // a capture whose lookup fails (drizzle puts the query's parameters in its message) and one whose write fails
      expect((await textWith(from, failedNote, { DB: failingD1(env.DB, firstMatching(/^select .* from "people"/)).db })).status).toBe(200);
      expect((await textWith(from, failedNote, { DB: failingD1(env.DB, firstMatching(/insert into "people"/, 'batch')).db })).status).toBe(200);
      // a sweep whose claim fails for this user
      const due = await env.DB.prepare("SELECT min(n.due_at) AS at FROM nudges n JOIN users u ON u.id = n.user_id WHERE u.phone = ? AND n.state = 'pending'")
        .bind(from)
        .first<{ at: number }>();
      expect(due?.at).toBeGreaterThan(0);
      await cronWith(due?.at ?? 0, { DB: failingD1(env.DB, firstMatching(/insert into "outbound"/, 'batch')).db });
      // an export link opened while D1 is down
      token = /\/export\/([A-Za-z0-9_-]{43})/.exec((await text(from, 'export')).reply ?? '')?.[1] ?? '';
      expect(token).toHaveLength(43);
      const opened = await fetchWith(new Request(`${BASE}/export/${token}`), { DB: failingD1(env.DB, () => true).db });
      expect(opened.status).toBe(500);
    });
    const logged = lines.join('\n').toLowerCase();
    // the failures were logged, by id and code
    expect(logged).toMatch(/inbound handling failed/);
    expect(logged).toMatch(/d1_error/);
    expect(logged).toMatch(/sweep: skipped a user/);
    expect(logged).toMatch(/unhandled/);
    for (const secret of [
      from,
      from.slice(2),
      note,
      'falconry',
      'Zebulon',
      '917-555-0142',
      '9175550142',
      failedNote,
      'Ottoline',
      'glassblowing',
      '646-555-0177',
      token,
    ]) {
      expect(logged, secret).not.toContain(secret.toLowerCase());
    }
  });
});

async function optedOut(phone: string): Promise<number | undefined> {
  return (await env.DB.prepare('SELECT opted_out FROM users WHERE phone = ?').bind(phone).first<{ opted_out: number }>())?.opted_out;
}

/** When the user's first pending nudge is due. */
async function firstDue(phone: string): Promise<number> {
  const row = await env.DB.prepare("SELECT min(n.due_at) AS at FROM nudges n JOIN users u ON u.id = n.user_id WHERE u.phone = ? AND n.state = 'pending'")
    .bind(phone)
    .first<{ at: number | null }>();
  if (!row?.at) throw new Error(`no pending nudge for ${phone}`);
  return row.at;
}

describe('an opt-out is never lost', () => {
  const NOTE = 'Met Greta Lind at the rowing club, loves sculling, greta@example.com';

  it.each([
    ['please stop texting me', OPTED_OUT_TEXT],
    ['STOP', null],
  ])(
    '%j with every write after the first failing opts out, confirms honestly, and the cron texts nothing',
    async (body, confirmation) => {
      const from = phoneNumber('212');
      await text(from, NOTE);
      const due = await firstDue(from);
      const failing = failingD1(env.DB, (call) => call.index > 0);
      const answer = await textWith(from, body, { DB: failing.db });
      expect(answer.status).toBe(200);
      expect(answer.reply).toBe(confirmation);
      expect(await optedOut(from)).toBe(1);
      await stepCron(due, due + 6 * HOUR);
      expect(await sentTo(from)).toHaveLength(0);
    },
    60_000,
  );

  it('an opt-out text left failed by an earlier outage is applied by the next cron before it texts anyone, with no reply', async () => {
    const from = phoneNumber('212');
    await text(from, NOTE);
    const due = await firstDue(from);
    const sid = messageSid();
    await env.DB.prepare("INSERT INTO inbound (sid, phone, body, received_at, state, reply) VALUES (?, ?, 'Please stop texting me.', ?, 'failed', ?)")
      .bind(sid, from, due - 10 * 60_000, "Sorry, I didn't catch that. Please resend it in a minute.")
      .run();
    await runCron(due);
    expect(await optedOut(from)).toBe(1);
    expect(await sentTo(from)).toHaveLength(0);
    expect(await env.DB.prepare('SELECT state FROM inbound WHERE sid = ?').bind(sid).first()).toEqual({ state: 'handled' });
    await stepCron(due + 15 * 60_000, due + 6 * HOUR);
    expect(await sentTo(from)).toHaveLength(0);
  }, 60_000);
});

describe('opt-out wording', () => {
  it.each([
    'STOP STOP',
    'opt me out',
    "don't text me anymore",
    'remove me from this list',
    'no more texts',
    'unsubscribe me',
    'please stop texting me',
    'leave me alone',
  ])(
    '%j opts out with one confirmation, and the cron texts nothing after',
    async (body) => {
      const from = phoneNumber('212');
      await text(from, 'Met Greta Lind at the rowing club, loves sculling, greta@example.com');
      const due = await firstDue(from);
      const answer = await text(from, body);
      expect(answer.reply).toBe(OPTED_OUT_TEXT);
      expect(await optedOut(from)).toBe(1);
      expect(await count('SELECT count(*) AS n FROM notes t JOIN users u ON u.id = t.user_id WHERE u.phone = ?', from)).toBe(1);
      await stepCron(due, due + 2 * HOUR);
      expect(await sentTo(from)).toHaveLength(0);
    },
    60_000,
  );

  it('muting one person is not an opt-out', async () => {
    const from = phoneNumber('212');
    await text(from, 'Met Ben Okafor at the gym, loves chess');
    await text(from, 'stop reminding me about ben');
    expect(await optedOut(from)).toBe(0);
  });

  it('HELP still answers an opted-out number, other texts get nothing, and START re-subscribes', async () => {
    const from = phoneNumber('212');
    await text(from, 'Met Greta Lind at the rowing club, loves sculling');
    expect((await text(from, 'STOP')).reply).toBeNull();
    expect((await text(from, 'HELP')).reply).toBe(HELP_TEXT);
    expect((await text(from, 'list')).reply).toBeNull();
    expect((await text(from, 'START')).reply).toBe(STARTED_TEXT);
    expect(await optedOut(from)).toBe(0);
  });
});

describe('the reply limit', () => {
  const people = [
    'Ana Lopez',
    'Ben Okafor',
    'Carla Berg',
    'Dev Tanaka',
    'Elena Moreau',
    'Farid Silva',
    'Grace Novak',
    'Hugo Reyes',
    'Ines Haddad',
    'Jonah Kowalski',
  ];

  it('answers the first text over it once, saying everything is saved, then stays quiet, and answers again a minute later', async () => {
    const from = phoneNumber('212');
    const answers = [];
    for (const name of people) answers.push((await text(from, `Met ${name} at the book club, loves chess`)).reply);
    expect(answers.slice(0, 5)).toEqual(people.slice(0, 5).map((name) => expect.stringContaining(name.split(' ')[0] ?? name)));
    expect(answers[5]).toBe(THROTTLED_TEXT);
    expect(answers.slice(6)).toEqual([null, null, null, null]);
    expect(await count('SELECT count(*) AS n FROM people p JOIN users u ON u.id = p.user_id WHERE u.phone = ?', from)).toBe(10);
    advanceClock(61_000);
    expect((await text(from, 'who is Ana?')).reply).toMatch(/Ana/);
  }, 30_000);

  it('sends a loop of automated texts (one every 5 seconds for 5 minutes) one notice and nothing more after it', async () => {
    const from = phoneNumber('212');
    const replies = [];
    for (let i = 0; i < 60; i++) {
      replies.push((await text(from, 'Thanks for your message! We will get back to you shortly.')).reply);
      advanceClock(5_000);
    }
    const after = replies.slice(5);
    expect(after.filter((reply) => reply === THROTTLED_TEXT)).toHaveLength(1);
    expect(after.filter((reply) => reply !== null)).toHaveLength(1);
    expect(after[0]).toBe(THROTTLED_TEXT);
  }, 60_000);
});

describe('DELETE ALL', () => {
  it('erases every text from the number, even a first text that failed before it had a user, and keeps only the opt-out record', async () => {
    const from = phoneNumber('212');
    // a first text whose handling failed, and a row from before texts were tied to their user at once
    expect((await textWith(from, 'Met Odile Ferrand at the pottery class, loves glazing', { DB: failingD1(env.DB, (call) => call.index > 0).db })).status).toBe(
      200,
    );
    await env.DB.prepare("INSERT INTO inbound (sid, phone, body, received_at, state) VALUES (?, ?, 'Met Yusuf Amari at the chess club', ?, 'failed')")
      .bind(messageSid(), from, clock())
      .run();
    await text(from, 'Met Quincy Hale at the climbing gym, loves bouldering');
    await text(from, 'delete my data');
    expect((await text(from, 'DELETE ALL')).reply).toMatch(/deleted/);
    expect(await count('SELECT count(*) AS n FROM inbound WHERE phone = ?', from)).toBe(0);
    const user = await env.DB.prepare('SELECT * FROM users WHERE phone = ?').bind(from).first<Record<string, unknown>>();
    expect(user).toMatchObject({ phone: from, opted_out: 0, time_zone: 'Etc/UTC', created_at: 0, pending: null });
    for (const table of ['users', 'people', 'notes', 'nudges', 'inbound', 'changes']) {
      const rows = (await env.DB.prepare(`SELECT * FROM ${table}`).all()).results;
      expect(JSON.stringify(rows), table).not.toMatch(/Odile|Yusuf|Quincy|pottery|bouldering/);
    }
  });

  it('keeps an opted-out number opted out, and a number that texts again afterwards starts afresh in its own zone', async () => {
    const from = phoneNumber('415');
    await text(from, 'Met Quincy Hale at the climbing gym, loves bouldering');
    await text(from, 'delete my data');
    await text(from, 'DELETE ALL');
    const again = await text(from, 'Met Rosa Diaz at the gallery, loves painting');
    expect(again.reply).toMatch(/^Welcome/);
    expect(await env.DB.prepare('SELECT time_zone FROM users WHERE phone = ?').bind(from).first()).toEqual({ time_zone: 'America/Los_Angeles' });

    const stopped = phoneNumber('212');
    await text(stopped, 'Met Quincy Hale at the climbing gym, loves bouldering');
    await text(stopped, 'STOP');
    await text(stopped, 'delete my data');
    await text(stopped, 'DELETE ALL');
    expect(await count('SELECT count(*) AS n FROM people p JOIN users u ON u.id = p.user_id WHERE u.phone = ?', stopped)).toBe(0);
    expect(await env.DB.prepare('SELECT opted_out, created_at FROM users WHERE phone = ?').bind(stopped).first()).toEqual({ opted_out: 1, created_at: 0 });
  });
});

describe('UNDO after the cron sent a nudge', () => {
  async function nudgesOf(phone: string) {
    return (
      await env.DB.prepare('SELECT n.id, n.person_id, n.state, n.due_at FROM nudges n JOIN users u ON u.id = n.user_id WHERE u.phone = ? ORDER BY n.id')
        .bind(phone)
        .all<{ id: number; person_id: number; state: string; due_at: number }>()
    ).results;
  }

  it.each([['nudge at 6pm'], ['snooze Sarah 2 days']])(
    '(%s) never puts the sent nudge back, leaves one pending nudge per person, and the next crons text nothing twice',
    async (change) => {
      const from = phoneNumber('212');
      await text(from, 'Met Sarah Lind at the climbing gym, into bouldering, sarah@example.com');
      const before = await firstDue(from);
      setClock(before - HOUR);
      await text(from, change);
      const due = await firstDue(from);
      await stepCron(due, due + HOUR, async () => (await sentTo(from)).length > 0);
      const [sent, ...others] = await sentTo(from);
      expect(others).toHaveLength(0);
      const sentNudge = (await nudgesOf(from)).find((nudge) => nudge.state === 'sent');
      expect(sentNudge).toBeDefined();

      setClock(due + 30 * 60_000);
      await text(from, 'undo');
      const after = await nudgesOf(from);
      expect(after.find((nudge) => nudge.id === sentNudge?.id)?.state).toBe('sent');
      const pending = after.filter((nudge) => nudge.state === 'pending' || nudge.state === 'held');
      expect(new Set(pending.map((nudge) => nudge.person_id)).size).toBe(pending.length);

      await stepCron(due + 45 * 60_000, due + 3 * DAY);
      const texts = await sentTo(from);
      expect(texts.filter((message) => message.body === sent?.body)).toHaveLength(1);
      expect(texts.length).toBeLessThanOrEqual(2);
    },
    60_000,
  );

  it('still puts back a nudge the change moved when nothing was sent since', async () => {
    const from = phoneNumber('212');
    await text(from, 'Met Sarah Lind at the climbing gym, into bouldering, sarah@example.com');
    const before = await firstDue(from);
    await text(from, 'nudge at 6pm');
    expect(await firstDue(from)).not.toBe(before);
    expect((await text(from, 'undo')).reply).toMatch(/nudge time change/i);
    expect(await firstDue(from)).toBe(before);
    expect((await nudgesOf(from)).filter((nudge) => nudge.state === 'pending')).toHaveLength(1);
  });
});

describe('the first-text welcome', () => {
  const randomDigits = (count: number) => String(Math.floor(Math.random() * 10 ** count)).padStart(count, '0');

  it.each([
    ['Perth', `+6189${randomDigits(7)}`, 'Australia/Perth'],
    ['Vladivostok', `+7914${randomDigits(7)}`, 'Asia/Vladivostok'],
    ['Tijuana', `+52664${randomDigits(7)}`, 'America/Tijuana'],
    ['New York', phoneNumber('212'), 'America/New_York'],
    ['Los Angeles', phoneNumber('415'), 'America/Los_Angeles'],
  ])('names the zone it assumed (%s) and how to change it, in at most 2 GSM-7 segments', async (place, from, zone) => {
    const answer = await text(from, "Met Sarah at the climbing gym, she's into bouldering and runs a pottery studio. sarah@example.com");
    expect(answer.reply).toMatch(/^Welcome to Kindling!/);
    expect(answer.reply).toContain('Sarah');
    expect(answer.reply).toContain(`I've set your time zone to ${place}. Text TZ and your city to change it.`);
    expect(answer.reply).toMatch(/STOP/);
    expect(segments(answer.reply ?? '')).toBeLessThanOrEqual(2);
    expect(encoding(answer.reply ?? '')).toBe('GSM-7');
    expect(await env.DB.prepare('SELECT time_zone FROM users WHERE phone = ?').bind(from).first()).toEqual({ time_zone: zone });
  });

  it('keeps a long first note within 2 segments and still names the zone', async () => {
    const from = `+6189${randomDigits(7)}`;
    const answer = await text(
      from,
      'Met Maximiliana Worthington at the Northern Rivers regional woodworking and letterpress cooperative open day, ' +
        'into restoring antique printing presses, competitive orienteering, sourdough baking and birdwatching, runs a bookbinding studio, moving to Hobart in March',
    );
    expect(answer.reply).toMatch(/^Welcome/);
    expect(answer.reply).toMatch(/Perth/);
    expect(answer.reply).toMatch(/TZ/);
    expect(segments(answer.reply ?? '')).toBeLessThanOrEqual(2);
  });

  it('is not repeated on the second text', async () => {
    const from = `+6189${randomDigits(7)}`;
    await text(from, 'Met Sarah at the climbing gym, loves bouldering');
    expect((await text(from, 'Met Ben at the pottery class, loves jazz')).reply).not.toMatch(/time zone|Welcome/);
  });
});
