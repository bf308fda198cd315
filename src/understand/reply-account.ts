// Reply commands about the user's data, people and settings: delete my data, undo, export, list, who, keep and
// forget, resume, pause, nudge at, time zone, and SAME or NEW. Pure; `now` and the zone come in options.

import { readWhen } from './reply-time';
import { zoneFromText } from '../domain/time-zones';
import type { Command, ParseReplyOptions } from './types';
import { CJK, MAX_WHEN_CHARS, NAME_WORD, isNameLike, keyOf, withoutFillers, wordSet, wordsOf } from './reply-reading';
import type { Reading } from './reply-reading';
import { NOT_NAME_IN_COMMANDS } from './lexicon';
const DATA_OBJECT =
  '(?:data|account|info|information|stuff|history|notes|people|contacts|list|records|profile|number|messages|everything|me|all|it all|everything about me)';
const DELETE_DATA = new RegExp(
  `^(?:(?:please|pls|can you|could you|i want to|id like to|i want you to|want to|go ahead and)\\s+)*(?:delete|erase|wipe|remove|clear|destroy|purge|forget|nuke)(?:\\s+(?:out|all|of|it|my|the|everything|and|about|from|kindling|please|pls|now|${DATA_OBJECT}))*$`,
);

export function readDeleteData(reading: Reading): Command | null {
  if (!DELETE_DATA.test(reading.key)) return null;
  // "forget about it" / "delete that" are not about the user's data
  if (/\b(?:it|that|this|him|her|them)$/.test(reading.key) && !/\b(?:it all|all|all of it)$/.test(reading.key)) return null;
  const words = reading.keys.slice(1);
  const objects = words.filter((word) =>
    /^(?:data|account|info|information|stuff|history|notes|people|contacts|list|records|profile|number|messages|everything|me|all)$/.test(word),
  );
  if (reading.keys.length > 1 && objects.length === 0) return null;
  return { kind: 'delete-data' };
}

const UNDO =
  /^(?:(?:oops|oopsie|whoops|oh no|ugh|my bad|sorry|wait|no|shoot|crap|damn|argh|please|pls|can you|ok)\s+)*(?:undo|revert|scratch that|take that back|cancel that|delete that|delete this|delete it|remove that|remove it|that was wrong|wrong one|wrong person|not that one|go back|undo undo)(?:\s+(?:that|it|this|please|pls|one|last|the last one|thing|message|note|text|now|last one|last message|last note))*$/;

export function readUndo(reading: Reading): Command | null {
  if (UNDO.test(reading.key) || /^(?:oops|oopsie|whoops|my bad|my mistake)$/.test(reading.key)) return { kind: 'undo' };
  return null;
}

const EXPORT =
  /^(?:(?:please|pls|can i|can you|could you|could i|i want to|id like to|i want|i would like to)\s+)*(?:export|download|backup|back up)(?:\s+(?:my|all|of|me|data|everything|people|notes|contacts|list|it|info|stuff|please|pls|a|copy|the|as|csv|json|file|now))*$/;
const SEND_ME_DATA =
  /^(?:(?:please|pls|can you|could you|can i|could i)\s+)*(?:send|email|give|get|text|mail)\s+(?:me\s+)?(?:a copy of\s+)?(?:all\s+)?(?:of\s+)?(?:my|the)\s+(?:data|people|notes|contacts|info|stuff|everything|export)(?:\s+(?:please|pls|back))*$|^(?:can i|could i) (?:get|have|see) (?:a copy of )?(?:all )?(?:of )?my data$|^(?:send|email|mail) me (?:everything|all of it|a copy)(?: you have| you know)?$/;

export function readExport(reading: Reading): Command | null {
  return EXPORT.test(reading.key) || SEND_ME_DATA.test(reading.key) ? { kind: 'export' } : null;
}

const LIST_REQUEST =
  /^(?:(?:please|pls|ok|can you|could you|can i)\s+)*(?:(?:list|show|see|view|display|give|send|get)(?:\s+(?:me|all|my|the|of|please|pls|recent|everyone|everybody|people|persons|contacts|list|folks|peeps|who|ive|met|again))*|(?:my|the|all|recent|whole|full)(?:\s+(?:my|the|list|people|contacts|folks|peeps|recent|recents))+|people|persons|contacts|everyone|everybody|recent|recents|peeps|folks)$/;
const LIST_QUESTIONS =
  /^(?:who (?:have|did|do) i (?:met|meet|know|have|save|saved)(?: so far| recently| lately)?|who(?: ive| i have) met|whos on my list|who is on my list|who are my people|whos due|who is due|whos next|who is next|who do i need to (?:text|follow up with)|who should i text)$/;

export function readList(reading: Reading): Command | null {
  if (LIST_QUESTIONS.test(reading.key)) return { kind: 'list' };
  if (!LIST_REQUEST.test(reading.key)) return null;
  // "show Sarah" is a who; a list request names no one
  const first = reading.keys[0];
  if (first === 'show' || first === 'see' || first === 'view' || first === 'get' || first === 'give' || first === 'send' || first === 'display') {
    if (!/\b(?:list|people|persons|contacts|everyone|everybody|folks|peeps|recent|who)\b/.test(reading.key)) return null;
  }
  return { kind: 'list' };
}

const WHO_LEAD =
  /^(?:(?:and|so|ok|hey|wait|remind me|sorry)\s+)*(?:who'?s|who is|who was|who were|whos|who s|whois|tell me about|tell me more about|what do (?:i|you|we) know about|what do i have on|what about|anything on|info on|info about|details on|details about|remind me about|remind me who|look up|lookup|find|search|search for|show me|show|pull up)\s+(.+)$/i;

const WHO_ABOUT = [
  /^(?:where|when|how) did (?:i|we) meet (.+)$/i,
  /^(?:what'?s|whats|what is)\s+(.+?)'s\s+(?:number|phone|phone number|email|insta|instagram|handle|contact|contact info|deal|story|last name)$/i,
  /^(.+?)'s\s+(?:number|phone|phone number|email|insta|instagram|handle|contact|contact info)$/i,
  /^how do i (?:reach|contact|text) (.+)$/i,
];

export function readWho(reading: Reading): Command | null {
  for (const pattern of WHO_ABOUT) {
    const words = wordsOf(pattern.exec(reading.flat)?.[1] ?? '');
    if (words.length > 0 && words.length <= 3 && words.every((word) => NAME_WORD.test(word) && !NOT_NAME_IN_COMMANDS.has(keyOf(word)))) {
      return { kind: 'who', name: words.join(' ') };
    }
  }
  const match = WHO_LEAD.exec(reading.flat);
  if (!match?.[1]) return null;
  const words = wordsOf(match[1]).filter((word) => !/^(?:again|is|was)$/i.test(word));
  // after "who is" a lowercase "sarah chen" is still a name
  if (words.length === 0 || words.length > 4) return null;
  if (!words.every((word) => NAME_WORD.test(word) && !NOT_NAME_IN_COMMANDS.has(keyOf(word)))) return null;
  return { kind: 'who', name: words.join(' ') };
}

/** "Sarah?" / "priya raman ?" -> who, once no command matched. */
export function readNameQuestion(reading: Reading): Command | null {
  if (!reading.question || CJK.test(reading.flat)) return null;
  if (!isNameLike(reading.tokens, 3)) return null;
  return { kind: 'who', name: reading.flat };
}

const KEEP_FILLERS = wordSet(
  'him her them em it this that one on my list please pls nudging nudge me about going around for now the person them too also ok yes',
);
const FORGET_LEAD =
  /^(?:(?:please|pls|ok|can you|could you|just)\s+)*(?:forget|delete|remove|erase|archive|unfollow|let go of|let go|stop nudging me about|stop nudging about|stop reminding me about|no more nudges about|no more nudges for|dont nudge me about|stop with)\s+(?:about\s+)?(.+)$/i;
const FORGET_FILLERS = wordSet('from my list people contacts kindling please pls for good forever now completely entirely the person');

export function readKeepOrForget(reading: Reading): Command | null {
  const keep = /^(?:(?:please|pls|ok|yes|no|actually)\s+)*(?:keep|kep|keeep|dont drop|dont forget|dont let go of)\b(.*)$/i.exec(reading.flat.replace(/'/g, ''));
  if (keep) {
    const words = withoutFillers(keep[1] ?? '', KEEP_FILLERS);
    if (words.length === 0) return { kind: 'keep' };
    return isNameLike(words) ? { kind: 'keep', name: words.join(' ') } : null;
  }
  const forget = FORGET_LEAD.exec(reading.flat) ?? /^let\s+(.+?)\s+go$/i.exec(reading.flat);
  if (!forget?.[1]) return null;
  const words = withoutFillers(forget[1], FORGET_FILLERS);
  const key = keyOf(words.join(' '));
  if (/^(?:him|her|them|it|this one|that one|this person|that person|about it|him too|her too)$/.test(key)) return { kind: 'skip' };
  if (!isNameLike(words)) return null;
  return { kind: 'forget', name: words.join(' ') };
}

const RESUME =
  /^(?:(?:ok|okay|please|pls|you can|hey|alright)\s+)*(?:resume|unpause|un pause|un-pause|unmute|im back|i am back|back|back again|im back again|restart|start again|start nudging(?: me)?(?: again)?|turn (?:nudges|it|them|reminders) (?:back )?on|turn on (?:nudges|reminders)|continue|back on|nudges on|resume nudges|lets go again|lets resume)(?:\s+(?:nudges|nudging|everything|please|pls|now|again|it|all|kindling|reminders|from here))*$/;

export function readResume(reading: Reading): Command | null {
  return RESUME.test(reading.key) ? { kind: 'resume' } : null;
}

const PAUSE_LEAD =
  /^(?:(?:ok|okay|please|pls|can you|could you|i need to|i want to|id like to|i wanna|lets|need to|gonna|going to|im|i am|ill be|i will be|will be)\s+)*(?:pause|take a break|taking a break|break|vacation|on vacation|going on vacation|on holiday|on holidays|going on holiday|on hols|travelling|traveling|going away|im away|away|mute|silence|quiet|hold off|hold (?:all |the )?(?:nudges|reminders|texts|everything)|stop (?:all )?(?:the )?(?:nudges|nudging|reminders|texts)(?: me)?|no (?:more )?(?:nudges|reminders|texts)|give me a break|need a break|i need a break|off)\b(.*)$/i;
const PAUSE_FILLERS = wordSet(
  'everything all nudges nudging reminders texts it for till til until untill me the please pls from on a an bit while kindling messages notifications through thru kindly of dont do not send anything stuff any so no more',
);

/** "stop sending me stuff for a week", "quit texting me till monday": a stop with a time is a pause (bare, it opts out). */
const STOP_FOR =
  /^(?:(?:ok|okay|please|pls|can you|could you|just)\s+)*(?:stop|quit|no more|dont keep) (?:sending|texting|messaging|nudging|reminding|pinging|bugging|bothering) me\b(.*)$/i;

export function readPause(reading: Reading, options: ParseReplyOptions): Command | null {
  const flat = reading.flat.replace(/'/g, '');
  const stopFor = STOP_FOR.exec(flat);
  if (stopFor) {
    const when = (stopFor[1] ?? '').length <= MAX_WHEN_CHARS ? readWhen(stopFor[1] ?? '', options.now, options.timeZone, 0) : null;
    if (when && withoutFillers(when.rest, PAUSE_FILLERS).length === 0) return { kind: 'pause', until: when.at };
  }
  const match = PAUSE_LEAD.exec(flat);
  if (!match) return null;
  const rest = match[1] ?? '';
  const when = rest.length <= MAX_WHEN_CHARS ? readWhen(rest, options.now, options.timeZone, 0) : null;
  const left = withoutFillers(when ? when.rest : rest, PAUSE_FILLERS);
  if (left.length > 2) return null;
  return { kind: 'pause', until: when ? when.at : null };
}

const NUDGE_AT_LEAD =
  /^(?:(?:please|pls|can you|could you|ok|okay|i want|id like|i prefer|i'd like)\s+)*(?:(?:set|change|move|make|switch|put)\s+(?:my\s+|the\s+)?)?(?:nudges?|nudge time|nudging time|reminders?|reminder time|daily nudge|send (?:me\s+)?(?:my\s+|the\s+)?(?:nudges|reminders|texts)|send nudges|remind me|text me|ping me|message me|nudge me)\s*(?:me\s+)?(?:at|@|around|to|for|by|time|time to|=|from now on at|every day at|daily at|each day at)?\s+(.+)$/i;

/** "6pm" -> 18:00, "7:30am" -> 7:30, "18:00" -> 18:00, "noon" -> 12:00, "9" -> 9:00, "6" -> 18:00. */
function readClock(phrase: string): { hour: number; minute: number } | null {
  const key = keyOf(phrase)
    .replace(/\b(?:please|pls|instead|every ?day|daily|each day|from now on|local|my time|o ?clock|oclock|ish)\b/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^(?:(?:to|at|for|around|by|be|time)\s+)+/, '');
  if (/^(?:at )?(?:noon|midday|lunch ?time|12 noon)$/.test(key)) return { hour: 12, minute: 0 };
  if (/^(?:at )?midnight$/.test(key)) return { hour: 0, minute: 0 };
  const match = /^(?:at |@ ?)?(\d{1,2})(?:[:.h](\d{2}))?\s*(am|pm|a\.m\.?|p\.m\.?|a|p)?(?: in the (morning|evening|afternoon))?$/.exec(key);
  if (!match) return null;
  let hour = Number(match[1]);
  const minute = match[2] !== undefined ? Number(match[2]) : 0;
  const half = match[3]?.[0] ?? (match[4] === 'morning' ? 'a' : match[4] ? 'p' : undefined);
  if (minute > 59) return null;
  if (half !== undefined) {
    if (hour < 1 || hour > 12) return null;
    hour = (hour % 12) + (half === 'p' ? 12 : 0);
  } else if (hour >= 1 && hour <= 7 && match[2] === undefined) {
    hour += 12;
  }
  if (hour > 23) return null;
  return { hour, minute };
}

export function readNudgeAt(reading: Reading): Command | null {
  const match = NUDGE_AT_LEAD.exec(reading.flat);
  if (!match?.[1]) return null;
  const clock = readClock(match[1]);
  return clock ? { kind: 'nudge-at', ...clock } : null;
}

const TZ_LEAD =
  /^(?:(?:please|pls|can you|could you|ok|okay|hey)\s+)*(?:(?:set|change|update|switch|make|put|fix|use)\s+)?(?:my\s+|the\s+)?(?:tz|time\s*zone|time-zone|timezone|zone)\b\s*(?:(?:to|is|=|should be|as|now|now is|is now|->)\s+)*(.*)$/i;
const MOVED_TO = /^(?:(?:i'?m|i am|im|i moved|moved|i live|i'?m now|now|living|currently|i'?m currently)\s+)+(?:now\s+)?(?:in|to|at)\s+(.+?)(?:\s+now)?$/i;

export function readTimeZone(reading: Reading): Command | null {
  const match = TZ_LEAD.exec(reading.flat);
  if (match) {
    const query = (match[1] ?? '').trim();
    const zone = query === '' ? null : zoneFromText(query);
    return zone ? { kind: 'tz', zone } : { kind: 'tz-unknown', query };
  }
  const moved = MOVED_TO.exec(reading.flat);
  if (moved?.[1]) {
    const zone = zoneFromText(moved[1]);
    if (zone) return { kind: 'tz', zone };
  }
  return null;
}

// Answers to "Is this the Sarah you saved on Nov 3? Reply SAME or NEW"

const SAME_PERSON =
  /^(?:(?:yes|yep|yeah|ya|yup|yess|correct|right|exactly|sure|oh|ok|okay|yes yes|mhm|uh huh)\s+)*(?:same|the same|same one|same person|same guy|same girl|same as before|the same one|the same person|thats (?:her|him|them|the one|right|who i meant|the same one|the same person)|its (?:her|him|them|the same one|the same person|the same)|thats her yes|yes thats her|her|him|the one)(?:\s+(?:one|person|please|pls))*$/;
const NEW_PERSON =
  /^(?:(?:no|nope|nah|not|actually|its|this is|thats|its a|not her|not him|not them|not that one)\s+)*(?:new|new one|new person|new contact|a new one|a new person|someone new|someone else|somebody new|somebody else|different|different one|different person|a different one|a different person|another one|another person|not (?:her|him|them|the same(?: one| person)?|that one)|not same|different guy|different girl|new guy|new girl|a different)(?:\s+(?:one|person|please|pls|entirely))*$/;

export function readSameOrNew(reading: Reading): Command | null {
  if (SAME_PERSON.test(reading.key) && !/^(?:her|him|the one)$/.test(reading.key)) return { kind: 'same' };
  if (NEW_PERSON.test(reading.key)) return { kind: 'new-person' };
  // "same Sarah" / "new Sarah"
  const [first, ...rest] = reading.tokens;
  const lead = keyOf(first ?? '');
  if ((lead === 'same' || lead === 'new' || lead === 'different' || lead === 'another') && rest.length >= 1 && rest.length <= 2) {
    if (isNameLike(rest) && /^\p{Lu}/u.test(rest[0] ?? '')) return { kind: lead === 'same' ? 'same' : 'new-person' };
  }
  return null;
}
