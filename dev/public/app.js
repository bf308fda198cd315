// The phone page: shows one number's conversation with Kindling on both channels (SMS and WhatsApp), sends texts and
// shared contact cards on the chosen channel, and moves the simulated clock. State lives in the dev server;
// server-sent events say when it changed.

const $ = (selector) => document.querySelector(selector);
const conversation = $('#conversation');
const numberSelect = $('#my-number');
const failSelect = $('#fail');
const bodyInput = $('#body');
const OTHER = '__other__';
const EXAMPLE = "Met Sarah at the climbing gym, she's into bouldering and runs a pottery studio. 917-555-0199";
const SAMPLE_CARD = { name: 'Priya Raman', phone: '+1 646 555 0142', email: 'priya@northwind.example', org: 'Northwind Design', birthday: '1990-07-21' };
const CARD_FIELDS = ['name', 'phone', 'email', 'org', 'birthday'];

let config = null;
let phone = null;
let channel = 'sms'; // the channel the page writes on: 'sms' or 'whatsapp'
let view = null; // the last /api/state answer
let renderedVersion = -1;
let clockBase = { now: Date.now(), at: performance.now() };
let busy = null;
let sending = false;
let refreshing = null;
let refreshAgain = false;

async function api(path, body) {
  const response = await fetch(path, body === undefined ? {} : {
    method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body),
  });
  const answer = await response.json().catch(() => ({}));
  if (!response.ok) throw new Error(answer.error ?? `HTTP ${response.status}`);
  return answer;
}

function formatter(options) {
  try {
    return new Intl.DateTimeFormat('en-US', { timeZone: view?.timeZone ?? 'UTC', ...options });
  } catch {
    return new Intl.DateTimeFormat('en-US', { timeZone: 'UTC', ...options });
  }
}
const formatTime = (ms) => formatter({ hour: 'numeric', minute: '2-digit' }).format(ms);
const formatDay = (ms) => formatter({ weekday: 'short', month: 'short', day: 'numeric' }).format(ms);
const formatWeekdayTime = (ms) => formatter({ weekday: 'short', hour: 'numeric', minute: '2-digit' }).format(ms);

function simulatedNow() {
  return busy ? clockBase.now : clockBase.now + (performance.now() - clockBase.at);
}

function renderClock() {
  const now = simulatedNow();
  $('#clock-time').textContent = formatTime(now);
  $('#clock-day').textContent = formatDay(now);
  $('#clock-time').dataset.now = String(Math.round(now));
}

/** "+12125550100" -> "+1 212-555-0100"; other countries in groups: "+44 7700 900123". */
function formatPhone(number) {
  const nanp = /^\+1(\d{3})(\d{3})(\d{4})$/.exec(number);
  if (nanp) return `+1 ${nanp[1]}-${nanp[2]}-${nanp[3]}`;
  const other = /^\+(44|33|49|61)(\d{4})(\d+)$/.exec(number);
  return other ? `+${other[1]} ${other[2]} ${other[3]}` : number;
}

function labelFor(number) {
  const preset = config.presets.find((p) => p.number === number);
  return preset ? `${formatPhone(number)} · ${preset.label}` : formatPhone(number);
}

function renderNumberChooser() {
  const numbers = [...config.presets.map((p) => p.number)];
  for (const known of [...(view?.phones ?? []), phone]) if (known && !numbers.includes(known)) numbers.push(known);
  numberSelect.replaceChildren(
    ...numbers.map((number) => new Option(labelFor(number), number, false, number === phone)),
    new Option('Other number...', OTHER),
  );
}

function renderFailChooser(pending) {
  const armed = pending[0] ?? 'none';
  if (failSelect.options.length === 0) {
    failSelect.append(new Option('Next send: OK', 'none'));
    for (const [code, label] of Object.entries(config.failures)) {
      const option = new Option(`Next send: ${code}`, code);
      option.title = label;
      failSelect.append(option);
    }
  }
  failSelect.value = armed;
  failSelect.classList.toggle('armed', armed !== 'none');
}

function segmentBadge(entry) {
  const badge = document.createElement('span');
  badge.className = `badge${entry.encoding === 'UCS-2' ? ' warn' : ''}${entry.segments > 2 ? ' over' : ''}`;
  badge.dataset.testid = 'segments';
  badge.textContent = `${entry.segments} seg · ${entry.encoding}`;
  badge.title = entry.encoding === 'UCS-2'
    ? 'A character outside GSM-7 makes the whole text UCS-2 (70 characters per segment)'
    : 'Plain GSM-7 (160 characters in one segment, 153 per part when split)';
  return badge;
}

function channelBadge(entry) {
  const badge = document.createElement('span');
  badge.className = 'badge whatsapp';
  badge.dataset.testid = 'channel';
  badge.textContent = 'WhatsApp';
  badge.title = entry.direction === 'me' ? 'Sent on WhatsApp' : "Came on WhatsApp, from Kindling's WhatsApp sender";
  return badge;
}

function templateBadge(entry) {
  const badge = document.createElement('span');
  badge.className = 'badge template';
  badge.dataset.testid = 'template';
  badge.textContent = 'template';
  badge.title = `Sent as the approved template ${entry.template} (outside WhatsApp's 24-hour window); the wording is the README's suggested template`;
  return badge;
}

/** A shared contact card, as a phone shows one in the thread. */
function renderCard(card) {
  const node = document.createElement('div');
  node.className = 'card';
  node.dataset.testid = 'card';
  const name = document.createElement('strong');
  name.textContent = card.name ?? 'Contact';
  node.append(name);
  for (const field of ['org', 'phone', 'email', 'birthday']) {
    if (!card[field]) continue;
    const line = document.createElement('span');
    line.textContent = field === 'birthday' ? `Birthday ${card[field]}` : card[field];
    node.append(line);
  }
  return node;
}

/**
 * A reply's words, with a page link (`<PUBLIC_BASE_URL>/p/<token>`) turned into a link to the same page through this
 * server, which passes the simulated clock on; it opens in a new tab.
 */
function linkedWords(body, fromKindling) {
  const base = (config.publicBaseUrl ?? config.workerUrl ?? '').replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const pattern = new RegExp(`${base}(/p/[A-Za-z0-9_-]{43})`, 'g');
  if (!fromKindling || !base) return [body];
  const parts = [];
  let last = 0;
  for (const match of body.matchAll(pattern)) {
    parts.push(body.slice(last, match.index));
    const link = document.createElement('a');
    link.href = match[1];
    link.target = '_blank';
    link.rel = 'noopener noreferrer';
    link.dataset.testid = 'page-link';
    link.textContent = match[0];
    link.title = 'Opens your page of people in a new tab, at the simulated time';
    parts.push(link);
    last = match.index + match[0].length;
  }
  parts.push(body.slice(last));
  return parts;
}

function renderEntry(entry) {
  if (entry.direction === 'system') {
    const node = document.createElement('div');
    node.className = 'system';
    node.dataset.testid = 'system';
    node.textContent = entry.body;
    return node;
  }
  const node = document.createElement('div');
  const entryChannel = entry.channel ?? 'sms';
  node.className = `message ${entry.direction} ${entryChannel}`;
  node.dataset.testid = entry.direction === 'me' ? 'my-bubble' : 'kindling-bubble';
  node.dataset.id = String(entry.id);
  node.dataset.channel = entryChannel;
  if (entry.via) node.dataset.via = entry.via;
  if (entry.template) node.dataset.template = entry.template;
  const bubble = document.createElement('div');
  bubble.className = 'bubble';
  if (entry.card) bubble.append(renderCard(entry.card));
  if (entry.body) {
    const words = document.createElement('span');
    words.className = 'words';
    words.append(...linkedWords(entry.body, entry.direction === 'kindling'));
    bubble.append(words);
  }
  const meta = document.createElement('div');
  meta.className = 'meta';
  const time = document.createElement('time');
  time.dateTime = new Date(entry.at).toISOString();
  time.textContent = formatTime(entry.at);
  meta.append(time);
  if (entryChannel === 'whatsapp') meta.append(channelBadge(entry));
  if (entry.template) meta.append(templateBadge(entry));
  if (entry.direction === 'kindling') {
    if (entryChannel === 'sms') meta.append(segmentBadge(entry));
    if (entry.via === 'rest') {
      const via = document.createElement('span');
      via.className = 'via';
      via.textContent = entry.status && entry.status !== 'queued' ? entry.status : 'sent';
      via.title = 'Sent by the cron through the REST API (not a TwiML reply)';
      meta.append(via);
    }
  }
  node.append(bubble, meta);
  return node;
}

function renderConversation() {
  const nearBottom = conversation.scrollHeight - conversation.scrollTop - conversation.clientHeight < 80;
  const nodes = [];
  let lastDay = null;
  for (const entry of view.messages) {
    const day = formatDay(entry.at);
    if (day !== lastDay) {
      const separator = document.createElement('div');
      separator.className = 'day';
      separator.textContent = day;
      nodes.push(separator);
      lastDay = day;
    }
    nodes.push(renderEntry(entry));
  }
  if (nodes.length === 0) {
    const empty = document.createElement('div');
    empty.className = 'empty';
    empty.innerHTML = '<strong>Just met someone?</strong>Text Kindling a quick note: who, where you met, what they are into, a way to reach them.';
    const example = document.createElement('button');
    example.type = 'button';
    example.textContent = 'Try an example';
    example.addEventListener('click', () => {
      bodyInput.value = EXAMPLE;
      autoGrow();
      bodyInput.focus();
    });
    empty.append(document.createElement('br'), example);
    nodes.push(empty);
  }
  const countBefore = conversation.querySelectorAll('.message, .system').length;
  conversation.replaceChildren(...nodes);
  if (nearBottom || conversation.querySelectorAll('.message, .system').length > countBefore) {
    conversation.scrollTop = conversation.scrollHeight;
  }
}

function renderChannel() {
  const whatsappOn = Boolean(config.whatsappFrom);
  if (!whatsappOn) channel = 'sms';
  for (const button of document.querySelectorAll('.channel-switch [data-channel]')) {
    button.setAttribute('aria-pressed', String(button.dataset.channel === channel));
    if (button.dataset.channel === 'whatsapp') {
      button.disabled = !whatsappOn;
      if (!whatsappOn) button.title = 'WhatsApp is off: the Worker has no TWILIO_WHATSAPP_FROM';
    }
  }
  $('#phone').dataset.mode = channel;
  bodyInput.placeholder = channel === 'whatsapp' ? 'Message Kindling on WhatsApp' : 'Text Kindling';
  const sender = channel === 'whatsapp' ? config.whatsappFrom.replace(/^whatsapp:/, '') : view?.kindlingNumber ?? config.kindlingNumber;
  $('#kindling-number').textContent = formatPhone(sender);
  $('#kindling-number').title = channel === 'whatsapp' ? "Kindling's WhatsApp sender (TWILIO_WHATSAPP_FROM)" : "Kindling's number (TWILIO_PHONE_NUMBER)";
  $('#channel-tag').hidden = channel !== 'whatsapp';
}

function renderBusy() {
  const working = Boolean(busy) || sending;
  for (const button of document.querySelectorAll('[data-step]')) button.disabled = working;
  $('#send').disabled = working;
  $('#card-send').disabled = working;
  failSelect.disabled = Boolean(busy);
  const progress = $('#progress');
  if (busy?.action === 'advance' || busy?.action === 'next-text') {
    const label = busy.action === 'next-text' ? 'Waiting for the next text' : 'Fast-forwarding';
    progress.textContent = `${label}... ${formatWeekdayTime(clockBase.now)}`;
  } else if (busy?.action === 'text' || sending) {
    progress.textContent = 'Sending...';
  } else {
    progress.textContent = '';
  }
}

function renderView() {
  renderChannel();
  const zone = $('#clock-zone');
  zone.textContent = view.timeZone;
  zone.title = view.timeZoneSource === 'guessTimeZone' ? "Guessed from the number, like the Worker does" : view.timeZoneSource;
  zone.classList.toggle('fallback', view.timeZoneSource !== 'guessTimeZone');
  const problem = $('#problem');
  problem.hidden = !view.problem;
  problem.textContent = view.problem ?? '';
  renderNumberChooser();
  renderFailChooser(view.pendingFailures);
  renderConversation();
  renderClock();
  renderBusy();
}

async function refresh() {
  if (refreshing) {
    refreshAgain = true;
    return refreshing;
  }
  refreshing = (async () => {
    do {
      refreshAgain = false;
      const requested = phone;
      const answer = await api(`/api/state?phone=${encodeURIComponent(phone)}`);
      if (requested !== phone) {
        refreshAgain = true;
        continue;
      }
      view = answer;
      renderedVersion = answer.version;
      clockBase = { now: answer.now, at: performance.now() };
      busy = answer.busy;
      renderView();
    } while (refreshAgain);
  })().finally(() => { refreshing = null; });
  return refreshing;
}

function listen() {
  const events = new EventSource('/api/events');
  events.onmessage = (message) => {
    const head = JSON.parse(message.data);
    clockBase = { now: head.now, at: performance.now() };
    busy = head.busy;
    renderClock();
    renderBusy();
    if (head.version !== renderedVersion) void refresh().catch(showError);
  };
}

function showError(problem) {
  let toast = $('.error-toast');
  if (!toast) {
    toast = document.createElement('div');
    toast.className = 'error-toast';
    toast.setAttribute('role', 'alert');
    $('#composer').before(toast);
  }
  toast.textContent = problem.message;
  clearTimeout(showError.timer);
  showError.timer = setTimeout(() => toast.remove(), 6000);
}

function choosePhone(number) {
  phone = number;
  localStorage.setItem('kindling.phone', number);
  view = view && { ...view, messages: [] };
  void refresh().catch(showError);
}

function autoGrow() {
  bodyInput.style.height = 'auto';
  bodyInput.style.height = `${Math.min(bodyInput.scrollHeight + 2, 120)}px`;
}

function chooseChannel(next) {
  channel = next;
  localStorage.setItem('kindling.channel', next);
  renderChannel();
}

function readCardForm() {
  const form = $('#card-form');
  return Object.fromEntries(CARD_FIELDS.map((field) => [field, form.elements[field].value]));
}

/** Sends the text box (and a card when given) on the chosen channel. */
async function send(card) {
  const text = bodyInput.value;
  if ((!text.trim() && !card) || sending) return;
  sending = true;
  renderBusy();
  try {
    await api('/api/text', { from: phone, body: text, channel, ...(card ? { card } : {}) });
    bodyInput.value = '';
    autoGrow();
    if (card) $('#card-form').hidden = true;
  } catch (problem) {
    showError(problem);
  } finally {
    sending = false;
    renderBusy();
    await refresh().catch(showError);
    bodyInput.focus();
  }
}

async function init() {
  config = await api('/api/config');
  $('#worker-url').textContent = config.workerUrl;
  const saved = localStorage.getItem('kindling.phone');
  phone = new URLSearchParams(location.search).get('phone') ?? saved ?? config.presets[0].number;

  numberSelect.addEventListener('change', () => {
    if (numberSelect.value === OTHER) {
      $('#other-number').hidden = false;
      $('#other-number-input').focus();
      numberSelect.value = phone;
      return;
    }
    choosePhone(numberSelect.value);
  });
  $('#other-number').addEventListener('submit', async (event) => {
    event.preventDefault();
    const raw = $('#other-number-input').value;
    // the server normalizes: "(646) 555-0123" -> "+16465550123"
    const answer = await api(`/api/state?phone=${encodeURIComponent(raw)}`).catch(showError);
    if (!answer?.phone) return showError(new Error(`Not a phone number: ${raw}`));
    $('#other-number').hidden = true;
    $('#other-number-input').value = '';
    choosePhone(answer.phone);
  });
  $('#other-number-cancel').addEventListener('click', () => { $('#other-number').hidden = true; });

  const savedChannel = new URLSearchParams(location.search).get('channel') ?? localStorage.getItem('kindling.channel');
  channel = savedChannel === 'whatsapp' ? 'whatsapp' : 'sms';
  for (const button of document.querySelectorAll('.channel-switch [data-channel]')) {
    button.addEventListener('click', () => chooseChannel(button.dataset.channel));
  }
  $('#share-card').addEventListener('click', () => {
    const form = $('#card-form');
    form.hidden = !form.hidden;
    if (form.hidden) return;
    for (const field of CARD_FIELDS) if (!form.elements[field].value) form.elements[field].value = SAMPLE_CARD[field];
    form.elements.name.focus();
  });
  $('#card-cancel').addEventListener('click', () => { $('#card-form').hidden = true; });
  $('#card-form').addEventListener('submit', (event) => {
    event.preventDefault();
    void send(readCardForm());
  });

  for (const button of document.querySelectorAll('[data-step]')) {
    button.addEventListener('click', async () => {
      busy = { action: button.dataset.step === 'next' ? 'next-text' : 'advance' };
      renderBusy();
      await api('/api/clock', { step: button.dataset.step, phone }).catch(showError);
      await refresh().catch(showError);
    });
  }
  $('#clock-set').addEventListener('submit', async (event) => {
    event.preventDefault();
    const local = $('#clock-at').value;
    if (!local) return;
    busy = { action: 'advance' };
    renderBusy();
    await api('/api/clock', { at: { local, zone: view?.timeZone ?? 'UTC' }, phone }).catch(showError);
    await refresh().catch(showError);
  });
  failSelect.addEventListener('change', async () => {
    await api('/api/fail', { failure: failSelect.value }).catch(showError);
    await refresh().catch(showError);
  });
  $('#composer').addEventListener('submit', (event) => {
    event.preventDefault();
    void send();
  });
  bodyInput.addEventListener('input', autoGrow);
  bodyInput.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' && !event.shiftKey && !event.isComposing) {
      event.preventDefault();
      void send();
    }
  });

  await refresh();
  listen();
  setInterval(renderClock, 1000);
}

init().catch(showError);
