// remind: explicit reminders with a time ("remind me to text dana on friday"), about a saved person or nobody.
import { describe, expect, it } from 'vitest';
import { ctxWith, idOf, local, view } from '../../test/support/understand/reader-context';
import { readRemind } from './remind';

// Tue Dec 1 2026, 18:00 New York; the latest note was about Ines
const ctx = ctxWith({ latest: 'Ines' });

describe('readRemind', () => {
  it.each([
    ['remind me to call noor tmrw at 5', 'Noor', '2026-12-02 17:00', 'call noor'],
    ['remind me to text dana on friday', 'Dana', '2026-12-04 10:00', 'text dana'],
    ['remind me to text her on friday', 'Ines', '2026-12-04 10:00', 'text her'],
    ['hey can you remind me 2 call jake in 3 days', 'Jake', '2026-12-04 18:00', 'call jake'],
    ['remind me: ask zoe about her dog, saturday 10am', 'Zoe', '2026-12-05 10:00', 'ask zoe about her dog'],
    ['remind me to buy milk tomorrow', null, '2026-12-02 10:00', 'buy milk'],
  ] as const)('%j: %s at %s, %j', (text, name, at, what) => {
    const meaning = readRemind(view(text), ctx);
    expect(meaning?.intent).toBe('remind');
    if (meaning?.intent !== 'remind') return;
    expect(meaning.person).toEqual(name ? { name, id: idOf(name) } : null);
    expect(local(meaning.at)).toBe(at);
    expect(meaning.what).toBe(what);
  });

  it.each([
    // no time, or no object: a snooze of the current nudge, not a reminder
    'remind me later',
    'remind me about it tomorrow',
    'remind me to text tom',
    'met noor at the market',
  ])('%j: null', (text) => {
    expect(readRemind(view(text), ctx)).toBeNull();
  });
});
