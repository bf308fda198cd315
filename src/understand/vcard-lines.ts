// A .vcf's text as cards of properties: lines unfolded, cards split on BEGIN/END, each line read as name, parameters
// and value in one left-to-right scan. Every step is linear in the text and capped (cards, lines, parameters, line
// length), so a hostile card costs no more than a large honest one. Pure.

/** More cards than this in one message are counted, not read. */
export const MAX_CARDS = 10;
/** A logical line is cut at this many characters (a folded photo is read only for its name, never its value). */
export const MAX_LINE_CHARS = 8 * 1024;
/** Lines of one card past this many are ignored: an honest card has a few dozen. */
export const MAX_LINES_PER_CARD = 200;
/** Parameters of one property past this many are ignored (TEL;TYPE=CELL;TYPE=pref has two). */
export const MAX_PARAMS = 16;
/** Values of one parameter past this many are ignored (TYPE=work,voice,pref has three). */
const MAX_PARAM_VALUES = 16;

export interface Property {
  name: string;
  params: Map<string, string[]>;
  value: string;
}

export interface RawCard {
  lines: string[];
  terminated: boolean;
}

const BINARY = new Set(['PHOTO', 'LOGO', 'SOUND', 'KEY']);
const BARE_ENCODINGS = new Set(['QUOTED-PRINTABLE', 'BASE64', 'B', '8BIT', '7BIT']);

/** A card's first or last line: the boundaries are found by one native scan, whatever the cards hold. */
const BOUNDARY = /^(BEGIN|END):VCARD[ \t]*$/gim;
/** A card's first line alone: cards past the cap are counted by it, no match built for each. */
const BEGIN = /^BEGIN:VCARD[ \t]*$/gim;

/**
 * The first `maxCards` cards of the text, and how many more it holds (counted, not read). A BEGIN before the last
 * card's END leaves that card unterminated.
 * @example cardsOf('BEGIN:VCARD\r\nFN:Sarah\r\nEND:VCARD\r\n', 10) // { cards: [{ lines: ['FN:Sarah'], terminated: true }], beyond: 0 }
 */
export function cardsOf(text: string, maxCards = MAX_CARDS): { cards: RawCard[]; beyond: number } {
  const cards: RawCard[] = [];
  // where the open card's lines start, or -1 when no card is open
  let open = -1;
  BOUNDARY.lastIndex = 0;
  // every BEGIN starts one card, closed by the next boundary or the text's end: past the cap, BEGINs are only counted
  while (cards.length < maxCards) {
    const match = BOUNDARY.exec(text);
    if (!match) break;
    const begins = (match[1] ?? '').toUpperCase() === 'BEGIN';
    if (open >= 0) cards.push({ lines: unfold(text, open, match.index), terminated: !begins });
    open = begins ? match.index + match[0].length : -1;
  }
  if (cards.length < maxCards) {
    if (open >= 0) cards.push({ lines: unfold(text, open, text.length), terminated: false });
    return { cards, beyond: 0 };
  }
  // the card open when the cap was reached, and every one begun after it
  let beyond = open >= 0 ? 1 : 0;
  BEGIN.lastIndex = BOUNDARY.lastIndex;
  while (BEGIN.test(text)) beyond++;
  return { cards, beyond };
}

/** The next line break at or after `from`: its index and length (CRLF, CR or LF), or the text's end. */
function lineBreak(text: string, from: number, to: number, next: { lf: number; cr: number }): { at: number; length: number } {
  if (next.lf < from) next.lf = text.indexOf('\n', from);
  if (next.cr < from) next.cr = text.indexOf('\r', from);
  const lf = next.lf < 0 || next.lf > to ? to : next.lf;
  const cr = next.cr < 0 || next.cr > to ? to : next.cr;
  if (cr < lf) return { at: cr, length: cr + 1 === lf ? 2 : 1 };
  return { at: lf, length: lf < to ? 1 : 0 };
}

/** The end of a quoted-printable line's soft breaks: a line break after anything but "=", or an empty line. */
const SOFT_BREAK_END = /[^=\r\n](?:\r\n|\r(?!\n)|\n)|(?:\r\n|\r(?!\n)|\n)(?:\r\n|\r(?!\n)|\n)/g;

/** The end of a folded line: a line break not followed by a space or tab. */
const FOLD_END = /[\r\n](?=[^ \t\r\n]|$)/g;

/**
 * The physical lines in [from, to) as logical ones: a line starting with a space or tab continues the one before (RFC
 * 6350 3.2), and a quoted-printable value ending in "=" continues on the next line (vCard 2.1 soft line breaks). A
 * logical line is cut at MAX_LINE_CHARS and a card at MAX_LINES_PER_CARD lines; what is cut is skipped, not copied.
 */
function unfold(text: string, from: number, to: number): string[] {
  const logical: string[] = [];
  // one logical line's pieces, joined once at its end (a folded photo can be thousands of lines)
  let pieces: string[] = [];
  let length = 0;
  let softBreak = false;
  let quotedPrintable = false;
  const next = { lf: -1, cr: -1 };
  const add = (start: number, end: number) => {
    const room = MAX_LINE_CHARS - length;
    if (room > 0) {
      const piece = text.slice(start, Math.min(end, start + room));
      pieces.push(piece);
      length += piece.length;
    }
  };
  const finish = () => {
    if (pieces.length > 0) logical.push(pieces.join(''));
    pieces = [];
    length = 0;
  };
  for (let at = from; at < to && logical.length < MAX_LINES_PER_CARD; ) {
    const found = lineBreak(text, at, to, next);
    const end = found.at;
    const first = text.charCodeAt(at);
    if (quotedPrintable && softBreak && pieces.length > 0 && length >= MAX_LINE_CHARS && end > at) {
      // a full line's remaining soft-broken lines are skipped in one native scan: up to the first line that does
      // not end in "=" (or an empty one), which is the last the line takes
      SOFT_BREAK_END.lastIndex = at;
      const after = SOFT_BREAK_END.exec(text);
      at = after && after.index + after[0].length <= to ? after.index + after[0].length : to;
      softBreak = false;
      continue;
    } else if (quotedPrintable && softBreak && pieces.length > 0) {
      const last = pieces.length - 1;
      const piece = pieces[last] ?? '';
      // the soft break's "=" goes, while the line still has room
      if (length < MAX_LINE_CHARS && piece.endsWith('=')) pieces[last] = piece.slice(0, -1);
      add(at, end);
    } else if (pieces.length > 0 && length >= MAX_LINE_CHARS && end > at && (first === 32 || first === 9)) {
      // a full line's remaining folds are skipped in one native scan
      FOLD_END.lastIndex = at;
      const after = FOLD_END.exec(text);
      at = after && after.index < to ? after.index + after[0].length : to;
      softBreak = false;
      continue;
    } else if (pieces.length > 0 && end > at && (first === 32 || first === 9)) {
      add(at + 1, end);
    } else {
      finish();
      if (!isBlank(text, at, end)) {
        add(at, end);
        quotedPrintable = isQuotedPrintable(pieces[0] ?? '');
      }
    }
    softBreak = end > at && text.charCodeAt(end - 1) === 61;
    at = end + Math.max(1, found.length);
  }
  finish();
  return logical;
}

/** Whether [from, to) holds only spaces and tabs (looked at only up to its first other character). */
function isBlank(text: string, from: number, to: number): boolean {
  for (let at = from; at < to; at++) {
    const code = text.charCodeAt(at);
    if (code !== 32 && code !== 9) return false;
  }
  return true;
}

function isQuotedPrintable(line: string): boolean {
  const colon = line.indexOf(':');
  if (colon <= 0) return false;
  return line
    .slice(0, colon)
    .toUpperCase()
    .split(';')
    .some((param, index) => index > 0 && (param === 'QUOTED-PRINTABLE' || param === 'ENCODING=QUOTED-PRINTABLE'));
}

function isNameChar(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 45;
}

/**
 * "item1.TEL;TYPE=CELL;type=pref:..." -> { name: 'TEL', params: { TYPE: ['cell', 'pref'] }, value }; null for a line
 * without a name and colon, or with a quote left open. One scan: every character is looked at once.
 */
export function parseProperty(line: string): Property | null {
  let at = 0;
  while (at < line.length && isNameChar(line.charCodeAt(at))) at++;
  let start = 0;
  // a group: "item1.TEL"
  if (at > 0 && line[at] === '.') {
    start = ++at;
    while (at < line.length && isNameChar(line.charCodeAt(at))) at++;
  }
  if (at === start || (line[at] !== ';' && line[at] !== ':')) return null;
  const name = line.slice(start, at).toUpperCase();
  const params = new Map<string, string[]>();
  let count = 0;
  // each parameter runs from a ";" to the next ";" or ":" outside double quotes
  while (line[at] === ';') {
    const from = ++at;
    let quoted = false;
    for (; at < line.length; at++) {
      const char = line[at];
      if (char === '"') quoted = !quoted;
      else if (!quoted && (char === ';' || char === ':')) break;
    }
    if (at >= line.length) return null;
    if (count++ < MAX_PARAMS) addParam(params, line.slice(from, at));
  }
  const value = BINARY.has(name) ? '' : line.slice(at + 1);
  return { name, params, value };
}

function addParam(params: Map<string, string[]>, param: string): void {
  const add = (key: string, values: string[]) => {
    const known = params.get(key) ?? [];
    params.set(key, [...known, ...values].slice(0, MAX_PARAM_VALUES));
  };
  const equals = param.indexOf('=');
  if (equals < 0) {
    // vCard 2.1 writes bare parameters: TEL;CELL;PREF, NOTE;QUOTED-PRINTABLE
    const bare = param.trim().toUpperCase();
    if (BARE_ENCODINGS.has(bare)) add('ENCODING', [bare]);
    else if (bare) add('TYPE', [bare.toLowerCase()]);
    return;
  }
  const key = param.slice(0, equals).trim().toUpperCase();
  // TYPE="work,voice" is two types, as TYPE=work,voice is
  const values = param
    .slice(equals + 1)
    .replace(/"/g, '')
    .split(',', MAX_PARAM_VALUES)
    .map((item) => (key === 'TYPE' ? item.trim().toLowerCase() : item.trim()));
  add(key, values);
}
