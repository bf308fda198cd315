// What a text can say about one person, at a clip level: names, where they met, one topic and how a draft refers to it.

import type { Millis, NudgeSubject, TimeZone, Warmth } from '../types';
import { clipAt } from './details';
import { firstName } from './phrasing';
import { pick } from './pick';
import { draftRef, type Place, placeOf } from './references';

/** Lets a their-moment say "tomorrow" rather than "on Dec 12". */
export interface ComposeOptions {
  now: Millis;
  zone: TimeZone;
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
  /** a short label for parentheses: where they met, else the topic */
  tag: string | null;
  hasContact: boolean;
  warmth: Warmth;
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
  const topic = items.length > 0 ? clipAt(pick(items, seed, 11), clip) : null;
  const ref = topic ? draftRef(topic, fromWork) : null;
  const place = person.met?.trim() ? placeOf(clipAt(person.met, clip)) : null;
  const name = clip >= 2 ? firstName(person.name) : person.name.trim();
  return {
    name,
    first: firstName(person.name),
    place,
    topic,
    topicRef: ref?.ref ?? null,
    topicIsProject: ref?.project ?? false,
    tag: place?.label ?? topic,
    hasContact: person.hasContact,
    warmth: person.warmth,
  };
}
