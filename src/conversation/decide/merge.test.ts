// merge: what the kept record gets from the one folded into it.
import { describe, expect, it } from 'vitest';
import type { Person } from '../../db/rows';
import { personOf } from '../../../test/support/snapshots';
import { mergedPatch } from './merge';

/** A saved person, from the one factory the decide tests share (times at 0: merging compares none). */
function person(id: number, name: string, extra: Partial<Person> = {}): Person {
  return personOf({ id, name, metAt: 0, updatedAt: 0, ...extra });
}

describe('mergedPatch', () => {
  it('keeps both sets of details, the kept contacts first, and drops a tie to the one folded in', () => {
    const jess = person(1, 'Jess', {
      met: 'dog park',
      interests: ['dachshund'],
      contacts: { phone: '+19175550101' },
      ties: [{ how: 'friend', name: 'Jessica' }],
    });
    const jessica = person(2, 'Jessica', {
      interests: ['Dachshund', 'apple store'],
      work: ['apple store'],
      contacts: { phone: '+19175550102', email: 'j@x.com' },
    });
    expect(mergedPatch(jess, jessica)).toEqual({
      interests: ['dachshund', 'apple store'],
      work: ['apple store'],
      contacts: { phone: '+19175550101', email: 'j@x.com' },
      met: 'dog park',
      events: [],
      plans: [],
      news: [],
      ties: [],
    });
  });

  it('takes where they met from the other when the kept one has none', () => {
    expect(mergedPatch(person(1, 'Tom'), person(2, 'Tommy', { met: 'run club' })).met).toBe('run club');
  });
});
