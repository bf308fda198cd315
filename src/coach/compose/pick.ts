// Seeded choice among templates: the same seed and salt always pick the same item, different seeds spread evenly.

function mix(seed: number, salt: number): number {
  let h = (Math.trunc(seed) ^ Math.imul(salt + 1, 0x9e3779b1)) >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b) >>> 0;
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35) >>> 0;
  return (h ^ (h >>> 16)) >>> 0;
}

/**
 * One of `items`, chosen by `seed`; `salt` keeps separate choices in one text independent of each other.
 * @example pick(['Draft:', 'Try:'], 3, 16) // the same one every time for seed 3, salt 16
 */
export function pick<T>(items: readonly T[], seed: number, salt: number): T {
  const item = items[mix(seed, salt) % items.length];
  if (item === undefined) throw new Error('pick from an empty list');
  return item;
}

/**
 * The item at `index`, or the last one when the list is shorter (a richer level falls back to the barest form).
 * @example atMost(['rich', 'bare'], 5) // 'bare'
 */
export function atMost<T>(items: readonly T[], index: number): T | undefined {
  return items[Math.min(index, items.length - 1)];
}
