// Small factories for conversation snapshots: a user, people, nudges, notes and undo records as load() returns them.
import type { ChangeRow, NoteRow, Person, UserRow } from '../../src/db/rows';
import type { NudgeRow } from '../../src/db/nudges';
import type { Snapshot } from '../../src/conversation/snapshot';

export const NY = 'America/New_York';
/** Wednesday 2026-03-04, 18:30 in New York */
export const NOW = Date.UTC(2026, 2, 4, 23, 30);
export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;
/** The inbound row of the text under test: refs of rows it creates start with it. */
export const INBOUND_ID = 700;

export function userOf(fields: Partial<UserRow> = {}): UserRow {
  return {
    id: 1,
    phone: '+12125550100',
    timeZone: NY,
    windowStart: 9,
    windowEnd: 20,
    preferredHour: 10,
    optedOut: false,
    pausedUntil: null,
    pending: null,
    pendingExpiresAt: null,
    lastNudgePeople: null,
    lastNudgeAt: null,
    capDay: null,
    capCount: 0,
    channel: 'sms',
    whatsappLastInboundAt: null,
    language: 'en',
    createdAt: NOW - 30 * DAY,
    ...fields,
  };
}

export function personOf(fields: Partial<Person> & Pick<Person, 'id' | 'name'>): Person {
  return {
    nameKey: fields.name.toLowerCase(),
    met: null,
    metAt: NOW - 10 * DAY,
    interests: [],
    work: [],
    contacts: {},
    events: [],
    warmth: 'unknown',
    silences: 0,
    kept: false,
    sentKinds: [],
    celebratedEvents: [],
    lastContactAt: null,
    updatedAt: NOW - 10 * DAY,
    ...fields,
  };
}

export function nudgeOf(fields: Partial<NudgeRow> & Pick<NudgeRow, 'id' | 'personId'>): NudgeRow {
  return { userId: 1, kind: 'check-in', dueAt: NOW + 2 * DAY, state: 'pending', detail: '{}', outboundId: null, createdAt: NOW - DAY, ...fields };
}

export function noteOf(fields: Partial<NoteRow> & Pick<NoteRow, 'id' | 'body'>): NoteRow {
  return { userId: 1, personId: null, createdAt: NOW - DAY, ref: null, ...fields };
}

export function changeOf(fields: Partial<ChangeRow> & Pick<ChangeRow, 'id' | 'summary' | 'revert'>): ChangeRow {
  return { userId: 1, createdAt: NOW - HOUR, ...fields };
}

/** A snapshot of an existing user; people sorted as load() sorts them (most recently updated first). */
export function snapshotOf(fields: Partial<Snapshot> = {}): Snapshot {
  const people = [...(fields.people ?? [])].sort((a, b) => b.updatedAt - a.updatedAt || b.id - a.id);
  return {
    user: userOf(),
    isNewUser: false,
    inboundId: INBOUND_ID,
    nudges: [],
    notes: [],
    latestChange: null,
    recent: { textsLastMinute: 0, repliesLastDay: 0, noticesLastHour: 0 },
    ...fields,
    people,
    peopleTotal: fields.peopleTotal ?? people.length,
  };
}

/** The user row after Kindling asked `pending` at NOW. */
export function asked(pending: object, fields: Partial<UserRow> = {}): UserRow {
  return userOf({ pending: JSON.stringify(pending), pendingExpiresAt: NOW + 12 * HOUR, ...fields });
}

/** The user row after a nudge text about these people, an hour ago. */
export function nudgedAbout(ids: number[], fields: Partial<UserRow> = {}): UserRow {
  return userOf({ lastNudgePeople: JSON.stringify(ids), lastNudgeAt: NOW - HOUR, ...fields });
}
