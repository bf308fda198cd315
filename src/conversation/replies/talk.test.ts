// The replies to what understand() reads beyond the commands: here, a wrong save taken back.
import { describe, expect, it } from 'vitest';
import { detailsFixed, mergedPeople, notAPersonKept, notAPersonRemoved } from './talk';

describe('notAPersonRemoved', () => {
  it.each([
    ['Rocket', 'dog', 'Took Rocket off your people: a dog, not a person.'],
    ['Greg', 'monstera', 'Took Greg off your people: a monstera, not a person.'],
    ['Rocket', '', 'Took Rocket off your people: not a person.'],
  ])('%s, %j', (name, kind, text) => {
    expect(notAPersonRemoved(name, kind)).toBe(text);
  });
});

describe('detailsFixed', () => {
  it('says what each now has', () => {
    expect(
      detailsFixed([
        { name: 'Gabe', add: ['pitbull'] },
        { name: 'Tasha', add: ['beagle'] },
      ]),
    ).toBe('Fixed their notes. Gabe: pitbull; Tasha: beagle.');
  });
});

describe('mergedPeople', () => {
  it('says who was folded into whom', () => {
    expect(mergedPeople('Jess', 'Jessica')).toBe('Merged Jessica into Jess: one person now, with both sets of notes.');
  });
});

describe('notAPersonKept', () => {
  it.each([
    ['Messi', 'dog', 'Fergal', 'Took Messi off your people: a dog, not a person. Kept "dog Messi" on Fergal.'],
    ['Greg', '', 'Ana', 'Took Greg off your people: not a person. Kept "Greg" on Ana.'],
  ])('%s, %j, %s', (name, kind, owner, text) => {
    expect(notAPersonKept(name, kind, owner)).toBe(text);
  });
});
