// How it went: the warmth a report of their response carries, and the update intent it makes. Pure.

import type { Warmth } from '../domain/types';
import type { Command, Target } from './types';
import { NAME_WORD, isNameLike, keyOf, withTarget, wordSet } from './reply-reading';
import type { Reading } from './reply-reading';
import { NOT_NAME_IN_COMMANDS } from './lexicon';

/** Longest text still read as a report of how it went. */
const MAX_UPDATE_WORDS = 40;
type Signal = readonly [RegExp, number];

const NO_RESPONSE: readonly Signal[] = [
  [/\bno (?:answer|reply|response|word|text back|reply back|news|luck|dice)\b/, 2],
  [/\bnothing (?:back|yet|from (?:her|him|them))\b/, 2],
  [/\bghost(?:ed|ing|s)?\b/, 2],
  [
    /\b(?:havent|have not|hasnt|has not|didnt|did not|never|doesnt|still hasnt|still havent|wont) (?:heard|hear|replied|reply|responded|respond|answered|answer|written back|wrote back|write back|texted back|text back|gotten back|got back|get back|said anything|heard anything)\b/,
    2,
  ],
  [/\bleft (?:me )?on (?:read|delivered)\b/, 3],
  [/\bon read\b/, 2],
  [/\b(?:hasnt|has not|didnt|did not|havent|have not|not|never) (?:even )?(?:read|opened|seen|looked at) (?:it|my (?:text|message|msg))\b/, 2],
  [/\b(?:didnt|did not|never|wont|would not|doesnt) (?:pick up|answer the phone|call back|ring back)\b|\bwent (?:straight )?to voicemail\b/, 2],
  [/\b(?:crickets|radio silence|silence|unanswered|left me hanging|no reply yet|still waiting|waiting to hear)\b/, 2],
  [/\bnot (?:heard|replied|responded|answered)\b/, 2],
  [/\bnada\b|\bzilch\b|\bnothing$/, 2],
  [/\b(?:been|went|gone|going) (?:quiet|silent|dark|mia|awol)\b/, 2],
];
const LUKEWARM: readonly Signal[] = [
  [/\b(?:short|brief|quick|one word|dry|curt|terse) (?:reply|answer|response|text|message)\b/, 2],
  [/\bmaybe\b|\bperhaps\b|\bmight\b/, 1],
  [
    /\bpolite\b|\bbrief\b|\bmeh\b|\blukewarm\b|\bso so\b|\bso-so\b|\bok-?ish\b|\bnoncommittal\b|\bnon committal\b|\bhesitant\b|\bunsure\b|\bvague\b|\bawkward\b|\bdistant\b|\bmixed\b/,
    2,
  ],
  [/\bslow(?:ly)?\b|\btook (?:a while|forever|ages|days|a day|a few days|\d+ days)\b|\beventually\b|\bfinally (?:replied|answered|responded|wrote back)\b/, 2],
  [/\bbusy\b|\b(?:slammed|swamped|buried|hectic|stretched thin|overwhelmed)\b/, 2],
  [/\b(?:after|took) (?:a|one|two|three|\d+|a few|a couple(?: of)?) (?:days?|weeks?)\b|\b(?:a day|days|a week|weeks) later\b/, 2],
  [/\bsaid (?:ok|okay|k|cool|fine)\b|\bwent (?:ok|okay|fine|alright)\b/, 1],
  [/\bkinda\b|\bkind of\b|\bsort of\b|\bnot sure\b|\bnot really\b|\bnot much\b|\bbarely\b|\bwell see\b|\brain ?check\b|\bsome other time\b/, 1],
  [/\bjust (?:said )?(?:ok|okay|k|thanks|lol|cool|haha|a thumbs up|liked it)\b|\bthumbs up\b|\bliked (?:my|the) (?:message|text)\b|\breacted\b/, 2],
  // "wrote back thanks!!" is polite, not keen: exclamation marks on a thank-you are manners, not a yes
  [/\b(?:wrote|texted|messaged|replied|responded|said|answered)(?: (?:me )?back)?(?: (?:with )?(?:a )?)?(?:thanks|thank you|thx|ty|thanx|cheers)\b/, 2],
  [
    /\b(?:not|wasnt|isnt|werent|didnt seem|doesnt seem|not that|not very|not super) (?:that |very |super |so |too |really )?(?:excited|interested|keen|into it|enthusiastic|thrilled|warm|chatty|responsive)\b/,
    4,
  ],
];
const WARM: readonly Signal[] = [
  [/\b(?:super |really |so |very )?(?:excited|enthusiastic|thrilled|stoked|pumped)\b/, 2],
  [/\b(?:wrote|texted|messaged|called) (?:me )?back\b|\bgot back to me\b/, 1],
  [/\b(?:right away|immediately|straight away|instantly|in minutes|within minutes|super fast|really fast|quickly|so fast|right back)\b/, 2],
  [/\blets do it\b|\blets do (?:that|this)\b|\blets (?:get|grab|meet|go|hang)\b|\bsaid yes\b|\bshe said yes\b|\byes!/, 2],
  [
    /\b(?:were|we are|were gonna|going to|gonna|we might|we may|we could|we will|we should|we wanna) (?:getting|get|grabbing|grab|meeting|meet|going|hanging|hang|doing|having)\b|\bgetting (?:coffee|lunch|dinner|drinks|a drink|food|brunch)\b/,
    2,
  ],
  [/\bloved (?:it|that|the idea|this)\b|\blove(?:s|d)? (?:it|that|the idea)\b|\bloved\b/, 2],
  [/\bemojis?\b|\bexclamation (?:marks|points)\b|\blong (?:reply|message|text|answer)\b/, 2],
  [
    /\bhit it off\b|\bwent (?:great|well|really well|amazing|awesome|perfectly)\b|\bwe clicked\b|\bcant wait\b|\binvited (?:me|us)\b|\bmade plans\b|\bset (?:a date|a time|something) up\b|\bset up (?:a |coffee|lunch|dinner|drinks)\b|\bwants to (?:meet|hang|grab|get|do|go|see)\b|\basked (?:me )?(?:to|if|when|for)\b|\b(?:shes|hes|theyre) in\b|\bdown (?:to|for)\b|\bkeen\b|\bfollowed (?:me )?back\b|\bcalled me\b|\bsuper (?:nice|sweet|warm|friendly|responsive|into it)\b|\bso happy\b|\bgreat convo\b/,
    2,
  ],
  [/\b(?:replied|responded|answered)\b/, 1],
  [/\btalked for (?:an hour|hours|ages|a while|so long|forever)\b|\b(?:long|great|good|lovely|amazing) (?:talk|chat|call|catch ?up)\b/, 2],
  [
    /\b(?:would love|d love|loves|love) to\b|\bsounds? (?:fun|good|great|amazing|awesome|perfect|lovely|like a plan)\b|\bsaid (?:sure|yes|yeah|definitely|absolutely|for sure|of course)\b|\b(?:hes|shes|theyre|were) down\b|\b(?:good|great|fun|nice|lovely) (?:convo|conversation|chat|call)\b|\bit was (?:great|awesome|amazing|fun|lovely)\b/,
    2,
  ],
];

function score(text: string, signals: readonly Signal[]): number {
  let total = 0;
  for (const [pattern, weight] of signals) if (pattern.test(text)) total += weight;
  return total;
}

/**
 * How warm a report sounds, or null when it says nothing about a response. Takes any text; lowercases it first.
 * readWarmth('she wrote back right away') -> 'warm'
 */
export function readWarmth(text: string): Exclude<Warmth, 'unknown'> | null {
  return warmthOfKey(keyOf(text));
}

function warmthOfKey(text: string): Exclude<Warmth, 'unknown'> | null {
  // what the user did is not their response: "I replied to her" says nothing about her
  const key = text.replace(/\bi (?:just |finally |also )?(?:replied|responded|answered|wrote back|texted back|texted|messaged|called)\b/g, ' ');
  const none = score(key, NO_RESPONSE);
  const lukewarm = score(key, LUKEWARM);
  const warm = score(key, WARM);
  if (none === 0 && lukewarm === 0 && warm === 0) return null;
  if (none >= lukewarm && none >= warm) return 'none';
  return lukewarm >= warm ? 'lukewarm' : 'warm';
}

const CONTACT_DETAILS =
  /@\w|\b\w[\w.+-]*@[\w-]+\.\w|\+?\d[\d\s().-]{8,}\d|https?:\/\/|\b(?:instagram|linkedin|insta|ig|twitter|tiktok)\b|\bworks (?:at|for|in)\b|\blives in\b/i;
const UPDATE_VERBS = wordSet(
  'wrote replied said says ghosted loved loves was is never hasnt didnt responded texted answered seemed seems sounded got sent called asked wants invited left took kept still finally just',
);

/** Words that say something about their response; a longer report needs one, not just "excited". */
const RESPONSE_WORDS =
  /\b(?:repl\w*|respon\w*|answer\w*|wrote back|write back|texted (?:me )?back|text back|got back|heard|hear back|ghost\w*|on read|said|says|emojis?|lets|getting|(?:were|we are) (?:getting|meeting|going|grabbing|hanging)|invited|asked|wants to|plans|crickets|silence|nothing back|no word)\b/;
/** "Lena at the party, ...", "Jake from the meetup - ...": a capture about someone, not a report. */
const CAPTURE_SHAPE =
  /^(\p{Lu}[\p{L}'-]*)(?:\s+\p{Lu}[\p{L}'-]*)?\s*(?:,|\(|\s[-\u2013]\s|\s(?:from|at|@|via|through|who|is a|is an|works|does|runs|lives|the)\s)/u;

export function readUpdate(reading: Reading): Command | null {
  if (reading.keys.length > MAX_UPDATE_WORDS || CONTACT_DETAILS.test(reading.clean)) return null;
  const shape = CAPTURE_SHAPE.exec(reading.clean);
  if (shape?.[1] !== undefined && !NOT_NAME_IN_COMMANDS.has(keyOf(shape[1])) && reading.keys.length > 6) return null;
  if (/\b(?:girl|guy|woman|man|lady|dude|person|couple|folks) (?:from|at|in)\b/.test(reading.key)) return null;
  if (reading.keys.length > 12 && !RESPONSE_WORDS.test(reading.key)) return null;
  const warmth = warmthOfKey(reading.key);
  if (!warmth) return null;
  return withTarget({ kind: 'update', warmth, text: reading.raw }, updateTarget(reading));
}

/** "2: no reply" -> #2; "Sarah wrote back right away" -> Sarah; "nothing back from Jake" -> Jake. */
function updateTarget(reading: Reading): Target | undefined {
  const index = /^#?(\d{1,2})\s*[:.)-]/.exec(reading.clean) ?? /^#(\d{1,2})\b/.exec(reading.clean);
  if (index?.[1] !== undefined && Number(index[1]) >= 1) return { index: Number(index[1]) };
  const lead = /^(\p{L}[\p{L}'.-]*(?:\s+\p{Lu}[\p{L}'.-]*)?)\s*(?:,|\s[-\u2013]\s)/u.exec(reading.clean);
  if (lead?.[1] !== undefined && isNameLike(lead[1].split(/\s+/))) return { name: lead[1] };
  const { tokens, keys } = reading;
  const name: string[] = [];
  for (const [position, token] of tokens.entries()) {
    const key = keys[position] ?? '';
    const isName = NAME_WORD.test(token) && !NOT_NAME_IN_COMMANDS.has(key);
    if (name.length > 0) {
      if (isName && /^\p{Lu}/u.test(token) && name.length < 2) name.push(token);
      else break;
      continue;
    }
    if (!isName) continue;
    const next = keys[position + 1] ?? '';
    const previous = keys[position - 1] ?? '';
    const capitalised = /^\p{Lu}\p{Ll}/u.test(token);
    if (
      position === 0
        ? UPDATE_VERBS.has(next) || (capitalised && /^\p{Lu}/u.test(tokens[1] ?? '') && UPDATE_VERBS.has(keys[2] ?? ''))
        : capitalised || previous === 'from'
    ) {
      name.push(token);
    }
  }
  return name.length > 0 ? { name: name.join(' ') } : undefined;
}
