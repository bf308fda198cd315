import { describe, expect, it } from 'vitest';
import { atMost, pick } from './pick';

describe('pick', () => {
  const items = ['a', 'b', 'c', 'd'];

  it.each([0, 1, 3, 2654435761, -7, 1.5])('seed %d always picks the same item', (seed) => {
    expect(pick(items, seed, 16)).toBe(pick(items, seed, 16));
  });

  it('spreads 200 seeds over every item, none more than half the time', () => {
    const counts = new Map<string, number>();
    for (let seed = 0; seed < 200; seed++) counts.set(pick(items, seed, 16), (counts.get(pick(items, seed, 16)) ?? 0) + 1);
    expect([...counts.keys()].sort()).toEqual(items);
    for (const count of counts.values()) expect(count).toBeLessThan(100);
  });

  it('different salts choose independently for the same seed', () => {
    const pairs = new Set<string>();
    for (let seed = 0; seed < 50; seed++) pairs.add(`${pick(items, seed, 13)}${pick(items, seed, 14)}`);
    expect(pairs.size).toBeGreaterThan(8);
  });

  it('throws on an empty list (a template bug, not an input)', () => {
    expect(() => pick([], 1, 1)).toThrow();
  });
});

describe('atMost', () => {
  it.each([
    [['rich', 'short', 'bare'], 0, 'rich'],
    [['rich', 'short', 'bare'], 2, 'bare'],
    [['rich', 'bare'], 5, 'bare'],
    [[], 0, undefined],
  ] as const)('%j at %i is %j', (items, index, expected) => {
    expect(atMost(items, index)).toBe(expected);
  });
});
