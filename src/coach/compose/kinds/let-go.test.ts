// let-go: offering to stop nudging about someone gone quiet, answered by KEEP, and never blaming a missing reply on
// someone who was never texted.
import { describe, expect, it } from 'vitest';
import { ASCII_PEOPLE, dev, jake, priya, sarah, subject } from '../../../../test/support/compose-fixtures';
import { expectComposedFits, expectNamesADetail, kindInput, SEEDS, shapeOf } from '../../../../test/support/kind-checks';
import { letGo } from './let-go';

describe('let-go: a gentle offer to stop, with KEEP to keep going', () => {
  it.each([sarah, jake, priya, dev].flatMap((person) => SEEDS.map((seed) => [person.name, seed, person] as const)))(
    '%s, seed %i: names them, offers KEEP, no draft to send',
    (name, seed, person) => {
      const shape = shapeOf(letGo, subject('let-go', person), seed);
      expect(shape.drafts).toEqual([]);
      for (const lead of shape.leads) {
        expect(lead).toContain(name);
        expect(lead).toContain('KEEP');
        expect(lead).not.toContain('  ');
      }
      const text = expectComposedFits(subject('let-go', person), seed);
      expect(text).not.toMatch(/\bDONE\b/);
    },
  );

  it.each(SEEDS)('seed %i: without a number, never "no reply" or "gone quiet"', (seed) => {
    const shape = shapeOf(letGo, subject('let-go', jake), seed);
    for (const lead of shape.leads) expect(lead).not.toMatch(/no reply|gone quiet|quiet/i);
    expect(shape.leads[0]).toMatch(/number|reach/);
  });
});

describe('a let-go line in a text about several people is answered by KEEP with the name', () => {
  it.each([
    [sarah, 2, "Sarah (climbing gym) has gone quiet, so I'll stop nudging (KEEP Sarah to keep going)."],
    [jake, 2, "Jake (run club): still no number, so I'll stop nudging (KEEP Jake to keep going)."],
    [jake, 1, "Jake (run club): still no number, and that's ok. I'll stop nudging unless you reply KEEP Jake."],
  ] as const)('%o at level %i', (person, level, expected) => {
    expect(letGo.line(kindInput(subject('let-go', person)), level)).toBe(expected);
  });

  it.each(SEEDS)('seed %i: every level ends with KEEP and the first name', (seed) => {
    for (const level of [0, 1, 2]) expect(letGo.line(kindInput(subject('let-go', { ...sarah, name: 'Sarah Lee' }), seed), level)).toMatch(/KEEP Sarah\b/);
  });
});

describe('the text cites what the user noted', () => {
  it.each(ASCII_PEOPLE.flatMap((person) => SEEDS.map((seed) => [person.name, seed, person] as const)))('%s, seed %i', (_name, seed, person) => {
    expectNamesADetail(subject('let-go', person), seed);
  });
});
