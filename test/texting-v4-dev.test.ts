// The dev corpus (texts written blind to the code, a second writer, for the categories the measured third still found weakest) through the
// Worker: read and tuned on, like the tuned third; its failing cases are printed.
import { describe, expect, it } from 'vitest';
import devText from './fixtures/texting-v4-dev.jsonl?raw';
import { casesOf, FLOOR, score } from './support/texting-v2';

describe('the texting-v4 dev corpus, through the Worker', () => {
  it('scores at least its floor', { timeout: 900_000 }, async () => {
    const cases = casesOf(devText);
    expect(cases.length).toBe(120);
    expect(await score('dev4', cases, true)).toBeGreaterThanOrEqual(FLOOR.dev4);
  });
});
