// Small phrasing helpers for Kindling's texts: first names, sentences from optional parts, quotes, parentheses.

/**
 * The first word of a name.
 * @example firstName('  Sarah Lee ') // 'Sarah'
 */
export function firstName(name: string): string {
  return name.trim().split(/\s+/)[0] ?? name;
}

/**
 * The parts that say something, joined by spaces.
 * @example sentence('Saved Sarah.', null, '', 'Nudge tomorrow.') // 'Saved Sarah. Nudge tomorrow.'
 */
export function sentence(...parts: (string | null | undefined | false)[]): string {
  return parts.filter((part): part is string => typeof part === 'string' && part.length > 0).join(' ');
}

/**
 * " (text)", or nothing without a text.
 * @example paren('climbing gym') // ' (climbing gym)'
 * @example paren(null) // ''
 */
export function paren(text: string | null | undefined): string {
  return text ? ` (${text})` : '';
}

/**
 * A draft in straight double quotes, to send as is.
 * @example quoted('Hey Sarah!') // '"Hey Sarah!"'
 */
export function quoted(text: string): string {
  return `"${text}"`;
}
