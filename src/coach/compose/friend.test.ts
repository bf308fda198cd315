// Issue 22 in the words: no empty slot, no past event wished as if it were coming, no "them" for a named person.
import { describe, expect, it } from 'vitest';
import { zonedToUtc } from '../../domain/time';
import type { NudgeSubject } from '../../domain/types';
import { composeNudge } from '.';

const NY = 'America/New_York';
const at = (day: number, hour: number) => zonedToUtc({ year: 2026, month: 12, day, hour, minute: 0 }, NY);
type Person = NudgeSubject['person'];
const lena: Person = { name: 'Lena', met: 'gallery', interests: ['painting'], work: [], hasContact: true, events: [], warmth: 'warm' };
const andre: Person = { name: 'Andre', met: 'golf club', interests: ['golf'], work: [], hasContact: true, events: [], warmth: 'warm' };
const seeds = [0, 1, 2, 3, 4, 5, 6, 7];

describe('no broken template', () => {
  it.each(['', '  ', 'Done I confirmed 8am'])('a plan named %j is "seeing Lena", never an empty slot', (what) => {
    for (const seed of seeds) {
      const text = composeNudge([{ kind: 'plan-follow-up', person: lena, plan: { what, at: at(5, 12) } }], seed, { now: at(6, 10), zone: NY });
      expect(text).not.toMatch(/How (was|were) +with| {2}|Done I/);
      expect(text).toMatch(/seeing Lena/);
    }
  });

  it('an event whose day is over is asked about, never wished well', () => {
    for (const seed of seeds) {
      const text = composeNudge(
        [
          {
            kind: 'their-moment',
            person: { ...andre, events: [{ what: 'golf tournament', on: '2026-12-05' }] },
            event: { what: 'golf tournament', on: '2026-12-05' },
          },
        ],
        seed,
        {
          now: at(6, 10),
          zone: NY,
        },
      );
      expect(text).not.toMatch(/goes well|goes great|good luck|coming up|all the best/i);
      expect(text).toMatch(/how (did|was)|went/i);
    }
  });

  it("the user's own sentence as an event is never cited", () => {
    const event = { what: 'Done I confirmed 8am tee time', on: '2026-12-08' };
    for (const seed of seeds) {
      const text = composeNudge([{ kind: 'their-moment', person: { ...andre, events: [event] }, event }], seed, { now: at(6, 10), zone: NY });
      expect(text).not.toMatch(/Done I|confirmed|8am/);
    }
  });
});

describe('a named person is named', () => {
  const kinds: NudgeSubject['kind'][] = ['get-contact', 'let-go', 'say-hi', 'their-moment', 'first-follow-up', 'check-in'];
  it.each(kinds)('%s never says them/their about the person', (kind) => {
    for (const seed of seeds) {
      for (const hasContact of [true, false]) {
        const person: Person = {
          ...lena,
          hasContact,
          events: [{ what: 'first solo show', on: '2026-12-08' }],
          recurringPlace: { place: 'the gallery', weekday: 2 },
        };
        const text = composeNudge([{ kind, person }], seed, { now: at(6, 10), zone: NY });
        expect(text, text).not.toMatch(/\b(them|their)\b(?! own)/);
      }
    }
  });
});

describe('activity picks', () => {
  it.each([
    ['run club', ['running', 'jazz'], /run club/i],
    ['yoga class', ['yoga', 'jazz'], /yoga class/i],
  ])('met at %s: the plan is never the place they met', (met, interests, unwanted) => {
    for (const seed of seeds) {
      for (const group of [false, true]) {
        const text = composeNudge([{ kind: 'deepen', group, person: { ...lena, name: 'Rafi', met, interests } }], seed);
        expect(text.match(/"[^"]*"/)?.[0] ?? '', text).not.toMatch(unwanted);
      }
    }
  });
});

describe('in person: words to say there, never a bare fact (issue 22: "Lena\'s show is tomorrow", "at the yoga")', () => {
  const show = { what: 'first solo show opening', on: '2026-12-07' };
  const lenaNoNumber: Person = { ...lena, hasContact: false, events: [show] };
  const rafi: Person = { ...andre, name: 'Rafi', met: 'yoga class', interests: ['jazz'], recurringPlace: { place: 'yoga', weekday: 0 } };
  const dana: Person = { ...andre, name: 'Dana', met: 'design conference', interests: [], work: ['UX researcher'] };
  const bea: Person = { ...andre, name: 'Bea', met: 'book club', interests: ['sci-fi'] };
  it.each([
    ['alone', [{ kind: 'their-moment', person: lenaNoNumber, event: show }]],
    [
      'in a digest of four',
      [
        { kind: 'their-moment', person: lenaNoNumber, event: show },
        { kind: 'check-in', person: dana },
        { kind: 'say-hi', person: rafi },
        { kind: 'deepen', person: bea, pin: true },
      ],
    ],
  ] as [string, NudgeSubject[]][])('their show without a number, %s: go, and the words to say there', (_, subjects) => {
    for (const seed of seeds) {
      const text = composeNudge(subjects, seed, { now: at(6, 9), zone: NY });
      const line = text.split('\n').find((part) => part.includes('show')) ?? '';
      expect(line, text).toMatch(/"[^"]*(Congrats|amazing)[^"]*Lena[^"]*"|"[^"]*Lena[^"]*(Congrats|amazing)[^"]*"/);
      expect(line, text).toMatch(/number/);
    }
  });

  it('four due, recent texts worn: every person keeps a draft rather than "Also due: 2) Lena"', () => {
    const recent = [
      'Today\'s texts:\n1) Ada: "Up for a coffee?"\n2) Omar: "Hey Omar, how are you?"\nReply e.g. DONE 1 or SNOOZE 2.',
      'Texts worth sending today:\n1) Sarah: "Hey Sarah! How was your week?"\n2) Zoe: "Hi Zoe!"\nReply DONE 1, SNOOZE 2 or SKIP 3.',
      'A few texts for today:\n1) Bea: "Hey Bea, so glad you\'re up for it!"\n2) Jake: "Hey Jake!"\nAnswer per person: DONE 1, SNOOZE 2 or SKIP 3.',
      '4 people to text today:\n1) Dana: "Hey Dana, how are you?"\nReply with a number: DONE 1, SNOOZE 2 or SKIP 3.',
    ];
    const subjects: NudgeSubject[] = [
      { kind: 'say-hi', person: rafi },
      { kind: 'their-moment', person: lenaNoNumber, event: show },
      { kind: 'check-in', person: dana },
      { kind: 'deepen', person: bea, pin: true, plan: { what: 'a book swap over coffee', at: at(8, 10) } },
    ];
    for (const seed of seeds) {
      const text = composeNudge(subjects, seed, { now: at(6, 9), zone: NY, recent });
      expect(text, text).not.toMatch(/Also due/);
      for (const name of ['Rafi', 'Lena', 'Dana', 'Bea']) expect(text.split('\n').find((line) => line.includes(name)) ?? '', text).toMatch(/"[^"]+"/);
    }
  });

  it.each([0, 1, 2, 3])('say-hi at yoga (seed %i): "at yoga", with words to say', (seed) => {
    for (const subjects of [
      [{ kind: 'say-hi', person: rafi }],
      [
        { kind: 'say-hi', person: rafi },
        { kind: 'check-in', person: dana },
      ],
    ] as NudgeSubject[][]) {
      const text = composeNudge(subjects, seed, { now: at(6, 9), zone: NY });
      expect(text).not.toMatch(/at the yoga/);
      expect(text).toMatch(/at yoga/);
      expect(
        text.split('\n').find((part) => part.includes('Rafi')),
        text,
      ).toMatch(/"[^"]*Rafi[^"]*"/);
    }
  });
});

describe('the first text after their event names the event (issue 22: the first text after her show ignored the show)', () => {
  const show = { what: 'first solo show opening', on: '2026-12-05' };
  it.each([
    ['the morning after', at(6, 10), /yesterday/],
    ['two days after', at(7, 10), /Saturday|congrats again on your first solo show/i],
  ])('%s: the show, not the gallery', (_, now, when) => {
    for (const seed of seeds) {
      const text = composeNudge([{ kind: 'first-follow-up', person: { ...lena, events: [show] } }], seed, { now, zone: NY });
      const draft = text.match(/"[^"]*"/)?.[0] ?? '';
      expect(draft, text).toMatch(/show/);
      expect(draft, text).toMatch(/Congrats/i);
      if (/ (yesterday|on \w+)!/.test(draft)) expect(draft, text).toMatch(when);
      expect(text, text).not.toMatch(/gallery/);
    }
  });
});
