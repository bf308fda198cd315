// Load through `wrangler dev`: 500 signed texts (488 distinct, 12 replays) from 50 numbers at concurrency 16.
// No 5xx, one TwiML Message per distinct text, an empty Response per replay, and each text stored exactly once in D1.
// The per-minute reply limit is raised with --var REPLY_LIMIT_PER_MINUTE so that every text is owed an answer.

import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import twilioWebhooks from 'twilio/lib/webhooks/webhooks.js';
import { applyMigrations, DEV_TWILIO, freePort, ROOT, WRANGLER_ENV, waitForHttp } from '../../dev/start.mjs';

const { getExpectedTwilioSignature } = twilioWebhooks;

const WRANGLER_BIN = join(ROOT, 'node_modules/wrangler/bin/wrangler.js');
const NUMBERS = 50;
const DISTINCT = 488;
const REPLAY_EVERY = 39; // every 39th distinct text is sent again once it has been answered: 12 replays
const REPLAYS = Math.floor(DISTINCT / REPLAY_EVERY);
const CONCURRENCY = 16;
const BUDGET_MS = 180_000;

const corpus = readFileSync(new URL('../fixtures/notes.jsonl', import.meta.url), 'utf8')
  .trim()
  .split('\n')
  .map((line) => JSON.parse(line));
const notes = corpus.map((entry) => entry.note);
const names = corpus.map((entry) => entry.expect.name).filter(Boolean);

/** 50 US numbers over a few area codes (so a few time zones), none the Kindling number. */
const phones = Array.from({ length: NUMBERS }, (_, i) => `+1${['212', '415', '312', '617', '303'][i % 5]}555${String(1000 + i).padStart(4, '0')}`);

/** The i-th distinct text: mostly notes, the rest recall and help commands, each of which Kindling answers. */
function bodyFor(i) {
  const pick = i % 10;
  const name = names[i % names.length];
  if (pick < 6) return notes[i % notes.length];
  if (pick === 6) return `who is ${name}?`;
  if (pick === 7) return `${name.split(' ')[0]}?`;
  if (pick === 8) return 'list';
  return 'help';
}

function wranglerJson(args) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [WRANGLER_BIN, ...args], { cwd: ROOT, env: WRANGLER_ENV, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (chunk) => {
      out += chunk;
    });
    child.stderr.on('data', (chunk) => {
      err += chunk;
    });
    child.once('error', reject);
    child.once('close', (code) => {
      if (code !== 0) return reject(new Error(`wrangler ${args.join(' ')} exited with ${code}\n${out}\n${err}`));
      try {
        resolve(JSON.parse(out.slice(out.indexOf('['))));
      } catch (problem) {
        reject(new Error(`unreadable wrangler output: ${problem.message}\n${out}`));
      }
    });
  });
}

describe('load through wrangler dev', { timeout: BUDGET_MS + 60_000 }, () => {
  const persistTo = mkdtempSync(join(tmpdir(), 'kindling-load-'));
  let worker = null;
  let output = '';
  let baseUrl = '';

  async function stopWorker() {
    if (!worker || worker.exitCode !== null || worker.signalCode !== null) return;
    const exited = new Promise((resolve) => worker.once('exit', resolve));
    try {
      process.kill(-worker.pid, 'SIGTERM');
    } catch {
      return;
    }
    const timer = setTimeout(() => {
      try {
        process.kill(-worker.pid, 'SIGKILL');
      } catch {
        /* gone */
      }
    }, 5_000);
    await exited;
    clearTimeout(timer);
    try {
      process.kill(-worker.pid, 'SIGKILL');
    } catch {
      /* workerd already gone with its group */
    }
  }

  before(async () => {
    await applyMigrations({ persistTo });
    const port = await freePort();
    baseUrl = `http://127.0.0.1:${port}`;
    const vars = {
      // replies are TwiML; nothing here sends through the REST API, so the API base goes nowhere
      TWILIO_API_BASE: 'http://127.0.0.1:9',
      TWILIO_AUTH_TOKEN: DEV_TWILIO.authToken,
      TWILIO_ACCOUNT_SID: DEV_TWILIO.accountSid,
      TWILIO_PHONE_NUMBER: DEV_TWILIO.phoneNumber,
      PUBLIC_BASE_URL: baseUrl,
      REPLY_LIMIT_PER_MINUTE: '1000',
    };
    worker = spawn(
      process.execPath,
      [
        WRANGLER_BIN,
        'dev',
        '--port',
        String(port),
        '--ip',
        '127.0.0.1',
        '--persist-to',
        persistTo,
        '--show-interactive-dev-session=false',
        '--inspector-port',
        '0',
        ...Object.entries(vars).flatMap(([name, value]) => ['--var', `${name}:${value}`]),
      ],
      { cwd: ROOT, env: WRANGLER_ENV, stdio: ['ignore', 'pipe', 'pipe'], detached: true },
    );
    const collect = (chunk) => {
      output += chunk;
      if (output.length > 200_000) output = output.slice(-100_000);
    };
    worker.stdout.on('data', collect);
    worker.stderr.on('data', collect);
    await waitForHttp(`${baseUrl}/`, { child: worker, describe: 'wrangler dev' });
  });

  after(async () => {
    await stopWorker();
    rmSync(persistTo, { recursive: true, force: true });
  });

  it('500 texts: no 5xx, one answer per distinct text, replays acknowledged empty, each stored once', async () => {
    const url = `${baseUrl}/twilio/sms`;
    const distinct = Array.from({ length: DISTINCT }, (_, i) => {
      const params = {
        AccountSid: DEV_TWILIO.accountSid,
        ApiVersion: '2010-04-01',
        To: DEV_TWILIO.phoneNumber,
        NumMedia: '0',
        NumSegments: '1',
        SmsStatus: 'received',
        From: phones[i % NUMBERS],
        Body: bodyFor(i),
        MessageSid: `SMload${String(i).padStart(6, '0')}${'0'.repeat(22)}`,
      };
      return { params, signature: getExpectedTwilioSignature(DEV_TWILIO.authToken, url, params) };
    });
    const results = [];
    const send = async (text, replay) => {
      const started = performance.now();
      let status = 0;
      let contentType = null;
      let body = '';
      try {
        const response = await fetch(url, {
          method: 'POST',
          headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-twilio-signature': text.signature },
          body: new URLSearchParams(text.params).toString(),
          signal: AbortSignal.timeout(15_000), // Twilio's own webhook timeout
        });
        status = response.status;
        contentType = response.headers.get('content-type');
        body = await response.text();
      } catch (problem) {
        body = String(problem);
      }
      results.push({ sid: text.params.MessageSid, from: text.params.From, replay, status, contentType, body, ms: performance.now() - started });
    };

    const started = performance.now();
    let next = 0;
    const lane = async () => {
      while (next < distinct.length && performance.now() - started < BUDGET_MS) {
        const index = next++;
        await send(distinct[index], false);
        if ((index + 1) % REPLAY_EVERY === 0) await send(distinct[index], true);
      }
    };
    await Promise.all(Array.from({ length: CONCURRENCY }, lane));
    const elapsed = performance.now() - started;
    const latencies = results.map((result) => result.ms).sort((a, b) => a - b);
    const figures = {
      requests: results.length,
      seconds: elapsed / 1000,
      perSecond: Math.round(results.length / (elapsed / 1000)),
      p50: latencies[Math.floor(latencies.length / 2)],
      p99: latencies[Math.floor(latencies.length * 0.99)],
      max: latencies.at(-1),
      fiveHundreds: results.filter((result) => result.status >= 500).length,
      failed: results.filter((result) => result.status === 0).length,
    };
    console.log('load figures', JSON.stringify(figures));

    assert.equal(results.length, DISTINCT + REPLAYS, `only ${results.length} requests within ${BUDGET_MS / 1000} s`);
    assert.equal(figures.failed, 0, results.find((result) => result.status === 0)?.body);
    assert.equal(figures.fiveHundreds, 0);
    const answered = /^<\?xml version="1\.0" encoding="UTF-8"\?><Response><Message>[^<]+<\/Message><\/Response>$/;
    const empty = /^<\?xml version="1\.0" encoding="UTF-8"\?><Response\/>$/;
    for (const result of results) {
      assert.equal(result.status, 200, result.body);
      assert.match(result.contentType ?? '', /^text\/xml/);
      assert.match(result.body, result.replay ? empty : answered, `${result.replay ? 'replay' : 'text'} ${result.sid}: ${result.body}`);
      assert.doesNotMatch(result.body, /didn't catch that/, `${result.sid} was not handled`);
    }
    assert.equal(results.filter((result) => result.replay).length, REPLAYS);

    // what D1 holds, read from the persisted local database once the Worker has stopped: one wrangler, three queries
    await stopWorker();
    const queries = [
      "SELECT count(*) AS texts, count(DISTINCT sid) AS sids, sum(reply IS NOT NULL) AS replies, sum(state = 'handled') AS handled FROM inbound",
      'SELECT phone, count(*) AS texts FROM inbound GROUP BY phone ORDER BY phone',
      'SELECT count(*) AS n FROM users',
    ];
    const out = await wranglerJson(['d1', 'execute', 'kindling', '--local', '--persist-to', persistTo, '--command', queries.join('; '), '--json']);
    assert.equal(out.length, queries.length, JSON.stringify(out).slice(0, 500));
    const [[totals], perPhone, [users]] = out.map((statement) => statement.results);
    assert.deepEqual(totals, { texts: DISTINCT, sids: DISTINCT, replies: DISTINCT, handled: DISTINCT });
    const sentPerPhone = new Map();
    for (let i = 0; i < DISTINCT; i++) sentPerPhone.set(phones[i % NUMBERS], (sentPerPhone.get(phones[i % NUMBERS]) ?? 0) + 1);
    assert.deepEqual(
      perPhone,
      [...sentPerPhone].sort(([a], [b]) => a.localeCompare(b)).map(([phone, texts]) => ({ phone, texts })),
    );
    assert.equal(users.n, NUMBERS);
  });
});
