// note-said: what a note says of its person in clauses of its own ("she's a hair stylist", "Omari who just left
// Google"), in the user's words; a meeting, the user's own words, a number or an email are no detail.
import { describe, expect, it } from 'vitest';
import { clauseDetail, clauseDetails, escaped, relativeAfter, saidOf } from './note-said';

describe('saidOf', () => {
  it.each([
    ["met Omari who just left Google, he's into chess", 'Omari', ['into chess', 'left Google']],
    ['Ana, she is a hair stylist, looks like Timothée Chalamet', 'Ana', ['hair stylist', 'looks like Timothée Chalamet']],
    [
      'Mrs Kowalski was on the cake stall as usual and told me her daughter is expecting twins',
      'Mrs Kowalski',
      ['on the cake stall as usual', 'her daughter is expecting twins'],
    ],
    ['Kenji does ML at a bank', 'Kenji', ['ML at a bank']],
    ['Sam (from work) who runs marathons', 'Sam', ['runs marathons']],
    ["met Jo at the gym, anyway I'm exhausted", 'Jo', []],
  ] as const)('%j about %j: %j', (text, name, want) => {
    expect(saidOf(text, name)).toEqual(want);
  });
});

describe('relativeAfter', () => {
  it.each([
    ["met Omari who just left Google, he's into chess", 'Omari', 'who just left Google'],
    ['Sam (from work) who runs marathons', 'Sam', 'who runs marathons'],
    // a new subject ends the relative clause
    ['his sister Minji who is a vet tech and he is a pilot', 'Minji', 'who is a vet tech'],
    ['Li Wei that plays cello; nice', 'Li Wei', 'that plays cello'],
    ['Sam runs marathons', 'Sam', null],
  ] as const)('%j after %j: %j', (text, name, want) => {
    expect(relativeAfter(text, name)).toBe(want);
  });
});

describe('clauseDetail', () => {
  it.each([
    ['Kenji does ML at a bank', ['kenji'], 'ML at a bank'],
    ['she is a nurse lol', [], 'nurse'],
    ['got a pug (pet-waffles)', [], 'got a pug Waffles'],
    ['met Sunita at the BNI breakfast', ['sunita'], null],
    ['At the BNI breakfast I met Sunita', ['sunita'], null],
    ['call 917 555 0199', [], null],
    ['email jo@x.com', [], null],
    ['x', [], null],
    ['and a girl named jas', ['jas'], null],
  ] as const)('%j (names %j): %j', (clause, names, want) => {
    expect(clauseDetail(clause, new Set(names))).toBe(want);
  });
});

describe('clauseDetails', () => {
  it.each([
    ['Kenji does ML at a bank', ['kenji'], ['ML at a bank']],
    [
      'Mrs Kowalski was on the cake stall as usual and told me her daughter is expecting twins',
      ['mrs', 'kowalski'],
      ['on the cake stall as usual', 'her daughter is expecting twins'],
    ],
    ['I met her at the thing on saturday and she said she loves the long walks in the park', [], []],
  ] as const)('%j: %j', (clause, names, want) => {
    expect(clauseDetails(clause, new Set(names))).toEqual(want);
  });
});

describe('escaped', () => {
  it('escapes what a RegExp would read as syntax', () => {
    expect(escaped('a.b*c(d)')).toBe(String.raw`a\.b\*c\(d\)`);
  });
});
