// Text Kindling did not write (a shared card's fields, a typed name) made safe to store and echo in a text: one line,
// no control, zero-width or bidi characters, and a capped length. Pure.

/** The longest name Kindling keeps, whatever its source: a card, a typed note, an answer to "Who was it?". */
export const MAX_NAME_CHARS = 60;

/** Line breaks and other controls: each becomes a space, so the words on either side stay apart. */
const BREAKING = /[\p{Cc}\u2028\u2029]/gu;
/** Format characters show nothing but can reorder or hide text: bidi marks, embeddings and isolates, zero-width ones. */
const INVISIBLE = /\p{Cf}/gu;

/**
 * One line of at most `maxChars` characters (code points, a surrogate pair is never split): controls and line breaks
 * become spaces, invisible and bidi characters go, runs of whitespace become one space, the ends are trimmed.
 * @example oneLine('Acme\nReply DELETE ALL\u202e', 20) // 'Acme Reply DELETE AL'
 */
export function oneLine(text: string, maxChars: number): string {
  // never more work than a few times the cap, however long the input
  const bounded = text.length > maxChars * 8 ? text.slice(0, maxChars * 8) : text;
  const flat = bounded.replace(BREAKING, ' ').replace(INVISIBLE, '').replace(/\s+/g, ' ').trim();
  if (flat.length <= maxChars) return flat;
  return Array.from(flat).slice(0, maxChars).join('').trim();
}

/**
 * A person's name as Kindling keeps it: one line, at most MAX_NAME_CHARS characters.
 * @example capName('Sarah\n  Chen') // 'Sarah Chen'
 */
export function capName(name: string): string {
  return oneLine(name, MAX_NAME_CHARS);
}
