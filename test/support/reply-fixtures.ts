// Shared fixtures for the reply tests: a fixed clock in New York, one person, next steps, and segment counting.
import { SegmentedMessage } from 'sms-segments-calculator';
import { expect } from 'vitest';
import { isGsm7, segmentCount } from '../../src/domain/sms-length';
import { zonedToUtc } from '../../src/domain/time';
import type { NudgeKind } from '../../src/domain/types';
import type { NextStep } from '../../src/conversation/replies/next-step';
import type { PersonSummary } from '../../src/conversation/replies/recall';
export const NY = 'America/New_York';
/** Saturday Nov 28 2026, 10:00 in New York. */
export const NOW = Date.UTC(2026, 10, 28, 15);
export const ny = (mo: number, d: number, h: number, mi = 0, y = 2026) => zonedToUtc({ year: y, month: mo, day: d, hour: h, minute: mi }, NY);
/** Nov 27 22:30 in New York, already Nov 28 in UTC: dates must be the user's. */
export const LATE_NOV_27 = ny(11, 27, 22, 30);
export const TOMORROW_10 = ny(11, 29, 10);
export const THURSDAY_10 = ny(12, 3, 10);
export const DEC_12_10 = ny(12, 12, 10);
export const KINDS: NudgeKind[] = ['first-follow-up', 'get-contact', 'deepen', 'check-in', 'their-moment', 'say-hi', 'let-go'];

/** Segments as Twilio counts them, and as our own helper does: both must agree a reply fits. */
export function segments(text: string): number {
  return Math.max(new SegmentedMessage(text).segmentsCount, segmentCount(text).segments);
}

/** Kindling's own words: printable ASCII (no curly quotes, em dashes, ellipses, emoji) and GSM-7. */
export function expectPlain(text: string) {
  expect(text, text).toMatch(/^[\x20-\x7e]+$/);
  expect(isGsm7(text), text).toBe(true);
}

export function summary(overrides: Partial<PersonSummary> = {}): PersonSummary {
  return {
    name: 'Sarah',
    met: 'climbing gym',
    metAt: LATE_NOV_27,
    interests: ['bouldering', 'pottery studio'],
    work: [],
    contacts: { phone: '+19175550142' },
    events: [{ what: 'gallery opening', on: '2026-12-12' }],
    lastContactAt: null,
    notes: [],
    ...overrides,
  };
}

export const firstFollowUp: NextStep = { kind: 'first-follow-up', dueAt: TOMORROW_10 };
export const checkIn: NextStep = { kind: 'check-in', dueAt: DEC_12_10 };
/** Held by a pause with no end: the date is the nudge's own, never quoted. */
export const heldCheckIn: NextStep = { kind: 'check-in', dueAt: DEC_12_10, waitsForResume: true };

// The José Núñez reply the bench measured at 3 segments (UCS-2, 174 characters).
export const jose = summary({
  name: 'José Núñez',
  met: 'café on 5th',
  interests: ['ceviche', 'salsa dancing'],
  work: ['opening a restaurant'],
  contacts: {},
  events: [{ what: 'restaurant opening', on: '2027-03' }],
});
