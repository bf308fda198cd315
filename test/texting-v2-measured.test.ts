// The measured third of the texting-v2 corpus through the Worker: only scored, counts by category, never its texts.
import { describe, expect, it } from 'vitest';
import measuredText from './fixtures/texting-v2-measured.jsonl?raw';
import { casesOf, FLOOR, score } from './support/texting-v2';

describe('the texting-v2 corpus, through the Worker', () => {
  it('the measured third scores at least its floor (counts only)', { timeout: 900_000 }, async () => {
    const cases = casesOf(measuredText);
    expect(cases.length).toBeGreaterThan(50);
    expect(await score('measured', cases, false)).toBeGreaterThanOrEqual(FLOOR.measured);
  });
});
