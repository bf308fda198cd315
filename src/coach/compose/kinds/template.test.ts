// template: the reply hints every kind offers and who a numbered line names.
import { describe, expect, it } from 'vitest';
import { sarah, subject } from '../../../../test/support/compose-fixtures';
import { kindInput } from '../../../../test/support/kind-checks';
import { DRAFT_LABELS, hintsFor, SAY_LABELS, SHORT_HINT, whoAt } from './template';

describe('hintsFor: how to reply, richest to shortest', () => {
  it.each([0, 1, 2, 3, 4, 5, 6, 7])('seed %i', (seed) => {
    const hints = hintsFor(seed);
    expect(hints).toHaveLength(3);
    expect(hints[2]).toBe(SHORT_HINT);
    expect(hints[1]).toBe('Reply DONE, SNOOZE or SKIP.');
    for (const hint of hints) for (const word of ['DONE', 'SNOOZE', 'SKIP']) expect(hint).toContain(word);
    expect(hints[0]?.length).toBeGreaterThanOrEqual(hints[2]?.length ?? 0);
  });

  it.each([0, 1, 2, 3, 4, 5, 6, 7])('seed %i: howItWent also invites telling how it went', (seed) => {
    expect(hintsFor(seed, true)[0]).toMatch(/how it went|how did it go|Heard back/i);
    expect(hintsFor(seed, false)[0]).not.toMatch(/how it went|how did it go|Heard back/i);
  });
});

describe('labels before a draft end with a colon', () => {
  it.each([...DRAFT_LABELS, ...SAY_LABELS])('%j', (label) => {
    expect(label).toMatch(/^[A-Z][a-z ]+:$/);
  });
});

describe('whoAt: the name as noted at level 0, else the first name', () => {
  it.each([
    [0, 'Sarah Lee'],
    [1, 'Sarah'],
    [2, 'Sarah'],
  ] as const)('level %i: %s', (level, who) => {
    const input = kindInput(subject('check-in', { ...sarah, name: 'Sarah Lee' }));
    expect(whoAt(input.facts, level)).toBe(who);
  });
});
