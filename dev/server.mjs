// The local phone simulator: Twilio stand-in on the REST paths, a JSON API for the phone page, and the simulated clock.
// Texts from the page (SMS or WhatsApp, optionally with a shared contact card) are signed exactly as Twilio signs them
// and posted to the Worker; replies (TwiML or REST) and nudges are recorded per phone number with the channel they
// went on. The clock steps in 15-minute cron ticks, calling the Worker's scheduled handler.
// Plain Node `http`; never imported by src/ (it must not be bundled into the Worker).

import http from 'node:http';
import { randomBytes } from 'node:crypto';
import { readFile, writeFile, stat, mkdir } from 'node:fs/promises';
import { dirname, extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import twilioWebhooks from 'twilio/lib/webhooks/webhooks.js';
import smsSegments from 'sms-segments-calculator';
import { parsePhoneNumberFromString } from 'libphonenumber-js';
import { createTwilioStandin } from './twilio-standin.mjs';
import { proxyPage, zonedInstant } from './page-proxy.mjs';

const { getExpectedTwilioSignature } = twilioWebhooks;
const { SegmentedMessage } = smsSegments;

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const PUBLIC_DIR = fileURLToPath(new URL('./public/', import.meta.url));
const TIME_ZONES_SOURCE = join(ROOT, 'src/domain/time-zones.ts');

export const QUARTER_HOUR = 15 * 60 * 1000;
const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;
export const CLOCK_STEPS = { hour: HOUR, day: DAY, week: 7 * DAY };
/** "Next text" gives up after this much simulated time. */
export const NEXT_TEXT_LIMIT = 14 * DAY;

export const PRESET_NUMBERS = [
  { number: '+12125550100', label: 'New York' },
  { number: '+14155550100', label: 'San Francisco' },
  { number: '+13125550100', label: 'Chicago' },
  { number: '+447700900123', label: 'London' },
];

/** Failures the page can ask the stand-in to produce on the next REST send. */
export const PAGE_FAILURES = {
  500: 'HTTP 500 server error',
  429: 'HTTP 429 too many requests',
  21610: '21610 recipient unsubscribed',
  21211: '21211 invalid number',
};

/**
 * The nudge template's wording as the README suggests it (Content Template Builder), so a template send shows what the
 * user would read; the stand-in itself only knows the variables.
 */
export function renderNudgeTemplate(variables) {
  return `Your Kindling follow-up about ${variables?.['1'] ?? ''}: ${variables?.['2'] ?? ''}\n\nReply here to answer, or STOP to stop these.`;
}

/** "whatsapp:+12125550100" -> { phone: "+12125550100", channel: "whatsapp" }; "+12125550100" -> SMS. */
export function addressOf(to) {
  const raw = String(to ?? '');
  return raw.startsWith('whatsapp:') ? { phone: raw.slice('whatsapp:'.length), channel: 'whatsapp' } : { phone: raw, channel: 'sms' };
}

/** A contact card as a phone shares it: vCard 3.0 with the fields given (name, phone, email, org, birthday). */
export function buildVCard(card) {
  const escapeValue = (value) =>
    String(value)
      .replace(/\\/g, '\\\\')
      .replace(/\r?\n/g, '\\n')
      .replace(/([,;])/g, '\\$1');
  const name = String(card.name ?? '').trim();
  const words = name.split(/\s+/).filter(Boolean);
  const family = words.length > 1 ? words.at(-1) : '';
  const given = words.length > 1 ? words.slice(0, -1).join(' ') : (words[0] ?? '');
  const lines = [
    'BEGIN:VCARD',
    'VERSION:3.0',
    'PRODID:-//Kindling phone simulator//EN',
    `N:${escapeValue(family)};${escapeValue(given)};;;`,
    `FN:${escapeValue(name)}`,
  ];
  if (card.org?.trim()) lines.push(`ORG:${escapeValue(card.org.trim())};`);
  if (card.phone?.trim()) lines.push(`TEL;type=CELL;type=VOICE;type=pref:${escapeValue(card.phone.trim())}`);
  if (card.email?.trim()) lines.push(`EMAIL;type=INTERNET;type=pref:${escapeValue(card.email.trim())}`);
  if (card.birthday?.trim()) lines.push(`BDAY;value=date:${escapeValue(card.birthday.trim())}`);
  lines.push('END:VCARD');
  return `${lines.join('\r\n')}\r\n`;
}

/** The card fields the page may send, trimmed; null when there is no card or nothing on it. */
function readCard(raw) {
  if (raw === undefined || raw === null) return null;
  if (typeof raw !== 'object') throw new UserError('card must be an object');
  const card = {};
  for (const field of ['name', 'phone', 'email', 'org', 'birthday']) {
    const value = raw[field];
    if (value === undefined || value === null || value === '') continue;
    if (typeof value !== 'string' || value.length > 200) throw new UserError(`card.${field} must be a short string`);
    if (value.trim()) card[field] = value.trim();
  }
  if (card.birthday && !/^\d{4}-\d{2}-\d{2}$/.test(card.birthday)) throw new UserError('card.birthday must be YYYY-MM-DD');
  if (Object.keys(card).length === 0) throw new UserError('Fill in at least one field of the card.');
  return card;
}

/** "1 seg · GSM-7"-style facts about one SMS body, as Twilio would bill it. */
export function describeSegments(body) {
  const message = new SegmentedMessage(body);
  return { segments: message.segmentsCount, encoding: message.encodingName };
}

const XML_ENTITIES = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/** Undoes XML escaping: "Tom &amp; Jerry &#39;s" -> "Tom & Jerry 's". */
export function unescapeXml(text) {
  return text.replace(/&(lt|gt|amp|quot|apos|#\d+|#x[0-9a-f]+);/gi, (whole, name) => {
    if (name[0] !== '#') return XML_ENTITIES[name.toLowerCase()] ?? whole;
    const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
    return Number.isFinite(code) ? String.fromCodePoint(code) : whole;
  });
}

function xmlText(raw) {
  // CDATA sections are literal; everything else is escaped text.
  return raw
    .split(/(<!\[CDATA\[[\s\S]*?\]\]>)/)
    .map((part) => (part.startsWith('<![CDATA[') ? part.slice(9, -3) : unescapeXml(part.replace(/<[^>]+>/g, ''))))
    .join('');
}

/** The bodies of the <Message> verbs in a TwiML document, in order: "<Response><Message>Hi</Message></Response>" -> ["Hi"]. */
export function parseTwimlMessages(xml) {
  const bodies = [];
  for (const match of xml.matchAll(/<Message\b[^>]*?(?:\/>|>([\s\S]*?)<\/Message>)/g)) {
    let inner = match[1] ?? '';
    const body = /<Body\b[^>]*>([\s\S]*?)<\/Body>/.exec(inner);
    inner = body ? body[1] : inner.replace(/<Media\b[^>]*(?:\/>|>[\s\S]*?<\/Media>)/g, '');
    bodies.push(xmlText(inner));
  }
  return bodies;
}

/** "+1 (212) 555-0100", "2125550100" -> "+12125550100"; null when it is not a phone number. */
export function normalizePhone(input) {
  const parsed = parsePhoneNumberFromString(String(input ?? '').trim(), 'US');
  return parsed && /^\+[1-9]\d{6,14}$/.test(parsed.number) ? parsed.number : null;
}

function isLoopback(url) {
  try {
    const { hostname } = new URL(url);
    return hostname === '127.0.0.1' || hostname === 'localhost' || hostname === '[::1]';
  } catch {
    return false;
  }
}

/** The cron expression(s) from wrangler.toml, so the simulator triggers exactly what is configured. */
export async function readCron(root = ROOT) {
  const toml = await readFile(join(root, 'wrangler.toml'), 'utf8').catch(() => '');
  const crons = /crons\s*=\s*\[([^\]]*)\]/.exec(toml);
  const first = crons && /"([^"]+)"/.exec(crons[1]);
  return first ? first[1] : '*/15 * * * *';
}

/**
 * Loads `guessTimeZone(phone)` from src/domain/time-zones.ts by bundling it with esbuild (into this process only).
 * Returns null until the file exists and exports the function; rebuilt when the file changes.
 */
function createTimeZoneGuesser() {
  let loadedMtime = 0;
  let guess = null;
  let loading = null;
  let lastProblem = null;
  async function load() {
    const info = await stat(TIME_ZONES_SOURCE).catch(() => null);
    if (!info || info.mtimeMs === loadedMtime) return;
    loadedMtime = info.mtimeMs;
    try {
      const esbuild = await import('esbuild');
      const result = await esbuild.build({
        entryPoints: [TIME_ZONES_SOURCE],
        bundle: true,
        format: 'esm',
        platform: 'node',
        write: false,
        logLevel: 'silent',
      });
      const code = result.outputFiles[0].text;
      const module = await import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`);
      guess = typeof module.guessTimeZone === 'function' ? module.guessTimeZone : null;
      lastProblem = guess ? null : 'src/domain/time-zones.ts does not export guessTimeZone yet';
    } catch (problem) {
      lastProblem = `src/domain/time-zones.ts did not build: ${problem.message.split('\n')[0]}`;
    }
  }
  return {
    /** @returns {Promise<{ timeZone: string, timeZoneSource: string }>} */
    async zoneFor(phone) {
      loading ??= load().finally(() => {
        loading = null;
      });
      await loading;
      if (guess) {
        try {
          const zone = guess(phone);
          if (typeof zone === 'string' && zone) return { timeZone: zone, timeZoneSource: 'guessTimeZone' };
        } catch {
          // fall through to the fallback zone
        }
      }
      return { timeZone: 'UTC', timeZoneSource: lastProblem ?? 'src/domain/time-zones.ts not written yet: showing UTC' };
    },
  };
}

function floorToQuarter(ms) {
  return Math.floor(ms / QUARTER_HOUR) * QUARTER_HOUR;
}

const CONTENT_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.svg': 'image/svg+xml',
};

/**
 * @param {{ port?: number, host?: string, workerUrl: string, publicBaseUrl?: string, authToken: string,
 *           accountSid: string, kindlingNumber: string, whatsappFrom?: string, stateFile?: string, cron?: string,
 *           startAt?: number, autoCron?: boolean, statusDelayMs?: number, log?: (line: string) => void }} options
 * workerUrl: where the Worker listens; publicBaseUrl: the URL it believes it has (PUBLIC_BASE_URL), which is signed.
 * whatsappFrom: the Worker's TWILIO_WHATSAPP_FROM, the To of the page's WhatsApp texts (WhatsApp mode is off without it).
 * stateFile: where the conversations and the clock survive a restart. startAt: the simulated time to start at (ms) when
 * no saved state says otherwise (tests pick their own clock). autoCron: run due cron ticks as real time passes.
 */
export async function createDevServer(options) {
  const host = options.host ?? '127.0.0.1';
  const workerUrl = options.workerUrl.replace(/\/$/, '');
  const publicBaseUrl = (options.publicBaseUrl ?? workerUrl).replace(/\/$/, '');
  const cron = options.cron ?? (await readCron());
  const log = options.log ?? (() => {});
  const zones = createTimeZoneGuesser();

  // ---- state ----
  /** @type {Map<string, Array<object>>} phone -> entries, oldest first */
  const conversations = new Map();
  /** Status callbacks posted to the Worker and how it answered. */
  const statusCallbacks = [];
  let offset = Number.isFinite(options.startAt) ? options.startAt - Date.now() : 0; // simulated time = wall clock + offset
  let entryCounter = 0;
  let version = 0;
  let busy = null; // { action, target? } while the clock or a text is in flight
  /** Cron runs that failed since the last thing the user did: { count, last }. */
  let cronFailures = { count: 0, last: null };
  const cronRuns = [];

  if (options.stateFile) {
    const saved = await readFile(options.stateFile, 'utf8')
      .then(JSON.parse)
      .catch(() => null);
    if (saved) {
      offset = saved.offset ?? 0;
      for (const [phone, entries] of saved.conversations ?? []) conversations.set(phone, entries);
      entryCounter = saved.entryCounter ?? 0;
    }
  }
  const simNow = () => Date.now() + offset;
  let cronCursor = floorToQuarter(simNow()); // the last quarter-hour already handed to the cron

  // ---- change notification (server-sent events) and persistence ----
  const listeners = new Set();
  let broadcastTimer = null;
  let saveTimer = null;
  /** content: false for the clock or busy state alone, which the event carries itself (no refetch of the conversation) */
  function changed({ save = true, content = true } = {}) {
    if (content) version += 1;
    broadcastTimer ??= setTimeout(() => {
      broadcastTimer = null;
      const event = `data: ${JSON.stringify(snapshotHead())}\n\n`;
      for (const listener of listeners) listener(event);
    }, 40);
    if (save && options.stateFile)
      saveTimer ??= setTimeout(() => {
        saveTimer = null;
        void save_();
      }, 200);
  }
  async function save_() {
    const body = JSON.stringify({ offset, entryCounter, conversations: [...conversations] });
    await mkdir(dirname(options.stateFile), { recursive: true });
    await writeFile(options.stateFile, body).catch((problem) => log(`could not save ${options.stateFile}: ${problem.message}`));
  }
  function snapshotHead() {
    return { version, now: simNow(), busy, pendingFailures: standin.pendingFailures().map(String), problem: describeCronFailures() };
  }

  function record(phone, entry) {
    const full = { id: ++entryCounter, phone, at: simNow(), channel: 'sms', ...entry };
    // segments are an SMS matter: WhatsApp bills per conversation, not per 160 characters
    if (full.direction === 'kindling' && full.channel === 'sms') Object.assign(full, describeSegments(full.body));
    if (!conversations.has(phone)) conversations.set(phone, []);
    conversations.get(phone).push(full);
    changed();
    return full;
  }
  function note(phone, body) {
    log(`${phone}: ${body}`);
    return record(phone, { direction: 'system', body });
  }

  // ---- one thing at a time: texts, clock steps and cron ticks never interleave ----
  let queue = Promise.resolve();
  function exclusive(action, work) {
    const run = queue.then(async () => {
      if (action.action !== 'cron') cronFailures = { count: 0, last: null };
      busy = action;
      changed({ save: false, content: false });
      try {
        return await work();
      } finally {
        busy = null;
        changed();
      }
    });
    queue = run.catch(() => {});
    return run;
  }

  // ---- the Twilio stand-in: REST sends land here; status callbacks are signed and posted back ----
  let inflightSends = 0;
  const standin = createTwilioStandin({
    authToken: options.authToken,
    accountSid: options.accountSid,
    now: simNow,
    statusDelayMs: options.statusDelayMs ?? 300,
    onMessage(message) {
      const { phone, channel } = addressOf(message.to);
      const template = message.contentSid !== null && message.contentSid !== undefined;
      const body = template ? renderNudgeTemplate(message.contentVariables) : message.body;
      record(phone, {
        direction: 'kindling',
        via: 'rest',
        channel,
        ...(template ? { template: message.contentSid } : {}),
        body,
        sid: message.sid,
        status: 'queued',
      });
    },
    onFailure(attempt) {
      note(addressOf(attempt.to).phone, `Twilio stand-in failed a send on purpose (${PAGE_FAILURES[attempt.failure] ?? attempt.failure}): "${attempt.body}"`);
    },
    async postStatus(url, params) {
      const entry = [...conversations.values()].flat().find((e) => e.sid === params.MessageSid);
      if (entry) {
        entry.status = params.MessageStatus;
        changed();
      }
      if (!isLoopback(url)) {
        statusCallbacks.push({ sid: params.MessageSid, status: params.MessageStatus, url, httpStatus: null });
        log(`status callback to ${url} not sent: the simulator only calls loopback addresses`);
        return;
      }
      const signature = getExpectedTwilioSignature(options.authToken, url, params);
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-twilio-signature': signature, 'user-agent': 'TwilioProxy/1.1' },
        body: new URLSearchParams(params),
      }).catch((problem) => ({ status: 0, statusText: problem.message, text: async () => '' }));
      statusCallbacks.push({ sid: params.MessageSid, status: params.MessageStatus, url, httpStatus: response.status });
      if (response.status < 200 || response.status >= 300) {
        note(
          addressOf(params.To).phone,
          `Status callback "${params.MessageStatus}" for ${params.MessageSid} got HTTP ${response.status || response.statusText} from the Worker`,
        );
      }
    },
  });

  // ---- texts from the phone ----
  const whatsappFrom = options.whatsappFrom ?? null;
  let selfUrl = null; // this server's own origin, which is the Worker's TWILIO_API_BASE (set once it listens)

  /** Registers a card with the stand-in, as Twilio stores an inbound message's media: its MediaUrl (Basic auth). */
  async function storeCard(card) {
    const response = await standin.handle(
      new Request(`${selfUrl}/__standin/media`, { method: 'POST', body: JSON.stringify({ body: buildVCard(card), contentType: 'text/vcard' }) }),
    );
    if (!response.ok) throw new Error(`the stand-in refused the card: HTTP ${response.status}`);
    return (await response.json()).url;
  }

  /**
   * Posts a text from the phone to the Worker as Twilio would: `channel` 'sms' (From=+E164, To=the Kindling number)
   * or 'whatsapp' (From=whatsapp:+E164, To=the WhatsApp sender, ProfileName, WaId); `card` attaches a contact card
   * (an MMS on SMS, a shared contact on WhatsApp), the body then optional.
   */
  async function sendText(phoneInput, body, { channel = 'sms', card: rawCard } = {}) {
    const phone = normalizePhone(phoneInput);
    if (!phone) throw new UserError(`Not a phone number: ${phoneInput}`);
    if (channel !== 'sms' && channel !== 'whatsapp') throw new UserError('channel must be sms or whatsapp');
    if (channel === 'whatsapp' && !whatsappFrom) throw new UserError('WhatsApp is off: the Worker has no TWILIO_WHATSAPP_FROM.');
    const card = readCard(rawCard);
    const text = String(body ?? '');
    if (!text.trim() && !card) throw new UserError('Type a message first.');
    if (text.length > 1600) throw new UserError('Twilio accepts at most 1600 characters.');
    return exclusive({ action: 'text', phone }, async () => {
      const mediaUrl = card ? await storeCard(card) : null;
      // an MMS (a text with media) has an MM sid, the one in its MediaUrl
      const sid = mediaUrl ? /\/Messages\/(MM[0-9a-f]{32})\//.exec(mediaUrl)[1] : `SM${randomBytes(16).toString('hex')}`;
      const inbound = record(phone, {
        direction: 'me',
        channel,
        body: text,
        sid,
        ...(card ? { card } : {}),
        ...(channel === 'sms' ? describeSegments(text || ' ') : {}),
      });
      const country = (number) => {
        const parsed = parsePhoneNumberFromString(number);
        return parsed?.country ?? parsed?.getPossibleCountries()[0] ?? '';
      };
      const media = mediaUrl ? { MediaContentType0: 'text/vcard', MediaUrl0: mediaUrl } : {};
      // The fields Twilio posts for an inbound SMS (empty strings where Twilio has no geo data) or WhatsApp message.
      const params =
        channel === 'sms'
          ? {
              ToCountry: country(options.kindlingNumber),
              ToState: '',
              SmsMessageSid: sid,
              NumMedia: card ? '1' : '0',
              ToCity: '',
              FromZip: '',
              SmsSid: sid,
              FromState: '',
              SmsStatus: 'received',
              FromCity: '',
              Body: text,
              FromCountry: country(phone),
              To: options.kindlingNumber,
              ToZip: '',
              NumSegments: String(inbound.segments),
              MessageSid: sid,
              AccountSid: options.accountSid,
              From: phone,
              ApiVersion: '2010-04-01',
              ...media,
            }
          : {
              SmsMessageSid: sid,
              NumMedia: card ? '1' : '0',
              ProfileName: 'Simulator',
              // MessageType for a shared contact is left out: what Twilio names it is not pinned down here
              ...(card ? {} : { MessageType: 'text' }),
              SmsSid: sid,
              WaId: phone.slice(1),
              SmsStatus: 'received',
              Body: text,
              To: whatsappFrom,
              NumSegments: '1',
              ReferralNumMedia: '0',
              MessageSid: sid,
              AccountSid: options.accountSid,
              From: `whatsapp:${phone}`,
              ApiVersion: '2010-04-01',
              ...media,
            };
      // WhatsApp knows the user wrote before Kindling hears of it: the 24-hour window opens now, by the simulated clock
      if (channel === 'whatsapp') standin.recordWhatsAppInbound(`whatsapp:${phone}`, inbound.at);
      const signature = getExpectedTwilioSignature(options.authToken, `${publicBaseUrl}/twilio/sms`, params);
      let response;
      try {
        response = await fetch(`${workerUrl}/twilio/sms`, {
          method: 'POST',
          headers: {
            'content-type': 'application/x-www-form-urlencoded',
            'x-twilio-signature': signature,
            'x-kindling-simulated-now': String(inbound.at),
            'user-agent': 'TwilioProxy/1.1',
            'i-twilio-idempotency-token': randomBytes(16).toString('hex'),
          },
          body: new URLSearchParams(params),
          signal: AbortSignal.timeout(15_000), // Twilio gives a webhook 15 seconds
        });
      } catch (problem) {
        note(
          phone,
          `The Worker did not answer at ${workerUrl}/twilio/sms (${problem.name === 'TimeoutError' ? 'over 15 s, Twilio would give up' : problem.message}).`,
        );
        return { status: 0, replies: [] };
      }
      const answer = await response.text();
      await settleSends();
      if (response.status !== 200) {
        note(phone, `The Worker answered HTTP ${response.status} to this text${answer ? `: ${answer.slice(0, 200)}` : ''}`);
        return { status: response.status, replies: [] };
      }
      const contentType = response.headers.get('content-type') ?? '';
      if (!/xml/.test(contentType)) {
        note(phone, `The Worker answered with content-type "${contentType}"; Twilio expects text/xml.`);
        return { status: response.status, replies: [] };
      }
      const replies = [];
      for (const reply of parseTwimlMessages(answer)) {
        if (!reply) note(phone, 'TwiML <Message> with an empty body: Twilio would reject it (error 14103).');
        else replies.push(record(phone, { direction: 'kindling', via: 'twiml', channel, body: reply }));
      }
      return { status: response.status, replies };
    });
  }

  // Wait for REST sends the Worker started but Twilio has not answered yet (they are part of the step that caused them).
  async function settleSends() {
    await new Promise((resolve) => setImmediate(resolve));
    for (let waited = 0; inflightSends > 0 && waited < 20_000; waited += 10) await new Promise((resolve) => setTimeout(resolve, 10));
  }

  // ---- the clock ----
  function describeCronFailures() {
    if (cronFailures.count === 0) return null;
    const runs = cronFailures.count === 1 ? '1 cron run' : `${cronFailures.count} cron runs`;
    return `${runs} failed (last: ${cronFailures.last}). The Worker's error is in the wrangler output.`;
  }

  async function runCron(time) {
    const query = new URLSearchParams({ cron, time: String(time) });
    cronRuns.push(time);
    const failed = (what) => {
      cronFailures = { count: cronFailures.count + 1, last: `${new Date(time).toISOString()}, ${what}` };
      log(`cron run at ${new Date(time).toISOString()} failed: ${what}`);
      changed({ save: false });
    };
    try {
      const response = await fetch(`${workerUrl}/cdn-cgi/handler/scheduled?${query}`, { signal: AbortSignal.timeout(30_000) });
      const body = await response.text();
      await settleSends();
      if (response.status !== 200) failed(`HTTP ${response.status} ${body.slice(0, 120)}`);
    } catch (problem) {
      failed(problem.message);
    }
  }

  function outboundCount(phone) {
    const entries = phone ? (conversations.get(phone) ?? []) : [...conversations.values()].flat();
    return entries.filter((e) => e.direction === 'kindling' || (e.direction === 'system' && e.body.startsWith('Twilio stand-in failed'))).length;
  }

  /**
   * Moves the simulated clock forward by `ms`, running the cron at every quarter hour on the way.
   * With `untilText`, stops at the first tick that sent a text (or a failed attempt) to that phone (any phone if true).
   */
  function advanceClock(ms, { untilText = null } = {}) {
    const watch = untilText === true ? null : untilText && normalizePhone(untilText);
    const action = { action: untilText ? 'next-text' : 'advance', target: null };
    return exclusive(action, async () => {
      const target = simNow() + ms;
      action.target = target;
      const before = outboundCount(watch);
      let stoppedOnText = false;
      for (let tick = cronCursor + QUARTER_HOUR; tick <= target; tick += QUARTER_HOUR) {
        if (tick > simNow()) offset = tick - Date.now();
        cronCursor = tick;
        changed({ save: false, content: false });
        await runCron(tick);
        if (untilText && outboundCount(watch) > before) {
          stoppedOnText = true;
          break;
        }
      }
      if (!stoppedOnText) offset = target - Date.now();
      changed();
      return { now: simNow(), stoppedOnText };
    });
  }

  // Real time passes too: run the ticks the simulated clock crossed on its own.
  const ticker =
    options.autoCron === false
      ? null
      : setInterval(() => {
          if (busy || floorToQuarter(simNow()) <= cronCursor) return;
          void exclusive({ action: 'cron' }, async () => {
            while (cronCursor + QUARTER_HOUR <= simNow()) {
              cronCursor += QUARTER_HOUR;
              await runCron(cronCursor);
            }
          });
        }, 5_000);
  ticker?.unref();

  /**
   * Sets the clock to an exact instant (epoch ms, or "YYYY-MM-DDTHH:MM" read in `zone`): ahead, the cron runs every
   * quarter hour on the way, as when stepping; back, the clock simply moves (the cron does not run twice).
   */
  async function setClock(at) {
    const target = typeof at === 'number' ? at : zonedInstant(String(at?.local ?? ''), String(at?.zone ?? 'UTC'));
    if (!Number.isFinite(target)) throw new UserError('at must be epoch ms or { local: "YYYY-MM-DDTHH:MM", zone }');
    if (target >= simNow()) return advanceClock(target - simNow());
    return exclusive({ action: 'advance', target }, async () => {
      offset = target - Date.now();
      cronCursor = floorToQuarter(target);
      log(`clock set back to ${new Date(target).toISOString()}`);
      changed();
      return { now: simNow(), stoppedOnText: false };
    });
  }

  async function stateFor(phoneInput) {
    const phone = normalizePhone(phoneInput);
    const zone = phone ? await zones.zoneFor(phone) : { timeZone: 'UTC', timeZoneSource: 'no number' };
    return {
      ...snapshotHead(),
      phone,
      ...zone,
      kindlingNumber: options.kindlingNumber,
      messages: phone ? (conversations.get(phone) ?? []) : [],
      phones: [...conversations.keys()],
    };
  }

  // ---- HTTP ----
  async function handle(req, res) {
    const url = new URL(req.url, `http://${req.headers.host ?? host}`);
    const path = url.pathname;
    // Another site's page may post here (a form, a no-cors fetch): a browser names its origin, so anything but this
    // server's own page is refused; tools and the Worker send no Origin. The API takes JSON only, which a cross-site
    // page cannot send without a preflight this server never answers.
    // The page of one's people (/p/, proxied to the Worker) is exempt: it sends no referrer, so its own forms post with
    // `Origin: null`, and the Worker checks each form's CSRF token itself.
    if (req.method !== 'GET' && req.method !== 'HEAD' && !path.startsWith('/p/')) {
      if (!isSameOrigin(req.headers.origin, req.headers.host)) return sendJson(res, 403, { error: 'cross-origin request refused' });
      if (path.startsWith('/api/') && !isJson(req.headers['content-type'])) return sendJson(res, 415, { error: 'expected Content-Type: application/json' });
    }

    if (path.startsWith('/2010-04-01/') || path.startsWith('/__standin/')) {
      const chunks = [];
      for await (const chunk of req) chunks.push(chunk);
      const headers = new Headers();
      for (const [name, value] of Object.entries(req.headers)) headers.set(name, Array.isArray(value) ? value.join(', ') : value);
      const hasBody = req.method !== 'GET' && req.method !== 'HEAD';
      inflightSends += 1;
      try {
        const response = await standin.handle(new Request(url, { method: req.method, headers, body: hasBody ? Buffer.concat(chunks) : undefined }));
        res.writeHead(response.status, Object.fromEntries(response.headers));
        res.end(Buffer.from(await response.arrayBuffer()));
      } finally {
        inflightSends -= 1;
      }
      return;
    }

    if (path === '/api/events' && req.method === 'GET') {
      res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-store', connection: 'keep-alive' });
      const listener = (event) => res.write(event);
      listeners.add(listener);
      res.write(`data: ${JSON.stringify(snapshotHead())}\n\n`);
      const keepAlive = setInterval(() => res.write(': keep-alive\n\n'), 15_000);
      req.on('close', () => {
        clearInterval(keepAlive);
        listeners.delete(listener);
      });
      return;
    }

    if (path === '/api/config' && req.method === 'GET') {
      return sendJson(res, 200, {
        presets: PRESET_NUMBERS,
        failures: PAGE_FAILURES,
        kindlingNumber: options.kindlingNumber,
        whatsappFrom,
        workerUrl,
        publicBaseUrl,
      });
    }
    if (path === '/api/state' && req.method === 'GET') {
      return sendJson(res, 200, await stateFor(url.searchParams.get('phone')));
    }
    if (path === '/api/text' && req.method === 'POST') {
      const { from, body, channel, card } = await readJson(req);
      const result = await sendText(from, body, { channel, card });
      return sendJson(res, 200, result);
    }
    if (path === '/api/clock' && req.method === 'POST') {
      const { step, phone, at } = await readJson(req);
      if (at !== undefined) return sendJson(res, 200, await setClock(at));
      if (step === 'next') return sendJson(res, 200, await advanceClock(NEXT_TEXT_LIMIT, { untilText: phone || true }));
      if (!(step in CLOCK_STEPS)) throw new UserError('step must be hour, day, week or next');
      return sendJson(res, 200, await advanceClock(CLOCK_STEPS[step]));
    }
    if (path === '/api/fail' && req.method === 'POST') {
      const { failure } = await readJson(req);
      standin.clearFailures();
      if (failure && failure !== 'none') {
        if (!(failure in PAGE_FAILURES)) throw new UserError(`failure must be one of ${Object.keys(PAGE_FAILURES).join(', ')} or none`);
        standin.failNext(failure);
      }
      changed({ save: false });
      return sendJson(res, 200, { pendingFailures: standin.pendingFailures().map(String) });
    }

    // the page of one's people (a link in a Kindling reply), served by the Worker at the simulated time
    if (path.startsWith('/p/') || path === '/page.css') return proxyPage(req, res, url, { workerUrl, now: simNow });

    if (req.method === 'GET') return serveStatic(res, path === '/' ? '/index.html' : path);
    return sendJson(res, 404, { error: 'not found' });
  }

  const server = http.createServer((req, res) => {
    handle(req, res).catch((problem) => {
      if (res.headersSent) return res.end();
      if (problem instanceof UserError) return sendJson(res, 400, { error: problem.message });
      log(`dev server error on ${req.method} ${req.url}: ${problem.stack}`);
      sendJson(res, 500, { error: problem.message });
    });
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 8788, host, resolve);
  });
  const address = server.address();
  const url = `http://${host}:${address.port}`;
  selfUrl = url;

  return {
    url,
    port: address.port,
    standin,
    statusCallbacks,
    cronRuns,
    now: simNow,
    conversation: (phone) => conversations.get(normalizePhone(phone)) ?? [],
    sendText,
    advanceClock,
    /** Runs until the next text to `phone` (or to anyone), at most 14 simulated days. */
    untilNextText: (phone) => advanceClock(NEXT_TEXT_LIMIT, { untilText: phone ?? true }),
    state: stateFor,
    async close() {
      if (ticker) clearInterval(ticker);
      await queue;
      if (saveTimer) {
        clearTimeout(saveTimer);
        saveTimer = null;
        if (options.stateFile) await save_();
      }
      if (broadcastTimer) clearTimeout(broadcastTimer);
      server.closeAllConnections?.();
      await new Promise((resolve) => server.close(() => resolve()));
    },
  };
}

class UserError extends Error {}

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);

/**
 * True when a request carries no Origin (curl, tests, the Worker) or the Origin of the page this server served: the
 * same host and port it was reached on, and that host a loopback name (a rebound DNS name is another site).
 * @example isSameOrigin('http://127.0.0.1:8788', '127.0.0.1:8788') // true
 * @example isSameOrigin('https://evil.example', '127.0.0.1:8788') // false
 */
export function isSameOrigin(origin, hostHeader) {
  if (origin === undefined) return true;
  if (!hostHeader || origin !== `http://${hostHeader}`) return false;
  return LOOPBACK.has(new URL(origin).hostname);
}

/** True for `application/json`, with or without parameters. */
export function isJson(contentType) {
  return (contentType ?? '').split(';')[0].trim().toLowerCase() === 'application/json';
}

function sendJson(res, status, body) {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
  res.end(JSON.stringify(body));
}

async function readJson(req) {
  let size = 0;
  const chunks = [];
  for await (const chunk of req) {
    size += chunk.length;
    if (size > 64 * 1024) throw new UserError('request body too large');
    chunks.push(chunk);
  }
  try {
    const parsed = JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}');
    if (parsed && typeof parsed === 'object') return parsed;
  } catch {
    // answered below
  }
  throw new UserError('expected a JSON object');
}

async function serveStatic(res, path) {
  const file = join(PUBLIC_DIR, path);
  if (!file.startsWith(PUBLIC_DIR) || !CONTENT_TYPES[extname(file)]) return sendJson(res, 404, { error: 'not found' });
  const body = await readFile(file).catch(() => null);
  if (!body) return sendJson(res, 404, { error: 'not found' });
  res.writeHead(200, { 'content-type': CONTENT_TYPES[extname(file)], 'cache-control': 'no-cache' });
  res.end(body);
}
