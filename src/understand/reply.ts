// Reads one text from the user as exactly one Command. Pure: no I/O, no clock; `now` and the zone come in options.
// The readers live in src/understand/reply-*.ts (reading, account and settings, steering, warmth); this module keeps
// the order they are tried in.
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

import {
  readDeleteData,
  readExport,
  readKeepOrForget,
  readList,
  readNameQuestion,
  readNudgeAt,
  readPause,
  readResume,
  readSameOrNew,
  readTimeZone,
  readUndo,
  readWho,
} from './reply-account';
import { MAX_WHEN_CHARS, isNameLike, note, read, readIndex, wordsOf } from './reply-reading';
import type { Reading } from './reply-reading';
import { readDone, readSkip, readSnooze } from './reply-steering';
import { readUpdate } from './reply-warmth';
import { DAY } from './reply-time';
import type { Command, ParseReplyOptions } from './types';

/** Longest text still read as a command. */
const MAX_COMMAND_WORDS = 10;
/** Longer texts are notes without further reading (an SMS tops out near 1,600 characters). */
const MAX_COMMAND_CHARS = 2000;

/**
 * The one intent a text from the user carries. Never throws; anything unrecognised is a note.
 * parseReply('snooze 3 days', { now: Date.UTC(2026, 11, 1, 23), timeZone: 'America/New_York' })
 *   -> { kind: 'snooze', until: Date.UTC(2026, 11, 4, 23) }   (Fri 2026-12-04 18:00 in New York)
 */
export function parseReply(text: string, options: ParseReplyOptions): Command {
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
    readReplyPick(reading) ??
    readAddNote(reading, options) ??
    (startsLikeCapture(reading) ? note(reading) : null) ??
    (reading.keys.length <= MAX_COMMAND_WORDS ? readReplyCommand(reading, options) : null) ??
    readUpdate(reading) ??
    note(reading)
  );
}

/** Markup, SQL, JSON and the like: stored as a note, never read as a command. */
const CODE_LIKE =
  /[{}\\]|<\/?[a-z!]|=\s*['"\d]|--\s|;\s*--|\bselect\s.+\sfrom\s|\binsert\s+into\b|\bdelete\s+from\b|\bupdate\s+\w+\s+set\b|\b(?:drop|alter|truncate)\s+table\b|\bunion\s+(?:all\s+)?select\b/i;

function readReplyCommand(reading: Reading, options: ParseReplyOptions): Command | null {
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
// Keywords, help, symbols, picks

const CARRIER: Readonly<Record<string, 'stop' | 'start' | 'help'>> = {
  stop: 'stop',
  stopall: 'stop',
  'stop all': 'stop',
  unsubscribe: 'stop',
  cancel: 'stop',
  end: 'stop',
  quit: 'stop',
  revoke: 'stop',
  optout: 'stop',
  'opt out': 'stop',
  'opt-out': 'stop',
  start: 'start',
  yes: 'start',
  unstop: 'start',
  help: 'help',
  info: 'help',
};

const OPT_OUT =
  /^(?:please )?(?:stop|quit) (?:texting|messaging|sending|contacting|txting)(?: me)?(?: anything| messages| texts)?(?: please| pls)?$|^(?:please stop|stop please|stop it|unsubscribe me|unsubscribe please|remove me|leave me alone)$/;

function readCarrierKeyword(reading: Reading): Command | null {
  const kind = CARRIER[reading.key];
  if (kind) return { kind };
  return OPT_OUT.test(reading.key) ? { kind: 'stop' } : null;
}

const HELP = new Set([
  'help',
  'help me',
  'help help',
  'help please',
  'pls help',
  'please help',
  'i need help',
  'commands',
  'command',
  'what can you do',
  'what can i do',
  'what can i say',
  'what do i say',
  'what do i text',
  'what do you do',
  'how does this work',
  'how does it work',
  'how do i use this',
  'how do i use you',
  'how do i use it',
  'what are the commands',
  'show commands',
  'list commands',
  'what are my options',
  'menu',
  'options',
  'h',
  'instructions',
  'usage',
  'examples',
  'faq',
  'who are you',
  'what is this',
  'whats this',
  'huh',
  'what',
  'wat',
  'wut',
  'ayuda',
  'aide',
  'aidez moi',
  'hilfe',
  '帮助',
]);

/** "how do I stop this?", "how do i delete someone", "how does kindling work", "what else can you do": asking how to use it. */
const HOW_TO =
  /^(?:(?:so|ok|okay|hey|um|hi|sorry|wait|and|but)\s+)*(?:how (?:do|can|would|should|could) (?:i|we|you) (?:stop|pause|turn (?:this |it |you )?off|turn off|unsubscribe|opt out|cancel|quit|delete|remove|erase|forget|use|change|mute|unmute|undo|edit|fix|add|see|view|export|get|rename|correct|save|snooze|skip|work)\b|how (?:does|do) (?:this|it|kindling|you|u) work|what (?:else )?(?:can|do) (?:you|u) do|what (?:are|r) (?:the|my) (?:options|commands)|what do i (?:type|text|say|send) to\b|is there a (?:way|command) to\b)/;

function readHelp(reading: Reading): Command | null {
  return HELP.has(reading.key) || (HOW_TO.test(reading.key) && reading.key.split(' ').length <= 12) ? { kind: 'help' } : null;
}

const DONE_SYMBOLS =
  /^(?:[\u2705\u2714\u2611\u{1F44D}\u{1F44C}\u{1F4AA}\u{1F64C}\u{1F389}\u2713\u{1F4E9}\u{1F4E8}\u{1F4AC}\u{1F3FB}-\u{1F3FF}\uFE0F\u200D\s!.]|\+1)+$/u;
const SNOOZE_SYMBOLS = /^[\u23F0\u23F2\u{1F4A4}\u{1F634}\u231B\u23F3\uFE0F\s]+$/u;
const SKIP_SYMBOLS = /^[\u274C\u274E\u2716\u{1F44E}\u23ED\u{1F3FB}-\u{1F3FF}\uFE0F\s]+$/u;

/** A text with no words: only emoji, punctuation or symbols. */
function readSymbols(reading: Reading, options: ParseReplyOptions): Command {
  const symbols = reading.clean;
  if (/^\?+$/.test(symbols.replace(/\s/g, ''))) return { kind: 'help' };
  if (DONE_SYMBOLS.test(symbols) && /[^\s!.]/u.test(symbols)) return { kind: 'done' };
  if (SNOOZE_SYMBOLS.test(symbols)) return { kind: 'snooze', until: options.now + DAY };
  if (SKIP_SYMBOLS.test(symbols)) return { kind: 'skip' };
  return note(reading);
}

/** "1", "#2", "2.", "the second one", "number 3", "option 2" -> pick. */
function readReplyPick(reading: Reading): Command | null {
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
function readAddNote(reading: Reading, options: ParseReplyOptions): Command | null {
  const colon = reading.clean.indexOf(':');
  if (colon <= 0 || colon > 60) return null;
  const prefix = wordsOf(reading.clean.slice(0, colon));
  const rest = reading.clean.slice(colon + 1).trim();
  // "Marcus: 646-555-0188" (what a get-contact asks the user to send) is a note; "at 10:30" is not
  const phone = /^\+?[\d\s().-]{7,}$/.test(rest) && rest.replace(/\D/g, '').length >= 7;
  if (rest === '' || (/^\d/.test(rest) && !phone) || !isNameLike(prefix)) return null;
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

function readIndexFirst(reading: Reading, options: ParseReplyOptions): Command | null {
  const [first, ...rest] = reading.tokens;
  if (first === undefined || rest.length === 0 || !/^#?\d{1,2}$/.test(first)) return null;
  const index = readIndex(first);
  if (index === null) return null;
  const inner = readReplyCommand(read(rest.join(' ')), options);
  if ((inner?.kind === 'done' || inner?.kind === 'skip' || inner?.kind === 'snooze') && !inner.target) {
    return { ...inner, target: { index } };
  }
  return null;
}
