// occasions: the nudges that need no number: the day after a plan, congrats on their news, a catch-up before a move.
import { describe, expect, it } from 'vitest';
import { at, NY, person, wall } from '../../../test/support/playbook-fixtures';
import { DEFAULT_WINDOW } from '../../domain/constants';
import type { PersonForPlan } from '../../domain/types';
import type { Context } from './context';
import { moveDay, occasionKey, occasionsOf } from './occasions';

// Thursday 2026-12-10, 12:00 in New York
const NOW = at(NY, 2026, 12, 10, 12);
const ctx: Context = { now: NOW, zone: NY, window: DEFAULT_WINDOW };
const DAY = 86_400_000;
const listed = (p: PersonForPlan) => occasionsOf(p, ctx).map((o) => `${o.kind}${o.give ? ` ${o.give.type}` : ''} @ ${wall(o.dueAt)} covers ${o.covers}`);

describe('occasionKey names each occasion', () => {
  it.each([
    [{ plan: { what: 'coffee', at: 1796000000000 } }, 'plan:1796000000000'],
    [{ retry: { what: 'coffee', at: 1796000000000 } }, 'retry:1796000000000'],
    [{ news: { what: ' Closed his Round ' } }, 'news:closed his round'],
    [{ move: { to: 'Denver', on: '2027-03' } }, 'move:2027-03'],
    [{ pair: ' Omar ' }, 'pair:omar'],
    [{ share: 'Bouldering' }, 'share:bouldering'],
  ] as [Parameters<typeof occasionKey>[0], string][])('%o -> %s', (of, key) => {
    expect(occasionKey(of)).toBe(key);
  });
});

describe('moveDay', () => {
  it.each([
    ['2027-03-15', { year: 2027, month: 3, day: 15 }],
    ['2027-03', { year: 2027, month: 3, day: 1 }],
    ['soon', null],
  ] as const)('%s', (on, day) => {
    expect(moveDay({ to: 'Denver', on })).toEqual(day);
  });
});

describe('occasionsOf, from Thursday Dec 10 at noon', () => {
  const coffeeTomorrow = { what: 'coffee', at: at(NY, 2026, 12, 11, 15) };
  const coffeeYesterday = { what: 'coffee', at: at(NY, 2026, 12, 9, 15) };
  const coffeeLastWeek = { what: 'coffee', at: at(NY, 2026, 12, 3, 15) };
  it.each([
    ['a plan tomorrow: the morning after it', person({ plans: [coffeeTomorrow] }), [`plan-follow-up @ 2026-12-12 10:00 covers plan:${coffeeTomorrow.at}`]],
    ['a plan yesterday: soon', person({ plans: [coffeeYesterday] }), [`plan-follow-up @ 2026-12-11 10:00 covers plan:${coffeeYesterday.at}`]],
    ['a plan a week ago: left alone', person({ plans: [coffeeLastWeek] }), []],
    ['a cancelled plan: no follow-up', person({ plans: [{ ...coffeeTomorrow, cancelled: true }] }), []],
    ['a covered plan: no follow-up', person({ plans: [coffeeTomorrow], covered: [`plan:${coffeeTomorrow.at}`] }), []],
    [
      'fresh news: congrats soon',
      person({ news: [{ what: 'got promoted', on: NOW - 2 * DAY }] }),
      ['give congrats @ 2026-12-11 10:00 covers news:got promoted'],
    ],
    ['news without a date counts as fresh', person({ news: [{ what: 'got promoted' }] }), ['give congrats @ 2026-12-11 10:00 covers news:got promoted']],
    ['news 3 weeks old: too late', person({ news: [{ what: 'got promoted', on: NOW - 21 * DAY }] }), []],
    ['a need is no news to congratulate', person({ news: [{ what: 'looking for a realtor' }] }), []],
    ['a move next month: 10 days before', person({ move: { to: 'Denver', on: '2027-01-20' } }), ['give before-move @ 2027-01-10 10:00 covers move:2027-01-20']],
    [
      'a month-only move: 10 days before the 1st',
      person({ move: { to: 'Denver', on: '2027-02' } }),
      ['give before-move @ 2027-01-22 10:00 covers move:2027-02'],
    ],
    ['a move in 5 days: soon', person({ move: { to: 'Denver', on: '2026-12-15' } }), ['give before-move @ 2026-12-11 10:00 covers move:2026-12-15']],
    ['a move tomorrow: too close', person({ move: { to: 'Denver', on: '2026-12-11' } }), []],
    ['a covered move', person({ move: { to: 'Denver', on: '2027-01-20' }, covered: ['move:2027-01-20'] }), []],
  ] as [string, PersonForPlan, string[]][])('%s', (_label, p, expected) => {
    expect(listed(p)).toEqual(expected);
  });

  it('earliest first', () => {
    const p = person({ plans: [coffeeTomorrow], news: [{ what: 'got promoted' }], move: { to: 'Denver', on: '2027-01-20' } });
    expect(listed(p).map((line) => line.split(' @')[0])).toEqual(['give congrats', 'plan-follow-up', 'give before-move']);
  });

  it('needs no number', () => {
    expect(listed(person({ hasContact: false, plans: [coffeeTomorrow] }))).toHaveLength(1);
  });
});
