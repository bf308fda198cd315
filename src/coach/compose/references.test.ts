import { describe, expect, it } from 'vitest';
import { composeNudge } from '.';
import { draftRef, isDoing, placeOf, readsAsNounPhrase, toYou, withThe } from './references';

describe('natural references', () => {
  it.each([
    ['her show', 'your show'],
    ['His band', 'your band'],
    ['the show', 'the show'],
    ['hershey', 'hershey'],
  ])('toYou(%j) is %j', (text, result) => {
    expect(toYou(text)).toBe(result);
  });

  it.each([
    ['pottery studio', 'the pottery studio'],
    ['her show', 'her show'],
    ['Demo Day', 'Demo Day'],
    ["Sam's party", "Sam's party"],
    ['5k race', '5k race'],
    ['a marathon', 'a marathon'],
  ])('withThe(%j) is %j', (text, result) => {
    expect(withThe(text)).toBe(result);
  });

  it.each([
    ['moving to Denver', true],
    ['running a bakery', true],
    ['training for a marathon', false],
    ['wedding in May', false],
    ['opening night', false],
    ['jazz', false],
  ])('isDoing(%j) is %s', (text, doing) => {
    expect(isDoing(text)).toBe(doing);
  });

  it.each([
    ['pottery studio', false, { ref: 'the pottery studio', project: true }],
    ['bouldering', false, { ref: 'bouldering', project: true }],
    ['jazz', false, { ref: 'jazz', project: false }],
    ['moving to Denver', false, { ref: 'moving to Denver', project: true }],
    ['her novel', false, { ref: 'your novel', project: true }],
    ['PM at Google', true, { ref: 'your work at Google', project: false }],
    ['nurse', true, { ref: 'your work as a nurse', project: false }],
    ['engineer', true, { ref: 'your work as an engineer', project: false }],
    ['IBM', true, { ref: 'your work at IBM', project: false }],
    ['biotech', true, { ref: 'your work in biotech', project: false }],
    ['fintech startup', true, { ref: 'the fintech startup', project: true }],
  ])('draftRef(%j, fromWork %s) is %j', (item, fromWork, expected) => {
    expect(draftRef(item, fromWork)).toEqual(expected);
  });

  it.each([
    ['climbing gym', { at: 'at the climbing gym', atYou: 'at the climbing gym', to: 'the climbing gym', via: null, regular: true, label: 'climbing gym' }],
    ['yoga', { at: 'at yoga', atYou: 'at yoga', to: 'yoga', via: null, regular: true, label: 'yoga' }],
    ['at her gym', { at: 'at her gym', atYou: 'at your gym', to: 'her gym', via: null, regular: true, label: 'her gym' }],
    ['met through Priya', { at: 'through Priya', atYou: 'through Priya', to: null, via: 'Priya', regular: false, label: 'through Priya' }],
    ["Sam's wedding", { at: "at Sam's wedding", atYou: "at Sam's wedding", to: "Sam's wedding", via: null, regular: false, label: "Sam's wedding" }],
    [
      'on a flight to Denver',
      { at: 'on a flight to Denver', atYou: 'on a flight to Denver', to: null, via: null, regular: false, label: 'a flight to Denver' },
    ],
  ])('placeOf(%j)', (met, expected) => {
    expect(placeOf(met)).toEqual(expected);
  });
});

describe('the detail-quality gate (issue 22)', () => {
  it.each([
    ['pottery studio', true],
    ['trail running', true],
    ['her first solo show', true],
    ['UX researcher', true],
    ['sharpens for restaurants', false],
    ['Done I confirmed 8am tee time', false],
    ['roommate of', false],
    ['', false],
  ])('%s reads as a noun phrase: %s', (item, reads) => {
    expect(readsAsNounPhrase(item)).toBe(reads);
  });

  it.each([
    ['sharpens for restaurants', false],
    ['works at a bank', true],
  ])('a work fragment no draft can cite is not cited: %s', (item, fromWork) => {
    expect(draftRef(item, fromWork)).toBeNull();
  });

  it('a draft falls back to the next detail when the first is a raw fragment', () => {
    const text = composeNudge(
      [
        {
          kind: 'check-in',
          person: {
            name: 'Andre',
            met: 'golf club',
            interests: [],
            work: ['sharpens for restaurants', 'fintech'],
            hasContact: true,
            events: [],
            warmth: 'warm',
          },
        },
      ],
      2,
    );
    expect(text).not.toMatch(/sharpens|the sharpens/);
    expect(text).toMatch(/fintech|golf club/);
  });
});

describe('a field at a vague employer', () => {
  it('"product at a bank" is "your work in product"', () => {
    expect(draftRef('product at a bank', true)).toEqual({ ref: 'your work in product', project: false });
  });
});
