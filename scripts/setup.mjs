#!/usr/bin/env node
// `npm run setup`: from a Cloudflare login and a Twilio account to a working Kindling number. Finds before it creates,
// skips what is already right, prints each step, and stops with a clear message (and exit code 1) on the first failure.
//
// Reads TWILIO_ACCOUNT_SID, TWILIO_AUTH_TOKEN, TWILIO_PHONE_NUMBER (and optionally TWILIO_WHATSAPP_FROM,
// TWILIO_WHATSAPP_NUDGE_CONTENT_SID, ALLOWED_NUMBERS, PUBLIC_BASE_URL) from the environment, or asks for them.
// For tests and unusual setups: KINDLING_WRANGLER (the command that runs wrangler, split on spaces; default the
// project's wrangler), TWILIO_API_BASE (default https://api.twilio.com), KINDLING_CONFIG (default ./wrangler.toml).
// What it did last is kept in .wrangler/kindling-setup.json beside the config (a fingerprint of the deployed bundle
// and of the auth token), so a second run can tell that nothing needs doing.

import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { faultyFields } from '../src/settings-schema.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const CONFIG = resolve(process.env.KINDLING_CONFIG ?? join(ROOT, 'wrangler.toml'));
const STATE = join(dirname(CONFIG), '.wrangler', 'kindling-setup.json');
const TWILIO_API = (process.env.TWILIO_API_BASE || 'https://api.twilio.com').replace(/\/+$/, '');
const E164 = /^\+[1-9]\d{6,14}$/;

/** A failure the owner can act on: printed as is, without a stack. */
class SetupError extends Error {}

const changes = [];

function say(line) {
  process.stdout.write(`${line}\n`);
}

/** Runs one numbered step, printing what it found or did. */
let stepNumber = 0;
async function step(title, work) {
  stepNumber += 1;
  say(`\n${stepNumber}. ${title}`);
  return work();
}

function done(what) {
  changes.push(what);
  say(`   done: ${what}`);
}

function already(what) {
  say(`   already right: ${what}`);
}

// ---- settings ----

async function ask(question, { hidden = false } = {}) {
  if (!process.stdin.isTTY) return '';
  const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: true });
  if (hidden) {
    const write = rl._writeToOutput?.bind(rl);
    rl._writeToOutput = (text) => (text.startsWith(question) ? write?.(text) : write?.(''));
  }
  const answer = await new Promise((resolveAnswer) => rl.question(question, resolveAnswer));
  rl.close();
  if (hidden) process.stdout.write('\n');
  return answer.trim();
}

async function readSettings() {
  const settings = {
    accountSid: process.env.TWILIO_ACCOUNT_SID?.trim() || (await ask('Twilio account SID (AC...): ')),
    authToken: process.env.TWILIO_AUTH_TOKEN?.trim() || (await ask('Twilio auth token: ', { hidden: true })),
    phoneNumber: process.env.TWILIO_PHONE_NUMBER?.trim() || (await ask('Twilio phone number (+E164): ')),
    whatsappFrom: process.env.TWILIO_WHATSAPP_FROM?.trim() || '',
    whatsappContentSid: process.env.TWILIO_WHATSAPP_NUDGE_CONTENT_SID?.trim() || '',
    allowedNumbers: process.env.ALLOWED_NUMBERS?.trim(),
    publicBaseUrl: process.env.PUBLIC_BASE_URL?.trim().replace(/\/+$/, '') || '',
  };
  const missing = [
    ['TWILIO_ACCOUNT_SID', settings.accountSid],
    ['TWILIO_AUTH_TOKEN', settings.authToken],
    ['TWILIO_PHONE_NUMBER', settings.phoneNumber],
  ]
    .filter(([, value]) => !value)
    .map(([name]) => name);
  if (missing.length)
    throw new SetupError(
      `Missing ${missing.join(', ')}. Set ${missing.length > 1 ? 'them' : 'it'} in the environment (or run this in a terminal to be asked).`,
    );
  if (!/^AC[0-9a-fA-F]{32}$/.test(settings.accountSid))
    throw new SetupError('TWILIO_ACCOUNT_SID should be AC followed by 32 hex characters (the Twilio console shows it under Account Info).');
  if (!E164.test(settings.phoneNumber)) throw new SetupError(`TWILIO_PHONE_NUMBER should be in E.164 form, like +15551234567 (got ${settings.phoneNumber}).`);
  if (settings.publicBaseUrl && !/^https:\/\/[^/\s]+$/.test(settings.publicBaseUrl))
    throw new SetupError('PUBLIC_BASE_URL should be an https origin, like https://kindling.example.com.');
  checkAsTheWorkerWill(settings);
  return settings;
}

/** What each setting should look like, for the message when the Worker's own schema refuses it. */
const SHOULD_BE = {
  TWILIO_WHATSAPP_NUDGE_CONTENT_SID: "the approved template's Content SID: HX followed by 32 hex characters (Content Template Builder)",
  TWILIO_WHATSAPP_FROM: 'whatsapp:+ and the sender in E.164, like whatsapp:+15551234567',
  ALLOWED_NUMBERS: 'E.164 numbers separated by commas, like +15551234567,+15557654321',
};

/**
 * The settings the deployed Worker will read (the config's [vars] with these written over them, and the secret),
 * checked with the Worker's own schema (src/settings-schema.mjs), before anything is written: a setting it would refuse
 * makes every webhook fail. Names the settings at fault, never their values.
 */
function checkAsTheWorkerWill(settings) {
  const vars = varsOf(readConfig());
  const fields = faultyFields({
    ...vars,
    TWILIO_ACCOUNT_SID: settings.accountSid,
    TWILIO_AUTH_TOKEN: settings.authToken,
    TWILIO_PHONE_NUMBER: settings.phoneNumber,
    ...(settings.whatsappFrom ? { TWILIO_WHATSAPP_FROM: settings.whatsappFrom } : {}),
    ...(settings.whatsappContentSid ? { TWILIO_WHATSAPP_NUDGE_CONTENT_SID: settings.whatsappContentSid } : {}),
    ...(settings.allowedNumbers !== undefined ? { ALLOWED_NUMBERS: settings.allowedNumbers } : {}),
    ...(settings.publicBaseUrl ? { PUBLIC_BASE_URL: settings.publicBaseUrl } : {}),
  });
  if (fields.length === 0) return;
  const lines = fields.map((field) => `${field} should be ${SHOULD_BE[field] ?? 'what the Worker accepts (see src/settings-schema.mjs)'}.`);
  throw new SetupError(`The Worker would refuse these settings, so nothing was changed:\n     ${lines.join('\n     ')}`);
}

// ---- wrangler.toml: small, exact edits (no TOML library: the file's layout is ours) ----

function readConfig() {
  if (!existsSync(CONFIG)) throw new SetupError(`No wrangler config at ${CONFIG}.`);
  return readFileSync(CONFIG, 'utf8');
}

/** The [[name]] or [name] blocks of the file: { header, start, end } line ranges. */
function blocksOf(text, header) {
  const lines = text.split('\n');
  const blocks = [];
  for (let index = 0; index < lines.length; index++) {
    if (lines[index].trim() !== header) continue;
    let end = index + 1;
    while (end < lines.length && !/^\s*\[/.test(lines[end])) end++;
    blocks.push({ start: index, end });
  }
  return { lines, blocks };
}

function stringValue(line, key) {
  const match = new RegExp(`^\\s*${key}\\s*=\\s*("(?:[^"\\\\]|\\\\.)*")\\s*(?:#.*)?$`).exec(line);
  return match ? JSON.parse(match[1]) : undefined;
}

function topLevel(text, key) {
  for (const line of text.split('\n')) {
    if (/^\s*\[/.test(line)) break;
    const value = stringValue(line, key);
    if (value !== undefined) return value;
  }
  return undefined;
}

/** The [[d1_databases]] block bound to DB: its name and id, and where its id line is. */
function databaseOf(text) {
  const { lines, blocks } = blocksOf(text, '[[d1_databases]]');
  for (const block of blocks) {
    const body = lines.slice(block.start + 1, block.end);
    if (!body.some((line) => stringValue(line, 'binding') === 'DB')) continue;
    const name = body.map((line) => stringValue(line, 'database_name')).find((value) => value !== undefined);
    const idLine = body.findIndex((line) => stringValue(line, 'database_id') !== undefined);
    return { name, id: idLine >= 0 ? stringValue(body[idLine], 'database_id') : undefined, block, idLine };
  }
  throw new SetupError(`${CONFIG} has no [[d1_databases]] block with binding = "DB".`);
}

function withDatabaseId(text, id) {
  const { block, idLine } = databaseOf(text);
  const lines = text.split('\n');
  const line = `database_id = ${JSON.stringify(id)}`;
  if (idLine >= 0) lines[block.start + 1 + idLine] = line;
  else lines.splice(block.start + 1, 0, line);
  return lines.join('\n');
}

function varsOf(text) {
  const { lines, blocks } = blocksOf(text, '[vars]');
  const vars = {};
  for (const block of blocks) {
    for (const line of lines.slice(block.start + 1, block.end)) {
      const key = /^\s*([A-Za-z_][A-Za-z0-9_]*)\s*=/.exec(line)?.[1];
      if (key) vars[key] = stringValue(line, key);
    }
  }
  return vars;
}

function withVar(text, key, value) {
  const { lines, blocks } = blocksOf(text, '[vars]');
  const line = `${key} = ${JSON.stringify(value)}`;
  const block = blocks[0];
  if (!block) return `${text.replace(/\n*$/, '\n')}\n[vars]\n${line}\n`;
  const at = lines.findIndex((candidate, index) => index > block.start && index < block.end && stringValue(candidate, key) !== undefined);
  if (at >= 0) lines[at] = line;
  else {
    let last = block.end;
    while (last > block.start + 1 && lines[last - 1].trim() === '') last--;
    lines.splice(last, 0, line);
  }
  return lines.join('\n');
}

function queuesOf(text) {
  const names = new Set();
  for (const line of text.split('\n')) {
    for (const key of ['queue', 'dead_letter_queue']) {
      const value = stringValue(line, key);
      if (value) names.add(value);
    }
  }
  return [...names];
}

// ---- local record of what was deployed ----

function readState() {
  try {
    return JSON.parse(readFileSync(STATE, 'utf8'));
  } catch {
    return {};
  }
}

function writeState(state) {
  mkdirSync(dirname(STATE), { recursive: true });
  writeFileSync(STATE, `${JSON.stringify(state, null, 2)}\n`);
}

const sha256 = (text) => createHash('sha256').update(text).digest('hex');

/** The JSON array wrangler printed, even after a banner or warning lines; a SetupError when there is none. */
function jsonArrayIn(stdout, command) {
  for (const match of stdout.matchAll(/^\s*\[/gm)) {
    try {
      const parsed = JSON.parse(stdout.slice(match.index));
      if (Array.isArray(parsed)) return parsed;
    } catch {
      // a "[WARNING]" line or similar: try the next line that opens with a bracket
    }
  }
  throw new SetupError(`${command} printed no JSON list:\n     ${stdout.trim().slice(0, 300)}`);
}

// ---- wrangler ----

function wranglerCommand() {
  if (process.env.KINDLING_WRANGLER?.trim()) return process.env.KINDLING_WRANGLER.trim().split(/\s+/);
  const local = join(ROOT, 'node_modules', '.bin', process.platform === 'win32' ? 'wrangler.cmd' : 'wrangler');
  return existsSync(local) ? [local] : ['npx', 'wrangler'];
}

/** Runs wrangler with the config; resolves { stdout, stderr }; a non-zero exit is a SetupError naming the command. */
function wrangler(args, { stdin, allowFailure = false } = {}) {
  const [command, ...prefix] = wranglerCommand();
  const fullArgs = [...prefix, ...args, '--config', CONFIG];
  return new Promise((resolveRun, rejectRun) => {
    const child = spawn(command, fullArgs, {
      cwd: dirname(CONFIG),
      env: { ...process.env, WRANGLER_SEND_METRICS: 'false', CI: process.env.CI ?? 'true' },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', (cause) => rejectRun(new SetupError(`Could not run wrangler (${command}): ${cause.message}`)));
    child.on('close', (code) => {
      if (code === 0 || allowFailure) return resolveRun({ code, stdout, stderr });
      const said = `${stderr}\n${stdout}`
        .split('\n')
        .map((line) => line.trim())
        .filter(Boolean)
        .slice(-6)
        .join('\n     ');
      const hint = /not authenticated|login|auth/i.test(said) ? '\n   Log in first: npx wrangler login' : '';
      rejectRun(new SetupError(`wrangler ${args.join(' ')} failed (exit ${code}):\n     ${said}${hint}`));
    });
    child.stdin.end(stdin ?? '');
  });
}

// ---- Twilio ----

async function twilio(settings, method, path, form) {
  const url = `${TWILIO_API}/2010-04-01/Accounts/${settings.accountSid}${path}`;
  let response;
  try {
    response = await fetch(url, {
      method,
      headers: {
        authorization: `Basic ${Buffer.from(`${settings.accountSid}:${settings.authToken}`).toString('base64')}`,
        ...(form ? { 'content-type': 'application/x-www-form-urlencoded' } : {}),
      },
      body: form ? new URLSearchParams(form).toString() : undefined,
      signal: AbortSignal.timeout(15_000),
    });
  } catch (cause) {
    throw new SetupError(`Could not reach Twilio at ${TWILIO_API}: ${cause.message}`);
  }
  const body = await response.json().catch(() => ({}));
  if (response.status === 401) {
    throw new SetupError(
      'Twilio refused the account SID and auth token (401). Check TWILIO_ACCOUNT_SID and TWILIO_AUTH_TOKEN in the Twilio console (Account Info).',
    );
  }
  if (!response.ok)
    throw new SetupError(`Twilio answered ${response.status}${body.code ? ` (error ${body.code})` : ''} to ${method} ${path}: ${body.message ?? 'no message'}`);
  return body;
}

// ---- the steps ----

async function findNumber(settings) {
  const list = await twilio(settings, 'GET', `/IncomingPhoneNumbers.json?PhoneNumber=${encodeURIComponent(settings.phoneNumber)}`);
  const number = (list.incoming_phone_numbers ?? []).find((candidate) => candidate.phone_number === settings.phoneNumber);
  if (!number)
    throw new SetupError(
      `${settings.phoneNumber} is not a phone number on Twilio account ${settings.accountSid}. Buy one (Phone Numbers > Buy a number) or fix TWILIO_PHONE_NUMBER.`,
    );
  say(`   found ${number.phone_number} (${number.sid}); messages go to ${number.sms_url || '(nowhere)'}`);
  return number;
}

async function ensureDatabase() {
  const { name, id } = databaseOf(readConfig());
  if (!name) throw new SetupError(`${CONFIG}: the DB binding has no database_name.`);
  const listDatabases = async () => {
    const { stdout } = await wrangler(['d1', 'list', '--json']);
    return jsonArrayIn(stdout, 'wrangler d1 list --json');
  };
  let database = (await listDatabases()).find((candidate) => candidate.name === name);
  if (database) say(`   found D1 database ${name} (${database.uuid})`);
  else {
    await wrangler(['d1', 'create', name]);
    database = (await listDatabases()).find((candidate) => candidate.name === name);
    if (!database) throw new SetupError(`wrangler d1 create ${name} succeeded but the database is not in wrangler d1 list.`);
    done(`created D1 database ${name} (${database.uuid})`);
  }
  if (id === database.uuid) already(`database_id in ${CONFIG}`);
  else {
    writeFileSync(CONFIG, withDatabaseId(readConfig(), database.uuid));
    done(`wrote database_id ${database.uuid} into ${CONFIG}`);
  }
  return name;
}

async function ensureQueues() {
  const { stdout } = await wrangler(['queues', 'list']);
  for (const queue of queuesOf(readConfig())) {
    const listed = new RegExp(`(^|[\\s│|])${queue.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}([\\s│|]|$)`, 'm').test(stdout);
    if (listed) already(`queue ${queue}`);
    else {
      await wrangler(['queues', 'create', queue]);
      done(`created queue ${queue}`);
    }
  }
}

async function applyMigrations(database) {
  const { stdout } = await wrangler(['d1', 'migrations', 'apply', database, '--remote']);
  if (/No migrations to apply/i.test(stdout)) already('every migration is applied');
  else done(`applied migrations to ${database}`);
}

function setVars(settings, state) {
  const wanted = { TWILIO_ACCOUNT_SID: settings.accountSid, TWILIO_PHONE_NUMBER: settings.phoneNumber };
  if (settings.whatsappFrom) wanted.TWILIO_WHATSAPP_FROM = settings.whatsappFrom;
  if (settings.whatsappContentSid) wanted.TWILIO_WHATSAPP_NUDGE_CONTENT_SID = settings.whatsappContentSid;
  if (settings.allowedNumbers !== undefined) wanted.ALLOWED_NUMBERS = settings.allowedNumbers;
  const base = settings.publicBaseUrl || state.workerUrl;
  if (base) wanted.PUBLIC_BASE_URL = base;
  writeVars(wanted);
}

function writeVars(wanted) {
  const current = varsOf(readConfig());
  let text = readConfig();
  for (const [key, value] of Object.entries(wanted)) {
    if (current[key] === value) already(`${key} in [vars]`);
    else {
      text = withVar(text, key, value);
      done(`set ${key} in [vars]`);
    }
  }
  if (text !== readConfig()) writeFileSync(CONFIG, text);
}

async function ensureSecret(settings, state) {
  const { code, stdout, stderr } = await wrangler(['secret', 'list', '--format', 'json'], { allowFailure: true });
  let names = [];
  if (code === 0) names = jsonArrayIn(stdout, 'wrangler secret list').map((secret) => secret.name);
  else if (!/does not exist|not found|10007/i.test(`${stdout}${stderr}`)) {
    throw new SetupError(`wrangler secret list failed (exit ${code}):\n     ${`${stderr}\n${stdout}`.trim().split('\n').slice(-4).join('\n     ')}`);
  }
  const fingerprint = sha256(`twilio-auth-token:${settings.authToken}`);
  if (names.includes('TWILIO_AUTH_TOKEN') && state.tokenFingerprint === fingerprint) {
    already('TWILIO_AUTH_TOKEN is a secret of the Worker');
    return;
  }
  await wrangler(['secret', 'put', 'TWILIO_AUTH_TOKEN'], { stdin: settings.authToken });
  writeState({ ...readState(), tokenFingerprint: fingerprint });
  done('stored TWILIO_AUTH_TOKEN as a secret');
}

/** A fingerprint of what `wrangler deploy` would upload: the built bundle and the config. */
async function bundleFingerprint() {
  const outdir = mkdtempSync(join(tmpdir(), 'kindling-setup-'));
  try {
    await wrangler(['deploy', '--dry-run', '--outdir', outdir]);
    const hash = createHash('sha256').update(readConfig());
    // wrangler also writes a README.md stamped with the build time, and source maps: neither is uploaded code
    for (const file of readdirSync(outdir)
      .filter((name) => !name.endsWith('.map') && name !== 'README.md')
      .sort())
      hash.update(file).update(readFileSync(join(outdir, file)));
    return hash.digest('hex');
  } finally {
    rmSync(outdir, { recursive: true, force: true });
  }
}

async function deploy(settings) {
  const fingerprint = await bundleFingerprint();
  const state = readState();
  if (state.deployedFingerprint === fingerprint && state.workerUrl) {
    already(`the deployed Worker is this build (${state.workerUrl})`);
    return state.workerUrl;
  }
  const { stdout } = await wrangler(['deploy']);
  const workersDev = /https:\/\/[a-z0-9-]+(?:\.[a-z0-9-]+)*\.workers\.dev/i.exec(stdout)?.[0];
  const workerUrl = settings.publicBaseUrl || workersDev;
  if (!workerUrl)
    throw new SetupError(
      'Deployed, but wrangler printed no workers.dev URL. Set PUBLIC_BASE_URL to the origin Twilio should call (a custom domain or route) and run setup again.',
    );
  writeState({ ...readState(), deployedFingerprint: fingerprint, workerUrl });
  done(`deployed ${workerUrl}`);
  return workerUrl;
}

async function pointNumber(settings, number, base) {
  const smsUrl = `${base}/twilio/sms`;
  if (number.sms_url === smsUrl && number.sms_method === 'POST') {
    already(`${settings.phoneNumber} sends incoming messages to ${smsUrl}`);
    return;
  }
  const updated = await twilio(settings, 'POST', `/IncomingPhoneNumbers/${number.sid}.json`, { SmsUrl: smsUrl, SmsMethod: 'POST' });
  if (updated.sms_url !== smsUrl) throw new SetupError(`Twilio did not take the new webhook for ${settings.phoneNumber} (it reports ${updated.sms_url}).`);
  done(`${settings.phoneNumber} now sends incoming messages to ${smsUrl} (HTTP POST)`);
}

async function main() {
  say(`Kindling setup (config ${CONFIG})`);
  const settings = await step('Settings', readSettings);
  say(`   account ${settings.accountSid}, number ${settings.phoneNumber}${settings.whatsappFrom ? `, WhatsApp ${settings.whatsappFrom}` : ''}`);
  const number = await step('Twilio: find the number', () => findNumber(settings));
  const database = await step('Cloudflare: the D1 database', ensureDatabase);
  await step('Cloudflare: the send queues', ensureQueues);
  await step('Cloudflare: database migrations (remote)', () => applyMigrations(database));
  await step('Settings in wrangler.toml [vars]', () => setVars(settings, readState()));
  await step('Cloudflare: the auth token secret', () => ensureSecret(settings, readState()));
  let base = await step('Cloudflare: deploy the Worker', () => deploy(settings));
  if (varsOf(readConfig()).PUBLIC_BASE_URL !== base) {
    base = await step('PUBLIC_BASE_URL (signatures and status callbacks use it), then deploy again', async () => {
      writeVars({ PUBLIC_BASE_URL: base });
      return deploy(settings);
    });
  }
  await step('Twilio: point the number at the Worker', () => pointNumber(settings, number, base));

  say('');
  if (changes.length === 0) say('Nothing changed: everything was already set up.');
  else say(`Done: ${changes.length} change${changes.length === 1 ? '' : 's'}.`);
  say(`Text ${settings.phoneNumber} a note about someone you met. Kindling answers from ${base}.`);
  if (settings.whatsappFrom) {
    say(
      `WhatsApp: in the Twilio console, set the sender ${settings.whatsappFrom}'s webhook ("a message comes in") to ${base}/twilio/sms, HTTP POST (Messaging > Senders > WhatsApp senders; for the sandbox, Messaging > Try it out > WhatsApp sandbox settings).`,
    );
  }
  say(
    "Not done by setup: US numbers need A2P 10DLC registration before carriers deliver texts (Twilio console > Messaging > Regulatory compliance), and a WhatsApp nudge template needs Meta's approval.",
  );
}

main().catch((cause) => {
  if (cause instanceof SetupError) process.stderr.write(`\nSetup stopped: ${cause.message}\n`);
  else process.stderr.write(`\nSetup stopped on an unexpected error: ${cause?.stack ?? cause}\n`);
  process.exitCode = 1;
});
