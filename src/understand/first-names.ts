// About 8,400 common first names in English-speaking countries, lowercase: a positive sign for a name typed in lowercase,
// and for a name on one sex's list only, the pronoun it goes with.
// Kept apart from the word lists so that code needing only those does not ship the names; stored front-coded
// (first-names-data.ts, made by first-names-build.mjs) to take ~13 KiB gzip instead of ~23.

import { FIRST_NAME_GENDERS, FIRST_NAMES_CODED } from './first-names-data';

/** "0aaren1rika" -> ["aaren", "aarika"]: each name keeps that many letters of the one before, then adds its own. */
function decodeNames(coded: string): string[] {
  const names: string[] = [];
  let previous = '';
  for (const match of coded.matchAll(/(\d)([^\d]*)/g)) {
    previous = previous.slice(0, Number(match[1])) + (match[2] ?? '');
    names.push(previous);
  }
  return names;
}

const DECODED = decodeNames(FIRST_NAMES_CODED);

export const FIRST_NAMES: ReadonlySet<string> = new Set(DECODED);

let genders: Map<string, 'she' | 'he'> | null = null;

/**
 * The pronoun a first name goes with when the lists give it one sex only: "dianne" -> 'she', "russ" -> 'he', "sam"
 * (on both) -> null. Only to send a "he ..." or "she ..." to the right one of several people named.
 */
export function nameGender(name: string): 'she' | 'he' | null {
  genders ??= new Map(
    DECODED.flatMap((known, at): [string, 'she' | 'he'][] => {
      const mark = FIRST_NAME_GENDERS[at];
      return mark === 'f' ? [[known, 'she']] : mark === 'm' ? [[known, 'he']] : [];
    }),
  );
  return genders.get(name.toLowerCase()) ?? null;
}
