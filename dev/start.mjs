// `npm start`: local D1 migrations, `wrangler dev` wired to the Twilio stand-in, and the phone simulator, no accounts needed.
// The functions are exported for the demo and the browser tests, which start the same stack on free ports.
// Environment: KINDLING_PORT (8787), SIMULATOR_PORT (8788), KINDLING_PERSIST_TO (.wrangler/state).

import { spawn } from 'node:child_process';
import net from 'node:net';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createDevServer } from './server.mjs';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));
const WRANGLER_BIN = join(ROOT, 'node_modules/wrangler/bin/wrangler.js');

/** Made-up credentials shared by the Worker (as --var) and the stand-in. Nothing here reaches Twilio. */
export const DEV_TWILIO = {
  accountSid: 'AC5e1f0000000000000000000000d0e5',
  authToken: 'kindling-dev-auth-token',
  phoneNumber: '+15005550006',
  /** WhatsApp is on locally: the sender the simulator's WhatsApp texts go to, and the nudge template's sid */
  whatsappFrom: 'whatsapp:+14155238886',
  nudgeContentSid: 'HX5e1f000000000000000000000000d0e5',
};

/**
 * The environment of every wrangler we start (npm start, the tests): no telemetry, and no banner. wrangler 4.86 has no
 * switch for its npm update check; it runs it for the banner (`printWranglerBanner`), which WRANGLER_HIDE_BANNER skips.
 */
export const WRANGLER_ENV = { ...process.env, WRANGLER_SEND_METRICS: 'false', WRANGLER_HIDE_BANNER: 'true', NO_COLOR: '1', FORCE_COLOR: '0' };

/** A TCP port nobody is listening on right now. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

function run(args, { log }) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [WRANGLER_BIN, ...args], { cwd: ROOT, env: WRANGLER_ENV, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    const collect = (chunk) => {
      output += chunk;
    };
    child.stdout.on('data', collect);
    child.stderr.on('data', collect);
    child.once('error', reject);
    child.once('close', (code) => {
      if (code === 0) return resolve(output);
      log(output);
      reject(new Error(`wrangler ${args.slice(0, 3).join(' ')} exited with ${code}`));
    });
  });
}

/** `wrangler d1 migrations apply kindling --local --persist-to DIR`: creates or updates the local schema. */
export async function applyMigrations({ persistTo, log = () => {} }) {
  return run(['d1', 'migrations', 'apply', 'kindling', '--local', '--persist-to', persistTo], { log });
}

/** Answers once `url` gives any HTTP response; fails early if `child` exits first. */
export async function waitForHttp(url, { timeoutMs = 90_000, child, describe = url } = {}) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child && child.exitCode !== null) throw new Error(`${describe} exited with ${child.exitCode} before answering`);
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(2_000) });
      await response.arrayBuffer();
      return response.status;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
  throw new Error(`${describe} did not answer within ${timeoutMs / 1000} s`);
}

/**
 * Starts `wrangler dev` in its own process group with the dev settings.
 * @returns {{ child: import('node:child_process').ChildProcess, url: string, output: () => string, stop: () => Promise<void> }}
 */
export function startWorker({ port, simulatorPort, persistTo, log = () => {} }) {
  const url = `http://127.0.0.1:${port}`;
  const vars = {
    TWILIO_API_BASE: `http://127.0.0.1:${simulatorPort}`,
    TWILIO_AUTH_TOKEN: DEV_TWILIO.authToken,
    TWILIO_ACCOUNT_SID: DEV_TWILIO.accountSid,
    TWILIO_PHONE_NUMBER: DEV_TWILIO.phoneNumber,
    TWILIO_WHATSAPP_FROM: DEV_TWILIO.whatsappFrom,
    TWILIO_WHATSAPP_NUDGE_CONTENT_SID: DEV_TWILIO.nudgeContentSid,
    PUBLIC_BASE_URL: url,
    DEV_SIMULATED_CLOCK: 'true',
  };
  const args = [
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
  ];
  const child = spawn(process.execPath, [WRANGLER_BIN, ...args], {
    cwd: ROOT,
    env: WRANGLER_ENV,
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let output = '';
  const onData = (chunk) => {
    output += chunk;
    if (output.length > 200_000) output = output.slice(-100_000);
    for (const line of String(chunk).split('\n')) if (line.trim()) log(line);
  };
  child.stdout.on('data', onData);
  child.stderr.on('data', onData);
  child.once('error', (problem) => log(`could not start wrangler: ${problem.message}`));

  // Last resort if our process dies without stop(): take the whole wrangler group (workerd included) with us.
  const killGroupNow = () => {
    try {
      process.kill(-child.pid, 'SIGKILL');
    } catch {
      /* already gone */
    }
  };
  process.once('exit', killGroupNow);

  return {
    child,
    url,
    output: () => output,
    async stop() {
      process.removeListener('exit', killGroupNow);
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      try {
        process.kill(-child.pid, 'SIGTERM');
      } catch {
        return;
      }
      const timer = setTimeout(killGroupNow, 5_000);
      await exited;
      clearTimeout(timer);
      killGroupNow(); // workerd may outlive wrangler if it ignored SIGTERM
    },
  };
}

/**
 * The whole local stack: migrations, wrangler dev, the phone simulator.
 * @param {{ kindlingPort?: number, simulatorPort?: number, persistTo?: string, log?: (line: string) => void,
 *           workerLog?: (line: string) => void, startAt?: number }} options
 * startAt: the simulated clock's start (ms) on a fresh state; the wall clock when left out.
 */
export async function startStack(options = {}) {
  const log = options.log ?? (() => {});
  const kindlingPort = options.kindlingPort ?? (await freePort());
  const simulatorPort = options.simulatorPort ?? (await freePort());
  const persistTo = options.persistTo ?? join(ROOT, '.wrangler/state');

  log('Applying local D1 migrations...');
  await applyMigrations({ persistTo, log });

  const simulator = await createDevServer({
    port: simulatorPort,
    workerUrl: `http://127.0.0.1:${kindlingPort}`,
    authToken: DEV_TWILIO.authToken,
    accountSid: DEV_TWILIO.accountSid,
    kindlingNumber: DEV_TWILIO.phoneNumber,
    whatsappFrom: DEV_TWILIO.whatsappFrom,
    ...(options.startAt === undefined ? {} : { startAt: options.startAt }),
    stateFile: join(persistTo, 'kindling-simulator.json'),
    log,
  });
  log('Starting wrangler dev...');
  const worker = startWorker({ port: kindlingPort, simulatorPort, persistTo, log: options.workerLog ?? (() => {}) });
  const stop = async () => {
    await Promise.allSettled([worker.stop(), simulator.close()]);
  };
  try {
    await waitForHttp(`${worker.url}/`, { child: worker.child, describe: 'wrangler dev' });
    await waitForHttp(`${simulator.url}/api/config`, { describe: 'the phone simulator' });
  } catch (problem) {
    await stop();
    problem.message += `\n--- wrangler output ---\n${worker.output().slice(-4_000)}`;
    throw problem;
  }
  return { workerUrl: worker.url, simulatorUrl: simulator.url, simulator, worker, persistTo, stop };
}

/** wrangler cannot fetch Request.cf offline; the warning and its stack trace say nothing about Kindling. */
const HARMLESS_WRANGLER_NOISE = /Request\.cf|ENOTFOUND workers\.cloudflare\.com|GetAddrInfoReqWrap/;

async function main() {
  let stack = null;
  let stopping = false;
  const shutdown = async (signal) => {
    if (stopping) return;
    stopping = true;
    // Still starting: exiting runs the 'exit' hook that kills the wrangler process group.
    if (!stack) process.exit(130);
    console.log(`\n${signal}: stopping wrangler dev and the simulator...`);
    await stack.stop();
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  // `npm start` runs us under `sh -c`, which does not pass SIGTERM on: stop when whoever started us is gone.
  const parent = process.ppid;
  setInterval(() => {
    if (process.ppid !== parent) void shutdown('parent exited');
  }, 1_000).unref();

  stack = await startStack({
    kindlingPort: Number(process.env.KINDLING_PORT || 8787),
    simulatorPort: Number(process.env.SIMULATOR_PORT || 8788),
    persistTo: process.env.KINDLING_PERSIST_TO || undefined,
    log: (line) => console.log(line),
    workerLog: (line) => {
      if (!HARMLESS_WRANGLER_NOISE.test(line)) console.log(`[worker] ${line}`);
    },
  });
  console.log(`\nKindling Worker:          ${stack.workerUrl}`);
  console.log(`Kindling phone simulator: ${stack.simulatorUrl}\n`);
  console.log('Open the simulator, pick a number and text Kindling a note. Ctrl-C stops everything.');
  console.log(
    'The simulator runs the Worker\'s cron itself (every 15 simulated minutes, through /cdn-cgi/handler/scheduled), so wrangler\'s "Scheduled Workers are not automatically triggered" line does not apply here.',
  );
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  main().catch((problem) => {
    console.error(problem.message);
    process.exit(1);
  });
}
