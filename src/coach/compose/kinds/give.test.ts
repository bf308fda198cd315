// give: something for them: congrats on their news (a welcome when they just moved here), a find for their interest,
// an introduction, a catch-up before a move; without a number, the same in person.
import { describe, expect, it } from 'vitest';
import { jake, priya, sarah, subject } from '../../../../test/support/compose-fixtures';
import { expectComposedFits, expectCopyable, kindInput, SEEDS, shapeOf } from '../../../../test/support/kind-checks';
import type { NudgeSubject } from '../../../domain/types';
import { give, isWelcomeNews, newsWords } from './give';

const cases: [string, NudgeSubject, RegExp][] = [
  ['congrats on a promotion', subject('give', sarah, { give: { type: 'congrats', news: { what: 'got promoted' } } }), /promoted/],
  ['congrats on a new job', subject('give', sarah, { give: { type: 'congrats', news: { what: 'a new job at Google' } } }), /new job at Google/],
  ['a welcome', subject('give', sarah, { give: { type: 'congrats', news: { what: 'just moved here' } } }), /[Ww]elcome/],
  ['a find to share', subject('give', sarah, { give: { type: 'share', interest: 'bouldering' } }), /thought of you/i],
  ['an introduction', subject('give', priya, { give: { type: 'introduce', interest: 'jazz' }, pair: { name: 'Omar Haddad', shared: 'jazz' } }), /Omar/],
  [
    'an introduction that helps',
    subject('give', sarah, { give: { type: 'introduce', interest: 'realtor' }, pair: { name: 'Monica', shared: 'realtor', need: true } }),
    /a realtor.*Monica|Monica.*realtor/,
  ],
  ['a catch-up before a move', subject('give', sarah, { give: { type: 'before-move', move: { to: 'Denver', on: '2027-01' } } }), /Denver/],
];

describe('the richest draft names them and the reason', () => {
  it.each(cases.flatMap(([label, s, reason]) => SEEDS.map((seed) => [label, seed, s, reason] as const)))('%s, seed %i', (_label, seed, s, reason) => {
    const shape = shapeOf(give, s, seed);
    const first = s.person.name.split(' ')[0] ?? '';
    expectCopyable(shape.drafts[0] ?? '', first);
    expect(shape.drafts[0]).toMatch(reason);
    for (const lead of shape.leads) expect(lead).toContain(first);
    expectComposedFits(s, seed);
  });
});

describe('news in words', () => {
  it.each([
    ['got promoted', 'Sarah', 'Sarah got promoted', 'getting promoted'],
    ['closed his round.', 'Omid', 'Omid closed his round', 'closing your round'],
    ['a new job at Google', 'Sarah', 'Big news from Sarah: a new job at Google', 'a new job at Google'],
  ] as const)('%j for %s', (what, name, line, ref) => {
    expect(newsWords(what, name)).toEqual({ line, ref });
  });

  it.each([
    ['just moved here', true],
    ['new in town', true],
    ['moved to the city last month', true],
    ['moving to Denver', false],
    ['got promoted', false],
  ] as const)('isWelcomeNews(%j) is %s', (what, welcome) => {
    expect(isWelcomeNews(what)).toBe(welcome);
  });
});

describe('without a number: in person, no draft', () => {
  it.each([
    [
      'congrats',
      subject('give', { ...jake, recurringPlace: { place: 'the pool', weekday: 6 } }, { give: { type: 'congrats', news: { what: 'closed his round' } } }),
      /Next time you see Jake at the pool, say congrats in person/,
    ],
    [
      'before a move',
      subject('give', jake, { give: { type: 'before-move', move: { to: 'Denver', on: '2027-03' } } }),
      /Jake moves to Denver in March\. Next time you see Jake at run club/,
    ],
  ] as const)('%s', (_label, s, lead) => {
    for (const seed of SEEDS) {
      const shape = shapeOf(give, s, seed);
      expect(shape.drafts).toEqual([]);
      expect(shape.leads[0]).toMatch(lead);
      expectComposedFits(s, seed);
    }
  });
});

describe('nothing to give: a check-in', () => {
  it('no reason falls back to a check-in about their interest', () => {
    expect(shapeOf(give, subject('give', sarah)).drafts[0]).toMatch(/pottery studio|bouldering/);
  });
});

describe('a line in a text about several people', () => {
  it.each([
    [cases[0]?.[1], 1, 'Sarah got promoted: send congrats'],
    [cases[3]?.[1], 1, "Sarah (bouldering): send something they'd like"],
    [cases[4]?.[1], 1, 'Priya: introduce to Omar Haddad (jazz)'],
    [cases[5]?.[1], 1, 'Sarah: needs a realtor, introduce Monica'],
    [cases[6]?.[1], 1, 'Sarah: moves to Denver, catch up first'],
  ] as const)('%o at level %i', (s, level, expected) => {
    expect(give.line(kindInput(s as NudgeSubject), level)).toBe(expected);
  });
});
