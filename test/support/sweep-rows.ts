// Rows for the sweep's pure table tests (src/jobs/*.test.ts): a user in New York, their people and nudges, a waiting
// text, and the settings, each with overrides. No D1: plain objects shaped like the rows db/ reads.
import type { NudgeRow } from '../../src/db/nudges';
import type { OutboundRow } from '../../src/db/outbound';
import { type Person, type PersonRow, toPerson, type UserRow } from '../../src/db/rows';
import { localDayKey, zonedToUtc } from '../../src/domain/time';
import { type Settings, SettingsSchema } from '../../src/env';
import { userOf } from './snapshots';

export const NY = 'America/New_York';
export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;
/** Wednesday 2026-03-04, 11:00 in New York: inside the default 9-20 window */
export const NOW = zonedToUtc({ year: 2026, month: 3, day: 4, hour: 11, minute: 0 }, NY);
export const TODAY = localDayKey(NOW, NY);

/** The snapshots' user (test/support/snapshots.ts), at this file's clock. */
export function userRow(overrides: Partial<UserRow> = {}): UserRow {
  return userOf({ phone: '+12125550142', createdAt: NOW - 30 * 24 * HOUR, ...overrides });
}

export function personOf(overrides: Partial<PersonRow> = {}): Person {
  const name = overrides.name ?? 'Ann';
  return toPerson({
    id: 10,
    userId: 1,
    name,
    nameKey: name.toLowerCase(),
    met: 'a design meetup',
    metAt: NOW - 3 * 24 * HOUR,
    interests: '["bouldering"]',
    work: '[]',
    contacts: '{}',
    events: '[]',
    warmth: 'unknown',
    silences: 0,
    kept: false,
    muted: false,
    sentKinds: '[]',
    celebratedEvents: '[]',
    lastContactAt: null,
    plans: '[]',
    news: '[]',
    recurringPlace: null,
    move: null,
    ties: '[]',
    covered: '[]',
    updatedAt: NOW - 3 * 24 * HOUR,
    ref: null,
    ...overrides,
  });
}

export function nudgeRow(overrides: Partial<NudgeRow> = {}): NudgeRow {
  return {
    id: 100,
    userId: 1,
    personId: 10,
    kind: 'first-follow-up',
    dueAt: NOW,
    state: 'pending',
    detail: '{}',
    outboundId: null,
    createdAt: NOW - 3 * 24 * HOUR,
    ...overrides,
  };
}

export function outboundRow(overrides: Partial<OutboundRow> = {}): OutboundRow {
  return {
    id: 500,
    userId: 1,
    body: 'Ann: you met at a design meetup. A quick hello?',
    localDay: TODAY,
    state: 'queued',
    attempts: 1,
    nextAttemptAt: NOW,
    twilioSid: null,
    errorCode: 429,
    claim: 'token',
    createdAt: NOW - 15 * MINUTE,
    ...overrides,
  };
}

export function settingsOf(overrides: Record<string, string> = {}): Settings {
  return SettingsSchema.parse({ TWILIO_ACCOUNT_SID: 'AC1', TWILIO_AUTH_TOKEN: 'token', TWILIO_PHONE_NUMBER: '+15005550006', ...overrides });
}

export const byId = (...people: Person[]) => new Map(people.map((person) => [person.id, person]));
