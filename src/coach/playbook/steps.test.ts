// steps: the next step after a trigger, their events aside: after a step done, skipped or answered, a plan that went
// or fell through, a say-hi at a weekly place; null once they were let go.
import { describe, expect, it } from 'vitest';
import { at, NY, person, TUE_18, wall } from '../../../test/support/playbook-fixtures';
import { DEFAULT_WINDOW } from '../../domain/constants';
import type { PersonForPlan, PlanTrigger } from '../../domain/types';
import type { Planning } from './reach';
import { nextStep } from './steps';

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
