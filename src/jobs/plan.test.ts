// Tables for planUser: one user's due nudges as read, and a fixed `now` -> defer, hold, nothing, or one text.
import { describe, expect, it } from 'vitest';
import { localParts, zonedToUtc } from '../domain/time';
import { byId, HOUR, NOW, NY, nudgeRow, personOf, settingsOf, userRow } from '../../test/support/sweep-rows';
import { type UserDue, type UserPlan, planUser } from './plan';

const ann = personOf();
const ben = personOf({ id: 11, name: 'Ben' });
const people = [ann, ben, personOf({ id: 12, name: 'Cy' }), personOf({ id: 13, name: 'Di' }), personOf({ id: 14, name: 'Ed' })];
const dueAnn = nudgeRow();
const due = (id: number, personId: number, dueAt = NOW) => nudgeRow({ id, personId, dueAt });
const wall = (ms: number) => {
  const p = localParts(ms, NY);
  return `${p.year}-${String(p.month).padStart(2, '0')}-${String(p.day).padStart(2, '0')} ${String(p.hour).padStart(2, '0')}:${String(p.minute).padStart(2, '0')}`;
};

/** What a plan decides, in a line a table can state. */
function summary(plan: UserPlan) {
  switch (plan.type) {
    case 'defer':
      return { type: plan.type, ids: plan.ids, at: wall(plan.dueAt), optedOut: plan.optedOut };
    case 'hold':
      return { type: plan.type, ids: plan.ids, at: wall(plan.dueAt) };
    case 'none':
      return { type: plan.type };
    case 'send':
      return {
        type: plan.type,
        ids: plan.text.picked.map((n) => n.id),
        names: plan.text.names,
        way: plan.text.way.type,
        ...(plan.text.later ? { later: plan.text.later.ids, at: wall(plan.text.later.dueAt) } : {}),
      };
  }
}

const whatsapp = { TWILIO_WHATSAPP_FROM: 'whatsapp:+14155238886' };

describe('planUser', () => {
  it.each<[string, Partial<UserDue>, Record<string, string>, number, ReturnType<typeof summary>]>([
    ['one due nudge in the window: one text', {}, {}, NOW, { type: 'send', ids: [100], names: ['Ann'], way: 'free-form' }],
    ['opted out: held where it is', { user: userRow({ optedOut: true }) }, {}, NOW, { type: 'defer', ids: [100], at: '2026-03-04 11:00', optedOut: true }],
    [
      'paused until tomorrow noon: at the first window time after',
      { user: userRow({ pausedUntil: zonedToUtc({ year: 2026, month: 3, day: 5, hour: 12, minute: 0 }, NY) }) },
      {},
      NOW,
      { type: 'defer', ids: [100], at: '2026-03-05 12:00', optedOut: false },
    ],
    ['after the window: the next morning', {}, {}, NOW + 11 * HOUR, { type: 'defer', ids: [100], at: '2026-03-05 09:00', optedOut: false }],
    [
      'at the daily cap: a later local day',
      { user: userRow({ capDay: '2026-03-04', capCount: 2 }) },
      {},
      NOW,
      { type: 'defer', ids: [100], at: '2026-03-05 09:00', optedOut: false },
    ],
    [
      'not in ALLOWED_NUMBERS: a day later',
      {},
      { ALLOWED_NUMBERS: '+12125550199' },
      NOW,
      { type: 'defer', ids: [100], at: '2026-03-05 11:00', optedOut: false },
    ],
    [
      'WhatsApp, window closed, no template: held, looked at again later',
      { user: userRow({ channel: 'whatsapp' }) },
      whatsapp,
      NOW,
      { type: 'hold', ids: [100], at: '2026-03-04 15:00' },
    ],
    [
      'WhatsApp inside its window: free form',
      { user: userRow({ channel: 'whatsapp', whatsappLastInboundAt: NOW - HOUR }) },
      whatsapp,
      NOW,
      { type: 'send', ids: [100], names: ['Ann'], way: 'free-form' },
    ],
    ['the person is gone: nothing', { personById: byId(ben) }, {}, NOW, { type: 'none' }],
    [
      'five due: four in the text',
      { nudges: people.map((person, i) => due(100 + i, person.id)), personById: byId(...people) },
      {},
      NOW,
      // Ed comes in tomorrow's text at this hour, never in a second list an hour from now
      { type: 'send', ids: [100, 101, 102, 103], names: ['Ann', 'Ben', 'Cy', 'Di'], way: 'free-form', later: [104], at: '2026-03-05 11:00' },
    ],
    [
      "four due now and one due in an hour: the fifth comes in tomorrow's text, never a second text this morning",
      { nudges: [...people.slice(0, 4).map((person, i) => due(100 + i, person.id)), due(104, people[4]?.id ?? 0, NOW + HOUR)], personById: byId(...people) },
      {},
      NOW,
      { type: 'send', ids: [100, 101, 102, 103], names: ['Ann', 'Ben', 'Cy', 'Di'], way: 'free-form', later: [104], at: '2026-03-05 11:00' },
    ],
    [
      'due later today comes along; due tomorrow does not',
      { nudges: [dueAnn, due(101, 11, NOW + 3 * HOUR), due(102, 12, NOW + 14 * HOUR)], personById: byId(...people) },
      {},
      NOW,
      { type: 'send', ids: [100, 101], names: ['Ann', 'Ben'], way: 'free-form' },
    ],
  ])('%s', (_name, overrides, settings, now, expected) => {
    const read: UserDue = { user: userRow(), nudges: [dueAnn], personById: byId(ann, ben), recent: [], ...overrides };
    expect(summary(planUser(read, now, settingsOf(settings)))).toEqual(expected);
  });

  it("a text's end is planned with it: Ann's sent kinds once sent, and her next nudge either way", () => {
    const plan = planUser({ user: userRow(), nudges: [dueAnn], personById: byId(ann), recent: [] }, NOW, settingsOf());
    if (plan.type !== 'send') throw new Error(`planned ${plan.type}`);
    expect(plan.text.body).toContain('Ann');
    expect(plan.text.after.sent.people).toEqual([{ personId: ann.id, patch: { sentKinds: ['first-follow-up'], celebratedEvents: [], covered: [] } }]);
    expect(plan.text.after.sent.next.map((next) => next.personId)).toEqual([ann.id]);
    expect(plan.text.after.skipped.map((next) => next.personId)).toEqual([ann.id]);
  });
});
