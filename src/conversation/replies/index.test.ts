import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DAY } from '../../domain/constants';
import { segmentCount } from '../../domain/sms-length';
import * as replies from './index';
import { checkIn, DEC_12_10, expectPlain, KINDS, LATE_NOV_27, NOW, NY, ny, segments, summary, THURSDAY_10 } from '../../../test/support/reply-fixtures';

describe("Kindling's own words are plain GSM-7", () => {
  const constants = Object.entries(replies).filter((entry): entry is [string, string] => typeof entry[1] === 'string');

  it.each(constants)('%s', (_name, text) => {
    expectPlain(text);
    expect(segments(text)).toBeLessThanOrEqual(2);
  });

  it('every reply built from ASCII input', () => {
    const person = summary({ notes: ['Sarah: moving to Denver in March', 'first'], lastContactAt: ny(11, 20, 9) });
    const texts = [
      replies.askSamePerson('Jake', 'run club', LATE_NOV_27, NY),
      replies.askSamePerson('Jake', null, LATE_NOV_27, NY),
      ...KINDS.map((kind) => replies.addedNote('Sarah', { kind, dueAt: DEC_12_10 }, NOW, NY)),
      replies.unknownPerson('Bob'),
      ...KINDS.map((kind) => replies.whoIsReply(person, { kind, dueAt: THURSDAY_10 }, NOW, NY)),
      replies.listPeople(
        [
          { name: 'Sarah', met: 'climbing gym' },
          { name: 'Tom', met: null },
        ],
        9,
      ),
      replies.whichPerson(['Sarah (climbing gym)', 'Sarah (work)']),
      replies.doneReply('Sarah'),
      replies.snoozed('Sarah', ny(12, 2, 18), NOW, NY),
      ...KINDS.map((kind) => replies.skipped('Sarah', { kind, dueAt: ny(2, 1, 10, 0, 2027) }, NOW, NY)),
      ...(['warm', 'lukewarm', 'none'] as const).map((warmth) => replies.updateReply('Sarah', warmth, checkIn, NOW, NY)),
      replies.kept('Jake', checkIn, NOW, NY),
      replies.forgotten('Zelda'),
      replies.paused(DEC_12_10, NOW, NY),
      replies.zoneSet('Los Angeles', '7:15am'),
      replies.zoneUnknown('Narnia'),
      replies.undone('note added to Sarah'),
    ];
    for (const text of texts) expectPlain(text);
  });

  it('a curly quote or emoji the user typed is the only thing that makes a reply UCS-2', () => {
    const text = replies.addedNote('Zoë \u201cZ\u201d Chen', checkIn, NOW, NY);
    expect(segmentCount(text).encoding).toBe('UCS-2');
    expect(text.replace('Zoë \u201cZ\u201d Chen', '')).toMatch(/^[\x20-\x7e]+$/);
  });
});

describe('every reply fits 2 segments, whatever the user typed', () => {
  const typed = fc.oneof(
    { weight: 3, arbitrary: fc.string({ unit: 'grapheme', maxLength: 40 }) },
    { weight: 2, arbitrary: fc.string({ unit: 'grapheme-composite', maxLength: 80 }) },
    { weight: 2, arbitrary: fc.string({ unit: 'grapheme', minLength: 200, maxLength: 1600 }) },
    {
      weight: 1,
      arbitrary: fc.constantFrom(
        'N'.repeat(1600),
        '🌸'.repeat(800),
        '👨‍👩‍👧‍👦'.repeat(100),
        'e\u0301'.repeat(800),
        'Привет мир '.repeat(150),
        '村上春樹'.repeat(400),
        '{[~]}'.repeat(320),
        ' \n\t ',
      ),
    },
    {
      weight: 2,
      arbitrary: fc
        .array(
          fc.constantFrom('José', 'Núñez', 'Zoë', '\u201cZ\u201d', '🌸', 'Maximilian', 'von', 'Hohenzollern-Sigmaringen', 'the', 'rooftop', 'bar', 'ä', '€'),
          { maxLength: 30 },
        )
        .map((words) => words.join(' ')),
    },
  );
  const when = fc.integer({ min: NOW - 400 * DAY, max: NOW + 400 * DAY });
  const next = fc.option(
    fc.record(
      { kind: fc.constantFrom(...KINDS), dueAt: fc.integer({ min: NOW, max: NOW + 400 * DAY }), waitsForResume: fc.boolean() },
      { requiredKeys: ['kind', 'dueAt'] },
    ),
  );
  const day = fc.integer({ min: 0, max: 800 }).map((days) => new Date(NOW + (days - 100) * DAY).toISOString().slice(0, 10));
  const person = fc.record({
    name: typed,
    met: fc.option(typed),
    metAt: when,
    interests: fc.array(typed, { maxLength: 8 }),
    work: fc.array(typed, { maxLength: 3 }),
    contacts: fc.record(
      { phone: fc.constant('+19175550142'), email: typed, instagram: typed, linkedin: typed, handles: fc.array(typed, { maxLength: 2 }) },
      { requiredKeys: [] },
    ),
    events: fc.array(
      fc.record({
        what: typed,
        on: fc.oneof(
          day,
          day.map((on) => on.slice(0, 7)),
        ),
      }),
      { maxLength: 3 },
    ),
    lastContactAt: fc.option(when),
    notes: fc.array(typed, { maxLength: 3 }),
  });
  const settings = { numRuns: 100, seed: 20261128 };
  const fits = (text: string) => {
    expect(text.length).toBeGreaterThan(0);
    expect(segments(text), text).toBeLessThanOrEqual(2);
  };

  it('whoIs', { timeout: 60_000 }, () => {
    fc.assert(
      fc.property(person, next, (p, n) => fits(replies.whoIsReply(p, n, NOW, NY))),
      settings,
    );
  });

  it('listPeople and whichPerson', { timeout: 60_000 }, () => {
    const people = fc.array(fc.record({ name: typed, met: fc.option(typed) }), { minLength: 1, maxLength: 6 });
    fc.assert(
      fc.property(people, fc.integer({ min: 0, max: 500 }), (list, extra) => {
        fits(replies.listPeople(list, list.length + extra));
        fits(replies.whichPerson(list.map((p) => (p.met ? `${p.name} (${p.met})` : p.name))));
      }),
      settings,
    );
  });

  it('replies that name one person, and the rest that quote the user', { timeout: 60_000 }, () => {
    fc.assert(
      fc.property(typed, fc.option(typed), when, next, (name, met, at, step) => {
        fits(replies.askSamePerson(name, met, at, NY));
        fits(replies.addedNote(name, step, NOW, NY));
        fits(replies.unknownPerson(name));
        fits(replies.doneReply(name));
        fits(replies.snoozed(name, step ?? at, NOW, NY));
        fits(replies.skipped(name, step, NOW, NY));
        for (const warmth of ['warm', 'lukewarm', 'none'] as const) fits(replies.updateReply(name, warmth, step, NOW, NY));
        fits(replies.kept(name, step, NOW, NY));
        fits(replies.forgotten(name));
        fits(replies.zoneSet(name, '9:15am'));
        fits(replies.zoneUnknown(name));
        fits(replies.undone(`saved ${name}`));
      }),
      settings,
    );
  });
});
