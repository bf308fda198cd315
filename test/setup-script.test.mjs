// `npm run setup` end to end against stand-ins: a fake wrangler (test/fixtures/fake-wrangler.mjs) and the Twilio
// stand-in with IncomingPhoneNumbers, on a copy of wrangler.toml in a temporary folder. Runs setup twice (the second
// run changes nothing), then failures (Twilio 401, an unknown number, a failing wrangler step, missing settings), and
// once the real `wrangler deploy --dry-run` on the config setup wrote.

import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { createTwilioStandin, withIncomingPhoneNumbers } from '../dev/twilio-standin.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const SETUP = join(ROOT, 'scripts', 'setup.mjs');
const FAKE_WRANGLER = join(ROOT, 'test', 'fixtures', 'fake-wrangler.mjs');
const ACCOUNT_SID = 'AC0123456789abcdef0123456789abcdef';
const AUTH_TOKEN = '0123456789abcdef0123456789abcdef';
const NUMBER = '+15005550006';
const WORKER_URL = 'https://kindling.fake-owner.workers.dev';

const sha256 = (path) => createHash('sha256').update(readFileSync(path)).digest('hex');

/** A copy of the repo's wrangler.toml whose paths still point into the repo, so real wrangler can build it. */
function copyConfig(dir) {
  const text = readFileSync(join(ROOT, 'wrangler.toml'), 'utf8')
    .replace(/^main = "([^"]+)"/m, (_line, main) => `main = ${JSON.stringify(join(ROOT, main))}`)
    .replace(/^migrations_dir = "([^"]+)"/m, (_line, dir) => `migrations_dir = ${JSON.stringify(join(ROOT, dir))}`);
  const path = join(dir, 'wrangler.toml');
  writeFileSync(path, text);
  return path;
}

/** The Fetch-API stand-in behind a loopback HTTP server. */
async function startTwilio() {
  const standin = withIncomingPhoneNumbers(createTwilioStandin({ accountSid: ACCOUNT_SID, authToken: AUTH_TOKEN }), {
    accountSid: ACCOUNT_SID,
    authToken: AUTH_TOKEN,
    numbers: [{ phoneNumber: '+15005550001' }, { phoneNumber: NUMBER }],
  });
  const requests = [];
  const server = createServer(async (req, res) => {
    const chunks = [];
    for await (const chunk of req) chunks.push(chunk);
    requests.push(`${req.method} ${req.url}`);
    const request = new Request(`http://127.0.0.1${req.url}`, {
      method: req.method,
      headers: req.headers,
      body: req.method === 'GET' ? undefined : Buffer.concat(chunks),
    });
    const response = await standin.handle(request);
    res.writeHead(response.status, Object.fromEntries(response.headers));
    res.end(Buffer.from(await response.arrayBuffer()));
  });
  await new Promise((ready) => server.listen(0, '127.0.0.1', ready));
  return { standin, requests, base: `http://127.0.0.1:${server.address().port}`, close: () => new Promise((closed) => server.close(closed)) };
}

/** Runs `node scripts/setup.mjs` with `env`, no terminal on stdin; resolves { code, stdout, stderr }. */
function runSetup(env) {
  return new Promise((done) => {
    const child = spawn(process.execPath, [SETUP], {
      cwd: ROOT,
      env: { PATH: process.env.PATH, HOME: process.env.HOME, ...env },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('close', (code) => done({ code, stdout, stderr }));
    child.stdin.end();
  });
}

function fakeState(dir) {
  return JSON.parse(readFileSync(join(dir, 'wrangler-state.json'), 'utf8'));
}

describe('npm run setup', () => {
  let twilio;
  let dir;
  let config;
  let env;
  const repoConfigHash = sha256(join(ROOT, 'wrangler.toml'));

  before(async () => {
    twilio = await startTwilio();
    dir = mkdtempSync(join(tmpdir(), 'kindling-setup-test-'));
    config = copyConfig(dir);
    env = {
      TWILIO_ACCOUNT_SID: ACCOUNT_SID,
      TWILIO_AUTH_TOKEN: AUTH_TOKEN,
      TWILIO_PHONE_NUMBER: NUMBER,
      TWILIO_WHATSAPP_FROM: `whatsapp:${NUMBER}`,
      KINDLING_WRANGLER: `${process.execPath} ${FAKE_WRANGLER}`,
      FAKE_WRANGLER_STATE: join(dir, 'wrangler-state.json'),
      TWILIO_API_BASE: twilio.base,
      KINDLING_CONFIG: config,
    };
  });

  after(async () => {
    await twilio.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('first run: creates the database and queues, writes the config, stores the secret, deploys, points the number', async () => {
    const run = await runSetup(env);
    assert.equal(run.code, 0, `${run.stdout}\n${run.stderr}`);
    const wrangler = fakeState(dir);

    const [database] = wrangler.databases;
    assert.equal(database.name, 'kindling');
    const written = readFileSync(config, 'utf8');
    assert.match(written, new RegExp(`^database_id = "${database.uuid}"$`, 'm'));
    assert.deepEqual(wrangler.queues.map((queue) => queue.name).sort(), ['kindling-sends', 'kindling-sends-dlq']);
    assert.ok(wrangler.appliedMigrations.kindling.length > 0);
    assert.equal(wrangler.secrets.TWILIO_AUTH_TOKEN, AUTH_TOKEN);
    const secretPut = wrangler.calls.find((call) => call.args.join(' ') === 'secret put TWILIO_AUTH_TOKEN');
    assert.equal(secretPut.stdin, `<${AUTH_TOKEN.length} chars>`, 'the token goes through stdin, never the command line');
    assert.ok(wrangler.calls.every((call) => !call.args.join(' ').includes(AUTH_TOKEN)));

    for (const [key, value] of [
      ['TWILIO_ACCOUNT_SID', ACCOUNT_SID],
      ['TWILIO_PHONE_NUMBER', NUMBER],
      ['TWILIO_WHATSAPP_FROM', `whatsapp:${NUMBER}`],
      ['PUBLIC_BASE_URL', WORKER_URL],
    ]) {
      assert.match(written, new RegExp(`^${key} = "${value.replace(/[+.]/g, '\\$&')}"$`, 'm'), key);
    }
    // the Worker running now has the public URL, and the token was a secret before the first deploy
    const live = wrangler.deployments.at(-1);
    assert.equal(live.vars.PUBLIC_BASE_URL, WORKER_URL);
    assert.deepEqual(wrangler.deployments[0].secrets, ['TWILIO_AUTH_TOKEN']);

    const number = twilio.standin.phoneNumbers.find((candidate) => candidate.phone_number === NUMBER);
    assert.equal(number.sms_url, `${WORKER_URL}/twilio/sms`);
    assert.equal(number.sms_method, 'POST');
    assert.equal(twilio.standin.phoneNumbers.find((candidate) => candidate.phone_number !== NUMBER).sms_url, 'https://demo.twilio.com/welcome/sms/reply');
    assert.deepEqual(twilio.standin.numberUpdates, [{ SmsUrl: `${WORKER_URL}/twilio/sms`, SmsMethod: 'POST' }]);

    assert.match(run.stdout, /1\. Settings/);
    assert.match(run.stdout, /done: created D1 database kindling/);
    assert.match(run.stdout, /Done: \d+ changes\./);
    assert.match(run.stdout, /A2P 10DLC/);
    assert.equal(sha256(join(ROOT, 'wrangler.toml')), repoConfigHash, "the repo's wrangler.toml is untouched");
  });

  it('second run: finds everything as it should be, changes nothing and says so', async () => {
    const before = {
      config: readFileSync(config, 'utf8'),
      calls: fakeState(dir).calls.length,
      updates: twilio.standin.numberUpdates.length,
      deployments: fakeState(dir).deployments.length,
    };
    const run = await runSetup(env);
    assert.equal(run.code, 0, `${run.stdout}\n${run.stderr}`);
    const wrangler = fakeState(dir);
    const calls = wrangler.calls.slice(before.calls).map((call) => call.args.join(' '));
    assert.deepEqual(
      calls.filter((call) => /create|secret put|migrations apply/.test(call) || (call.startsWith('deploy') && !call.includes('--dry-run'))),
      ['d1 migrations apply kindling --remote'],
    );
    assert.equal(wrangler.deployments.length, before.deployments);
    assert.equal(wrangler.databases.length, 1);
    assert.equal(wrangler.queues.length, 2);
    assert.equal(readFileSync(config, 'utf8'), before.config);
    assert.equal(twilio.standin.numberUpdates.length, before.updates);
    assert.match(run.stdout, /already right: every migration is applied/);
    assert.match(run.stdout, /already right: \+15005550006 sends incoming messages to https:\/\/kindling\.fake-owner\.workers\.dev\/twilio\/sms/);
    assert.match(run.stdout, /Nothing changed: everything was already set up\./);
    assert.doesNotMatch(run.stdout, /done:/);
  });

  it('a number someone pointed elsewhere is pointed back, and only that changes', async () => {
    twilio.standin.phoneNumbers.find((candidate) => candidate.phone_number === NUMBER).sms_url = 'https://old.example/sms';
    const run = await runSetup(env);
    assert.equal(run.code, 0, `${run.stdout}\n${run.stderr}`);
    assert.equal(twilio.standin.phoneNumbers.find((candidate) => candidate.phone_number === NUMBER).sms_url, `${WORKER_URL}/twilio/sms`);
    assert.deepEqual(run.stdout.match(/done: .*/g), [`done: ${NUMBER} now sends incoming messages to ${WORKER_URL}/twilio/sms (HTTP POST)`]);
    assert.match(run.stdout, /Done: 1 change\./);
  });

  it('a wrong auth token stops at the first Twilio call with a clear message, before anything on Cloudflare', async () => {
    const calls = fakeState(dir).calls.length;
    const run = await runSetup({ ...env, TWILIO_AUTH_TOKEN: 'ffffffffffffffffffffffffffffffff' });
    assert.equal(run.code, 1);
    assert.match(run.stderr, /Setup stopped: Twilio refused the account SID and auth token \(401\)\. Check TWILIO_ACCOUNT_SID and TWILIO_AUTH_TOKEN/);
    assert.doesNotMatch(run.stdout, /Cloudflare/);
    assert.equal(fakeState(dir).calls.length, calls);
  });

  it('a number that is not on the account stops with a clear message', async () => {
    const run = await runSetup({ ...env, TWILIO_PHONE_NUMBER: '+15005550099' });
    assert.equal(run.code, 1);
    assert.match(run.stderr, /\+15005550099 is not a phone number on Twilio account AC0123456789abcdef0123456789abcdef/);
  });

  it('a failing wrangler step stops there, names the command and shows what wrangler said', async () => {
    const fresh = mkdtempSync(join(tmpdir(), 'kindling-setup-fail-'));
    try {
      const freshConfig = copyConfig(fresh);
      const run = await runSetup({
        ...env,
        KINDLING_CONFIG: freshConfig,
        FAKE_WRANGLER_STATE: join(fresh, 'wrangler-state.json'),
        FAKE_WRANGLER_FAIL: 'queues create',
      });
      assert.equal(run.code, 1);
      assert.match(run.stderr, /Setup stopped: wrangler queues create kindling-sends failed \(exit 1\):[\s\S]*simulated by FAKE_WRANGLER_FAIL/);
      const calls = JSON.parse(readFileSync(join(fresh, 'wrangler-state.json'), 'utf8')).calls.map((call) => call.args[0]);
      assert.ok(!calls.includes('deploy') && !calls.includes('secret'), 'nothing after the failing step ran');
    } finally {
      rmSync(fresh, { recursive: true, force: true });
    }
  });

  it('missing settings without a terminal stop with the names to set', async () => {
    const run = await runSetup({ ...env, TWILIO_AUTH_TOKEN: '', TWILIO_PHONE_NUMBER: '' });
    assert.equal(run.code, 1);
    assert.match(run.stderr, /Missing TWILIO_AUTH_TOKEN, TWILIO_PHONE_NUMBER\. Set them in the environment/);
  });

  it('a setting the Worker would refuse (a WhatsApp template id that is not HX + 32 hex) stops setup before it writes or calls anything', async () => {
    const fresh = mkdtempSync(join(tmpdir(), 'kindling-setup-invalid-'));
    try {
      const freshConfig = copyConfig(fresh);
      const configBefore = readFileSync(freshConfig, 'utf8');
      const requestsBefore = twilio.requests.length;
      for (const [name, value] of [
        ['TWILIO_WHATSAPP_NUDGE_CONTENT_SID', 'HX123'],
        ['TWILIO_WHATSAPP_NUDGE_CONTENT_SID', 'MG0123456789abcdef0123456789abcdef'],
        ['ALLOWED_NUMBERS', '+15005550006,5551234'],
      ]) {
        const run = await runSetup({ ...env, KINDLING_CONFIG: freshConfig, FAKE_WRANGLER_STATE: join(fresh, 'wrangler-state.json'), [name]: value });
        assert.equal(run.code, 1, `${name}=${value}: ${run.stdout}\n${run.stderr}`);
        assert.match(run.stderr, new RegExp(`Setup stopped: [\\s\\S]*${name}`));
        assert.doesNotMatch(run.stderr, new RegExp(value.replace(/[+]/g, '\\+')), 'names the setting, not its value');
        assert.equal(readFileSync(freshConfig, 'utf8'), configBefore, 'wrangler.toml untouched');
        assert.ok(!existsSync(join(fresh, 'wrangler-state.json')), 'wrangler never ran');
        assert.equal(twilio.requests.length, requestsBefore, 'Twilio never called');
      }
      // the same settings the Worker accepts pass
      const good = await runSetup({
        ...env,
        KINDLING_CONFIG: freshConfig,
        FAKE_WRANGLER_STATE: join(fresh, 'wrangler-state.json'),
        TWILIO_WHATSAPP_NUDGE_CONTENT_SID: 'HX0123456789abcdef0123456789abcdef',
      });
      assert.equal(good.code, 0, `${good.stdout}\n${good.stderr}`);
      assert.match(readFileSync(freshConfig, 'utf8'), /^TWILIO_WHATSAPP_NUDGE_CONTENT_SID = "HX0123456789abcdef0123456789abcdef"$/m);
    } finally {
      rmSync(fresh, { recursive: true, force: true });
    }
  });

  it('the config setup wrote builds with the real wrangler (deploy --dry-run)', async () => {
    const outdir = join(dir, 'dry-run');
    const run = await new Promise((done) => {
      const child = spawn(join(ROOT, 'node_modules', '.bin', 'wrangler'), ['deploy', '--dry-run', '--outdir', outdir, '--config', config], {
        cwd: ROOT,
        env: { ...process.env, WRANGLER_SEND_METRICS: 'false', WRANGLER_HIDE_BANNER: 'true', CI: 'true' },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let output = '';
      child.stdout.on('data', (chunk) => (output += chunk));
      child.stderr.on('data', (chunk) => (output += chunk));
      child.on('close', (code) => done({ code, output }));
    });
    assert.equal(run.code, 0, run.output);
    assert.match(run.output, /env\.PUBLIC_BASE_URL \("https:\/\/kindling\.fake-owner\.workers\.dev"\)/);
    assert.ok(existsSync(join(outdir, 'index.js')));
  });
});
