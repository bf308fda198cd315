import { describe, expect, it } from 'vitest';
import { segmentCount } from '../../domain/sms-length';
import { type Candidate, chooseFitting } from './fit';

const TWO = `${'long words '.repeat(20)}end`; // 2 GSM-7 segments
const THREE = 'x'.repeat(400); // 3 segments
const ONE = 'Hi Sarah. Reply DONE.';

describe('chooseFitting', () => {
  it.each([
    [
      'a complete single text that fits 1 segment wins over a richer 2-segment one',
      [
        { text: TWO, complete: true, single: true },
        { text: ONE, complete: true, single: true },
      ],
      ONE,
    ],
    [
      'a text not allowed to be single never wins the 1-segment round',
      [
        { text: TWO, complete: true, single: true },
        { text: ONE, complete: true, single: false },
      ],
      TWO,
    ],
    [
      'an incomplete text comes only when nothing complete fits 2',
      [
        { text: THREE, complete: true, single: true },
        { text: ONE, complete: false, single: true },
      ],
      ONE,
    ],
    [
      'a complete 2-segment text beats an incomplete 1-segment one',
      [
        { text: TWO, complete: true, single: false },
        { text: ONE, complete: false, single: true },
      ],
      TWO,
    ],
  ] as [string, Candidate[], string][])('%s', (_label, candidates, expected) => {
    expect(chooseFitting(candidates)).toBe(expected);
  });

  it('cuts the barest candidate to 2 segments when nothing fits', () => {
    const text = chooseFitting([
      { text: THREE, complete: true, single: true },
      { text: `${'word '.repeat(100)}`, complete: false, single: false },
    ]);
    expect(segmentCount(text).segments).toBe(2);
    expect(text).toMatch(/^(word )+word$/);
  });
});
