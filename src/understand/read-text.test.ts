// read-text: one text made regular for every reader: cleaned, split, and a lowercase key with shorthand spelled out.
import { describe, expect, it } from 'vitest';
import { expandForNotes, keyWords, normalizeText, readText, spokenPunctuation, unshout } from './read-text';

describe('readText', () => {
  it('spells out shorthand in the key and keeps the words as written', () => {
    expect(readText('Thx!! cant make it tmrw w/ Ana')).toEqual({
      raw: 'Thx!! cant make it tmrw w/ Ana',
      clean: 'Thx!! cant make it tmrw w/ Ana',
      key: 'thanks can not make it tomorrow with ana',
      keys: ['thanks', 'can', 'not', 'make', 'it', 'tomorrow', 'with', 'ana'],
      words: ['Thx', 'cant', 'make', 'it', 'tmrw', 'w', 'Ana'],
      question: false,
    });
  });

  it.each([
    ['who is jake?', true],
    ['who is jake?? 🙂', true],
    ['jake? no, zoe', false],
    ['done', false],
  ] as const)('%j is a question: %s', (text, question) => {
    expect(readText(text).question).toBe(question);
  });
});

describe('normalizeText', () => {
  it.each([
    ['  it’s  ok ', "it's ok"],
    ['“hi”', '"hi"'],
    ['tab\there\nnewline', 'tab here newline'],
    ['ｆｕｌｌ width', 'full width'],
  ] as const)('%j -> %j', (raw, clean) => {
    expect(normalizeText(raw)).toBe(clean);
  });
});

describe('keyWords', () => {
  it.each([
    ['w/ priya 2moro', ['with', 'priya', 'tomorrow']],
    ["Sarah's gym", ['sarahs', 'gym']],
    ['u r gr8', ['you', 'are', 'gr8']],
    ['ppl @ work #1', ['people', '@', 'work', '#1']],
    ['...', []],
  ] as const)('%j', (text, keys) => {
    expect(keyWords(text)).toEqual(keys);
  });
});

describe('expandForNotes: shorthand the note reader would trip on, case kept', () => {
  it.each([
    ['met w kenji n aiko tmrw', 'met w/ kenji and aiko tomorrow'],
    ['shes into climbing, hes not', "she's into climbing, he's not"],
    ['bday tonite', 'birthday tonight'],
    ['Met Sam at the gym', 'Met Sam at the gym'],
  ] as const)('%j -> %j', (text, expanded) => {
    expect(expandForNotes(text)).toBe(expanded);
  });
});

describe('unshout', () => {
  it.each([
    ['MET ALAN AND JOYCE FROM NUMBER 12, NEW NEIGHBOURS', 'met alan and joyce from number 12, new neighbours'],
    ['PLEASE SAVE ERNEST HIS NUMBER IS 01632 960284', 'please save ernest his number is 01632 960284'],
    // a link or an email is no shouting of its own: the words around it are
    ['MET JO AT THE GYM, JO@EXAMPLE.COM', 'met jo at the gym, jo@example.com'],
    ['SAW TOM AT THE GYM @tomlifts', 'saw tom at the gym @tomlifts'],
  ] as const)('%j -> %j', (text, read) => {
    expect(unshout(text)).toBe(read);
  });

  it.each(['Met Sarah from IBM at the NYC office', 'DONE', 'WHO IS', 'met jake', 'Lunch w/ ANA and BEN tmrw'])('%j is read as written', (text) => {
    expect(unshout(text)).toBe(text);
  });
});

describe('spokenPunctuation: punctuation said to a dictating phone, written', () => {
  it.each([
    ['Met Fintan comma a vet in Bandon full stop Then Philomena', 'Met Fintan, a vet in Bandon. Then Philomena'],
    ['Riley is her assistant comma both super nice', 'Riley is her assistant, both super nice'],
    ['is she coming question mark', 'is she coming?'],
    ['great news exclamation mark', 'great news!'],
    ['Ana new line Bo', 'Ana\nBo'],
    // the words themselves, after an article
    ['the car came to a full stop', 'the car came to a full stop'],
    ['you missed a comma', 'you missed a comma'],
    ['Met Sam at the gym', 'Met Sam at the gym'],
  ] as const)('%j -> %j', (text, written) => {
    expect(spokenPunctuation(text)).toBe(written);
  });
});
