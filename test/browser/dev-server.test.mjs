// The phone simulator's server against a stub Worker (no wrangler): Twilio-shaped signed posts, TwiML parsing,
// segment counts, the quarter-hour cron clock, REST nudges with signed status callbacks, failure injection, persistence.

import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDevServer, describeSegments, normalizePhone, parseTwimlMessages, QUARTER_HOUR } from '../../dev/server.mjs';
import { zonedInstant } from '../../dev/page-proxy.mjs';
import { startStubWorker } from './stub-worker.mjs';

const SETTINGS = { authToken: 'stub-token', accountSid: 'AC0123456789abcdef0123456789abcdef', kindlingNumber: '+15005550006' };
const NY = '+12125550100';
const LONDON = '+447700900123';

async function startPair(extra = {}) {
  let sim;
  const stub = await startStubWorker({
    authToken: SETTINGS.authToken,
    accountSid: SETTINGS.accountSid,
    phoneNumber: SETTINGS.kindlingNumber,
    apiBase: () => sim.url,
  });
  sim = await createDevServer({ port: 0, workerUrl: stub.url, ...SETTINGS, autoCron: false, statusDelayMs: 5, ...extra });
  return {
    sim,
    stub,
    close: async () => {
      await sim.close();
      await stub.close();
    },
  };
}

const waitFor = async (check, what, timeoutMs = 5_000) => {
  // a timeout, on the monotonic timer: nothing the test checks depends on the time of day
  const deadline = performance.now() + timeoutMs;
  while (performance.now() < deadline) {
    if (check()) return;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  assert.fail(`timed out waiting for ${what}`);
};

describe('pure helpers', () => {
  it('reads <Message> bodies out of TwiML and unescapes them', () => {
    assert.deepEqual(
      parseTwimlMessages('<?xml version="1.0" encoding="UTF-8"?><Response><Message>Tom &amp; Jerry &lt;3 &quot;hi&quot; &#39;ok&#x27;</Message></Response>'),
      ['Tom & Jerry <3 "hi" \'ok\''],
    );
    assert.deepEqual(
      parseTwimlMessages('<Response><Message to="+1"><Body>first</Body><Media>https://x/y.png</Media></Message><Message>second</Message></Response>'),
      ['first', 'second'],
    );
    assert.deepEqual(parseTwimlMessages('<Response><Message><![CDATA[a & b]]></Message></Response>'), ['a & b']);
    assert.deepEqual(parseTwimlMessages('<?xml version="1.0" encoding="UTF-8"?><Response/>'), []);
  });

  it('counts segments like Twilio', () => {
    assert.deepEqual(describeSegments("Saved Sarah (climbing gym). I'll nudge you tomorrow at 10am."), { segments: 1, encoding: 'GSM-7' });
    assert.deepEqual(describeSegments('x'.repeat(161)), { segments: 2, encoding: 'GSM-7' });
    assert.deepEqual(describeSegments('It\u2019s a curly quote'), { segments: 1, encoding: 'UCS-2' });
    assert.deepEqual(describeSegments('\u2014'.repeat(71)), { segments: 2, encoding: 'UCS-2' });
  });

  it('normalizes typed numbers to E.164', () => {
    assert.equal(normalizePhone('(917) 555-0199'), '+19175550199');
    assert.equal(normalizePhone('+44 7700 900123'), LONDON);
    assert.equal(normalizePhone('hello'), null);
  });
});

describe('texts from the phone', () => {
  let pair;
  before(async () => {
    pair = await startPair();
  });
  after(async () => {
    await pair.close();
  });

  it('posts the fields Twilio posts, signed so the twilio package accepts them, at the simulated time', async () => {
    const result = await pair.sim.sendText(NY, 'Met Sarah at the climbing gym');
    assert.equal(result.status, 200);
    const [text] = pair.stub.seen.texts;
    assert.equal(pair.stub.seen.refused, 0);
    assert.match(text.params.MessageSid, /^SM[0-9a-f]{32}$/);
    assert.equal(text.params.SmsSid, text.params.MessageSid);
    assert.equal(text.params.SmsMessageSid, text.params.MessageSid);
    assert.deepEqual(
      {
        From: text.params.From,
        To: text.params.To,
        Body: text.params.Body,
        AccountSid: text.params.AccountSid,
        SmsStatus: text.params.SmsStatus,
        NumMedia: text.params.NumMedia,
        NumSegments: text.params.NumSegments,
        ApiVersion: text.params.ApiVersion,
        FromCountry: text.params.FromCountry,
      },
      {
        From: NY,
        To: SETTINGS.kindlingNumber,
        Body: 'Met Sarah at the climbing gym',
        AccountSid: SETTINGS.accountSid,
        SmsStatus: 'received',
        NumMedia: '0',
        NumSegments: '1',
        ApiVersion: '2010-04-01',
        FromCountry: 'US',
      },
    );
    const [inbound, reply] = pair.sim.conversation(NY);
    assert.equal(text.now, inbound.at, 'X-Kindling-Simulated-Now carries the simulated time of the text');
    assert.equal(inbound.direction, 'me');
    assert.deepEqual(
      { direction: reply.direction, via: reply.via, body: reply.body, segments: reply.segments, encoding: reply.encoding },
      { direction: 'kindling', via: 'twiml', body: "Saved Sarah. I'll nudge you tomorrow at 10am.", segments: 1, encoding: 'GSM-7' },
    );
  });

  it('gives every text its own MessageSid and keeps each number its own conversation', async () => {
    await pair.sim.sendText(LONDON, 'Tom & Jerry <3');
    await pair.sim.sendText(LONDON, 'done');
    const sids = pair.stub.seen.texts.map((t) => t.params.MessageSid);
    assert.equal(new Set(sids).size, sids.length);
    assert.deepEqual(
      pair.sim.conversation(LONDON).map((e) => [e.direction, e.body]),
      [
        ['me', 'Tom & Jerry <3'],
        ['kindling', 'Got it: Tom & Jerry <3'],
        ['me', 'done'],
        ['kindling', 'Nice! I\u2019ll check back in a few days.'],
      ],
    );
    assert.equal(pair.sim.conversation(LONDON)[3].encoding, 'UCS-2');
    assert.equal(pair.stub.seen.texts.at(-1).params.FromCountry, 'GB');
    assert.equal(pair.sim.conversation(NY).length, 2);
  });

  it('records nothing from Kindling for an empty <Response/>', async () => {
    await pair.sim.sendText(LONDON, 'silence');
    assert.deepEqual(pair.sim.conversation(LONDON).at(-1).body, 'silence');
  });

  it('serves the page and a JSON API', async () => {
    const page = await fetch(pair.sim.url);
    assert.match(page.headers.get('content-type'), /text\/html/);
    assert.match(await page.text(), /Kindling phone simulator/);
    const state = await (await fetch(`${pair.sim.url}/api/state?phone=${encodeURIComponent('(212) 555-0100')}`)).json();
    assert.equal(state.phone, NY);
    assert.equal(state.timeZone, 'America/New_York');
    assert.equal(state.messages.length, 2);
    const london = await (await fetch(`${pair.sim.url}/api/state?phone=${encodeURIComponent(LONDON)}`)).json();
    assert.equal(london.timeZone, 'Europe/London');
    const bad = await fetch(`${pair.sim.url}/api/text`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ from: 'nobody', body: 'hi' }),
    });
    assert.equal(bad.status, 400);
    assert.match((await bad.json()).error, /Not a phone number/);
    const traversal = await fetch(`${pair.sim.url}/..%2f..%2fpackage.json`);
    assert.equal(traversal.status, 404);
  });
});

describe('the API refuses cross-site posts', () => {
  let pair;
  before(async () => {
    pair = await startPair();
  });
  after(async () => {
    await pair.close();
  });

  const JSON_TYPE = { 'content-type': 'application/json' };
  const post = (path, headers, body) => fetch(`${pair.sim.url}${path}`, { method: 'POST', headers, body: JSON.stringify(body) });

  it('answers 403 to a JSON post from another origin, and 415 to a non-JSON body, and does nothing for either', async () => {
    const start = pair.sim.now();
    for (const [path, body] of [
      ['/api/text', { from: NY, body: 'Met Eve at the evil site' }],
      ['/api/clock', { step: 'week' }],
      ['/api/fail', { failure: '500' }],
    ]) {
      const crossSite = await post(path, { ...JSON_TYPE, origin: 'https://evil.example' }, body);
      assert.equal(crossSite.status, 403, `${path} from another origin`);
      // what a cross-site form or a no-cors fetch can send: text/plain, form-encoded, or no type at all
      for (const type of ['text/plain;charset=UTF-8', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x']) {
        const simple = await post(path, { 'content-type': type }, body);
        assert.equal(simple.status, 415, `${path} as ${type}`);
      }
    }
    // a page served on another port of the same machine is another origin too
    const otherPort = await post('/api/clock', { ...JSON_TYPE, origin: 'http://127.0.0.1:1' }, { step: 'week' });
    assert.equal(otherPort.status, 403);
    assert.deepEqual(pair.sim.conversation(NY), []);
    assert.equal(pair.sim.now() - start < 60_000, true, 'the clock did not move');
    assert.deepEqual((await (await fetch(`${pair.sim.url}/api/state?phone=${encodeURIComponent(NY)}`)).json()).pendingFailures, []);
  });

  it('takes JSON from its own page (same Origin) and from tools that send no Origin', async () => {
    const own = await post('/api/clock', { ...JSON_TYPE, origin: pair.sim.url }, { step: 'hour' });
    assert.equal(own.status, 200);
    const tool = await post('/api/fail', { 'content-type': 'application/json; charset=utf-8' }, { failure: 'none' });
    assert.equal(tool.status, 200);
  });
});

describe('the simulated clock', () => {
  let pair;
  before(async () => {
    pair = await startPair();
  });
  after(async () => {
    await pair.close();
  });

  it('+1 day runs the configured cron at each quarter hour, and the nudge lands at its cron time with signed status callbacks', async () => {
    const start = pair.sim.now();
    await pair.sim.sendText(NY, 'Met Jake at the design meetup');
    const due = pair.stub.nudges[0].dueAt;
    const { now } = await pair.sim.advanceClock(24 * 3600_000);
    assert.ok(now - start >= 24 * 3600_000 && now - start < 24 * 3600_000 + 60_000, 'the clock moved by one day');
    const times = pair.stub.seen.crons.map((c) => c.time);
    assert.ok(times.length === 96 || times.length === 97, `96 ticks in a day, got ${times.length}`);
    assert.ok(
      times.every((t) => t % QUARTER_HOUR === 0),
      'every tick is on a quarter hour',
    );
    assert.ok(
      times.every((t, i) => i === 0 || t - times[i - 1] === QUARTER_HOUR),
      'ticks are consecutive',
    );
    assert.ok(pair.stub.seen.crons.every((c) => c.cron === '*/15 * * * *'));
    const nudge = pair.sim.conversation(NY).find((e) => e.via === 'rest');
    assert.ok(nudge, 'the REST nudge is in the conversation');
    assert.equal(
      nudge.at - (nudge.at % QUARTER_HOUR),
      times.find((t) => t >= due),
      'stamped with the first tick at or after its due time',
    );
    assert.deepEqual({ segments: nudge.segments, encoding: nudge.encoding }, { segments: 1, encoding: 'GSM-7' });
    await waitFor(() => pair.sim.statusCallbacks.length === 2, 'two status callbacks');
    assert.deepEqual(
      pair.sim.statusCallbacks.map((s) => [s.status, s.httpStatus]),
      [
        ['sent', 204],
        ['delivered', 204],
      ],
    );
    assert.deepEqual(
      pair.stub.seen.statuses.map((s) => s.MessageStatus),
      ['sent', 'delivered'],
    );
    assert.equal(pair.stub.seen.refused, 0, 'status callbacks are signed as Twilio signs them');
    assert.equal(nudge.status, 'delivered');
  });

  it('"next text" stops at the first tick that texts this number', async () => {
    await pair.sim.sendText(NY, 'Met Priya at the book club');
    const due = pair.stub.nudges.at(-1).dueAt;
    const before = pair.sim.conversation(NY).length;
    const { stoppedOnText, now } = await pair.sim.untilNextText(NY);
    assert.equal(stoppedOnText, true);
    const added = pair.sim.conversation(NY).slice(before);
    assert.deepEqual(
      added.map((e) => e.via),
      ['rest'],
    );
    assert.match(added[0].body, /Priya/);
    assert.ok(now >= due && now < due + QUARTER_HOUR + 60_000, 'the clock stopped at the tick that sent it');
  });

  it('"next text" gives up after 14 simulated days when nothing is due', async () => {
    const start = pair.sim.now();
    const ticks = pair.stub.seen.crons.length;
    const { stoppedOnText, now } = await pair.sim.untilNextText(NY);
    assert.equal(stoppedOnText, false);
    assert.ok(Math.abs(now - start - 14 * 24 * 3600_000) < 60_000);
    assert.ok(Math.abs(pair.stub.seen.crons.length - ticks - 14 * 96) <= 1);
  });

  it('shows failing cron runs until the next thing the user does', async () => {
    pair.stub.control.breakCron = true;
    try {
      await pair.sim.advanceClock(3600_000);
    } finally {
      pair.stub.control.breakCron = false;
    }
    const broken = await pair.sim.state(NY);
    assert.match(broken.problem, /^4 cron runs failed \(last: .*HTTP 500 exception\)/);
    await pair.sim.advanceClock(3600_000);
    assert.equal((await pair.sim.state(NY)).problem, null);
  });

  it('the HTTP API moves the clock too and refuses unknown steps', async () => {
    const start = pair.sim.now();
    const answer = await (
      await fetch(`${pair.sim.url}/api/clock`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ step: 'hour' }) })
    ).json();
    assert.ok(answer.now - start >= 3600_000 && answer.now - start < 3600_000 + 60_000);
    const bad = await fetch(`${pair.sim.url}/api/clock`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ step: 'year' }),
    });
    assert.equal(bad.status, 400);
  });

  it('sets the clock to an exact day and time: ahead, the cron runs on the way; back, the clock only moves', async () => {
    const start = pair.sim.now();
    const target = Math.floor((start + 2 * 3600_000) / QUARTER_HOUR) * QUARTER_HOUR + 7 * 60_000;
    const runsBefore = pair.sim.cronRuns.length;
    const ahead = await (
      await fetch(`${pair.sim.url}/api/clock`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ at: target }) })
    ).json();
    assert.ok(ahead.now - target >= 0 && ahead.now - target < 60_000, 'the clock reads the time asked for');
    assert.ok(pair.sim.cronRuns.length - runsBefore >= 7, 'a cron run for every quarter hour on the way');
    const runsAhead = pair.sim.cronRuns.length;
    const back = await (
      await fetch(`${pair.sim.url}/api/clock`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ at: start }) })
    ).json();
    assert.ok(back.now - start >= 0 && back.now - start < 60_000);
    assert.equal(pair.sim.cronRuns.length, runsAhead, 'going back runs no cron');
    const local = await fetch(`${pair.sim.url}/api/clock`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ at: { local: 'tomorrow', zone: 'UTC' } }),
    });
    assert.equal(local.status, 400);
  });

  it('reads a wall-clock time in a zone as an instant', () => {
    assert.equal(zonedInstant('2026-03-07T09:15', 'America/New_York'), Date.UTC(2026, 2, 7, 14, 15));
    assert.equal(zonedInstant('2026-07-01T09:00', 'Europe/London'), Date.UTC(2026, 6, 1, 8, 0));
    assert.equal(zonedInstant('2026-03-09T08:45', 'America/New_York'), Date.UTC(2026, 2, 9, 12, 45));
    assert.ok(Number.isNaN(zonedInstant('next tuesday', 'UTC')));
  });
});

describe('failures on demand', () => {
  let pair;
  before(async () => {
    pair = await startPair();
  });
  after(async () => {
    await pair.close();
  });

  it('fails the next REST send as asked, shows it, and the next tick retries', async () => {
    await pair.sim.sendText(NY, 'Met Ana at the running club');
    const armed = await (
      await fetch(`${pair.sim.url}/api/fail`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ failure: '500' }) })
    ).json();
    assert.deepEqual(armed.pendingFailures, ['500']);
    await pair.sim.untilNextText(NY);
    assert.equal(pair.stub.seen.sendResults[0], 500);
    const notice = pair.sim.conversation(NY).at(-1);
    assert.equal(notice.direction, 'system');
    assert.match(notice.body, /HTTP 500/);
    await pair.sim.untilNextText(NY);
    assert.deepEqual(pair.stub.seen.sendResults, [500, 201]);
    assert.match(pair.sim.conversation(NY).at(-1).body, /Time to text Ana/);
    const state = await (await fetch(`${pair.sim.url}/api/state?phone=${encodeURIComponent(NY)}`)).json();
    assert.deepEqual(state.pendingFailures, []);
  });

  it('can disarm a failure and refuses unknown ones', async () => {
    await fetch(`${pair.sim.url}/api/fail`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ failure: '21610' }) });
    const cleared = await (
      await fetch(`${pair.sim.url}/api/fail`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ failure: 'none' }) })
    ).json();
    assert.deepEqual(cleared.pendingFailures, []);
    const bad = await fetch(`${pair.sim.url}/api/fail`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ failure: '999' }),
    });
    assert.equal(bad.status, 400);
  });

  it('the stand-in on the REST path still answers like Twilio: 401 for a wrong token, 201 with a sid', async () => {
    const path = `${pair.sim.url}/2010-04-01/Accounts/${SETTINGS.accountSid}/Messages.json`;
    const body = new URLSearchParams({ To: LONDON, From: SETTINGS.kindlingNumber, Body: 'hi' });
    const wrong = await fetch(path, { method: 'POST', headers: { authorization: `Basic ${btoa(`${SETTINGS.accountSid}:nope`)}` }, body });
    assert.equal(wrong.status, 401);
    assert.equal((await wrong.json()).code, 20003);
    const garbage = await fetch(path, { method: 'POST', headers: { authorization: 'Basic %%%' }, body });
    assert.equal(garbage.status, 401);
    const ok = await fetch(path, { method: 'POST', headers: { authorization: `Basic ${btoa(`${SETTINGS.accountSid}:${SETTINGS.authToken}`)}` }, body });
    assert.equal(ok.status, 201);
    assert.match((await ok.json()).sid, /^SM/);
    const listed = await (await fetch(`${pair.sim.url}/__standin/messages?to=${encodeURIComponent(LONDON)}`)).json();
    assert.equal(listed.length, 1);
    assert.equal(pair.sim.conversation(LONDON).at(-1).body, 'hi');
  });
});

describe('restarts', () => {
  it('keeps the conversations and the simulated clock in the state file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kindling-sim-state-'));
    try {
      const first = await startPair({ stateFile: join(dir, 'sim.json') });
      await first.sim.sendText(NY, 'Met Lee at the pottery class');
      await first.sim.advanceClock(3 * 24 * 3600_000);
      const simulated = first.sim.now();
      const entries = first.sim.conversation(NY).length;
      await first.close();
      const second = await startPair({ stateFile: join(dir, 'sim.json') });
      try {
        assert.equal(second.sim.conversation(NY).length, entries);
        assert.ok(Math.abs(second.sim.now() - simulated) < 5_000, 'the clock resumes where it was');
      } finally {
        await second.close();
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
