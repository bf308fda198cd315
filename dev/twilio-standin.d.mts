// Types for the Twilio stand-in (dev/twilio-standin.mjs).
export interface StandinMessage {
  sid: string;
  to: string;
  from: string | null;
  messagingServiceSid: string | null;
  body: string;
  statusCallback: string | null;
  /** when the stand-in took it (its own clock, the wall clock unless `now` is given) */
  at: number;
  status: string;
  /** when it moved to `sent` (a status callback was posted), null while queued */
  sentAt: number | null;
  /** `whatsapp` when To is `whatsapp:+E164` */
  channel: 'sms' | 'whatsapp';
  /** a Content template send: its sid and variables; `body` then shows the sid and the variables in order */
  contentSid: string | null;
  contentVariables: Record<string, string> | null;
}

/**
 * Failures on demand. 500, 429, 21610, 21211: Twilio's JSON error, nothing created. 502, 503: a gateway's HTML page,
 * nothing created. timeout: no answer until `timeoutMs`, nothing created. accept-then-504: created, then a gateway
 * answers 504. accept-then-drop: created, then the connection breaks (the handler throws).
 */
export type StandinFailure = 500 | 429 | 502 | 503 | 21610 | 21211 | 'timeout' | 'accept-then-504' | 'accept-then-drop';

/** Every failure the stand-in knows. */
export const FAILURE_MODES: StandinFailure[];

export interface TwilioStandin {
  messages: StandinMessage[];
  failNext(failure: StandinFailure, times?: number): void;
  /** Clears messages, failures, WhatsApp inbound times and pinned clocks. */
  reset(): void;
  /**
   * A WhatsApp user (`whatsapp:+E164`) wrote at `at` (ms, the stand-in's clock): free form to them is accepted for 24
   * hours after it, else refused with 63016. Also POST /__standin/whatsapp-inbound {to, at}.
   */
  recordWhatsAppInbound(to: string, at: number): void;
  /** The failures queued for whichever send comes next (not those aimed at one recipient), next first. */
  pendingFailures(): StandinFailure[];
  /** Drops every queued failure, aimed or not. */
  clearFailures(): void;
  handle(request: Request): Promise<Response>;
}

export function createTwilioStandin(options: {
  accountSid?: string;
  authToken: string;
  timeoutMs?: number;
  statusDelayMs?: number;
  /** the clock for recorded times and WhatsApp's 24-hour rule; POST /__standin/clock {to, at} pins it per recipient */
  now?: () => number;
  postStatus?: (url: string, params: Record<string, string>) => Promise<void>;
  onMessage?: (message: StandinMessage) => void;
  onFailure?: (attempt: { failure: StandinFailure; to: string; body: string; status: number; code: number }) => void;
}): TwilioStandin;

/** Twilio's IncomingPhoneNumber resource, as much of it as the stand-in keeps. */
export interface StandinPhoneNumber {
  sid: string;
  account_sid: string | null;
  phone_number: string;
  friendly_name: string;
  sms_url: string;
  sms_method: string;
  capabilities: { sms: boolean; mms: boolean; voice: boolean };
  status: string;
}

export function withIncomingPhoneNumbers<T extends { handle(request: Request): Promise<Response> }>(
  standin: T,
  options: { accountSid?: string; authToken: string; numbers: Array<{ phoneNumber: string; sid?: string; smsUrl?: string; smsMethod?: string }> },
): T & { phoneNumbers: StandinPhoneNumber[]; numberUpdates: Array<Record<string, string>> };
