// people: what can be a name, which saved people a name points at, and who a short text is about.
import { describe, expect, it } from 'vitest';
import { ctxWith, idOf, view } from '../../test/support/understand/reader-context';
import { isLexiconName, isPlausibleName, peopleNamed, refFor, savedMentions, subjectOf, titleCase } from './people';

const ctx = ctxWith({ latest: 'Ines' });

describe('isPlausibleName', () => {
  it.each([
    ['Jake', true],
    ['jake', true],
    ['Mary Kate', true],
    ['mary kate', false],
    ['Mrs Patel', true],
    ['Anatoly', true],
    ['Jean-Luc', true],
    ["O'Brien", true],
    ['José Núñez', true],
    ['Running', false],
    ['happily', false],
    ['the', false],
    ['A', false],
    ['Bob Smith Jones Four', false],
  ] as const)('%j: %s', (name, plausible) => {
    expect(isPlausibleName(name)).toBe(plausible);
  });

  it.each([
    ['jake', true],
    ['sarah', true],
    ['the', false],
    ['gym', false],
  ] as const)('isLexiconName(%j): %s', (word, name) => {
    expect(isLexiconName(word)).toBe(name);
  });
});

describe('peopleNamed and refFor', () => {
  it.each([
    ['ivan', { name: 'Ivan', id: idOf('Ivan') }],
    ["Ivan's", { name: 'Ivan', id: idOf('Ivan') }],
    ['ivans', { name: 'Ivan', id: idOf('Ivan') }],
    ['priya', { name: 'Priya Raman', id: idOf('Priya Raman') }],
    ['priya raman', { name: 'Priya Raman', id: idOf('Priya Raman') }],
    ['carla', { name: 'Carla', candidates: [idOf('Carla', 'yoga'), idOf('Carla', 'bakery')] }],
    ['raman', { name: 'Raman' }],
    ["marco's", { name: 'Marco' }],
  ] as const)('%j -> %o', (name, ref) => {
    expect(refFor(name, ctx)).toEqual(ref);
    expect(peopleNamed(name, ctx.people).map((person) => person.id)).toEqual('id' in ref ? [ref.id] : 'candidates' in ref ? ref.candidates : []);
  });
});

describe('savedMentions and subjectOf', () => {
  it('every saved person a text names, in order', () => {
    expect(savedMentions(view("saw ines and jake and carla at zoe's").keys, ctx).map((mention) => mention.ref.name)).toEqual(['Ines', 'Jake', 'Carla', 'Zoe']);
  });

  it.each([
    ['texted her', 'Ines'],
    ['texted jake', 'Jake'],
    ['texted', null],
  ] as const)('%j is about %s', (text, name) => {
    expect(subjectOf(view(text).keys, ctx)?.name ?? null).toBe(name);
  });
});

describe('titleCase', () => {
  it.each([
    ['jake', 'Jake'],
    ['JAKE', 'Jake'],
    ['mary-kate', 'Mary-Kate'],
    ["o'brien", "O'Brien"],
    ['McDonald', 'McDonald'],
    ['josé núñez', 'José Núñez'],
  ] as const)('%j -> %j', (name, titled) => {
    expect(titleCase(name)).toBe(titled);
  });
});
