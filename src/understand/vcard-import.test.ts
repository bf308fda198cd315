import { describe, expect, it } from 'vitest';
import android21NoName from '../../test/fixtures/vcards/android-2.1-no-name.vcf?raw';
import android21 from '../../test/fixtures/vcards/android-2.1-qp.vcf?raw';
import garbled from '../../test/fixtures/vcards/garbled.vcf?raw';
import iphone30 from '../../test/fixtures/vcards/iphone-3.0.vcf?raw';
import iphoneSeveral from '../../test/fixtures/vcards/iphone-several.vcf?raw';
import truncated from '../../test/fixtures/vcards/truncated.vcf?raw';
import vcard40 from '../../test/fixtures/vcards/vcard-4.0.vcf?raw';
import { MAX_CARDS, MAX_NOTE_CHARS, readCards, type CardPerson, type CardsRead, type ReadCardsOptions } from './vcard-import';

/** Wednesday 2026-03-04, 18:30 in New York */
const NOW = Date.UTC(2026, 2, 4, 23, 30);
const NEW_YORK: ReadCardsOptions = { now: NOW, timeZone: 'America/New_York', defaultCountry: 'US' };

const person = (fields: Partial<CardPerson> & { name: string }): CardPerson => ({
  contacts: {},
  work: [],
  events: [],
  birthday: null,
  note: null,
  extras: [],
  ...fields,
});
const card = (lines: string[]) => ['BEGIN:VCARD', ...lines, 'END:VCARD', ''].join('\r\n');

describe('readCards on cards as phones share them', () => {
  it.each<[string, string, ReadCardsOptions, CardsRead]>([
    [
      'iPhone 3.0: pref cell, escaped note, folded photo, instagram profile',
      iphone30,
      NEW_YORK,
      {
        kind: 'cards',
        beyondLimit: 0,
        cards: [
          {
            kind: 'person',
            person: person({
              name: 'Sarah Chen',
              contacts: { phone: '+19175550199', email: 'sarah@clayandkiln.example', instagram: 'sarah.clay' },
              work: ['Owner', 'Clay & Kiln Studio'],
              events: [{ what: 'birthday', on: '2026-03-14' }],
              birthday: { month: 3, day: 14, year: 1991 },
              note: 'Met at the climbing gym, into bouldering. Runs the Thursday wheel class; bring clay.',
              extras: ['work +12125550143', 'url https://clayandkiln.example'],
            }),
          },
        ],
      },
    ],
    [
      'iPhone sharing three contacts: no birth year (X-APPLE-OMIT-YEAR), local UK numbers, a company',
      iphoneSeveral,
      { ...NEW_YORK, defaultCountry: 'GB' },
      {
        kind: 'cards',
        beyondLimit: 0,
        cards: [
          {
            kind: 'person',
            person: person({
              name: 'Tom Reyes',
              contacts: { phone: '+14155550123' },
              events: [{ what: 'birthday', on: '2026-11-02' }],
              birthday: { month: 11, day: 2, year: null },
            }),
          },
          {
            kind: 'person',
            person: person({
              name: 'Lina Haddad',
              contacts: { phone: '+447700900456', email: 'lina@northwind.example' },
              work: ['Northwind Books'],
              extras: ['home +442079460958'],
            }),
          },
          { kind: 'person', person: person({ name: 'Acme Plumbing', contacts: { phone: '+16465550188' } }) },
        ],
      },
    ],
    [
      'Android 2.1: quoted-printable UTF-8 with a soft line break, bare TEL types, a base64 photo ended by a blank line',
      android21,
      { now: NOW, timeZone: 'Europe/Berlin', defaultCountry: 'DE' },
      {
        kind: 'cards',
        beyondLimit: 0,
        cards: [
          {
            kind: 'person',
            person: person({
              name: 'Jürgen Müller',
              contacts: { phone: '+4915123456789', email: 'juergen.mueller@example.de' },
              work: ['Baker', 'Bäckerei Müller'],
              events: [{ what: 'birthday', on: '2026-07-04' }],
              birthday: { month: 7, day: 4, year: 1985 },
              note: 'Läuft donnerstags im Tiergarten. Sauerteig-Starter seit 1998.',
              extras: ['work +49301234567'],
            }),
          },
        ],
      },
    ],
    [
      'vCard 4.0: tel: URIs with PREF=1 and an extension, --MMDD birthday, LinkedIn URL',
      vcard40,
      { now: NOW, timeZone: 'Europe/London', defaultCountry: 'GB' },
      {
        kind: 'cards',
        beyondLimit: 0,
        cards: [
          {
            kind: 'person',
            person: person({
              name: 'Amara Okafor',
              contacts: { phone: '+447700900123', email: 'amara.okafor@example.org', linkedin: 'linkedin.com/in/amara-okafor' },
              work: ['Lead researcher', 'Example Health'],
              events: [{ what: 'birthday', on: '2026-04-12' }],
              birthday: { month: 4, day: 12, year: null },
              note: 'Runs marathons. Berlin in September, then Chicago.',
              extras: ['work +442079460958'],
            }),
          },
        ],
      },
    ],
    [
      'Android 2.1 with no name at all: kept as no-name with its details',
      android21NoName,
      NEW_YORK,
      {
        kind: 'cards',
        beyondLimit: 0,
        cards: [
          {
            kind: 'no-name',
            person: { contacts: { phone: '+16465550142', email: 'front.desk@example.com' }, work: [], events: [], birthday: null, note: null, extras: [] },
          },
        ],
      },
    ],
    [
      'a cut-off second card: the first is read, the second is malformed',
      truncated,
      NEW_YORK,
      {
        kind: 'cards',
        beyondLimit: 0,
        cards: [
          { kind: 'person', person: person({ name: 'Priya Raman', contacts: { phone: '+19175550177' } }) },
          { kind: 'malformed', reason: 'unterminated' },
        ],
      },
    ],
    ['a garbled card with nothing usable', garbled, NEW_YORK, { kind: 'cards', beyondLimit: 0, cards: [{ kind: 'malformed', reason: 'nothing-usable' }] }],
  ])('%s', (_label, text, options, expected) => {
    expect(readCards(text, options)).toEqual(expected);
  });

  it('reads a card with a 250 KiB folded photo and long quoted-printable notes (UTF-8 and Latin-1), cut at 1,000 characters', () => {
    const photo =
      'QUJD'
        .repeat(62_500)
        .match(/.{1,74}/g)
        ?.join('\r\n ') ?? '';
    const text = card([
      'VERSION:2.1',
      'FN:Big Photo',
      `NOTE;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:${'caf=C3=A9 =\r\n'.repeat(100)}end`,
      `NOTE;CHARSET=ISO-8859-1;ENCODING=QUOTED-PRINTABLE:${'=E9t=E9 '.repeat(5_000)}`,
      `PHOTO;ENCODING=BASE64;JPEG:${photo}`,
      '',
      'TEL;CELL:+1 212 555 0101',
    ]);
    const read = readCards(text, NEW_YORK);
    const [first] = read.kind === 'cards' ? read.cards : [];
    expect(first?.kind).toBe('person');
    if (first?.kind !== 'person') return;
    expect(first.person.name).toBe('Big Photo');
    expect(first.person.contacts).toEqual({ phone: '+12125550101' });
    expect(first.person.note).toBe(`${'café '.repeat(100)}end ${'été '.repeat(5_000)}`.slice(0, MAX_NOTE_CHARS).trim());
  });

  it('reads the same cards with LF-only line ends', () => {
    for (const text of [iphone30, android21, vcard40]) {
      expect(readCards(text.replace(/\r\n/g, '\n'), NEW_YORK)).toEqual(readCards(text, NEW_YORK));
    }
  });
});

describe('readCards on input that is not one good card', () => {
  it.each<[string, string, CardsRead]>([
    ['empty', '', { kind: 'empty' }],
    ['only whitespace', ' \r\n\t\n', { kind: 'empty' }],
    ['only a byte order mark', '\uFEFF\r\n', { kind: 'empty' }],
    ['plain text', "Hey, this is Sarah's number: 917-555-0199", { kind: 'no-card' }],
    ['an END without a BEGIN', 'FN:Sarah\r\nEND:VCARD\r\n', { kind: 'no-card' }],
    ['HTML', '<html><body>Not found</body></html>', { kind: 'no-card' }],
    ['a card with no properties', card([]), { kind: 'cards', beyondLimit: 0, cards: [{ kind: 'malformed', reason: 'nothing-usable' }] }],
    [
      'only a version and a photo',
      card(['VERSION:3.0', 'PHOTO;ENCODING=b;TYPE=JPEG:/9j/4AAQSkZJRgABAQ']),
      { kind: 'cards', beyondLimit: 0, cards: [{ kind: 'malformed', reason: 'nothing-usable' }] },
    ],
    [
      'a BEGIN inside an open card',
      'BEGIN:VCARD\r\nFN:Ann\r\nBEGIN:VCARD\r\nFN:Bo\r\nEND:VCARD\r\n',
      {
        kind: 'cards',
        beyondLimit: 0,
        cards: [
          { kind: 'malformed', reason: 'unterminated' },
          { kind: 'person', person: person({ name: 'Bo' }) },
        ],
      },
    ],
  ])('%s', (_label, text, expected) => {
    expect(readCards(text, NEW_YORK)).toEqual(expected);
  });

  it(`reads the first ${MAX_CARDS} cards and counts the rest`, () => {
    const text = Array.from({ length: MAX_CARDS + 3 }, (_, index) => card(['VERSION:3.0', `FN:Person ${index + 1}`])).join('');
    const read = readCards(text, NEW_YORK);
    expect(read.kind).toBe('cards');
    if (read.kind !== 'cards') return;
    expect(read.beyondLimit).toBe(3);
    expect(read.cards.map((result) => (result.kind === 'person' ? result.person.name : result.kind))).toEqual(
      Array.from({ length: MAX_CARDS }, (_, index) => `Person ${index + 1}`),
    );
  });
});

describe('readCards: names', () => {
  it.each<[string, string[], string | null]>([
    ['FN wins', ['VERSION:3.0', 'FN:Dr. Amara Okafor', 'N:Okafor;Amara;;Dr.;'], 'Dr. Amara Okafor'],
    ['an empty FN falls back to N (given, middle, family)', ['VERSION:3.0', 'FN:', 'N:Okafor;Amara;Ngozi;;'], 'Amara Ngozi Okafor'],
    ['no FN: N', ['VERSION:4.0', 'N:Lopez;Ana;;;', 'TEL:+1 212 555 0101'], 'Ana Lopez'],
    ['no person name: ORG names a company card', ['VERSION:3.0', 'N:;;;;', 'ORG:Acme Plumbing;Dispatch', 'TEL:+1 212 555 0101'], 'Acme Plumbing'],
    ['an escaped comma and semicolon in FN', ['VERSION:3.0', 'FN:Roy\\, Ann\\; Jr'], 'Roy, Ann; Jr'],
    ['a phone number alone is never a name', ['VERSION:3.0', 'N:;;;;', 'FN:', 'TEL;TYPE=CELL:+1 212 555 0101'], null],
  ])('%s', (_label, lines, name) => {
    const read = readCards(card(lines), NEW_YORK);
    const [first] = read.kind === 'cards' ? read.cards : [];
    if (name === null) expect(first?.kind).toBe('no-name');
    else expect(first?.kind === 'person' ? first.person.name : first?.kind).toBe(name);
  });
});

describe('readCards: phones, emails and links', () => {
  it.each<[string, string[], Partial<CardPerson>]>([
    [
      'a mobile number wins over an earlier work number',
      ['FN:A', 'TEL;TYPE=WORK:212-555-0101', 'TEL;TYPE=CELL:646-555-0102'],
      { contacts: { phone: '+16465550102' }, extras: ['work +12125550101'] },
    ],
    [
      'pref among two mobiles',
      ['FN:A', 'TEL;TYPE=CELL:646-555-0102', 'TEL;TYPE=CELL,PREF:646-555-0103'],
      { contacts: { phone: '+16465550103' }, extras: ['cell +16465550102'] },
    ],
    ['the same number twice is kept once', ['FN:A', 'TEL;TYPE=CELL:(646) 555-0102', 'TEL;TYPE=HOME:+1 646 555 0102'], { contacts: { phone: '+16465550102' } }],
    ['an extension is dropped', ['FN:A', 'TEL:212-555-0101 ext. 44'], { contacts: { phone: '+12125550101' } }],
    ['a number that cannot be one is skipped', ['FN:A', 'TEL:12', 'TEL;TYPE=CELL:646-555-0102'], { contacts: { phone: '+16465550102' } }],
    [
      'the preferred email, lowercased; the other kept as an extra',
      ['FN:A', 'EMAIL;TYPE=HOME:a@home.example', 'EMAIL;TYPE=WORK,PREF:A@Work.Example'],
      { contacts: { email: 'a@work.example' }, extras: ['home a@home.example'] },
    ],
    ['not an email', ['FN:A', 'EMAIL:nobody'], {}],
    ['iOS twitter profile link', ['FN:A', 'X-SOCIALPROFILE;type=twitter;x-user=ann_b:http://twitter.com/ann_b'], { contacts: { handles: ['twitter:@ann_b'] } }],
    ['iOS linkedin profile by user', ['FN:A', 'X-SOCIALPROFILE;type=linkedin;x-user=ann-b:x-apple:ann-b'], { contacts: { linkedin: 'linkedin.com/in/ann-b' } }],
    [
      'a profile Kindling has no field for is kept as an extra',
      ['FN:A', 'X-SOCIALPROFILE;type=facebook;x-user=ann.b:x-apple:ann.b'],
      { extras: ['facebook ann.b'] },
    ],
  ])('%s', (_label, lines, expected) => {
    const read = readCards(card(['VERSION:3.0', ...lines]), NEW_YORK);
    const [first] = read.kind === 'cards' ? read.cards : [];
    expect(first).toEqual({ kind: 'person', person: person({ name: 'A', ...expected }) });
  });
});

describe('readCards: birthdays as their-moments', () => {
  it.each<[string, string, ReadCardsOptions, { month: number; day: number; year: number | null } | null, string | null]>([
    ['later this year', 'BDAY:1990-08-09', NEW_YORK, { month: 8, day: 9, year: 1990 }, '2026-08-09'],
    ['already passed this year: next year', 'BDAY:1990-01-15', NEW_YORK, { month: 1, day: 15, year: 1990 }, '2027-01-15'],
    ["today in the user's zone", 'BDAY:--0304', NEW_YORK, { month: 3, day: 4, year: null }, '2026-03-04'],
    [
      "already tomorrow in Tokyo, so today there is next year's",
      'BDAY:--0304',
      { ...NEW_YORK, timeZone: 'Asia/Tokyo' },
      { month: 3, day: 4, year: null },
      '2027-03-04',
    ],
    ['basic format without dashes', 'BDAY:19900809', NEW_YORK, { month: 8, day: 9, year: 1990 }, '2026-08-09'],
    ['4.0 --MM-DD', 'BDAY:--08-09', NEW_YORK, { month: 8, day: 9, year: null }, '2026-08-09'],
    ['a date-time', 'BDAY:1990-08-09T00:00:00Z', NEW_YORK, { month: 8, day: 9, year: 1990 }, '2026-08-09'],
    ['iOS without a year', 'BDAY;X-APPLE-OMIT-YEAR=1604:1604-08-09', NEW_YORK, { month: 8, day: 9, year: null }, '2026-08-09'],
    ['February 29 in a common year falls on the 28th', 'BDAY:1992-02-29', NEW_YORK, { month: 2, day: 29, year: 1992 }, '2027-02-28'],
    ['text is not a date', 'BDAY;VALUE=text:circa 1800', NEW_YORK, null, null],
    ['an impossible date', 'BDAY:1990-02-30', NEW_YORK, null, null],
    ['month 13', 'BDAY:--1301', NEW_YORK, null, null],
  ])('%s', (_label, line, options, birthday, on) => {
    const read = readCards(card(['VERSION:4.0', 'FN:A', line]), options);
    const [first] = read.kind === 'cards' ? read.cards : [];
    expect(first?.kind === 'person' && first.person.birthday).toEqual(birthday ?? null);
    expect(first?.kind === 'person' && first.person.events).toEqual(on ? [{ what: 'birthday', on }] : []);
  });
});

describe('readCards: text values', () => {
  it.each<[string, string[], string]>([
    ['3.0 escapes', ['VERSION:3.0', 'FN:A', 'NOTE:a\\, b\\; c\\\\d\\ne\\Nf'], 'a, b; c\\d e f'],
    ['a folded line joins without its leading space', ['VERSION:3.0', 'FN:A', 'NOTE:climbs on Thurs', ' days'], 'climbs on Thursdays'],
    ['a tab folds too', ['VERSION:3.0', 'FN:A', 'NOTE:climbs on Thurs', '\tdays'], 'climbs on Thursdays'],
    ['2.1 keeps backslashes', ['VERSION:2.1', 'FN:A', 'NOTE:C:\\temp'], 'C:\\temp'],
    ['2.1 quoted-printable Latin-1', ['VERSION:2.1', 'FN:A', 'NOTE;CHARSET=ISO-8859-1;ENCODING=QUOTED-PRINTABLE:caf=E9'], 'café'],
    ['2.1 bare QUOTED-PRINTABLE parameter', ['VERSION:2.1', 'FN:A', 'NOTE;QUOTED-PRINTABLE:line=0D=0Anext'], 'line next'],
    ['quoted-printable soft breaks over three lines', ['VERSION:2.1', 'FN:A', 'NOTE;ENCODING=QUOTED-PRINTABLE:one =', 'two =', 'three'], 'one two three'],
    ['several notes join', ['VERSION:3.0', 'FN:A', 'NOTE:first', 'NOTE:second'], 'first second'],
    ['a group prefix and lowercase names', ['VERSION:3.0', 'FN:A', 'item3.note:lowercase'], 'lowercase'],
    ['a parameter with a quoted colon', ['VERSION:4.0', 'FN:A', 'NOTE;ALTID="a:b":value'], 'value'],
  ])('%s', (_label, lines, note) => {
    const read = readCards(card(lines), NEW_YORK);
    const [first] = read.kind === 'cards' ? read.cards : [];
    expect(first?.kind === 'person' ? first.person.note : null).toBe(note);
  });
});
