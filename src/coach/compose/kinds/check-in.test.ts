// check-in: a light message worded by warmth, leading with their latest news, and a retry when a plan fell through.
import { describe, expect, it } from 'vitest';
import { ASCII_PEOPLE, at, dev, jake, type Person, priya, sarah, subject } from '../../../../test/support/compose-fixtures';
import { expectComposedFits, expectCopyable, expectNamesADetail, kindInput, OPTIONS, SEEDS, shapeOf } from '../../../../test/support/kind-checks';
import type { NudgeSubject } from '../../../domain/types';
import { checkIn, latestNewsDrafts } from './check-in';

const withNumber: Person[] = [sarah, priya, dev, { ...sarah, interests: [], work: [] }, { ...sarah, interests: ['his dog Waffles'] }];

describe('check-in drafts a light message the user can copy', () => {
  it.each(withNumber.flatMap((person) => SEEDS.map((seed) => [person.name, person.interests.join(','), seed, person] as const)))(
    '%s (%s), seed %i',
    (first, _interests, seed, person) => {
      const shape = shapeOf(checkIn, subject('check-in', person), seed);
      for (const draft of shape.drafts) expectCopyable(draft, first);
      for (const lead of shape.leads) expect(lead).toContain(first);
      expectComposedFits(subject('check-in', person), seed);
    },
  );

  it.each([
    // person, the detail every draft names
    [sarah, /pottery studio|bouldering/],
    [priya, /jazz/],
    [{ ...sarah, interests: ['his dog Waffles'] }, /Waffles/],
  ] as [Person, RegExp][])('%o: the draft names what the user noted (only the shortest, for a full digest, may not)', (person, detail) => {
    for (const seed of SEEDS) expect(shapeOf(checkIn, subject('check-in', person), seed).drafts[0]).toMatch(detail);
  });

  it.each(SEEDS)('seed %i: an interest no question fits is a chat about it, never "how\'s jazz going?"', (seed) => {
    for (const draft of shapeOf(checkIn, subject('check-in', priya), seed).drafts) expect(draft).not.toMatch(/how's jazz|jazz going/i);
  });
});

describe('the latest news comes first', () => {
  it.each([
    ['a move ahead', { move: { to: 'Denver', on: '2027-03' } }, /Denver (plans|shaping)|move to Denver/],
    ['a move just done', { move: { to: 'Denver', on: '2026-12-01' } }, /Denver treating|in Denver/],
    // "moving to denver in december": within December it may not have happened yet
    ['a move told by its month, that month', { move: { to: 'Denver', on: '2026-12' } }, /made the move to Denver yet|move to Denver going/],
    ['news told last week', { news: [{ what: 'got a new job', on: at(2026, 12, 5, 10) }] }, /since getting a new job/],
  ] as [string, Partial<Person>, RegExp][])('%s', (_label, extra, asks) => {
    for (const seed of SEEDS) {
      const s = subject('check-in', { ...sarah, ...extra });
      const [first] = shapeOf(checkIn, s, seed).drafts;
      expect(first).toMatch(asks);
      expect(first).not.toMatch(/pottery|bouldering/);
      expectCopyable(first ?? '', 'Sarah');
    }
  });

  it.each([
    ['news from three months ago', { news: [{ what: 'got a new job', on: at(2026, 9, 5, 10) }] }],
    ['a move long done', { move: { to: 'Denver', on: '2026-06-01' } }],
    ['no news', {}],
  ] as [string, Partial<Person>][])('%s: no news draft, the interest instead', (_label, extra) => {
    expect(latestNewsDrafts(subject('check-in', { ...sarah, ...extra }), 'Sarah', OPTIONS)).toBeNull();
  });
});

describe('a plan fell through: no guilt, another day', () => {
  const coffee: NudgeSubject = subject('check-in', sarah, { plan: { what: 'coffee', at: at(2026, 12, 8, 10), cancelled: true } });
  const drinks: NudgeSubject = subject('check-in', sarah, { plan: { what: 'her birthday drinks', at: at(2026, 12, 8, 19), cancelled: true } });
  it.each(SEEDS)('seed %i', (seed) => {
    const shape = shapeOf(checkIn, coffee, seed);
    expect(shape.leads[0]).toBe('Coffee with Sarah fell through. No guilt: try another day?');
    expect(shape.drafts[0]).toMatch(/coffee/);
    expectCopyable(shape.drafts[0] ?? '', 'Sarah');
    expect(shapeOf(checkIn, drinks, seed).drafts[0]).toMatch(/birthday drinks/);
    expect(shapeOf(checkIn, drinks, seed).drafts[0]).not.toMatch(/\bher\b/);
  });
  it('its line says so', () => {
    expect(checkIn.line(kindInput(coffee), 1)).toBe('Sarah: coffee fell through, try another day');
  });
});

describe('warmth words the lead', () => {
  it.each([
    ['unknown', /write back|reply|news|going/],
    ['warm', /check-in|talked|warm/],
    ['none', /no-pressure|reply|opening|door/],
  ] as const)('%s', (warmth, words) => {
    for (const seed of SEEDS) expect(shapeOf(checkIn, subject('check-in', { ...sarah, warmth }), seed).leads[0]).toMatch(words);
  });
  it('unknown warmth invites telling how it went', () => {
    expect(shapeOf(checkIn, subject('check-in', sarah)).hints[0]).toMatch(/how (it went|did it go)|Heard back/);
  });
});

describe('a line in a text about several people', () => {
  it.each([
    [priya, 1, 'Priya: check in re jazz'],
    [{ ...dev, interests: [] }, 1, 'Dev: light check-in'],
    [jake, 1, 'Jake (run club): get a number'],
  ] as [Person, number, string][])('%o at level %i', (person, level, expected) => {
    expect(checkIn.line(kindInput(subject('check-in', person), 3), level)).toBe(expected);
  });
  it.each(SEEDS)('seed %i: level 0 carries a mini draft asking about her thing', (seed) => {
    expect(checkIn.line(kindInput(subject('check-in', sarah), seed), 0)).toMatch(
      /^Sarah: check in, "Hey Sarah, how's (the pottery studio|bouldering) going\?"$/,
    );
  });
});

describe('the text cites what the user noted', () => {
  it.each(ASCII_PEOPLE.flatMap((person) => SEEDS.map((seed) => [person.name, seed, person] as const)))('%s, seed %i', (_name, seed, person) => {
    expectNamesADetail(subject('check-in', person), seed);
  });
});
