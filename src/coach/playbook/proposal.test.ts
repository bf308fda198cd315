// proposal: the activity an invitation proposes: fresh for the person, coffee after their weekly place for a group
// ask there, a group activity for an interest pair; none for a pin or a step that is no invitation.
import { describe, expect, it } from 'vitest';
import { person, TUE_18 } from '../../../test/support/playbook-fixtures';
import { withProposal } from './proposal';
import type { StepPlan } from './reach';

const deepen: StepPlan = { kind: 'deepen', dueAt: TUE_18 };

describe('withProposal', () => {
  it.each<[string, Parameters<typeof person>[0], StepPlan, StepPlan]>([
    ['a deepen proposes an activity from what they like', {}, deepen, { ...deepen, plan: { what: 'a bouldering session', at: TUE_18 } }],
    ['the next invitation, another idea', { sentKinds: ['first-follow-up'] }, deepen, { ...deepen, plan: { what: 'an evening of bouldering', at: TUE_18 } }],
    [
      'a group ask at their weekly place: coffee after it',
      { recurringPlace: { place: 'at the pool', weekday: 6 } },
      { ...deepen, group: true },
      { ...deepen, group: true, plan: { what: 'coffee after the pool', at: TUE_18 } },
    ],
    [
      'an interest pair: a group activity for what they share',
      {},
      { kind: 'bring-together', dueAt: TUE_18, pair: { name: 'Omar', shared: 'bouldering' } },
      { kind: 'bring-together', dueAt: TUE_18, pair: { name: 'Omar', shared: 'bouldering' }, plan: { what: 'a climbing night', at: TUE_18 } },
    ],
    [
      'a place pair: no activity',
      {},
      { kind: 'bring-together', dueAt: TUE_18, pair: { name: 'Omar', shared: 'the pool', place: true } },
      { kind: 'bring-together', dueAt: TUE_18, pair: { name: 'Omar', shared: 'the pool', place: true } },
    ],
    ['a pin: as it was', {}, { ...deepen, pin: true }, { ...deepen, pin: true }],
    ['a plan already: as it was', {}, { ...deepen, plan: { what: 'tea', at: TUE_18 } }, { ...deepen, plan: { what: 'tea', at: TUE_18 } }],
    ['a check-in: as it was', {}, { kind: 'check-in', dueAt: TUE_18 }, { kind: 'check-in', dueAt: TUE_18 }],
  ])('%s', (_case, overrides, chosen, want) => {
    expect(withProposal(person(overrides), chosen)).toEqual(want);
  });
});
