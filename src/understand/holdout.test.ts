// The held-out set: prints meaningOf()'s score on it by category, guards the overall score against regressions (the
// measured 72.7% on 2026-11-30 minus 5 points), and checks every row is well-formed.

import { describe, expect, it } from 'vitest';
import { HOLDOUT } from '../../test/support/understand/holdout-data';
import type { Category, PendingSpec } from '../../test/support/understand/table-data';
import { TABLE_PEOPLE } from '../../test/support/understand/table-data';
import { checkRow, contextFor } from '../../test/support/understand/table-score';
import { meaningOf } from './understand';

/** 80/110 measured when the set was written, minus 5 points. */
const FLOOR = 0.677;

const CATEGORIES: Record<Category, true> = {
  'several-people': true,
  chatter: true,
  correction: true,
  question: true,
  'mute-forget': true,
  reminder: true,
  'plans-news': true,
  mixed: true,
  typing: true,
  commands: true,
  'other-language': true,
};
const PENDING: Record<PendingSpec, true> = {
  name: true,
  'which-carla': true,
  'which-sarah': true,
  'same-carla': true,
  'how-ines': true,
  'confirm-delete': true,
  'confirm-forget-gus': true,
};
/** latest is looked up by full name (contextFor); a wanted person is compared by first name (checkRow). */
const FULL_NAMES = new Set(TABLE_PEOPLE.map((person) => person.name));
const FIRST_NAMES = new Set(TABLE_PEOPLE.map((person) => person.name.split(' ')[0]));

const scores = new Map<string, { right: number; total: number; misses: string[] }>();
for (const row of HOLDOUT) {
  const miss = checkRow(row.want, meaningOf(row.text, contextFor(row)));
  const score = scores.get(row.category) ?? { right: 0, total: 0, misses: [] };
  score.total++;
  if (miss) score.misses.push(`${row.text}: ${miss}`);
  else score.right++;
  scores.set(row.category, score);
}
const right = [...scores.values()].reduce((sum, score) => sum + score.right, 0);
const percent = (count: number, total: number): string => `${((100 * count) / total).toFixed(1)}%`;

describe('the held-out set', () => {
  it('prints the score by category and stays above the floor overall', () => {
    const lines = [...scores].map(
      ([category, score]) => `${category.padEnd(16)} ${percent(score.right, score.total).padStart(6)}  (${score.right}/${score.total})`,
    );
    lines.push(`${'overall'.padEnd(16)} ${percent(right, HOLDOUT.length).padStart(6)}  (${right}/${HOLDOUT.length})`);
    const misses = [...scores.values()].flatMap((score) => score.misses);
    console.log(`held-out set, ${HOLDOUT.length} texts\n${lines.join('\n')}\nmisses:\n${misses.join('\n')}`);
    expect(right / HOLDOUT.length).toBeGreaterThanOrEqual(FLOOR);
  });

  it('has 10 rows in each of the 11 categories', () => {
    const counts = Object.keys(CATEGORIES).map((category) => [category, HOLDOUT.filter((row) => row.category === category).length]);
    expect(counts).toEqual(Object.keys(CATEGORIES).map((category) => [category, 10]));
    expect(HOLDOUT.every((row) => row.category in CATEGORIES)).toBe(true);
  });

  it.each(HOLDOUT.map((row) => [row.text, row] as const))('%s is well-formed', (_text, row) => {
    expect(row.text.trim()).not.toBe('');
    if (row.latest !== undefined) expect(FULL_NAMES.has(row.latest)).toBe(true);
    if (row.pending !== undefined) expect(row.pending in PENDING).toBe(true);
    if (row.want.person) expect(FIRST_NAMES.has(row.want.person.split(' ')[0] ?? '')).toBe(true);
    const intents = Array.isArray(row.want.intent) ? row.want.intent : [row.want.intent];
    expect(intents.length).toBeGreaterThan(0);
  });

  it('has no text twice', () => {
    expect(new Set(HOLDOUT.map((row) => row.text.toLowerCase())).size).toBe(HOLDOUT.length);
  });
});
