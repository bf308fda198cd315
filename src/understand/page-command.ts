// Reads the page commands: "page", "my people", "show me everyone", "link" ask for the page link, "page off" revokes
// it; Spanish too ("mi gente", "mi pagina", "muestrame a todos"). Pure. A longer text that merely holds "page" is not one.

export type PageCommand = { kind: 'page' | 'page-off'; language: 'en' | 'es' };

const ASK_EN = new Set([
  'page',
  'my page',
  'the page',
  'page link',
  'page please',
  'link',
  'my link',
  'the link',
  'send link',
  'send the link',
  'send me the link',
  'my people',
  'show me my people',
  'show my people',
  'show me everyone',
  'show everyone',
  'everyone',
]);
const ASK_ES = new Set(['mi gente', 'mi pagina', 'pagina', 'muestrame a todos', 'muestrame mi gente', 'el enlace', 'mi enlace', 'enlace']);
const OFF_EN = new Set(['page off', 'link off', 'turn off page', 'turn off the page', 'turn page off', 'revoke page', 'revoke link', 'kill link']);
const OFF_ES = new Set(['pagina off', 'apagar pagina', 'apaga la pagina', 'quitar enlace', 'borrar enlace']);

/** Lowercase, accents and punctuation gone, "please" and "pls" at the ends dropped, spaces squeezed. */
function commandKeyOf(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^(?:please|pls|plz|por favor) /, '')
    .replace(/ (?:please|pls|plz|por favor)$/, '');
}

/**
 * The page command a text is, if it is one.
 * @example readPageCommand('Show me everyone!') // { kind: 'page', language: 'en' }
 * @example readPageCommand('muéstrame a todos') // { kind: 'page', language: 'es' }
 * @example readPageCommand('PAGE OFF') // { kind: 'page-off', language: 'en' }
 * @example readPageCommand('met Sarah, she has a page on etsy') // null
 */
export function readPageCommand(text: string): PageCommand | null {
  if (text.length > 60) return null;
  const key = commandKeyOf(text);
  if (ASK_EN.has(key)) return { kind: 'page', language: 'en' };
  if (ASK_ES.has(key)) return { kind: 'page', language: 'es' };
  if (OFF_EN.has(key)) return { kind: 'page-off', language: 'en' };
  if (OFF_ES.has(key)) return { kind: 'page-off', language: 'es' };
  return null;
}
