// deepen: a specific plan to suggest (a group plan when it is lukewarm, a day to pin once they said yes), never the
// place they met as the plan and never a visit to a place that is theirs.
import { describe, expect, it } from 'vitest';
import { ASCII_PEOPLE, dev, jake, type Person, priya, sarah, subject } from '../../../../test/support/compose-fixtures';
import { expectComposedFits, expectCopyable, expectNamesADetail, kindInput, SEEDS, shapeOf } from '../../../../test/support/kind-checks';
import type { NudgeSubject } from '../../../domain/types';
import { deepen } from './deepen';

const cases: [string, NudgeSubject][] = [
  ['Sarah, one to one', subject('deepen', sarah)],
  ['Priya, one to one', subject('deepen', priya)],
  ['Dev, one to one', subject('deepen', dev)],
  ['Sarah, a group plan', subject('deepen', sarah, { group: true })],
  ['Sarah, a day to pin', subject('deepen', sarah, { pin: true })],
  ['Sarah, a group after her class', subject('deepen', { ...sarah, recurringPlace: { place: 'yoga class', weekday: 2 } }, { group: true })],
];

describe('deepen drafts a plan the user can copy', () => {
  it.each(cases.flatMap(([label, s]) => SEEDS.map((seed) => [label, seed, s] as const)))('%s, seed %i', (_label, seed, s) => {
    const shape = shapeOf(deepen, s, seed);
    for (const draft of shape.drafts.slice(0, 1)) expectCopyable(draft, s.person.name);
    for (const lead of shape.leads) expect(lead).toContain(s.person.name);
    expectComposedFits(s, seed);
  });

  it.each([
    // person, what the plan is built on
    [sarah, /climb|boulder|pottery|ceramic|clay/i],
    [priya, /jazz/i],
    [dev, /game|Catan/i],
  ] as [Person, RegExp][])('the plan for %o fits their interest', (person, fits) => {
    for (const seed of SEEDS) expect(shapeOf(deepen, subject('deepen', person), seed).drafts[0]).toMatch(fits);
  });
});

describe('what the plan never is', () => {
  it.each(SEEDS)('seed %i: not the place they met ("run club" for someone met at run club)', (seed) => {
    const runner: Person = { ...jake, hasContact: true, met: 'run club', interests: ['running'] };
    for (const draft of shapeOf(deepen, subject('deepen', runner), seed).drafts) expect(draft.toLowerCase()).not.toContain('run club');
  });

  it.each(SEEDS)('seed %i: not a visit to the studio she runs', (seed) => {
    const owner: Person = { ...sarah, interests: [], work: ['runs a pottery studio'] };
    for (const draft of shapeOf(deepen, subject('deepen', owner), seed).drafts) expect(draft).not.toMatch(/pottery|studio|ceramic/i);
  });

  it.each(SEEDS)('seed %i: never "this weekend" twice', (seed) => {
    for (const draft of shapeOf(deepen, subject('deepen', { ...dev, interests: ['dog walks'] }), seed).drafts) {
      expect(draft.match(/week/g)?.length ?? 0).toBeLessThanOrEqual(1);
    }
  });
});

describe('the day of a class is today on its day', () => {
  it.each([
    // weekday of the class, the day words the group draft uses on Thursday Dec 10
    [4, 'after yoga class today'],
    [6, 'after yoga class on Saturday'],
  ] as const)('weekday %i: %j', (weekday, words) => {
    const s = subject('deepen', { ...sarah, recurringPlace: { place: 'yoga class', weekday } }, { group: true });
    const drafts = SEEDS.map((seed) => shapeOf(deepen, s, seed).drafts[0] ?? '');
    expect(drafts.some((draft) => draft.includes(words))).toBe(true);
  });
});

describe('once they said yes: pin a day', () => {
  it.each(SEEDS)('seed %i', (seed) => {
    const shape = shapeOf(deepen, subject('deepen', sarah, { pin: true }), seed);
    expect(shape.bare).toBe('Pin a day with Sarah (climbing gym).');
    expect(shape.drafts.join(' ')).toMatch(/when|day|saturday|thursday/i);
  });
});

describe('a line in a text about several people', () => {
  it.each([
    [subject('deepen', priya), 0, 'Priya (jazz): suggest live jazz and a drink, "Up for live jazz and a drink?"'],
    [subject('deepen', priya), 1, 'Priya (jazz): suggest live jazz and a drink'],
    [subject('deepen', priya, { group: true }), 1, 'Priya (jazz): a no-pressure ask for a jazz club night'],
  ] as const)('%o at level %i', (s, level, expected) => {
    expect(deepen.line(kindInput(s), level)).toBe(expected);
  });
});

describe('the text cites what the user noted', () => {
  it.each(ASCII_PEOPLE.flatMap((person) => SEEDS.map((seed) => [person.name, seed, person] as const)))('%s, seed %i', (_name, seed, person) => {
    expectNamesADetail(subject('deepen', person), seed);
  });
});
