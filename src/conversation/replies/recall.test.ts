import { describe, expect, it } from 'vitest';
import * as replies from './recall';
import type { NextStep } from './next-step';
import { checkIn, firstFollowUp, heldCheckIn, jose, NOW, NY, ny, segments, summary, THURSDAY_10 } from '../../../test/support/reply-fixtures';

describe('whoIs', () => {
  it.each([
    [
      'everything, dated in New York (Nov 27, not UTC Nov 28)',
      summary(),
      firstFollowUp,
      'Sarah: met at climbing gym Nov 27. bouldering, pottery studio. gallery opening Dec 12. Reach: +19175550142. No follow-up yet. Next nudge tomorrow at 10am.',
    ],
    [
      'work first, a month-only event, email, last contact, no next step',
      summary({
        name: 'Priya',
        met: 'through Sam',
        work: ['fintech startup'],
        interests: ['jazz'],
        contacts: { email: 'priya@example.com' },
        events: [{ what: 'moving to Denver', on: '2027-03' }],
        lastContactAt: ny(11, 20, 18),
      }),
      null,
      'Priya: met through Sam Nov 27. fintech startup, jazz. moving to Denver Mar 2027. Reach: priya@example.com. Last reached out Nov 20.',
    ],
    [
      'past events left out, instagram, no place',
      summary({ met: null, interests: [], events: [{ what: 'birthday', on: '2026-11-01' }], contacts: { instagram: 'sarah.climbs' } }),
      checkIn,
      'Sarah: met Nov 27. Reach: @sarah.climbs. No follow-up yet. Next nudge Dec 12 at 10am.',
    ],
    [
      'no contact yet',
      summary({ contacts: {}, events: [] }),
      { kind: 'get-contact', dueAt: THURSDAY_10 } as NextStep,
      'Sarah: met at climbing gym Nov 27. bouldering, pottery studio. No number yet. No follow-up yet. Next nudge Thursday at 10am.',
    ],
    [
      'latest note once there is more than the first',
      summary({ events: [], notes: ['Sarah: moving to Denver in March', 'Met Sarah at the climbing gym'] }),
      null,
      'Sarah: met at climbing gym Nov 27. bouldering, pottery studio. Latest: Sarah: moving to Denver in March. Reach: +19175550142. No follow-up yet.',
    ],
    [
      'overlapping details listed once: the more specific, not the place again',
      summary({ interests: ['climbing', 'bouldering', 'pottery', 'pottery studio'], events: [] }),
      null,
      'Sarah: met at climbing gym Nov 27. bouldering, pottery studio. Reach: +19175550142. No follow-up yet.',
    ],
    [
      'held by an open-ended pause: no date',
      summary({ met: null, interests: [], events: [], contacts: { instagram: 'sarah.climbs' } }),
      heldCheckIn,
      'Sarah: met Nov 27. Reach: @sarah.climbs. No follow-up yet. Next nudge when you resume.',
    ],
  ])('%s', (_label, person, next, expected) => {
    const text = replies.whoIsReply(person, next, NOW, NY);
    expect(text).toBe(expected);
    expect(segments(text)).toBeLessThanOrEqual(2);
  });

  it('the bench case (José Núñez): measured as sent in GSM-7, it fits one segment with the details kept', () => {
    const text = replies.whoIsReply(jose, firstFollowUp, NOW, NY);
    expect(segments(text)).toBe(1);
    // "opening a restaurant" is left to the dated event that says the same; "ú" has no GSM-7 form, "é" and "ñ" do
    expect(text).toBe(
      'José Nuñez: met at café on 5th Nov 27. ceviche, salsa dancing. restaurant opening Mar 2027. No number yet. No follow-up yet. Next nudge tomorrow at 10am.',
    );
  });

  it('an accented name does not make the reply UCS-2 and cut the note (Gráinne, one note, a number)', () => {
    const person = summary({
      name: 'Gráinne',
      met: 'choir',
      interests: [],
      work: [],
      events: [],
      notes: ['Met Gráinne at the choir, sings alto'],
      contacts: { phone: '+35315552938' },
    });
    expect(replies.whoIsReply(person, firstFollowUp, NOW, NY)).toBe(
      'Grainne: met at choir Nov 27. Your note: Met Grainne at the choir, sings alto. Reach: +35315552938. No follow-up yet. Next nudge tomorrow at 10am.',
    );
  });

  it('many details: the note goes first, then details from the end; name, met, contact status and next step stay', () => {
    const interests = Array.from({ length: 10 }, (_, i) => `restoring old Italian espresso machines ${i}`);
    const person = summary({ interests, work: ['principal engineer at a bank'], notes: ['a long note '.repeat(20), 'first'] });
    const text = replies.whoIsReply(person, checkIn, NOW, NY);
    expect(segments(text)).toBeLessThanOrEqual(2);
    expect(text).toMatch(/^Sarah: met at climbing gym Nov 27\. principal engineer at a bank, /);
    expect(text).toContain('gallery opening Dec 12.');
    expect(text).not.toContain('Latest:');
    expect(text).not.toContain('machines 9');
    expect(text).toMatch(/Reach: \+19175550142\. No follow-up yet\. Next nudge Dec 12 at 10am\.$/);
  });

  it('emoji in a name: sent in GSM-7 without it, so the details stay', () => {
    const person = summary({
      name: 'Mia 🌸 Hohenzollern',
      met: 'the rooftop bar on top of the old textile factory',
      interests: ['yoga', 'salsa', 'ceramics', 'jazz', 'climbing'],
    });
    const text = replies.whoIsReply(person, firstFollowUp, NOW, NY);
    expect(segments(text)).toBeLessThanOrEqual(2);
    expect(text).toMatch(/^Mia Hohenzollern: met at the rooftop bar on top of the old textile factory Nov 27\. yoga, salsa, ceramics, jazz, climbing\./);
    expect(text).toMatch(/Reach: \+19175550142\. No follow-up yet\. Next nudge tomorrow at 10am\.$/);
  });

  it('1,600-character name, place and details: shortened, never more than 2 segments', () => {
    const person = summary({
      name: 'N'.repeat(1600),
      met: 'M'.repeat(1600),
      interests: ['D'.repeat(1600)],
      contacts: { email: `${'e'.repeat(1600)}@example.com` },
      notes: ['n'.repeat(1600), 'first'],
    });
    const text = replies.whoIsReply(person, firstFollowUp, NOW, NY);
    expect(segments(text)).toBeLessThanOrEqual(2);
    expect(text).toMatch(/^N{20,40}: met at M+ Nov 27\./);
    expect(text).toMatch(/Has their email\. No follow-up yet\. Next nudge tomorrow at 10am\.$/);
  });
});

describe('ties in WHO IS', () => {
  it.each([
    [{ name: 'Kenji', how: 'sister' }, "Kenji's sister."],
    [{ name: 'Aiko', how: 'their sister' }, 'Sister: Aiko.'],
    [{ name: 'Priya', how: 'met together' }, 'Met with Priya.'],
    [{ name: 'Priya' }, 'Met with Priya.'],
  ])('%j -> %s', (tie, expected) => {
    expect(replies.tieLine(tie)).toBe(expected);
  });

  it('shows a tie when it fits, and drops it before anything else that matters', () => {
    const text = replies.whoIsReply(summary({ name: 'Aiko', ties: [{ name: 'Kenji', how: 'sister' }] }), firstFollowUp, NOW, NY);
    expect(text).toContain("Kenji's sister.");
    expect(segments(text)).toBeLessThanOrEqual(2);
  });
});

describe('listPeople', () => {
  it.each([
    ['nobody', [], 0, 'No one saved yet. Text me a note after you meet someone, like: Met Sarah at the gym, loves hiking.'],
    [
      'two',
      [
        { name: 'Sarah', met: 'climbing gym' },
        { name: 'Tom', met: null },
      ],
      2,
      'Your people: 1) Sarah (climbing gym) 2) Tom. Ask WHO IS <name>? for details.',
    ],
    ['more than shown', [{ name: 'Sarah', met: 'climbing gym' }], 4, 'Your people: 1) Sarah (climbing gym). +3 more. Text PAGE to see everyone.'],
  ])('%s', (_label, people, total, expected) => {
    const text = replies.listPeople(people, total);
    expect(text).toBe(expected);
    expect(segments(text)).toBe(1);
  });

  it('long places are clipped before anyone is left out', () => {
    const people = Array.from({ length: 6 }, (_, i) => ({
      name: `Person${i} Lastname`,
      met: 'the rooftop bar on top of the old textile factory in Williamsburg',
    }));
    const text = replies.listPeople(people, 6);
    expect(segments(text)).toBeLessThanOrEqual(2);
    for (let i = 0; i < 6; i++) expect(text).toContain(`${i + 1}) Person${i} Lastname (the rooftop bar)`);
  });

  it('1,600-character names: fewer people, counted in "+N more"', () => {
    const people = Array.from({ length: 6 }, (_, i) => ({ name: `${i}${'ж'.repeat(1600)}`, met: '🌸'.repeat(800) }));
    const text = replies.listPeople(people, 10);
    expect(segments(text)).toBeLessThanOrEqual(2);
    expect(text).toMatch(/^Your people: 1\) 0ж+ /);
    expect(text).toMatch(/\+\d more\. Text PAGE to see everyone\.$/);
  });
});
