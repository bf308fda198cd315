// Names a note itself says are no one: places a trip names ("drove through Regina and Victoria", "flew into Florence":
// a capitalised word after a verb of travel and its preposition), and a name a clause calls a thing ("Ningbo is his
// colleague company").

import { NON_PERSON_KINDS } from './note-lexicon';

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

/**
 * Whether the text says the name is a thing: "<name> is (a|his|the ...) <kind>" with a kind that is no person.
 * isSaidToBeAThing("Ningbo", "Mr Zhao is from Qingdao port, Ningbo is his colleague company") -> true
 */
export function isSaidToBeAThing(name: string, text: string): boolean {
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const said = new RegExp(String.raw`(?<![\p{L}])${escaped}(?:'s| is| was) (?:a|an|the|my|our|his|her|their)((?: [\p{L}-]+){1,3})`, 'u').exec(text);
  const words = (said?.[1] ?? '').trim().toLowerCase().split(' ');
  const head = words.findIndex((word) => NON_PERSON_KINDS.has(word));
  // the kind ends the noun phrase: "his company", "a tiny bakery", but not "a dog person"
  return head >= 0 && (head === words.length - 1 || !/^(?:person|people|lover|owner|mom|mum|dad|walker|fan)$/.test(words[head + 1] ?? ''));
}
