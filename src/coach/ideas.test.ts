// ideas: the one activity an invitation proposes, from what they like: a group one when asked, never something of
// theirs (a studio they run), never the place you met.
import { describe, expect, it } from 'vitest';
import type { PersonForPlan } from '../domain/types';
import { ideaFor } from './ideas';

type Liked = Pick<PersonForPlan, 'interests' | 'work' | 'met'>;

describe('ideaFor', () => {
  it.each<[string, Liked, boolean, number, { activity: string; because: string }]>([
    ['from an interest', { interests: ['bouldering'], work: [], met: 'work drinks' }, false, 0, { activity: 'a bouldering session', because: 'bouldering' }],
    ['a group one', { interests: ['bouldering'], work: [], met: 'work drinks' }, true, 0, { activity: 'a climbing night', because: 'bouldering' }],
    [
      'the seed picks among their interests',
      { interests: ['jazz', 'chess'], work: [], met: null },
      false,
      1,
      { activity: 'a game of chess at a cafe', because: 'chess' },
    ],
    [
      'another seed, another idea',
      { interests: ['jazz', 'chess'], work: [], met: null },
      false,
      2,
      { activity: 'a blitz game and a coffee', because: 'chess' },
    ],
    [
      'never a visit to a studio like theirs',
      { interests: ['pottery'], work: ['runs a pottery studio'], met: null },
      false,
      0,
      { activity: 'a walk and a coffee', because: '' },
    ],
    [
      'bouldering and jazz, met nowhere said',
      { interests: ['bouldering', 'jazz'], work: [], met: null },
      false,
      0,
      { activity: 'a bouldering session', because: 'bouldering' },
    ],
    [
      'the same, met at a bouldering session: never the place you met',
      { interests: ['bouldering', 'jazz'], work: [], met: 'a bouldering session' },
      false,
      0,
      { activity: 'live jazz and a drink', because: 'jazz' },
    ],
    [
      'nothing else they like: a walk and a coffee',
      { interests: ['bouldering'], work: [], met: 'at the bouldering session' },
      false,
      0,
      { activity: 'a walk and a coffee', because: '' },
    ],
    ['nothing known: a walk and a coffee', { interests: [], work: [], met: null }, false, 0, { activity: 'a walk and a coffee', because: '' }],
    [
      'a group ask for someone known only by their job: the one-to-one idea from the job, never a board game night',
      { interests: [], work: ['product designer'], met: 'coworking space' },
      true,
      0,
      { activity: 'a coffee to swap ideas', because: 'product designer' },
    ],
  ])('%s', (_case, person, group, seed, want) => {
    expect(ideaFor(person, group, seed)).toEqual(want);
  });
});
