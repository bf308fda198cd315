// Replies about the page of the user's people: its link, and its revocation. One segment each in Kindling's words.

/**
 * PAGE: the private link, valid for 7 days.
 * @example pageLink('https://kindling.example/p/abc', 'en') // 'Your people, all on one page: https://kindling.example/p/abc Private to you, works 7 days. Text PAGE OFF to turn it off.'
 */
export function pageLink(url: string, language: 'en' | 'es'): string {
  return language === 'es'
    ? `Tu gente, en una pagina: ${url} Solo para ti, vale 7 dias. Escribe PAGINA OFF para apagarla.`
    : `Your people, all on one page: ${url} Private to you, works 7 days. Text PAGE OFF to turn it off.`;
}

/** PAGE OFF: every link stops working. */
export function pageOff(language: 'en' | 'es'): string {
  return language === 'es'
    ? 'Listo, tu enlace ya no funciona. Escribe PAGINA para uno nuevo.'
    : 'Done, your page link no longer works. Text PAGE for a new one.';
}
