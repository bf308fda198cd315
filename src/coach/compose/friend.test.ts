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
