import { SegmentedMessage } from 'sms-segments-calculator';
import { describe, expect, it } from 'vitest';
import { zonedToUtc } from '../../domain/time';
import * as replies from './capture';
import { checkIn, firstFollowUp, heldCheckIn, LATE_NOV_27, NOW, NY, segments, THURSDAY_10 } from '../../../test/support/reply-fixtures';
import type { NextStep } from './next-step';

describe('askSamePerson', () => {
  it.each([
    [
      'with where they met',
      'Jake',
      'run club',
      'You already have a Jake (run club, met Nov 27). Same person? Reply SAME to add this note, or NEW to save a new Jake.',
    ],
    ['without', 'Jake', null, 'You already have a Jake (met Nov 27). Same person? Reply SAME to add this note, or NEW to save a new Jake.'],
    ['UCS-2 name: the short wording keeps it to 1 segment', 'José Núñez', 'café', 'You have a José Núñez (café, met Nov 27). Same? Reply SAME or NEW.'],
  ])('%s', (_label, name, met, expected) => {
    const text = replies.askSamePerson(name, met, LATE_NOV_27, NY);
    expect(text).toBe(expected);
    expect(segments(text)).toBe(1);
  });

  it('a long place is clipped to whole words, the question kept', () => {
    const text = replies.askSamePerson('Jake', 'the rooftop bar on top of the old textile factory in Williamsburg '.repeat(20), LATE_NOV_27, NY);
    expect(text).toBe('You already have a Jake (the rooftop bar on, met Nov 27). Same person? Reply SAME to add this note, or NEW to save a new one.');
  });
});

describe('addedNote', () => {
  it.each([
    ['next step', checkIn, "Added to Sarah's notes. Next: a light check-in Dec 12 at 10am."],
    ['tomorrow', firstFollowUp, "Added to Sarah's notes. Next: a first follow-up tomorrow at 10am."],
    ['this week', { kind: 'their-moment', dueAt: THURSDAY_10 } as NextStep, "Added to Sarah's notes. Next: a note for the big day Thursday at 10am."],
    ['nothing planned', null, "Added to Sarah's notes."],
    ['held by an open-ended pause', heldCheckIn, "Added to Sarah's notes. Next: a light check-in when you resume."],
  ])('%s', (_label, next, expected) => {
    expect(replies.addedNote('Sarah', next, NOW, NY)).toBe(expected);
  });

  it('a 1,600-character name is shortened to whole words', () => {
    const text = replies.addedNote(`Maximilian Alexander von Hohenzollern ${'Sigmaringen '.repeat(130)}`, checkIn, NOW, NY);
    expect(text).toBe("Added to Maximilian Alexander von's notes. Next: a light check-in Dec 12 at 10am.");
  });
});

const at = (y: number, mo: number, d: number, h: number, mi = 0) => zonedToUtc({ year: y, month: mo, day: d, hour: h, minute: mi }, NY);
function measure(text: string) {
  const message = new SegmentedMessage(text);
  return { encoding: message.encodingName, segments: message.segmentsCount };
}
/** Kindling's own words: printable ASCII and newlines only (so no curly quotes, em dashes, ellipses or emoji). */
const PLAIN = /^[\x20-\x7e\n]*$/;

describe('composeCaptureConfirmation', () => {
  const now = at(2026, 12, 1, 18);
  const tomorrow10 = at(2026, 12, 2, 10);
  const base = {
    name: 'Sarah',
    met: 'climbing gym',
    details: ['bouldering', 'pottery studio'],
    hasContact: true,
    nextNudge: { kind: 'first-follow-up' as const, dueAt: tomorrow10 },
    now,
    zone: NY,
    welcome: false,
  };

  it.each([
    [base, "Saved Sarah (climbing gym): bouldering, pottery studio. I'll nudge you tomorrow at 10am."],
    [
      { ...base, hasContact: false, nextNudge: { kind: 'get-contact' as const, dueAt: tomorrow10 } },
      "Saved Sarah (climbing gym): bouldering, pottery studio. I'll nudge you tomorrow at 10am. No number yet: getting one is step one.",
    ],
    [{ ...base, met: null, details: [] }, "Saved Sarah. I'll nudge you tomorrow at 10am."],
    [{ ...base, nextNudge: null }, "Saved Sarah (climbing gym): bouldering, pottery studio. I'll keep it on file."],
    [
      { ...base, nextNudge: { ...base.nextNudge, waitsForResume: true } },
      "Saved Sarah (climbing gym): bouldering, pottery studio. I'll nudge you when you resume.",
    ],
    [
      { ...base, welcome: true },
      "Welcome to Kindling! Saved Sarah (climbing gym): bouldering, pottery studio. I'll nudge you tomorrow at 10am. Text HELP for options, STOP to opt out.",
    ],
    [
      { ...base, nextNudge: { kind: 'first-follow-up' as const, dueAt: at(2026, 12, 4, 10) } },
      "Saved Sarah (climbing gym): bouldering, pottery studio. I'll nudge you Friday at 10am.",
    ],
  ])('%#', (input, expected) => {
    const text = replies.composeCaptureConfirmation(input);
    expect(text).toBe(expected);
    expect(measure(text).segments).toBeLessThanOrEqual(2);
  });

  it('drops details before the help line when it would not fit', () => {
    const many = Array.from({ length: 12 }, (_, i) => `a rather long interest number ${i}`);
    const text = replies.composeCaptureConfirmation({ ...base, details: many, hasContact: false, welcome: true });
    expect(measure(text).segments).toBeLessThanOrEqual(2);
    expect(text).toMatch(/^Welcome/);
    expect(text).toMatch(/HELP/);
    expect(text).toMatch(/STOP/);
    expect(text).toMatch(/No number yet/);
    expect(text).toContain('a rather long interest number 0');
    expect(text).not.toContain('number 11');
  });

  it.each([
    ['accents', { name: 'José Núñez', met: 'café', details: ['cerámica', 'salsa'] }],
    ['emoji', { name: 'Mia 🌸', met: 'yoga 🧘', details: ['🧗 climbing'] }],
    [
      'long',
      {
        name: 'Maximilian Alexander von Hohenzollern-Sigmaringen',
        met: 'the rooftop bar on top of the old textile factory in Williamsburg',
        details: Array.from({ length: 8 }, () => 'restoring old Italian espresso machines'),
      },
    ],
    ['absurd', { name: 'N'.repeat(500), met: 'M'.repeat(300), details: ['D'.repeat(300)] }],
  ])('%s: <= 2 segments, welcome and help kept', (_label, data) => {
    for (const welcome of [true, false])
      for (const hasContact of [true, false]) {
        const text = replies.composeCaptureConfirmation({ ...base, ...data, welcome, hasContact });
        expect(measure(text).segments, text).toBeLessThanOrEqual(2);
        if (welcome && _label !== 'absurd') expect(text).toMatch(/HELP.*STOP/);
        if (_label !== 'absurd') expect(text).toMatch(/nudge/i);
      }
  });

  it('its own words are plain GSM-7', () => {
    expect(replies.composeCaptureConfirmation({ ...base, welcome: true, hasContact: false })).toMatch(PLAIN);
  });

  it.each([
    [
      'contained in a longer one, or in the place',
      'climbing gym',
      ['climbing', 'bouldering', 'pottery', 'pottery studio'],
      "Saved Sarah (climbing gym): bouldering, pottery studio. I'll nudge you tomorrow at 10am.",
    ],
    ['the same word stem', null, ['runs marathons', 'running', 'marathon'], "Saved Sarah: runs marathons. I'll nudge you tomorrow at 10am."],
    [
      'case and articles',
      'at the climbing gym',
      ['the climbing gym', 'Pottery studio', 'her pottery studio', 'hiking'],
      "Saved Sarah (the climbing gym): Pottery studio, hiking. I'll nudge you tomorrow at 10am.",
    ],
    [
      'an event that says a work item again',
      'cafe',
      ['opening a restaurant', 'ceviche', 'restaurant opening'],
      "Saved Sarah (cafe): opening a restaurant, ceviche. I'll nudge you tomorrow at 10am.",
    ],
    [
      'different things stay',
      'yoga studio',
      ['climbing', 'bouldering', 'rock climbing gym', 'studio pottery'],
      "Saved Sarah (yoga studio): bouldering, rock climbing gym, studio pottery. I'll nudge you tomorrow at 10am.",
    ],
  ])('lists overlapping details once (%s)', (_label, met, details, expected) => {
    expect(replies.composeCaptureConfirmation({ ...base, met, details })).toBe(expected);
  });
});
