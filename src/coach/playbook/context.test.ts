// context: the planner's clock: the preferred hour on a local day, n days on, and "soon" (never right on top of now).
import { describe, expect, it } from 'vitest';
import { at, NY, wall } from '../../../test/support/playbook-fixtures';
import { DEFAULT_WINDOW } from '../../domain/constants';
import { type Context, inDays, preferredOn, soon } from './context';

const ctx = (now: number, zone = NY): Context => ({ now, zone, window: DEFAULT_WINDOW });

describe('preferredOn and inDays: the preferred hour (10:00) on a local day', () => {
  it.each([
    // now, days on, the local time it lands
    [at(NY, 2026, 12, 1, 18), 1, '2026-12-02 10:00'],
    [at(NY, 2026, 12, 1, 23, 30), 1, '2026-12-02 10:00'],
    [at(NY, 2026, 12, 1, 6), 0, '2026-12-01 10:00'],
    [at(NY, 2026, 12, 31, 12), 1, '2027-01-01 10:00'],
    [at(NY, 2026, 10, 31, 12), 1, '2026-11-01 10:00'],
    [at(NY, 2026, 3, 7, 12), 1, '2026-03-08 10:00'],
  ] as const)('now %i + %i days: %s New York', (now, days, expected) => {
    expect(wall(inDays(days, ctx(now)))).toBe(expected);
  });

  it('inDays counts from another instant when given one', () => {
    expect(wall(inDays(3, ctx(at(NY, 2026, 12, 1, 18)), at(NY, 2026, 12, 10, 8)))).toBe('2026-12-13 10:00');
  });

  it('the preferred hour is the local one in another zone', () => {
    const tokyo = 'Asia/Tokyo';
    expect(wall(preferredOn({ year: 2026, month: 12, day: 2 }, ctx(0, tokyo)), tokyo)).toBe('2026-12-02 10:00');
  });
});

describe('soon: the first preferred hour at least 2h from now', () => {
  it.each([
    [at(NY, 2026, 12, 1, 7), '2026-12-01 10:00'],
    [at(NY, 2026, 12, 1, 8), '2026-12-01 10:00'],
    [at(NY, 2026, 12, 1, 8, 30), '2026-12-02 10:00'],
    [at(NY, 2026, 12, 1, 18), '2026-12-02 10:00'],
  ] as const)('now %i: %s', (now, expected) => {
    const slot = soon(ctx(now));
    expect(wall(slot)).toBe(expected);
    expect(slot - now).toBeGreaterThanOrEqual(2 * 3_600_000);
  });
});
