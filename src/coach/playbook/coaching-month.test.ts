// A scripted month through the playbook, compose and replies (coaching-month-script.ts): writes the transcript to
// dev/coaching-month-transcript.txt and checks every nudge in it.

import { describe, expect, it } from 'vitest';
import { badPhrasingsIn } from '../../../test/support/bad-phrasings';
import { detailsOf, namesDetail } from '../compose/details';
import { isInsideWindow } from '../../domain/schedule';
import { isGsm7, segmentCount } from '../../domain/sms-length';
import { runMonth, WINDOW, ZONE } from '../../../test/support/coaching-month-script';

const month = runMonth();
const TEXTING = ['first-follow-up', 'check-in', 'deepen'];

describe('a scripted month of coaching', () => {
  it('writes its transcript to dev/coaching-month-transcript.txt', async () => {
    await expect(month.transcript).toMatchFileSnapshot('../../../dev/coaching-month-transcript.txt');
  });

  it('sends every kind the situations call for', () => {
    const kinds = new Set(month.nudges.flatMap((nudge) => nudge.subjects.map((s) => s.kind)));
    expect([...kinds].sort()).toEqual(
      expect.arrayContaining([
        'bring-together',
        'check-in',
        'deepen',
        'first-follow-up',
        'get-contact',
        'give',
        'let-go',
        'plan-follow-up',
        'say-hi',
        'their-moment',
      ]),
    );
  });

  it.each(month.nudges.map((nudge) => [nudge.text.slice(0, 60), nudge] as const))('%s...', (_label, nudge) => {
    // fits 2 segments, plain GSM-7, inside the window
    expect(segmentCount(nudge.text).segments, nudge.text).toBeLessThanOrEqual(2);
    expect(isGsm7(nudge.text), nudge.text).toBe(true);
    expect(isInsideWindow(nudge.at, ZONE, WINDOW)).toBe(true);
    expect(badPhrasingsIn(nudge.text), nudge.text).toEqual([]);
    for (const { kind, name, hasContact, subject, silences, pairs } of nudge.subjects) {
      // cites a specific detail of theirs
      expect(namesDetail(nudge.text, detailsOf(subject, 3)), nudge.text).toBe(true);
      expect(nudge.text).toContain(name.split(' ')[0]);
      // the right kind for the situation
      if (!hasContact) expect(TEXTING, `${kind} for ${name} without a number`).not.toContain(kind);
      if (kind === 'plan-follow-up') expect(subject.plan && subject.plan.at < nudge.at && !subject.plan.cancelled).toBe(true);
      if (kind === 'give' && subject.give?.type === 'congrats') expect(subject.person.news?.length).toBeGreaterThan(0);
      if (kind === 'bring-together') expect(pairs).toBeGreaterThan(0);
      if (kind === 'let-go' && hasContact) expect(silences).toBeGreaterThanOrEqual(2);
      if (kind === 'their-moment' && !hasContact) expect(nudge.text).toMatch(/in person|In person, say|Go, and say|Go!/);
    }
  });

  it('openers vary: no two nudges in a row open with the same three words', () => {
    const openers = month.nudges.map((nudge) => nudge.text.split(/\s+/).slice(0, 3).join(' '));
    for (let i = 1; i < openers.length; i++) expect(openers[i], `${openers[i - 1]} / ${openers[i]}`).not.toBe(openers[i - 1]);
  });

  it('never repeats the previous acknowledgement', () => {
    for (const reply of month.replies) {
      const ack = reply.text.split(/(?<=[.!?]) /)[0] ?? '';
      if (reply.previous && /^(Love that|Great sign|Nice|That's|Got it|Fair enough|OK|No worries|No stress)/.test(ack)) {
        expect(reply.previous.startsWith(ack), `${reply.previous} -> ${reply.text}`).toBe(false);
      }
      expect(segmentCount(reply.text).segments, reply.text).toBeLessThanOrEqual(2);
      expect(badPhrasingsIn(reply.text), reply.text).toEqual([]);
    }
  });
});
