import { describe, expect, it } from 'vitest';
import { composeNudge } from './index';
import { KINDS, measure, namesADetail, type Person, subject } from '../../../test/support/compose-fixtures';

describe('composeNudge: user data of any shape stays within 2 segments', () => {
  const long = 'restoring old Italian espresso machines and selling them at the Sunday flea market in the old textile factory';
  const cases: [string, Person][] = [
    [
      'accents (UCS-2)',
      {
        name: 'José Núñez',
        met: 'café Pushkin',
        interests: ['cerámica', 'música brasileña'],
        work: ['diseñador en Bogotá'],
        hasContact: true,
        events: [{ what: 'cumpleaños', on: '2026-12-12' }],
        warmth: 'warm',
      },
    ],
    ['GSM-7 accents', { name: 'Zoë Müller', met: 'Göteborg café', interests: ['ñoquis'], work: [], hasContact: true, events: [], warmth: 'unknown' }],
    [
      'emoji',
      {
        name: 'Mia 🌸',
        met: 'yoga 🧘 class',
        interests: ['🧗 climbing', 'matcha 🍵'],
        work: ['🚀 startup'],
        hasContact: true,
        events: [{ what: 'show 🎭', on: '2026-12-12' }],
        warmth: 'warm',
      },
    ],
    [
      'family emoji',
      { name: 'Ana', met: 'the park 👨‍👩‍👧‍👦', interests: ['👨‍👩‍👧‍👦 family picnics'.repeat(3)], work: [], hasContact: false, events: [], warmth: 'none' },
    ],
    [
      'long name',
      {
        name: 'Maximilian Alexander von Hohenzollern-Sigmaringen',
        met: 'the Berlin coworking space',
        interests: ['synths'],
        work: ['hardware startup'],
        hasContact: true,
        events: [],
        warmth: 'unknown',
      },
    ],
    [
      'long details',
      {
        name: 'Sarah',
        met: "the rooftop bar on top of the old textile factory in Williamsburg during Sam's birthday party",
        interests: [long, long],
        work: [long],
        hasContact: true,
        events: [{ what: long, on: '2027-03' }],
        warmth: 'lukewarm',
      },
    ],
    [
      'many interests',
      {
        name: 'Kai',
        met: 'gym',
        interests: Array.from({ length: 25 }, (_, i) => `interest number ${i}`),
        work: [],
        hasContact: true,
        events: [],
        warmth: 'warm',
      },
    ],
    [
      'CJK',
      {
        name: '王小明',
        met: '咖啡馆',
        interests: ['书法', '围棋'],
        work: ['工程师'],
        hasContact: true,
        events: [{ what: '生日', on: '2026-12-12' }],
        warmth: 'warm',
      },
    ],
    [
      'curly quotes',
      {
        name: 'Siobhán O\u2019Brien',
        met: '\u201cthe\u201d bakery',
        interests: ['rock\u2019n\u2019roll'],
        work: [],
        hasContact: true,
        events: [],
        warmth: 'unknown',
      },
    ],
    [
      'GSM-7 extension characters',
      {
        name: 'Ed',
        met: 'the {hack} space',
        interests: ['C++ [templates]', 'pipes | and ~ tildes'],
        work: ['€ fintech'],
        hasContact: true,
        events: [],
        warmth: 'unknown',
      },
    ],
    ['nothing noted', { name: 'Lou', met: null, interests: [], work: [], hasContact: true, events: [], warmth: 'unknown' }],
    [
      'absurd single word',
      { name: 'X'.repeat(400), met: 'Y'.repeat(300), interests: ['Z'.repeat(300)], work: [], hasContact: true, events: [], warmth: 'unknown' },
    ],
    ['absurd emoji name', { name: '😀'.repeat(200), met: 'gym', interests: [], work: [], hasContact: false, events: [], warmth: 'unknown' }],
    [
      'blank strings',
      { name: 'Bo', met: '  ', interests: ['', ' '], work: [''], hasContact: true, events: [{ what: 'show', on: 'not a date' }], warmth: 'unknown' },
    ],
  ];

  it.each(KINDS.flatMap((kind) => cases.map(([label, person]) => [kind, label, person] as const)))('%s with %s', (kind, label, person) => {
    for (const seed of [0, 1, 2, 3, 7, 99, 123456789]) {
      const text = composeNudge([subject(kind, person, { group: seed % 2 === 0 })], seed);
      expect(measure(text).segments, text).toBeLessThanOrEqual(2);
      expect(text.length).toBeGreaterThan(10);
      if (!label.startsWith('absurd') && label !== 'nothing noted' && label !== 'blank strings') {
        expect(namesADetail(text, person, 1), text).toBe(true);
      }
      // Any character outside printable ASCII came from what the user noted, not from Kindling.
      const noted = [person.name, person.met ?? '', ...person.interests, ...person.work, ...person.events.map((event) => event.what)].join(' ');
      for (const char of text.replace(/[\x20-\x7e\n]/g, '')) expect(noted, `${char} in ${text}`).toContain(char);
    }
  });

  it('keeps whole words when it shortens', () => {
    const person = cases[5]?.[1] as Person;
    for (const seed of [0, 1, 2, 3]) {
      const text = composeNudge([subject('first-follow-up', person)], seed);
      for (const word of text.split(/[\s"():,.!?;]+/).filter(Boolean)) {
        const known = [long, person.met ?? '', 'Sarah'].some((source) => source.includes(word)) || /^[A-Za-z']+$/.test(word);
        expect(known, word).toBe(true);
      }
    }
  });
});
