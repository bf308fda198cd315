// get-contact: one path to a number per text: ask whoever knows them, or ask them in person where the user sees them.
import { describe, expect, it } from 'vitest';
import { ASCII_PEOPLE, at, dev, jake, type Person, priya, subject } from '../../../../test/support/compose-fixtures';
import { expectComposedFits, expectNamesADetail, kindInput, SEEDS, shapeOf, unquote } from '../../../../test/support/kind-checks';
import { segments } from '../../../../test/segments';
import { getContact } from './get-contact';

describe('ask someone who knows them: no line to say', () => {
  it.each([
    ['met through a friend', { ...priya, hasContact: false }, 'Sam'],
    ['a tie the user can reach', { ...dev, hasContact: false, ties: [{ name: 'Omar', how: 'brother' }] }, 'Omar (brother)'],
    ['nobody known: a mutual friend', { ...dev, hasContact: false }, 'a mutual friend'],
    ['a tie the user cannot reach either is no path', { ...dev, hasContact: false, ties: [{ name: 'Omar', reachable: false }] }, 'a mutual friend'],
  ] as [string, Person, string][])('%s: ask %s', (_why, person, via) => {
    for (const seed of SEEDS) {
      const shape = shapeOf(getContact, subject('get-contact', person), seed);
      expect(shape.drafts).toEqual([]);
      expect(shape.leads[0]).toContain(`ask ${via}`);
      expect(shape.leads[0]).toContain(person.name);
      expect(shape.hints[0]).toBe(`Got it? Text "${person.name}: <number>". Or SNOOZE, SKIP.`);
      expectComposedFits(subject('get-contact', person), seed);
    }
  });
});

describe('ask them in person: a line to say that cites their thing', () => {
  it.each(SEEDS)('Jake (run club), seed %i', (seed) => {
    const shape = shapeOf(getContact, subject('get-contact', jake), seed);
    expect(shape.leads[0]).toContain('Jake');
    expect(shape.leads[0]).toContain('run club');
    for (const draft of shape.drafts) {
      expect(draft).toMatch(/^"[^"]+"$/);
      expect(unquote(draft)).toMatch(/number/i);
      expect(draft).not.toContain('  ');
      expect(segments(draft)).toBeLessThanOrEqual(2);
    }
    expectComposedFits(subject('get-contact', jake), seed);
  });

  it('at least one of the lines to say names the marathon', () => {
    const said = SEEDS.map((seed) => shapeOf(getContact, subject('get-contact', jake), seed).drafts[0] ?? '');
    expect(said.some((draft) => draft.includes('marathon'))).toBe(true);
  });

  it.each([
    // a recurring place, its weekday, what the lead says at Thursday Dec 10
    [4, 'today'],
    [5, 'tomorrow'],
  ] as const)('at the pool on weekday %i: "%s"', (weekday, when) => {
    const person = { ...jake, recurringPlace: { place: 'the pool', weekday } };
    for (const seed of SEEDS) expect(shapeOf(getContact, subject('get-contact', person), seed).leads[0]).toContain(when);
    expect(getContact.line(kindInput(subject('get-contact', person)), 1)).toBe(`Jake (run club): no number yet, ask at the pool ${when}`);
  });

  it('a one-off place is no place to go back to: ask a mutual friend', () => {
    const person = { ...jake, met: 'a wedding', metAt: at(2026, 12, 5, 20) };
    expect(shapeOf(getContact, subject('get-contact', person)).leads[0]).toContain('a mutual friend');
  });
});

describe('a line in a text about several people', () => {
  it.each([
    [jake, 1, 'Jake (run club): no number yet, ask next time at run club'],
    [jake, 2, 'Jake (run club): get a number'],
    [{ ...priya, hasContact: false }, 1, 'Priya (through Sam): no number yet, ask Sam'],
  ] as const)('%o at level %i', (person, level, expected) => {
    expect(getContact.line(kindInput(subject('get-contact', person)), level)).toBe(expected);
  });
});

describe('the text cites what the user noted', () => {
  it.each(ASCII_PEOPLE.flatMap((person) => SEEDS.map((seed) => [person.name, seed, person] as const)))('%s, seed %i', (_name, seed, person) => {
    expectNamesADetail(subject('get-contact', person), seed);
  });
});
