import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { localParts } from '../domain/time';
import { afterSent, isReturningPlace, personAfter, planNext } from './playbook';
import { DAY, DEFAULT_WINDOW, HOUR } from '../domain/constants';
import { isInsideWindow } from '../domain/schedule';
import type { PersonForPlan, PlanTrigger } from '../domain/types';
import { at, NY, person, plan, summary, TUE_18 } from '../../test/support/playbook-fixtures';

describe('captured: the first follow-up lands 12-48h after meeting, at the preferred hour', () => {
  it.each([
    ['Tue 18:00', at(NY, 2026, 12, 1, 18), '2026-12-02 10:00'],
    ['Tue 01:00 (Tue 10:00 is only 9h)', at(NY, 2026, 12, 1, 1), '2026-12-02 10:00'],
    ['Tue 09:00 (Tue 10:00 is 1h)', at(NY, 2026, 12, 1, 9), '2026-12-02 10:00'],
    ['Mon 22:00 (exactly 12h)', at(NY, 2026, 11, 30, 22), '2026-12-01 10:00'],
    ['Mon 22:01 (11h59 is too soon)', at(NY, 2026, 11, 30, 22, 1), '2026-12-02 10:00'],
    ['Sat 2026-03-07 18:00 (before US DST)', at(NY, 2026, 3, 7, 18), '2026-03-08 10:00'],
    ['Sat 2026-10-31 21:30 (13.5h: the fall-back hour counts)', at(NY, 2026, 10, 31, 21, 30), '2026-11-01 10:00'],
    ['Sat 2026-10-31 22:30 (12.5h, the repeated hour included)', at(NY, 2026, 10, 31, 22, 30), '2026-11-01 10:00'],
    ['Sat 2026-10-31 23:30 (Sun 10:00 is only 11.5h with the repeated hour)', at(NY, 2026, 10, 31, 23, 30), '2026-11-02 10:00'],
    ['Sat 2026-03-07 21:30 (Sun 10:00 is only 11.5h: the skipped hour)', at(NY, 2026, 3, 7, 21, 30), '2026-03-09 10:00'],
  ])('met %s -> %s', (_label, metAt, expected) => {
    expect(summary(plan(person({ metAt }), { type: 'captured' }, metAt))).toBe(`first-follow-up @ ${expected}`);
  });

  it('asks for a contact first when none was noted', () => {
    expect(summary(plan(person({ hasContact: false }), { type: 'captured' }, TUE_18))).toBe('get-contact @ 2026-12-02 10:00');
  });

  it('uses the preferred hour, minutes included', () => {
    const window = { startHour: 9, endHour: 20, preferredHour: 18.5 };
    expect(summary(plan(person(), { type: 'captured' }, TUE_18, NY, window))).toBe('first-follow-up @ 2026-12-02 18:30');
  });

  it('a note about an old meeting gets the first preferred hour at least 2h away', () => {
    const metAt = at(NY, 2026, 11, 20, 18);
    expect(summary(plan(person({ metAt }), { type: 'captured' }, TUE_18))).toBe('first-follow-up @ 2026-12-02 10:00');
    expect(summary(plan(person({ metAt }), { type: 'captured' }, at(NY, 2026, 12, 1, 7)))).toBe('first-follow-up @ 2026-12-01 10:00');
  });

  const zones = [
    'America/New_York',
    'America/Los_Angeles',
    'Europe/London',
    'Asia/Kolkata',
    'Asia/Tokyo',
    'Australia/Sydney',
    'Pacific/Chatham',
    'America/St_Johns',
  ];
  it('property: any metAt, zone and window: 12-48h after metAt, inside the window, not before now', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: Date.UTC(2026, 0, 1), max: Date.UTC(2028, 0, 1) }),
        fc.constantFrom(...zones),
        fc.integer({ min: 0, max: 23 }),
        fc.integer({ min: 1, max: 24 }),
        fc.oneof(fc.integer({ min: 0, max: 23 }), fc.constantFrom(8.5, 18.75, 20.5)),
        fc.integer({ min: 0, max: 2 * 60 }),
        fc.boolean(),
        (metAt, zone, startHour, endHour, preferredHour, captureDelayMin, hasContact) => {
          const window = { startHour, endHour, preferredHour };
          const now = metAt + captureDelayMin * 60_000;
          const planned = planNext(person({ metAt, hasContact }), { type: 'captured' }, now, zone, window);
          expect(planned?.kind).toBe(hasContact ? 'first-follow-up' : 'get-contact');
          const dueAt = planned?.dueAt ?? 0;
          expect(dueAt - metAt).toBeGreaterThanOrEqual(12 * HOUR);
          expect(dueAt - metAt).toBeLessThanOrEqual(48 * HOUR);
          expect(dueAt).toBeGreaterThanOrEqual(now);
          expect(isInsideWindow(dueAt, zone, window)).toBe(true);
        },
      ),
      { numRuns: 3000, seed: 20261201 },
    );
  });

  it('loop: every 37 minutes across both 2026 DST changes, in six zones, the default window', { timeout: 60_000 }, () => {
    for (const zone of zones.slice(0, 6)) {
      for (const [from, to] of [
        [Date.UTC(2026, 2, 6), Date.UTC(2026, 2, 31)],
        [Date.UTC(2026, 9, 23), Date.UTC(2026, 10, 3)],
      ] as const) {
        for (let metAt = from; metAt < to; metAt += 37 * 60_000) {
          const planned = planNext(person({ metAt }), { type: 'captured' }, metAt, zone, DEFAULT_WINDOW);
          const since = (planned?.dueAt ?? 0) - metAt;
          expect(since >= 12 * HOUR && since <= 48 * HOUR, `${zone} ${new Date(metAt).toISOString()}`).toBe(true);
          expect(isInsideWindow(planned?.dueAt ?? 0, zone, DEFAULT_WINDOW)).toBe(true);
          expect(localParts(planned?.dueAt ?? 0, zone).hour).toBe(10);
        }
      }
    }
  });
});

describe('after the first follow-up', () => {
  const WED_10 = at(NY, 2026, 12, 2, 10, 5);
  const sent = person({ sentKinds: ['first-follow-up'] });

  it.each([
    ['done: check-in in 3 days (how did it go?)', sent, { type: 'done' }, 'check-in @ 2026-12-05 10:00'],
    ['warm reply: one-on-one deepen in 3 days', sent, { type: 'response', warmth: 'warm' }, 'deepen @ 2026-12-05 10:00'],
    ['lukewarm: group deepen in 3 weeks', sent, { type: 'response', warmth: 'lukewarm' }, 'deepen (group) @ 2026-12-23 10:00'],
    ['no reply once: gentle check-in in a week', sent, { type: 'response', warmth: 'none' }, 'check-in @ 2026-12-09 10:00'],
    ['skip: the next kind, a check-in in a week', sent, { type: 'skip' }, 'check-in @ 2026-12-09 10:00'],
    ['skip when already warm: deepen', person({ sentKinds: ['first-follow-up'], warmth: 'warm' }), { type: 'skip' }, 'deepen @ 2026-12-05 10:00'],
    ['keep: check-in in 4 weeks', sent, { type: 'keep' }, 'check-in @ 2026-12-30 10:00'],
    [
      'done after a warm reply was already reported: deepen',
      person({ sentKinds: ['first-follow-up'], warmth: 'warm' }),
      { type: 'done' },
      'deepen @ 2026-12-05 10:00',
    ],
    [
      'done after a lukewarm reply: group deepen in 3 weeks',
      person({ sentKinds: ['first-follow-up'], warmth: 'lukewarm' }),
      { type: 'done' },
      'deepen (group) @ 2026-12-23 10:00',
    ],
    [
      'done after no reply: check-in in a week',
      person({ sentKinds: ['first-follow-up'], warmth: 'none', silences: 1 }),
      { type: 'done' },
      'check-in @ 2026-12-09 10:00',
    ],
  ] as [string, PersonForPlan, PlanTrigger, string][])('%s', (_label, p, trigger, expected) => {
    expect(summary(plan(p, trigger, WED_10))).toBe(expected);
  });

  it('afterSent plans as if done, and nothing after a let-go', () => {
    expect(summary(afterSent(person(), 'first-follow-up', WED_10, NY, DEFAULT_WINDOW))).toBe('check-in @ 2026-12-05 10:00');
    expect(afterSent(person({ sentKinds: ['first-follow-up', 'check-in'] }), 'let-go', WED_10, NY, DEFAULT_WINDOW)).toBeNull();
  });
});

describe('deepening and pacing', () => {
  const NOW = at(NY, 2026, 12, 10, 12);
  it.each([
    [
      'deepen done, warm: check-in in 2 weeks',
      person({ sentKinds: ['first-follow-up', 'deepen'], warmth: 'warm' }),
      { type: 'done' },
      'check-in @ 2026-12-24 10:00',
    ],
    [
      'deepen done, lukewarm: check-in in 5 weeks',
      person({ sentKinds: ['first-follow-up', 'deepen'], warmth: 'lukewarm' }),
      { type: 'done' },
      'check-in @ 2027-01-14 10:00',
    ],
    ['deepen done, unknown: check-in in 3 weeks', person({ sentKinds: ['first-follow-up', 'deepen'] }), { type: 'done' }, 'check-in @ 2026-12-31 10:00'],
    [
      'warm reply to the pin after a yes: check-in in 2 weeks, not another invite',
      person({ sentKinds: ['first-follow-up', 'deepen', 'deepen'], covered: ['pin:1'], warmth: 'warm' }),
      { type: 'response', warmth: 'warm' },
      'check-in @ 2026-12-24 10:00',
    ],
    [
      'lukewarm reply to a one-on-one invite: a group plan',
      person({ sentKinds: ['first-follow-up', 'deepen'], warmth: 'warm' }),
      { type: 'response', warmth: 'lukewarm' },
      'deepen (group) @ 2026-12-31 10:00',
    ],
    [
      'lukewarm again after a group plan: space, 5 weeks',
      person({ sentKinds: ['first-follow-up', 'deepen'], warmth: 'lukewarm' }),
      { type: 'response', warmth: 'lukewarm' },
      'check-in @ 2027-01-14 10:00',
    ],
    ['check-in done, warm: 2 weeks', person({ sentKinds: ['first-follow-up', 'check-in'], warmth: 'warm' }), { type: 'done' }, 'check-in @ 2026-12-24 10:00'],
    [
      'warm reply to a check-in: deepen soon',
      person({ sentKinds: ['first-follow-up', 'check-in'] }),
      { type: 'response', warmth: 'warm' },
      'deepen @ 2026-12-13 10:00',
    ],
    [
      'skip a deepen: check-in by warmth',
      person({ sentKinds: ['first-follow-up', 'deepen'], warmth: 'warm' }),
      { type: 'skip' },
      'check-in @ 2026-12-24 10:00',
    ],
  ] as [string, PersonForPlan, PlanTrigger, string][])('%s', (_label, p, trigger, expected) => {
    expect(summary(plan(p, trigger, NOW))).toBe(expected);
  });
});

describe('silence, let-go and keep', () => {
  const NOW = at(NY, 2026, 12, 10, 12);
  const jake = (overrides: Partial<PersonForPlan> = {}) =>
    person({ name: 'Jake', sentKinds: ['first-follow-up', 'check-in'], warmth: 'none', silences: 1, ...overrides });

  it.each([
    ['2nd silence: let-go in a week', jake(), { type: 'response', warmth: 'none' }, 'let-go @ 2026-12-17 10:00'],
    ['3rd silence too', jake({ silences: 2 }), { type: 'response', warmth: 'none' }, 'let-go @ 2026-12-17 10:00'],
    ['1st silence: check-in', jake({ silences: 0, warmth: 'unknown' }), { type: 'response', warmth: 'none' }, 'check-in @ 2026-12-17 10:00'],
    ['2nd silence but kept: a check-in in 4 weeks, never let-go', jake({ kept: true }), { type: 'response', warmth: 'none' }, 'check-in @ 2027-01-07 10:00'],
    ['a warm reply resets: deepen', jake(), { type: 'response', warmth: 'warm' }, 'deepen @ 2026-12-13 10:00'],
  ] as [string, PersonForPlan, PlanTrigger, string][])('%s', (_label, p, trigger, expected) => {
    expect(summary(plan(p, trigger, NOW))).toBe(expected);
  });

  const letGoSent = jake({ silences: 2, sentKinds: ['first-follow-up', 'check-in', 'let-go'] });
  it.each([
    ['done', { type: 'done' }, null],
    ['skip', { type: 'skip' }, null],
    ['note-added', { type: 'note-added' }, null],
    ['no reply', { type: 'response', warmth: 'none' }, null],
    ['keep: check-in in 4 weeks', { type: 'keep' }, 'check-in @ 2027-01-07 10:00'],
    ['they wrote back after all: the plan revives', { type: 'response', warmth: 'warm' }, 'deepen @ 2026-12-13 10:00'],
  ] as [string, PlanTrigger, string | null][])('after a let-go was sent, %s', (_label, trigger, expected) => {
    expect(summary(plan(letGoSent, trigger, NOW))).toBe(expected);
  });

  it('kept people carry on after a let-go', () => {
    expect(summary(plan({ ...letGoSent, kept: true }, { type: 'done' }, NOW))).toBe('check-in @ 2027-01-07 10:00');
    expect(summary(plan({ ...letGoSent, kept: true }, { type: 'response', warmth: 'none' }, NOW))).toBe('check-in @ 2027-01-07 10:00');
  });

  it.each([
    [
      { warmth: 'unknown', silences: 0, kept: false },
      { type: 'response', warmth: 'none' },
      { warmth: 'none', silences: 1, kept: false },
    ],
    [
      { warmth: 'none', silences: 1, kept: false },
      { type: 'response', warmth: 'none' },
      { warmth: 'none', silences: 2, kept: false },
    ],
    [
      { warmth: 'none', silences: 2, kept: false },
      { type: 'response', warmth: 'warm' },
      { warmth: 'warm', silences: 0, kept: false },
    ],
    [{ warmth: 'none', silences: 2, kept: false }, { type: 'keep' }, { warmth: 'none', silences: 2, kept: true }],
    [{ warmth: 'warm', silences: 0, kept: false }, { type: 'done' }, { warmth: 'warm', silences: 0, kept: false }],
  ] as [PersonForPlan, PlanTrigger, object][])('personAfter %j + %j', (before, trigger, after) => {
    expect(personAfter(before, trigger)).toEqual(after);
  });
});

describe('no contact yet: get-contact, say-hi at a place they return to', () => {
  const NOW = at(NY, 2026, 12, 2, 10, 5);
  it.each([
    [
      'gym: get-contact done, still no number: say hi in 4 days',
      person({ met: 'climbing gym', hasContact: false, sentKinds: ['get-contact'] }),
      { type: 'done' },
      'say-hi @ 2026-12-06 10:00',
    ],
    [
      'gym: get-contact skipped: say hi in 4 days',
      person({ met: 'climbing gym', hasContact: false, sentKinds: ['get-contact'] }),
      { type: 'skip' },
      'say-hi @ 2026-12-06 10:00',
    ],
    [
      'gym: a second say-hi a week later',
      person({ met: 'climbing gym', hasContact: false, sentKinds: ['get-contact', 'say-hi'] }),
      { type: 'done' },
      'say-hi @ 2026-12-09 10:00',
    ],
    [
      'gym: after four rounds, offer to let go',
      person({ met: 'climbing gym', hasContact: false, sentKinds: ['get-contact', 'say-hi', 'say-hi', 'say-hi'] }),
      { type: 'skip' },
      'let-go @ 2026-12-09 10:00',
    ],
    ['cafe regular', person({ met: 'the café on 5th', hasContact: false, sentKinds: ['get-contact'] }), { type: 'done' }, 'say-hi @ 2026-12-06 10:00'],
    [
      'a wedding is not a place they return to: ask again in a week',
      person({ met: "Sam's wedding", hasContact: false, sentKinds: ['get-contact'] }),
      { type: 'skip' },
      'get-contact @ 2026-12-09 10:00',
    ],
    [
      'two rounds elsewhere: offer to let go',
      person({ met: "Sam's wedding", hasContact: false, sentKinds: ['get-contact', 'get-contact'] }),
      { type: 'skip' },
      'let-go @ 2026-12-09 10:00',
    ],
    [
      'a warm reply without a contact still cannot be texted: say hi',
      person({ met: 'yoga class', hasContact: false, sentKinds: ['get-contact'] }),
      { type: 'response', warmth: 'warm' },
      'say-hi @ 2026-12-06 10:00',
    ],
    [
      'the number arrives: get-contact turns into a first follow-up',
      person({ met: 'climbing gym', sentKinds: ['get-contact'] }),
      { type: 'note-added' },
      'first-follow-up @ 2026-12-03 10:00',
    ],
    [
      'the number arrives before any nudge: first follow-up while fresh',
      person({ metAt: at(NY, 2026, 12, 1, 18), met: 'climbing gym' }),
      { type: 'note-added' },
      'first-follow-up @ 2026-12-03 10:00',
    ],
  ] as [string, PersonForPlan, PlanTrigger, string][])('%s', (_label, p, trigger, expected) => {
    expect(summary(plan(p, trigger, NOW))).toBe(expected);
  });

  it.each([
    ['climbing gym', true],
    ['the gym', true],
    ['Blue Bottle coffee shop', true],
    ['café', true],
    ['pottery class', true],
    ['run club', true],
    ['the office', true],
    ['coworking space', true],
    ['dog park', true],
    ['Dolores Park', true],
    ['yoga studio', true],
    ['church', true],
    ['the mosque', true],
    ['temple', true],
    ['my building', true],
    ['neighbor', true],
    ['school pickup', true],
    ['PTA meeting', true],
    ["Sam's wedding", false],
    ['a design meetup', false],
    ['through Priya', false],
    ['TechCrunch conference', false],
    ['on a flight to Denver', false],
    [null, false],
    ['coffee with Priya', false],
  ] as [string | null, boolean][])('isReturningPlace(%s) = %s', (met, expected) => {
    expect(isReturningPlace(met)).toBe(expected);
  });
});

describe('every plan is inside the window and never in the past', () => {
  const triggers: PlanTrigger[] = [
    { type: 'captured' },
    { type: 'note-added' },
    { type: 'done' },
    { type: 'skip' },
    { type: 'keep' },
    { type: 'response', warmth: 'warm' },
    { type: 'response', warmth: 'lukewarm' },
    { type: 'response', warmth: 'none' },
  ];
  it('property: random people, triggers, zones, windows and times', () => {
    const kinds = ['first-follow-up', 'get-contact', 'deepen', 'check-in', 'their-moment', 'say-hi', 'let-go'] as const;
    fc.assert(
      fc.property(
        fc.integer({ min: Date.UTC(2026, 0, 1), max: Date.UTC(2028, 0, 1) }),
        fc.integer({ min: 0, max: 60 * 24 * 60 }),
        fc.constantFrom('America/New_York', 'Europe/London', 'Asia/Kolkata', 'Australia/Sydney', 'Asia/Tokyo', 'America/Los_Angeles'),
        fc.record({ startHour: fc.integer({ min: 0, max: 23 }), endHour: fc.integer({ min: 0, max: 24 }), preferredHour: fc.integer({ min: 0, max: 23 }) }),
        fc.constantFrom(...triggers),
        fc.array(fc.constantFrom(...kinds), { maxLength: 6 }),
        fc.boolean(),
        fc.boolean(),
        fc.integer({ min: 0, max: 3 }),
        fc.constantFrom('unknown', 'warm', 'lukewarm', 'none'),
        fc.constantFrom(null, 'climbing gym', 'a party'),
        fc.integer({ min: -5, max: 60 }),
        (metAt, laterMin, zone, window, trigger, sentKinds, hasContact, kept, silences, warmth, met, eventInDays) => {
          const now = metAt + laterMin * 60_000;
          const eventDay = new Date(now + eventInDays * DAY).toISOString().slice(0, 10);
          const p = person({
            metAt,
            sentKinds: [...sentKinds],
            hasContact,
            kept,
            silences,
            warmth: warmth as PersonForPlan['warmth'],
            met,
            events: [{ what: 'show', on: eventDay }],
          });
          const planned = planNext(p, trigger, now, zone, window);
          if (!planned) return;
          expect(planned.dueAt).toBeGreaterThanOrEqual(now);
          expect(isInsideWindow(planned.dueAt, zone, window)).toBe(true);
          if (kept) expect(planned.kind).not.toBe('let-go');
          if (!hasContact) expect(['first-follow-up', 'check-in', 'deepen']).not.toContain(planned.kind);
          if (planned.kind === 'their-moment') expect(planned.event?.on).toBe(eventDay);
        },
      ),
      { numRuns: 3000, seed: 7 },
    );
  });
});

describe('no number yet, and their event is close: ask for it there', () => {
  it.each([
    [
      'their show in 8 days: the day before it, in person, never a get-contact at the gallery first',
      '2026-12-09',
      'their-moment [first solo show] @ 2026-12-08 10:00',
    ],
    ['their show in 3 weeks: the number is asked for first, where they met', '2026-12-22', 'get-contact @ 2026-12-02 10:00'],
  ])('%s', (_, on, expected) => {
    const lena = person({ name: 'Lena', hasContact: false, met: 'gallery', events: [{ what: 'first solo show', on }] });
    expect(summary(plan(lena, { type: 'captured' }, TUE_18))).toBe(expected);
  });
});
