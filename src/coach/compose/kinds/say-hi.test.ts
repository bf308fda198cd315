// say-hi: a hello in person where the user will likely see them: a greeting to say, or (a weekly place) when and what
// to ask about, with a number to ask for when there is none.
import { describe, expect, it } from 'vitest';
import { ASCII_PEOPLE, dev, jake, type Person, priya, sarah, subject } from '../../../../test/support/compose-fixtures';
import { expectComposedFits, expectCopyable, expectNamesADetail, kindInput, SEEDS, shapeOf } from '../../../../test/support/kind-checks';
import { sayHi } from './say-hi';

describe('a greeting to say, naming them', () => {
  it.each([sarah, jake, priya, dev].flatMap((person) => SEEDS.map((seed) => [person.name, seed, person] as const)))('%s, seed %i', (first, seed, person) => {
    const shape = shapeOf(sayHi, subject('say-hi', person), seed);
    for (const draft of shape.drafts) expectCopyable(draft, first);
    for (const lead of shape.leads) expect(lead).toContain(first);
    expectComposedFits(subject('say-hi', person), seed);
  });

  it.each(SEEDS)('seed %i: without a number, every greeting swaps numbers', (seed) => {
    for (const draft of shapeOf(sayHi, subject('say-hi', jake), seed).drafts) expect(draft).toContain('Want to swap numbers?');
    for (const draft of shapeOf(sayHi, subject('say-hi', sarah), seed).drafts) expect(draft).not.toContain('number');
  });

  it.each(SEEDS)('seed %i: the lead says where: at the climbing gym', (seed) => {
    expect(shapeOf(sayHi, subject('say-hi', sarah), seed).leads.slice(0, 2).join(' ')).toMatch(/climbing gym|this week/);
  });

  it('some greeting asks about her pet by name', () => {
    const drafts = SEEDS.flatMap((seed) => shapeOf(sayHi, subject('say-hi', { ...sarah, interests: ['his dog Waffles'] }), seed).drafts);
    expect(drafts.some((draft) => draft.includes("How's Waffles doing?"))).toBe(true);
  });
});

describe('at a weekly place: when, and something to ask about', () => {
  it.each([
    // recurring place, what the lead says on Thursday Dec 10
    [{ ...sarah, recurringPlace: { place: 'at the pool', weekday: 5, time: 18 } }, 'at the pool around 6pm tomorrow', 'pottery studio|bouldering'],
    [{ ...jake, recurringPlace: { place: 'the pool', weekday: 6, time: 7.5 } }, 'at the pool Saturday around 7:30am', 'marathon'],
    [{ ...sarah, recurringPlace: { place: 'pool', weekday: 4 } }, 'at the pool today', 'pottery studio|bouldering'],
  ] as [Person, string, string][])('%o: %j', (person, when, about) => {
    for (const seed of SEEDS) {
      const s = subject('say-hi', person);
      const shape = shapeOf(sayHi, s, seed);
      // in person: the words to say there, greeting them by name (and asking for the number when there is none)
      for (const draft of shape.drafts) {
        expect(draft).toContain(person.name);
        expect(draft.includes('number')).toBe(!person.hasContact);
      }
      expect(shape.leads[0]).toContain(when);
      expect(shape.leads[0]).toMatch(new RegExp(about));
      expect(shape.leads[0]).not.toContain('the the');
      expect((shape.leads[0] ?? '').includes(`ask for ${person.name}'s number`)).toBe(!person.hasContact);
      expectComposedFits(s, seed);
    }
  });
});

describe('a line in a text about several people', () => {
  it.each([
    [sarah, 1, 'Sarah: say hi at the climbing gym'],
    [jake, 1, 'Jake: say hi at run club, swap numbers'],
    [{ ...dev }, 1, 'Dev (board games): say hi next time'],
    [{ ...jake, recurringPlace: { place: 'at the pool', weekday: 6 } }, 1, 'Jake: say hi at the pool, ask for a number'],
  ] as [Person, number, string][])('%o at level %i', (person, level, expected) => {
    expect(sayHi.line(kindInput(subject('say-hi', person)), level)).toBe(expected);
  });
});

describe('the text cites what the user noted', () => {
  it.each(ASCII_PEOPLE.flatMap((person) => SEEDS.map((seed) => [person.name, seed, person] as const)))('%s, seed %i', (_name, seed, person) => {
    expectNamesADetail(subject('say-hi', person), seed);
  });
});

describe('the words carry what the lead says to ask', () => {
  it.each(SEEDS)('seed %i: into jazz, seen at yoga every Thursday: the greeting asks about jazz', (seed) => {
    const rafi: Person = { ...sarah, name: 'Rafi', met: 'yoga class', interests: ['jazz'], work: [], recurringPlace: { place: 'yoga', weekday: 4 } };
    const shape = shapeOf(sayHi, subject('say-hi', rafi), seed);
    expect(shape.leads[0]).toMatch(/jazz/);
    expect(shape.drafts[0]).toMatch(/jazz/);
  });
});
