// when: the first time a text names, as an instant and the local day in the user zone, with weekday typos forgiven.
import { describe, expect, it } from 'vitest';
import { ctxWith, local } from '../../test/support/understand/reader-context';
import { findWhen, localDay } from './when';

// Tue Dec 1 2026, 18:00 New York
const ctx = ctxWith();

describe('findWhen', () => {
  it.each([
    ['call noor tmrw at 5', '2026-12-02 17:00', 'call noor'],
    ['on fridya', '2026-12-04 10:00', ''],
    ['thrusday 3pm', '2026-12-03 15:00', ''],
    ['movie night on sat', '2026-12-05 10:00', 'movie'],
    ['in 2 hours', '2026-12-01 20:00', ''],
    ['dec 12', '2026-12-12 10:00', ''],
    ['the 15th', '2026-12-15 10:00', ''],
  ] as const)('%j: %s, rest %j', (phrase, at, rest) => {
    const found = findWhen(phrase, ctx);
    expect(found ? local(found.when.at) : null).toBe(at);
    expect(found?.when.day).toBe(at.slice(0, 10));
    expect(found?.rest).toBe(rest);
  });

  it('a time gone by is not when the plan is', () => {
    expect(findWhen('rang him this morning, meeting for a pint on friday', ctx)?.when.day).toBe('2026-12-04');
  });

  it('tonight is this evening', () => {
    const found = findWhen('drinks tonight', ctx);
    expect(found?.when.day).toBe('2026-12-01');
    expect(found ? found.when.at : 0).toBeGreaterThan(ctx.now);
  });

  it.each(['nothing here', '', 'yesterday was fun'])('%j: null', (phrase) => {
    expect(findWhen(phrase, ctx)).toBeNull();
  });
});

describe('localDay: the day in the user zone, whatever UTC says', () => {
  it.each([
    [Date.UTC(2026, 11, 2, 3), '2026-12-01'],
    [Date.UTC(2026, 11, 2, 5), '2026-12-02'],
  ] as const)('%i: %s', (at, day) => {
    expect(localDay(at, ctx)).toBe(day);
  });
});
