// A loopback stand-in for Twilio's Messages REST API: records sends, fails on demand, posts status callbacks.
// One implementation serves the vitest outbound hook, the e2e tests and the local phone simulator.
// Fetch-API shaped: handle(Request) -> Response, so it runs in any of them.
// WhatsApp mode: `whatsapp:+E164` To and From, ContentSid + ContentVariables templates, and WhatsApp's 24-hour rule
// enforced: free form to a WhatsApp user is refused with 63016 unless that user's last inbound message (told with
// POST /__standin/whatsapp-inbound) is less than 24 hours old by the stand-in's clock.

const MESSAGES_PATH = /^\/2010-04-01\/Accounts\/([^/]+)\/Messages\.json$/;
const MEDIA_PATH = /^\/2010-04-01\/Accounts\/([^/]+)\/Messages\/(MM[0-9a-f]{32})\/Media\/(ME[0-9a-f]{32})$/;
const E164 = /^\+[1-9]\d{6,14}$/;
const WHATSAPP = /^whatsapp:\+[1-9]\d{6,14}$/;
const CONTENT_SID = /^HX[0-9a-fA-F]{32}$/;
const WHATSAPP_WINDOW_MS = 24 * 60 * 60_000;

/** Twilio error bodies for the failures the stand-in can be told to produce: the message is not created. */
const FAILURES = {
  500: { status: 500, body: { code: 20500, message: 'Internal Server Error', status: 500 } },
  429: { status: 429, body: { code: 20429, message: 'Too Many Requests', status: 429 } },
  21610: { status: 400, body: { code: 21610, message: 'Attempt to send to unsubscribed recipient', status: 400 } },
  21211: { status: 400, body: { code: 21211, message: "The 'To' number is not a valid phone number.", status: 400 } },
  // gateway errors answer with the gateway's own page, not Twilio's JSON
  502: { status: 502, text: '<html><body><h1>502 Bad Gateway</h1></body></html>' },
  503: { status: 503, text: '<html><body><h1>503 Service Unavailable</h1></body></html>' },
};

/**
 * Failures after Twilio took the message: it is recorded (and will be listed and delivered) but the sender never hears
 * so. accept-then-504: a gateway answers 504. accept-then-drop: the connection breaks before any answer: handle()
 * throws, as a reset socket makes fetch reject. (Miniflare's outbound hook hands a throw to the Worker as a 500 with
 * the error as plain text; a Node server around handle() should destroy the socket.)
 */
const AFTER_ACCEPT = ['accept-then-504', 'accept-then-drop'];

/** Every failure the stand-in knows, as `failNext` and POST /__standin/fail take them. */
export const FAILURE_MODES = [...Object.keys(FAILURES).map(Number), 'timeout', ...AFTER_ACCEPT];

function isFailure(failure) {
  return failure in FAILURES || failure === 'timeout' || AFTER_ACCEPT.includes(failure);
}

function normalized(failure) {
  return typeof failure === 'string' && !/^\d+$/.test(failure) ? failure : Number(failure);
}

function json(status, body) {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
}

function twilioError(status, code, message) {
  return json(status, { code, message, more_info: `https://www.twilio.com/docs/errors/${code}`, status });
}

/** ContentVariables as Twilio takes them: a JSON object whose values are all non-empty strings; null when it is not. */
function contentVariablesOf(raw) {
  try {
    const parsed = JSON.parse(raw);
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return null;
    return Object.values(parsed).every((value) => typeof value === 'string' && value !== '') ? parsed : null;
  } catch {
    return null;
  }
}

/**
 * What Twilio lists as a template message's body. The stand-in does not know approved templates' words, so it shows
 * the variables, in order, after the template's sid: a listed body holds each variable, not only the variables.
 */
function renderTemplate(contentSid, variables) {
  const ordered = Object.keys(variables)
    .sort((a, b) => Number(a) - Number(b) || a.localeCompare(b))
    .map((key) => variables[key]);
  return `[template ${contentSid}] ${ordered.join(' | ')}`;
}

/**
 * @param {{ accountSid?: string, authToken: string, timeoutMs?: number,
 *           postStatus?: (url: string, params: Record<string,string>) => Promise<void>,
 *           statusDelayMs?: number,
 *           now?: () => number,
 *           onMessage?: (message: object) => void,
 *           onFailure?: (attempt: {failure: string|number, to: string, body: string, status: number, code: number}) => void }} options
 * statusDelayMs: wait before each status callback (Twilio posts them after the API has answered); default 0.
 * now: the clock stamped on recorded messages (`at`) and read for WhatsApp's 24-hour rule; default Date.now.
 *      POST /__standin/clock {to, at} pins it for the sends to one recipient (tests sharing one stand-in).
 * onMessage: called with each accepted message; onFailure: called with each send failed on demand.
 */
export function createTwilioStandin(options) {
  const accountSid = options.accountSid ?? null; // null: accept any SID, check the token only
  const authToken = options.authToken;
  /** @type {Array<{sid:string,to:string,from:string|null,messagingServiceSid:string|null,body:string,statusCallback:string|null,at:number,status:string}>} */
  const messages = [];
  /** @type {Array<string|number>} */
  const failures = [];
  /** failures aimed at one recipient, so parallel tests do not take each other's */
  const failuresFor = new Map();
  /** each WhatsApp user's (`whatsapp:+E164`) last inbound message, as told by POST /__standin/whatsapp-inbound */
  const whatsappInbound = new Map();
  /** clocks pinned for one recipient's sends */
  const clocks = new Map();
  /** media registered with POST /__standin/media, by path: what a MediaUrl serves (with Basic auth, like Twilio) */
  const media = new Map();
  let counter = 0;

  const now = options.now ?? Date.now;
  const clockFor = (to) => clocks.get(to) ?? now();

  function recordWhatsAppInbound(to, at) {
    if (!WHATSAPP.test(to) || !Number.isFinite(at)) throw new Error('a WhatsApp inbound needs to = whatsapp:+E164 and a time');
    whatsappInbound.set(to, Math.max(at, whatsappInbound.get(to) ?? at));
  }

  /** WhatsApp's rule: free form only within 24 hours of the user's last message to the sender. */
  function insideWhatsAppWindow(to) {
    const last = whatsappInbound.get(to);
    return last !== undefined && clockFor(to) - last < WHATSAPP_WINDOW_MS;
  }

  function authorized(request, sidInPath) {
    const header = request.headers.get('authorization') ?? '';
    if (!header.startsWith('Basic ')) return false;
    let credentials;
    try {
      credentials = atob(header.slice(6));
    } catch {
      return false; // not base64: Twilio answers 401, not 500
    }
    const colon = credentials.indexOf(':');
    if (colon < 0) return false;
    const user = credentials.slice(0, colon);
    const pass = credentials.slice(colon + 1);
    if (pass !== authToken || user !== sidInPath) return false;
    return accountSid === null || user === accountSid;
  }

  async function createMessage(request, sidInPath) {
    if (!authorized(request, sidInPath)) return twilioError(401, 20003, 'Authenticate');
    const form = new URLSearchParams(await request.text());
    const to = form.get('To');
    const from = form.get('From');
    const messagingServiceSid = form.get('MessagingServiceSid');
    const contentSid = form.get('ContentSid');
    const rawVariables = form.get('ContentVariables');
    if (!to) return twilioError(400, 21604, "A 'To' phone number is required.");
    if (!from && !messagingServiceSid) return twilioError(400, 21603, "A 'From' phone number is required.");
    const channel = to.startsWith('whatsapp:') ? 'whatsapp' : 'sms';
    if (!(channel === 'whatsapp' ? WHATSAPP : E164).test(to)) return twilioError(400, 21211, "The 'To' number is not a valid phone number.");
    if (from && (from.startsWith('whatsapp:') ? 'whatsapp' : 'sms') !== channel) {
      return twilioError(400, 21910, "Invalid 'From' and 'To' pair. 'From' and 'To' should be of the same channel");
    }
    if (contentSid === null && rawVariables !== null)
      return twilioError(400, 21654, 'A ContentSid must be specified if ContentVariables are provided in the request.');
    if (contentSid !== null && !CONTENT_SID.test(contentSid)) return twilioError(400, 21655, 'The ContentSid is Invalid.');
    const contentVariables = rawVariables === null ? {} : contentVariablesOf(rawVariables);
    if (contentSid !== null && contentVariables === null) return twilioError(400, 21656, 'The ContentVariables Parameter is invalid.');
    const body = contentSid !== null ? renderTemplate(contentSid, contentVariables) : form.get('Body');
    if (!body) return twilioError(400, 21602, 'Message body is required.');
    if (body.length > 1600) return twilioError(400, 21617, 'The concatenated message body exceeds the 1600 character limit.');
    if (channel === 'whatsapp' && contentSid === null && !insideWhatsAppWindow(to)) {
      return twilioError(
        400,
        63016,
        'Failed to send freeform message because you are outside the allowed window. If you are using WhatsApp, please use a Message Template.',
      );
    }

    const failure = failuresFor.get(to)?.shift() ?? failures.shift();
    if (failure === 'timeout') {
      await new Promise((resolve) => setTimeout(resolve, options.timeoutMs ?? 15_000));
      return twilioError(504, 20504, 'Gateway Timeout');
    }
    if (failure !== undefined && !AFTER_ACCEPT.includes(failure)) {
      const { status, body: errorBody, text } = FAILURES[failure];
      options.onFailure?.({ failure, to, body, status, code: errorBody?.code ?? 0 });
      if (text) return new Response(text, { status, headers: { 'content-type': 'text/html' } });
      return json(status, errorBody);
    }

    counter += 1;
    const sid = `SM${String(counter).padStart(6, '0')}${crypto.randomUUID().replace(/-/g, '').slice(0, 26)}`;
    const statusCallback = form.get('StatusCallback');
    const message = {
      sid,
      to,
      from,
      messagingServiceSid,
      body,
      statusCallback,
      at: clockFor(to),
      status: 'queued',
      sentAt: null,
      channel,
      contentSid,
      contentVariables: contentSid !== null ? contentVariables : null,
    };
    messages.push(message);
    options.onMessage?.(message);
    if (statusCallback && options.postStatus) {
      const base = { MessageSid: sid, SmsSid: sid, AccountSid: sidInPath, To: to, From: from ?? '', ApiVersion: '2010-04-01' };
      const delayMs = options.statusDelayMs ?? 0;
      const pause = () => (delayMs > 0 ? new Promise((resolve) => setTimeout(resolve, delayMs)) : Promise.resolve());
      queueMicrotask(async () => {
        for (const status of ['sent', 'delivered']) {
          await pause();
          message.status = status;
          if (status === 'sent') message.sentAt = clockFor(to);
          try {
            await options.postStatus(statusCallback, { ...base, MessageStatus: status, SmsStatus: status });
          } catch {
            // a status callback the app cannot take is Twilio's problem to log, not the sender's
          }
        }
      });
    }
    if (failure !== undefined) {
      options.onFailure?.({ failure, to, body, status: failure === 'accept-then-504' ? 504 : 0, code: 0 });
      if (failure === 'accept-then-504')
        return new Response('<html><body><h1>504 Gateway Time-out</h1></body></html>', { status: 504, headers: { 'content-type': 'text/html' } });
      // the connection breaks after Twilio took it: the sender's fetch rejects, as on a reset socket
      throw new TypeError('Network connection lost.');
    }
    return json(201, {
      sid,
      account_sid: sidInPath,
      to,
      from,
      messaging_service_sid: messagingServiceSid,
      body,
      status: 'queued',
      num_segments: '1',
      direction: 'outbound-api',
      api_version: '2010-04-01',
      date_created: new Date(message.at).toUTCString(),
      date_sent: null,
      uri: `/2010-04-01/Accounts/${sidInPath}/Messages/${sid}.json`,
    });
  }

  /**
   * GET /Messages.json: messages newest first, as Twilio lists them, queued ones included. Filters as Twilio does:
   * `To`, and `DateSent>` / `DateSent<` / `DateSent` (YYYY-MM-DD, by the day the message was sent: a message Twilio
   * still has queued has no date_sent, so any DateSent filter leaves it out). `PageSize` (default 50, at most 1000).
   */
  function listMessages(request, sidInPath) {
    if (!authorized(request, sidInPath)) return twilioError(401, 20003, 'Authenticate');
    const query = new URL(request.url).searchParams;
    const to = query.get('To');
    const dayOf = (at) => new Date(at).toISOString().slice(0, 10);
    const after = query.get('DateSent>');
    const before = query.get('DateSent<');
    const on = query.get('DateSent');
    const pageSize = Math.min(Math.max(Number(query.get('PageSize')) || 50, 1), 1000);
    const found = messages
      .filter((m) => {
        if (to && m.to !== to) return false;
        if (after || before || on) {
          if (m.sentAt === null) return false;
          const day = dayOf(m.sentAt);
          if (after && day < after) return false;
          if (before && day > before) return false;
          if (on && day !== on) return false;
        }
        return true;
      })
      .reverse()
      .slice(0, pageSize);
    return json(200, {
      messages: found.map((m) => ({
        sid: m.sid,
        to: m.to,
        from: m.from,
        body: m.body,
        status: m.status,
        date_created: new Date(m.at).toUTCString(),
        date_sent: m.sentAt === null ? null : new Date(m.sentAt).toUTCString(),
      })),
      page: 0,
      page_size: pageSize,
    });
  }

  function resetAll() {
    messages.length = 0;
    failures.length = 0;
    failuresFor.clear();
    whatsappInbound.clear();
    clocks.clear();
    media.clear();
  }

  /** GET a registered MediaUrl: 401 without the account's credentials, 404 for media never registered. */
  function serveMedia(request, sidInPath, path) {
    if (!authorized(request, sidInPath)) return twilioError(401, 20003, 'Authenticate');
    const item = media.get(path);
    if (!item) return twilioError(404, 20404, 'The requested resource was not found');
    return new Response(item.body, { status: 200, headers: { 'content-type': item.contentType } });
  }

  async function control(request, path) {
    const url = new URL(request.url);
    if (path === '/__standin/messages') {
      const to = url.searchParams.get('to');
      return json(
        200,
        messages.filter((m) => !to || m.to === to),
      );
    }
    if (path === '/__standin/fail' && request.method === 'POST') {
      const { failure, times = 1, to } = await request.json().catch(() => ({}));
      if (!isFailure(failure)) return json(400, { error: 'unknown failure' });
      if (!Number.isInteger(times) || times < 1 || times > 100) return json(400, { error: 'times must be 1 to 100' });
      const queue = typeof to === 'string' ? (failuresFor.get(to) ?? failuresFor.set(to, []).get(to)) : failures;
      for (let i = 0; i < times; i++) queue.push(normalized(failure));
      return json(200, { queued: queue.length });
    }
    if (path === '/__standin/whatsapp-inbound' && request.method === 'POST') {
      const { to, at } = await request.json().catch(() => ({}));
      if (typeof to !== 'string' || !WHATSAPP.test(to) || typeof at !== 'number' || !Number.isFinite(at)) {
        return json(400, { error: 'to must be whatsapp:+E164 and at a time in ms' });
      }
      recordWhatsAppInbound(to, at);
      return json(200, { to, lastInboundAt: whatsappInbound.get(to) });
    }
    if (path === '/__standin/clock' && request.method === 'POST') {
      const { to, at } = await request.json().catch(() => ({}));
      if (typeof to !== 'string' || typeof at !== 'number' || !Number.isFinite(at)) return json(400, { error: 'to and at (ms) are required' });
      clocks.set(to, at);
      return json(200, { to, at });
    }
    // POST /__standin/media {body, contentType}: registers media and answers its MediaUrl (under the stand-in's origin)
    if (path === '/__standin/media' && request.method === 'POST') {
      const { body, contentType } = await request.json().catch(() => ({}));
      if (typeof body !== 'string' || typeof contentType !== 'string') return json(400, { error: 'body and contentType are required' });
      const hex = () => crypto.randomUUID().replace(/-/g, '');
      const mediaPath = `/2010-04-01/Accounts/${accountSid ?? 'AC00000000000000000000000000000000'}/Messages/MM${hex()}/Media/ME${hex()}`;
      media.set(mediaPath, { body, contentType });
      return json(200, { url: `${url.origin}${mediaPath}` });
    }
    if (path === '/__standin/reset' && request.method === 'POST') {
      resetAll();
      return json(200, { ok: true });
    }
    return json(404, { error: 'not found' });
  }

  return {
    messages,
    failNext(failure, times = 1) {
      if (!isFailure(failure)) throw new Error(`unknown failure: ${failure}`);
      for (let i = 0; i < times; i++) failures.push(normalized(failure));
    },
    /** The failures queued for whichever send comes next (not those aimed at one recipient), next first. */
    pendingFailures() {
      return [...failures];
    },
    clearFailures() {
      failures.length = 0;
      failuresFor.clear();
    },
    reset: resetAll,
    recordWhatsAppInbound,
    /** @param {Request} request */
    async handle(request) {
      const path = new URL(request.url).pathname;
      if (path.startsWith('/__standin/')) return control(request, path);
      const match = MESSAGES_PATH.exec(path);
      if (match && request.method === 'POST') return createMessage(request, decodeURIComponent(match[1]));
      if (match && request.method === 'GET') return listMessages(request, decodeURIComponent(match[1]));
      const mediaMatch = MEDIA_PATH.exec(path);
      if (mediaMatch && request.method === 'GET') return serveMedia(request, decodeURIComponent(mediaMatch[1]), path);
      return twilioError(404, 20404, 'The requested resource was not found');
    },
  };
}

// ---- IncomingPhoneNumbers: what `npm run setup` uses to point a number's incoming-message webhook at the Worker ----
// GET  /2010-04-01/Accounts/{AC}/IncomingPhoneNumbers.json?PhoneNumber=+E164  lists the account's numbers (filtered)
// POST /2010-04-01/Accounts/{AC}/IncomingPhoneNumbers/{PN}.json                updates SmsUrl / SmsMethod
// Kept apart from the Messages stand-in above: withIncomingPhoneNumbers wraps any stand-in's handle().

const NUMBERS_PATH = /^\/2010-04-01\/Accounts\/([^/]+)\/IncomingPhoneNumbers\.json$/;
const NUMBER_PATH = /^\/2010-04-01\/Accounts\/([^/]+)\/IncomingPhoneNumbers\/(PN[0-9a-fA-F]{32})\.json$/;

/**
 * @param {{ handle(request: Request): Promise<Response> }} standin
 * @param {{ accountSid?: string, authToken: string,
 *           numbers: Array<{ phoneNumber: string, sid?: string, smsUrl?: string, smsMethod?: string }> }} options
 * @returns the stand-in with `phoneNumbers` (Twilio's resource shape, updated in place), `numberUpdates` (each POST's
 *          form) and a handle() that answers the two calls above and passes everything else on.
 */
export function withIncomingPhoneNumbers(standin, options) {
  const phoneNumbers = options.numbers.map((number, index) => ({
    sid: number.sid ?? `PN${String(index + 1).padStart(32, '0')}`,
    account_sid: options.accountSid ?? null,
    phone_number: number.phoneNumber,
    friendly_name: number.phoneNumber,
    sms_url: number.smsUrl ?? 'https://demo.twilio.com/welcome/sms/reply',
    sms_method: number.smsMethod ?? 'POST',
    capabilities: { sms: true, mms: true, voice: true },
    status: 'in-use',
  }));
  /** @type {Array<Record<string, string>>} */
  const numberUpdates = [];

  function authorized(request, sidInPath) {
    const header = request.headers.get('authorization') ?? '';
    let credentials = '';
    try {
      credentials = header.startsWith('Basic ') ? atob(header.slice(6)) : '';
    } catch {
      return false;
    }
    const colon = credentials.indexOf(':');
    const user = credentials.slice(0, colon);
    if (colon < 0 || credentials.slice(colon + 1) !== options.authToken || user !== sidInPath) return false;
    return !options.accountSid || user === options.accountSid;
  }

  function resource(number, sidInPath) {
    return { ...number, account_sid: sidInPath, uri: `/2010-04-01/Accounts/${sidInPath}/IncomingPhoneNumbers/${number.sid}.json` };
  }

  async function handleNumbers(request, path) {
    const list = NUMBERS_PATH.exec(path);
    const one = NUMBER_PATH.exec(path);
    const sidInPath = decodeURIComponent((list ?? one)[1]);
    if (!authorized(request, sidInPath)) return twilioError(401, 20003, 'Authenticate');
    if (list && request.method === 'GET') {
      const wanted = new URL(request.url).searchParams.get('PhoneNumber');
      const found = phoneNumbers.filter((number) => !wanted || number.phone_number === wanted);
      const uri = `/2010-04-01/Accounts/${sidInPath}/IncomingPhoneNumbers.json`;
      return json(200, {
        incoming_phone_numbers: found.map((number) => resource(number, sidInPath)),
        page: 0,
        page_size: 50,
        start: 0,
        end: Math.max(0, found.length - 1),
        uri,
        first_page_uri: uri,
        next_page_uri: null,
        previous_page_uri: null,
      });
    }
    if (one && request.method === 'POST') {
      const number = phoneNumbers.find((candidate) => candidate.sid === one[2]);
      if (!number) return twilioError(404, 20404, 'The requested resource was not found');
      const form = Object.fromEntries(new URLSearchParams(await request.text()));
      numberUpdates.push(form);
      if (form.SmsUrl !== undefined) number.sms_url = form.SmsUrl;
      if (form.SmsMethod !== undefined) number.sms_method = form.SmsMethod;
      return json(200, resource(number, sidInPath));
    }
    return twilioError(405, 20004, 'Method not allowed');
  }

  return {
    ...standin,
    phoneNumbers,
    numberUpdates,
    /** @param {Request} request */
    async handle(request) {
      const path = new URL(request.url).pathname;
      if (NUMBERS_PATH.test(path) || NUMBER_PATH.test(path)) return handleNumbers(request, path);
      return standin.handle(request);
    },
  };
}
