// The reply commands (done, snooze, skip, how it went, list, keep, pause, nudge at, tz, undo, export, ...), read by
// parseReply after a typo in the command word is fixed (command-typos.ts, the one typo reader) and in a time unit, and
// turned into an Meaning with its person resolved.

import { parseReply } from './reply';
import { fixCommandTypo, fixUnitTypo } from './command-typos';
import type { Command, Target } from './types';
import { hasPronoun, latestRef, refFor, savedMentions } from './people';
import { keyWords, type TextView } from './read-text';
import type { PersonRef, UnderstandContext, Meaning } from './types';

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
/** The first clause (or the last) may carry the command when the others give the reason: "forget gillian, we've fallen out". */
const HEAD_KINDS = new Set(['pause', 'resume', 'forget', 'keep', 'snooze', 'nudge-at', 'tz']);
/** A clause that gives a reason: said by the user of themself ("im on vacation"), of the person, or after "because". */
const REASON =
  /^(?:because|bc|cuz|cause|coz|since|as|so|porque|ya que|estoy|estamos|ando|andamos|me voy|nos vamos|ya no|voy a|vamos a)\b|^(?:i|im|i am|ive|i have|ill|i will|id|we|were|we are|weve|we have|well|wed|he|hes|she|shes|they|theyre|theyve)(?: (?:am|are|is|was|were|have|has|had|will|would|just|really|finally|kind of|kinda|both|all|no longer))* (?:on|off|away|out|going|gonna|travelling|traveling|moving|moved|fallen|fell|broke|broken|split|done|busy|swamped|sick|ill|not|no|never|taking|having|in|at|back|heading|leaving|left|dont|do not|cant|can not|wont|will not)\b/;

/**
 * The reply command in a text, or null when parseReply reads it as a note.
 * readCommand(readText("snoze 2 days"), ctx) -> { intent: 'snooze', person: null, until: <now + 2 days> }
 */
export function readCommand(view: TextView, ctx: UnderstandContext): Meaning | null {
  const options = { now: ctx.now, timeZone: ctx.timeZone };
  if (UNDO_LAST.test(view.key)) return { intent: 'undo' };
  if (SKIP_IT.test(view.key)) return { intent: 'skip', person: null };
  const named = savedMentions(view.keys.slice(0, 1), ctx).length > 0;
  const whole = fromReply(parseReply(named ? view.clean : spellOut(view.clean, view.keys.length === 1), options), view.raw, ctx, unnamedIn(view, ctx));
  if (whole || view.keys.length > MAX_TAIL_WORDS) return whole;
  const clauses = view.clean.split(/[,;.!]+\s*/).filter((clause) => clause.trim() !== '');
  // "Pause all follow-ups until Jan 4, I'm on vacation": a command, then the user's reason for it
  const [head, ...reasons] = clauses;
  if (head && reasons.length > 0 && reasons.every((clause) => REASON.test(keyWords(clause).join(' ')))) {
    const command = parseReply(spellOut(head), options);
    if (HEAD_KINDS.has(command.kind)) return fromReply(command, view.raw, ctx, unnamedIn(view, ctx));
  }
  const tail = clauses.length > 1 ? parseReply(spellOut(clauses[clauses.length - 1] ?? ''), options) : null;
  // "im back, resume", "I'm off till the 10th, pause please": the reason first, then the command
  const reasoned = tail && HEAD_KINDS.has(tail.kind) && clauses.slice(0, -1).every((clause) => REASON.test(keyWords(clause).join(' ')));
  return tail && (TAIL_KINDS.has(tail.kind) || reasoned) ? fromReply(tail, view.raw, ctx, unnamedIn(view, ctx)) : null;
}

function spellOut(text: string, alone = false): string {
  const [first, ...rest] = text.trim().split(' ');
  let out = first === undefined ? text : [fixCommandTypo(first, { alone, wide: true }), ...rest].join(' ');
  for (const [pattern, word] of SPELLED) out = out.replace(pattern, word);
  return out.replace(/\b(\d+)\s*([a-z]{3,7})\b/gi, (_whole, count: string, unit: string) => `${count} ${fixUnitTypo(unit)}`);
}

/**
 * parseReply's reading as an Meaning, or null for a note. `unnamed(target)`: the person a reply that names nobody
 * is about (the command reader and the legacy reader each say who that is).
 */
export function fromReply(intent: Command, raw: string, ctx: UnderstandContext, unnamed: (target: Target | undefined) => PersonRef | null): Meaning | null {
  const target = 'target' in intent ? intent.target : undefined;
  const person = (): PersonRef | null => (target?.name ? refFor(target.name, ctx) : unnamed(target));
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
    case 'update': {
      // "The team of my daughter, Falcons, won the cup. Her coach ...": a long text about someone not saved is a note
      const who = person();
      if (target?.name && who && who.id === undefined && !who.candidates && raw.split(/\s+/).length > 8) return null;
      return { intent: 'update', person: who, warmth: intent.warmth, raw };
    }
    case 'who':
      return { intent: 'who', person: refFor(intent.name, ctx) };
    case 'add-note':
      return { intent: 'add-note', person: refFor(intent.name, ctx), text: intent.text };
    case 'keep':
      return { intent: 'keep', person: intent.name ? refFor(intent.name, ctx) : unnamed(undefined) };
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

/** A command's person when it names nobody: a saved person the text names, or the latest person for a pronoun. */
function unnamedIn(view: TextView, ctx: UnderstandContext): (target: Target | undefined) => PersonRef | null {
  return (target) => {
    if (target?.index !== undefined) return null;
    const [saved] = savedMentions(view.keys, ctx);
    if (saved) return saved.ref;
    return hasPronoun(view.keys) ? latestRef(ctx) : null;
  };
}
