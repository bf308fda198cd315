import { describe, expect, it } from 'vitest';
import { firstName, paren, quoted, sentence } from './phrasing';

describe('phrasing', () => {
  it.each([
    ['Sarah', 'Sarah'],
    ['  Sarah Lee ', 'Sarah'],
    ['José Núñez', 'José'],
    ['', ''],
  ])('firstName(%j) is %j', (name, first) => {
    expect(firstName(name)).toBe(first);
  });

  it.each([
    [['Saved Sarah.', null, '', 'Nudge tomorrow.'], 'Saved Sarah. Nudge tomorrow.'],
    [[undefined, false, 'Hi.'], 'Hi.'],
    [[], ''],
  ] as const)('sentence(%j) is %j', (parts, text) => {
    expect(sentence(...parts)).toBe(text);
  });

  it.each([
    ['climbing gym', ' (climbing gym)'],
    [null, ''],
    ['', ''],
  ])('paren(%j) is %j', (text, result) => {
    expect(paren(text)).toBe(result);
  });

  it('quotes a draft in straight quotes', () => {
    expect(quoted('Hey Sarah!')).toBe('"Hey Sarah!"');
  });
});
