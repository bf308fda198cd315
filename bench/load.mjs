// Section 1: signed inbound webhooks under load with autocannon, each request a fresh MessageSid, note and signature.

import autocannon from 'autocannon';
import { readFileSync } from 'node:fs';
import { messageOf, signature, smsParams } from './stack.mjs';

const CORPUS = new URL('../test/fixtures/notes.jsonl', import.meta.url);
const FIRST = [
  'Ava',
  'Noah',
  'Mia',
  'Liam',
  'Zoe',
  'Omar',
  'Lena',
  'Ravi',
  'Ines',
  'Theo',
  'Nora',
  'Eli',
  'Maya',
  'Hugo',
  'Ada',
  'Kai',
  'Rosa',
  'Ivan',
  'Lila',
  'Sami',
];
const LAST = [
  'Park',
  'Silva',
  'Okoye',
  'Brennan',
  'Haddad',
  'Moreau',
  'Tanaka',
  'Kowalski',
  'Mensah',
  'Quinn',
  'Ortiz',
  'Larsen',
  'Cohen',
  'Rossi',
  'Singh',
  'Walsh',
];

/** The corpus notes, each a function of a name: the note's own person becomes someone new each time. */
export function loadNotes(corpusPath = CORPUS) {
  return readFileSync(corpusPath, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line))
    .map(({ note, expect }) => {
      if (!expect.name) return () => note;
      const escaped = expect.name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      const pattern = new RegExp(escaped, 'i');
      return (name) => (pattern.test(note) ? note.replace(pattern, name) : note);
    });
}

/** 50 US numbers across a few area codes. */
export function loadPhones(count = 50) {
  const areas = ['212', '310', '312', '415', '617', '206', '512', '305'];
  return Array.from({ length: count }, (_, i) => `+1${areas[i % areas.length]}555${String(3000 + i).padStart(4, '0')}`);
}

/**
 * Posts signed texts to `${url}/twilio/sms` for `seconds`. `mode`: 'signed' (valid signature) or 'bad-signature'.
 * @returns the autocannon figures plus what came back: statuses, replies, empty (throttled) answers, apologies.
 */
export async function postTexts({ url, seconds, connections = 8, phones, notes, mode = 'signed' }) {
  const target = `${url}/twilio/sms`;
  let sent = 0;
  const answers = { replies: 0, empty: 0, apologies: 0, other: 0 };
  const result = await autocannon({
    url,
    connections,
    duration: seconds,
    requests: [
      {
        method: 'POST',
        path: '/twilio/sms',
        setupRequest(request) {
          const i = sent;
          sent += 1;
          const name = `${FIRST[i % FIRST.length]} ${LAST[Math.floor(i / FIRST.length) % LAST.length]}`;
          const params = smsParams(phones[i % phones.length], notes[i % notes.length](name));
          const signed = signature(target, params);
          return {
            ...request,
            headers: {
              'content-type': 'application/x-www-form-urlencoded',
              'x-twilio-signature': mode === 'signed' ? signed : `${signed.slice(0, -4)}AAA=`,
            },
            body: new URLSearchParams(params).toString(),
          };
        },
        onResponse(status, body) {
          if (status !== 200) return;
          const reply = messageOf(body ?? '');
          if (reply === null) answers.empty += 1;
          else if (/^Sorry, I didn't catch that/.test(reply)) answers.apologies += 1;
          else answers.replies += 1;
        },
      },
    ],
  });
  return {
    mode,
    seconds,
    connections,
    requests: result.requests.total,
    rps: result.requests.total / (result.duration || seconds),
    latency: { p50: result.latency.p50, p90: result.latency.p90, p99: result.latency.p99, max: result.latency.max },
    statuses: { '2xx': result['2xx'], '4xx': result['4xx'], '5xx': result['5xx'], non2xx: result.non2xx },
    errors: result.errors,
    timeouts: result.timeouts,
    answers,
  };
}
