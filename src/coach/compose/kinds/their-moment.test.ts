// their-moment: one of their events, worded by when it is as the text is read (luck before, congrats on the day, how
// it went after) and, without a number, said in person.
import { describe, expect, it } from 'vitest';
import { ASCII_PEOPLE, dev, type Person, sarah, subject } from '../../../../test/support/compose-fixtures';
import { expectComposedFits, expectCopyable, expectNamesADetail, kindInput, SEEDS, shapeOf } from '../../../../test/support/kind-checks';
import type { PersonEvent } from '../../../domain/types';
import { theirMoment } from './their-moment';

const moment = (what: string, on: string, person: Person = sarah) => subject('their-moment', { ...person, events: [{ what, on }] }, { event: { what, on } });

describe('the draft names the person and the event, and fits', () => {
  it.each(
    (
      [
        ['gallery opening', '2026-12-12'],
        ['gallery opening', '2026-12-10'],
        ['gallery opening', '2026-12-08'],
        ['gallery opening', '2027-02'],
        ['job interview', '2026-12-11'],
        ['graduation', '2026-12-10'],
        ['birthday', '2026-12-10'],
      ] as const
    ).flatMap(([what, on]) => SEEDS.map((seed) => [what, on, seed] as const)),
  )('%s on %s, seed %i', (what, on, seed) => {
    const s = moment(what, on);
    const shape = shapeOf(theirMoment, s, seed);
    expect(shape.drafts).toHaveLength(1);
    expectCopyable(shape.drafts[0] ?? '', 'Sarah');
    expect(shape.drafts[0]).toContain(what);
    expect(shape.bare).toContain(what);
    expectComposedFits(s, seed);
  });
});

describe('the day words and the tone, read on Thursday Dec 10', () => {
  it.each([
    // event, the lead's day words, what every draft does
    [{ what: 'gallery opening', on: '2026-12-10' }, "Sarah's gallery opening is today", /good luck|best|break a leg|luck/i],
    [{ what: 'gallery opening', on: '2026-12-11' }, "Sarah's gallery opening is tomorrow", /good luck|best|break a leg|luck/i],
    [{ what: 'gallery opening', on: '2026-12-12' }, "Sarah's gallery opening is on Saturday", /good luck|best|break a leg|luck/i],
    [{ what: 'gallery opening', on: '2026-12-25' }, "Sarah's gallery opening is on Dec 25", /good luck|best|break a leg|luck/i],
    [{ what: 'gallery opening', on: '2026-12-08' }, "Sarah's gallery opening was on Tuesday", /how did|how was/i],
    [{ what: 'job interview', on: '2026-12-08' }, "Sarah's job interview was on Tuesday", /how did|how was/i],
    [{ what: 'gallery opening', on: '2026-12' }, "Sarah's gallery opening is this month", /how's|how are/i],
    [{ what: 'gallery opening', on: '2027-02' }, "Sarah's gallery opening is in February", /how's|how are/i],
    [{ what: 'graduation', on: '2026-12-10' }, "Sarah's graduation is today", /congrat|happy graduation/i],
    [{ what: 'birthday', on: '2026-12-10' }, "Sarah's birthday is today", /happy birthday/i],
  ] as [PersonEvent, string, RegExp][])('%o: %j', (event, line, drafts) => {
    for (const seed of SEEDS) {
      const shape = shapeOf(theirMoment, moment(event.what, event.on), seed);
      expect(shape.bare).toBe(`${line}.`);
      expect(shape.leads[0]).toContain(line.replace(/^.* (is|was) /, ''));
      expect(shape.drafts[0]).toMatch(drafts);
    }
  });

  it.each(SEEDS)('seed %i: a day that is over never wishes luck or "hope it goes well"', (seed) => {
    const shape = shapeOf(theirMoment, moment('job interview', '2026-12-08'), seed);
    for (const text of [...shape.leads, ...shape.drafts]) expect(text).not.toMatch(/good luck|hope it goes|goes great|you've got this/i);
  });
});

describe('without a number: go, or say it in person', () => {
  it.each([
    ['an opening one can go to', 'gallery opening', /Go|Show up/, /number/],
    ['a birthday', 'birthday', /happy birthday/, /in person|next time you see/],
    ['an interview', 'job interview', /luck in person|luck next time/, /in person|next time/],
  ] as const)('%s', (_label, what, lead, how) => {
    for (const seed of SEEDS) {
      const s = moment(what, '2026-12-12', { ...sarah, hasContact: false });
      const shape = shapeOf(theirMoment, s, seed);
      // the words to say in person: their name, and the number asked for
      for (const draft of shape.drafts) expect(draft).toMatch(/Sarah.*number|number.*Sarah/);
      expect(shape.leads[0]).toMatch(lead);
      expect(shape.leads[0]).toMatch(how);
      expect(shape.leads[0]).toContain('Sarah');
      expectComposedFits(s, seed);
    }
  });
});

describe('no event to speak of: a check-in instead', () => {
  it('Dev has no events', () => {
    const shape = shapeOf(theirMoment, subject('their-moment', dev));
    expect(shape.drafts[0]).toMatch(/board games/);
    expect(theirMoment.line(kindInput(subject('their-moment', dev)), 1)).toBe('Dev: check in re board games');
  });
});

describe('a line in a text about several people', () => {
  it.each([
    [moment('gallery opening', '2026-12-12'), 1, 'Sarah: gallery opening on Saturday, wish luck'],
    [moment('birthday', '2026-12-10'), 1, 'Sarah: birthday today, say congrats'],
    [moment('gallery opening', '2026-12-12', { ...sarah, hasContact: false }), 1, 'Sarah: gallery opening on Saturday, go, congrats in person'],
  ] as const)('%o at level %i', (s, level, expected) => {
    expect(theirMoment.line(kindInput(s), level)).toBe(expected);
  });
});

describe('the text cites what the user noted', () => {
  it.each(ASCII_PEOPLE.flatMap((person) => SEEDS.map((seed) => [person.name, seed, person] as const)))('%s, seed %i', (_name, seed, person) => {
    expectNamesADetail(subject('their-moment', person), seed);
  });
});
