import { describe, expect, it } from 'vitest';
import { afterSent, eventMoment, upcomingMoment } from './playbook';
import { DEFAULT_WINDOW } from '../domain/constants';
import { isInsideWindow } from '../domain/schedule';
import type { PersonForPlan, SendWindow } from '../domain/types';
import { at, NY, person, plan, summary, TUE_18 } from '../../test/support/playbook-fixtures';

describe('their-moment: their events come first when due before the next nudge', () => {
  const WED = at(NY, 2026, 12, 2, 11); // after the first follow-up went out
  const withEvents = (events: PersonForPlan['events'], overrides: Partial<PersonForPlan> = {}) =>
    person({ sentKinds: ['first-follow-up'], events, ...overrides });

  it.each([
    [
      'show Sat: good luck the morning before (Fri), before the Sat check-in',
      [{ what: 'gallery opening', on: '2026-12-05' }],
      'their-moment [gallery opening] @ 2026-12-04 10:00',
    ],
    ['birthday Sat: the day itself, before the same-day check-in', [{ what: 'birthday', on: '2026-12-05' }], 'their-moment [birthday] @ 2026-12-05 10:00'],
    ['show after the check-in: the check-in first', [{ what: 'demo day', on: '2026-12-20' }], 'check-in @ 2026-12-05 10:00'],
    [
      'race Sun: luck on Sat morning takes the place of the Sat check-in',
      [{ what: 'half marathon', on: '2026-12-06' }],
      'their-moment [half marathon] @ 2026-12-05 10:00',
    ],
    [
      'show today: luck now (it is past the morning slot)',
      [{ what: 'gig at the Blue Note', on: '2026-12-02' }],
      'their-moment [gig at the Blue Note] @ 2026-12-02 11:00',
    ],
    ['show yesterday: over, ignored', [{ what: 'pitch night', on: '2026-12-01' }], 'check-in @ 2026-12-05 10:00'],
    ['celebrated already: ignored', [{ what: 'gallery opening', on: '2026-12-04' }], 'check-in @ 2026-12-05 10:00'],
    [
      'two events: the earliest',
      [
        { what: 'birthday', on: '2026-12-04' },
        { what: 'screening', on: '2026-12-03' },
      ],
      'their-moment [screening] @ 2026-12-02 11:00',
    ],
    [
      'month-only event this month: how is prep going, now',
      [{ what: 'moving to Denver', on: '2026-12' }],
      'their-moment [moving to Denver] @ 2026-12-02 11:00',
    ],
    ['bad date: ignored', [{ what: 'show', on: 'next week' }], 'check-in @ 2026-12-05 10:00'],
  ] as [string, PersonForPlan['events'], string][])('%s', (label, events, expected) => {
    const celebrated = label.startsWith('celebrated') ? ['2026-12-04'] : [];
    expect(summary(plan(withEvents(events, { celebratedEvents: celebrated }), { type: 'done' }, WED))).toBe(expected);
  });

  it('month-only event: the 1st of that month, before a later check-in', () => {
    const p = person({ sentKinds: ['first-follow-up', 'deepen'], warmth: 'lukewarm', events: [{ what: 'marathon training', on: '2027-10' }] });
    expect(summary(plan(p, { type: 'done' }, at(NY, 2027, 9, 20, 12)))).toBe('their-moment [marathon training] @ 2027-10-01 10:00');
  });

  it('a newly noted event re-plans to a their-moment', () => {
    const p = person({ sentKinds: ['first-follow-up', 'deepen'], warmth: 'warm', events: [{ what: 'demo day', on: '2026-12-08' }] });
    expect(summary(plan(p, { type: 'note-added' }, WED))).toBe('their-moment [demo day] @ 2026-12-07 10:00');
  });

  it('at capture, a show tomorrow gets its luck text now', () => {
    const p = person({ events: [{ what: 'show', on: '2026-12-02' }] });
    expect(summary(plan(p, { type: 'captured' }, TUE_18))).toBe('their-moment [show] @ 2026-12-01 18:00');
  });

  // Issue 13 (a defect before): Lena had no number and got two get-contact texts and nothing about her show. Their
  // event needs no number: go, and say it in person.
  it('also for someone without a number (in person), but never instead of a let-go', () => {
    const events = [{ what: 'gallery opening', on: '2026-12-05' }];
    expect(plan(withEvents(events, { hasContact: false, met: 'climbing gym', sentKinds: ['get-contact'] }), { type: 'done' }, WED)?.kind).toBe('their-moment');
    expect(plan(withEvents(events, { silences: 1, sentKinds: ['first-follow-up', 'check-in'] }), { type: 'response', warmth: 'none' }, WED)?.kind).toBe(
      'let-go',
    );
  });

  it('a warm reply whose deepen a their-moment pre-empted gets its deepen after the moment', () => {
    const p = person({
      sentKinds: ['first-follow-up', 'their-moment'],
      warmth: 'warm',
      celebratedEvents: ['2026-12-05'],
      events: [{ what: 'gallery opening', on: '2026-12-05' }],
    });
    expect(summary(afterSent(p, 'their-moment', at(NY, 2026, 12, 4, 10), NY, DEFAULT_WINDOW))).toBe('deepen @ 2026-12-07 10:00');
  });

  it('after a their-moment, the sequence resumes where it was', () => {
    const p = person({
      sentKinds: ['first-follow-up', 'their-moment'],
      events: [{ what: 'gallery opening', on: '2026-12-05' }],
      celebratedEvents: ['2026-12-05'],
    });
    expect(summary(plan(p, { type: 'done' }, at(NY, 2026, 12, 4, 10, 30)))).toBe('check-in @ 2026-12-07 10:00');
    expect(summary(plan({ ...p, sentKinds: ['their-moment'] }, { type: 'done' }, at(NY, 2026, 12, 4, 10, 30)))).toBe('check-in @ 2026-12-07 10:00');
  });

  it.each([
    [
      { what: 'gallery opening', on: '2026-12-12' },
      { timing: 'day-before', tone: 'luck' },
    ],
    [
      { what: 'birthday', on: '2026-12-12' },
      { timing: 'day-of', tone: 'celebrate' },
    ],
    [
      { what: 'wedding anniversary', on: '2026-12-12' },
      { timing: 'day-of', tone: 'celebrate' },
    ],
    [
      { what: 'moving to Denver', on: '2027-03' },
      { timing: 'month', tone: 'wish' },
    ],
    [
      { what: 'trip to Japan', on: '2027-03-02' },
      { timing: 'day-before', tone: 'wish' },
    ],
    [
      { what: 'Demo Day', on: '2027-03-02' },
      { timing: 'day-before', tone: 'luck' },
    ],
  ] as const)('eventMoment(%j)', (event, expected) => {
    expect(eventMoment(event)).toEqual(expected);
  });
});

describe('upcomingMoment: what a newly noted event could put before the pending nudge', () => {
  const WED = at(NY, 2026, 12, 2, 11);
  const EVENING: SendWindow = { startHour: 9, endHour: 20, preferredHour: 18 };
  const sarah = (events: PersonForPlan['events'], overrides: Partial<PersonForPlan> = {}) =>
    person({ sentKinds: ['first-follow-up'], warmth: 'warm', events, ...overrides });

  it.each([
    [
      'gallery show Dec 12: luck the day before',
      [{ what: 'gallery show', on: '2026-12-12' }],
      {},
      DEFAULT_WINDOW,
      'their-moment [gallery show] @ 2026-12-11 10:00',
    ],
    ['birthday Dec 12: the day itself', [{ what: 'birthday', on: '2026-12-12' }], {}, DEFAULT_WINDOW, 'their-moment [birthday] @ 2026-12-12 10:00'],
    [
      'moving to Denver in March: the 1st',
      [{ what: 'moving to Denver', on: '2027-03' }],
      {},
      DEFAULT_WINDOW,
      'their-moment [moving to Denver] @ 2027-03-01 10:00',
    ],
    ['a show tomorrow: now, the morning slot has passed', [{ what: 'show', on: '2026-12-03' }], {}, DEFAULT_WINDOW, 'their-moment [show] @ 2026-12-02 11:00'],
    ['at the preferred hour, 6pm', [{ what: 'gallery show', on: '2026-12-12' }], {}, EVENING, 'their-moment [gallery show] @ 2026-12-11 18:00'],
    [
      'two events: the earlier one',
      [
        { what: 'birthday', on: '2026-12-20' },
        { what: 'demo day', on: '2026-12-09' },
      ],
      {},
      DEFAULT_WINDOW,
      'their-moment [demo day] @ 2026-12-08 10:00',
    ],
    [
      'celebrated already: the next one',
      [
        { what: 'demo day', on: '2026-12-09' },
        { what: 'birthday', on: '2026-12-20' },
      ],
      { celebratedEvents: ['2026-12-09'] },
      DEFAULT_WINDOW,
      'their-moment [birthday] @ 2026-12-20 10:00',
    ],
    ['over already', [{ what: 'pitch night', on: '2026-12-01' }], {}, DEFAULT_WINDOW, null],
    ['no date', [{ what: 'show', on: 'soon' }], {}, DEFAULT_WINDOW, null],
    [
      'no way to text them: still, in person',
      [{ what: 'gallery show', on: '2026-12-12' }],
      { hasContact: false },
      DEFAULT_WINDOW,
      'their-moment [gallery show] @ 2026-12-11 10:00',
    ],
  ] as [string, PersonForPlan['events'], Partial<PersonForPlan>, SendWindow, string | null][])('%s', (_label, events, overrides, window, expected) => {
    const moment = upcomingMoment(sarah(events, overrides), WED, NY, window);
    expect(summary(moment)).toBe(expected);
    if (moment) expect(isInsideWindow(moment.dueAt, NY, window)).toBe(true);
  });

  it("counts days in the user's zone", () => {
    const tokyo = 'Asia/Tokyo';
    const moment = upcomingMoment(sarah([{ what: 'gallery show', on: '2026-12-12' }]), at(tokyo, 2026, 12, 2, 23, 47), tokyo, DEFAULT_WINDOW);
    expect(summary(moment, tokyo)).toBe('their-moment [gallery show] @ 2026-12-11 10:00');
  });

  it('a note about a warm person: the plan goes on with the deepen when the show comes after it', () => {
    // the glue compares upcomingMoment with the pending nudge; planNext alone puts the deepen first here
    const p = sarah([{ what: 'gallery show', on: '2026-12-12' }]);
    expect(summary(plan(p, { type: 'note-added' }, WED))).toBe('deepen @ 2026-12-05 10:00');
    expect(summary(plan(p, { type: 'note-added' }, at(NY, 2026, 12, 8, 11)))).toBe('their-moment [gallery show] @ 2026-12-11 10:00');
  });
});

describe('it went well in person, then the number (issue 22: a sketch session 3 days late as the first text)', () => {
  const SHOW = { what: 'first solo show opening', on: '2026-12-04' };
  const FRI_19 = at(NY, 2026, 12, 4, 19, 10); // back from her show, her number just added
  it.each([
    ['warm, after her show', ['get-contact', 'their-moment'], 'warm', 'first-follow-up @ 2026-12-05 10:00'],
    ['lukewarm, after her show', ['get-contact', 'their-moment'], 'lukewarm', 'first-follow-up @ 2026-12-05 10:00'],
    ['warm, after a hello at the gym', ['get-contact', 'say-hi'], 'warm', 'first-follow-up @ 2026-12-05 10:00'],
    ['warm, texted already: the invitation', ['first-follow-up', 'their-moment'], 'warm', 'deepen @ 2026-12-07 10:00'],
  ] as const)('%s: %s', (_, sentKinds, warmth, expected) => {
    const lena = person({ name: 'Lena', hasContact: true, events: [SHOW], celebratedEvents: [SHOW.on], sentKinds: [...sentKinds] });
    expect(summary(plan(lena, { type: 'response', warmth }, FRI_19))).toBe(expected);
  });
});
