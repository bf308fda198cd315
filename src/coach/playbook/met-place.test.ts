// met-place: whether where they met is a one-off occasion or a place the user goes back to.
import { describe, expect, it } from 'vitest';
import { isOneOff, isReturningPlace } from './met-place';

describe('where they met', () => {
  it.each([
    // met, one-off, returning
    ['climbing gym', false, true],
    ['the pool', false, true],
    ['yoga class', false, true],
    ['run club', false, true],
    ['the dog park', false, true],
    ['my building', false, true],
    ['café on 5th', false, true],
    ['at work', false, true],
    ["Lisa's wedding", true, false],
    ['a tech conference', true, false],
    ['on a flight to Denver', true, false],
    ["Sam's party", true, false],
    ['a design meetup', true, false],
    ['the gym party', true, false],
    ['through Sam', false, false],
    ['the bar', false, false],
    ['gymnastics meet', false, false],
  ] as const)('%j: one-off %s, returning %s', (met, oneOff, returning) => {
    expect(isOneOff(met)).toBe(oneOff);
    expect(isReturningPlace(met)).toBe(returning);
  });

  it('unknown is neither', () => {
    expect(isOneOff(null)).toBe(false);
    expect(isReturningPlace(null)).toBe(false);
    expect(isReturningPlace('')).toBe(false);
  });
});
