// `npm test`'s pretest: finds Chromium for the browser tests, installs one where it can, else stops with one line.
// Installs: Debian's chromium (as root or with passwordless sudo), then Playwright's (when its download server answers).
// KINDLING_NO_BROWSER_INSTALL=1 never installs anything: found, or the one line.

import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { findChromium } from './chromium.mjs';

const PLAYWRIGHT_CLI = fileURLToPath(new URL('../../node_modules/playwright-core/cli.js', import.meta.url));
const PLAYWRIGHT_CDN = 'https://cdn.playwright.dev/';

/** What to try, in order, given what this machine allows. */
export function installPlan({ platform, isRoot, passwordlessSudo, hasApt, noInstall }) {
  if (noInstall) return [];
  const plan = [];
  if (platform === 'linux' && hasApt && (isRoot || passwordlessSudo)) plan.push({ kind: 'apt', sudo: !isRoot });
  plan.push({ kind: 'playwright' });
  return plan;
}

/** The one line printed when there is no browser: what to install, and how to point the tests at one. */
export function stopLine(platform, found) {
  if (found.variable) {
    const { name, value } = found.variable;
    return `${name}=${value} is not an executable file: point it at Chromium or Chrome (${name}=/path/to/chromium npm test), or unset it.`;
  }
  const install =
    platform === 'darwin'
      ? 'brew install --cask chromium, or npx playwright-core install chromium'
      : platform === 'win32'
        ? 'Google Chrome, or npx playwright-core install chromium'
        : 'sudo apt-get install chromium, or npx playwright-core install chromium';
  const example = platform === 'darwin' ? '"/Applications/Google Chrome.app/Contents/MacOS/Google Chrome"' : '/path/to/chromium';
  return `No Chromium for the browser tests: install one (${install}), or point the tests at yours: CHROMIUM_PATH=${example} npm test`;
}

/**
 * Finds a browser, installing one by the plan when there is none.
 * @param {{ find: () => ReturnType<typeof findChromium>, plan: Array<{kind: string, sudo?: boolean}>, platform: string,
 *           install: (step: {kind: string, sudo?: boolean}) => Promise<boolean>, log: (line: string) => void }} deps
 * @returns {Promise<{ path: string, from: string } | { path: null, line: string }>}
 */
export async function ensureChromium({ find, plan, platform, install, log }) {
  let found = find();
  if (found.path) return found;
  // a variable naming nothing is a mistake to fix, not a reason to install a second browser
  if (found.variable) return { path: null, line: stopLine(platform, found) };
  for (const step of plan) {
    log(
      step.kind === 'apt'
        ? "No Chromium found: installing Debian's chromium (apt-get)..."
        : 'No Chromium found: trying npx playwright-core install chromium...',
    );
    if (!(await install(step))) continue;
    found = find();
    if (found.path) return found;
  }
  return { path: null, line: stopLine(platform, found) };
}

/** Runs a command, its output passed through to stderr; false on a non-zero exit, an error or the timeout. */
function runCommand(command, args, timeoutMs) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: ['ignore', 'inherit', 'inherit'], env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      process.stderr.write(`${command} took over ${timeoutMs / 1000} s; stopped it.\n`);
    }, timeoutMs);
    child.once('error', () => {
      clearTimeout(timer);
      resolve(false);
    });
    child.once('close', (code) => {
      clearTimeout(timer);
      resolve(code === 0);
    });
  });
}

async function cdnAnswers() {
  try {
    await fetch(PLAYWRIGHT_CDN, { method: 'HEAD', signal: AbortSignal.timeout(5_000) });
    return true;
  } catch {
    return false;
  }
}

/** The real installs. */
async function install(step) {
  if (step.kind === 'apt') {
    const script = 'apt-get update -qq && apt-get install -y -qq chromium >/dev/null';
    return step.sudo ? runCommand('sudo', ['-n', 'sh', '-c', script], 600_000) : runCommand('sh', ['-c', script], 600_000);
  }
  if (!(await cdnAnswers())) {
    process.stderr.write(`Playwright's download server (${PLAYWRIGHT_CDN}) does not answer from here; skipped.\n`);
    return false;
  }
  return runCommand(process.execPath, [PLAYWRIGHT_CLI, 'install', '--no-shell', 'chromium'], 300_000);
}

function machineFacts() {
  const isRoot = process.getuid?.() === 0;
  const hasApt = existsSync('/usr/bin/apt-get');
  const passwordlessSudo = !isRoot && hasApt && spawnSync('sudo', ['-n', 'true'], { stdio: 'ignore', timeout: 5_000 }).status === 0;
  const noInstall = ['1', 'true'].includes(String(process.env.KINDLING_NO_BROWSER_INSTALL ?? '').toLowerCase());
  return { platform: process.platform, isRoot, passwordlessSudo, hasApt, noInstall };
}

async function main() {
  const facts = machineFacts();
  const result = await ensureChromium({
    find: () => findChromium(),
    plan: installPlan(facts),
    platform: facts.platform,
    install,
    log: (line) => process.stderr.write(`${line}\n`),
  });
  if (result.path) {
    console.log(`Browser tests: Chromium at ${result.path} (${result.from})`);
    return;
  }
  console.error(result.line);
  process.exitCode = 1;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await main();
