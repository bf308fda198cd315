// Shared fixtures for the compose tests: four people, the nudge kinds, a New York clock and segment counting.
import { SegmentedMessage } from 'sms-segments-calculator';
import { zonedToUtc } from '../../src/domain/time';
import type { NudgeKind, NudgeSubject } from '../../src/domain/types';

export const KINDS: NudgeKind[] = ['first-follow-up', 'get-contact', 'deepen', 'check-in', 'their-moment', 'say-hi', 'let-go'];
export const NY = 'America/New_York';
export const at = (y: number, mo: number, d: number, h: number, mi = 0) => zonedToUtc({ year: y, month: mo, day: d, hour: h, minute: mi }, NY);

export function measure(text: string) {
  const message = new SegmentedMessage(text);
  return { encoding: message.encodingName, segments: message.segmentsCount };
}

/** Kindling's own words: printable ASCII and newlines only (so no curly quotes, em dashes, ellipses or emoji). */
export const PLAIN = /^[\x20-\x7e\n]*$/;

export type Person = NudgeSubject['person'];
export const sarah: Person = {
  name: 'Sarah',
  met: 'climbing gym',
  interests: ['bouldering', 'pottery studio'],
  work: [],
  hasContact: true,
  events: [{ what: 'gallery opening', on: '2026-12-12' }],
  warmth: 'unknown',
};
export const jake: Person = {
  name: 'Jake',
  met: 'run club',
  interests: ['marathon'],
  work: ['ML at a bank'],
  hasContact: false,
  events: [{ what: 'moving to Denver', on: '2027-03' }],
  warmth: 'none',
};
export const priya: Person = {
  name: 'Priya',
  met: 'through Sam',
  interests: ['jazz'],
  work: ['fintech startup'],
  hasContact: true,
  events: [{ what: 'birthday', on: '2026-12-06' }],
  warmth: 'warm',
};
export const dev: Person = { name: 'Dev', met: null, interests: ['board games'], work: [], hasContact: true, events: [], warmth: 'lukewarm' };
export const ASCII_PEOPLE = [sarah, jake, priya, dev];

export function subject(kind: NudgeKind, person: Person, extra: Partial<NudgeSubject> = {}): NudgeSubject {
  return { kind, person, ...(kind === 'their-moment' && person.events[0] ? { event: person.events[0] } : {}), ...extra };
}

export function details(person: Person): string[] {
  return [person.met ?? '', ...person.interests, ...person.work, ...person.events.map((event) => event.what)]
    .map((item) =>
      item
        .replace(/^(at|in|on|through|via)\s+/i, '')
        .replace(/^(the|her|his|their)\s+/i, '')
        .trim(),
    )
    .filter((item) => item.length > 0);
}

export const namesADetail = (text: string, person: Person, words = Infinity) =>
  details(person).some((detail) => text.toLowerCase().includes(detail.split(/\s+/).slice(0, words).join(' ').toLowerCase()));
