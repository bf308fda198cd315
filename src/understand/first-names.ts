// About 8,400 common first names in English-speaking countries, lowercase: a positive sign for a name typed in lowercase.
// Kept apart from the word lists so that code needing only those does not ship the names; stored front-coded
// (first-names-data.ts, made by first-names-build.mjs) to take ~13 KiB gzip instead of ~23.

import { FIRST_NAMES_CODED } from './first-names-data';

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

export const FIRST_NAMES: ReadonlySet<string> = new Set(decodeNames(FIRST_NAMES_CODED));
