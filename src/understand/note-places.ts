// Places a trip names: "drove through Regina and Victoria", "flew into Florence": a capitalised word after a verb of
// travel and its preposition is where the user went, not someone they met (towns are often first names).

/** Verbs of travel, the first letter either case ("Drove through ..." opens a note). */
const TRAVEL_VERBS = `(?:${[
  'drove',
  'drive',
  'driving',
  'drives',
  'flew',
  'fly',
  'flying',
  'flies',
  'went',
  'go',
  'going',
  'goes',
  'traveled',
  'travelled',
  'traveling',
  'travelling',
  'travel',
  'travels',
  'passed',
  'passing',
  'stopped',
  'stopping',
  'headed',
  'heading',
  'toured',
  'touring',
  'landed',
  'landing',
  'road-tripped',
  'roadtripped',
  'sailed',
  'sailing',
  'rode',
  'riding',
  'cycled',
  'cycling',
  'hiked',
  'hiking',
  'moved',
  'moving',
  'commuted',
  'trekked',
  'wandered',
]
  .map((verb) => `[${verb[0]}${verb[0]?.toUpperCase()}]${verb.slice(1)}`)
  .join('|')})`;
const TRAVEL_PREPOSITIONS = String.raw`(?:(?:back|over|out|up|down|on|all the way|right|straight)\s+)?(?:through|thru|to|into|past|via|around|round|across|from|in)`;
const PLACE = String.raw`\p{Lu}[\p{L}\p{M}-]+(?![\p{L}'\u2019])`;
const TRIP = new RegExp(String.raw`\b${TRAVEL_VERBS}\s+${TRAVEL_PREPOSITIONS}\s+(${PLACE}(?:\s*(?:,|and|&|then|n)\s*${PLACE})*)`, 'gu');

/**
 * The lowercase words a text names as places it travelled through or to.
 * travelPlaces("Drove through Regina and Victoria on our trip") -> Set { 'regina', 'victoria' }
 */
export function travelPlaces(text: string): ReadonlySet<string> {
  const places = new Set<string>();
  for (const match of text.matchAll(TRIP)) {
    for (const word of (match[1] ?? '').split(/\s*(?:,|\band\b|&|\bthen\b|\bn\b)\s*/u)) if (word) places.add(word.toLowerCase());
  }
  return places;
}

/** Whether a name read from the text is only a place its trip named. */
export function isTravelPlace(name: string, places: ReadonlySet<string>): boolean {
  return places.has(name.toLowerCase());
}
