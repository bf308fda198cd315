// lexicon: the understanding layer's word lists hold what their comments promise.
import { describe, expect, it } from 'vitest';
import {
  ACTIVITIES,
  CHATTER_PHRASES,
  CHATTER_WORDS,
  CONFUSED_PHRASES,
  FOREIGN_WORDS,
  NOT_AN_EVENT,
  NOT_NAME,
  NOT_NAME_IN_COMMANDS,
  PRONOUNS,
  SHARED_WORDS,
  SLANG,
  TIE_NAMES,
  TIE_WORDS,
  words,
} from './lexicon';

describe('words', () => {
  it('splits on any run of whitespace', () => {
    expect([...words('  a b\n  c ')]).toEqual(['a', 'b', 'c']);
  });
});

describe('the lists are plain lowercase words', () => {
  it.each([
    ['PRONOUNS', PRONOUNS],
    ['NOT_NAME', NOT_NAME],
    ['NOT_AN_EVENT', NOT_AN_EVENT],
    ['TIE_WORDS', TIE_WORDS],
    ['SHARED_WORDS', SHARED_WORDS],
    ['ACTIVITIES', ACTIVITIES],
    ['CHATTER_WORDS', CHATTER_WORDS],
  ] as const)('%s', (_name, set) => {
    expect(set.size).toBeGreaterThan(0);
    for (const word of set) expect(word, word).toBe(word.toLowerCase().trim());
  });
});

describe('what each list promises', () => {
  it('SLANG spells out texting shorthand', () => {
    expect(SLANG).toMatchObject({ tmrw: 'tomorrow', '2moro': 'tomorrow', bday: 'birthday', ppl: 'people', u: 'you', 'w/': 'with' });
    for (const [short, spelled] of Object.entries(SLANG)) expect(spelled, short).toMatch(/^[a-z' ]+$/);
  });

  it('PRONOUNS point at a person, English and Spanish', () => {
    for (const word of ['her', 'him', 'she', 'he', 'they', 'them', 'ella', 'él']) expect(PRONOUNS.has(word), word).toBe(true);
  });

  it('NOT_NAME holds everyday words once taken for names, and leaves names that are also words', () => {
    for (const word of ['huh', 'huge', 'lol', 'thanks', 'wow', 'snooze', 'monday', 'gym']) expect(NOT_NAME.has(word), word).toBe(true);
    for (const name of ['will', 'june', 'april', 'august', 'sarah', 'jake']) expect(NOT_NAME.has(name), name).toBe(false);
  });

  it('NOT_NAME_IN_COMMANDS is NOT_NAME plus the names that are command words', () => {
    for (const word of NOT_NAME) expect(NOT_NAME_IN_COMMANDS.has(word)).toBe(true);
    for (const word of ['will', 'june', 'april', 'august', 'ty', 'skip']) expect(NOT_NAME_IN_COMMANDS.has(word), word).toBe(true);
    expect(NOT_NAME_IN_COMMANDS.has('sarah')).toBe(false);
  });

  it('NOT_AN_EVENT: words that alone name no event', () => {
    for (const word of ['huge', 'big', 'thing', 'it']) expect(NOT_AN_EVENT.has(word), word).toBe(true);
    for (const event of ['birthday', 'wedding', 'opening']) expect(NOT_AN_EVENT.has(event), event).toBe(false);
  });

  it('every spelled-out tie word is a tie word, and so is what it spells', () => {
    for (const [short, spelled] of Object.entries(TIE_NAMES)) {
      expect(TIE_WORDS.has(short), short).toBe(true);
      expect(TIE_WORDS.has(spelled), spelled).toBe(true);
    }
  });

  it('ACTIVITIES are things people do together', () => {
    for (const word of ['lunch', 'coffee', 'climbing', 'trivia', 'karaoke']) expect(ACTIVITIES.has(word), word).toBe(true);
  });

  it.each(['no worries', 'happy new year', 'all good', 'merry christmas to you'])('CHATTER_PHRASES: %j', (phrase) => {
    expect(CHATTER_PHRASES.test(phrase)).toBe(true);
  });

  it.each(['huh', 'what now', 'im confused', 'how does this work', '??'])('CONFUSED_PHRASES: %j', (text) => {
    expect(CONFUSED_PHRASES.some((phrase) => phrase.test(text))).toBe(true);
  });

  it('FOREIGN_WORDS has the five languages, each with the everyday words that mark it', () => {
    expect(Object.keys(FOREIGN_WORDS).sort()).toEqual(['French', 'German', 'Italian', 'Portuguese', 'Spanish']);
    expect(FOREIGN_WORDS.Spanish?.has('conocí')).toBe(true);
    expect(FOREIGN_WORDS.French?.has('rencontré')).toBe(true);
    expect(FOREIGN_WORDS.German?.has('getroffen')).toBe(true);
    expect(FOREIGN_WORDS.Portuguese?.has('conheci')).toBe(true);
    expect(FOREIGN_WORDS.Italian?.has('conosciuto')).toBe(true);
    for (const english of ['the', 'and', 'to', 'is', 'she', 'he', 'met', 'at', 'with', 'loves']) {
      for (const [language, set] of Object.entries(FOREIGN_WORDS)) expect(set.has(english), `${language} ${english}`).toBe(false);
    }
  });
});
