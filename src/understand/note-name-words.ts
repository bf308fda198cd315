// Word lists the name reader (note-name.ts) goes by: common words that are also surnames, the words that follow a
// lowercase name, and the things a possessive at the start of a note may own without naming anyone.

import { RELATIONS } from './note-lexicon';

/** Common words that are also common surnames: "Grace Park", "Jo Young". */
export const SURNAME_WORDS = new Set([
  'park',
  'young',
  'long',
  'march',
  'may',
  'rich',
  'little',
  'day',
  'friend',
  'bar',
  'hall',
  'church',
  'house',
  'case',
  'cook',
  'baker',
  'gay',
  'love',
  'king',
  'hill',
  'wood',
  'stone',
  'moon',
]);

/** Words after a name that say it is one even in lowercase: "jake from the gym", "met the coach darryl at ...". */
export const STRONG_FOLLOWERS = new Set([
  'from',
  'at',
  'w/',
  '@',
  'via',
  'through',
  'today',
  'tonight',
  'yesterday',
  'earlier',
  'last',
  'this',
  'on',
  'in',
  'after',
  'before',
  'during',
  'over',
  'about',
  'for',
  'again',
]);

/** Things a possessive opening a note may own that make it no note about the owner: "Sarah's party is Saturday". */
export const NOT_THEIRS = new Set([
  ...RELATIONS,
  'party',
  'bbq',
  'barbecue',
  'house',
  'place',
  'apartment',
  'wedding',
  'event',
  'dinner',
  'housewarming',
  'office',
  'team',
  'company',
  'cookout',
  'potluck',
  'shower',
  'funeral',
  'class',
  'gym',
  'studio',
  'bar',
  'restaurant',
]);
