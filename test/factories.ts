// Test factories: texts signed exactly as Twilio signs them, cron runs at a chosen time, the stand-in's outbox.
import { createExecutionContext, createScheduledController, waitOnExecutionContext } from 'cloudflare:test';
import { expect } from 'vitest';
import { env, exports } from 'cloudflare:workers';
import { getExpectedTwilioSignature } from 'twilio/lib/webhooks/webhooks';
import worker from '../src/index';

export const BASE = 'https://kindling.test';
export const AUTH_TOKEN = 'test-auth-token';
export const CRON = '*/15 * * * *';

let counter = 0;

/** A unique MessageSid, shaped like Twilio's. */
export function messageSid(): string {
  counter += 1;
  const random = crypto.randomUUID().replace(/-/g, '');
  return `SM${String(counter).padStart(4, '0')}${random}`.slice(0, 34);
}

/** A fresh US number per test, so tests never see each other's people or texts. */
export function phoneNumber(areaCode = '212'): string {
  const digits = String(Math.floor(Math.random() * 10_000_000)).padStart(7, '0');
  return `+1${areaCode}${digits}`;
}

export interface SmsFields {
  From: string;
  Body: string;
  MessageSid?: string;
  NumMedia?: string;
  [extra: string]: string | undefined;
}

export function smsParams(fields: SmsFields): Record<string, string> {
  const params: Record<string, string> = {
    AccountSid: 'AC00000000000000000000000000000000',
    ApiVersion: '2010-04-01',
    To: '+15005550006',
    NumMedia: '0',
    NumSegments: '1',
    SmsStatus: 'received',
    MessageSid: fields.MessageSid ?? messageSid(),
  };
  for (const [name, value] of Object.entries(fields)) if (value !== undefined) params[name] = value;
  return params;
}

export function sign(url: string, params: Record<string, string>, token = AUTH_TOKEN): string {
  return getExpectedTwilioSignature(token, url, params);
}

/** A form post to the Worker, signed for `signedFor` (default: the URL it is sent to). */
export function twilioPost(path: string, params: Record<string, string>, options: { signature?: string | null; signedFor?: string } = {}): Request {
  const url = `${BASE}${path}`;
  const headers: Record<string, string> = { 'content-type': 'application/x-www-form-urlencoded' };
  const signature = options.signature === undefined ? sign(options.signedFor ?? url, params) : options.signature;
  if (signature !== null) headers['x-twilio-signature'] = signature;
  return new Request(url, { method: 'POST', headers, body: new URLSearchParams(params).toString() });
}

/** Pulls the <Message> text out of TwiML; null for an empty <Response/>. */
export function messageOf(twiml: string): string | null {
  const match = /<Message>([\s\S]*?)<\/Message>/.exec(twiml);
  if (!match?.[1]) return null;
  return match[1]
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}

export interface Answer {
  status: number;
  contentType: string | null;
  twiml: string;
  reply: string | null;
}

export async function post(request: Request): Promise<Answer> {
  const response = await exports.default.fetch(request);
  const twiml = await response.text();
  return { status: response.status, contentType: response.headers.get('content-type'), twiml, reply: messageOf(twiml) };
}

/**
 * Fixed instants the tests run at, so what a test sees never depends on the day or hour it runs. US DST in 2026 starts
 * Sunday March 8 (02:00 -> 03:00) and ends Sunday November 1 (02:00 -> 01:00).
 */
export const CLOCKS = {
  /** Wednesday 2026-03-04, 18:30 in New York (23:30 UTC) */
  weekdayEvening: Date.UTC(2026, 2, 4, 23, 30),
  /** Saturday 2026-03-07, 09:15 in New York */
  weekendMorning: Date.UTC(2026, 2, 7, 14, 15),
  /** Saturday 2026-03-07, 21:30 in New York: the night before clocks spring forward */
  beforeSpringForward: Date.UTC(2026, 2, 8, 2, 30),
  /** Saturday 2026-10-31, 20:00 in New York (EDT): the night before clocks fall back */
  beforeFallBack: Date.UTC(2026, 10, 1, 0, 0),
} as const;

export const DEFAULT_CLOCK = CLOCKS.weekdayEvening;

let testClock: number = DEFAULT_CLOCK;

/** Sets the instant inbound texts arrive at (reset to DEFAULT_CLOCK before every test by test/setup.ts). */
export function setClock(at: number): void {
  testClock = at;
}

/** The test's clock: when the next inbound text arrives. */
export function clock(): number {
  return testClock;
}

/** Moves the test's clock forward by `ms` and returns the new instant. */
export function advanceClock(ms: number): number {
  testClock += ms;
  return testClock;
}

/**
 * Texts Kindling from `from`, signed like Twilio, at the test's clock, and returns the reply. The Worker takes "now"
 * from X-Kindling-Simulated-Now because the test bindings set DEV_SIMULATED_CLOCK.
 */
export async function text(from: string, body: string, extra: Partial<SmsFields> = {}): Promise<Answer> {
  const request = twilioPost('/twilio/sms', smsParams({ From: from, Body: body, ...extra }));
  request.headers.set('x-kindling-simulated-now', String(testClock));
  return post(request);
}

/**
 * The test bindings with a short wait for Twilio's API, for the tests whose stand-in times a send out on purpose (the
 * stand-in holds such a request for 8 s; every other test waits up to 5 s, so a slow machine never fakes a timeout).
 */
export const SHORT_TIMEOUT_ENV: Env = { ...env, TWILIO_TIMEOUT_MS: '300' };

/** Runs the Worker's cron at `scheduledTime`, as Cloudflare would. */
export async function runCron(scheduledTime: number, bindings: Env = env): Promise<void> {
  const controller = createScheduledController({ scheduledTime, cron: CRON });
  const ctx = createExecutionContext();
  await worker.scheduled(controller, bindings, ctx);
  await waitOnExecutionContext(ctx);
}

export interface SentText {
  sid: string;
  to: string;
  body: string;
  statusCallback: string | null;
  at: number;
}

/** What the Twilio stand-in accepted for one number. */
export async function sentTo(phone: string): Promise<SentText[]> {
  const response = await fetch(`http://twilio.test/__standin/messages?to=${encodeURIComponent(phone)}`);
  return response.json();
}

/** Makes the stand-in fail the next `times` sends to `to`. */
export async function failNextSend(to: string, failure: 500 | 429 | 21610 | 21211 | 'timeout', times = 1): Promise<void> {
  const response = await fetch('http://twilio.test/__standin/fail', { method: 'POST', body: JSON.stringify({ failure, times, to }) });
  if (!response.ok) throw new Error(`stand-in refused: ${await response.text()}`);
}

/** Steps the cron every 15 minutes from `from` to `to`, stopping early when `until` says so. */
export async function stepCron(from: number, to: number, until?: () => Promise<boolean>, bindings: Env = env): Promise<number> {
  for (let at = from; at <= to; at += 15 * 60_000) {
    await runCron(at, bindings);
    if (until && (await until())) return at;
  }
  return to;
}

export const HOUR = 60 * 60_000;
export const DAY = 24 * HOUR;

/** All rows of a table, for checks that nothing of a user is left. */
export async function allRows(table: string): Promise<Record<string, unknown>[]> {
  const result = await env.DB.prepare(`SELECT * FROM ${table}`).all();
  return result.results;
}

/** Texts Kindling as if at `now`: the dev setting DEV_SIMULATED_CLOCK lets the webhook take "now" from a header. */
export async function textAt(from: string, body: string, now: number): Promise<string | null> {
  const request = twilioPost('/twilio/sms', smsParams({ From: from, Body: body }));
  request.headers.set('x-kindling-simulated-now', String(now));
  const response = await exports.default.fetch(request);
  expect(response.status).toBe(200);
  return messageOf(await response.text());
}

/** Steps the cron hourly from `from` until a new text reaches `phone` (at most `days`); returns it and when. */
export async function nextNudge(phone: string, from: number, days: number): Promise<{ text: SentText; at: number }> {
  const before = (await sentTo(phone)).length;
  for (let at = from; at <= from + days * DAY; at += HOUR) {
    await runCron(at);
    const fresh = (await sentTo(phone))[before];
    if (fresh) return { text: fresh, at };
  }
  throw new Error(`no text to ${phone} within ${days} days`);
}
