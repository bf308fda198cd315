// vcard-lines: a .vcf's text as cards of properties: lines unfolded (folds and quoted-printable soft breaks), cards
// split on BEGIN/END and capped, each line read as name, parameters and value.
import { describe, expect, it } from 'vitest';
import { cardsOf, MAX_LINE_CHARS, MAX_LINES_PER_CARD, MAX_PARAMS, parseProperty } from './vcard-lines';

describe('cardsOf', () => {
  it.each([
    ['one card', 'BEGIN:VCARD\r\nFN:Sarah\r\nEND:VCARD\r\n', { cards: [{ lines: ['FN:Sarah'], terminated: true }], beyond: 0 }],
    [
      'a folded line, and a card the text ends inside',
      'BEGIN:VCARD\r\nNOTE:long\r\n  folded\r\nEND:VCARD\r\nBEGIN:VCARD\nFN:Bo\n',
      {
        cards: [
          { lines: ['NOTE:long folded'], terminated: true },
          { lines: ['FN:Bo'], terminated: false },
        ],
        beyond: 0,
      },
    ],
    [
      'a quoted-printable soft break',
      'BEGIN:VCARD\r\nNOTE;ENCODING=QUOTED-PRINTABLE:caf=\r\n=C3=A9\r\nEND:VCARD',
      { cards: [{ lines: ['NOTE;ENCODING=QUOTED-PRINTABLE:caf=C3=A9'], terminated: true }], beyond: 0 },
    ],
    [
      'a BEGIN before the END leaves the card before unterminated',
      'BEGIN:VCARD\nFN:A\nBEGIN:VCARD\nFN:B\nEND:VCARD',
      {
        cards: [
          { lines: ['FN:A'], terminated: false },
          { lines: ['FN:B'], terminated: true },
        ],
        beyond: 0,
      },
    ],
    ['lowercase boundaries, blank lines skipped', 'begin:vcard\n\n  \nFN:A\nend:vcard', { cards: [{ lines: ['FN:A'], terminated: true }], beyond: 0 }],
    ['no card', 'no card', { cards: [], beyond: 0 }],
  ] as const)('%s', (_case, text, want) => {
    expect(cardsOf(text)).toEqual(want);
  });

  it.each([
    [1, { cards: [{ lines: ['FN:A'], terminated: true }], beyond: 2 }],
    [0, { cards: [], beyond: 3 }],
  ] as const)('past maxCards %i the cards are counted, not read', (maxCards, want) => {
    const three = 'BEGIN:VCARD\nFN:A\nEND:VCARD\nBEGIN:VCARD\nFN:B\nEND:VCARD\nBEGIN:VCARD\nFN:C\nEND:VCARD\n';
    expect(cardsOf(three, maxCards)).toEqual(want);
  });

  it('a logical line is cut at MAX_LINE_CHARS', () => {
    const [card] = cardsOf(`BEGIN:VCARD\nNOTE:${'x'.repeat(MAX_LINE_CHARS + 100)}\nEND:VCARD`).cards;
    expect(card?.lines).toEqual([`NOTE:${'x'.repeat(MAX_LINE_CHARS - 5)}`]);
  });

  it('the lines past MAX_LINES_PER_CARD are not read (the one being read when the cap is reached is kept)', () => {
    const [card] = cardsOf(`BEGIN:VCARD\n${Array.from({ length: 300 }, (_, i) => `X${i}:y`).join('\n')}\nEND:VCARD`).cards;
    expect(card?.lines).toHaveLength(MAX_LINES_PER_CARD + 1);
    expect(card?.lines.at(-1)).toBe(`X${MAX_LINES_PER_CARD}:y`);
  });
});

describe('parseProperty', () => {
  it.each([
    ['FN:Sarah Chen', { name: 'FN', params: new Map(), value: 'Sarah Chen' }],
    ['item1.TEL;TYPE=CELL;type=pref:+1 917', { name: 'TEL', params: new Map([['TYPE', ['cell', 'pref']]]), value: '+1 917' }],
    ['TEL;CELL;PREF:555', { name: 'TEL', params: new Map([['TYPE', ['cell', 'pref']]]), value: '555' }],
    ['NOTE;QUOTED-PRINTABLE:caf=C3=A9', { name: 'NOTE', params: new Map([['ENCODING', ['QUOTED-PRINTABLE']]]), value: 'caf=C3=A9' }],
    ['TEL;TYPE="work,voice":555', { name: 'TEL', params: new Map([['TYPE', ['work', 'voice']]]), value: '555' }],
    ['ADR;LABEL="a;b":;;street', { name: 'ADR', params: new Map([['LABEL', ['a;b']]]), value: ';;street' }],
    ['PHOTO;ENCODING=b:AAAA', { name: 'PHOTO', params: new Map([['ENCODING', ['b']]]), value: '' }],
    ['no colon here', null],
    ['X;A="open:1', null],
    [':value', null],
  ] as const)('%j', (line, want) => {
    expect(parseProperty(line)).toEqual(want);
  });

  it('parameters past MAX_PARAMS are ignored', () => {
    expect(parseProperty(`X${';P=1'.repeat(MAX_PARAMS + 4)}:v`)?.params.get('P')).toHaveLength(MAX_PARAMS);
  });
});
