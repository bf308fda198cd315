// SMS length math: which encoding a text needs and how many segments it takes, the way Twilio counts them.
// Contract: pure. GSM-7 texts take 160 septets in one segment, 153 per part when split; extension characters
// (^ { } [ ] ~ | \ euro sign, form feed) take 2 and are never split across parts. One character outside GSM-7 makes the
// whole text UCS-2: 70 UTF-16 units in one segment, 67 per part, a grapheme (emoji, accent + mark) never split.

/** The GSM 03.38 basic set, as Unicode: each character is one septet. */
const GSM7_BASIC = new Set(
  '@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !"#¤%&\'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà',
);
/** The GSM 03.38 extension table: each character is an escape plus one septet. */
const GSM7_EXTENSION = new Set('\f^{}\\[~]|€');

const SINGLE_GSM7 = 160;
const PART_GSM7 = 153;
const SINGLE_UCS2 = 70;
const PART_UCS2 = 67;

export type SmsEncoding = 'GSM-7' | 'UCS-2';

export interface SegmentCount {
  encoding: SmsEncoding;
  segments: number;
}

/**
 * Whether every character of `text` is in the GSM-7 alphabet (basic or extension).
 * @example isGsm7('Reply DONE, SNOOZE or SKIP.') // true
 * @example isGsm7('Hey José 👋') // false
 */
export function isGsm7(text: string): boolean {
  for (const char of text) {
    if (!GSM7_BASIC.has(char) && !GSM7_EXTENSION.has(char)) return false;
  }
  return true;
}

/**
 * The text in GSM-7 where it can be: emoji dropped, accents GSM-7 lacks folded ("Lucía" -> "Lucia"; "José" keeps its
 * é), curly quotes straightened; letters with no GSM-7 form ("王") kept as they are.
 * @example toGsm7('Saved Lucía 🎉') // 'Saved Lucia'
 */
export function toGsm7(text: string): string {
  let out = '';
  const plain = text
    .replace(/\p{Extended_Pictographic}|\u200d|\ufe0f|[\u{1F3FB}-\u{1F3FF}]/gu, '')
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/[\u2013\u2014]/g, '-');
  for (const char of plain) {
    if (GSM7_BASIC.has(char) || GSM7_EXTENSION.has(char)) {
      out += char;
      continue;
    }
    const base = char.normalize('NFD').replace(/\p{M}/gu, '');
    out += base && isGsm7(base) ? base : char;
  }
  return out
    .replace(/ {2,}/g, ' ')
    .replace(/ +([.,!?:;)])/g, '$1')
    .trim();
}

const graphemeSegmenter = new Intl.Segmenter('en', { granularity: 'grapheme' });

/** The size of each unsplittable piece of `text`, in the encoding's units (septets or UTF-16 units). */
function unitSizes(text: string, encoding: SmsEncoding): number[] {
  if (encoding === 'GSM-7') return [...text].map((char) => (GSM7_EXTENSION.has(char) ? 2 : 1));
  const sizes: number[] = [];
  for (const { segment } of graphemeSegmenter.segment(text)) {
    if (segment === '\r\n') sizes.push(1, 1);
    else sizes.push(segment.length);
  }
  return sizes;
}

/**
 * The encoding `text` needs and how many SMS segments it takes.
 * @example segmentCount('a'.repeat(160)) // { encoding: 'GSM-7', segments: 1 }
 * @example segmentCount('a'.repeat(161)) // { encoding: 'GSM-7', segments: 2 }
 * @example segmentCount('é'.repeat(70) + 'ł') // { encoding: 'UCS-2', segments: 2 }
 */
export function segmentCount(text: string): SegmentCount {
  const encoding: SmsEncoding = isGsm7(text) ? 'GSM-7' : 'UCS-2';
  const single = encoding === 'GSM-7' ? SINGLE_GSM7 : SINGLE_UCS2;
  const part = encoding === 'GSM-7' ? PART_GSM7 : PART_UCS2;
  const sizes = unitSizes(text, encoding);
  const total = sizes.reduce((sum, size) => sum + size, 0);
  if (total <= single) return { encoding, segments: 1 };
  let segments = 1;
  let used = 0;
  for (const size of sizes) {
    if (used + size > part) {
      segments += 1;
      used = 0;
    }
    used += size;
  }
  return { encoding, segments };
}

/**
 * Whether `text` fits in `maxSegments` segments.
 * @example fitsSegments('Saved Sarah.', 1) // true
 */
function fitsSegments(text: string, maxSegments: number): boolean {
  return segmentCount(text).segments <= maxSegments;
}

/**
 * The first candidate that fits in `maxSegments` segments, or undefined. Candidates go from richest to barest.
 * @example fitToSegments(['a'.repeat(200), 'short'], 1) // 'short'
 */
export function fitToSegments(candidates: readonly string[], maxSegments: number): string | undefined {
  return candidates.find((candidate) => fitsSegments(candidate, maxSegments));
}

/**
 * At most `maxWords` words of `text`, cut between words, never inside one.
 * @example clipWords('a very long pottery studio name', 3) // 'a very long'
 */
export function clipWords(text: string, maxWords: number): string {
  const words = text.trim().split(/\s+/);
  if (words.length <= maxWords) return text.trim();
  return words
    .slice(0, Math.max(1, maxWords))
    .join(' ')
    .replace(/[\s,;:.-]+$/, '');
}

/**
 * The longest prefix of `text` that fits `maxSegments`, cut at a word boundary when there is one (a last resort for
 * texts made of user data that no template shortening could fit). Never splits a grapheme; splits a word only when
 * the last word boundary would lose more than half of what fits.
 * @example truncateToSegments('word '.repeat(100), 1).length // <= 160
 */
export function truncateToSegments(text: string, maxSegments: number): string {
  if (fitsSegments(text, maxSegments)) return text;
  const graphemes = [...graphemeSegmenter.segment(text)].map(({ segment }) => segment);
  let low = 0;
  let high = graphemes.length;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (fitsSegments(graphemes.slice(0, mid).join(''), maxSegments)) low = mid;
    else high = mid - 1;
  }
  const prefix = graphemes.slice(0, low).join('');
  const lastSpace = prefix.lastIndexOf(' ');
  // A word boundary unless that would throw away most of the text (one absurdly long word).
  return (lastSpace > prefix.length / 2 ? prefix.slice(0, lastSpace) : prefix).trimEnd();
}
