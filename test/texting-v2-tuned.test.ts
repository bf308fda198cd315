// The tuned third of the texting-v2 corpus through the Worker: read and tuned on; its failing cases are printed.
import { describe, expect, it } from 'vitest';
import tunedText from './fixtures/texting-v2-tuned.jsonl?raw';
import { casesOf, FLOOR, score } from './support/texting-v2';

describe('the texting-v2 corpus, through the Worker', () => {
  it('the tuned third scores at least its floor', { timeout: 900_000 }, async () => {
    const cases = casesOf(tunedText);
    expect(cases.length).toBeGreaterThan(100);
    expect(await score('tuned', cases, true)).toBeGreaterThanOrEqual(FLOOR.tuned);
  });
});
