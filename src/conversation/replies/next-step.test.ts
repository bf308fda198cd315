import { describe, expect, it } from 'vitest';
import { zonedToUtc } from '../../domain/time';
import { KIND_PHRASE, whenOf } from './next-step';

const NY = 'America/New_York';
const ny = (mo: number, d: number, h: number) => zonedToUtc({ year: 2026, month: mo, day: d, hour: h }, NY);

describe('whenOf', () => {
  it.each([
    [{ dueAt: ny(12, 12, 10) }, ny(12, 1, 10), 'Dec 12 at 10am'],
    [{ dueAt: ny(12, 2, 10) }, ny(12, 1, 22), 'tomorrow at 10am'],
    [{ dueAt: ny(11, 2, 10) }, ny(10, 31, 12), 'Monday at 10am'],
    [{ dueAt: ny(12, 12, 10), waitsForResume: true }, ny(12, 1, 10), 'when you resume'],
  ])('%j at %i -> %j', (step, now, expected) => {
    expect(whenOf(step, now, NY)).toBe(expected);
  });

  it('names every kind in plain words', () => {
    for (const phrase of Object.values(KIND_PHRASE)) expect(phrase).toMatch(/^an? [a-z -]+$/);
  });
});
