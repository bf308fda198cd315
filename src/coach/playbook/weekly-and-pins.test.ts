// Issue 22 gaps 1, 7 and 9 as tables: a yes to an invitation gets a "pin a day"; a say-hi at a weekly place recurs on its
// day (next week when done, the week after when let pass); someone hesitant seen weekly gets a small group there.
import { describe, expect, it } from 'vitest';
import { DEFAULT_WINDOW } from '../../domain/constants';
import { afterSent } from '../playbook';
import { NY, person, plan, summary, TUE_18 } from '../../../test/support/playbook-fixtures';
import type { RecurringPlace } from '../../domain/types';

const yoga: RecurringPlace = { place: 'yoga', weekday: 4 };
const HOUR = 3_600_000;

describe('a yes to an invitation is followed up: pin a day', () => {
  it.each([
    ['a warm reply to a deepen', ['first-follow-up', 'deepen'], [], 'deepen (pin) @ 2026-12-03 10:00'],
    ['a warm reply to a bring-together', ['first-follow-up', 'deepen', 'bring-together'], [], 'deepen (pin) @ 2026-12-03 10:00'],
    [
      'a bring-together after a pinned deepen gets its own pin',
      ['first-follow-up', 'deepen', 'deepen', 'bring-together'],
      ['pin:1'],
      'deepen (pin) @ 2026-12-03 10:00',
    ],
    ['a warm reply to the pin itself: no second pin', ['first-follow-up', 'deepen', 'deepen'], ['pin:1'], 'check-in @ 2026-12-15 10:00'],
    ['a warm reply to a first hello: an invitation, not a pin', ['first-follow-up'], [], 'deepen @ 2026-12-04 10:00'],
  ] as const)('%s', (_label, sentKinds, covered, expected) => {
    const planned = plan(person({ warmth: 'warm', sentKinds: [...sentKinds], covered: [...covered] }), { type: 'response', warmth: 'warm' }, TUE_18);
    expect(`${summary(planned)?.replace(/^deepen/, planned?.pin ? 'deepen (pin)' : 'deepen')}`).toBe(expected);
  });
});

describe('say-hi at a weekly place recurs on its day', () => {
  const rafi = (warmth: 'warm' | 'lukewarm', sentKinds: ('first-follow-up' | 'say-hi' | 'deepen')[]) =>
    person({ name: 'Rafi', warmth, recurringPlace: yoga, sentKinds });
  it('done: next Thursday', () => {
    expect(summary(plan(rafi('warm', ['first-follow-up', 'say-hi']), { type: 'done' }, TUE_18))).toBe('say-hi @ 2026-12-10 09:00');
  });
  it('sent and not answered: not every week, the Thursday after next', () => {
    const planned = afterSent(rafi('warm', ['first-follow-up']), 'say-hi', TUE_18, NY, DEFAULT_WINDOW);
    expect(summary(planned)).toBe('say-hi @ 2026-12-17 09:00');
  });
  it('every time it is done it comes again the next week', () => {
    let now = TUE_18;
    const days: string[] = [];
    const sentKinds: ('first-follow-up' | 'say-hi')[] = ['first-follow-up', 'say-hi'];
    for (let week = 0; week < 3; week++) {
      const planned = plan(rafi('warm', sentKinds), { type: 'done' }, now);
      expect(planned?.kind).toBe('say-hi');
      days.push(summary(planned) ?? '');
      now = (planned?.dueAt ?? now) + 2 * HOUR;
    }
    expect(days).toEqual(['say-hi @ 2026-12-10 09:00', 'say-hi @ 2026-12-17 09:00', 'say-hi @ 2026-12-24 09:00']);
  });
  it('someone hesitant: after the hello, a small group at the class rather than another hello', () => {
    const planned = plan(rafi('lukewarm', ['first-follow-up', 'say-hi']), { type: 'done' }, TUE_18);
    expect(summary(planned)).toBe('deepen (group) @ 2026-12-10 09:00');
  });
});
