// steps: the next step after a trigger, their events aside: after a step done, skipped or answered, a plan that went
// or fell through, a say-hi at a weekly place; null once they were let go.
import { describe, expect, it } from 'vitest';
import { at, NY, person, TUE_18, wall } from '../../../test/support/playbook-fixtures';
import { DEFAULT_WINDOW } from '../../domain/constants';
import type { PersonForPlan, PlanTrigger } from '../../domain/types';
import type { Planning } from './reach';
import { takenDays } from '../playbook';
import { dayToPropose, nextStep } from './steps';

// from Tuesday 2026-12-01, 18:00 in New York (window 9-20, preferred 10)
const ctx: Planning = { now: TUE_18, zone: NY, window: DEFAULT_WINDOW, pairs: [], checkInFrom: TUE_18 };
const POOL = { place: 'the pool', weekday: 6, time: 11 };
const COFFEE = { what: 'coffee', at: TUE_18, cancelled: true };
const CLIMBING = { what: 'a climbing night', at: TUE_18 };

describe('nextStep', () => {
  it.each<[string, PersonForPlan, PlanTrigger, object]>([
    ['captured: the first follow-up the next morning', person(), { type: 'captured' }, { kind: 'first-follow-up', dueAt: '2026-12-02 10:00' }],
    [
      'first follow-up done: a check-in in 3 days',
      person({ sentKinds: ['first-follow-up'] }),
      { type: 'done' },
      { kind: 'check-in', dueAt: '2026-12-04 10:00' },
    ],
    [
      'first follow-up done, already warm: deepen in 3 days',
      person({ sentKinds: ['first-follow-up'], warmth: 'warm' }),
      { type: 'done' },
      { kind: 'deepen', dueAt: '2026-12-04 10:00' },
    ],
    [
      'first follow-up skipped: a check-in in 7 days',
      person({ sentKinds: ['first-follow-up'] }),
      { type: 'skip' },
      { kind: 'check-in', dueAt: '2026-12-08 10:00' },
    ],
    ['warm: deepen in 3 days', person({ sentKinds: ['first-follow-up'] }), { type: 'response', warmth: 'warm' }, { kind: 'deepen', dueAt: '2026-12-04 10:00' }],
    [
      'a yes to an invitation: pin a day for what it proposed',
      person({ sentKinds: ['first-follow-up', 'deepen'], warmth: 'warm' }),
      { type: 'response', warmth: 'warm', proposal: CLIMBING },
      { kind: 'deepen', pin: true, dueAt: '2026-12-03 10:00', covers: 'pin:1', plan: { what: 'a climbing night', at: at(NY, 2026, 12, 5, 10) } },
    ],
    [
      'lukewarm: a group deepen in 21 days',
      person({ sentKinds: ['first-follow-up'] }),
      { type: 'response', warmth: 'lukewarm' },
      { kind: 'deepen', dueAt: '2026-12-22 10:00', group: true },
    ],
    [
      'a first silence: a check-in in 7 days',
      person({ sentKinds: ['first-follow-up'] }),
      { type: 'response', warmth: 'none' },
      { kind: 'check-in', dueAt: '2026-12-08 10:00' },
    ],
    [
      'a second silence: let go in 7 days',
      person({ sentKinds: ['first-follow-up', 'check-in'], silences: 1 }),
      { type: 'response', warmth: 'none' },
      { kind: 'let-go', dueAt: '2026-12-08 10:00' },
    ],
    [
      'let go, then kept: a check-in in 28 days',
      person({ sentKinds: ['first-follow-up', 'let-go'] }),
      { type: 'keep' },
      { kind: 'check-in', dueAt: '2026-12-29 10:00' },
    ],
    [
      'a plan fell through: a retry naming it in 10 days',
      person({ sentKinds: ['first-follow-up'], plans: [COFFEE] }),
      { type: 'cancelled' },
      { kind: 'check-in', dueAt: '2026-12-11 10:00', plan: COFFEE, covers: `retry:${TUE_18}` },
    ],
    [
      'the plan went well: deepen in 7 days',
      person({ sentKinds: ['first-follow-up', 'plan-follow-up'] }),
      { type: 'response', warmth: 'warm' },
      { kind: 'deepen', dueAt: '2026-12-08 10:00' },
    ],
    [
      'a say-hi at a weekly place done: the next one there',
      person({ sentKinds: ['first-follow-up', 'say-hi'], recurringPlace: POOL }),
      { type: 'done' },
      { kind: 'say-hi', dueAt: '2026-12-12 09:00' },
    ],
  ])('%s', (_case, who, trigger, want) => {
    const step = nextStep(who, trigger, ctx);
    expect(step && { ...step, dueAt: wall(step.dueAt) }).toEqual(want);
  });

  it('let go and not kept: nothing more', () => {
    expect(nextStep(person({ sentKinds: ['first-follow-up', 'let-go'] }), { type: 'done' }, ctx)).toBeNull();
  });
});

describe('dayToPropose', () => {
  // a pin going out on Tuesday Dec 1 2026 at 18:00 in New York
  it.each([
    ['nothing taken: the first Thursday or Saturday 2+ days on', [] as number[][], '2026-12-03 10:00'],
    ['Thursday taken: Saturday', [[3, 19]], '2026-12-05 10:00'],
    [
      'Thursday and Saturday taken: the first Sunday, Wednesday or Friday that week (Friday)',
      [
        [3, 19],
        [5, 11],
      ],
      '2026-12-04 10:00',
    ],
    [
      'Thursday to Sunday and Wednesday taken: a Monday or Tuesday evening that week (Monday)',
      [
        [3, 19],
        [4, 9],
        [5, 11],
        [6, 12],
        [9, 19],
      ],
      '2026-12-07 10:00',
    ],
    [
      'the whole first week taken: the next Thursday',
      [
        [3, 9],
        [4, 9],
        [5, 9],
        [6, 9],
        [7, 9],
        [8, 9],
        [9, 9],
      ],
      '2026-12-10 10:00',
    ],
  ])('%s', (_, taken, expected) => {
    expect(wall(dayToPropose(TUE_18, { ...ctx, taken: taken.map(([day, hour]) => ({ what: 'coffee', at: at(NY, 2026, 12, day ?? 1, hour ?? 0) })) }))).toBe(
      expected,
    );
  });
});

describe('dayToPropose for a plan they are joining', () => {
  it('keeps its day, taken or not', () => {
    const thursday = at(NY, 2026, 12, 10, 19);
    const planning = { ...ctx, taken: [{ what: 'a climbing night', at: thursday }] };
    expect(wall(dayToPropose(TUE_18, planning, 'A climbing night'))).toBe('2026-12-10 10:00');
    expect(wall(dayToPropose(TUE_18, planning, 'coffee'))).toBe('2026-12-03 10:00');
  });
});

describe('takenDays', () => {
  it("other people's plans still ahead and the days pending pins propose; never a cancelled or past plan", () => {
    const ahead = TUE_18 + 2 * 86_400_000;
    const past = TUE_18 - 86_400_000;
    const others = [
      {
        plans: [
          { what: 'coffee', at: ahead },
          { what: 'lunch', at: past },
          { what: 'a hike', at: ahead + 1, cancelled: true },
        ],
      },
      {},
    ];
    expect(takenDays(others, [{ plan: { what: 'a climb', at: ahead + 5 } }, {}], TUE_18)).toEqual([
      { what: 'coffee', at: ahead },
      { what: 'a climb', at: ahead + 5 },
    ]);
  });
});
