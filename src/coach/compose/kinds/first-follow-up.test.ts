// first-follow-up: the hello while the meeting is fresh, naming where they met, when, and their thing.
import { describe, expect, it } from 'vitest';
import { ASCII_PEOPLE, at, dev, jake, priya, sarah, subject } from '../../../../test/support/compose-fixtures';
import { expectComposedFits, expectCopyable, expectNamesADetail, kindInput, SEEDS, shapeOf, unquote } from '../../../../test/support/kind-checks';
import { firstFollowUp } from './first-follow-up';

const withNumber = [sarah, priya, dev] as const;

describe('first-follow-up drafts a hello the user can copy', () => {
  it.each(withNumber.flatMap((person) => SEEDS.map((seed) => [person.name, seed, person] as const)))('%s, seed %i', (first, seed, person) => {
    const shape = shapeOf(firstFollowUp, subject('first-follow-up', person), seed);
    for (const draft of shape.drafts) expectCopyable(draft, first);
    for (const lead of shape.leads) expect(lead).toContain(first);
    expectComposedFits(subject('first-follow-up', person), seed);
  });

  it.each([
    ['Sarah', sarah, ['climbing gym', 'pottery studio', 'bouldering']],
    ['Priya', priya, ['Sam', 'jazz']],
    ['Dev', dev, ['board games']],
  ] as const)('the richest draft for %s cites what the user noted', (_name, person, detailsNoted) => {
    for (const seed of SEEDS) {
      const [richest] = shapeOf(firstFollowUp, subject('first-follow-up', person), seed).drafts;
      expect(
        detailsNoted.some((detail) => richest?.includes(detail)),
        richest,
      ).toBe(true);
    }
  });
});

describe('when they met, as the text is read', () => {
  it.each([
    // met at, words a draft may use: a note from last night reads "last night", never "tonight"
    [at(2026, 12, 9, 21), 'last night'],
    [at(2026, 12, 9, 12), 'yesterday'],
    [at(2026, 12, 10, 8), 'today'],
  ] as const)('met at %i: the drafts that say when say %j', (metAt, words) => {
    const said = SEEDS.flatMap((seed) => shapeOf(firstFollowUp, subject('first-follow-up', { ...sarah, metAt }), seed).drafts).filter((draft) =>
      /today|yesterday|last night|earlier|the other/.test(draft),
    );
    expect(said.length).toBeGreaterThan(0);
    for (const draft of said) expect(draft).toContain(words);
  });

  it('a meeting over a week ago gets no time words', () => {
    for (const seed of SEEDS) {
      for (const draft of shapeOf(firstFollowUp, subject('first-follow-up', { ...sarah, metAt: at(2026, 11, 20, 12) }), seed).drafts) {
        expect(draft).not.toMatch(/today|yesterday|last night|earlier|the other/);
      }
    }
  });
});

describe('without a number there is nothing to text', () => {
  it.each(SEEDS)('Jake, seed %i: ask for the number where they met', (seed) => {
    const shape = shapeOf(firstFollowUp, subject('first-follow-up', jake), seed);
    expect(shape.hints[0]).toBe('Got it? Text "Jake: <number>". Or SNOOZE, SKIP.');
    expect(shape.leads.join(' ')).toMatch(/number/);
    for (const draft of shape.drafts) expect(unquote(draft)).toMatch(/number/i);
  });
});

describe('a line in a text about several people', () => {
  it.each([
    [sarah, 0, 'Sarah (climbing gym): follow up, "Hey Sarah, great meeting you at the climbing gym!"'],
    [dev, 1, 'Dev (board games): follow up'],
    [{ ...sarah, name: 'Sarah Lee' }, 2, 'Sarah (climbing gym): follow up'],
    [jake, 2, 'Jake (run club): get a number'],
  ] as const)('%o at level %i', (person, level, expected) => {
    expect(firstFollowUp.line(kindInput(subject('first-follow-up', person)), level)).toBe(expected);
  });
});

describe('the text cites what the user noted', () => {
  it.each(ASCII_PEOPLE.flatMap((person) => SEEDS.map((seed) => [person.name, seed, person] as const)))('%s, seed %i', (_name, seed, person) => {
    expectNamesADetail(subject('first-follow-up', person), seed);
  });
});
