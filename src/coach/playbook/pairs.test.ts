// pairs: two of the user's people who share an interest or a place, at least one warm, and the words for it.
import { describe, expect, it } from 'vitest';
import { at, NY } from '../../../test/support/playbook-fixtures';
import { bothLine, bothVerb, findPairs, type PersonForPairs, pairSidesFor, pairSidesWith } from './pairs';

// Thursday 2026-12-10, 12:00 in New York
const NOW = at(NY, 2026, 12, 10, 12);
const who = (name: string, extra: Partial<PersonForPairs> = {}): PersonForPairs => ({
  name,
  interests: [],
  met: null,
  warmth: 'warm',
  silences: 0,
  kept: false,
  sentKinds: [],
  ...extra,
});
const sarah = who('Sarah', { interests: ['bouldering'], met: 'climbing gym' });
const omar = who('Omar', { interests: ['climbing'], warmth: 'lukewarm' });
const lena = who('Lena', { interests: ['jazz'], met: 'climbing gym', warmth: 'unknown' });
const noor = who('Noor', { interests: ['Jazz '] });

describe('the words for what two people share', () => {
  it.each([
    ['bouldering', false, 'Sarah and Omar both boulder'],
    ['rock climbing', false, 'Sarah and Omar both climb'],
    ['marathon training', false, 'Sarah and Omar both run'],
    ['ceramics', false, 'Sarah and Omar both do pottery'],
    ['jazz', false, 'Sarah and Omar are both into jazz'],
    ['the pool', true, 'Sarah and Omar both go to the pool'],
    ['at the climbing gym', true, 'Sarah and Omar both go to the climbing gym'],
  ] as const)('%j (place %s): %j', (shared, place, line) => {
    expect(bothLine('Sarah', 'Omar', shared, place)).toBe(line);
    expect(`Sarah and Omar ${bothVerb(shared, place)}`).toBe(line);
  });
});

describe('findPairs', () => {
  it.each([
    // people, the pairs found as a: b over shared (place?)
    ['an interest by pastime', [sarah, omar], ['Sarah+Omar bouldering']],
    ['a place both return to', [sarah, lena], ['Sarah+Lena climbing gym (place)']],
    ['the same words', [lena, noor], ['Lena+Noor jazz']],
    ['neither warm: no pair', [omar, lena], []],
    ['nothing shared', [sarah, noor], []],
    [
      'warm with warm first',
      [omar, sarah, lena, noor, who('Ada', { interests: ['jazz'] })],
      ['Noor+Ada Jazz', 'Omar+Sarah climbing', 'Sarah+Lena climbing gym (place)', 'Lena+Noor jazz', 'Lena+Ada jazz'],
    ],
  ] as [string, PersonForPairs[], string[]][])('%s', (_label, people, expected) => {
    expect(findPairs(people, NOW, NY).map((p) => `${p.a}+${p.b} ${p.shared}${p.place ? ' (place)' : ''}`)).toEqual(expected);
  });

  it.each([
    ['let go and not kept', { sentKinds: ['let-go' as const] }],
    ['silent twice', { silences: 2 }],
    ['moved away already', { move: { to: 'Denver', on: '2026-11-01' } }],
  ] as [string, Partial<PersonForPairs>][])('someone %s takes no part', (_label, extra) => {
    expect(findPairs([sarah, { ...omar, ...extra }], NOW, NY)).toEqual([]);
  });

  it('someone moving later still takes part, and KEEP brings a let-go back', () => {
    expect(findPairs([sarah, { ...omar, move: { to: 'Denver', on: '2027-03' } }], NOW, NY)).toHaveLength(1);
    expect(findPairs([sarah, { ...omar, sentKinds: ['let-go'], kept: true }], NOW, NY)).toHaveLength(1);
  });

  it('a one-off occasion is no shared place', () => {
    expect(findPairs([who('Ana', { met: "Lisa's wedding" }), who('Bo', { met: "Lisa's wedding" })], NOW, NY)).toEqual([]);
  });
});

describe("one person's sides", () => {
  it('pairSidesFor: the other name and what they share', () => {
    expect(pairSidesFor('Sarah', findPairs([sarah, omar, lena], NOW, NY))).toEqual([
      { name: 'Omar', shared: 'bouldering' },
      { name: 'Lena', shared: 'climbing gym', place: true },
    ]);
    expect(pairSidesFor('Noor', findPairs([sarah, omar], NOW, NY))).toEqual([]);
  });

  it('two warm people share one bring-together: the name that sorts first gets it', () => {
    const warmOmar = { ...omar, warmth: 'warm' as const };
    expect(pairSidesWith('Omar', [sarah, warmOmar], NOW, NY)).toEqual([{ name: 'Sarah', shared: 'bouldering' }]);
    expect(pairSidesWith('Sarah', [sarah, warmOmar], NOW, NY)).toEqual([]);
  });

  it('a need someone fills comes first, warm or not', () => {
    const chris = who('Chris', { warmth: 'lukewarm', interests: ['bouldering'], news: [{ what: 'looking for a realtor' }] });
    const monica = who('Monica', { warmth: 'unknown', work: ['realtor at Compass'] });
    expect(pairSidesWith('Chris', [chris, monica, sarah], NOW, NY)).toEqual([
      { name: 'Monica', shared: 'realtor', need: true },
      { name: 'Sarah', shared: 'bouldering' },
    ]);
  });

  it('someone who takes no part has no sides', () => {
    expect(pairSidesWith('Omar', [sarah, { ...omar, silences: 2 }], NOW, NY)).toEqual([]);
    expect(pairSidesWith('Nobody', [sarah, omar], NOW, NY)).toEqual([]);
  });
});
