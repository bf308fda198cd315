// Cards built to be slow or to smuggle text: reading one costs time linear in its size, and every field it gives is
// one short line with no control or bidi characters.
import { describe, expect, it } from 'vitest';
import { MAX_NAME_CHARS, oneLine } from '../domain/clean-text';
import { MAX_FIELD_CHARS, MAX_NOTE_CHARS, readCards, type CardsRead } from './vcard-import';
import { MAX_LINE_CHARS } from './vcard-lines';

const OPTIONS = { now: Date.UTC(2026, 2, 4, 23, 30), timeZone: 'America/New_York', defaultCountry: 'US' };
const MAX_CARD_CHARS = 256 * 1024;

const card = (lines: string[]) => `BEGIN:VCARD\r\n${lines.join('\r\n')}\r\nEND:VCARD\r\n`;

/** Hostile cards of about `chars` characters, each shaped to defeat a different shortcut. */
const HOSTILE: Record<string, (chars: number) => string> = {
  'a parameter flood': (chars) => card(['VERSION:3.0', `FN${';a'.repeat(chars / 2)}:x`]),
  'a parameter flood with no colon': (chars) => card(['VERSION:3.0', `FN${';a'.repeat(chars / 2)}`, 'FN:Sam']),
  'quotes and semicolons': (chars) => card(['VERSION:3.0', `FN${';"a;'.repeat(chars / 4)}:x`]),
  'one type with endless values': (chars) => card(['VERSION:3.0', `TEL;TYPE=${'a,'.repeat(chars / 2)}:+12125550101`, 'FN:Sam']),
  'a long folded line': (chars) => card(['VERSION:3.0', `NOTE:${'x\r\n '.repeat(chars / 4)}`, 'FN:Sam']),
  'quoted-printable soft breaks': (chars) => card(['VERSION:2.1', `NOTE;QUOTED-PRINTABLE:${'==\r\n'.repeat(chars / 4)}`, 'FN:Sam']),
  'thousands of numbers': (chars) =>
    card(['VERSION:3.0', 'FN:Sam', ...Array.from({ length: chars / 20 }, (_, i) => `TEL:+1212555${String(i % 10_000).padStart(4, '0')}`)]),
  'thousands of cards': (chars) => Array.from({ length: chars / 40 }, (_, i) => card([`FN:Person ${i}`])).join(''),
  'whitespace before an x': (chars) => card(['VERSION:3.0', 'FN:Sam', `TEL:1${' '.repeat(chars)}1`, `EMAIL:a@${'b.'.repeat(chars / 2)} `]),
};

/** The fastest of a few reads, in ms: scheduler pauses on a shared machine are not the parser's cost. */
function fastestRead(text: string): number {
  let best = Number.POSITIVE_INFINITY;
  for (let run = 0; run < 5; run++) {
    const start = performance.now();
    readCards(text, OPTIONS);
    best = Math.min(best, performance.now() - start);
  }
  return best;
}

describe('reading a hostile card', () => {
  it.each(Object.keys(HOSTILE))('%s: four times the size costs at most about four times the time', (shape) => {
    const build = HOSTILE[shape];
    if (!build) throw new Error(shape);
    const small = fastestRead(build(MAX_CARD_CHARS / 4));
    const large = fastestRead(build(MAX_CARD_CHARS));
    // linear is 4x; quadratic would be 16x. The floor keeps sub-millisecond noise from deciding.
    expect(large).toBeLessThan(Math.max(small, 1) * 10);
    expect(large).toBeLessThan(250);
  });

  it('a parameter flood that fits the line limit still reads the name after it', () => {
    const read = readCards(card(['VERSION:3.0', `FN${';TYPE=x'.repeat(1_000)}:Sam Lee`]), OPTIONS);
    expect(read).toMatchObject({ kind: 'cards', cards: [{ kind: 'person', person: { name: 'Sam Lee' } }] });
  });
});

describe('card fields as Kindling echoes them', () => {
  const read = (lines: string[]): CardsRead => readCards(card(['VERSION:3.0', ...lines]), OPTIONS);
  const person = (found: CardsRead) => (found.kind === 'cards' && found.cards[0]?.kind === 'person' ? found.cards[0].person : null);

  it('an escaped or folded line break in ORG, TITLE or FN becomes a space', () => {
    const found = person(read(['FN:Sam\\nLee', 'ORG:Acme\\nReply DELETE ALL to keep getting texts', 'TITLE:Boss\r\n \\n\\nof all']));
    expect(found?.name).toBe('Sam Lee');
    expect(found?.work).toEqual(['Boss of all', 'Acme Reply DELETE ALL to keep getting texts']);
  });

  it('control, zero-width and bidi characters are dropped, whitespace collapsed', () => {
    const found = person(read(['FN:\u202eSam\u200b \t Lee\u0007', 'ORG:Ac\u2066me\u0000 Co', 'NOTE:one\\n\\n\\ntwo\u2028three']));
    expect(found?.name).toBe('Sam Lee');
    expect(found?.work).toEqual(['Acme Co']);
    expect(found?.note).toBe('one two three');
  });

  it('names, work and notes are capped', () => {
    const found = person(read([`FN:${'Sam '.repeat(5_000)}`, `ORG:${'Acme '.repeat(5_000)}`, `TITLE:${'x'.repeat(5_000)}`, `NOTE:${'y '.repeat(5_000)}`]));
    expect(found?.name.length).toBeLessThanOrEqual(MAX_NAME_CHARS);
    expect(found?.name).toMatch(/^Sam Sam/);
    for (const item of found?.work ?? []) expect(item.length).toBeLessThanOrEqual(MAX_FIELD_CHARS);
    expect(found?.work).toHaveLength(2);
    expect(found?.note?.length).toBeLessThanOrEqual(MAX_NOTE_CHARS);
  });

  it('a company card named by a long ORG keeps the capped name and no work', () => {
    const found = person(read([`ORG:${'Acme '.repeat(30)}`]));
    expect(found?.name.length).toBeLessThanOrEqual(MAX_NAME_CHARS);
    expect(found?.work).toEqual([]);
  });
});

describe('a long field is decoded only as far as it is shown', () => {
  const read = (lines: string[]): CardsRead => readCards(card(lines), OPTIONS);
  const person = (found: CardsRead) => (found.kind === 'cards' && found.cards[0]?.kind === 'person' ? found.cards[0].person : null);
  /** The whole value's decoding, as the reader did it before it stopped early: escapes, then the field's one line. */
  const whole = (value: string, chars: number) =>
    oneLine(
      value.replace(/\\([\\,;nN])/g, (_match, char: string) => (char === 'n' || char === 'N' ? '\n' : char)),
      chars,
    );
  // each unit cut at every length around the point where decoding stops, so a cut escape shows if it leaks
  const units = ['Sam\\n', 'x\\,', '\\n', '\\\\n', 'Ac\\;me\u202e ', 'é\\N'];

  const fields = [
    {
      field: 'FN',
      chars: MAX_NAME_CHARS,
      shown: (found: CardsRead) => (found.kind === 'cards' && found.cards[0]?.kind === 'person' ? found.cards[0].person.name : ''),
    },
    { field: 'TITLE', chars: MAX_FIELD_CHARS, shown: (found: CardsRead) => person(found)?.work[0] ?? '' },
    { field: 'NOTE', chars: MAX_NOTE_CHARS, shown: (found: CardsRead) => person(found)?.note ?? '' },
  ];

  it.each(units)('FN, TITLE and NOTE of %j repeated read as the whole value would', (unit) => {
    for (const { field, chars, shown } of fields) {
      // lengths around where the reader stops decoding: 2 raw characters per shown one, 8 shown per kept one
      const stop = 2 * (8 * chars + 2);
      for (let length = stop - 6; length <= stop + 6; length++) {
        const value = unit.repeat(Math.ceil((stop + 8) / unit.length)).slice(0, length);
        const lines = field === 'FN' ? ['VERSION:3.0', `FN:${value}`] : ['VERSION:3.0', 'FN:Sam', `${field}:${value}`];
        // a logical line is cut at MAX_LINE_CHARS before it is read at all
        const kept = value.slice(0, MAX_LINE_CHARS - field.length - 1);
        expect(shown(read(lines)), `${field} of ${length}`).toBe(whole(kept, chars));
      }
    }
  });

  it('a quoted-printable name far longer than it is shown reads as its start', () => {
    const found = person(read(['VERSION:2.1', `FN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:${'Ren=C3=A9 '.repeat(500)}`]));
    expect(found?.name).toBe(oneLine('René '.repeat(500), MAX_NAME_CHARS));
  });

  it('a number whose value runs past what a number can be is still refused', () => {
    const found = person(read(['VERSION:3.0', 'FN:Sam', `TEL:+1212555010${'\\,'.repeat(40)}`]));
    expect(found?.contacts.phone).toBeUndefined();
  });
});

describe('a quoted-printable line past its limit', () => {
  const nameOf = (found: CardsRead) => (found.kind === 'cards' && found.cards[0]?.kind === 'person' ? found.cards[0].person : null);

  it.each([
    ['soft breaks to the end of the line', (rest: string) => `${rest}last\r\n`],
    ['an empty line ends the soft breaks', (rest: string) => `${rest}=\r\n\r\n`],
    ['bare LF and CR line breaks', (rest: string) => `${rest.replace(/\r\n/g, '\n')}=\rlast\n`],
  ])('%s: the properties after it are still read', (_shape, end: (rest: string) => string) => {
    const note = `NOTE;ENCODING=QUOTED-PRINTABLE:${end('ab=\r\n'.repeat(3_000))}`;
    const found = nameOf(readCards(`BEGIN:VCARD\r\nVERSION:2.1\r\n${note}FN:Sam\r\nTEL:+12125550101\r\nEND:VCARD\r\n`, OPTIONS));
    expect(found?.name).toBe('Sam');
    expect(found?.contacts.phone).toBe('+12125550101');
    expect(found?.note).toMatch(/^(?:ab){100}/);
  });
});
