import { describe, expect, it } from 'vitest';
import * as replies from './steering';
import { checkIn, heldCheckIn, NOW, NY, segments, THURSDAY_10, TOMORROW_10, DEC_12_10 } from '../../../test/support/reply-fixtures';

describe('unknownPerson', () => {
  it.each([
    ['Bob', "I don't have anyone called Bob yet. Text LIST to see your people, or send a note about them."],
    ['x'.repeat(1600), `I don't have anyone called ${'x'.repeat(40)} yet. Text LIST to see your people, or send a note about them.`],
  ])('%#', (name, expected) => {
    expect(replies.unknownPerson(name)).toBe(expected);
  });
});

describe('whichPerson', () => {
  it.each([
    [['Sarah (climbing gym)', 'Sarah (work)'], 'Which one? 1) Sarah (climbing gym) 2) Sarah (work). Reply with the number or name.'],
    [['Sarah', 'Jake', 'Priya'], 'Which one? 1) Sarah 2) Jake 3) Priya. Reply with the number or name.'],
  ])('%j', (names, expected) => {
    expect(replies.whichPerson(names)).toBe(expected);
  });

  it('long options are shortened per part, the parentheses kept whole', () => {
    const names = [
      'Sarah Chen (the rooftop bar on top of the old textile factory)',
      'Sarah Lee 🌸 (yoga studio on the corner of 5th and Main)',
      'Sarah Ng (work)',
    ];
    const text = replies.whichPerson(names);
    expect(segments(text)).toBeLessThanOrEqual(2);
    expect(text).toMatch(/^Which one\? 1\) Sarah Chen \([^()]+\) 2\) Sarah Lee 🌸 \([^()]+\) 3\) Sarah Ng \(work\)\. Reply with the number or name\.$/);
  });
});

describe('replies about one person', () => {
  it.each([
    [
      'doneReply',
      replies.doneReply('Sarah'),
      'Nice work reaching out to Sarah! How did it go? Reply when you know, like "wrote back right away" or "no answer yet".',
    ],
    ['doneInPerson', replies.doneInPerson('Lena'), 'Glad you saw Lena! How was it? Reply when you know, like "great" or "so-so".'],
    ['snoozed', replies.snoozed('Sarah', THURSDAY_10, NOW, NY), "OK, I'll bring Sarah up again Thursday at 10am."],
    ['skipped, next', replies.skipped('Sarah', checkIn, NOW, NY), 'Skipped. Next for Sarah: a light check-in Dec 12 at 10am.'],
    ['skipped, nothing', replies.skipped('Sarah', null, NOW, NY), 'Skipped. Nothing more planned for Sarah; text a note about them anytime.'],
    [
      'updateReply warm',
      replies.updateReply('Sarah', 'warm', { kind: 'deepen', dueAt: THURSDAY_10 }, NOW, NY),
      "Love that! Sarah sounds keen. I'll suggest something to do together Thursday at 10am.",
    ],
    [
      'updateReply lukewarm',
      replies.updateReply('Sarah', 'lukewarm', checkIn, NOW, NY),
      "Got it. I'll give Sarah some space and check back Dec 12 at 10am, maybe with a group idea.",
    ],
    [
      'updateReply let-go',
      replies.updateReply('Sarah', 'none', { kind: 'let-go', dueAt: DEC_12_10 }, NOW, NY),
      "No answer from Sarah again. I'll check with you Dec 12 at 10am about letting it go.",
    ],
    [
      'updateReply none',
      replies.updateReply('Sarah', 'none', { kind: 'first-follow-up', dueAt: TOMORROW_10 }, NOW, NY),
      "No worries, people get busy. I'll remind you tomorrow at 10am for one gentle follow-up with Sarah.",
    ],
    [
      'updateReply none, unplanned',
      replies.updateReply('Sarah', 'none', null, NOW, NY),
      "No worries, people get busy. I'll remind you later for one gentle follow-up with Sarah.",
    ],
    ['kept', replies.kept('Jake', checkIn, NOW, NY), "Keeping Jake. I'll check in Dec 12 at 10am."],
    ['kept, unplanned', replies.kept('Jake', null, NOW, NY), 'Keeping Jake.'],
    ['snoozed, paused', replies.snoozed('Sarah', heldCheckIn, NOW, NY), "OK, I'll bring Sarah up again when you resume."],
    ['snoozed, a step with a date', replies.snoozed('Sarah', checkIn, NOW, NY), "OK, I'll bring Sarah up again Dec 12 at 10am."],
    ['skipped, paused', replies.skipped('Sarah', heldCheckIn, NOW, NY), 'Skipped. Next for Sarah: a light check-in when you resume.'],
    [
      'updateReply warm, paused',
      replies.updateReply('Sarah', 'warm', { ...heldCheckIn, kind: 'deepen' }, NOW, NY),
      "Love that! Sarah sounds keen. I'll suggest something to do together when you resume.",
    ],
    [
      'updateReply lukewarm, paused',
      replies.updateReply('Sarah', 'lukewarm', heldCheckIn, NOW, NY),
      "Got it. I'll give Sarah some space and check back when you resume, maybe with a group idea.",
    ],
    [
      'updateReply let-go, paused',
      replies.updateReply('Sarah', 'none', { ...heldCheckIn, kind: 'let-go' }, NOW, NY),
      "No answer from Sarah again. I'll check with you when you resume about letting it go.",
    ],
    [
      'updateReply none, paused',
      replies.updateReply('Sarah', 'none', { ...heldCheckIn, kind: 'first-follow-up' }, NOW, NY),
      "No worries, people get busy. I'll remind you when you resume for one gentle follow-up with Sarah.",
    ],
    ['kept, paused', replies.kept('Jake', heldCheckIn, NOW, NY), "Keeping Jake. I'll check in when you resume."],
    ['forgotten', replies.forgotten('Zelda'), "Forgot Zelda and every note about them. That can't be undone."],
  ])('%s', (_label, text, expected) => {
    expect(text).toBe(expected);
    expect(segments(text)).toBe(1);
  });

  it.each([
    ['doneReply', (n: string) => replies.doneReply(n), /^Nice work reaching out to José Núñez! How did it go\?/],
    ['snoozed', (n: string) => replies.snoozed(n, THURSDAY_10, NOW, NY), /^OK, I'll bring José Núñez up again Thursday at 10am\.$/],
    ['skipped', (n: string) => replies.skipped(n, checkIn, NOW, NY), /^Skipped\. Next for José Núñez: a light check-in Dec 12 at 10am\.$/],
    [
      'updateReply',
      (n: string) => replies.updateReply(n, 'lukewarm', checkIn, NOW, NY),
      /^Got it\. I'll give José Núñez some space and check back Dec 12 at 10am/,
    ],
    ['forgotten', (n: string) => replies.forgotten(n), /^Forgot José Núñez and every note about them\./],
    ['kept', (n: string) => replies.kept(n, checkIn, NOW, NY), /^Keeping José Núñez\. I'll check in Dec 12 at 10am\.$/],
  ])('%s: a UCS-2 name keeps the full wording within 2 segments', (_label, reply, expected) => {
    const text = reply('José Núñez');
    expect(text).toMatch(expected);
    expect(segments(text)).toBeLessThanOrEqual(2);
  });

  it.each([
    [
      'snoozed',
      (n: string) => replies.snoozed(`${n} Hohenzollern-Sigmaringen`, THURSDAY_10, NOW, NY),
      'Snoozed José Núñez Hohenzollern-Sigmaringen till Thursday at 10am.',
    ],
    ['forgotten', (n: string) => replies.forgotten(`${n} Ortega`), 'Forgot José Núñez Ortega and their notes, for good.'],
  ])('%s: a short wording fits 1 segment where the full one would take 2', (_label, reply, expected) => {
    const text = reply('José Núñez');
    expect(text).toBe(expected);
    expect(segments(text)).toBe(1);
  });
});

describe('keepNeedsName', () => {
  it('asks for a name', () => {
    expect(replies.keepNeedsName()).toBe('Who should I keep? Reply KEEP and their name.');
  });
});
