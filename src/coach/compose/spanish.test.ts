// The Spanish nudges: every kind for people with and without a number, in GSM-7, within 2 segments, with a draft and
// how to answer in Spanish, never an English word of Kindling's own.
import { describe, expect, it } from 'vitest';
import { NUDGE_KINDS, type NudgeSubject } from '../../domain/types';
import { composeNudge } from './index';
import { composeNudgeEs } from './spanish';
import { at, measure, NY } from '../../../test/support/compose-fixtures';

const lucia: NudgeSubject['person'] = {
  name: 'Lucía Fernández',
  met: 'la clase de cerámica',
  interests: ['salsa'],
  work: [],
  hasContact: true,
  events: [{ what: 'su exposición', on: '2026-12-12' }],
  warmth: 'warm',
  news: [{ what: 'su nuevo trabajo' }],
  recurringPlace: { place: 'el parque', weekday: 6 },
};
const marta: NudgeSubject['person'] = { name: 'Marta', met: null, interests: [], work: ['un banco'], hasContact: false, events: [], warmth: 'unknown' };

const extras: Partial<NudgeSubject> = {
  event: { what: 'su exposición', on: '2026-12-12' },
  plan: { what: 'el cafe', at: at(2026, 12, 10, 9) },
  pair: { name: 'Ana', shared: 'salsa' },
  give: { type: 'congrats', news: { what: 'su nuevo trabajo' } },
};
const OPTIONS = { now: at(2026, 12, 11, 10), zone: NY, language: 'es' as const };
const ENGLISH = /\b(?:Reply|DONE|SNOOZE|SKIP|Time to|great meeting|follow up|the|you|your|with)\b/;

describe('composeNudgeEs', () => {
  const cases = NUDGE_KINDS.flatMap((kind) => [lucia, marta].map((person) => [kind, person.name, { kind, person, ...extras }] as const));
  it.each(cases)('%s for %s: Spanish, GSM-7, 1-2 segments, names them', (_kind, _name, subject) => {
    for (const seed of [0, 1, 2, 3]) {
      const text = composeNudgeEs([subject], seed, OPTIONS);
      const { encoding, segments } = measure(text);
      expect(encoding).toBe('GSM-7');
      expect(segments).toBeLessThanOrEqual(2);
      expect(text).toMatch(/Lucia|Marta/);
      expect(text).toMatch(/\b(?:LISTO|KEEP|Cuentame|numero)\b/);
      expect(text).not.toMatch(ENGLISH);
      expect(text).not.toMatch(/\s{2}|\(\)|undefined|null/);
    }
  });

  it('a first hello quotes a draft that names a detail', () => {
    const text = composeNudgeEs([{ kind: 'first-follow-up', person: lucia }], 0, OPTIONS);
    expect(text).toMatch(/"[^"]*(?:salsa|ceramica)[^"]*"/);
  });

  it('someone without a number is asked for it in person, not texted', () => {
    const text = composeNudgeEs([{ kind: 'first-follow-up', person: marta }], 0, OPTIONS);
    expect(text).toMatch(/numero/);
    expect(text).not.toMatch(/^Escribele|"Hola Marta/);
  });

  it('several people: one numbered text with LISTO <n>', () => {
    const text = composeNudgeEs(
      [
        { kind: 'check-in', person: lucia },
        { kind: 'get-contact', person: marta },
      ],
      0,
      OPTIONS,
    );
    expect(text).toMatch(/1\) .*Lucia.* 2\) .*Marta/);
    expect(text).toMatch(/LISTO 1/);
    expect(measure(text).segments).toBeLessThanOrEqual(2);
  });

  it('composeNudge writes Spanish only for a Spanish user', () => {
    const subject = { kind: 'first-follow-up' as const, person: lucia };
    expect(composeNudge([subject], 0, OPTIONS)).toMatch(/LISTO/);
    expect(composeNudge([subject], 0, { ...OPTIONS, language: 'en' })).toMatch(/DONE/);
  });
});
