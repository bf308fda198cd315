import { describe, expect, it } from 'vitest';
import type { NudgeSubject } from '../types';
import { severalPeopleCandidates } from './several-people';

type Person = NudgeSubject['person'];
const sarah: Person = { name: 'Sarah', met: 'climbing gym', interests: ['pottery studio'], work: [], hasContact: true, events: [], warmth: 'unknown' };
const jake: Person = { name: 'Jake', met: 'run club', interests: ['marathon'], work: [], hasContact: false, events: [], warmth: 'none' };
const priya: Person = { name: 'Priya', met: 'through Sam', interests: ['jazz'], work: [], hasContact: true, events: [], warmth: 'warm' };

describe('severalPeopleCandidates', () => {
  it.each([
    [[sarah, jake], 'Reply DONE 1 or SNOOZE 2.|Reply with a number: DONE 1 or SNOOZE 2.|Reply e.g. DONE 1 or SNOOZE 2.|Answer per person: DONE 1 or SNOOZE 2.'],
    [[sarah, jake, priya], 'DONE 1, SNOOZE 2 or SKIP 3.'],
  ])('numbers one line per person and says how to reply to each (%#)', (people, hint) => {
    const subjects: NudgeSubject[] = people.map((person) => ({ kind: 'check-in', person }));
    const [richest] = severalPeopleCandidates(subjects, 11);
    const lines = richest?.text.split('\n') ?? [];
    expect(lines.length).toBe(people.length + 2);
    for (const [i, person] of people.entries()) expect(lines[i + 1]).toMatch(new RegExp(`^${i + 1}\\) ${person.name}\\b`));
    expect(hint.split('|').some((option) => lines.at(-1)?.endsWith(option))).toBe(true);
  });

  it('every candidate is complete; the header and the long hint go before lines shorten', () => {
    const candidates = severalPeopleCandidates(
      [
        { kind: 'check-in', person: sarah },
        { kind: 'say-hi', person: jake },
      ],
      11,
    );
    expect(candidates.every((candidate) => candidate.complete)).toBe(true);
    expect(candidates[1]?.text.split('\n').length).toBe(3);
    expect(candidates[2]?.text.endsWith('Reply e.g. DONE 1.')).toBe(true);
  });
});
