// The reply commands (done, snooze, skip, how it went, list, keep, pause, nudge at, tz, undo, export, ...), read by
// parseReply after a typo in the command word is fixed, and turned into an Understanding with its person resolved.

import { distance } from 'fastest-levenshtein';
import { parseReply } from '../domain/parse-reply';
import type { Intent, Target } from '../domain/types';
import { hasPronoun, latestRef, refFor, savedMentions } from './people';
import type { TextView } from './read-text';
import type { PersonRef, UnderstandContext, Understanding } from './types';

/** Command words a slip of the thumb should still reach ("snoze", "dnoe", "udno"). */
const COMMAND_WORDS = [
  'done',
  'snooze',
  'skip',
  'list',
  'undo',
  'pause',
  'resume',
  'help',
  'export',
  'keep',
  'remind',
  'unmute',
  'forget',
  'texted',
  'maybe',
  'later',
];
/** Shorthand parseReply does not know, spelled out before it reads the text. */
const SPELLED: ReadonlyArray<[RegExp, string]> = [
  [/\bu\b/gi, 'you'],
  [/\bur\b/gi, 'your'],
  [/\babt\b/gi, 'about'],
  [/\bplz\b/gi, 'please'],
  [/\b(?:l8r|ltr|latr)\b/gi, 'later'],
  [/\bw\/(?=\s)/gi, 'with'],
];
/** "remove the last note", "delete what i just sent": the last change, undone. */
const UNDO_LAST =
  /^(?:please |pls |can you )?(?:remove|delete|undo|erase|scrap|cancel) (?:the |my )?(?:last|latest|previous) (?:note|one|thing|text|message|change)$|^(?:delete|remove|undo) what i just (?:sent|said|texted|wrote)$/;
/** "dont remind me about it": this nudge, not the person. */
const SKIP_IT =
  /^(?:please |pls |nah |no )?(?:do not|no need to|never mind|dont) (?:remind|nudge|ping) me (?:about |of )?(?:it|this|that|this one)(?: again| anymore)?$/;

/** The last clause of a short text may carry the command: "yeah thats fine, let her go". */
const TAIL_KINDS = new Set(['skip', 'snooze', 'done', 'keep']);
const MAX_TAIL_WORDS = 12;
/** Real words a letter or a swap away from a command word. */
const REAL_WORDS = new Set(
  `none gone bone dune dine dome dote node nine lone tone zone cone hone one doe dove dose dole dona dong
  ship slip skin skit skid spit skim kip
  lost last lust mist fist gist lint lilt lisp
  undue unto
  cause passe parse paused pulse purse
  resume resumé presume
  held hell hemp kelp yelp whelp heap
  expert
  keel kelp kept peep beep deep seep jeep
  remand remain rewind
  forger forgot
  tested tested rented vented texas texts
  lit ski sip hep hel dot doe dos kip lid lust
  send seat sect cent rent tent vent went dent bent lent`.split(/\s+/),
);

/** The first word with a typo in a command word fixed: "snoze" -> "snooze", "dnoe" -> "done". */
export function fixCommandTypo(word: string, alone = false): string {
  // "sn00ze": zeros for o's
  const lower = /[a-z]/i.test(word) && /\d/.test(word) ? word.toLowerCase().replace(/0/g, 'o') : word.toLowerCase();
  if (lower.length < 3 || REAL_WORDS.has(lower) || !/^[a-z]+$/.test(lower)) return word;
  if (COMMAND_WORDS.includes(lower)) return lower === word.toLowerCase() ? word : lower;
  // "skippp", "dooone": letters held down
  const held = lower.replace(/(\p{L})\1+/gu, '$1');
  const single = (command: string): string => command.replace(/(\p{L})\1+/gu, '$1');
  const heldDown = held !== lower ? COMMAND_WORDS.find((command) => single(command) === held) : undefined;
  if (heldDown) return heldDown;
  for (const command of COMMAND_WORDS) {
    const apart = distance(lower, command);
    const swapped = apart === 2 && lower.length === command.length && [...lower].sort().join('') === [...command].sort().join('');
    // a three-letter slip ("don", "skp") only when it is the whole text
    const long = lower.length >= 4 || (alone && command.length === 4);
    if ((apart === 1 && long && command.length >= 4) || swapped) return command;
  }
  return word;
}

/**
 * The reply command in a text, or null when parseReply reads it as a note.
 * readCommand(readText("snoze 2 days"), ctx) -> { intent: 'snooze', person: null, until: <now + 2 days> }
 */
export function readCommand(view: TextView, ctx: UnderstandContext): Understanding | null {
  const options = { now: ctx.now, timeZone: ctx.timeZone };
  if (UNDO_LAST.test(view.key)) return { intent: 'undo' };
  if (SKIP_IT.test(view.key)) return { intent: 'skip', person: null };
  const named = savedMentions(view.keys.slice(0, 1), ctx).length > 0;
  const whole = fromIntent(parseReply(named ? view.clean : spellOut(view.clean, view.keys.length === 1), options), view, ctx);
  if (whole || view.keys.length > MAX_TAIL_WORDS) return whole;
  const clauses = view.clean.split(/[,;.!]+\s*/).filter((clause) => clause.trim() !== '');
  const tail = clauses.length > 1 ? parseReply(spellOut(clauses[clauses.length - 1] ?? ''), options) : null;
  return tail && TAIL_KINDS.has(tail.kind) ? fromIntent(tail, view, ctx) : null;
}

function spellOut(text: string, alone = false): string {
  const [first, ...rest] = text.trim().split(' ');
  let out = first === undefined ? text : [fixCommandTypo(first, alone), ...rest].join(' ');
  for (const [pattern, word] of SPELLED) out = out.replace(pattern, word);
  return out.replace(/\b(\d+)\s*([a-z]{3,7})\b/gi, (_whole, count: string, unit: string) => `${count} ${fixUnitTypo(unit)}`);
}

const UNITS = ['days', 'weeks', 'hours', 'months', 'minutes'];

/** "dyas" -> "days", "wekks" -> "weeks": a time unit a letter or a swap away. */
function fixUnitTypo(word: string): string {
  const lower = word.toLowerCase();
  if (UNITS.some((unit) => lower === unit || lower === unit.slice(0, -1))) return word;
  for (const unit of UNITS) {
    const apart = distance(lower, unit);
    const swapped = apart === 2 && lower.length === unit.length && [...lower].sort().join('') === [...unit].sort().join('');
    if (apart === 1 || swapped) return unit;
  }
  return word;
}

function fromIntent(intent: Intent, view: TextView, ctx: UnderstandContext): Understanding | null {
  const person = (): PersonRef | null => personOf('target' in intent ? intent.target : undefined, view, ctx);
  switch (intent.kind) {
    case 'note':
      return null;
    case 'empty':
    case 'list':
    case 'resume':
    case 'undo':
    case 'export':
    case 'delete-data':
    case 'confirm-delete':
    case 'help':
    case 'stop':
    case 'start':
      return { intent: intent.kind };
    case 'same':
      return { intent: 'same-person' };
    case 'new-person':
      return { intent: 'new-person' };
    case 'pick':
      return intent.target.index !== undefined ? { intent: 'pick', choice: intent.target.index } : null;
    case 'done':
      return { intent: 'done', person: person(), warmth: null, plan: null };
    case 'snooze':
      return { intent: 'snooze', person: person(), until: intent.until };
    case 'skip':
      return { intent: 'skip', person: person() };
    case 'update':
      return { intent: 'update', person: person(), warmth: intent.warmth, raw: view.raw };
    case 'who':
      return { intent: 'who', person: refFor(intent.name, ctx) };
    case 'add-note':
      return { intent: 'add-note', person: refFor(intent.name, ctx), text: intent.text };
    case 'keep':
      return { intent: 'keep', person: intent.name ? refFor(intent.name, ctx) : personOf(undefined, view, ctx) };
    case 'forget':
      return { intent: 'forget', person: refFor(intent.name, ctx) };
    case 'pause':
      return { intent: 'pause', until: intent.until };
    case 'nudge-at':
      return { intent: 'nudge-at', hour: intent.hour, minute: intent.minute };
    case 'tz':
      return { intent: 'tz', zone: intent.zone };
    case 'tz-unknown':
      return { intent: 'tz-unknown', query: intent.query };
  }
}

/** A command's person: its target by name, a saved person it names, or the latest person for a pronoun. */
function personOf(target: Target | undefined, view: TextView, ctx: UnderstandContext): PersonRef | null {
  if (target?.name) return refFor(target.name, ctx);
  if (target?.index !== undefined) return null;
  const [saved] = savedMentions(view.keys, ctx);
  if (saved) return saved.ref;
  return hasPronoun(view.keys) ? latestRef(ctx) : null;
}
