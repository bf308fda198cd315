import { describe, expect, it } from 'vitest';
import { segmentCount } from '../../domain/sms-length';
import { clip, fitNamed, fitReply, nameForms } from './fit';

describe('clip', () => {
  it.each([
    ['the rooftop bar on top of the old mill', 3, 40, 'the rooftop bar'],
    ['  two\n lines  ', Infinity, Infinity, 'two lines'],
    ['trailing punctuation, ', Infinity, Infinity, 'trailing punctuation'],
    ['Hohenzollern-Sigmaringen', 1, 12, 'Hohenzollern'],
    ['a b c d e f', Infinity, 7, 'a b c'], // a word that may continue past the limit goes
    ['😀😀😀', 1, 5, '😀😀'],
  ] as const)('clip(%j, %d, %d) is %j', (text, words, units, expected) => {
    expect(clip(text, words, units)).toBe(expected);
  });
});

describe('nameForms', () => {
  it.each([
    ['Sarah', ['Sarah']],
    ['Maria del Carmen Lopez', ['Maria del Carmen Lopez', 'Maria del Carmen', 'Maria']],
    ['   ', ['that person']],
  ])('%j -> %j', (name, forms) => {
    expect(nameForms(name)).toEqual(forms);
  });
});

describe('fitReply', () => {
  const two = 'x'.repeat(200);
  it.each([
    ['the first fits one segment', ['short', 'shorter'], 1, 'short'],
    ['only the first may be the single: a 2-segment first beats a 1-segment second', [two, 'short'], 1, two],
    ['with 2 singles, the second fits one segment', [two, 'short'], 2, 'short'],
    ['nothing fits two: the first that does', ['y'.repeat(400), two], 1, two],
  ] as const)('%s', (_label, candidates, singles, expected) => {
    expect(fitReply(candidates, singles)).toBe(expected);
  });

  it('cuts the barest to two segments when nothing fits', () => {
    const text = fitReply(['z '.repeat(400)]);
    expect(segmentCount(text).segments).toBe(2);
  });
});

describe('fitNamed', () => {
  it('keeps the name as noted while any wording fits, and shortens it only when none does', () => {
    const long = `Maximilian Alexander von Hohenzollern ${'Sigmaringen '.repeat(30)}`;
    expect(fitNamed('Sarah Lee', [(n) => `Forgot ${n}.`])).toBe('Forgot Sarah Lee.');
    expect(fitNamed(long, [(n) => `Forgot ${n}.`])).toBe('Forgot Maximilian Alexander von.');
  });
});
