// Issue 22: "plans are never followed up". An invitation proposes one activity, the yes to it gets a pin that names
// the activity and offers a day, and a yes to that day is a plan (stored by the glue) whose follow-up comes the morning after.
import { describe, expect, it } from 'vitest';
import { DEFAULT_WINDOW } from '../../domain/constants';
import { localParts } from '../../domain/time';
import type { NudgeKind, PersonForPlan } from '../../domain/types';
import { at, NY, person, wall } from '../../../test/support/playbook-fixtures';
import { joinerInvite, planNext } from '../playbook';
import { composeNudge } from '../compose';

const lena = person({ name: 'Lena', met: 'gallery', interests: ['sketching'], work: ['painter'], warmth: 'warm', sentKinds: ['first-follow-up'] });

describe('an invitation proposes one activity; the pin names it and offers a day', () => {
  it.each([
    ['Mon 13:00', at(NY, 2026, 12, 7, 13), '2026-12-09 10:00', 'Sat'],
    ['Wed 13:00', at(NY, 2026, 12, 9, 13), '2026-12-11 10:00', 'Thu'],
    ['Fri 13:00', at(NY, 2026, 12, 11, 13), '2026-12-13 10:00', 'Thu'],
    ['Thu 13:00', at(NY, 2026, 12, 10, 13), '2026-12-12 10:00', 'Thu'],
    ['Sun 13:00', at(NY, 2026, 12, 13, 13), '2026-12-15 10:00', 'Thu'],
  ])('yes on %s (%#): the pin offers the next Thursday or Saturday at least 2 days on', (_, now, pinAt, day) => {
    const invite = planNext(lena, { type: 'response', warmth: 'warm' }, now, NY, DEFAULT_WINDOW);
    expect(invite?.kind).toBe('deepen');
    const what = invite?.plan?.what ?? '';
    expect(what.length).toBeGreaterThan(3);
    const invited = { ...lena, sentKinds: [...lena.sentKinds, 'deepen' as const] };
    const pin = planNext(invited, { type: 'response', warmth: 'warm', proposal: { what, at: now } }, now, NY, DEFAULT_WINDOW);
    expect(pin?.pin).toBe(true);
    expect(wall(pin?.dueAt ?? 0)).toBe(pinAt);
    expect(pin?.plan?.what).toBe(what);
    const offered = localParts(pin?.plan?.at ?? 0, NY);
    expect(['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'][offered.weekday]).toBe(day);
    expect((pin?.plan?.at ?? 0) - (pin?.dueAt ?? 0)).toBeGreaterThanOrEqual(2 * 86_400_000 - 3_600_000);
    // the deepen's text proposes that very activity, and the pin's names it and the day, never "Let's lock it in"
    expect(composeNudge([{ kind: 'deepen', person: lena, plan: invite?.plan }], 3, { now, zone: NY })).toContain(what);
    for (const seed of [0, 1, 2, 3, 4, 5]) {
      const text = composeNudge([{ kind: 'deepen', pin: true, person: lena, plan: pin?.plan }], seed, { now: pin?.dueAt ?? now, zone: NY });
      expect(text, text).toMatch(day === 'Sat' ? /Saturday/ : /Thursday evening/);
      expect(text, text).toContain(what.replace(/^(a|an) /, ''));
      expect(text, text).not.toMatch(/lock it in|When's good|this week/i);
    }
  });

  it('a yes to the day offered (a plan) is followed up the morning after it, nothing before', () => {
    const sat = at(NY, 2026, 12, 12, 10);
    const agreed = { ...lena, sentKinds: [...lena.sentKinds, 'deepen' as const, 'deepen' as const], plans: [{ what: 'a sketch session at a cafe', at: sat }] };
    const next = planNext(agreed, { type: 'plan' }, at(NY, 2026, 12, 9, 13), NY, DEFAULT_WINDOW);
    expect(next?.kind).toBe('plan-follow-up');
    expect(wall(next?.dueAt ?? 0)).toBe('2026-12-13 10:00');
    const text = composeNudge([{ kind: 'plan-follow-up', person: agreed, plan: next?.plan }], 1, { now: next?.dueAt ?? 0, zone: NY });
    expect(text, text).toMatch(/sketch session/);
  });

  it('it went well with someone seen every Saturday at the pool: the next hello there, not another invitation', () => {
    const rafi = {
      ...lena,
      name: 'Rafi',
      recurringPlace: { place: 'the pool', weekday: 6 },
      sentKinds: [...lena.sentKinds, 'deepen' as const, 'plan-follow-up' as const],
    };
    const next = planNext(rafi, { type: 'response', warmth: 'warm' }, at(NY, 2026, 12, 13, 11), NY, DEFAULT_WINDOW);
    expect(next?.kind).toBe('say-hi');
    expect(localParts(next?.dueAt ?? 0, NY).weekday === 6 || localParts(next?.dueAt ?? 0, NY).weekday === 5).toBe(true);
  });
});

describe('a yes to a group plan brings the other one in (issue 22: a check-in for Sarah when the state called for the group invite)', () => {
  const now = at(NY, 2026, 12, 8, 13);
  const sarah = person({ name: 'Sarah', warmth: 'warm', sentKinds: ['first-follow-up', 'deepen'] });
  const host = { name: 'Omar', shared: 'bouldering', plan: { what: 'a group bouldering session', at: now } };
  it.each([
    ['a check-in pending', sarah, 'check-in', 'bring-together @ 2026-12-09 10:00'],
    ['nothing pending', sarah, null, 'bring-together @ 2026-12-09 10:00'],
    ['her birthday pending', sarah, 'their-moment', null],
    ['no number', { ...sarah, hasContact: false }, 'say-hi', null],
    ['quiet twice', { ...sarah, warmth: 'none', silences: 2 }, 'check-in', null],
    ['let go', { ...sarah, sentKinds: [...sarah.sentKinds, 'let-go'] }, null, null],
  ] as [string, PersonForPlan, NudgeKind | null, string | null][])('%s', (_, other, pending, expected) => {
    const invite = joinerInvite(other, host, pending, now, NY, DEFAULT_WINDOW);
    expect(invite ? `${invite.kind} @ ${wall(invite.dueAt)}` : null).toBe(expected);
    if (invite) expect(invite.pair).toEqual({ name: 'Omar', shared: 'bouldering', joined: true });
  });

  it.each([0, 1, 2, 3, 4, 5])('seed %i: the invitation names Omar, the plan and why they fit', (seed) => {
    const invite = joinerInvite(sarah, host, 'check-in', now, NY, DEFAULT_WINDOW);
    const text = composeNudge([{ kind: 'bring-together', person: sarah, pair: invite?.pair, plan: invite?.plan }], seed, { now, zone: NY });
    const draft = text.match(/"[^"]*"/)?.[0] ?? '';
    expect(draft, text).toMatch(/Omar/);
    expect(draft, text).toMatch(/bouldering session/);
    expect(text, text).not.toMatch(/a few of us|a couple of friends|\bthem\b/);
  });
});
