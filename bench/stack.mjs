// Bench plumbing: wrangler children in their own process groups (always taken down), the loopback Twilio stand-in,
// signed Twilio posts, and cron runs against `wrangler dev`.

import { spawn } from 'node:child_process';
import http from 'node:http';
import { join } from 'node:path';
import { getExpectedTwilioSignature } from 'twilio/lib/webhooks/webhooks.js';
import { createTwilioStandin } from '../dev/twilio-standin.mjs';
import { DEV_TWILIO, freePort, ROOT, startWorker, waitForHttp } from '../dev/start.mjs';

export { DEV_TWILIO, freePort, ROOT, waitForHttp };

const WRANGLER_BIN = join(ROOT, 'node_modules/wrangler/bin/wrangler.js');
export const CHILD_ENV = { ...process.env, WRANGLER_SEND_METRICS: 'false', NO_COLOR: '1', FORCE_COLOR: '0' };
export const CRON = '*/15 * * * *';

// ---- every child we start, so a failure or Ctrl-C still takes them all down ----

const running = new Set();

function killGroup(pid, signal) {
  try {
    process.kill(-pid, signal);
  } catch {
    // already gone
  }
}

process.on('exit', () => {
  for (const entry of running) killGroup(entry.pid, 'SIGKILL');
});

/** Stops every child still running (process groups: wrangler and its workerd). */
export async function stopAll() {
  await Promise.allSettled([...running].map((entry) => entry.stop()));
}

function track(child, stop) {
  const entry = { pid: child.pid, stop };
  running.add(entry);
  child.once('exit', () => running.delete(entry));
  return entry;
}

async function stopGroup(child) {
  if (child.exitCode !== null || child.signalCode !== null) {
    killGroup(child.pid, 'SIGKILL'); // workerd may outlive wrangler
    return;
  }
  const exited = new Promise((resolve) => child.once('exit', resolve));
  killGroup(child.pid, 'SIGTERM');
  const timer = setTimeout(() => killGroup(child.pid, 'SIGKILL'), 5_000);
  await exited;
  clearTimeout(timer);
  killGroup(child.pid, 'SIGKILL');
}

/** One wrangler command to completion, in its own process group; rejects with its output on a non-zero exit or timeout. */
export function wrangler(args, { timeoutMs = 120_000 } = {}) {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, [WRANGLER_BIN, ...args], { cwd: ROOT, env: CHILD_ENV, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    const entry = track(child, () => stopGroup(child));
    let output = '';
    child.stdout.on('data', (chunk) => {
      output += chunk;
    });
    child.stderr.on('data', (chunk) => {
      output += chunk;
    });
    const timer = setTimeout(() => {
      killGroup(child.pid, 'SIGKILL');
      reject(new Error(`wrangler ${args.slice(0, 3).join(' ')} timed out after ${timeoutMs / 1000} s\n${output.slice(-3_000)}`));
    }, timeoutMs);
    child.once('error', reject);
    child.once('close', (code) => {
      clearTimeout(timer);
      killGroup(child.pid, 'SIGKILL');
      running.delete(entry);
      if (code === 0) resolve({ output, ms: performance.now() - started });
      else reject(new Error(`wrangler ${args.slice(0, 3).join(' ')} exited with ${code}\n${output.slice(-3_000)}`));
    });
  });
}

/** Collects a child's output (bounded) and hands each line to `onLine`. */
function collect(child, onLine) {
  let output = '';
  const onData = (chunk) => {
    output += chunk;
    if (output.length > 400_000) output = output.slice(-200_000);
    for (const line of String(chunk).split('\n')) if (line.trim()) onLine(line);
  };
  child.stdout.on('data', onData);
  child.stderr.on('data', onData);
  return () => output;
}

/**
 * Kindling under `wrangler dev`, started by dev/start.mjs (the real entry, the dev vars), timed until `/` answers 200.
 * @returns {Promise<{ url: string, startupMs: number, lines: string[], stop: () => Promise<void> }>}
 */
export async function startKindling({ persistTo, standinPort }) {
  const port = await freePort();
  const lines = [];
  const started = performance.now();
  const worker = startWorker({ port, simulatorPort: standinPort, persistTo, log: (line) => lines.push(line) });
  track(worker.child, () => worker.stop());
  await waitUntilOk(`${worker.url}/`, worker.child, () => worker.output());
  return { url: worker.url, startupMs: performance.now() - started, lines, stop: () => worker.stop() };
}

/**
 * `wrangler dev` with another entry or config (the counting Worker, the baseline), otherwise as dev/start.mjs starts it.
 * @returns {Promise<{ url: string, startupMs: number, lines: string[], stop: () => Promise<void> }>}
 */
export async function startWranglerDev({ entry, config, persistTo, vars, onLine = () => {} }) {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const args = [
    'dev',
    ...(entry ? [entry] : []),
    ...(config ? ['--config', config] : []),
    '--port',
    String(port),
    '--ip',
    '127.0.0.1',
    ...(persistTo ? ['--persist-to', persistTo] : []),
    '--show-interactive-dev-session=false',
    '--inspector-port',
    '0',
    ...Object.entries({ PUBLIC_BASE_URL: url, ...vars }).flatMap(([name, value]) => ['--var', `${name}:${value}`]),
  ];
  const lines = [];
  const started = performance.now();
  const child = spawn(process.execPath, [WRANGLER_BIN, ...args], { cwd: ROOT, env: CHILD_ENV, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  const output = collect(child, (line) => {
    lines.push(line);
    onLine(line);
  });
  const stop = () => stopGroup(child);
  track(child, stop);
  await waitUntilOk(`${url}/`, child, output);
  return { url, startupMs: performance.now() - started, lines, stop };
}

/** The vars dev/start.mjs gives Kindling, for a Worker started some other way. */
export function kindlingVars(standinPort) {
  return {
    TWILIO_API_BASE: `http://127.0.0.1:${standinPort}`,
    TWILIO_AUTH_TOKEN: DEV_TWILIO.authToken,
    TWILIO_ACCOUNT_SID: DEV_TWILIO.accountSid,
    TWILIO_PHONE_NUMBER: DEV_TWILIO.phoneNumber,
    DEV_SIMULATED_CLOCK: 'true',
  };
}

async function waitUntilOk(url, child, output) {
  const deadline = Date.now() + 90_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`wrangler dev exited with ${child.exitCode}\n${output().slice(-3_000)}`);
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(2_000) });
      await response.arrayBuffer();
      if (response.status === 200) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`wrangler dev did not answer 200 on ${url} within 90 s\n${output().slice(-3_000)}`);
}

// ---- the Twilio stand-in on a loopback port ----

/** @returns {Promise<{ port: number, standin: import('../dev/twilio-standin.mjs').TwilioStandin, close: () => Promise<void> }>} */
export async function startStandin() {
  const standin = createTwilioStandin({ accountSid: DEV_TWILIO.accountSid, authToken: DEV_TWILIO.authToken });
  const server = http.createServer(async (req, res) => {
    const chunks = [];
    for await (const chunk of req) chunks.push(chunk);
    const headers = new Headers();
    for (const [name, value] of Object.entries(req.headers)) headers.set(name, Array.isArray(value) ? value.join(', ') : String(value));
    const hasBody = req.method !== 'GET' && req.method !== 'HEAD';
    const response = await standin.handle(
      new Request(`http://127.0.0.1${req.url}`, { method: req.method, headers, body: hasBody ? Buffer.concat(chunks) : undefined }),
    );
    res.writeHead(response.status, Object.fromEntries(response.headers));
    res.end(Buffer.from(await response.arrayBuffer()));
  });
  server.keepAliveTimeout = 60_000;
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  const close = () =>
    new Promise((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    });
  return { port, standin, close };
}

// ---- texts and cron ----

let sidCounter = 0;

/** A unique MessageSid, shaped like Twilio's (SM + 32 hex). */
export function messageSid() {
  sidCounter += 1;
  return `SM${sidCounter.toString(16).padStart(8, '0')}${crypto.randomUUID().replace(/-/g, '').slice(0, 24)}`;
}

/** The form parameters Twilio posts for an inbound SMS (as test/factories.ts builds them). */
export function smsParams(from, body, sid = messageSid()) {
  return {
    AccountSid: DEV_TWILIO.accountSid,
    ApiVersion: '2010-04-01',
    To: DEV_TWILIO.phoneNumber,
    NumMedia: '0',
    NumSegments: '1',
    SmsStatus: 'received',
    MessageSid: sid,
    From: from,
    Body: body,
  };
}

export function signature(url, params) {
  return getExpectedTwilioSignature(DEV_TWILIO.authToken, url, params);
}

/** Pulls the <Message> text out of TwiML; null for an empty <Response/>. */
export function messageOf(twiml) {
  const match = /<Message>([\s\S]*?)<\/Message>/.exec(twiml);
  if (!match?.[1]) return null;
  return match[1]
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}

/** Texts the Worker as Twilio would, at simulated time `now` (honoured because DEV_SIMULATED_CLOCK is on). */
export async function textWorker(workerUrl, from, body, now) {
  const url = `${workerUrl}/twilio/sms`;
  const params = smsParams(from, body);
  const headers = { 'content-type': 'application/x-www-form-urlencoded', 'x-twilio-signature': signature(url, params) };
  if (now !== undefined) headers['x-kindling-simulated-now'] = String(now);
  const started = performance.now();
  const response = await fetch(url, { method: 'POST', headers, body: new URLSearchParams(params).toString(), signal: AbortSignal.timeout(30_000) });
  const twiml = await response.text();
  const latencyMs = performance.now() - started;
  const trace = response.headers.get('x-bench-d1-trace');
  return {
    status: response.status,
    latencyMs,
    d1Ms: Number(response.headers.get('x-bench-d1-ms') ?? Number.NaN),
    reply: messageOf(twiml),
    roundTrips: Number(response.headers.get('x-bench-d1-round-trips') ?? Number.NaN),
    statements: Number(response.headers.get('x-bench-d1-statements') ?? Number.NaN),
    trace: trace ? JSON.parse(decodeURIComponent(trace)) : [],
  };
}

/** Runs the cron at `time` through wrangler dev's scheduled route; resolves when the sweep has finished. */
export async function runCron(workerUrl, time) {
  const started = performance.now();
  const response = await fetch(`${workerUrl}/cdn-cgi/handler/scheduled?cron=${encodeURIComponent(CRON)}&time=${time}`, {
    signal: AbortSignal.timeout(120_000),
  });
  const body = await response.text();
  if (response.status !== 200) throw new Error(`cron at ${new Date(time).toISOString()} answered ${response.status}: ${body.slice(0, 300)}`);
  return { ms: performance.now() - started };
}
