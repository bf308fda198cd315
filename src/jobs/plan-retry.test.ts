// Tables for planRetry: one waiting text as read (its user, nudges, people, what Twilio holds) and a fixed `now` -> how
// it ends this run, or the text sent again.
import { describe, expect, it } from 'vitest';
import type { OutboundRow } from '../db/outbound';
import type { UserRow } from '../db/rows';
import { byId, HOUR, MINUTE, NOW, nudgeRow, outboundRow, personOf, settingsOf, userRow } from '../../test/support/sweep-rows';
import { type Lookup, pickUnrecorded, planRetry, type RetryPlan } from './plan-retry';

const ann = personOf();
const claimedAnn = nudgeRow({ state: 'claimed', outboundId: 500 });

/** What a retry plan decides, in a line a table can state. */
function summary(plan: RetryPlan) {
  if (plan.type === 'send') return { send: plan.text.way.type, names: plan.text.names };
  return { end: plan.end.type, result: plan.result ?? null, ...('errorCode' in plan.end ? { errorCode: plan.end.errorCode } : {}) };
}

const uncertain = { state: 'uncertain' as const, errorCode: 504 };
const found: Lookup = { type: 'found', sid: 'SM9' };

describe('planRetry', () => {
  it.each<[string, Partial<OutboundRow>, Partial<UserRow>, Lookup | undefined, ReturnType<typeof summary>]>([
    ['queued, nothing in the way: sent again', {}, {}, undefined, { send: 'free-form', names: ['Ann'] }],
    ['uncertain and found at Twilio: recorded as sent', uncertain, {}, found, { end: 'went-out', result: 'went-out' }],
    ['uncertain and absent at Twilio: sent again', uncertain, {}, { type: 'absent' }, { send: 'free-form', names: ['Ann'] }],
    ['uncertain, Twilio unreachable: asked again later', uncertain, {}, { type: 'unknown' }, { end: 'ask-again', result: null }],
    [
      'uncertain, Twilio unreachable, too old: given up',
      { ...uncertain, createdAt: NOW - 6 * HOUR },
      {},
      { type: 'unknown' },
      { end: 'give-up', result: 'given-up', errorCode: null },
    ],
    ['uncertain, its body forgotten: given up', { ...uncertain, body: '' }, {}, { type: 'unknown' }, { end: 'give-up', result: 'given-up', errorCode: null }],
    ['the last attempt used: given up with its code', { attempts: 6 }, {}, undefined, { end: 'give-up', result: 'given-up', errorCode: 429 }],
    ['the user opted out since: held', {}, { optedOut: true }, undefined, { end: 'opted-out', result: null }],
    ['a later local day: released to the plan', { localDay: '2026-03-03' }, {}, undefined, { end: 'release', result: 'released' }],
    ['paused since: released to the plan', {}, { pausedUntil: NOW + 24 * HOUR }, undefined, { end: 'release', result: 'released' }],
    ['too long for SMS (written for WhatsApp): released', { body: 'x'.repeat(1700) }, {}, undefined, { end: 'release', result: 'released' }],
    ['WhatsApp, its window closed, no template: released', {}, { channel: 'whatsapp' }, undefined, { end: 'release', result: 'released' }],
  ])('%s', (_name, row, user, lookup, expected) => {
    const due = { row: outboundRow(row), user: userRow(user), carried: { nudges: [claimedAnn], personById: byId(ann) } };
    expect(summary(planRetry(due, lookup, NOW, settingsOf({ TWILIO_WHATSAPP_FROM: 'whatsapp:+14155238886' })))).toEqual(expected);
  });

  it.each<[string, { nudges: (typeof claimedAnn)[]; personById: ReturnType<typeof byId> }]>([
    ['a person in it was forgotten', { nudges: [claimedAnn, nudgeRow({ id: 101, personId: 11, state: 'claimed' })], personById: byId(ann) }],
    ['its nudges are no longer claimed', { nudges: [{ ...claimedAnn, state: 'held' }], personById: byId(ann) }],
    ['nobody is left in it', { nudges: [], personById: byId(ann) }],
  ])('%s: released, recomposed by the first send path', (_name, carried) => {
    expect(summary(planRetry({ row: outboundRow(), user: userRow(), carried }, undefined, NOW + 5 * MINUTE, settingsOf()))).toEqual({
      end: 'release',
      result: 'released',
    });
  });
});

describe('pickUnrecorded', () => {
  it.each<[string[], string[], Lookup]>([
    [['SM1', 'SM2'], [], { type: 'found', sid: 'SM1' }],
    [['SM1', 'SM2'], ['SM1'], { type: 'found', sid: 'SM2' }],
    [['SM1'], ['SM1'], { type: 'absent' }],
    [[], [], { type: 'absent' }],
  ])('listed %j, recorded %j: %j', (listed, recorded, lookup) => {
    expect(pickUnrecorded(listed, new Set(recorded))).toEqual(lookup);
  });
});
