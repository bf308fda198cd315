import { describe, expect, it } from 'vitest';
import type { NudgeSubject } from '../../domain/types';
import { onePersonCandidates } from './one-person';

const sarah: NudgeSubject['person'] = {
  name: 'Sarah',
  met: 'climbing gym',
  interests: ['pottery studio'],
  work: [],
  hasContact: true,
  events: [],
  warmth: 'unknown',
};

describe('onePersonCandidates', () => {
  const candidates = onePersonCandidates({ kind: 'first-follow-up', person: sarah }, 3);

  it('starts with the richest text: a lead, a labelled draft and a reply hint', () => {
    const [richest] = candidates;
    expect(richest?.text).toMatch(/Sarah.*: "Hey Sarah|Sarah.*: "Hi Sarah|Sarah.*: "Sarah/);
    expect(richest?.text).toMatch(/DONE|SNOOZE|SKIP/);
    expect(richest).toMatchObject({ complete: true, single: true });
  });

  it('ends at each clip level with a bare text that is never complete', () => {
    const bare = candidates.filter((candidate) => candidate.text.startsWith("Text Sarah (climbing gym) while it's fresh."));
    expect(bare.length).toBeGreaterThan(0);
    for (const candidate of bare) expect(candidate.complete).toBe(false);
  });

  it('only texts at the first two clip levels (10 candidates each) may be the single segment', () => {
    expect(candidates.slice(0, 20).some((candidate) => candidate.single)).toBe(true);
    expect(candidates.slice(20).some((candidate) => candidate.single)).toBe(false);
  });
});
