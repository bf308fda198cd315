// Issue 22 gap 8: giving beyond congrats. An introduction that helps ("Chris is looking for a realtor" and the user's
// sister Monica is one), a welcome for someone who just moved to town, never a congrats on a need.
import { describe, expect, it } from 'vitest';
import { composeNudge } from '../compose';
import { DEFAULT_WINDOW } from '../../domain/constants';
import { pairSidesWith, planNext } from '../playbook';
import { NY, person, TUE_18, wall } from '../../../test/support/playbook-fixtures';
import { fillsNeed, needIn, needNews } from './needs';

describe('needIn', () => {
  it.each([
    ['Chris from the coworking space, product designer, looking for a realtor 646-555-0202', 'realtor'],
    ['needs a good dentist', 'dentist'],
    ['hiring a product designer asap', 'product designer'],
    ['looking for an accountant and a lawyer', 'accountant'],
    ['got promoted!!', null],
    ['looking forward to the show', null],
  ])('%s -> %s', (text, need) => {
    expect(needIn(text)).toBe(need);
  });

  it.each([
    [['realtor'], 'realtor', true],
    [['realtor at Compass'], 'realtor', true],
    [['UX researcher'], 'realtor', false],
  ])('%j fills %s: %s', (work, need, fills) => {
    expect(fillsNeed({ work, interests: [] }, need)).toBe(fills);
  });
});

describe('an introduction that helps', () => {
  const chris = person({ name: 'Chris', work: ['product designer'], interests: [], sentKinds: ['first-follow-up'], news: [needNews('realtor', TUE_18)] });
  const monica = person({ name: 'Monica', work: ['realtor'], interests: [], warmth: 'unknown' });
  const dana = person({ name: 'Dana', work: ['UX researcher'], interests: [] });

  it("the user's realtor is Chris's side, first, whatever the warmth", () => {
    expect(pairSidesWith('Chris', [chris, dana, monica], TUE_18, NY)[0]).toEqual({ name: 'Monica', shared: 'realtor', need: true });
  });

  it('plans the introduction soon, once, and no congrats on "looking for a realtor"', () => {
    const sides = pairSidesWith('Chris', [chris, dana, monica], TUE_18, NY);
    const planned = planNext(chris, { type: 'done' }, TUE_18, NY, DEFAULT_WINDOW, sides);
    expect(planned).toMatchObject({ kind: 'give', give: { type: 'introduce', interest: 'realtor' }, pair: { name: 'Monica', need: true } });
    expect(wall(planned?.dueAt ?? 0)).toBe('2026-12-02 10:00');
    const after = planNext({ ...chris, covered: [planned?.covers ?? ''] }, { type: 'done' }, TUE_18, NY, DEFAULT_WINDOW, sides);
    expect(after?.kind).not.toBe('give');
  });

  it("the text names both, the need and offers the intro in a friend's words", () => {
    for (const seed of [0, 1, 2, 3]) {
      const text = composeNudge(
        [
          {
            kind: 'give',
            person: { ...chris, hasContact: true },
            give: { type: 'introduce', interest: 'realtor' },
            pair: { name: 'Monica', shared: 'realtor', need: true },
          },
        ],
        seed,
      );
      expect(text).toMatch(/Chris/);
      expect(text).toMatch(/Monica/);
      expect(text).toMatch(/a realtor/);
      expect(text).not.toMatch(/both|congrat/i);
    }
  });
});

describe('a welcome for someone who just moved to town', () => {
  it.each([0, 1, 2])('seed %i: a welcome with a tip for their interest, not "congrats on moving"', (seed) => {
    const sam = { name: 'Sam', met: 'the park', interests: ['bouldering'], work: [], hasContact: true, events: [], warmth: 'unknown' as const };
    const text = composeNudge([{ kind: 'give', person: sam, give: { type: 'congrats', news: { what: 'just moved here' } } }], seed);
    expect(text).toMatch(/[Ww]elcome/);
    expect(text).not.toMatch(/congrat/i);
  });
});
