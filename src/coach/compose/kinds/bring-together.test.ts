// bring-together: two of the user's people share an interest (a small group plan with both) or a place (introduce
// them there, which needs no number).
import { describe, expect, it } from 'vitest';
import { jake, priya, sarah, subject } from '../../../../test/support/compose-fixtures';
import { expectComposedFits, expectCopyable, kindInput, SEEDS, shapeOf } from '../../../../test/support/kind-checks';
import { bringTogether } from './bring-together';

const climbing = subject('bring-together', sarah, { pair: { name: 'Maya Chen', shared: 'bouldering' } });
const jazz = subject('bring-together', priya, { pair: { name: 'Omar', shared: 'jazz' } });
const gym = subject('bring-together', sarah, { pair: { name: 'Maya', shared: 'climbing gym', place: true } });

describe('a shared interest: a group plan with both', () => {
  it.each([climbing, jazz].flatMap((s) => SEEDS.map((seed) => [s.person.name, seed, s] as const)))('%s, seed %i', (first, seed, s) => {
    const shape = shapeOf(bringTogether, s, seed);
    const other = (s.pair?.name ?? '').split(' ')[0] ?? '';
    expectCopyable(shape.drafts[0] ?? '', first);
    expect(shape.drafts[0]).toContain(other);
    expect(shape.drafts[0]).not.toContain('Chen');
    for (const lead of shape.leads) {
      expect(lead).toContain(first);
      expect(lead).toContain(other);
    }
    expectComposedFits(s, seed);
  });

  it.each([
    [climbing, /climb|boulder/i],
    [jazz, /jazz/i],
  ] as const)('the activity fits what they share: %#', (s, fits) => {
    for (const seed of SEEDS) expect(shapeOf(bringTogether, s, seed).drafts[0]).toMatch(fits);
  });
});

describe('a shared place: introduce them there, no draft', () => {
  it.each(SEEDS)('seed %i', (seed) => {
    const shape = shapeOf(bringTogether, gym, seed);
    expect(shape.drafts).toEqual([]);
    expect(shape.leads[0]).toContain('Sarah and Maya both go to the climbing gym');
    expect(shape.leads[0]).toMatch(/introduce/);
    expectComposedFits(gym, seed);
  });

  it('without a number the interest pair is introduced in person too', () => {
    const s = subject('bring-together', jake, { pair: { name: 'Maya', shared: 'marathon' } });
    expect(shapeOf(bringTogether, s).drafts).toEqual([]);
    expect(shapeOf(bringTogether, s).leads[1]).toMatch(/^Jake and Maya .*: introduce them\.$/);
  });
});

describe('no pair: a group plan for one', () => {
  it('falls back to a no-pressure ask, never a made-up group', () => {
    const shape = shapeOf(bringTogether, subject('bring-together', sarah));
    expect(shape.drafts[0]).toMatch(/no pressure|no rush/i);
    expect(shape.drafts[0]).not.toMatch(/few of us|few friends/i);
    expectCopyable(shape.drafts[0] ?? '', 'Sarah');
  });
});

describe('a line in a text about several people', () => {
  it.each([
    [gym, 1, 'Sarah + Maya: both at climbing gym, introduce them'],
    [jazz, 1, 'Priya + Omar: both into jazz, invite both to a jazz club night'],
  ] as const)('%# at level %i', (s, level, expected) => {
    expect(bringTogether.line(kindInput(s), level)).toBe(expected);
  });
});
