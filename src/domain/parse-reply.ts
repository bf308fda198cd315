// Reads one text from the user as exactly one Intent. Pure: no I/O, no clock; `now` and the zone come in options.
//
// Precedence, first match wins:
//  1. blank -> empty; exactly "DELETE ALL" (any case, spaces only) -> confirm-delete.
//  2. Carrier keywords, when they are the whole text once punctuation and emoji are trimmed (STOP, START,
//     HELP, ...), and a few plain opt-out phrases ("stop texting me"). These always win.
//  3. Help ("help me", "commands", "?"), emoji-only texts (a check mark or thumbs up -> done), and a bare
//     number or ordinal -> pick.
//  4. "<name>: <more>" with a name-like prefix -> add-note (a prefix that is a command word, or holds words
//     like "met", "coffee", "at", "from", is not a name). A bare command after the colon ("Sarah: done")
//     is that command aimed at the person.
//  5. A text that opens like a capture ("met ...", "talked to ...", "coffee with ...") -> note.
//  6. Short texts (at most 10 words) are tried as commands, in this order: delete-data, undo, export, list,
//     who ("who is X", "tell me about X"), keep/forget, resume/pause, nudge-at, tz, same/new-person,
//     snooze, skip, update, done, "<name>?" -> who. Commands start with their verb, so a longer text that
//     merely contains "done" or "later" never becomes one.
//  7. A report of how it went (up to 40 words, with a warmth signal, no contact details) -> update.
//  8. Everything else -> note, with the text as received.
//
// Choices worth knowing:
//  - A snooze to a day with no time ("remind me tomorrow", "snooze till monday") lands at 10:00 local;
//    durations ("snooze 3 days", "2h", "next week") are exact from now; "later" is +3 hours; "snooze",
//    "not now" and "not yet" are +1 day. A pause to a day or month with no time starts at 00:00 local.
//  - A bare number after done/skip/snooze is a list index ("snooze 2" snoozes item 2 by a day).
//  - "nudge at 6" with no am/pm and an hour from 1 to 7 means the evening (18:00): nudges never go out
//    before 08:00.
//  - "forget him" / "forget it" (no name) -> skip; "delete that" / "scratch that" -> undo.
//  - Bare "no", "nope", "nah", "no thanks" -> skip; "no, someone else" / "no, new" -> new-person.
//  - The carrier keyword YES wins over SAME ("yes" -> start, "yes same" -> same).

import { DAY, HOUR, SNOOZE_DAY_HOUR, readWhen } from './parse-reply-time';
import { NOT_NAME_IN_COMMANDS } from '../understand/lexicon';
import { zoneFromText } from './time-zones';
import type { Intent, Millis, ParseReplyOptions, Target, Warmth } from './types';

/** Longest text still read as a command. */
const MAX_COMMAND_WORDS = 10;
/** Longer texts are notes without further reading (an SMS tops out near 1,600 characters). */
const MAX_COMMAND_CHARS = 2000;
/** Longest text still read as a report of how it went. */
const MAX_UPDATE_WORDS = 40;
/** Longest phrase handed to chrono: "when" phrases are short, and chrono is slow on long ones. */
const MAX_WHEN_CHARS = 80;
const LATER: Millis = 3 * HOUR;

/** One text, cleaned up in the ways every rule needs. */
interface Reading {
  /** the text as received */
  raw: string;
  /** NFKC, straight quotes, one space between words, trimmed; inner punctuation kept */
  clean: string;
  /** words of `clean` with punctuation and emoji trimmed from their edges, case kept; the first one typo-fixed */
  tokens: string[];
  /** `tokens` joined by single spaces */
  flat: string;
  /** `flat` lowercased, without apostrophes: what vocabulary is matched against */
  key: string;
  /** `key` split into words */
  keys: string[];
  /** the text ended with a question mark */
  question: boolean;
}

/**
 * The one intent a text from the user carries. Never throws; anything unrecognised is a note.
 * parseReply('snooze 3 days', { now: Date.UTC(2026, 11, 1, 23), timeZone: 'America/New_York' })
 *   -> { kind: 'snooze', until: Date.UTC(2026, 11, 4, 23) }   (Fri 2026-12-04 18:00 in New York)
 */
export function parseReply(text: string, options: ParseReplyOptions): Intent {
  const trimmed = text.trim();
  if (trimmed === '') return { kind: 'empty' };
  if (trimmed.length > MAX_COMMAND_CHARS) return { kind: 'note', text };
  const reading = read(text);
  if (/^delete all$/i.test(reading.clean)) return { kind: 'confirm-delete' };
  if (reading.tokens.length === 0) return readSymbols(reading, options);
  const keyword = readCarrierKeyword(reading);
  if (keyword) return keyword;
  if (CODE_LIKE.test(reading.clean)) return note(reading);
  return (
    readHelp(reading) ??
    readPick(reading) ??
    readAddNote(reading, options) ??
    (startsLikeCapture(reading) ? note(reading) : null) ??
    (reading.keys.length <= MAX_COMMAND_WORDS ? readCommand(reading, options) : null) ??
    readUpdate(reading) ??
    note(reading)
  );
}

/** Markup, SQL, JSON and the like: stored as a note, never read as a command. */
const CODE_LIKE = /[{}\\]|<\/?[a-z!]|=\s*['"\d]|--\s|;\s*--|\bselect\s.+\sfrom\s|\binsert\s+into\b|\bdelete\s+from\b|\bupdate\s+\w+\s+set\b|\b(?:drop|alter|truncate)\s+table\b|\bunion\s+(?:all\s+)?select\b/i;

function readCommand(reading: Reading, options: ParseReplyOptions): Intent | null {
  return (
    readDeleteData(reading) ??
    readUndo(reading) ??
    readExport(reading) ??
    readList(reading) ??
    readWho(reading) ??
    readKeepOrForget(reading) ??
    readResume(reading) ??
    readPause(reading, options) ??
    readNudgeAt(reading) ??
    readTimeZone(reading) ??
    readSameOrNew(reading) ??
    readIndexFirst(reading, options) ??
    readSnooze(reading, options) ??
    readSkip(reading) ??
    readUpdate(reading) ??
    readDone(reading) ??
    readNameQuestion(reading)
  );
}

// ---------------------------------------------------------------------------------------------------
// Reading the text

function read(raw: string): Reading {
  const clean = raw
    .normalize('NFKC')
    .replace(/[\u2018\u2019\u201a\u201b\u02bc\u0060\u00b4]/g, "'")
    .replace(/[\u201c\u201d\u201e]/g, '"')
    .replace(/\s+/g, ' ')
    .trim();
  const tokens = clean
    .split(' ')
    .map((token) => token.replace(/^[^\p{L}\p{N}#]+/u, '').replace(/[^\p{L}\p{N}]+$/u, ''))
    .filter((token) => token !== '' && token !== '#');
  const first = tokens[0];
  if (first !== undefined) tokens[0] = fixTypo(first);
  const flat = tokens.join(' ');
  const key = keyOf(flat);
  return { raw, clean, tokens, flat, key, keys: key === '' ? [] : key.split(' '), question: /\?\s*$/.test(clean) };
}

function keyOf(words: string): string {
  return words.toLowerCase().replace(/'/g, '').replace(/\s+/g, ' ').trim();
}

/** Words of a phrase with edge punctuation trimmed, case kept. */
function wordsOf(phrase: string): string[] {
  return phrase
    .split(/\s+/)
    .map((word) => word.replace(/^[^\p{L}\p{N}#]+/u, '').replace(/[^\p{L}\p{N}]+$/u, ''))
    .filter((word) => word !== '');
}

const TYPOS: Readonly<Record<string, string>> = {
  dun: 'done', doen: 'done', dnoe: 'done', dne: 'done', donee: 'done', donw: 'done', ddone: 'done',
  d0ne: 'done', doone: 'done', odne: 'done', donr: 'done', dpne: 'done', donezo: 'done',
  snet: 'sent', setn: 'sent', sentt: 'sent', txted: 'texted', textd: 'texted', texed: 'texted',
  skp: 'skip', skipp: 'skip', sikp: 'skip', skpi: 'skip',
  lsit: 'list', lst: 'list', liat: 'list', listt: 'list',
  udno: 'undo', unod: 'undo', undoo: 'undo', unfo: 'undo',
  paus: 'pause', pase: 'pause', puase: 'pause', pasue: 'pause', paws: 'pause',
  snz: 'snooze', snoz: 'snooze', snuze: 'snooze', snoozr: 'snooze', snooxe: 'snooze',
  hlep: 'help', halp: 'help', hepl: 'help',
  ltr: 'later', latr: 'later', l8r: 'later', laterr: 'later',
  exprt: 'export', exort: 'export', exprot: 'export', tiemzone: 'timezone', timzone: 'timezone',
};

/** Long command words a one-letter slip should still reach ("snoze" -> "snooze"). */
const FUZZY_COMMANDS = ['snooze', 'unpause', 'timezone', 'export', 'resume', 'remind', 'delete', 'people', 'forget'];
/** Real words one letter away from a command word. */
const NOT_TYPOS = new Set(['forgot', 'expert', 'remand', 'rewind', 'forger', 'peopled', 'resumé', 'reminds', 'deleted', 'deletes']);

function fixTypo(word: string): string {
  const lower = word.toLowerCase();
  const known = TYPOS[lower];
  if (known) return known;
  if (lower.length < 5 || NOT_TYPOS.has(lower) || !/^[a-z]+$/.test(lower)) return word;
  for (const command of FUZZY_COMMANDS) {
    if (lower !== command && editDistanceAtMostOne(lower, command)) return command;
  }
  return word;
}

/** True when one insertion, deletion, substitution or swap of neighbours turns a into b. */
function editDistanceAtMostOne(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (i === a.length && i === b.length) return true;
  if (a.length === b.length) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

function note(reading: Reading): Intent {
  return { kind: 'note', text: reading.raw };
}

// ---------------------------------------------------------------------------------------------------
// Names and targets

/** Words that are never (part of) a person's name in a reply: the one list, plus names that are also months or verbs. */
const NOT_NAME = NOT_NAME_IN_COMMANDS;

/** A word that may be part of a person's name: letters, apostrophes, hyphens, periods. */
const NAME_WORD = /^\p{L}[\p{L}\p{M}'.-]*$/u;
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

/**
 * True for 1 to `max` words that read as a name. A name of several words must be capitalised
 * ("Priya Raman", not "pottery link"); one word may be lowercase ("sarah").
 */
function isNameLike(words: readonly string[], max = 3): boolean {
  if (words.length === 0 || words.length > max) return false;
  for (const word of words) {
    if (!NAME_WORD.test(word) || word.length > 30) return false;
    if (NOT_NAME.has(keyOf(word))) return false;
    if (words.length > 1 && !/^\p{Lu}/u.test(word) && !CJK.test(word)) return false;
  }
  return true;
}

const ORDINALS: Readonly<Record<string, number>> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
};

/** "2", "#2", "2nd", "second" -> 2; anything else -> null. */
function readIndex(word: string): number | null {
  const lower = word.toLowerCase();
  const digits = /^#?(\d{1,2})(?:st|nd|rd|th)?$/.exec(lower);
  const index = digits?.[1] !== undefined ? Number(digits[1]) : (ORDINALS[lower] ?? null);
  return index !== null && index >= 1 ? index : null;
}

/**
 * Which person the leftover words of a command point at: undefined when none is named, null when the
 * words are not a target at all (so the text is not that command).
 */
function readTarget(words: readonly string[]): Target | null | undefined {
  if (words.length === 0) return undefined;
  if (words.length === 1) {
    const index = readIndex(words[0] ?? '');
    if (index !== null) return { index };
  }
  return isNameLike(words) ? { name: words.join(' ') } : null;
}

function withTarget<T extends Intent>(intent: T, target: Target | undefined): T {
  return target ? { ...intent, target } : intent;
}

/** The words of `phrase` that are not in `fillers`. */
function withoutFillers(phrase: string, fillers: ReadonlySet<string>): string[] {
  return wordsOf(phrase).filter((word) => !fillers.has(keyOf(word)));
}

function wordSet(words: string): ReadonlySet<string> {
  return new Set(words.split(' '));
}

// ---------------------------------------------------------------------------------------------------
// Keywords, help, symbols, picks

const CARRIER: Readonly<Record<string, 'stop' | 'start' | 'help'>> = {
  stop: 'stop', stopall: 'stop', 'stop all': 'stop', unsubscribe: 'stop', cancel: 'stop', end: 'stop',
  quit: 'stop', revoke: 'stop', optout: 'stop', 'opt out': 'stop', 'opt-out': 'stop',
  start: 'start', yes: 'start', unstop: 'start',
  help: 'help', info: 'help',
};

const OPT_OUT = /^(?:please )?(?:stop|quit) (?:texting|messaging|sending|contacting|txting)(?: me)?(?: anything| messages| texts)?(?: please| pls)?$|^(?:please stop|stop please|stop it|unsubscribe me|unsubscribe please|remove me|leave me alone)$/;

function readCarrierKeyword(reading: Reading): Intent | null {
  const kind = CARRIER[reading.key];
  if (kind) return { kind };
  return OPT_OUT.test(reading.key) ? { kind: 'stop' } : null;
}

const HELP = new Set([
  'help', 'help me', 'help help', 'help please', 'pls help', 'please help', 'i need help', 'commands', 'command',
  'what can you do', 'what can i do', 'what can i say', 'what do i say', 'what do i text', 'what do you do',
  'how does this work', 'how does it work', 'how do i use this', 'how do i use you', 'how do i use it',
  'what are the commands', 'show commands', 'list commands', 'what are my options', 'menu', 'options', 'h',
  'instructions', 'usage', 'examples', 'faq', 'who are you', 'what is this', 'whats this', 'huh', 'what',
  'wat', 'wut', 'ayuda', 'aide', 'aidez moi', 'hilfe', '帮助',
]);

function readHelp(reading: Reading): Intent | null {
  return HELP.has(reading.key) ? { kind: 'help' } : null;
}

const DONE_SYMBOLS = /^(?:[\u2705\u2714\u2611\u{1F44D}\u{1F44C}\u{1F4AA}\u{1F64C}\u{1F389}\u2713\u{1F4E9}\u{1F4E8}\u{1F4AC}\u{1F3FB}-\u{1F3FF}\uFE0F\u200D\s!.]|\+1)+$/u;
const SNOOZE_SYMBOLS = /^[\u23F0\u23F2\u{1F4A4}\u{1F634}\u231B\u23F3\uFE0F\s]+$/u;
const SKIP_SYMBOLS = /^[\u274C\u274E\u2716\u{1F44E}\u23ED\u{1F3FB}-\u{1F3FF}\uFE0F\s]+$/u;

/** A text with no words: only emoji, punctuation or symbols. */
function readSymbols(reading: Reading, options: ParseReplyOptions): Intent {
  const symbols = reading.clean;
  if (/^\?+$/.test(symbols.replace(/\s/g, ''))) return { kind: 'help' };
  if (DONE_SYMBOLS.test(symbols) && /[^\s!.]/u.test(symbols)) return { kind: 'done' };
  if (SNOOZE_SYMBOLS.test(symbols)) return { kind: 'snooze', until: options.now + DAY };
  if (SKIP_SYMBOLS.test(symbols)) return { kind: 'skip' };
  return note(reading);
}

/** "1", "#2", "2.", "the second one", "number 3", "option 2" -> pick. */
function readPick(reading: Reading): Intent | null {
  const match =
    /^(?:(?:the|number|no|num|nr|option|choice|#)\s*)?(#?\d{1,2}(?:st|nd|rd|th)?|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)(?:\s+(?:one|person|please|pls))*$/.exec(
      reading.key,
    ) ?? /^(?:(?:number|no|num|nr|option|choice)\s+)?(one|two|three|four|five|six|seven|eight|nine|ten)(?:\s+(?:please|pls))?$/.exec(reading.key);
  const index = match?.[1] !== undefined ? readIndex(match[1]) : null;
  return index !== null ? { kind: 'pick', target: { index } } : null;
}

// ---------------------------------------------------------------------------------------------------
// Notes

/** "Sarah: moving to Denver in March" -> add-note; "Sarah: done" -> done for Sarah. */
function readAddNote(reading: Reading, options: ParseReplyOptions): Intent | null {
  const colon = reading.clean.indexOf(':');
  if (colon <= 0 || colon > 60) return null;
  const prefix = wordsOf(reading.clean.slice(0, colon));
  const rest = reading.clean.slice(colon + 1).trim();
  if (rest === '' || /^\d/.test(rest) || !isNameLike(prefix)) return null;
  const name = prefix.join(' ');
  const inner = wordsOf(rest).length <= 4 && rest.length <= MAX_WHEN_CHARS ? parseReply(rest, options) : null;
  if (inner?.kind === 'done' || inner?.kind === 'skip' || inner?.kind === 'snooze') {
    if (!inner.target) return { ...inner, target: { name } };
  }
  return { kind: 'add-note', name, text: rest };
}

const CAPTURE_START =
  /^(?:(?:so|ok|okay|just|i|we|today|tonight|yesterday|finally|also|and|earlier)\s+)*(?:met|meet|meeting|talked|spoke|chatted|ran into|bumped into|had (?:a |an )?(?:coffee|lunch|dinner|drinks?|call|chat|great chat|nice chat|good chat|long chat|conversation|convo)|(?:(?:a |an )?(?:great|good|nice|fun|long|quick|lovely|amazing|awesome|interesting|cool)\s+)?(?:coffee|lunch|dinner|drinks|brunch|call|chat|talk|conversation|convo|time|meeting|walk|run|hike|climb|class) with|new (?:friend|contact|connection|person i met)|introduced|got introduced|connected with|hung out|sat next to|note|fyi|remember)\b/;

function startsLikeCapture(reading: Reading): boolean {
  return CAPTURE_START.test(reading.key);
}

// ---------------------------------------------------------------------------------------------------
// Commands about data and people

const DATA_OBJECT =
  '(?:data|account|info|information|stuff|history|notes|people|contacts|list|records|profile|number|messages|everything|me|all|it all|everything about me)';
const DELETE_DATA = new RegExp(
  `^(?:(?:please|pls|can you|could you|i want to|id like to|i want you to|want to|go ahead and)\\s+)*(?:delete|erase|wipe|remove|clear|destroy|purge|forget|nuke)(?:\\s+(?:out|all|of|it|my|the|everything|and|about|from|kindling|please|pls|now|${DATA_OBJECT}))*$`,
);

function readDeleteData(reading: Reading): Intent | null {
  if (!DELETE_DATA.test(reading.key)) return null;
  // "forget about it" / "delete that" are not about the user's data
  if (/\b(?:it|that|this|him|her|them)$/.test(reading.key) && !/\b(?:it all|all|all of it)$/.test(reading.key)) return null;
  const words = reading.keys.slice(1);
  const objects = words.filter((word) => /^(?:data|account|info|information|stuff|history|notes|people|contacts|list|records|profile|number|messages|everything|me|all)$/.test(word));
  if (reading.keys.length > 1 && objects.length === 0) return null;
  return { kind: 'delete-data' };
}

const UNDO =
  /^(?:(?:oops|oopsie|whoops|oh no|ugh|my bad|sorry|wait|no|shoot|crap|damn|argh|please|pls|can you|ok)\s+)*(?:undo|revert|scratch that|take that back|cancel that|delete that|delete this|delete it|remove that|remove it|that was wrong|wrong one|wrong person|not that one|go back|undo undo)(?:\s+(?:that|it|this|please|pls|one|last|the last one|thing|message|note|text|now|last one|last message|last note))*$/;

function readUndo(reading: Reading): Intent | null {
  if (UNDO.test(reading.key) || /^(?:oops|oopsie|whoops|my bad|my mistake)$/.test(reading.key)) return { kind: 'undo' };
  return null;
}

const EXPORT =
  /^(?:(?:please|pls|can i|can you|could you|could i|i want to|id like to|i want|i would like to)\s+)*(?:export|download|backup|back up)(?:\s+(?:my|all|of|me|data|everything|people|notes|contacts|list|it|info|stuff|please|pls|a|copy|the|as|csv|json|file|now))*$/;
const SEND_ME_DATA =
  /^(?:(?:please|pls|can you|could you|can i|could i)\s+)*(?:send|email|give|get|text|mail)\s+(?:me\s+)?(?:a copy of\s+)?(?:all\s+)?(?:of\s+)?(?:my|the)\s+(?:data|people|notes|contacts|info|stuff|everything|export)(?:\s+(?:please|pls|back))*$|^(?:can i|could i) (?:get|have|see) (?:a copy of )?(?:all )?(?:of )?my data$|^(?:send|email|mail) me (?:everything|all of it|a copy)(?: you have| you know)?$/;

function readExport(reading: Reading): Intent | null {
  return EXPORT.test(reading.key) || SEND_ME_DATA.test(reading.key) ? { kind: 'export' } : null;
}

const LIST =
  /^(?:(?:please|pls|ok|can you|could you|can i)\s+)*(?:(?:list|show|see|view|display|give|send|get)(?:\s+(?:me|all|my|the|of|please|pls|recent|everyone|everybody|people|persons|contacts|list|folks|peeps|who|ive|met|again))*|(?:my|the|all|recent|whole|full)(?:\s+(?:my|the|list|people|contacts|folks|peeps|recent|recents))+|people|persons|contacts|everyone|everybody|recent|recents|peeps|folks)$/;
const LIST_QUESTIONS =
  /^(?:who (?:have|did|do) i (?:met|meet|know|have|save|saved)(?: so far| recently| lately)?|who(?: ive| i have) met|whos on my list|who is on my list|who are my people|whos due|who is due|whos next|who is next|who do i need to (?:text|follow up with)|who should i text)$/;

function readList(reading: Reading): Intent | null {
  if (LIST_QUESTIONS.test(reading.key)) return { kind: 'list' };
  if (!LIST.test(reading.key)) return null;
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

function readWho(reading: Reading): Intent | null {
  for (const pattern of WHO_ABOUT) {
    const words = wordsOf(pattern.exec(reading.flat)?.[1] ?? '');
    if (words.length > 0 && words.length <= 3 && words.every((word) => NAME_WORD.test(word) && !NOT_NAME.has(keyOf(word)))) {
      return { kind: 'who', name: words.join(' ') };
    }
  }
  const match = WHO_LEAD.exec(reading.flat);
  if (!match?.[1]) return null;
  const words = wordsOf(match[1]).filter((word) => !/^(?:again|is|was)$/i.test(word));
  // after "who is" a lowercase "sarah chen" is still a name
  if (words.length === 0 || words.length > 4) return null;
  if (!words.every((word) => NAME_WORD.test(word) && !NOT_NAME.has(keyOf(word)))) return null;
  return { kind: 'who', name: words.join(' ') };
}

/** "Sarah?" / "priya raman ?" -> who, once no command matched. */
function readNameQuestion(reading: Reading): Intent | null {
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

function readKeepOrForget(reading: Reading): Intent | null {
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

// ---------------------------------------------------------------------------------------------------
// Settings: pause, resume, nudge time, time zone

const RESUME =
  /^(?:(?:ok|okay|please|pls|you can|hey|alright)\s+)*(?:resume|unpause|un pause|un-pause|unmute|im back|i am back|back|back again|im back again|restart|start again|start nudging(?: me)?(?: again)?|turn (?:nudges|it|them|reminders) (?:back )?on|turn on (?:nudges|reminders)|continue|back on|nudges on|resume nudges|lets go again|lets resume)(?:\s+(?:nudges|nudging|everything|please|pls|now|again|it|all|kindling|reminders|from here))*$/;

function readResume(reading: Reading): Intent | null {
  return RESUME.test(reading.key) ? { kind: 'resume' } : null;
}

const PAUSE_LEAD =
  /^(?:(?:ok|okay|please|pls|can you|could you|i need to|i want to|id like to|i wanna|lets|need to|gonna|going to|im|i am|ill be|i will be|will be)\s+)*(?:pause|take a break|taking a break|break|vacation|on vacation|going on vacation|going away|im away|away|mute|silence|quiet|hold off|hold (?:all |the )?(?:nudges|reminders|texts|everything)|stop (?:all )?(?:the )?(?:nudges|nudging|reminders|texts)(?: me)?|no (?:more )?(?:nudges|reminders|texts)|give me a break|need a break|i need a break|off)\b(.*)$/i;
const PAUSE_FILLERS = wordSet(
  'everything all nudges nudging reminders texts it for till til until untill me the please pls from on a an bit while kindling messages notifications through thru kindly of',
);

function readPause(reading: Reading, options: ParseReplyOptions): Intent | null {
  const match = PAUSE_LEAD.exec(reading.flat.replace(/'/g, ''));
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
  const key = keyOf(phrase).replace(/\b(?:please|pls|instead|every ?day|daily|each day|from now on|local|my time|o ?clock|oclock|ish)\b/g, '').replace(/\s+/g, ' ').trim().replace(/^(?:(?:to|at|for|around|by|be|time)\s+)+/, '');
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

function readNudgeAt(reading: Reading): Intent | null {
  const match = NUDGE_AT_LEAD.exec(reading.flat);
  if (!match?.[1]) return null;
  const clock = readClock(match[1]);
  return clock ? { kind: 'nudge-at', ...clock } : null;
}

const TZ_LEAD =
  /^(?:(?:please|pls|can you|could you|ok|okay|hey)\s+)*(?:(?:set|change|update|switch|make|put|fix|use)\s+)?(?:my\s+|the\s+)?(?:tz|time\s*zone|time-zone|timezone|zone)\b\s*(?:(?:to|is|=|should be|as|now|now is|is now|->)\s+)*(.*)$/i;
const MOVED_TO = /^(?:(?:i'?m|i am|im|i moved|moved|i live|i'?m now|now|living|currently|i'?m currently)\s+)+(?:now\s+)?(?:in|to|at)\s+(.+?)(?:\s+now)?$/i;

function readTimeZone(reading: Reading): Intent | null {
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

// ---------------------------------------------------------------------------------------------------
// Answers to "Is this the Sarah you saved on Nov 3? Reply SAME or NEW"

const SAME =
  /^(?:(?:yes|yep|yeah|ya|yup|yess|correct|right|exactly|sure|oh|ok|okay|yes yes|mhm|uh huh)\s+)*(?:same|the same|same one|same person|same guy|same girl|same as before|the same one|the same person|thats (?:her|him|them|the one|right|who i meant|the same one|the same person)|its (?:her|him|them|the same one|the same person|the same)|thats her yes|yes thats her|her|him|the one)(?:\s+(?:one|person|please|pls))*$/;
const NEW_PERSON =
  /^(?:(?:no|nope|nah|not|actually|its|this is|thats|its a|not her|not him|not them|not that one)\s+)*(?:new|new one|new person|new contact|a new one|a new person|someone new|someone else|somebody new|somebody else|different|different one|different person|a different one|a different person|another one|another person|not (?:her|him|them|the same(?: one| person)?|that one)|not same|different guy|different girl|new guy|new girl|a different)(?:\s+(?:one|person|please|pls|entirely))*$/;

function readSameOrNew(reading: Reading): Intent | null {
  if (SAME.test(reading.key) && !/^(?:her|him|the one)$/.test(reading.key)) return { kind: 'same' };
  if (NEW_PERSON.test(reading.key)) return { kind: 'new-person' };
  // "same Sarah" / "new Sarah"
  const [first, ...rest] = reading.tokens;
  const lead = keyOf(first ?? '');
  if ((lead === 'same' || lead === 'new' || lead === 'different' || lead === 'another') && rest.length >= 1 && rest.length <= 2) {
    if (isNameLike(rest) && /^\p{Lu}/u.test(rest[0] ?? '')) return { kind: lead === 'same' ? 'same' : 'new-person' };
  }
  return null;
}

// ---------------------------------------------------------------------------------------------------
// Answers to a nudge: snooze, skip, done

const NOT_NOW = String.raw`not now|not today|not yet|not right now|not rn|not tonight|no time|not done yet|(?:i )?(?:haven'?t|have not|didn'?t|did not|couldn'?t) (?:had time|have time|gotten to it|got to it|get to it|done it|do it|texted|text|messaged|message|sent it|send it|reached out|reach out)(?: (?:her|him|them|it))?(?: yet)?`;
const LATER_VERBS = String.raw`maybe later|later|i'?m busy|busy|too busy|in a bit|in a while|will do|i will|i'?ll do it|i'?ll do that|i'?ll (?:text|message|msg|dm|ping|call|write|email) (?:her|him|them)|i'?ll reach out|i'?ll send it|(?:gonna|going to|will) (?:text|message|call|write) (?:her|him|them)`;
const SNOOZE_VERBS = String.raw`snooze|snoozed|snoozing|remind me again|remind me|remind|postpone|push (?:it |this |that )?back|push it|push|bump (?:it|this)|bump|delay|defer|reschedule|ask (?:me )?again|ask me|check back|check in|nudge me again|nudge me|ping me again|ping me|text me again|try (?:me )?again|circle back|give me a (?:day|sec|minute|bit)`;
/** Openings that mean "not now", longest first within each group. */
const SNOOZE_LEAD = new RegExp(
  String.raw`^(?:(?:ok|okay|pls|please|hey|hmm|ugh|can you|could you|just|lets|let's|maybe|so|sorry|i|oh|ah|nah|no)\s+)*(${NOT_NOW}|${LATER_VERBS}|${SNOOZE_VERBS})\b\s*(.*)$`,
  'i',
);
const SNOOZE_FILLERS = wordSet(
  'me about it this that one for till til until untill to by on the please pls again nudge reminder and then ok okay thanks thx ty so in at around a bit while rn right now sometime today tonight maybe him her them yet',
);

function readSnooze(reading: Reading, options: ParseReplyOptions): Intent | null {
  const { now, timeZone } = options;
  const match = SNOOZE_LEAD.exec(reading.flat);
  const verb = match?.[1] ? keyOf(match[1]) : null;
  const rest = match ? (match[2] ?? '') : reading.flat;
  if (!verb && reading.keys.length > 6) return null;
  const when = rest.length <= MAX_WHEN_CHARS ? readWhen(rest, now, timeZone, SNOOZE_DAY_HOUR) : null;
  if (!verb && !when) return null;
  let left = when ? when.rest : rest;
  let until = when?.at;
  if (/\b(?:later|l8r|ltr|in a bit|in a while|a bit|a while)\b/i.test(left)) {
    until ??= now + LATER;
    left = left.replace(/\b(?:later|l8r|ltr)\b/gi, ' ');
  }
  const words = withoutFillers(left, SNOOZE_FILLERS);
  let target = readTarget(words);
  if (!verb && target !== undefined) return null;
  // "snooze till after christmas": an explicit snooze verb wins over a few words it cannot read
  if (target === null) {
    if (verb === null || words.length > 3 || !new RegExp(`^(?:${SNOOZE_VERBS})$`, 'i').test(verb)) return null;
    target = undefined;
  }
  until ??= now + (verb !== null && new RegExp(`^(?:${LATER_VERBS})$`, 'i').test(verb) ? LATER : DAY);
  if (until <= now) until = now + DAY;
  return withTarget({ kind: 'snooze', until }, target);
}

/** "2 skip", "#3 snooze 2 days": a list number, then a command about that item. */
function readIndexFirst(reading: Reading, options: ParseReplyOptions): Intent | null {
  const [first, ...rest] = reading.tokens;
  if (first === undefined || rest.length === 0 || !/^#?\d{1,2}$/.test(first)) return null;
  const index = readIndex(first);
  if (index === null) return null;
  const inner = readCommand(read(rest.join(' ')), options);
  if ((inner?.kind === 'done' || inner?.kind === 'skip' || inner?.kind === 'snooze') && !inner.target) {
    return { ...inner, target: { index } };
  }
  return null;
}

const SKIP_WORDS = wordSet('skip skipping skipped pass next ignore dismiss nah no nope');
const SKIP_FILLERS = wordSet(
  'this that it one the please pls for now ok okay just him her them time nudge on i ill will thanks thx ty round turn person guy girl today next',
);

function readSkip(reading: Reading): Intent | null {
  if (/^(?:(?:no|nah|nope)\s+)?(?:not this one|not this time|not this person|no thanks|no thank you|nah thanks|not interested|let it go|let them go|let him go|let her go|move on|moving on|forget it|forget about it|never mind|nevermind|nvm)$/.test(reading.key)) {
    return { kind: 'skip' };
  }
  const [first, ...rest] = reading.tokens;
  if (!SKIP_WORDS.has(keyOf(first ?? ''))) return null;
  const target = readTarget(rest.filter((word) => !SKIP_FILLERS.has(keyOf(word))));
  if (target === null) return null;
  // "no Sarah" is not a skip; "no 2" is a pick handled earlier
  if (target && /^(?:no|nope|nah)$/.test(keyOf(first ?? ''))) return null;
  return withTarget({ kind: 'skip' }, target);
}

const DONE_VERBS = wordSet(
  'done sent texted messaged called emailed dmed dmd pinged wrote reached did finished complete completed ' +
    'handled replied responded contacted followed txted msged msgd listo hecho fait terminé termine erledigt fatto ' +
    'feito klaar gedaan 完成 完成了 搞定 好了 完了 済み check checked ✓',
);
const DONE_FILLERS = wordSet(
  'ok okay k kk yep yup yes yeah sure cool great alright all just i ive have already finally it that this one ' +
    'him her them to with for the a an text message msg dm now and thanks thx ty please pls too also out up ' +
    'sent ahead went go c cest est ya deal back on over via whatsapp insta instagram linkedin email sms today im',
);

function readDone(reading: Reading): Intent | null {
  let verbs = 0;
  const others: string[] = [];
  for (const [position, token] of reading.tokens.entries()) {
    const key = reading.keys[position] ?? keyOf(token);
    // "did it" is done; "did you get my note" is not
    const next = reading.keys[position + 1];
    if (key === 'did' && next !== undefined && !/^(?:it|that|this|so)$/.test(next)) others.push(token);
    else if (DONE_VERBS.has(key)) verbs++;
    else if (!DONE_FILLERS.has(key)) others.push(token);
  }
  if (/^(?:on it|doing it(?: now)?|texting (?:her|him|them)(?: now)?|sending (?:it|it now|now)|messaging (?:her|him|them)(?: now)?)$/.test(reading.key)) {
    return { kind: 'done' };
  }
  if (verbs === 0 && !/^(?:cest fait|ya esta|ya está|all set|all good|mission accomplished|check)$/.test(reading.key)) return null;
  if (/\b(?:not|havent|hasnt|didnt|never|wont|cant|couldnt|dont|will|gonna|going to)\b/.test(reading.key)) return null;
  const determiner = /\b(?:the|this|that|my|a|an|these|those)\s+\S+$/i;
  const firstOther = others[0] !== undefined ? reading.tokens.indexOf(others[0]) : -1;
  const named = firstOther > 0 && determiner.test(reading.tokens.slice(0, firstOther + 1).join(' ')) ? null : readTarget(others);
  let target = named;
  if (target === null) {
    // "done, thank you so much" / "sent her the link": done, but the extra words name no one
    const firstIsVerb = DONE_VERBS.has(reading.keys[0] ?? '') || DONE_VERBS.has(reading.keys[1] ?? '');
    if (!firstIsVerb || reading.question || reading.keys.length > 6 || others.some((word) => /^\p{Lu}/u.test(word))) return null;
    target = undefined;
  }
  return withTarget({ kind: 'done' }, target);
}

// ---------------------------------------------------------------------------------------------------
// How it went

type Signal = readonly [RegExp, number];

const NO_RESPONSE: readonly Signal[] = [
  [/\bno (?:answer|reply|response|word|text back|reply back|news|luck|dice)\b/, 2],
  [/\bnothing (?:back|yet|from (?:her|him|them))\b/, 2],
  [/\bghost(?:ed|ing|s)?\b/, 2],
  [/\b(?:havent|have not|hasnt|has not|didnt|did not|never|doesnt|still hasnt|still havent|wont) (?:heard|hear|replied|reply|responded|respond|answered|answer|written back|wrote back|write back|texted back|text back|gotten back|got back|get back|said anything|heard anything)\b/, 2],
  [/\bleft (?:me )?on (?:read|delivered)\b/, 3],
  [/\bon read\b/, 2],
  [/\b(?:crickets|radio silence|silence|unanswered|left me hanging|no reply yet|still waiting|waiting to hear)\b/, 2],
  [/\bnot (?:heard|replied|responded|answered)\b/, 2],
  [/\bnada\b|\bzilch\b|\bnothing$/, 2],
  [/\b(?:been|went|gone|going) (?:quiet|silent|dark|mia|awol)\b/, 2],
];
const LUKEWARM: readonly Signal[] = [
  [/\b(?:short|brief|quick|one word|dry|curt|terse) (?:reply|answer|response|text|message)\b/, 2],
  [/\bmaybe\b|\bperhaps\b|\bmight\b/, 1],
  [/\bpolite\b|\bbrief\b|\bmeh\b|\blukewarm\b|\bso so\b|\bso-so\b|\bok-?ish\b|\bnoncommittal\b|\bnon committal\b|\bhesitant\b|\bunsure\b|\bvague\b|\bawkward\b|\bdistant\b|\bmixed\b/, 2],
  [/\bslow(?:ly)?\b|\btook (?:a while|forever|ages|days|a day|a few days|\d+ days)\b|\beventually\b|\bfinally (?:replied|answered|responded|wrote back)\b/, 2],
  [/\bbusy\b/, 2],
  [/\b(?:after|took) (?:a|one|two|three|\d+|a few|a couple(?: of)?) (?:days?|weeks?)\b|\b(?:a day|days|a week|weeks) later\b/, 2],
  [/\bsaid (?:ok|okay|k|cool|fine)\b|\bwent (?:ok|okay|fine|alright)\b/, 1],
  [/\bkinda\b|\bkind of\b|\bsort of\b|\bnot sure\b|\bnot really\b|\bnot much\b|\bbarely\b|\bwell see\b|\brain ?check\b|\bsome other time\b/, 1],
  [/\bjust (?:said )?(?:ok|okay|k|thanks|lol|cool|haha|a thumbs up|liked it)\b|\bthumbs up\b|\bliked (?:my|the) (?:message|text)\b|\breacted\b/, 2],
  [/\b(?:not|wasnt|isnt|werent|didnt seem|doesnt seem|not that|not very|not super) (?:that |very |super |so |too |really )?(?:excited|interested|keen|into it|enthusiastic|thrilled|warm|chatty|responsive)\b/, 4],
];
const WARM: readonly Signal[] = [
  [/\b(?:super |really |so |very )?(?:excited|enthusiastic|thrilled|stoked|pumped)\b/, 2],
  [/\b(?:wrote|texted|messaged|called) (?:me )?back\b|\bgot back to me\b/, 1],
  [/\b(?:right away|immediately|straight away|instantly|in minutes|within minutes|super fast|really fast|quickly|so fast|right back)\b/, 2],
  [/\blets do it\b|\blets do (?:that|this)\b|\blets (?:get|grab|meet|go|hang)\b|\bsaid yes\b|\bshe said yes\b|\byes!/, 2],
  [/\b(?:were|we are|were gonna|going to|gonna) (?:getting|get|grabbing|grab|meeting|meet|going|hanging|doing|having)\b|\bgetting (?:coffee|lunch|dinner|drinks|a drink|food|brunch)\b/, 2],
  [/\bloved (?:it|that|the idea|this)\b|\blove(?:s|d)? (?:it|that|the idea)\b|\bloved\b/, 2],
  [/\bemojis?\b|\bexclamation (?:marks|points)\b|\blong (?:reply|message|text|answer)\b/, 2],
  [/\bhit it off\b|\bwent (?:great|well|really well|amazing|awesome|perfectly)\b|\bwe clicked\b|\bcant wait\b|\binvited (?:me|us)\b|\bmade plans\b|\bset (?:a date|a time|something) up\b|\bset up (?:a |coffee|lunch|dinner|drinks)\b|\bwants to (?:meet|hang|grab|get|do|go|see)\b|\basked (?:me )?(?:to|if|when|for)\b|\b(?:shes|hes|theyre) in\b|\bdown (?:to|for)\b|\bkeen\b|\bfollowed (?:me )?back\b|\bcalled me\b|\bsuper (?:nice|sweet|warm|friendly|responsive|into it)\b|\bso happy\b|\bgreat convo\b/, 2],
  [/\b(?:replied|responded|answered)\b/, 1],
  [/\b(?:would love|d love|loves|love) to\b|\bsounds? (?:fun|good|great|amazing|awesome|perfect|lovely|like a plan)\b|\bsaid (?:sure|yes|yeah|definitely|absolutely|for sure|of course)\b|\b(?:hes|shes|theyre|were) down\b|\b(?:good|great|fun|nice|lovely) (?:convo|conversation|chat|call)\b|\bit was (?:great|awesome|amazing|fun|lovely)\b/, 2],
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

const CONTACT_DETAILS = /@\w|\b\w[\w.+-]*@[\w-]+\.\w|\+?\d[\d\s().-]{8,}\d|https?:\/\/|\b(?:instagram|linkedin|insta|ig|twitter|tiktok)\b|\bworks (?:at|for|in)\b|\blives in\b/i;
const UPDATE_VERBS = wordSet(
  'wrote replied said says ghosted loved loves was is never hasnt didnt responded texted answered seemed seems sounded got sent called asked wants invited left took kept still finally just',
);

/** Words that say something about their response; a longer report needs one, not just "excited". */
const RESPONSE_WORDS =
  /\b(?:repl\w*|respon\w*|answer\w*|wrote back|write back|texted (?:me )?back|text back|got back|heard|hear back|ghost\w*|on read|said|says|emojis?|lets|getting|(?:were|we are) (?:getting|meeting|going|grabbing|hanging)|invited|asked|wants to|plans|crickets|silence|nothing back|no word)\b/;
/** "Lena at the party, ...", "Jake from the meetup - ...": a capture about someone, not a report. */
const CAPTURE_SHAPE = /^(\p{Lu}[\p{L}'-]*)(?:\s+\p{Lu}[\p{L}'-]*)?\s*(?:,|\(|\s[-\u2013]\s|\s(?:from|at|@|via|through|who|is a|is an|works|does|runs|lives|the)\s)/u;

function readUpdate(reading: Reading): Intent | null {
  if (reading.keys.length > MAX_UPDATE_WORDS || CONTACT_DETAILS.test(reading.clean)) return null;
  const shape = CAPTURE_SHAPE.exec(reading.clean);
  if (shape?.[1] !== undefined && !NOT_NAME.has(keyOf(shape[1])) && reading.keys.length > 6) return null;
  if (/\b(?:girl|guy|woman|man|lady|dude|person|couple|folks) (?:from|at|in)\b/.test(reading.key)) return null;
  if (reading.keys.length > 12 && !RESPONSE_WORDS.test(reading.key)) return null;
  const warmth = warmthOfKey(reading.key);
  if (!warmth) return null;
  return withTarget({ kind: 'update', warmth, text: reading.raw }, updateTarget(reading));
}

/** "2: no reply" -> #2; "Sarah wrote back right away" -> Sarah; "nothing back from Jake" -> Jake. */
function updateTarget(reading: Reading): Target | undefined {
  const index = /^#?(\d{1,2})\s*[:.)\-]/.exec(reading.clean) ?? /^#(\d{1,2})\b/.exec(reading.clean);
  if (index?.[1] !== undefined && Number(index[1]) >= 1) return { index: Number(index[1]) };
  const lead = /^(\p{L}[\p{L}'.-]*(?:\s+\p{Lu}[\p{L}'.-]*)?)\s*(?:,|\s[-\u2013]\s)/u.exec(reading.clean);
  if (lead?.[1] !== undefined && isNameLike(lead[1].split(/\s+/))) return { name: lead[1] };
  const { tokens, keys } = reading;
  const name: string[] = [];
  for (const [position, token] of tokens.entries()) {
    const key = keys[position] ?? '';
    const isName = NAME_WORD.test(token) && !NOT_NAME.has(key);
    if (name.length > 0) {
      if (isName && /^\p{Lu}/u.test(token) && name.length < 2) name.push(token);
      else break;
      continue;
    }
    if (!isName) continue;
    const next = keys[position + 1] ?? '';
    const previous = keys[position - 1] ?? '';
    const capitalised = /^\p{Lu}\p{Ll}/u.test(token);
    if (position === 0 ? UPDATE_VERBS.has(next) || (capitalised && /^\p{Lu}/u.test(tokens[1] ?? '') && UPDATE_VERBS.has(keys[2] ?? '')) : capitalised || previous === 'from') {
      name.push(token);
    }
  }
  return name.length > 0 ? { name: name.join(' ') } : undefined;
}
