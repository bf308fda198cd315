// kinds: every nudge kind has one whole definition (wording in English and Spanish, the phrase replies use, the page's
// label, what follows it done or skipped), registered by kind.
import { describe, expect, it } from 'vitest';
import { person, TUE_18, wall } from '../../test/support/playbook-fixtures';
import { DEFAULT_WINDOW } from '../domain/constants';
import { NUDGE_KINDS, type NudgeKind, type NudgeSubject } from '../domain/types';
import { KINDS } from './kinds';
import type { Datos, SpanishInput } from './compose/spanish-words';
import type { Planning } from './playbook/reach';

const NY = 'America/New_York';
// from Tuesday 2026-12-01, 18:00 in New York (window 9-20, preferred 10)
const ctx: Planning = { now: TUE_18, zone: NY, window: DEFAULT_WINDOW, pairs: [], checkInFrom: TUE_18 };

const lucia: NudgeSubject['person'] = { name: 'Lucia', met: 'el cafe', interests: ['la salsa'], work: [], hasContact: true, events: [], warmth: 'warm' };
const datos: Datos = { name: 'Lucia', first: 'Lucia', place: 'el cafe', topic: 'la salsa', news: null };
const spanishInput = (kind: NudgeKind): SpanishInput => ({
  subject: { kind, person: lucia },
  seed: 0,
  datos,
  tag: ' (el cafe)',
  footer: 'Responde LISTO.',
  texts: (lead, drafts, end = 'Responde LISTO.') => [...drafts.map((draft) => `${lead} "${draft}" ${end}`), `${lead} ${end}`],
});

describe('KINDS', () => {
  it('defines every kind in NUDGE_KINDS, and nothing else', () => {
    expect(Object.keys(KINDS).sort()).toEqual([...NUDGE_KINDS].sort());
  });

  it.each<[NudgeKind, string, string, string | null]>([
    ['first-follow-up', 'a first follow-up', 'Follow up with', 'draft your first text'],
    ['get-contact', 'a reminder to get a number', 'Get the number of', null],
    ['deepen', 'an idea to do something together', 'Make a plan with', null],
    ['check-in', 'a light check-in', 'Check in with', 'check in'],
    ['their-moment', 'a note for the big day', 'A moment for', 'remind you of the big day'],
    ['say-hi', 'a reminder to say hi', 'Say hi to', 'remind you to say hi'],
    ['let-go', 'a last check', 'Let go of', null],
    ['plan-follow-up', 'a question about how it went', 'How the plan went with', 'ask how the plan went'],
    ['bring-together', 'an idea for a small group plan', 'Bring together', 'suggest a small group plan'],
    ['give', 'a nudge to give something', 'Something for', 'suggest something to give'],
  ])('%s: replies say %j, the page %j, a warm reply %j', (kind, phrase, pageLabel, warmNext) => {
    expect([KINDS[kind].phrase, KINDS[kind].pageLabel, KINDS[kind].warmNext]).toEqual([phrase, pageLabel, warmNext]);
  });

  it.each(NUDGE_KINDS)('%s has Spanish texts and a Spanish line, none empty', (kind) => {
    const texts = KINDS[kind].spanish.texts(spanishInput(kind));
    expect(texts.length).toBeGreaterThan(0);
    for (const text of texts) expect(text.trim()).not.toBe('');
    expect(KINDS[kind].spanish.line({ subject: { kind, person: lucia }, datos, about: ' (la salsa)' }).trim()).not.toBe('');
  });

  it.each<[NudgeKind, string]>([
    ['check-in', 'saluda a Lucia (la salsa)'],
    ['deepen', 'proponle un plan a Lucia (la salsa)'],
    ['bring-together', 'proponle un plan a Lucia (la salsa)'],
    ['say-hi', 'si ves a Lucia, saluda (la salsa)'],
    ['let-go', 'dejo de recordarte de Lucia (KEEP LUCIA para seguir)'],
    ['plan-follow-up', 'que tal el plan con Lucia?'],
  ])('%s in a Spanish text about several: %j', (kind, line) => {
    expect(KINDS[kind].spanish.line({ subject: { kind, person: lucia }, datos, about: ' (la salsa)' })).toBe(line);
  });

  it('words a let-go in Spanish exactly', () => {
    expect(KINDS['let-go'].spanish.texts(spanishInput('let-go'))).toEqual([
      'Sin problema si no se dio con Lucia (el cafe). Ya no te recordare de Lucia; responde KEEP si quieres seguir.',
      'Ya no te recordare de Lucia; responde KEEP si quieres seguir.',
    ]);
  });

  it.each<[NudgeKind, string, string | null]>([
    ['deepen', 'Omar', "I'll suggest the next plan with Omar"],
    ['check-in', '', "I'll check in again"],
    ['say-hi', 'Omar', "I'll remind you to say hi to Omar"],
    ['bring-together', '', "I'll suggest a small group plan"],
    ['give', 'Omar', null],
  ])('%s after a plan, naming %j: %j', (kind, name, words) => {
    expect(KINDS[kind].afterPlanWords?.(name) ?? null).toBe(words);
  });

  it.each<[string, NudgeKind, 'done' | 'skip', Partial<Parameters<typeof person>[0]>, object]>([
    ['a first follow-up done, no answer yet: a check-in in 3 days', 'first-follow-up', 'done', {}, { kind: 'check-in', dueAt: '2026-12-04 10:00' }],
    ['a first follow-up skipped: a check-in in 7 days', 'first-follow-up', 'skip', {}, { kind: 'check-in', dueAt: '2026-12-08 10:00' }],
    ['a first follow-up skipped, warm: deepen in 3 days', 'first-follow-up', 'skip', { warmth: 'warm' }, { kind: 'deepen', dueAt: '2026-12-04 10:00' }],
    ['a let-go kept: a check-in in 28 days', 'let-go', 'done', {}, { kind: 'check-in', dueAt: '2026-12-29 10:00' }],
    ['a deepen skipped: as done, a check-in at their pace', 'deepen', 'skip', { warmth: 'warm' }, { kind: 'check-in', dueAt: '2026-12-15 10:00' }],
  ])('%s', (_, kind, how, overrides, want) => {
    const step = KINDS[kind].after[how](person({ sentKinds: ['first-follow-up'], ...overrides }), ctx);
    expect({ kind: step.kind, dueAt: wall(step.dueAt) }).toEqual(want);
  });
});
