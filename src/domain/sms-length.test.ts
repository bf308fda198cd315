import { SegmentedMessage } from 'sms-segments-calculator';
import { describe, expect, it } from 'vitest';
import { clipWords, fitToSegments, isGsm7, segmentCount, truncateToSegments } from './sms-length';

const twilio = (text: string) => {
  const message = new SegmentedMessage(text);
  return { encoding: message.encodingName, segments: message.segmentsCount };
};

describe('segmentCount agrees with sms-segments-calculator', () => {
  it.each([
    ['empty', ''],
    ['plain', "Saved Sarah (climbing gym): bouldering, pottery studio. I'll nudge you tomorrow at 10am."],
    ['160 GSM-7', 'a'.repeat(160)],
    ['161 GSM-7', 'a'.repeat(161)],
    ['306 GSM-7', 'a'.repeat(306)],
    ['307 GSM-7', 'a'.repeat(307)],
    ['159 + extension char', `${'a'.repeat(159)}€`],
    ['158 + extension char', `${'a'.repeat(158)}{`],
    ['extension char on the part boundary', `${'a'.repeat(152)}[${'b'.repeat(100)}`],
    ['70 UCS-2', `${'é'.repeat(69)}ł`],
    ['71 UCS-2', `${'é'.repeat(70)}ł`],
    ['134 UCS-2', `${'a'.repeat(133)}ł`],
    ['135 UCS-2', `${'a'.repeat(134)}ł`],
    ['curly quote', 'Draft: \u201cHey Sarah\u201d'],
    ['em dash', 'a\u2014b'],
    ['ellipsis', 'wait\u2026'],
    ['emoji near the boundary', `${'a'.repeat(66)}😀${'b'.repeat(60)}`],
    ['family emoji near the boundary', `${'a'.repeat(60)}👨‍👩‍👧‍👦${'b'.repeat(60)}`],
    ['flag and skin tone', `Hi 🇧🇷 👋🏽 ${'x'.repeat(120)}`],
    ['accents in GSM-7', 'José Núñez'],
    ['GSM-7 accents only', 'Zoë Müller from Göteborg, café ÅØ'],
    ['combining mark', 'Jose\u0301 '.repeat(20)],
    ['CRLF', 'line\r\nline\r\n'.repeat(20)],
    ['form feed', '\f'.repeat(81)],
    ['Greek capitals', 'ΔΦΓΛΩΠΨΣΘΞ'.repeat(17)],
    ['Cyrillic', 'Привет, как дела? '.repeat(5)],
    ['CJK', '村上春樹の本が好き'.repeat(10)],
    ['backtick is not GSM-7', '`code`'],
  ])('%s', (_label, text) => {
    expect(segmentCount(text)).toEqual(twilio(text));
  });

  it('agrees on every character of the GSM-7 tables and a spread of others', () => {
    for (let code = 0; code < 0x2200; code++) {
      const char = String.fromCharCode(code);
      if (code >= 0xd800 && code < 0xe000) continue;
      expect(isGsm7(char), `U+${code.toString(16)}`).toBe(twilio(char).encoding === 'GSM-7');
    }
  });

  it('agrees on random mixes', () => {
    const alphabet = ['a', ' ', 'é', '{', '€', 'ł', '😀', '🇺🇸', '\n', 'Ж', '"', '\u2019'];
    let state = 7;
    const random = () => {
      state = (state * 1103515245 + 12345) % 2 ** 31;
      return state / 2 ** 31;
    };
    for (let round = 0; round < 400; round++) {
      const pieces = Math.floor(random() * 200);
      let text = '';
      const usable = round % 2 === 0 ? alphabet.slice(0, 2) : alphabet;
      for (let i = 0; i < pieces; i++) text += usable[Math.floor(random() * usable.length)] ?? 'a';
      expect(segmentCount(text), JSON.stringify(text)).toEqual(twilio(text));
    }
  });
});

describe('helpers', () => {
  it('isGsm7', () => {
    expect(isGsm7('Reply DONE, SNOOZE or SKIP.')).toBe(true);
    expect(isGsm7('Hey José 👋')).toBe(false);
    expect(isGsm7('Hey "Sarah"')).toBe(true);
    expect(isGsm7('Hey \u201cSarah\u201d')).toBe(false);
  });

  it('fitToSegments picks the first candidate that fits', () => {
    expect(fitToSegments(['a'.repeat(200), 'b'.repeat(150), 'short'], 1)).toBe('b'.repeat(150));
    expect(fitToSegments(['a'.repeat(200)], 2)).toBe('a'.repeat(200));
    expect(fitToSegments(['a'.repeat(400)], 2)).toBeUndefined();
  });

  it.each([
    ['a very long pottery studio name', 3, 'a very long'],
    ['bouldering', 1, 'bouldering'],
    ['jazz, sax and synths', 1, 'jazz'],
    ['  two words  ', 5, 'two words'],
  ])('clipWords(%s, %i) -> %s', (text, words, clipped) => {
    expect(clipWords(text, words)).toBe(clipped);
  });

  it.each([
    ['word '.repeat(100), 1],
    ['word '.repeat(100), 2],
    ['😀'.repeat(100), 2],
    ['x'.repeat(1000), 2],
    ['José '.repeat(80), 1],
  ])('truncateToSegments keeps within %#', (text, max) => {
    const cut = truncateToSegments(text, max);
    expect(twilio(cut).segments).toBeLessThanOrEqual(max);
    expect(text.startsWith(cut)).toBe(true);
    expect(cut.length).toBeGreaterThan(0);
  });
});
