// What a text can say about one person, at a clip level: names, where they met, one topic and how a draft refers to it.

import { pastimeOf } from '../activities';
import type { Millis, NudgeSubject, TimeZone, Warmth, Language } from '../../domain/types';
import { clipAt } from './details';
import { firstName } from './phrasing';
import { pick } from './pick';
import { draftRef, isDoing, type Place, placeOf } from './references';

/** Lets a their-moment say "tomorrow" rather than "on Dec 12". */
export interface ComposeOptions {
  now: Millis;
  zone: TimeZone;
  /** the user's language: 'es' writes the nudge in Spanish (compose/spanish.ts); English by default */
  language?: Language;
  /** the user's last texts from Kindling, newest first: a new text repeats none of their phrases where it can */
  recent?: readonly string[];
}

export interface Facts {
  name: string;
  first: string;
  place: Place | null;
  /** one interest (or, with none, a work item) picked by seed, as noted (clipped at higher clip levels) */
  topic: string | null;
  /** the topic as a draft says it: "bouldering", "the pottery studio", "your work at Google" */
  topicRef: string | null;
  topicIsProject: boolean;
  /** a question a draft may ask about the topic, lowercase: "how's your pottery studio going?", "how's Waffles doing?",
   * "been bouldering much lately?"; null when no question fits it (an interest like "jazz" or "dogs") */
  topicAsk: string | null;
  /** the same question inside a sentence: "how your pottery studio is going", "how Waffles is doing" */
  topicAskIndirect: string | null;
  /** a short label for parentheses: where they met, else the topic */
  tag: string | null;
  hasContact: boolean;
  warmth: Warmth;
}

const PET =
  /^(?:(?:her|his|their|a)\s+)?(?:dog|puppy|pup|cat|kitten|corgi|pug|beagle|lab|labrador|retriever|poodle|terrier|doodle|husky|rabbit|bunny|parrot|horse)\s+(?:named\s+|called\s+)?([A-Z][a-z]+)$/;

/**
 * A pet's name in a noted item ("his dog Waffles", "dog named Waffles"); null when there is none.
 * @example petName('his dog Waffles') // 'Waffles'
 * @example petName('dogs') // null
 */
export function petName(item: string): string | null {
  return PET.exec(item.trim())?.[1] ?? null;
}

/** The question a draft can ask about a topic, or null. */
function askAbout(ref: string, project: boolean, pet: boolean): string | null {
  if (pet) return `how's ${ref} doing?`;
  if (project) return `how's ${ref} going?`;
  return isDoing(ref) && ref.split(/\s+/).length === 1 ? `been ${ref} much lately?` : null;
}

/** The question inside a sentence ("ask how Waffles is doing"), or null. */
function askIndirect(ref: string, project: boolean, pet: boolean): string | null {
  if (pet) return `how ${ref} is doing`;
  if (project) return `how ${ref} is going`;
  return null;
}

/**
 * The facts about a subject's person at a clip level (0: as noted; 2 and up: first name only, fewer words per item).
 * @example factsOf({ kind: 'check-in', person: sarah }, 3, 0) // { name: 'Sarah', topic: 'pottery studio', topicRef: 'the pottery studio', tag: 'climbing gym', ... }
 */
export function factsOf(subject: NudgeSubject, seed: number, clip: number): Facts {
  const { person } = subject;
  const usable = (items: string[]) => items.map((item) => item.trim()).filter((item) => item.length > 0);
  const interests = usable(person.interests);
  const fromWork = interests.length === 0;
  const items = fromWork ? usable(person.work) : interests;
  // a detail no draft can name as noted (a verb phrase like "closed his round") is skipped when another one can
  const nameable = items.filter((item) => petName(item) !== null || draftRef(item, fromWork) !== null);
  // what the place already says ("yoga" for someone met at yoga class) is theirs only when nothing else is: "into jazz" wins
  const places = [person.met, person.recurringPlace?.place].filter((place): place is string => Boolean(place)).map((place) => place.toLowerCase());
  // "books" for someone met at book club, "climbing" at the climbing gym: the place's own word, or its pastime
  const ofPlace = (item: string, place: string) => {
    const word = item.toLowerCase().replace(/s$/, '');
    const kind = pastimeOf(item);
    return place.includes(word) || (kind !== null && pastimeOf(place) === kind);
  };
  const own = nameable.filter((item) => !places.some((place) => ofPlace(item, place)));
  const chosen = own.length > 0 ? own : nameable;
  const pets = chosen.filter((item) => petName(item) !== null);
  const topic = chosen.length > 0 ? clipAt(pick(pets.length > 0 ? pets : chosen, seed, 11), clip) : null;
  const pet = topic ? petName(topic) : null;
  const ref = pet ? { ref: pet, project: false } : topic ? draftRef(topic, fromWork) : null;
  const place = person.met?.trim() ? placeOf(clipAt(person.met, clip)) : null;
  const name = clip >= 2 ? firstName(person.name) : person.name.trim();
  // "your work as a painter" in every text reads like a form letter: "being a painter", "life as a painter" too
  const role = ref ? /^your work as (an? .+)$/.exec(ref.ref)?.[1] : undefined;
  const topicRef = role ? pick([`your work as ${role}`, `being ${role}`, `life as ${role}`], seed, 17) : (ref?.ref ?? null);
  return {
    name,
    first: firstName(person.name),
    place,
    topic,
    topicRef,
    topicIsProject: ref?.project ?? false,
    topicAsk: ref ? askAbout(ref.ref, ref.project, pet !== null) : null,
    topicAskIndirect: ref ? askIndirect(ref.ref, ref.project, pet !== null) : null,
    tag: place?.label ?? topic,
    hasContact: person.hasContact,
    warmth: person.warmth,
  };
}
