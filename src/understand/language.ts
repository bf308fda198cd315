// Which language a text is in, as far as Kindling needs to know: English, or another one it should not misread.

import type { Language } from '../domain/types';
import { FOREIGN_WORDS } from './lexicon';
import { readText as readWords } from './read-text';

/** Everyday English words: a text with more of these than foreign ones stays English. */
const ENGLISH = new Set(
  `the and to of is you my i she he at with met her his for on in it this that was we what me are be have do
  not but so they them if just can will about from your our had has going got love loves works into`.split(/\s+/),
);

/**
 * The language of a text when it is clearly not English, else null.
 * otherLanguage("conocí a lucía en el café, le encanta la salsa") -> "Spanish"
 */
export function otherLanguage(keys: readonly string[]): string | null {
  const english = keys.filter((word) => ENGLISH.has(word)).length;
  let best: string | null = null;
  let bestHits = 0;
  for (const [language, vocabulary] of Object.entries(FOREIGN_WORDS)) {
    const hits = keys.filter((word) => vocabulary.has(word)).length;
    if (hits > bestHits) {
      best = language;
      bestHits = hits;
    }
  }
  if (best === null || bestHits <= english) return null;
  if (bestHits >= 2 || (keys.length <= 2 && english === 0)) return best;
  return null;
}

/**
 * The language Kindling should answer a text in, when the text says it clearly: Spanish when it reads as Spanish,
 * English when it has at least three everyday English words and no Spanish ones; null for a text too short to tell
 * ("done", "ok", a name, a number), which keeps the user's language as it was.
 * @example textLanguage(['ya', 'le', 'escribí', 'a', 'lucía']) // 'es'
 * @example textLanguage(['she', 'wrote', 'back', 'right', 'away']) // 'en'
 * @example textLanguage(['done']) // null
 */
export function textLanguage(keys: readonly string[]): Language | null {
  if (otherLanguage(keys) === 'Spanish') return 'es';
  const spanish = FOREIGN_WORDS.Spanish;
  if (spanish && keys.some((word) => spanish.has(word))) return null;
  return keys.filter((word) => ENGLISH.has(word)).length >= 3 ? 'en' : null;
}

/**
 * The language Kindling keeps writing in after a text: one note in another language ("conocí a lucía en el café")
 * from someone who writes English is answered in its own language but does not turn the nudges Spanish; the switch
 * takes two clear texts in a row, or one from someone just starting (a new number, or fewer than three texts before
 * and none of them clear).
 * @example languageAfter('en', 'es', ['done', 'met sarah at the gym, she is into climbing'], false) // 'en'
 * @example languageAfter('en', 'es', ['ya le escribí a lucía'], false) // 'es'
 */
export function languageAfter(kept: Language, spoken: Language | null, earlier: readonly string[], isNew: boolean): Language {
  if (spoken === null || spoken === kept || isNew) return spoken ?? kept;
  for (const text of earlier) {
    const said = textLanguage(readWords(text).keys);
    if (said !== null) return said === spoken ? spoken : kept;
  }
  return earlier.length < 3 ? spoken : kept;
}
