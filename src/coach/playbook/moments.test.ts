// moments: when and in what tone a their-moment meets one of their events, and the earliest one still to come.
import { describe, expect, it } from 'vitest';
import { at, NY, person, wall } from '../../../test/support/playbook-fixtures';
import { DEFAULT_WINDOW } from '../../domain/constants';
import type { PersonEvent } from '../../domain/types';
import { eventMoment, upcomingMoment } from './moments';

// Thursday 2026-12-10, 12:00 in New York
const NOW = at(NY, 2026, 12, 10, 12);

describe('eventMoment: luck the day before, congratulations on the day, a wish for the rest', () => {
  it.each([
    ['gallery opening', '2026-12-12', 'day-before', 'luck'],
    ['job interview', '2026-12-12', 'day-before', 'luck'],
    ['marathon', '2026-12-12', 'day-before', 'luck'],
    ['birthday', '2026-12-12', 'day-of', 'celebrate'],
    ['graduation', '2026-12-12', 'day-of', 'celebrate'],
    ['wedding anniversary', '2026-12-12', 'day-of', 'celebrate'],
    ['birthday party', '2026-12-12', 'day-before', 'wish'],
    ['moving to Denver', '2027-03', 'month', 'wish'],
    ['her recital', '2027-03', 'month', 'luck'],
    ['surgery', '2026-12-12', 'day-before', 'wish'],
  ] as const)('%j on %s: %s, %s', (what, on, timing, tone) => {
    expect(eventMoment({ what, on })).toEqual({ timing, tone });
  });
});

describe('upcomingMoment from Thursday Dec 10 at noon', () => {
  it.each([
    // events, the one met and when (New York)
    [[{ what: 'gallery opening', on: '2026-12-12' }], 'gallery opening @ 2026-12-11 10:00'],
    [[{ what: 'birthday', on: '2026-12-12' }], 'birthday @ 2026-12-12 10:00'],
    [[{ what: 'gallery opening', on: '2026-12-11' }], 'gallery opening @ 2026-12-10 12:00'],
    [[{ what: 'birthday', on: '2026-12-10' }], 'birthday @ 2026-12-10 12:00'],
    [[{ what: 'recital', on: '2027-01' }], 'recital @ 2027-01-01 10:00'],
    [[{ what: 'recital', on: '2026-12' }], 'recital @ 2026-12-10 12:00'],
    [
      [
        { what: 'birthday', on: '2026-12-20' },
        { what: 'job interview', on: '2026-12-14' },
      ],
      'job interview @ 2026-12-13 10:00',
    ],
    [[{ what: 'birthday', on: '2026-12-09' }], null],
    [[{ what: 'gallery opening', on: '2026-12-10' }], 'gallery opening @ 2026-12-10 12:00'],
    [[{ what: 'recital', on: '2026-11' }], null],
    [[{ what: 'birthday', on: 'someday' }], null],
    [[], null],
  ] as [PersonEvent[], string | null][])('%o: %s', (events, expected) => {
    const planned = upcomingMoment(person({ events }), NOW, NY, DEFAULT_WINDOW);
    expect(planned ? `${planned.event?.what} @ ${wall(planned.dueAt)}` : null).toBe(expected);
    if (planned) expect(planned.kind).toBe('their-moment');
  });

  it('an event already celebrated is not met twice', () => {
    const events = [
      { what: 'gallery opening', on: '2026-12-12' },
      { what: 'birthday', on: '2026-12-20' },
    ];
    const planned = upcomingMoment(person({ events, celebratedEvents: ['2026-12-12'] }), NOW, NY, DEFAULT_WINDOW);
    expect(planned?.event?.what).toBe('birthday');
  });

  it('late at night the day before: the window start on the day', () => {
    const planned = upcomingMoment(person({ events: [{ what: 'gallery opening', on: '2026-12-11' }] }), at(NY, 2026, 12, 10, 22), NY, DEFAULT_WINDOW);
    expect(planned ? wall(planned.dueAt) : null).toBe('2026-12-11 09:00');
  });

  it('planned without a number too: the words say it in person', () => {
    expect(upcomingMoment(person({ hasContact: false, events: [{ what: 'birthday', on: '2026-12-12' }] }), NOW, NY, DEFAULT_WINDOW)).not.toBeNull();
  });
});
