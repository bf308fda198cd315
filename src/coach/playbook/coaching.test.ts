// Table tests for the coaching steps of the playbook: plans and invitations, cancellations, news, moves, pairs,
// something to give, say-hi at a recurring place, the clock from the last contact, steps without a number, snooze/skip
// over every nudge about a person, and findPairs. Fixed clock and zone (New York), DST weeks included.

import { describe, expect, it } from 'vitest';
import { DEFAULT_WINDOW } from '../../domain/constants';
import { afterSent, contactAfter, findPairs, holdPersonNudges, pairSidesFor, pairSidesWith, type PersonForPairs, planNext } from '../playbook';
import { isInsideWindow } from '../../domain/schedule';
import { localParts, zonedToUtc } from '../../domain/time';
import type { Millis, PairSide, PersonForPlan, PlannedNudge, PlanTrigger } from '../../domain/types';

const NY = 'America/New_York';
const at = (y: number, mo: number, d: number, h: number, mi = 0) => zonedToUtc({ year: y, month: mo, day: d, hour: h, minute: mi }, NY);
const wall = (ms: number) => {
  const p = localParts(ms, NY);
  return `${p.year}-${String(p.month).padStart(2, '0')}-${String(p.day).padStart(2, '0')} ${String(p.hour).padStart(2, '0')}:${String(p.minute).padStart(2, '0')}`;
};
/** Tuesday 2026-12-01, 18:00 in New York. */
const TUE = at(2026, 12, 1, 18);

function person(overrides: Partial<PersonForPlan> = {}): PersonForPlan {
  return {
    name: 'Omar',
    metAt: at(2026, 11, 20, 19),
    met: 'bouldering meetup',
    interests: ['climbing'],
    work: [],
    hasContact: true,
    events: [],
    warmth: 'warm',
    silences: 0,
    kept: false,
    sentKinds: ['first-follow-up', 'deepen'],
    celebratedEvents: [],
    ...overrides,
  };
}

/** After an invitation that was answered yes and its "pin a day" (a second deepen, covering pin:1). */
const pinned = (overrides: Partial<PersonForPlan> = {}) => person({ sentKinds: ['first-follow-up', 'deepen', 'deepen'], covered: ['pin:1'], ...overrides });

/** planNext plus the invariants: never in the past, always inside the window. */
function plan(p: PersonForPlan, trigger: PlanTrigger, now: Millis = TUE, pairs: PairSide[] = []): PlannedNudge | null {
  const planned = planNext(p, trigger, now, NY, DEFAULT_WINDOW, pairs);
  if (planned) {
    expect(planned.dueAt).toBeGreaterThanOrEqual(now);
    expect(isInsideWindow(planned.dueAt, NY, DEFAULT_WINDOW)).toBe(true);
  }
  return planned;
}

function summary(planned: PlannedNudge | null): string | null {
  if (!planned) return null;
  // an invitation's proposal (its activity) is not what the step is about: the pair is
  const extra =
    planned.plan && planned.kind !== 'deepen' && planned.kind !== 'bring-together'
      ? ` [${planned.plan.what}]`
      : planned.give
        ? ` [${planned.give.type}]`
        : planned.pair
          ? ` [+${planned.pair.name}]`
          : planned.event
            ? ` [${planned.event.what}]`
            : '';
  return `${planned.kind}${planned.group ? ' (group)' : ''}${extra} @ ${wall(planned.dueAt)}`;
}

const coffee = { what: 'coffee', at: at(2026, 12, 3, 15) };
const sarahPair: PairSide = { name: 'Sarah', shared: 'bouldering' };
const poolPair: PairSide = { name: 'Ben', shared: 'the pool', place: true };

describe('plans and invitations: the day after, how was it (with and without a number)', () => {
  it.each([
    ['coffee Thursday', person({ plans: [coffee] }), { type: 'plan' }, TUE, 'plan-follow-up [coffee] @ 2026-12-04 10:00'],
    ['coffee Thursday, no number', person({ hasContact: false, plans: [coffee] }), { type: 'plan' }, TUE, 'plan-follow-up [coffee] @ 2026-12-04 10:00'],
    [
      'an invitation to her birthday drinks with her friends',
      person({ plans: [{ what: 'her birthday drinks', at: at(2026, 12, 5, 20), withGroup: true }] }),
      { type: 'plan' },
      TUE,
      'plan-follow-up [her birthday drinks] @ 2026-12-06 10:00',
    ],
    [
      'a plan 2 days ago told today: soon',
      person({ plans: [{ what: 'lunch', at: at(2026, 11, 29, 12) }] }),
      { type: 'plan' },
      TUE,
      'plan-follow-up [lunch] @ 2026-12-02 10:00',
    ],
    [
      'a plan 6 days ago: too late to ask, the next check-in instead (from the contact)',
      person({ plans: [{ what: 'lunch', at: at(2026, 11, 25, 12) }], lastContactAt: TUE }),
      { type: 'plan' },
      TUE,
      'check-in @ 2026-12-15 10:00',
    ],
    [
      'a plan already followed up is not asked about again',
      person({ plans: [coffee], covered: [`plan:${coffee.at}`], lastContactAt: TUE }),
      { type: 'plan' },
      TUE,
      'check-in @ 2026-12-15 10:00',
    ],
    [
      'nothing from the sequence comes before a plan next week',
      person({ plans: [{ what: 'a hike', at: at(2026, 12, 12, 9) }] }),
      { type: 'response', warmth: 'warm' },
      TUE,
      'plan-follow-up [a hike] @ 2026-12-13 10:00',
    ],
    [
      'DST spring: a plan Saturday Mar 7 evening, asked Sunday Mar 8 at 10am EDT',
      person({ plans: [{ what: 'drinks', at: at(2026, 3, 7, 19) }] }),
      { type: 'plan' },
      at(2026, 3, 6, 12),
      'plan-follow-up [drinks] @ 2026-03-08 10:00',
    ],
    [
      'DST fall: a plan Saturday Oct 31 evening, asked Sunday Nov 1 at 10am EST',
      person({ plans: [{ what: 'drinks', at: at(2026, 10, 31, 19) }] }),
      { type: 'plan' },
      at(2026, 10, 30, 12),
      'plan-follow-up [drinks] @ 2026-11-01 10:00',
    ],
  ] as [string, PersonForPlan, PlanTrigger, Millis, string][])('%s', (_label, p, trigger, now, expected) => {
    expect(summary(plan(p, trigger, now))).toBe(expected);
  });

  it.each([
    ['warm, no pair: the next plan in a week', 'warm', [], 'deepen @ 2026-12-08 10:00'],
    ['warm, a pair: bring them together', 'warm', [sarahPair], 'bring-together [+Sarah] @ 2026-12-08 10:00'],
    ['so-so, a pair: a group setting rather than another one-to-one', 'lukewarm', [sarahPair], 'bring-together [+Sarah] @ 2026-12-15 10:00'],
    ['so-so, no pair: a group idea in 3 weeks', 'lukewarm', [], 'deepen (group) @ 2026-12-22 10:00'],
    ['fell through: a light check-in in 2 weeks', 'none', [], 'check-in @ 2026-12-15 10:00'],
  ] as [string, 'warm' | 'lukewarm' | 'none', PairSide[], string][])('how it went paces what comes next: %s', (_label, warmth, pairs, expected) => {
    const p = person({ plans: [coffee], covered: [`plan:${coffee.at}`], sentKinds: ['first-follow-up', 'deepen', 'plan-follow-up'] });
    expect(summary(plan(p, { type: 'response', warmth }, TUE, pairs))).toBe(expected);
  });
});

describe('a cancellation: a gentle retry a week or two on', () => {
  it.each([
    ['with a number: a check-in that names the plan', person({ plans: [{ ...coffee, cancelled: true }] }), 'check-in [coffee] @ 2026-12-11 10:00'],
    [
      'without a number, at a place they return to: say hi there',
      person({ hasContact: false, met: 'climbing gym', sentKinds: ['get-contact'], plans: [{ ...coffee, cancelled: true }] }),
      'say-hi @ 2026-12-05 10:00',
    ],
  ] as [string, PersonForPlan, string][])('%s', (_label, p, expected) => {
    expect(summary(plan(p, { type: 'cancelled' }))).toBe(expected);
  });

  it('no plan-follow-up for the cancelled plan', () => {
    expect(plan(person({ plans: [{ ...coffee, cancelled: true }] }), { type: 'cancelled' })?.kind).not.toBe('plan-follow-up');
  });
});

describe('give: their news, a catch-up before a move, something for their interest, an introduction', () => {
  it.each([
    ['news: congrats soon', person({ news: [{ what: 'closed his round', on: TUE }] }), { type: 'news' }, [], 'give [congrats] @ 2026-12-02 10:00'],
    [
      'news, no number: congrats in person',
      person({ hasContact: false, news: [{ what: 'closed his round', on: TUE }] }),
      { type: 'news' },
      [],
      'give [congrats] @ 2026-12-02 10:00',
    ],
    [
      'stale news (3 weeks): no congrats',
      person({ news: [{ what: 'closed his round', on: at(2026, 11, 9, 12) }], lastContactAt: TUE }),
      { type: 'note-added' },
      [],
      'check-in @ 2026-12-15 10:00',
    ],
    [
      'a move Dec 20: catch up 10 days before',
      person({ move: { to: 'Denver', on: '2026-12-20' } }),
      { type: 'note-added' },
      [],
      'give [before-move] @ 2026-12-10 10:00',
    ],
    [
      'a move in January: before the 1st',
      person({ warmth: 'lukewarm', move: { to: 'Denver', on: '2027-01' } }),
      { type: 'note-added' },
      [],
      'give [before-move] @ 2026-12-22 10:00',
    ],
    [
      'a move the day after tomorrow: soon',
      person({ move: { to: 'Denver', on: '2026-12-03' } }),
      { type: 'note-added' },
      [],
      'give [before-move] @ 2026-12-02 10:00',
    ],
    [
      'a move tomorrow: too late to plan one',
      person({ move: { to: 'Denver', on: '2026-12-02' }, lastContactAt: TUE }),
      { type: 'note-added' },
      [],
      'check-in @ 2026-12-15 10:00',
    ],
    [
      'warm after two check-ins: something for their interest instead of a third',
      person({ sentKinds: ['first-follow-up', 'deepen', 'check-in', 'check-in'] }),
      { type: 'done' },
      [],
      'give [share] @ 2026-12-15 10:00',
    ],
    [
      'warm after two check-ins, someone shares it: an introduction',
      person({ sentKinds: ['first-follow-up', 'deepen', 'check-in', 'check-in'] }),
      { type: 'done' },
      [sarahPair],
      'give [introduce] @ 2026-12-15 10:00',
    ],
    [
      'lukewarm after two check-ins: a light check-in, nothing pushed',
      person({ warmth: 'lukewarm', sentKinds: ['first-follow-up', 'deepen', 'check-in', 'check-in'] }),
      { type: 'done' },
      [],
      'check-in @ 2027-01-05 10:00',
    ],
  ] as [string, PersonForPlan, PlanTrigger, PairSide[], string][])('%s', (_label, p, trigger, pairs, expected) => {
    expect(summary(plan(p, trigger, TUE, pairs))).toBe(expected);
  });
});

describe('bring-together: two people who share an interest or a place', () => {
  it.each([
    [
      'slow to answer (lukewarm), a pair: group setting in 2 weeks',
      person({ sentKinds: ['first-follow-up'] }),
      'lukewarm',
      [sarahPair],
      'bring-together [+Sarah] @ 2026-12-15 10:00',
    ],
    ['warm after a deepen (a yes): pin a day first', person(), 'warm', [sarahPair], 'deepen @ 2026-12-03 10:00'],
    ['warm after the pinned day, a pair: bring them together', pinned(), 'warm', [sarahPair], 'bring-together [+Sarah] @ 2026-12-15 10:00'],
    ['warm after the pinned day, no pair: check-in', pinned(), 'warm', [], 'check-in @ 2026-12-15 10:00'],
    ['a pair already brought together: not again', pinned({ covered: ['pin:1', 'pair:sarah'] }), 'warm', [sarahPair], 'check-in @ 2026-12-15 10:00'],
    [
      'no number, a pair at their place: introduce them there',
      person({ hasContact: false, met: 'the pool', sentKinds: ['get-contact'] }),
      'lukewarm',
      [poolPair],
      'bring-together [+Ben] @ 2026-12-15 10:00',
    ],
    [
      'no number, only an interest pair: no group text to send, say hi instead',
      person({ hasContact: false, met: 'climbing gym', sentKinds: ['get-contact'] }),
      'lukewarm',
      [sarahPair],
      'say-hi @ 2026-12-05 10:00',
    ],
  ] as [string, PersonForPlan, 'warm' | 'lukewarm', PairSide[], string][])('%s', (_label, p, warmth, pairs, expected) => {
    expect(summary(plan(p, { type: 'response', warmth }, TUE, pairs))).toBe(expected);
  });
});

describe('say-hi at a recurring place: shortly before, with or without a number', () => {
  const pool = (weekday: number, time?: number) => ({ place: 'the pool', weekday, ...(time === undefined ? {} : { time }) });
  it.each([
    [
      'Saturdays 11am, no number: Saturday 9am',
      person({ hasContact: false, recurringPlace: pool(6, 11), sentKinds: [] }),
      'captured',
      TUE,
      'get-contact @ 2026-12-05 09:00',
    ],
    [
      'Saturdays 11am, no number, after a get-contact',
      person({ hasContact: false, recurringPlace: pool(6, 11), sentKinds: ['get-contact'] }),
      'done',
      TUE,
      'say-hi @ 2026-12-05 09:00',
    ],
    [
      'Saturdays 7am: the day before at the preferred hour',
      person({ hasContact: false, recurringPlace: pool(6, 7), sentKinds: ['get-contact'] }),
      'done',
      TUE,
      'say-hi @ 2026-12-04 10:00',
    ],
    [
      'Saturdays, no time: the window start',
      person({ hasContact: false, recurringPlace: pool(6), sentKinds: ['get-contact'] }),
      'done',
      TUE,
      'say-hi @ 2026-12-05 09:00',
    ],
    ['Saturdays 7pm: 5pm', person({ hasContact: false, recurringPlace: pool(6, 19), sentKinds: ['get-contact'] }), 'done', TUE, 'say-hi @ 2026-12-05 17:00'],
    [
      'with a number: the check-in is a hello at the pool',
      person({ recurringPlace: pool(6, 11), sentKinds: ['first-follow-up', 'deepen', 'check-in'], warmth: 'lukewarm' }),
      'done',
      TUE,
      'say-hi @ 2027-01-09 09:00',
    ],
    [
      'DST spring: Sundays 11am, the week of Mar 8: 9am EDT',
      person({ hasContact: false, recurringPlace: pool(0, 11), sentKinds: ['get-contact'] }),
      'done',
      at(2026, 3, 6, 12),
      'say-hi @ 2026-03-08 09:00',
    ],
    [
      'DST fall: Sundays 11am, the week of Nov 1: 9am EST',
      person({ hasContact: false, recurringPlace: pool(0, 11), sentKinds: ['get-contact'] }),
      'done',
      at(2026, 10, 30, 12),
      'say-hi @ 2026-11-01 09:00',
    ],
  ] as [string, PersonForPlan, 'captured' | 'done', Millis, string][])('%s', (_label, p, trigger, now, expected) => {
    expect(summary(plan(p, { type: trigger }, now))).toBe(expected);
  });
});

describe('cadence from the last real contact', () => {
  it.each([
    ['no contact noted: 21 days from now', person({ warmth: 'unknown', sentKinds: ['first-follow-up', 'check-in'] }), 'note-added', '2026-12-22 10:00'],
    [
      'contact 5 days ago: 21 days from then',
      person({ warmth: 'unknown', sentKinds: ['first-follow-up', 'check-in'], lastContactAt: at(2026, 11, 26, 12) }),
      'note-added',
      '2026-12-17 10:00',
    ],
    [
      'contact 30 days ago: soon',
      person({ warmth: 'unknown', sentKinds: ['first-follow-up', 'check-in'], lastContactAt: at(2026, 11, 1, 12) }),
      'note-added',
      '2026-12-02 10:00',
    ],
    [
      'a silence counts from now, not from the last contact',
      person({ warmth: 'unknown', sentKinds: ['first-follow-up', 'check-in'], lastContactAt: at(2026, 11, 1, 12) }),
      'none',
      '2026-12-08 10:00',
    ],
  ] as [string, PersonForPlan, 'note-added' | 'none', string][])('%s', (_label, p, trigger, expected) => {
    const t: PlanTrigger = trigger === 'none' ? { type: 'response', warmth: 'none' } : { type: trigger };
    expect(summary(plan(p, t))).toBe(`check-in @ ${expected}`);
  });

  it.each([
    ['done', TUE],
    ['plan', TUE],
    ['news', TUE],
    ['skip', at(2026, 11, 26, 12)],
    ['response', at(2026, 11, 26, 12)],
  ] as const)('%s restarts the clock: %s', (type, expected) => {
    const trigger: PlanTrigger = type === 'response' ? { type, warmth: 'warm' } : { type };
    expect(contactAfter({ lastContactAt: at(2026, 11, 26, 12) }, trigger, TUE)).toBe(expected);
  });

  it('after news is congratulated, the next check-in counts from the news', () => {
    const p = person({ warmth: 'unknown', news: [{ what: 'got the job', on: TUE }], lastContactAt: TUE, sentKinds: ['first-follow-up', 'check-in'] });
    const congrats = plan(p, { type: 'news' });
    expect(summary(congrats)).toBe('give [congrats] @ 2026-12-02 10:00');
    const next = afterSent({ ...p, sentKinds: [...p.sentKinds, 'give'] }, 'give', at(2026, 12, 2, 10), NY, DEFAULT_WINDOW, congrats?.covers);
    expect(summary(next)).toBe('check-in @ 2026-12-22 10:00');
  });
});

describe('without a number: their event in person, before any let-go', () => {
  const show = { what: 'first solo show opening', on: '2026-12-05' };
  it.each([
    [
      'a show Saturday: the day before',
      person({ name: 'Lena', hasContact: false, met: 'gallery', sentKinds: ['get-contact'], events: [show] }),
      { type: 'done' },
      'their-moment [first solo show opening] @ 2026-12-04 10:00',
    ],
    [
      'two get-contact rounds done: the show still comes before letting go',
      person({ name: 'Lena', hasContact: false, met: 'gallery', sentKinds: ['get-contact', 'get-contact'], events: [show] }),
      { type: 'done' },
      'their-moment [first solo show opening] @ 2026-12-04 10:00',
    ],
    [
      'with a number and two silences: the let-go stays first',
      person({ silences: 1, sentKinds: ['first-follow-up', 'check-in'], events: [show] }),
      { type: 'response', warmth: 'none' },
      'let-go @ 2026-12-08 10:00',
    ],
  ] as [string, PersonForPlan, PlanTrigger, string][])('%s', (_label, p, trigger, expected) => {
    expect(summary(plan(p, trigger))).toBe(expected);
  });
});

describe('holdPersonNudges: snooze and skip move every nudge about the person, whatever its kind', () => {
  const nudges = [
    { id: 'a', kind: 'get-contact' as const, dueAt: at(2026, 12, 2, 10) },
    { id: 'b', kind: 'say-hi' as const, dueAt: at(2026, 12, 3, 9) },
    { id: 'c', kind: 'their-moment' as const, dueAt: at(2026, 12, 3, 10), event: { what: 'show', on: '2026-12-04' } },
    { id: 'd', kind: 'check-in' as const, dueAt: at(2026, 12, 20, 10) },
  ];
  const show = (result: ReturnType<typeof holdPersonNudges>) => ({
    keep: result.keep.map((n) => `${n.id} ${wall(n.dueAt)}`),
    drop: result.drop.map((n) => n.id),
  });

  it.each([
    [
      'snooze 3 days (Marcus): nothing about them during the snooze; the show is over by then',
      { type: 'snooze', until: at(2026, 12, 5, 18) },
      { keep: ['a 2026-12-05 18:00', 'b 2026-12-05 18:00', 'd 2026-12-20 10:00'], drop: ['c'] },
    ],
    [
      'snooze to the show day itself: its note still fits',
      { type: 'snooze', until: at(2026, 12, 4, 18) },
      { keep: ['a 2026-12-04 18:00', 'b 2026-12-04 18:00', 'c 2026-12-04 18:00', 'd 2026-12-20 10:00'], drop: [] },
    ],
    [
      'snooze until 23:00: the next window start',
      { type: 'snooze', until: at(2026, 12, 2, 23) },
      { keep: ['a 2026-12-03 09:00', 'b 2026-12-03 09:00', 'c 2026-12-03 10:00', 'd 2026-12-20 10:00'], drop: [] },
    ],
    [
      'skip: the first goes, nothing else about them before tomorrow at the preferred hour',
      { type: 'skip' },
      { keep: ['b 2026-12-03 10:00', 'c 2026-12-03 10:00', 'd 2026-12-20 10:00'], drop: ['a'] },
    ],
    [
      'skip a named one: the one due today waits for tomorrow',
      { type: 'skip', skipped: 'b' },
      { keep: ['a 2026-12-03 10:00', 'c 2026-12-03 10:00', 'd 2026-12-20 10:00'], drop: ['b'] },
    ],
  ] as const)('%s', (_label, action, expected) => {
    const result = holdPersonNudges(nudges, action, at(2026, 12, 2, 8), NY, DEFAULT_WINDOW);
    expect(show(result)).toEqual(expected);
    for (const kept of result.keep) expect(isInsideWindow(kept.dueAt, NY, DEFAULT_WINDOW)).toBe(true);
  });
});

describe('findPairs', () => {
  const base = (name: string, over: Partial<PersonForPairs> = {}): PersonForPairs => ({
    name,
    interests: [],
    met: null,
    warmth: 'unknown',
    silences: 0,
    kept: false,
    sentKinds: [],
    ...over,
  });
  it.each([
    [
      'bouldering ~ climbing, one warm',
      [base('Sarah', { interests: ['bouldering'], warmth: 'warm' }), base('Omar', { interests: ['climbing'] })],
      ['Sarah and Omar both boulder (bouldering)'],
    ],
    ['neither warm: none', [base('Sarah', { interests: ['bouldering'] }), base('Omar', { interests: ['climbing'] })], []],
    [
      'same words',
      [base('Priya', { interests: ['jazz'], warmth: 'warm' }), base('Marcus', { interests: ['Jazz'] })],
      ['Priya and Marcus are both into jazz (jazz)'],
    ],
    [
      'a recurring place and a place they met',
      [base('Ben', { recurringPlace: { place: 'the pool', weekday: 6 }, warmth: 'warm' }), base('Ana', { met: 'at the pool' })],
      ['Ben and Ana both go to the pool (the pool)'],
    ],
    [
      'a let-go person and a silent one are left out',
      [
        base('Sarah', { interests: ['bouldering'], warmth: 'warm' }),
        base('Dana', { interests: ['climbing'], sentKinds: ['let-go'] }),
        base('Jo', { interests: ['climbing'], silences: 2 }),
      ],
      [],
    ],
    [
      'someone who moved away is left out',
      [base('Sarah', { interests: ['bouldering'], warmth: 'warm' }), base('Jake', { interests: ['climbing'], move: { to: 'Denver', on: '2026-11-20' } })],
      [],
    ],
    [
      'warm with warm first',
      [
        base('Sarah', { interests: ['running'], warmth: 'warm' }),
        base('Jake', { interests: ['trail running'] }),
        base('Nina', { interests: ['marathon'], warmth: 'warm' }),
      ],
      ['Sarah and Nina both run (running)', 'Sarah and Jake both run (running)', 'Jake and Nina both run (trail running)'],
    ],
  ] as [string, PersonForPairs[], string[]][])('%s', (_label, people, expected) => {
    expect(findPairs(people, TUE, NY).map((pair) => `${pair.line} (${pair.shared})`)).toEqual(expected);
    // one person's sides, found without pairing everyone, are the same as from all the pairs, except that two warm people
    // share one bring-together: the one whose name sorts first has it (issue 22)
    const warm = new Set(people.filter((p) => p.warmth === 'warm').map((p) => p.name));
    for (const person of people) {
      const sides = pairSidesFor(person.name, findPairs(people, TUE, NY)).filter(
        (side) => !(warm.has(person.name) && warm.has(side.name) && side.name.localeCompare(person.name) < 0),
      );
      expect(pairSidesWith(person.name, people, TUE, NY)).toEqual(sides);
    }
  });
});
