// holds: what SNOOZE or SKIP does to every nudge planned about one person: moved, kept in order, or dropped when its
// moment is gone.
import { describe, expect, it } from 'vitest';
import { at, NY, wall } from '../../../test/support/playbook-fixtures';
import { DEFAULT_WINDOW } from '../../domain/constants';
import { type HeldNudge, holdPersonNudges } from './holds';

// Thursday 2026-12-10, 12:00 in New York
const NOW = at(NY, 2026, 12, 10, 12);
const getContact: HeldNudge = { id: 'a', kind: 'get-contact', dueAt: at(NY, 2026, 12, 10, 15) };
const sayHi: HeldNudge = { id: 'b', kind: 'say-hi', dueAt: at(NY, 2026, 12, 11, 9) };
const moment: HeldNudge = { id: 'c', kind: 'their-moment', dueAt: at(NY, 2026, 12, 11, 10), event: { what: 'gallery opening', on: '2026-12-12' } };
const followUp: HeldNudge = { id: 'd', kind: 'plan-follow-up', dueAt: at(NY, 2026, 12, 11, 10), plan: { what: 'coffee', at: at(NY, 2026, 12, 10, 9) } };
const later: HeldNudge = { id: 'e', kind: 'check-in', dueAt: at(NY, 2026, 12, 20, 10) };

const hold = (nudges: HeldNudge[], action: Parameters<typeof holdPersonNudges>[1]) => {
  const { keep, drop } = holdPersonNudges(nudges, action, NOW, NY, DEFAULT_WINDOW);
  return { keep: keep.map((n) => `${n.id} ${wall(n.dueAt)}`), drop: drop.map((n) => n.id) };
};

describe('snooze until a time', () => {
  it.each([
    // until, nudges, kept (id and new local time), dropped
    ['Friday 10:00', at(NY, 2026, 12, 11, 10), [getContact, sayHi, later], ['a 2026-12-11 10:00', 'b 2026-12-11 10:00', 'e 2026-12-20 10:00'], []],
    ['Saturday 10:00', at(NY, 2026, 12, 12, 10), [getContact, moment], ['a 2026-12-12 10:00', 'c 2026-12-12 10:00'], []],
    ['Sunday 10:00: the opening is over', at(NY, 2026, 12, 13, 10), [getContact, moment], ['a 2026-12-13 10:00'], ['c']],
    ['Sunday 10:00: coffee 3 days ago still fits', at(NY, 2026, 12, 13, 10), [followUp], ['d 2026-12-13 10:00'], []],
    ['Monday 10:00: coffee 4 days ago is gone', at(NY, 2026, 12, 14, 10), [followUp], [], ['d']],
    ['Friday 3am: moved to the window start', at(NY, 2026, 12, 11, 3), [getContact], ['a 2026-12-11 09:00'], []],
  ] as [string, number, HeldNudge[], string[], string[]][])('%s', (_label, until, nudges, keep, drop) => {
    expect(hold(nudges, { type: 'snooze', until })).toEqual({ keep, drop });
  });

  it('nudges that land together keep their order', () => {
    const first: HeldNudge = { id: 'x', kind: 'deepen', dueAt: at(NY, 2026, 12, 10, 14) };
    const second: HeldNudge = { id: 'y', kind: 'say-hi', dueAt: at(NY, 2026, 12, 10, 16) };
    expect(hold([second, first], { type: 'snooze', until: at(NY, 2026, 12, 11, 10) }).keep).toEqual(['x 2026-12-11 10:00', 'y 2026-12-11 10:00']);
  });
});

describe('skip', () => {
  it.each([
    // skipped, nudges, kept, dropped
    ['the earliest by default', undefined, [sayHi, getContact, later], ['b 2026-12-11 10:00', 'e 2026-12-20 10:00'], ['a']],
    ['the one named', 'b', [sayHi, getContact, later], ['a 2026-12-11 10:00', 'e 2026-12-20 10:00'], ['b']],
    ['an opening still ahead tomorrow', 'a', [getContact, moment], ['c 2026-12-11 10:00'], ['a']],
  ] as [string, string | undefined, HeldNudge[], string[], string[]][])('%s', (_label, skipped, nudges, keep, drop) => {
    expect(hold(nudges, skipped ? { type: 'skip', skipped } : { type: 'skip' })).toEqual({ keep, drop });
  });

  it('nothing pending: nothing to do', () => {
    expect(hold([], { type: 'skip' })).toEqual({ keep: [], drop: [] });
  });
});
