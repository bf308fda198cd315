// Replies to the coaching moments: the number after a get-contact DONE, plans and invitations, cancellations, news,
// how a plan went, and acknowledgements that never repeat the previous one. Fixed clock in New York.

import { describe, expect, it } from 'vitest';
import { badPhrasingsIn } from '../../../test/support/bad-phrasings';
import * as replies from './index';
import { expectPlain, NOW, ny, NY, segments } from '../../../test/support/reply-fixtures';

const SUNDAY_10 = ny(11, 29, 10);
const DEC_8_10 = ny(12, 8, 10);

describe('coaching replies', () => {
  it.each([
    ['DONE on a get-contact asks for the number', replies.doneGetContact('Marcus'), 'Nice! Got it? Text "Marcus: <number>" and I\'ll take it from there.'],
    [
      'an invitation into their group: encouragement, and a follow-up after',
      replies.planNoted('Mia', { what: 'her birthday drinks', at: ny(11, 28, 20), withGroup: true }, { kind: 'plan-follow-up', dueAt: SUNDAY_10 }, NOW, NY),
      "Go! Meeting Mia's friends is the easiest way in. I'll ask how it went tomorrow at 10am.",
    ],
    [
      'a plan: enjoy it, and when Kindling asks how it went',
      replies.planNoted('Omar', { what: 'coffee', at: ny(11, 28, 15) }, { kind: 'plan-follow-up', dueAt: SUNDAY_10 }, NOW, NY),
      "Enjoy coffee! I'll ask how it went tomorrow at 10am.",
    ],
    [
      'a plan of theirs named by pronoun becomes their name',
      replies.planNoted('Mia', { what: 'her housewarming', at: ny(11, 28, 19) }, { kind: 'plan-follow-up', dueAt: SUNDAY_10 }, NOW, NY),
      "Enjoy Mia's housewarming! I'll ask how it went tomorrow at 10am.",
    ],
    [
      'a cancellation: no guilt, a retry later',
      replies.planCancelled('Nina', { kind: 'check-in', dueAt: DEC_8_10 }, NOW, NY),
      "No worries, plans move. I'll bring Nina up again Dec 8 at 10am for another try.",
    ],
    [
      'their news',
      replies.newsNoted('Omid', { kind: 'give', dueAt: SUNDAY_10 }, NOW, NY),
      "Great news for Omid! I'll nudge you to send a congrats tomorrow at 10am.",
    ],
    [
      'how the plan went, warm',
      replies.planWent('Omar', 'warm', { kind: 'bring-together', dueAt: DEC_8_10 }, NOW, NY),
      "Love that! Omar sounds keen. I'll suggest a small group plan Dec 8 at 10am.",
    ],
    [
      'how the plan went, fell through',
      replies.planWent('Omar', 'none', { kind: 'check-in', dueAt: DEC_8_10 }, NOW, NY),
      "No worries, people get busy. I'll check in on Omar Dec 8 at 10am.",
    ],
    [
      'warm, then a say-hi comes next: not "something to do together"',
      replies.updateReply('Ben', 'warm', { kind: 'say-hi', dueAt: DEC_8_10 }, NOW, NY),
      "Love that! Ben sounds keen. I'll remind you to say hi Dec 8 at 10am.",
    ],
    [
      'a place they cross paths: a say-hi there, no text to send',
      replies.placeNoted('Rafi', { place: 'the pool', weekday: 6 }, { kind: 'say-hi', dueAt: ny(12, 5, 9) }, NOW, NY),
      "Good to know you see Rafi at the pool on Saturdays. I'll remind you to say hi Dec 5 at 9am.",
    ],
    [
      'a move: a catch-up before they go',
      replies.moveNoted('Bea', { to: 'Lisbon', on: '2027-03' }, { kind: 'give', dueAt: ny(2, 18, 10, 0, 2027) }, NOW, NY),
      "Big move for Bea! I'll nudge you to catch up before Lisbon, Feb 18 at 10am.",
    ],
    [
      'their coming event',
      replies.eventNoted('Lena', { what: 'her first solo show opens', on: '2026-12-05' }, { kind: 'their-moment', dueAt: ny(12, 4, 10) }, NOW, NY),
      "Noted: Lena's first solo show opens. I'll remind you Friday at 10am.",
    ],
  ])('%s', (_label, text, expected) => {
    expect(text).toBe(expected);
    expectPlain(text);
    expect(segments(text)).toBeLessThanOrEqual(2);
    expect(badPhrasingsIn(text)).toEqual([]);
  });

  it('a plan is never answered with "I\'ll suggest something to do together" (issue 13)', () => {
    const text = replies.planNoted('Sarah', { what: 'coffee', at: ny(11, 29, 11) }, { kind: 'plan-follow-up', dueAt: ny(11, 30, 10) }, NOW, NY);
    expect(text).not.toMatch(/suggest something to do together/);
  });
});

describe('acknowledgements never repeat the previous one', () => {
  const next = { kind: 'deepen' as const, dueAt: DEC_8_10 };
  it.each([
    ['warm four times in a row, about different people', 'warm', ['Sarah', 'Omar', 'Nina', 'Ben']],
    ['lukewarm three times', 'lukewarm', ['Jake', 'Jake', 'Jake']],
    ['no answer three times', 'none', ['Dana', 'Ana', 'Dana']],
  ] as const)('%s', (_label, warmth, names) => {
    let previous: string | null = null;
    for (const name of names) {
      const text = replies.updateReply(name, warmth, next, NOW, NY, previous);
      if (previous) expect(text.split(' ').slice(0, 2).join(' '), `${previous} -> ${text}`).not.toBe(previous.split(' ').slice(0, 2).join(' '));
      expect(segments(text)).toBeLessThanOrEqual(2);
      previous = text;
    }
  });

  it('DONE praise varies the same way', () => {
    const first = replies.doneReply('Sarah');
    const second = replies.doneReply('Omar', first);
    expect(first).toMatch(/^Nice work reaching out to Sarah!/);
    expect(second.split(' ').slice(0, 2)).not.toEqual(first.split(' ').slice(0, 2));
  });

  it.each([
    [null, 'Love that! Sarah sounds keen.'],
    ['Love that! Omar sounds keen. I will...', 'Great sign from Sarah!'],
    ['Great sign from Omar! ...', 'Love that! Sarah sounds keen.'],
  ])('pickAck after %j', (previous, expected) => {
    expect(replies.pickAck(replies.ACKS.warm, 'Sarah', previous)).toBe(expected);
  });

  it('without a previous acknowledgement, the existing wording stands', () => {
    expect(replies.updateReply('Sarah', 'warm', next, NOW, NY)).toBe("Love that! Sarah sounds keen. I'll suggest something to do together Dec 8 at 10am.");
  });
});

describe('a warm reply names the give that comes next', () => {
  it.each([
    [{ type: 'congrats', news: { what: 'closed his round', on: NOW } }, "I'll nudge you to send a congrats"],
    [{ type: 'before-move', move: { to: 'Lisbon', on: '2027-03' } }, "I'll suggest a catch-up before the move"],
    [{ type: 'introduce', interest: 'bouldering' }, "I'll suggest an introduction"],
    [{ type: 'share', interest: 'jazz' }, "I'll suggest something to share with them"],
  ] as const)('%j', (give, words) => {
    const next = { kind: 'give' as const, dueAt: DEC_8_10, give };
    expect(replies.updateReply('Bea', 'warm', next, NOW, NY)).toContain(words);
    expect(replies.planWent('Bea', 'warm', next, NOW, NY)).toContain(words);
    expect(replies.updateReply('Bea', 'warm', next, NOW, NY)).not.toMatch(/give them/);
  });
});

describe('the latest acknowledgement among replies sent, newest first', () => {
  it.each([
    [
      'a capture confirmation in between is passed over',
      ['Saved Omid (founder dinner): fintech startup.', 'Love that! Sarah sounds keen.'],
      'Love that! Sarah sounds keen.',
    ],
    ['a DONE acknowledgement', ['Sent to Rafi, nice one. How did it go?', 'Love that! Rafi sounds keen.'], 'Sent to Rafi, nice one. How did it go?'],
    ['an acknowledgement naming the person early', ["OK, I'll bring Marcus up again Saturday at 10am.", 'Nice, Omar is in!'], 'Nice, Omar is in!'],
    ['a silence acknowledgement', ["No worries, people get busy. I'll remind you Feb 20."], "No worries, people get busy. I'll remind you Feb 20."],
    ['"Got it," opening a note reply is not "Got it."', ['Got it, I kept that note. Who was it?'], null],
    ['none at all', [], null],
  ])('%s', (_label, sent, expected) => {
    expect(replies.latestAcknowledgement(sent)).toBe(expected);
  });

  it('the next acknowledgement opens differently from it', () => {
    const previous = replies.latestAcknowledgement(['Saved Bea (book club): sci-fi.', "Love that! Sarah sounds keen. I'll check in Feb 27."]);
    expect(replies.updateReply('Omid', 'warm', null, NOW, NY, previous)).not.toMatch(/^Love that!/);
  });
});
