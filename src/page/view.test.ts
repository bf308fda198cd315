// The page's data: urgency order, the draft, search, the coming-up strip, and where it stands.
import { describe, expect, it } from 'vitest';
import type { Person } from '../db/rows';
import type { NudgeRow } from '../db/nudges';
import type { NudgeKind } from '../domain/types';
import { detailsCorrection } from '../conversation/decide/page';
import { standingOf } from './standing';
import { draftIn, pageView } from './view';

const NOW = Date.UTC(2026, 2, 4, 23, 30);
const DAY = 24 * 3600_000;
const USER = { timeZone: 'America/New_York', channel: 'sms', capCount: 0 } as const;

function person(id: number, name: string, extra: Partial<Person> = {}): Person {
  return {
    id,
    name,
    nameKey: name.toLowerCase(),
    met: 'the climbing gym',
    metAt: NOW,
    interests: ['bouldering'],
    work: [],
    contacts: { phone: '+19175550199' },
    events: [],
    warmth: 'unknown',
    silences: 0,
    kept: false,
    sentKinds: [],
    celebratedEvents: [],
    lastContactAt: null,
    updatedAt: NOW,
    ...extra,
  };
}

function nudge(id: number, personId: number, dueAt: number, kind: NudgeKind = 'first-follow-up'): NudgeRow {
  return { id, userId: 1, personId, kind, dueAt, state: 'pending', detail: '{}', outboundId: null, createdAt: NOW };
}

describe('pageView', () => {
  const people = [person(1, 'Sarah'), person(2, 'Ben', { interests: ['sourdough'], met: 'the bbq' }), person(3, 'Tom', { muted: true })];
  const nudges = [nudge(1, 1, NOW + 3 * DAY), nudge(2, 2, NOW + DAY)];

  it('puts the soonest nudge first and the muted last, with a composed draft and its sms: link', () => {
    const view = pageView({ user: USER, people, nudges, notes: [], now: NOW, query: '' });
    expect(view.entries.map((entry) => entry.name)).toEqual(['Ben', 'Sarah', 'Tom']);
    const ben = view.entries[0];
    expect(ben?.next?.draft).toMatch(/Ben/);
    expect(ben?.textLink).toBe(`sms:+19175550199?&body=${encodeURIComponent(ben?.next?.draft ?? '')}`);
    expect(view.entries[2]?.next).toBeNull();
  });

  it.each([
    ['bbq', ['Ben']],
    ['BOULDERING', ['Sarah', 'Tom']],
    ['sarah climbing', ['Sarah']],
    ['nobody', []],
  ])('search "%s" keeps %j', (query, names) => {
    expect(pageView({ user: USER, people, nudges, notes: [], now: NOW, query }).entries.map((entry) => entry.name)).toEqual(names);
  });

  it('the coming-up strip: nudges and birthdays within 7 days, soonest first', () => {
    const withBirthday = [
      ...people,
      person(4, 'Ada', { events: [{ what: 'birthday', on: '2026-03-06' }] }),
      person(5, 'Zoe', { events: [{ what: 'birthday', on: '2026-03-20' }] }),
    ];
    const strip = pageView({ user: USER, people: withBirthday, nudges, notes: [], now: NOW, query: '' }).comingUp;
    expect(strip.map((item) => `${item.day}: ${item.what}`)).toEqual([
      'Thu Mar 5: Follow up with Ben',
      "Fri Mar 6: Ada's birthday",
      'Sat Mar 7: Follow up with Sarah',
    ]);
  });
});

describe('draftIn', () => {
  it('finds the quoted draft in a nudge text', () => {
    expect(draftIn('Follow up with Sarah: "Hey Sarah, how is the pottery going?" Reply DONE.')).toBe('Hey Sarah, how is the pottery going?');
    expect(draftIn('Say hi to Jake at the gym on Saturday. Reply DONE.')).toBeNull();
  });
});

describe('standingOf', () => {
  it.each([
    [{ muted: true }, 'Muted: no nudges, notes kept'],
    [{ contacts: {} }, 'Met, no way to reach them yet'],
    [{}, 'Met, a way to reach them'],
    [{ lastContactAt: NOW - DAY }, 'First text sent'],
    [{ warmth: 'warm' as const }, 'They answered, warmly'],
    [{ warmth: 'lukewarm' as const }, 'They answered, politely'],
    [{ silences: 2 }, 'Quiet: no answer twice'],
    [{ plans: [{ what: 'coffee', at: NOW + DAY }] }, 'A plan: coffee'],
    [{ plans: [{ what: 'coffee', at: NOW - DAY }] }, 'Met again'],
    [
      {
        warmth: 'warm' as const,
        plans: [
          { what: 'coffee', at: NOW - 9 * DAY },
          { what: 'a hike', at: NOW - DAY },
        ],
      },
      'Regular: you see each other',
    ],
  ])('%j -> %s', (extra, standing) => {
    expect(standingOf(person(1, 'Sarah', extra), null, NOW)).toBe(standing);
  });
});

describe('detailsCorrection', () => {
  it.each([
    [['bouldering', 'pottery'], ['bouldering', 'ceramics'], { add: ['ceramics'], remove: ['pottery'] }],
    [['pottery studio', 'pottery'], ['pottery studio', 'ceramics'], { add: ['pottery studio', 'ceramics'], remove: ['pottery'] }],
    [['Bouldering'], ['bouldering'], null],
    [['jazz'], [], { add: [], remove: ['jazz'] }],
  ])('%j -> %j gives %j', (current, wanted, correction) => {
    expect(detailsCorrection(current, wanted)).toEqual(correction);
  });
});
