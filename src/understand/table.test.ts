// The understanding table: every category at least 90% and 95% overall; prints the score by category, before (the old
// parseReply + parseNote) and after (meaningOf).

import { describe, expect, it } from 'vitest';
import { understandLegacy } from '../../test/support/understand/legacy';
import { TABLE } from '../../test/support/understand/table-data';
import { checkRow, contextFor } from '../../test/support/understand/table-score';
import type { UnderstandContext, Meaning } from './types';
import { meaningOf } from './understand';

type Reader = (text: string, ctx: UnderstandContext) => Meaning;

function scoreOf(reader: Reader): Map<string, { right: number; total: number; misses: string[] }> {
  const scores = new Map<string, { right: number; total: number; misses: string[] }>();
  for (const row of TABLE) {
    const miss = checkRow(row.want, reader(row.text, contextFor(row)));
    const score = scores.get(row.category) ?? { right: 0, total: 0, misses: [] };
    score.total++;
    if (miss) score.misses.push(`${row.text}: ${miss}`);
    else score.right++;
    scores.set(row.category, score);
  }
  return scores;
}

const after = scoreOf(meaningOf);
const before = scoreOf(understandLegacy);
const percent = (right: number, total: number): string => `${((100 * right) / total).toFixed(1)}%`;

describe('the understanding table', () => {
  it('prints the score by category, before and after', () => {
    const lines = [...after].map(([category, score]) => {
      const old = before.get(category);
      return `${category.padEnd(16)} before ${percent(old?.right ?? 0, score.total).padStart(6)}  after ${percent(score.right, score.total).padStart(6)}  (${score.right}/${score.total})`;
    });
    const right = [...after.values()].reduce((sum, score) => sum + score.right, 0);
    const rightBefore = [...before.values()].reduce((sum, score) => sum + score.right, 0);
    lines.push(
      `${'overall'.padEnd(16)} before ${percent(rightBefore, TABLE.length).padStart(6)}  after ${percent(right, TABLE.length).padStart(6)}  (${right}/${TABLE.length})`,
    );
    console.log(`understanding table, ${TABLE.length} texts\n${lines.join('\n')}`);
    expect(TABLE.length).toBeGreaterThanOrEqual(300);
    expect(right / TABLE.length).toBeGreaterThanOrEqual(0.95);
  });

  it.each([...after].map(([category, score]) => [category, score] as const))('%s scores at least 90%%', (_category, score) => {
    expect(score.misses).toEqual(score.misses.slice(0, Math.floor(score.total * 0.1)));
    expect(score.right / score.total).toBeGreaterThanOrEqual(0.9);
  });
});
