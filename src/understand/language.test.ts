// language: which language a text is in as far as Kindling needs to know, and which one it keeps writing in.
import { describe, expect, it } from 'vitest';
import { readText } from './read-text';
import { languageAfter, otherLanguage, textLanguage } from './language';

const keys = (text: string) => readText(text).keys;

describe('otherLanguage and textLanguage', () => {
  it.each([
    // text, the other language it is in, the language to answer in
    ['conocí a lucía en el café, le encanta la salsa', 'Spanish', 'es'],
    ['hola', 'Spanish', 'es'],
    ['ich habe Anna im Park kennengelernt', 'German', null],
    ["j'ai rencontré Marie au café", 'French', null],
    ['met sarah at the gym, she is into climbing', null, 'en'],
    ['done', null, null],
    ['ok', null, null],
  ] as const)('%j: %s, answer in %s', (text, other, answer) => {
    expect(otherLanguage(keys(text))).toBe(other);
    expect(textLanguage(keys(text))).toBe(answer);
  });
});

describe('languageAfter: one foreign note does not switch a settled user', () => {
  it.each([
    // kept, spoken now, earlier texts (newest first), new user, the language kept
    ['en', 'es', ['done', 'met sarah at the gym, she is into climbing'], false, 'en'],
    ['en', 'es', ['ya le escribí a lucía'], false, 'es'],
    ['en', 'es', [], true, 'es'],
    ['en', 'es', ['done'], false, 'es'],
    ['en', 'es', ['done', 'ok', 'snooze'], false, 'en'],
    ['en', null, ['ya le escribí a lucía'], false, 'en'],
    ['es', 'es', [], false, 'es'],
  ] as const)('%s, spoken %s after %j (new %s): %s', (kept, spoken, earlier, isNew, expected) => {
    expect(languageAfter(kept, spoken, earlier, isNew)).toBe(expected);
  });
});
