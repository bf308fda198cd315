// Bring-together candidates: two of the user's people who share an interest or a place, at least one of them warm.
// Pure: the user's people and now in; pairs (best first) with what they share and the words for it out.
//
// Contract
// - Interests match by pastime (bouldering ~ climbing, see pastimeOf) or by the same words; places match by the
//   recurring place, or by where they met when it is a place the user returns to (the same gym).
// - A person takes part when they are not let go (a let-go sent and not kept), not silent twice, and not moved away by
//   `now`. At least one of the two is warm. Warm-with-warm pairs come first, then the rest in the order given.
// - Each pair is returned once, `a` before `b` in the input order; the shared thing is as the first of them noted it.

import { pastimeOf } from '../activities';
import { localDate, daysBetween } from '../../domain/time';
import type { Millis, PairSide, PersonForPlan, TimeZone } from '../../domain/types';
import { isReturningPlace } from './met-place';
import { fillsNeed, openNeed } from './needs';
import { moveDay } from './occasions';

export type PersonForPairs = Pick<PersonForPlan, 'name' | 'interests' | 'met' | 'warmth' | 'silences' | 'kept' | 'sentKinds'> &
  Partial<Pick<PersonForPlan, 'recurringPlace' | 'move' | 'work' | 'news'>>;

export interface Pair {
  a: string;
  b: string;
  /** the interest or place they share, as the first of them noted it */
  shared: string;
  /** they share a place rather than an interest */
  place: boolean;
  /** "Sarah and Omar both climb", "Sarah and Omar both go to the pool" */
  line: string;
}

/** Verbs for pastimes people "both" do: "Sarah and Omar both climb". */
const BOTH_VERBS: [RegExp, string][] = [
  [/boulder/, 'boulder'],
  [/climb/, 'climb'],
  [/\brun(s|ner|ning)?\b|marathon|jog/, 'run'],
  [/hik(e|es|ing)/, 'hike'],
  [/surf/, 'surf'],
  [/swim/, 'swim'],
  [/\bcycl|bik(e|ing)/, 'ride'],
  [/potter|ceramic/, 'do pottery'],
  [/yoga/, 'do yoga'],
];

function placeName(text: string): string {
  return text
    .trim()
    .toLowerCase()
    .replace(/^(met\s+)?(at|in|on)\s+/, '')
    .replace(/^(the|a)\s+/, '');
}

function placeOfPerson(person: PersonForPairs): string | null {
  if (person.recurringPlace?.place.trim()) return person.recurringPlace.place.trim();
  return person.met && isReturningPlace(person.met) ? person.met.trim() : null;
}

function takesPart(person: PersonForPairs, now: Millis, zone: TimeZone): boolean {
  if (person.sentKinds.at(-1) === 'let-go' && !person.kept) return false;
  if (person.silences >= 2) return false;
  const day = person.move ? moveDay(person.move) : null;
  return !(day && daysBetween(localDate(now, zone), day) < 0);
}

function sharedInterest(a: PersonForPairs, b: PersonForPairs): string | null {
  for (const mine of a.interests) {
    const kind = pastimeOf(mine);
    const words = mine.trim().toLowerCase();
    if (!words) continue;
    if (b.interests.some((theirs) => (kind !== null && pastimeOf(theirs) === kind) || theirs.trim().toLowerCase() === words)) return mine.trim();
  }
  return null;
}

/**
 * The words for what two people share.
 * @example bothLine('Sarah', 'Omar', 'bouldering', false) // 'Sarah and Omar both boulder'
 * @example bothLine('Sarah', 'Omar', 'the pool', true) // 'Sarah and Omar both go to the pool'
 * @example bothLine('Sarah', 'Omar', 'jazz', false) // 'Sarah and Omar are both into jazz'
 */
export function bothLine(a: string, b: string, shared: string, place: boolean): string {
  return `${a} and ${b} ${bothVerb(shared, place)}`;
}

/**
 * What two people do "both", for a sentence that names them first.
 * @example bothVerb('bouldering', false) // 'both boulder'
 * @example bothVerb('jazz', false) // 'are both into jazz'
 */
export function bothVerb(shared: string, place: boolean): string {
  if (place) return `both go to the ${placeName(shared)}`;
  const verb = BOTH_VERBS.find(([match]) => match.test(shared.toLowerCase()));
  return verb ? `both ${verb[1]}` : `are both into ${shared.trim()}`;
}

/** The pair two people make, with whether both are warm; null when they share nothing or neither is warm. */
function pairOf(a: PersonForPairs, b: PersonForPairs): (Pair & { warmBoth: boolean }) | null {
  if (a.warmth !== 'warm' && b.warmth !== 'warm') return null;
  const interest = sharedInterest(a, b);
  const aPlace = placeOfPerson(a);
  const bPlace = placeOfPerson(b);
  const place = aPlace && bPlace && placeName(aPlace) === placeName(bPlace) ? aPlace : null;
  const shared = interest ?? place;
  if (!shared) return null;
  const isPlace = interest === null;
  return {
    a: a.name,
    b: b.name,
    shared,
    place: isPlace,
    line: bothLine(a.name, b.name, shared, isPlace),
    warmBoth: a.warmth === 'warm' && b.warmth === 'warm',
  };
}

function bestFirst(pairs: (Pair & { warmBoth: boolean })[]): Pair[] {
  return pairs.sort((x, y) => Number(y.warmBoth) - Number(x.warmBoth)).map(({ warmBoth: _warmBoth, ...pair }) => pair);
}

/**
 * Pairs of the user's people to bring together, best first.
 * @example findPairs([sarah, omar, lena], now, 'America/New_York')
 *   // [{ a: 'Sarah', b: 'Omar', shared: 'bouldering', place: false, line: 'Sarah and Omar both climb' }]
 */
export function findPairs(people: readonly PersonForPairs[], now: Millis, zone: TimeZone): Pair[] {
  const active = people.filter((person) => takesPart(person, now, zone));
  const pairs: (Pair & { warmBoth: boolean })[] = [];
  for (let i = 0; i < active.length; i++) {
    for (let j = i + 1; j < active.length; j++) {
      const a = active[i];
      const b = active[j];
      const pair = a && b ? pairOf(a, b) : null;
      if (pair) pairs.push(pair);
    }
  }
  return bestFirst(pairs);
}

/**
 * One person's sides among the user's people (which include them), best first, without pairing the others among
 * themselves (linear in the number of people). Two warm people share one bring-together: only the one whose name
 * sorts first gets the side (the text invites the other).
 * @example pairSidesWith('Sarah', [sarah, omar, lena], now, 'America/New_York') // [{ name: 'Omar', shared: 'bouldering' }]
 */
export function pairSidesWith(name: string, people: readonly PersonForPairs[], now: Millis, zone: TimeZone): PairSide[] {
  const at = people.findIndex((person) => person.name === name);
  const person = people[at];
  if (!person || !takesPart(person, now, zone)) return [];
  const pairs = people.flatMap((other, i) => {
    if (i === at || !takesPart(other, now, zone)) return [];
    const pair = (i < at ? pairOf(other, person) : pairOf(person, other)) ?? null;
    // two warm people get one bring-together, not one each: the one whose name sorts first plans it
    if (!pair || (person.warmth === 'warm' && other.warmth === 'warm' && other.name.localeCompare(person.name) < 0)) return [];
    return [pair];
  });
  // "Chris is looking for a realtor" and Monica is one: that introduction comes first, warm or not
  const need = openNeed(person);
  const helpers = need
    ? people.filter((other, i) => i !== at && takesPart(other, now, zone) && fillsNeed({ work: other.work ?? [], interests: other.interests }, need))
    : [];
  return [...helpers.map((other) => ({ name: other.name, shared: need ?? '', need: true })), ...pairSidesFor(name, bestFirst(pairs))];
}

/**
 * One person's side of the pairs: who they could be brought together with, and over what.
 * @example pairSidesFor('Sarah', pairs) // [{ name: 'Omar', shared: 'bouldering' }]
 */
export function pairSidesFor(name: string, pairs: readonly Pair[]): PairSide[] {
  const sides: PairSide[] = [];
  for (const pair of pairs) {
    const other = pair.a === name ? pair.b : pair.b === name ? pair.a : null;
    if (other) sides.push(pair.place ? { name: other, shared: pair.shared, place: true } : { name: other, shared: pair.shared });
  }
  return sides;
}
