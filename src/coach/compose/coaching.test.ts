// Table tests for the coaching texts: every kind of step, with and without a number, planned by the playbook and
// composed at its due time in three weeks (an ordinary one and the two DST weeks of 2026 in New York): inside the
// window, at most 2 segments, plain GSM-7, a real detail, none of BAD_PHRASINGS. Then the drafts issue 13 quoted.

import { describe, expect, it } from 'vitest';
import { DEFAULT_WINDOW } from '../../domain/constants';
import { planNext } from '../playbook';
import { isInsideWindow } from '../../domain/schedule';
import { isGsm7, segmentCount } from '../../domain/sms-length';
import { zonedToUtc } from '../../domain/time';
import type { Millis, NudgeKind, NudgeSubject, PairSide, PersonForPlan, PlanTrigger } from '../../domain/types';
import { badPhrasingsIn } from '../../../test/support/bad-phrasings';
import { detailsOf, namesDetail } from './details';
import { composeNudge } from './index';

const NY = 'America/New_York';
const local = (y: number, mo: number, d: number, h: number, mi = 0) => zonedToUtc({ year: y, month: mo, day: d, hour: h, minute: mi }, NY);
/** Thursday noon of three weeks: an ordinary one, the week DST starts (Sun Mar 8), the week it ends (Sun Nov 1). */
const WEEKS: [string, Millis][] = [
  ['Dec 3', local(2026, 12, 3, 12)],
  ['DST spring', local(2026, 3, 5, 12)],
  ['DST fall', local(2026, 10, 29, 12)],
];
const DAY_MS = 86_400_000;

function base(overrides: Partial<PersonForPlan>): PersonForPlan {
  return {
    name: 'Omar',
    metAt: 0,
    met: 'bouldering meetup',
    interests: ['climbing'],
    work: [],
    hasContact: true,
    events: [],
    warmth: 'warm',
    silences: 0,
    kept: false,
    sentKinds: ['first-follow-up', 'deepen'],
    celebratedEvents: [],
    ...overrides,
  };
}

interface Scenario {
  label: string;
  kind: NudgeKind;
  /** the person, given now (events and plans are dated from it) */
  person: (now: Millis) => PersonForPlan;
  trigger: PlanTrigger;
  pairs?: PairSide[];
  /** what the text must say */
  says: RegExp;
}

const sarahPair: PairSide = { name: 'Sarah', shared: 'bouldering' };
const dayKey = (ms: Millis, days: number) => new Date(ms + days * DAY_MS).toISOString().slice(0, 10);

const SCENARIOS: Scenario[] = [
  {
    label: 'first-follow-up',
    kind: 'first-follow-up',
    person: (now) => base({ metAt: now - 20 * 3_600_000, sentKinds: [] }),
    trigger: { type: 'captured' },
    says: /"[^"]*Omar[^"]*"/,
  },
  {
    label: 'get-contact: ask in person where they met',
    kind: 'get-contact',
    person: (now) => base({ hasContact: false, met: 'climbing gym', metAt: now - 20 * 3_600_000, sentKinds: [] }),
    trigger: { type: 'captured' },
    says: /number/,
  },
  {
    label: 'get-contact: ask the friend they met through, no line to say',
    kind: 'get-contact',
    person: (now) => base({ hasContact: false, met: 'through Priya', metAt: now - 20 * 3_600_000, sentKinds: [] }),
    trigger: { type: 'captured' },
    says: /^[^"]*ask Priya[^"]*Got it\? Text "Omar: <number>"/,
  },
  { label: 'deepen', kind: 'deepen', person: () => base({ sentKinds: ['first-follow-up'] }), trigger: { type: 'response', warmth: 'warm' }, says: /climb/ },
  {
    label: 'check-in',
    kind: 'check-in',
    person: () => base({ warmth: 'unknown', sentKinds: ['first-follow-up', 'check-in'] }),
    trigger: { type: 'skip' },
    says: /climb/,
  },
  {
    label: 'check-in: a retry after a cancellation',
    kind: 'check-in',
    person: (now) => base({ plans: [{ what: 'coffee', at: now - DAY_MS, cancelled: true }] }),
    trigger: { type: 'cancelled' },
    says: /[Cc]offee/,
  },
  {
    label: 'their-moment with a number',
    kind: 'their-moment',
    person: (now) => base({ events: [{ what: 'gallery show', on: dayKey(now, 3) }] }),
    trigger: { type: 'note-added' },
    says: /"[^"]*(luck|show)[^"]*"/i,
  },
  {
    label: 'their-moment without a number: go, in person',
    kind: 'their-moment',
    person: (now) =>
      base({ name: 'Lena', hasContact: false, met: 'gallery', sentKinds: ['get-contact'], events: [{ what: 'first solo show opening', on: dayKey(now, 3) }] }),
    trigger: { type: 'done' },
    says: /Lena's first solo show opening is [^.]+\. (Go, say congrats in person, and get Lena's number there|Show up, and swap numbers with Lena there|Go, and say): "[^"]*Lena[^"]*number[^"]*"/,
  },
  {
    label: 'say-hi at a recurring place without a number: something to ask, the words to say',
    kind: 'say-hi',
    person: () =>
      base({
        name: 'Ben',
        hasContact: false,
        met: 'the pool',
        interests: ['his dog Waffles'],
        recurringPlace: { place: 'the pool', weekday: 6, time: 11 },
        sentKinds: ['get-contact'],
      }),
    trigger: { type: 'done' },
    says: /Ben[^"]*the pool[^"]*"[^"]*Ben[^"]*Waffles[^"]*numbers?\?"/,
  },
  {
    label: 'say-hi at a recurring place with a number',
    kind: 'say-hi',
    person: () =>
      base({
        name: 'Ben',
        met: 'the pool',
        interests: ['his dog Waffles'],
        recurringPlace: { place: 'the pool', weekday: 6, time: 11 },
        sentKinds: ['first-follow-up', 'check-in'],
        warmth: 'lukewarm',
      }),
    trigger: { type: 'done' },
    says: /Ben[^"]*the pool[^"]*"[^"]*Ben[^"]*Waffles[^"]*"/,
  },
  {
    label: 'say-hi where they met, no number',
    kind: 'say-hi',
    person: () => base({ hasContact: false, met: 'climbing gym', sentKinds: ['get-contact'] }),
    trigger: { type: 'done' },
    says: /climbing gym/,
  },
  {
    label: 'let-go',
    kind: 'let-go',
    person: () => base({ silences: 1, sentKinds: ['first-follow-up', 'check-in'] }),
    trigger: { type: 'response', warmth: 'none' },
    says: /KEEP/,
  },
  {
    label: 'plan-follow-up',
    kind: 'plan-follow-up',
    person: (now) => base({ plans: [{ what: 'coffee', at: now + 3_600_000 }] }),
    trigger: { type: 'plan' },
    says: /^How was coffee with Omar( yesterday| today)?\?/,
  },
  {
    label: 'plan-follow-up without a number, after an invitation into their group',
    kind: 'plan-follow-up',
    person: (now) => base({ name: 'Mia', hasContact: false, plans: [{ what: 'her birthday drinks', at: now + 6 * 3_600_000, withGroup: true }] }),
    trigger: { type: 'plan' },
    says: /^How were Mia's birthday drinks( last night| yesterday)?\? (Meet the rest of the crew|Click with the group)\?/,
  },
  {
    label: 'bring-together over an interest',
    kind: 'bring-together',
    person: () => base({ sentKinds: ['first-follow-up'] }),
    trigger: { type: 'response', warmth: 'lukewarm' },
    pairs: [sarahPair],
    says: /Sarah/,
  },
  {
    label: 'bring-together at a place, without a number',
    kind: 'bring-together',
    person: () => base({ hasContact: false, met: 'the pool', sentKinds: ['get-contact'] }),
    trigger: { type: 'response', warmth: 'lukewarm' },
    pairs: [{ name: 'Ben', shared: 'the pool', place: true }],
    says: /^[^"]*Omar and Ben both go to the pool[^"]*introduce/,
  },
  {
    label: 'give: congrats on their news',
    kind: 'give',
    person: (now) => base({ name: 'Omid', news: [{ what: 'closed his round', on: now }] }),
    trigger: { type: 'news' },
    says: /Omid closed his round: congrats text\?|Congrats on closing your round|congrats on closing your round/,
  },
  {
    label: 'give: congrats in person, without a number',
    kind: 'give',
    person: (now) => base({ name: 'Omid', hasContact: false, met: 'founder dinner', news: [{ what: 'got the job', on: now }] }),
    trigger: { type: 'news' },
    says: /^Omid got the job! Next time you see Omid, say congrats in person\./,
  },
  {
    label: 'give: a catch-up before a move',
    kind: 'give',
    person: (now) => base({ name: 'Jake', move: { to: 'Denver', on: dayKey(now, 5) } }),
    trigger: { type: 'note-added' },
    says: /Denver/,
  },
  {
    label: 'give: something for their interest',
    kind: 'give',
    person: () => base({ sentKinds: ['first-follow-up', 'deepen', 'check-in', 'check-in'] }),
    trigger: { type: 'done' },
    says: /climbing[^"]*"Saw this and thought of you, Omar!"|"Saw this and thought of you, Omar!"/,
  },
  {
    label: 'give: an introduction',
    kind: 'give',
    person: () => base({ sentKinds: ['first-follow-up', 'deepen', 'check-in', 'check-in'] }),
    trigger: { type: 'done' },
    pairs: [sarahPair],
    says: /Sarah/,
  },
];

function subjectOf(person: PersonForPlan, planned: NonNullable<ReturnType<typeof planNext>>): NudgeSubject {
  return {
    kind: planned.kind,
    person,
    ...(planned.event ? { event: planned.event } : {}),
    ...(planned.plan ? { plan: planned.plan } : {}),
    ...(planned.give ? { give: planned.give } : {}),
    ...(planned.pair ? { pair: planned.pair } : {}),
    ...(planned.group ? { group: true } : {}),
  };
}

describe('every kind of step, planned and composed, with and without a number, in three weeks', () => {
  it.each(SCENARIOS.flatMap((scenario) => WEEKS.map(([week, now]) => [scenario.label, week, scenario, now] as const)))(
    '%s (%s)',
    (_label, _week, scenario, now) => {
      const person = scenario.person(now);
      const planned = planNext(person, scenario.trigger, now, NY, DEFAULT_WINDOW, scenario.pairs ?? []);
      expect(planned?.kind).toBe(scenario.kind);
      if (!planned) return;
      expect(planned.dueAt).toBeGreaterThanOrEqual(now);
      expect(isInsideWindow(planned.dueAt, NY, DEFAULT_WINDOW)).toBe(true);
      const subject = subjectOf(person, planned);
      for (const seed of [1, 7, 42, 1234, 99991]) {
        const text = composeNudge([subject], seed, { now: planned.dueAt, zone: NY });
        expect(text, text).toMatch(scenario.says);
        expect(segmentCount(text).segments, text).toBeLessThanOrEqual(2);
        expect(isGsm7(text), text).toBe(true);
        expect(text).toMatch(/^[\x20-\x7e\n]+$/);
        expect(namesDetail(text, detailsOf(subject, 3)), text).toBe(true);
        expect(badPhrasingsIn(text), text).toEqual([]);
        // one path per get-contact text: asking someone else comes with no line to say to the person
        if (/ask (Priya|a mutual friend)/.test(text)) expect(text.split('Got it?')[0]).not.toContain('"');
        // in a text with several people, the same step still names them and fits
        const several = composeNudge([subject, { kind: 'check-in', person: base({ name: 'Dana', interests: ['ceramics'] }) }], seed, {
          now: planned.dueAt,
          zone: NY,
        });
        expect(segmentCount(several).segments, several).toBeLessThanOrEqual(2);
        expect(several).toContain(person.name);
        expect(badPhrasingsIn(several), several).toEqual([]);
      }
    },
  );
});

describe('drafts a friend would send (the bad drafts of issue 13)', () => {
  const seeds = Array.from({ length: 24 }, (_, i) => i * 7919 + 3);
  const ben: NudgeSubject['person'] = {
    name: 'Ben',
    met: 'dog park',
    interests: ['dogs', 'his dog Waffles'],
    work: [],
    hasContact: true,
    events: [],
    warmth: 'warm',
  };
  const mira: NudgeSubject['person'] = {
    name: 'Mira',
    met: 'pottery fair',
    interests: [],
    work: ['opened a pottery studio'],
    hasContact: true,
    events: [],
    warmth: 'warm',
  };
  const sarah: NudgeSubject['person'] = {
    name: 'Sarah',
    met: 'climbing gym',
    interests: ['pottery', 'pottery studio'],
    work: [],
    hasContact: true,
    events: [],
    warmth: 'warm',
  };
  const tonite: NudgeSubject['person'] = {
    name: 'Ava',
    met: 'climbing gym tonite',
    interests: ['bouldering'],
    work: [],
    hasContact: true,
    events: [],
    warmth: 'unknown',
  };

  it.each([
    ['check-in', ben, /Waffles/, /how'?s dogs/i],
    ['say-hi', ben, /Waffles/, /how'?s dogs/i],
    ['check-in', mira, /your pottery studio/, /the opened|Any news on the opened/i],
    ['first-follow-up', mira, /your pottery studio/, /the opened/i],
    ['deepen', sarah, /bouldering|climb|coffee|walk/i, /ceramics studio|pottery class|pottery open studio/i],
    ['deepen', mira, /Mira/, /ceramics studio|pottery class/i],
  ] as [NudgeKind, NudgeSubject['person'], RegExp, RegExp][])('%s for %s', (kind, person, must, never) => {
    const texts = seeds.map((seed) => composeNudge([{ kind, person }], seed));
    expect(
      texts.some((text) => must.test(text)),
      texts.join('\n'),
    ).toBe(true);
    for (const text of texts) {
      expect(text).not.toMatch(never);
      expect(badPhrasingsIn(text), text).toEqual([]);
    }
  });

  it.each([
    ['read the next morning', local(2026, 12, 1, 21, 30), local(2026, 12, 2, 10), 'last night', /yesterday|the other night|today/],
    ['read the next afternoon, met in the morning', local(2026, 12, 1, 9), local(2026, 12, 2, 15), 'yesterday', /last night|the other|today/],
    ['read three days later', local(2026, 11, 28, 20), local(2026, 12, 1, 10), 'the other night', /last night|yesterday|today/],
  ])('relative words fit when the text is read: %s', (_label, metAt, now, right, wrong) => {
    const texts = seeds.map((seed) => composeNudge([{ kind: 'first-follow-up', person: { ...tonite, metAt } }], seed, { now, zone: NY }));
    expect(
      texts.some((text) => text.includes(right)),
      texts.join('\n'),
    ).toBe(true);
    for (const text of texts) {
      expect(text).not.toMatch(wrong);
      expect(text).not.toMatch(/tonite|tonight/i);
      expect(badPhrasingsIn(text), text).toEqual([]);
    }
  });

  it('a get-contact never says "ask a mutual friend" and then gives a line to say', () => {
    const marcus: NudgeSubject['person'] = { name: 'Marcus', met: null, interests: ['jazz'], work: [], hasContact: false, events: [], warmth: 'unknown' };
    for (const seed of seeds) {
      const text = composeNudge([{ kind: 'get-contact', person: marcus }], seed);
      expect(text).toMatch(/mutual friend/);
      expect(text.split('Got it?')[0]).not.toContain('"');
      expect(text).toContain('Got it? Text "Marcus: <number>"');
    }
  });
});
