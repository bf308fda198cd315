import { describe, expect, it } from 'vitest';
import { toCsv, toVCards, type ExportEntry } from './export-format';

const MET_AT = Date.UTC(2026, 2, 4, 23, 30);

function entry(overrides: Partial<ExportEntry['person']> = {}, notes: string[] = []): ExportEntry {
  return {
    person: { name: 'Sarah Lin', met: null, metAt: MET_AT, interests: [], work: [], contacts: {}, events: [], ...overrides },
    notes,
  };
}

/** The card's logical lines, split only on the CRLF that ends each line. */
const cardLines = (card: string) => card.split('\r\n');

describe('toVCards escapes text values as RFC 6350 says', () => {
  it.each([
    ['a lone CR', 'first\rsecond', 'first\\nsecond'],
    ['a lone LF', 'first\nsecond', 'first\\nsecond'],
    ['a CRLF', 'first\r\nsecond', 'first\\nsecond'],
    ['CR CR LF', 'first\r\r\nsecond', 'first\\n\\nsecond'],
    ['LF CR', 'first\n\rsecond', 'first\\n\\nsecond'],
    ['a backslash', 'C:\\notes', 'C:\\\\notes'],
    ['a backslash before n', 'a\\nb', 'a\\\\nb'],
    ['a comma', 'pottery, climbing', 'pottery\\, climbing'],
    ['a semicolon', 'pottery; climbing', 'pottery\\; climbing'],
    ['all of them', 'a\\b,c;d\re\nf\r\ng', 'a\\\\b\\,c\\;d\\ne\\nf\\ng'],
  ])('%s in a title', (_label, title, escaped) => {
    const card = toVCards([entry({ work: [title] })]);
    expect(cardLines(card)).toContain(`TITLE:${escaped}`);
    // no raw CR or LF anywhere but the CRLF line ends
    expect(card.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });

  it.each([
    ['a lone CR', 'Ann\rMarie Roy', 'FN:Ann\\nMarie Roy'],
    ['a comma', 'Roy, Ann', 'FN:Roy\\, Ann'],
    ['a semicolon', 'Ann;Roy', 'FN:Ann\\;Roy'],
  ])('%s in a name', (_label, name, fn) => {
    const card = toVCards([entry({ name })]);
    expect(cardLines(card)).toContain(fn);
    expect(card.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });

  it('a phone or handle with a line break cannot start a new property', () => {
    const card = toVCards([entry({ contacts: { phone: '+19175550199\rEMAIL:x@evil.example', instagram: 'sarah\nURL:x' } })]);
    expect(cardLines(card)).toContain('TEL;TYPE=CELL:+19175550199\\nEMAIL:x@evil.example');
    expect(cardLines(card).filter((line) => /^(EMAIL|URL):/.test(line))).toEqual([]);
  });

  it('a note with CR, LF and CRLF stays one NOTE line with each break escaped once', () => {
    const card = toVCards([entry({ met: 'the gym' }, ['line one\rline two\nline three\r\nline four'])]);
    expect(cardLines(card)).toContain('NOTE:Met at the gym on 2026-03-04\\nNote: line one\\nline two\\nline three\\nline four');
    expect(card.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });

  it('a fixed entry gives exactly this card', () => {
    const card = toVCards([
      entry(
        {
          met: 'the climbing gym',
          interests: ['bouldering'],
          work: ['runs a pottery studio'],
          contacts: { phone: '+19175550199', email: 'sarah@example.com' },
          events: [{ what: 'show opening', on: '2026-03-20' }],
        },
        ['Met Sarah, loves; commas\rand CRs'],
      ),
    ]);
    expect(card).toBe(
      [
        'BEGIN:VCARD',
        'VERSION:3.0',
        'FN:Sarah Lin',
        'N:Lin;Sarah;;;',
        'TEL;TYPE=CELL:+19175550199',
        'EMAIL:sarah@example.com',
        'TITLE:runs a pottery studio',
        'NOTE:Met at the climbing gym on 2026-03-04\\nInto: bouldering\\nWork: runs a pottery studio\\nshow opening: 2026-03-20\\nNote: Met Sarah\\, loves\\; commas\\nand CRs',
        'END:VCARD',
        '',
      ].join('\r\n'),
    );
  });
});

describe('toCsv quotes what would break a row', () => {
  const row = (csv: string) => csv.slice(csv.indexOf('\r\n') + 2);

  it.each([
    ['a lone CR', 'first\rsecond', '"first\rsecond"'],
    ['a lone LF', 'first\nsecond', '"first\nsecond"'],
    ['a CRLF', 'first\r\nsecond', '"first\r\nsecond"'],
    ['a comma', 'pottery, climbing', '"pottery, climbing"'],
    ['a semicolon, the delimiter of spreadsheets in many locales', 'pottery; climbing', '"pottery; climbing"'],
    ['a quote', 'the "big" wall', '"the ""big"" wall"'],
    ['a backslash', 'C:\\notes', 'C:\\notes'],
    ['a formula', '=HYPERLINK("http://x")', '"\'=HYPERLINK(""http://x"")"'],
    ['a leading minus', '-2+3', "'-2+3"],
    ['a leading at', '@SUM(A1)', "'@SUM(A1)"],
    ['a leading CR', '\r=1+1', '"\'\r=1+1"'],
    ['plain text', 'climbing gym', 'climbing gym'],
  ])('%s in the met place', (_label, met, cell) => {
    expect(row(toCsv([entry({ met })]))).toBe(`Sarah Lin,${cell},2026-03-04,,,,,,,,\r\n`);
  });

  it.each([
    ['an E.164 phone stays as it is', '+19175550199', '+19175550199'],
    ['a plus that is not a phone number is defused', '+1+cmd|calc', "'+1+cmd|calc"],
  ])('%s', (_label, phone, cell) => {
    expect(row(toCsv([entry({ contacts: { phone } })]))).toBe(`Sarah Lin,,2026-03-04,${cell},,,,,,,\r\n`);
  });
});
