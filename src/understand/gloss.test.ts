// gloss: Spanish note words (and punctuation dictated aloud) read in English, so the English readers read them; any
// other text comes back as it was.
import { describe, expect, it } from 'vitest';
import { gloss } from './gloss';

describe('gloss', () => {
  it.each([
    ['conocí a Nerea en el afterwork, trabaja en Telefónica', 'met Nerea at the afterwork, works at Telefónica'],
    ["met Kwame comma he's an engineer at Shopify period", "met Kwame, he's an engineer at Shopify."],
    // Spanish account commands, and the time a pause runs to
    ['pausa todo hasta el 4 de enero, estoy de vacaciones', 'pause until jan 4, estoy de vacaciones'],
    ['no me mandes nada hasta el lunes', 'pause until monday'],
    ['borra a Efraín porfa', 'forget Efraín porfa'],
    ['ya volví', 'resume'],
    // someone's child the Spanish way round, and their news
    ['El hijo de Maricarmen ya camina', "Maricarmen's son ya camina"],
    ['la hija de Ana se llama Luz', "Ana's daughter named Luz"],
    ['los nietos de Eva', "Eva's grandkids"],
    ['Brisa tiene un bebé nuevo! se llama Santi', 'Brisa has a new baby! named Santi'],
    ['Dulce se va a casar en marzo', 'Dulce is getting married at marzo'],
    ['Eréndira también colecciona cactus', 'Eréndira also colecciona cactus'],
  ] as const)('%j -> %j', (text, english) => {
    expect(gloss(text)).toBe(english);
  });

  it('a Spanish note keeps its names and places as written', () => {
    const read = gloss('conocí a lucía en el café, le encanta la salsa');
    expect(read).toMatch(/^met lucía at the café, loves /);
    expect(read).toContain('salsa');
  });

  it.each(['met sarah at the gym, she loves climbing', 'done', 'snooze 2 days', 'Period drama fan, met her at the cinema', 'hasta el lunes, met Ana'])(
    '%j stays as it was',
    (text) => {
      expect(gloss(text)).toBe(text);
    },
  );
});
