// note-events: dated events in a note (an opening on Friday, a birthday on Dec 12, a move in March), as local days.
import { describe, expect, it } from 'vitest';
import { TABLE_NOW, TABLE_ZONE } from '../../test/support/understand/reader-context';
import type { PersonEvent } from '../domain/types';
import { extractEvents, localDayParts } from './note-events';

// Tue Dec 1 2026, 18:00 New York
const eventsIn = (note: string, names: string[] = []) => extractEvents(note, TABLE_NOW, TABLE_ZONE, new Set(names));

describe('extractEvents', () => {
  it.each([
    ['Sarah has a gallery opening this Friday', [{ what: 'gallery opening', on: '2026-12-04' }]],
    ["Jake's birthday is Dec 12", [{ what: 'birthday', on: '2026-12-12' }]],
    ['Priya is moving to Denver in March', [{ what: 'moving to Denver', on: '2027-03' }]],
    ["Omid's marathon on the 15th", [{ what: 'marathon', on: '2026-12-15' }]],
    ['Kim has a job interview tomorrow', [{ what: 'job interview', on: '2026-12-02' }]],
    ["Zoe's wedding 6/20", [{ what: 'wedding', on: '2027-06-20' }]],
    ['met Ana yesterday', []],
    ['loves climbing and jazz', []],
    // an age group or a decade, not seconds from now
    ['Oisin coaches the under 12s', []],
    ['Barry knows everything about 70s music', []],
  ] as [string, PersonEvent[]][])('%j', (note, events) => {
    // the note's name words, as the note reader passes them: "Sarah has" is no part of the event
    expect(eventsIn(note, [note.split(/[\s']/)[0]?.toLowerCase() ?? ''])).toEqual(events);
  });

  it('a month that is their name is no date: "June from yoga"', () => {
    expect(eventsIn('June from yoga', ['june'])).toEqual([]);
  });

  it('late at night in New York, "tomorrow" is the next New York day', () => {
    expect(extractEvents('Kim has a job interview tomorrow', Date.UTC(2026, 11, 2, 4), TABLE_ZONE, new Set(['kim']))).toEqual([
      { what: 'job interview', on: '2026-12-02' },
    ]);
  });
});

describe('localDayParts', () => {
  it.each([
    [TABLE_NOW, TABLE_ZONE, { year: 2026, month: 12, day: 1, offset: -300 }],
    [Date.UTC(2026, 11, 2, 4), TABLE_ZONE, { year: 2026, month: 12, day: 1, offset: -300 }],
    [Date.UTC(2026, 6, 1, 12), TABLE_ZONE, { year: 2026, month: 7, day: 1, offset: -240 }],
    [TABLE_NOW, 'Not/AZone', { year: 2026, month: 12, day: 1, offset: 0 }],
  ] as const)('%i in %s', (now, zone, day) => {
    expect(localDayParts(now, zone)).toEqual(day);
  });
});
