import fc from 'fast-check';
import { SegmentedMessage } from 'sms-segments-calculator';
import { describe, expect, it } from 'vitest';
import { zonedToUtc } from './time';
import * as replies from './replies';
import type { NextStep, PersonSummary } from './replies';
import { isGsm7, segmentCount } from './sms-length';
import type { NudgeKind } from './types';

const NY = 'America/New_York';
/** Saturday Nov 28 2026, 10:00 in New York. */
const NOW = Date.UTC(2026, 10, 28, 15);
const ny = (mo: number, d: number, h: number, mi = 0, y = 2026) => zonedToUtc({ year: y, month: mo, day: d, hour: h, minute: mi }, NY);
/** Nov 27 22:30 in New York, already Nov 28 in UTC: dates must be the user's. */
const LATE_NOV_27 = ny(11, 27, 22, 30);
const TOMORROW_10 = ny(11, 29, 10);
const THURSDAY_10 = ny(12, 3, 10);
const DEC_12_10 = ny(12, 12, 10);
const KINDS: NudgeKind[] = ['first-follow-up', 'get-contact', 'deepen', 'check-in', 'their-moment', 'say-hi', 'let-go'];

/** Segments as Twilio counts them, and as our own helper does: both must agree a reply fits. */
function segments(text: string): number {
  return Math.max(new SegmentedMessage(text).segmentsCount, segmentCount(text).segments);
}

/** Kindling's own words: printable ASCII (no curly quotes, em dashes, ellipses, emoji) and GSM-7. */
function expectPlain(text: string) {
  expect(text, text).toMatch(/^[\x20-\x7e]+$/);
  expect(isGsm7(text), text).toBe(true);
}

function summary(overrides: Partial<PersonSummary> = {}): PersonSummary {
  return {
    name: 'Sarah',
    met: 'climbing gym',
    metAt: LATE_NOV_27,
    interests: ['bouldering', 'pottery studio'],
    work: [],
    contacts: { phone: '+19175550142' },
    events: [{ what: 'gallery opening', on: '2026-12-12' }],
    lastContactAt: null,
    notes: [],
    ...overrides,
  };
}

const firstFollowUp: NextStep = { kind: 'first-follow-up', dueAt: TOMORROW_10 };
const checkIn: NextStep = { kind: 'check-in', dueAt: DEC_12_10 };
/** Held by a pause with no end: the date is the nudge's own, never quoted. */
const heldCheckIn: NextStep = { kind: 'check-in', dueAt: DEC_12_10, waitsForResume: true };

// The José Núñez reply the bench measured at 3 segments (UCS-2, 174 characters).
const jose = summary({
  name: 'José Núñez',
  met: 'café on 5th',
  interests: ['ceviche', 'salsa dancing'],
  work: ['opening a restaurant'],
  contacts: {},
  events: [{ what: 'restaurant opening', on: '2027-03' }],
});

describe('askSamePerson', () => {
  it.each([
    ['with where they met', 'Jake', 'run club', 'You already have a Jake (run club, met Nov 27). Same person? Reply SAME to add this note, or NEW to save a new Jake.'],
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
    ['this week', { kind: 'their-moment', dueAt: THURSDAY_10 } as NextStep, "Added to Sarah's notes. Next: a note for their big day Thursday at 10am."],
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

describe('unknownPerson', () => {
  it.each([
    ['Bob', "I don't have anyone called Bob yet. Text LIST to see your people, or send a note about them."],
    ['x'.repeat(1600), `I don't have anyone called ${'x'.repeat(40)} yet. Text LIST to see your people, or send a note about them.`],
  ])('%#', (name, expected) => {
    expect(replies.unknownPerson(name)).toBe(expected);
  });
});

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
      summary({ name: 'Priya', met: 'through Sam', work: ['fintech startup'], interests: ['jazz'], contacts: { email: 'priya@example.com' }, events: [{ what: 'moving to Denver', on: '2027-03' }], lastContactAt: ny(11, 20, 18) }),
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
    const text = replies.whoIs(person, next, NOW, NY);
    expect(text).toBe(expected);
    expect(segments(text)).toBeLessThanOrEqual(2);
  });

  it('the bench case (José Núñez, UCS-2) fits 2 segments and keeps the essentials', () => {
    const text = replies.whoIs(jose, firstFollowUp, NOW, NY);
    expect(segments(text)).toBe(2);
    // "opening a restaurant" is left to the dated event that says the same
    expect(text).toBe('José Núñez: met at café on 5th Nov 27. restaurant opening Mar 2027. No number yet. No follow-up yet. Next nudge tomorrow at 10am.');
  });

  it('many details: the note goes first, then details from the end; name, met, contact status and next step stay', () => {
    const interests = Array.from({ length: 10 }, (_, i) => `restoring old Italian espresso machines ${i}`);
    const person = summary({ interests, work: ['principal engineer at a bank'], notes: ['a long note '.repeat(20), 'first'] });
    const text = replies.whoIs(person, checkIn, NOW, NY);
    expect(segments(text)).toBeLessThanOrEqual(2);
    expect(text).toMatch(/^Sarah: met at climbing gym Nov 27\. principal engineer at a bank, /);
    expect(text).toContain('gallery opening Dec 12.');
    expect(text).not.toContain('Latest:');
    expect(text).not.toContain('machines 9');
    expect(text).toMatch(/Reach: \+19175550142\. No follow-up yet\. Next nudge Dec 12 at 10am\.$/);
  });

  it('emoji in a name (UCS-2): details drop, the essentials stay', () => {
    const person = summary({ name: 'Mia 🌸 Hohenzollern', met: 'the rooftop bar on top of the old textile factory', interests: ['yoga', 'salsa', 'ceramics', 'jazz', 'climbing'] });
    const text = replies.whoIs(person, firstFollowUp, NOW, NY);
    expect(segments(text)).toBeLessThanOrEqual(2);
    expect(text).toMatch(/^Mia 🌸 Hohenzollern: met at the rooftop bar/);
    expect(text).toMatch(/Reach: \+19175550142\. No follow-up yet\. Next nudge tomorrow at 10am\.$/);
  });

  it('1,600-character name, place and details: shortened, never more than 2 segments', () => {
    const person = summary({ name: 'N'.repeat(1600), met: 'M'.repeat(1600), interests: ['D'.repeat(1600)], contacts: { email: `${'e'.repeat(1600)}@example.com` }, notes: ['n'.repeat(1600), 'first'] });
    const text = replies.whoIs(person, firstFollowUp, NOW, NY);
    expect(segments(text)).toBeLessThanOrEqual(2);
    expect(text).toMatch(/^N{20,40}: met at M+ Nov 27\./);
    expect(text).toMatch(/Has their email\. No follow-up yet\. Next nudge tomorrow at 10am\.$/);
  });
});

describe('listPeople', () => {
  it.each([
    ['nobody', [], 0, 'No one saved yet. Text me a note after you meet someone, like: Met Sarah at the gym, loves hiking.'],
    ['two', [{ name: 'Sarah', met: 'climbing gym' }, { name: 'Tom', met: null }], 2, 'Your people: 1) Sarah (climbing gym) 2) Tom. Ask WHO IS <name>? for details.'],
    ['more than shown', [{ name: 'Sarah', met: 'climbing gym' }], 4, 'Your people: 1) Sarah (climbing gym). +3 more. Ask WHO IS <name>? for details.'],
  ])('%s', (_label, people, total, expected) => {
    const text = replies.listPeople(people, total);
    expect(text).toBe(expected);
    expect(segments(text)).toBe(1);
  });

  it('long places are clipped before anyone is left out', () => {
    const people = Array.from({ length: 6 }, (_, i) => ({ name: `Person${i} Lastname`, met: 'the rooftop bar on top of the old textile factory in Williamsburg' }));
    const text = replies.listPeople(people, 6);
    expect(segments(text)).toBeLessThanOrEqual(2);
    for (let i = 0; i < 6; i++) expect(text).toContain(`${i + 1}) Person${i} Lastname (the rooftop bar)`);
  });

  it('1,600-character names: fewer people, counted in "+N more"', () => {
    const people = Array.from({ length: 6 }, (_, i) => ({ name: `${i}${'ж'.repeat(1600)}`, met: '🌸'.repeat(800) }));
    const text = replies.listPeople(people, 10);
    expect(segments(text)).toBeLessThanOrEqual(2);
    expect(text).toMatch(/^Your people: 1\) 0ж+ /);
    expect(text).toMatch(/\+\d more\. Ask WHO IS <name>\? for details\.$/);
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
    const names = ['Sarah Chen (the rooftop bar on top of the old textile factory)', 'Sarah Lee 🌸 (yoga studio on the corner of 5th and Main)', 'Sarah Ng (work)'];
    const text = replies.whichPerson(names);
    expect(segments(text)).toBeLessThanOrEqual(2);
    expect(text).toMatch(/^Which one\? 1\) Sarah Chen \([^()]+\) 2\) Sarah Lee 🌸 \([^()]+\) 3\) Sarah Ng \(work\)\. Reply with the number or name\.$/);
  });
});

describe('replies about one person', () => {
  it.each([
    ['doneReply', replies.doneReply('Sarah'), 'Nice work reaching out to Sarah! How did it go? Reply when you know, like "wrote back right away" or "no answer yet".'],
    ['snoozed', replies.snoozed('Sarah', THURSDAY_10, NOW, NY), "OK, I'll bring Sarah up again Thursday at 10am."],
    ['skipped, next', replies.skipped('Sarah', checkIn, NOW, NY), 'Skipped. Next for Sarah: a light check-in Dec 12 at 10am.'],
    ['skipped, nothing', replies.skipped('Sarah', null, NOW, NY), 'Skipped. Nothing more planned for Sarah; text a note about them anytime.'],
    ['updateReply warm', replies.updateReply('Sarah', 'warm', { kind: 'deepen', dueAt: THURSDAY_10 }, NOW, NY), "Love that! Sarah sounds keen. I'll suggest something to do together Thursday at 10am."],
    ['updateReply lukewarm', replies.updateReply('Sarah', 'lukewarm', checkIn, NOW, NY), "Got it. I'll give Sarah some space and check back Dec 12 at 10am, maybe with a group idea."],
    ['updateReply let-go', replies.updateReply('Sarah', 'none', { kind: 'let-go', dueAt: DEC_12_10 }, NOW, NY), "No answer from Sarah again. I'll check with you Dec 12 at 10am about letting it go."],
    ['updateReply none', replies.updateReply('Sarah', 'none', { kind: 'first-follow-up', dueAt: TOMORROW_10 }, NOW, NY), "No worries, people get busy. I'll remind you tomorrow at 10am for one gentle follow-up with Sarah."],
    ['updateReply none, unplanned', replies.updateReply('Sarah', 'none', null, NOW, NY), "No worries, people get busy. I'll remind you later for one gentle follow-up with Sarah."],
    ['kept', replies.kept('Jake', checkIn, NOW, NY), "Keeping Jake. I'll check in Dec 12 at 10am."],
    ['kept, unplanned', replies.kept('Jake', null, NOW, NY), 'Keeping Jake.'],
    ['snoozed, paused', replies.snoozed('Sarah', heldCheckIn, NOW, NY), "OK, I'll bring Sarah up again when you resume."],
    ['snoozed, a step with a date', replies.snoozed('Sarah', checkIn, NOW, NY), "OK, I'll bring Sarah up again Dec 12 at 10am."],
    ['skipped, paused', replies.skipped('Sarah', heldCheckIn, NOW, NY), 'Skipped. Next for Sarah: a light check-in when you resume.'],
    ['updateReply warm, paused', replies.updateReply('Sarah', 'warm', { ...heldCheckIn, kind: 'deepen' }, NOW, NY), "Love that! Sarah sounds keen. I'll suggest something to do together when you resume."],
    ['updateReply lukewarm, paused', replies.updateReply('Sarah', 'lukewarm', heldCheckIn, NOW, NY), "Got it. I'll give Sarah some space and check back when you resume, maybe with a group idea."],
    ['updateReply let-go, paused', replies.updateReply('Sarah', 'none', { ...heldCheckIn, kind: 'let-go' }, NOW, NY), "No answer from Sarah again. I'll check with you when you resume about letting it go."],
    ['updateReply none, paused', replies.updateReply('Sarah', 'none', { ...heldCheckIn, kind: 'first-follow-up' }, NOW, NY), "No worries, people get busy. I'll remind you when you resume for one gentle follow-up with Sarah."],
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
    ['updateReply', (n: string) => replies.updateReply(n, 'lukewarm', checkIn, NOW, NY), /^Got it\. I'll give José Núñez some space and check back Dec 12 at 10am/],
    ['forgotten', (n: string) => replies.forgotten(n), /^Forgot José Núñez and every note about them\./],
    ['kept', (n: string) => replies.kept(n, checkIn, NOW, NY), /^Keeping José Núñez\. I'll check in Dec 12 at 10am\.$/],
  ])('%s: a UCS-2 name keeps the full wording within 2 segments', (_label, reply, expected) => {
    const text = reply('José Núñez');
    expect(text).toMatch(expected);
    expect(segments(text)).toBeLessThanOrEqual(2);
  });

  it.each([
    ['snoozed', (n: string) => replies.snoozed(`${n} Hohenzollern-Sigmaringen`, THURSDAY_10, NOW, NY), 'Snoozed José Núñez Hohenzollern-Sigmaringen till Thursday at 10am.'],
    ['forgotten', (n: string) => replies.forgotten(`${n} Ortega`), 'Forgot José Núñez Ortega and their notes, for good.'],
    ['askSamePerson', (n: string) => replies.askSamePerson(n, 'café', LATE_NOV_27, NY), 'You have a José Núñez (café, met Nov 27). Same? Reply SAME or NEW.'],
  ])('%s: a short wording fits 1 segment where the full one would take 2', (_label, reply, expected) => {
    const text = reply('José Núñez');
    expect(text).toBe(expected);
    expect(segments(text)).toBe(1);
  });
});

describe('account replies', () => {
  it.each([
    ['paused until', replies.paused(DEC_12_10, NOW, NY), 'Paused until Dec 12 at 10am. Text RESUME anytime.'],
    ['paused', replies.paused(null, NOW, NY), 'Paused. No nudges until you text RESUME.'],
    ['nudge time, evening', replies.nudgeTimeSet(18, 0), 'Done. Nudges will come around 6pm your time.'],
    ['nudge time, minutes', replies.nudgeTimeSet(9, 30), 'Done. Nudges will come around 9:30am your time.'],
    ['nudge time, noon', replies.nudgeTimeSet(12, 0), 'Done. Nudges will come around 12pm your time.'],
    ['outside the window', replies.nudgeTimeOutside(9, 20), 'I only text between 9:00 and 20:00 so I never wake you. Pick a time in that window, like NUDGE AT 6PM.'],
    ['zone set', replies.zoneSet('Chicago', '9:15am'), "Time zone set to Chicago. It's 9:15am there now; nudges follow your local day."],
    ['zone unknown', replies.zoneUnknown('Narnia'), 'I don\'t know the time zone "Narnia". Try a city like TZ CHICAGO or a zone like TZ AMERICA/DENVER.'],
    ['zone unknown, long', replies.zoneUnknown(`beyond the wardrobe ${'x'.repeat(1600)}`), 'I don\'t know the time zone "beyond the wardrobe". Try a city like TZ CHICAGO or a zone like TZ AMERICA/DENVER.'],
    ['undone', replies.undone('saved Tom'), 'Undone: saved Tom.'],
    ['undone, long name', replies.undone(`saved ${'Tom '.repeat(500)}`), 'Undone: saved Tom Tom Tom Tom Tom.'],
    ['export', replies.exportLink('https://kindling.test/export/abc'), 'Your people, as a contacts file: https://kindling.test/export/abc The link works once, for 24 hours. Add ?format=csv for a spreadsheet.'],
    ['keep without a name', replies.keepNeedsName(), 'Who should I keep? Reply KEEP and their name.'],
  ])('%s', (_label, text, expected) => {
    expect(text).toBe(expected);
    expect(segments(text)).toBeLessThanOrEqual(2);
  });

  it('a pasted emoji in an unknown zone never leaves half a character', () => {
    const text = replies.zoneUnknown(`${'a'.repeat(29)}😀😀`);
    expect(text).toContain(`"${'a'.repeat(29)}"`);
    expect(text).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])/);
  });
});

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
      ...KINDS.map((kind) => replies.whoIs(person, { kind, dueAt: THURSDAY_10 }, NOW, NY)),
      replies.listPeople([{ name: 'Sarah', met: 'climbing gym' }, { name: 'Tom', met: null }], 9),
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
    { weight: 1, arbitrary: fc.constantFrom('N'.repeat(1600), '🌸'.repeat(800), '👨‍👩‍👧‍👦'.repeat(100), 'e\u0301'.repeat(800), 'Привет мир '.repeat(150), '村上春樹'.repeat(400), '{[~]}'.repeat(320), ' \n\t ') },
    { weight: 2, arbitrary: fc.array(fc.constantFrom('José', 'Núñez', 'Zoë', '\u201cZ\u201d', '🌸', 'Maximilian', 'von', 'Hohenzollern-Sigmaringen', 'the', 'rooftop', 'bar', 'ä', '€'), { maxLength: 30 }).map((words) => words.join(' ')) },
  );
  const when = fc.integer({ min: NOW - 400 * 86_400_000, max: NOW + 400 * 86_400_000 });
  const next = fc.option(
    fc.record(
      { kind: fc.constantFrom(...KINDS), dueAt: fc.integer({ min: NOW, max: NOW + 400 * 86_400_000 }), waitsForResume: fc.boolean() },
      { requiredKeys: ['kind', 'dueAt'] },
    ),
  );
  const day = fc.integer({ min: 0, max: 800 }).map((days) => new Date(NOW + (days - 100) * 86_400_000).toISOString().slice(0, 10));
  const person = fc.record({
    name: typed,
    met: fc.option(typed),
    metAt: when,
    interests: fc.array(typed, { maxLength: 8 }),
    work: fc.array(typed, { maxLength: 3 }),
    contacts: fc.record({ phone: fc.constant('+19175550142'), email: typed, instagram: typed, linkedin: typed, handles: fc.array(typed, { maxLength: 2 }) }, { requiredKeys: [] }),
    events: fc.array(fc.record({ what: typed, on: fc.oneof(day, day.map((on) => on.slice(0, 7))) }), { maxLength: 3 }),
    lastContactAt: fc.option(when),
    notes: fc.array(typed, { maxLength: 3 }),
  });
  const settings = { numRuns: 300, seed: 20261128 };
  const fits = (text: string) => {
    expect(text.length).toBeGreaterThan(0);
    expect(segments(text), text).toBeLessThanOrEqual(2);
  };

  it('whoIs', { timeout: 60_000 }, () => {
    fc.assert(fc.property(person, next, (p, n) => fits(replies.whoIs(p, n, NOW, NY))), settings);
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
