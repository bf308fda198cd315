// plan-follow-up: the day after a plan, a question for the user about how it went, naming the plan and when it was.
import { describe, expect, it } from 'vitest';
import { at, jake, sarah, subject } from '../../../../test/support/compose-fixtures';
import { expectComposedFits, kindInput, SEEDS, shapeOf } from '../../../../test/support/kind-checks';
import type { PersonPlan } from '../../../domain/types';
import { factsOf } from '../facts';
import { planFollowUp, planName } from './plan-follow-up';

const LAST_NIGHT = at(2026, 12, 9, 19);
const planFor = (what: string, extra: Partial<PersonPlan> = {}) => subject('plan-follow-up', sarah, { plan: { what, at: LAST_NIGHT, ...extra } });

describe('planName: the plan as a question names it', () => {
  it.each([
    ['coffee', 'coffee with Sarah', false],
    ['drinks', 'drinks with Sarah', true],
    ['her birthday drinks', "Sarah's birthday drinks", true],
    ['birthday', "Sarah's birthday", false],
    ['his bday', "Sarah's birthday", false],
    ['', 'seeing Sarah', false],
    ['coffee.', 'coffee with Sarah', false],
    ['dinner with Sarah and Tom', 'dinner with Sarah and Tom', false],
  ] as const)('%j -> %j', (what, name, plural) => {
    const s = planFor(what);
    expect(planName({ what, at: LAST_NIGHT }, factsOf(s, 0, 0))).toEqual({ name, plural });
  });
});

describe('the question for the user', () => {
  it.each([
    ['coffee', 'How was coffee with Sarah last night?'],
    ['her birthday drinks', "How were Sarah's birthday drinks last night?"],
    ['', 'How was seeing Sarah last night?'],
  ] as const)('%j: %j', (what, question) => {
    for (const seed of SEEDS) {
      const shape = shapeOf(planFollowUp, planFor(what), seed);
      // with a number: the thank-you a friend sends after a good time, by name
      expect(shape.drafts.length).toBeGreaterThan(0);
      for (const draft of shape.drafts) expect(draft).toMatch(/^"(So good to see you|That was so fun|Had a great time), Sarah! (Let's|We have to|Same time)/);
      expect(shape.leads[0]?.startsWith(question)).toBe(true);
      expect(shape.leads[1]).toBe(question);
      expect(shape.hints[0]).toContain('how it went');
      expectComposedFits(planFor(what), seed);
    }
  });

  it.each([
    // when the plan was, the words after it, read Thursday Dec 10 10:00
    [at(2026, 12, 9, 12), ' yesterday?'],
    [at(2026, 12, 7, 19), ' the other night?'],
    [at(2026, 12, 10, 8), ' today?'],
    [at(2026, 11, 28, 19), ' with Sarah?'],
  ] as const)('a plan at %i ends %j', (when, ending) => {
    expect(shapeOf(planFollowUp, subject('plan-follow-up', sarah, { plan: { what: 'coffee', at: when } })).leads[1]?.endsWith(ending)).toBe(true);
  });

  it.each(SEEDS)('seed %i: an invitation into their group asks about the group', (seed) => {
    expect(shapeOf(planFollowUp, planFor('her party', { withGroup: true }), seed).leads[0]).toMatch(
      /^How was Sarah's party last night\? (Meet the rest of the crew|Click with the group)\?$/,
    );
  });

  it('works without a number: the question is for the user', () => {
    const s = subject('plan-follow-up', jake, { plan: { what: 'coffee', at: LAST_NIGHT } });
    expect(shapeOf(planFollowUp, s).leads[1]).toBe('How was coffee with Jake last night?');
    expect(expectComposedFits(s)).not.toMatch(/number/);
  });
});

describe('a line in a text about several people', () => {
  it.each([
    [1, 'Sarah: how did coffee with Sarah go? Tell me'],
    [2, 'Sarah: how was coffee with Sarah?'],
  ] as const)('level %i', (level, expected) => {
    expect(planFollowUp.line(kindInput(planFor('coffee')), level)).toBe(expected);
  });
});

describe('the thank-you draft', () => {
  it.each([
    // "that", never the plan's label ("Let's do the coffee at a new spot again")
    ['coffee', { hasContact: true }, /(Let's do that again soon\.|We have to do that again\.|Same time next week\?|Let's do that again\.)"$/],
    ['a climbing night', { hasContact: true }, /(Let's do that again soon\.|We have to do that again\.|Same time next week\?|Let's do that again\.)"$/],
    ['her birthday drinks', { hasContact: true }, /(Let's do that again soon\.|We have to do that again\.|Same time next week\?|Let's do that again\.)"$/],
    ['', { hasContact: true }, /(Let's do that again soon\.|We have to do that again\.|Same time next week\?|Let's do that again\.)"$/],
    ['coffee', { hasContact: false }, null],
  ] as const)('%j %o', (what, extra, draft) => {
    for (const seed of SEEDS) {
      const s = subject('plan-follow-up', { ...sarah, ...extra }, { plan: { what, at: LAST_NIGHT } });
      const shape = shapeOf(planFollowUp, s, seed);
      if (draft === null) expect(shape.drafts).toEqual([]);
      else expect(shape.drafts[0]).toMatch(draft);
      expectComposedFits(s, seed);
    }
  });
});
