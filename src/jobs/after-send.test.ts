// Tables for what a text's end writes: Twilio's answer (and the text's attempts) -> the end and what the run counts,
// and what changes for its people once it is sent or given up.
import { describe, expect, it } from 'vitest';
import type { TextEnd } from '../db/sweep';
import type { SendOutcome } from '../twilio/send';
import { byId, HOUR, MINUTE, NOW, nudgeRow, outboundRow, personOf, userRow } from '../../test/support/sweep-rows';
import { type AfterText, afterText, endOf, giveUp, uncertainRetryAt } from './after-send';
import type { Finish } from './sweep-context';

const next = { personId: 10, next: { kind: 'deepen' as const, dueAt: NOW + 48 * HOUR } };
const after: AfterText = { sent: { people: [{ personId: 10, patch: { sentKinds: ['first-follow-up'] } }], next: [next] }, skipped: [next] };

describe('endOf', () => {
  it.each<[string, SendOutcome, number, TextEnd, Finish]>([
    ['sent: its people move on', { type: 'sent', sid: 'SM1' }, 1, { type: 'went-out', sid: 'SM1', ...after.sent }, 'went-out'],
    [
      '429: tried again after 15 minutes',
      { type: 'retry', status: 429, code: 20429 },
      1,
      { type: 'try-again', errorCode: 20429, nextAttemptAt: NOW + 15 * MINUTE },
      'try-later',
    ],
    [
      'a 500 at the third attempt: an hour',
      { type: 'retry', status: 500, code: null },
      3,
      { type: 'try-again', errorCode: 500, nextAttemptAt: NOW + HOUR },
      'try-later',
    ],
    [
      '429 at the last attempt: given up, plans move on',
      { type: 'retry', status: 429, code: null },
      6,
      { type: 'give-up', errorCode: 429, next: [next] },
      'given-up',
    ],
    [
      'a timeout: asked at Twilio first',
      { type: 'uncertain', status: 0 },
      1,
      { type: 'ask-first', errorCode: null, nextAttemptAt: NOW + 15 * MINUTE },
      'try-later',
    ],
    [
      'a 503 at the sixth attempt: asked first, at most six hours after it was created',
      { type: 'uncertain', status: 503 },
      6,
      { type: 'ask-first', errorCode: 503, nextAttemptAt: NOW + 6 * HOUR },
      'try-later',
    ],
    ['21610: the number unsubscribed', { type: 'unsubscribed' }, 1, { type: 'unsubscribed' }, 'given-up'],
    ['WhatsApp window closed, no template: released', { type: 'outside-window' }, 1, { type: 'release' }, 'released'],
    ['rejected: given up, plans move on', { type: 'rejected', status: 400, code: 21408 }, 1, { type: 'give-up', errorCode: 21408, next: [next] }, 'given-up'],
    [
      '21211 (invalid number): given up, nothing planned',
      { type: 'rejected', status: 400, code: 21211 },
      1,
      { type: 'give-up', errorCode: 21211, next: [] },
      'given-up',
    ],
  ])('%s', (_name, outcome, attempts, end, result) => {
    expect(endOf(outcome, outboundRow({ attempts, createdAt: NOW }), after, NOW)).toEqual({ end, result });
  });
});

describe('giveUp and uncertainRetryAt', () => {
  it.each<[number | null, number]>([
    [null, 1],
    [21408, 1],
    [21211, 0],
  ])('code %j plans %i next nudge(s)', (code, planned) => {
    const end = giveUp(after, code);
    expect(end.type === 'give-up' ? end.next.length : -1).toBe(planned);
  });

  it.each<[number, number, number]>([
    [1, NOW, NOW + 15 * MINUTE],
    [2, NOW, NOW + 30 * MINUTE],
    // never past six hours after the text was created: then it is given up
    [5, NOW - 5 * HOUR, NOW + HOUR],
  ])('attempt %i of a text created at %i: looked at again at %i', (attempts, createdAt, at) => {
    expect(uncertainRetryAt({ attempts, createdAt }, NOW)).toBe(at);
  });
});

describe('afterText', () => {
  const ann = personOf({ sentKinds: '["first-follow-up"]', covered: '["birthday"]' });
  const ben = personOf({ id: 11, name: 'Ben' });

  it.each<[string, string, { personId: number; patch: object }[]]>([
    [
      'a plain nudge: its kind is added to what was sent',
      '{}',
      [{ personId: 10, patch: { sentKinds: ['first-follow-up', 'deepen'], celebratedEvents: [], covered: ['birthday'] } }],
    ],
    [
      'an event: celebrated, and the occasion it covers',
      '{"event":{"what":"her birthday","on":"03-04"},"covers":"event:03-04"}',
      [{ personId: 10, patch: { sentKinds: ['first-follow-up', 'deepen'], celebratedEvents: ['03-04'], covered: ['birthday', 'event:03-04'] } }],
    ],
    [
      'a pair brought together: covered on the other side too',
      '{"pair":{"name":"Ben","shared":"bouldering"}}',
      [
        { personId: 11, patch: { covered: ['pair:ann'] } },
        { personId: 10, patch: { sentKinds: ['first-follow-up', 'deepen'], celebratedEvents: [], covered: ['birthday'] } },
      ],
    ],
  ])('%s', (_name, detail, people) => {
    const planned = afterText({ nudges: [nudgeRow({ kind: 'deepen', detail })], personById: byId(ann, ben) }, userRow(), NOW);
    expect(planned.sent.people).toEqual(people);
  });

  it('a nudge whose person is gone writes nothing for them', () => {
    expect(afterText({ nudges: [nudgeRow({ personId: 99 })], personById: byId(ann) }, userRow(), NOW)).toEqual({ sent: { people: [], next: [] }, skipped: [] });
  });
});
