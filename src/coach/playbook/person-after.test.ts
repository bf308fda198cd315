// person-after: what the playbook stores once a trigger happened: warmth, silences, KEEP and the last contact.
import { describe, expect, it } from 'vitest';
import { TUE_18 } from '../../../test/support/playbook-fixtures';
import type { PlanTrigger, Warmth } from '../../domain/types';
import { contactAfter, personAfter } from './person-after';

const before = { warmth: 'lukewarm' as Warmth, silences: 1, kept: false };
const MONDAY = TUE_18 - 86_400_000;

describe('personAfter', () => {
  it.each([
    // trigger, what is stored
    [
      { type: 'response', warmth: 'none' },
      { warmth: 'none', silences: 2, kept: false },
    ],
    [
      { type: 'response', warmth: 'warm' },
      { warmth: 'warm', silences: 0, kept: false },
    ],
    [
      { type: 'response', warmth: 'lukewarm' },
      { warmth: 'lukewarm', silences: 0, kept: false },
    ],
    [{ type: 'keep' }, { warmth: 'lukewarm', silences: 1, kept: true }],
    [{ type: 'done' }, before],
    [{ type: 'skip' }, before],
    [{ type: 'captured' }, before],
    [{ type: 'note-added' }, before],
    [{ type: 'plan' }, before],
    [{ type: 'cancelled' }, before],
    [{ type: 'news' }, before],
  ] as [PlanTrigger, typeof before][])('%o', (trigger, expected) => {
    expect(personAfter(before, trigger)).toEqual(expected);
  });

  it('KEEP sticks through a later silence', () => {
    const kept = personAfter(before, { type: 'keep' });
    expect(personAfter(kept, { type: 'response', warmth: 'none' })).toEqual({ warmth: 'none', silences: 2, kept: true });
  });
});

describe('contactAfter: DONE, a plan or their news restart the clock', () => {
  it.each([
    [{ type: 'done' }, undefined, TUE_18],
    [{ type: 'plan' }, MONDAY, TUE_18],
    [{ type: 'news' }, MONDAY, TUE_18],
    [{ type: 'skip' }, MONDAY, MONDAY],
    [{ type: 'response', warmth: 'warm' }, MONDAY, MONDAY],
    [{ type: 'keep' }, undefined, undefined],
    [{ type: 'cancelled' }, MONDAY, MONDAY],
  ] as [PlanTrigger, number | undefined, number | undefined][])('%o after %s', (trigger, last, expected) => {
    expect(contactAfter({ lastContactAt: last }, trigger, TUE_18)).toBe(expected);
  });
});
