// reach: a step in n days or the contactless one, the first contact while the meeting is fresh, a check-in spaced by
// warmth (or a give in its place), a bring-together with a fresh pair, an introduction for what they need.
import { describe, expect, it } from 'vitest';
import { at, NY, person, TUE_18, wall } from '../../../test/support/playbook-fixtures';
import { DEFAULT_WINDOW } from '../../domain/constants';
import type { PairSide } from '../../domain/types';
import { contactlessNext, firstContact, needIntro, nextCheckIn, type StepPlan, type Planning, reach, together, whileFresh } from './reach';

// from Tuesday 2026-12-01, 18:00 in New York (window 9-20, preferred 10)
const ctx = (overrides: Partial<Planning> = {}): Planning => ({ now: TUE_18, zone: NY, window: DEFAULT_WINDOW, pairs: [], checkInFrom: TUE_18, ...overrides });
const local = (plan: StepPlan) => ({ ...plan, dueAt: wall(plan.dueAt) });
const POOL = { place: 'the pool', weekday: 6, time: 11 };
const OMAR: PairSide = { name: 'Omar', shared: 'bouldering' };
const otherwise = (): StepPlan => ({ kind: 'check-in', dueAt: TUE_18 });

describe('whileFresh', () => {
  it.each([
    ['met just now: the next morning', TUE_18, TUE_18, '2026-12-02 10:00'],
    ['met late last night: this morning, 12h on', at(NY, 2026, 11, 30, 22), at(NY, 2026, 12, 1, 8), '2026-12-01 10:00'],
    ['met weeks ago: soon', at(NY, 2026, 11, 10, 18), TUE_18, '2026-12-02 10:00'],
  ] as const)('%s', (_case, metAt, now, want) => {
    expect(wall(whileFresh(metAt, ctx({ now })))).toBe(want);
  });
});

describe('contactlessNext', () => {
  it.each([
    ['first round: ask for a number in a week', person({ hasContact: false }), { kind: 'get-contact', dueAt: '2026-12-08 10:00' }],
    ['two rounds unanswered: let go', person({ hasContact: false, sentKinds: ['get-contact', 'get-contact'] }), { kind: 'let-go', dueAt: '2026-12-08 10:00' }],
    [
      'kept: ask again in four weeks',
      person({ hasContact: false, kept: true, sentKinds: ['get-contact', 'get-contact'] }),
      { kind: 'get-contact', dueAt: '2026-12-29 10:00' },
    ],
    ['met at a place they go back to: say hi there', person({ hasContact: false, met: 'the gym' }), { kind: 'say-hi', dueAt: '2026-12-05 10:00' }],
    ['a weekly place: before the next time there', person({ hasContact: false, recurringPlace: POOL }), { kind: 'say-hi', dueAt: '2026-12-05 09:00' }],
  ] as const)('%s', (_case, who, want) => {
    expect(local(contactlessNext(who, ctx()))).toEqual(want);
  });
});

describe('reach', () => {
  it.each([
    ['deepen in 3 days', reach(person(), 'deepen', 3, ctx()), { kind: 'deepen', dueAt: '2026-12-04 10:00' }],
    ['a group deepen keeps its group', reach(person(), 'deepen', 21, ctx(), true), { kind: 'deepen', dueAt: '2026-12-22 10:00', group: true }],
    ['no number: the contactless step', reach(person({ hasContact: false }), 'check-in', 14, ctx()), { kind: 'get-contact', dueAt: '2026-12-08 10:00' }],
    ['a let-go needs no number', reach(person({ hasContact: false }), 'let-go', 7, ctx()), { kind: 'let-go', dueAt: '2026-12-08 10:00' }],
    [
      'a check-in counts from the last contact, never sooner than soon',
      reach(person(), 'check-in', 14, ctx({ checkInFrom: at(NY, 2026, 11, 10, 12) })),
      { kind: 'check-in', dueAt: '2026-12-02 10:00' },
    ],
    [
      'a check-in for someone seen weekly: a say-hi there',
      reach(person({ recurringPlace: POOL }), 'check-in', 14, ctx()),
      { kind: 'say-hi', dueAt: '2026-12-19 09:00' },
    ],
  ] as const)('%s', (_case, plan, want) => {
    expect(local(plan)).toEqual(want);
  });
});

describe('together', () => {
  it.each([
    ['a fresh pair: bring them together', person(), [OMAR], { kind: 'bring-together', dueAt: '2026-12-15 10:00', pair: OMAR, covers: 'pair:omar' }],
    ['the pair already brought together: otherwise', person({ covered: ['pair:omar'] }), [OMAR], { kind: 'check-in', dueAt: '2026-12-01 18:00' }],
    ['an interest pair needs a number: otherwise', person({ hasContact: false }), [OMAR], { kind: 'check-in', dueAt: '2026-12-01 18:00' }],
    [
      'a place pair needs none',
      person({ hasContact: false }),
      [{ name: 'Omar', shared: 'the pool', place: true }],
      { kind: 'bring-together', dueAt: '2026-12-15 10:00', pair: { name: 'Omar', shared: 'the pool', place: true }, covers: 'pair:omar' },
    ],
  ] as const)('%s', (_case, who, pairs, want) => {
    expect(local(together(who, 14, ctx({ pairs: [...pairs] }), otherwise))).toEqual(want);
  });
});

describe('needIntro', () => {
  const CHRIS: PairSide = { name: 'Chris', shared: 'a realtor', need: true };

  it('what they need and another has: an introduction, soon', () => {
    expect(needIntro(person(), ctx({ pairs: [CHRIS] })).map(local)).toEqual([
      { kind: 'give', dueAt: '2026-12-02 10:00', give: { type: 'introduce', interest: 'a realtor' }, pair: CHRIS, covers: 'pair:chris for a realtor' },
    ]);
  });

  it.each([
    ['already introduced', person({ covered: ['pair:chris for a realtor'] })],
    ['no number', person({ hasContact: false })],
  ] as const)('%s: none', (_case, who) => {
    expect(needIntro(who, ctx({ pairs: [CHRIS] }))).toEqual([]);
  });
});

describe('nextCheckIn', () => {
  const third = ['first-follow-up', 'check-in', 'check-in'] as const;
  it.each([
    ['warm: in 14 days', person({ warmth: 'warm' }), [], { kind: 'check-in', dueAt: '2026-12-15 10:00' }],
    ['lukewarm: in 35 days', person({ warmth: 'lukewarm' }), [], { kind: 'check-in', dueAt: '2027-01-05 10:00' }],
    [
      "a warm person's third check-in: a find for an interest",
      person({ warmth: 'warm', sentKinds: [...third] }),
      [],
      { kind: 'give', dueAt: '2026-12-15 10:00', give: { type: 'share', interest: 'bouldering' }, covers: 'share:bouldering' },
    ],
    [
      '... or an introduction to a pair',
      person({ warmth: 'warm', sentKinds: [...third] }),
      [OMAR],
      { kind: 'give', dueAt: '2026-12-15 10:00', give: { type: 'introduce', interest: 'bouldering' }, pair: OMAR, covers: 'pair:omar' },
    ],
  ] as const)('%s', (_case, who, pairs, want) => {
    expect(local(nextCheckIn(who, ctx({ pairs: [...pairs] })))).toEqual(want);
  });
});

describe('firstContact', () => {
  const tomorrow = at(NY, 2026, 12, 2, 10);
  it.each([
    ['with a number: the first follow-up', person(), { kind: 'first-follow-up', dueAt: '2026-12-02 10:00' }],
    ['without: ask for one', person({ hasContact: false }), { kind: 'get-contact', dueAt: '2026-12-02 10:00' }],
    [
      'without, seen weekly: ask there, shortly before',
      person({ hasContact: false, recurringPlace: POOL }),
      { kind: 'get-contact', dueAt: '2026-12-05 09:00' },
    ],
  ] as const)('%s', (_case, who, want) => {
    expect(local(firstContact(who, tomorrow, ctx()))).toEqual(want);
  });
});
