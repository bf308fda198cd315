import { describe, expect, it } from 'vitest';
import type { NudgeKind, NudgeSubject } from '../../../domain/types';
import { factsOf } from '../facts';
import { KIND_TEMPLATES } from './index';

type Person = NudgeSubject['person'];
const sarah: Person = {
  name: 'Sarah',
  met: 'climbing gym',
  interests: ['bouldering'],
  work: [],
  hasContact: true,
  events: [{ what: 'gallery opening', on: '2026-12-12' }],
  warmth: 'unknown',
};
const jake: Person = { name: 'Jake', met: 'run club', interests: ['marathon'], work: [], hasContact: false, events: [], warmth: 'none' };
const KINDS = Object.keys(KIND_TEMPLATES) as NudgeKind[];

function input(kind: NudgeKind, person: Person, seed = 5, clip = 0) {
  const subject: NudgeSubject = { kind, person, ...(kind === 'their-moment' && person.events[0] ? { event: person.events[0] } : {}) };
  return { subject, facts: factsOf(subject, seed, clip), seed, clip };
}

describe('every kind has a template', () => {
  it('covers all ten kinds', () => {
    expect(KINDS.sort()).toEqual([
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
    ]);
  });

  it.each(KINDS.flatMap((kind) => [sarah, jake].map((person) => [kind, person.name, person] as const)))(
    '%s for %s: every lead names them, drafts are quoted',
    (kind, name, person) => {
      for (let seed = 0; seed < 12; seed++) {
        const shape = KIND_TEMPLATES[kind].shape(input(kind, person, seed));
        for (const lead of shape.leads) expect(lead).toContain(name);
        for (const draft of shape.drafts) expect(draft).toMatch(/^"[^"]+"$/);
        expect(shape.bare).toContain(name);
        expect(shape.hints.length).toBeGreaterThan(0);
      }
    },
  );

  it.each(KINDS.flatMap((kind) => [0, 1, 2].map((level) => [kind, level] as const)))(
    '%s line at level %i names the person and stays on one line',
    (kind, level) => {
      const line = KIND_TEMPLATES[kind].line(input(kind, sarah), level);
      expect(line).toMatch(/^Sarah\b/);
      expect(line).not.toContain('\n');
    },
  );
});

describe('what each kind says', () => {
  it.each([
    ['first-follow-up', sarah, 0, 'Sarah (climbing gym): follow up, "Hey Sarah, great meeting you at the climbing gym!"'],
    ['first-follow-up', jake, 1, 'Jake (run club): no number yet, ask next time at run club'],
    ['get-contact', sarah, 2, 'Sarah (climbing gym): get a number'],
    ['check-in', sarah, 1, 'Sarah: check in re bouldering'],
    ['check-in', jake, 1, 'Jake (run club): get a number'],
    ['their-moment', sarah, 1, 'Sarah: gallery opening on Dec 12, wish luck'],
    ['say-hi', jake, 1, 'Jake: say hi at run club, swap numbers'],
    ['let-go', jake, 2, "Jake (run club): still no number, so I'll stop nudging (KEEP Jake to keep going)."],
  ] as const)('%s for %s at level %i', (kind, person, level, expected) => {
    expect(KIND_TEMPLATES[kind].line(input(kind, person, 0), level)).toBe(expected);
  });

  it('a kind that needs a number asks for one when there is none', () => {
    for (const kind of ['first-follow-up', 'check-in'] as const) {
      expect(KIND_TEMPLATES[kind].shape(input(kind, jake)).hints[0]).toBe('Got it? Text "Jake: <number>". Or SNOOZE, SKIP.');
    }
  });

  it('a let-go has no draft and says how to KEEP', () => {
    const shape = KIND_TEMPLATES['let-go'].shape(input('let-go', jake));
    expect(shape.drafts).toEqual([]);
    for (const lead of shape.leads) expect(lead).toContain('KEEP');
  });

  it.each([0, 1, 2, 3, 4, 5, 6, 7])('a let-go for someone without a number never says they did not reply (seed %i)', (seed) => {
    const lena: Person = { ...jake, name: 'Lena', met: 'gallery', hasContact: false };
    const [lead] = KIND_TEMPLATES['let-go'].shape(input('let-go', lena, seed)).leads;
    expect(lead).toMatch(/no number|No way to reach/i);
    expect(lead).not.toMatch(/reply from|gone quiet|didn't click/);
    const [withNumber] = KIND_TEMPLATES['let-go'].shape(input('let-go', { ...lena, hasContact: true }, seed)).leads;
    expect(withNumber).not.toMatch(/no number|No way to reach/i);
  });

  it.each([
    ['coffee', /^Coffee with Sarah fell through/, /another day for coffee|up for coffee/],
    ['', /^Your plan with Sarah fell through/, /another day\?|getting together/],
  ])('a retry after a cancelled plan (%j) names what fell through, or "your plan"', (what, lead, draft) => {
    const subject: NudgeSubject = { kind: 'check-in', person: sarah, plan: { what, at: 0, cancelled: true } };
    for (const seed of [1, 2, 3, 4]) {
      const shape = KIND_TEMPLATES['check-in'].shape({ subject, facts: factsOf(subject, seed, 0), seed, clip: 0 });
      expect(shape.leads[0]).toMatch(lead);
      expect(shape.drafts[0]).toMatch(draft);
      expect(KIND_TEMPLATES['check-in'].line({ subject, facts: factsOf(subject, seed, 0), seed, clip: 0 }, 0)).toMatch(/^Sarah: \w+ (plan )?fell through/);
    }
  });

  it.each([
    ['Saturday, their day at the pool', Date.UTC(2026, 3, 18, 13, 30), /at the pool today/],
    ['the Friday before', Date.UTC(2026, 3, 17, 13, 30), /at the pool tomorrow/],
    ['a Tuesday', Date.UTC(2026, 3, 14, 13, 30), /^(?![\s\S]*(today|tomorrow))[\s\S]*at the pool/],
  ])('a get-contact for someone seen every Saturday at the pool, sent on %s', (_label, now, says) => {
    const rafi: Person = { ...jake, name: 'Rafi', met: 'pool', interests: ['laps'], recurringPlace: { place: 'the pool', weekday: 6 } };
    const subject: NudgeSubject = { kind: 'get-contact', person: rafi };
    for (const seed of [1, 2, 3, 4, 5]) {
      const input = { subject, facts: factsOf(subject, seed, 0), seed, clip: 0, options: { now, zone: 'America/New_York' } };
      expect(KIND_TEMPLATES['get-contact'].shape(input).leads[0]).toMatch(says);
      expect(KIND_TEMPLATES['get-contact'].line(input, 0)).toMatch(says);
    }
  });

  it('a group deepen with nobody named keeps it low-key', () => {
    const subject: NudgeSubject = { kind: 'deepen', person: sarah, group: true };
    const shape = KIND_TEMPLATES.deepen.shape({ subject, facts: factsOf(subject, 3, 0), seed: 3, clip: 0 });
    expect(shape.leads[0]).toMatch(/no rush|easy|low-pressure/i);
  });
});
