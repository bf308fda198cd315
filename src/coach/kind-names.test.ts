// The kinds' names: one list, no repeats, the order a connection usually goes, the same list the rows validate against.
import { describe, expect, it } from 'vitest';
import { NUDGE_KINDS as STORED_KINDS } from '../domain/types';
import { NUDGE_KINDS } from './kind-names';

describe('NUDGE_KINDS', () => {
  it('names each kind once, first contact first and giving last', () => {
    expect(new Set(NUDGE_KINDS).size).toBe(NUDGE_KINDS.length);
    expect(NUDGE_KINDS[0]).toBe('first-follow-up');
    expect(NUDGE_KINDS.at(-1)).toBe('give');
  });

  it('is the very list domain/types gives the rows and the changes', () => {
    expect(STORED_KINDS).toBe(NUDGE_KINDS);
  });
});
