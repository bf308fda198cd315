// spanish-words: the pieces every kind's Spanish wording shares: a place without its "en", a quoted draft, a noted
// item said to them, whether an item reads with its own article.
import { describe, expect, it } from 'vitest';
import { bare, IN_PERSON_FOOTER, q, toThem, withArticle } from './spanish-words';

describe('spanish words', () => {
  it.each([
    ['en el gimnasio', 'el gimnasio'],
    ['  at the gym ', 'the gym'],
    ['in Madrid', 'Madrid'],
    ['la clase de ceramica', 'la clase de ceramica'],
  ])('bare(%j) -> %j', (place, expected) => {
    expect(bare(place)).toBe(expected);
  });

  it.each([
    ['su exposicion', 'tu exposicion'],
    ['sus fotos', 'tus fotos'],
    [' la salsa ', 'la salsa'],
  ])('toThem(%j) -> %j', (noted, expected) => {
    expect(toThem(noted)).toBe(expected);
  });

  it.each([
    ['la salsa', true],
    ['Su banda', true],
    ['salsa', false],
    ['unas clases', false],
  ])('withArticle(%j) -> %j', (item, expected) => {
    expect(withArticle(item)).toBe(expected);
  });

  it('quotes a draft and answers in person', () => {
    expect(q('Hola Lucia!')).toBe('"Hola Lucia!"');
    expect(IN_PERSON_FOOTER).toBe('Responde LISTO si lo ves (o POSPONER, SALTAR).');
  });
});
