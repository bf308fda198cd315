// Explicit reminders with a time: "remind me to text dana on friday", "ping me about noor next tuesday". A reminder
// about someone not saved stays a plain reminder and names nobody.

import { findWhen } from './when';
import { hasPronoun, latestRef, savedMentions } from './people';
import type { TextView } from './read-text';
import type { UnderstandContext, Meaning } from './types';

const REMIND =
  /^(?:(?:hey|ok|okay|please|so|and|can you|could you|can u|would you|pls|kindling)\s+)*(?:remind me|ping me|nudge me|text me|message me|set (?:a|me a) reminder|reminder|remember)\b\s*(.*)$/i;
/** After the verb, what makes it a reminder of something rather than a snooze of the current nudge. */
const OBJECT = /^(?:[:-]\s*|(?:\S+\s+){0,5}?(?:to|about|abt|re|regarding|that|of)\s+)(?!it\b|this\b|that\b|again\b|later\b)(\S.*)$/i;

/**
 * remind, else null.
 * readRemind(readText("remind me to call noor tmrw at 5"), ctx) -> { intent: 'remind', person: Noor, at: <Wed 17:00>, what: 'call noor' }
 */
export function readRemind(view: TextView, ctx: UnderstandContext): Meaning | null {
  const match = REMIND.exec(
    view.clean.replace(/\b2 (?=(?:text|call|email|message|ping|see|ask|check|follow|wish|tell|invite|send|get|buy|book|phone)\b)/gi, 'to '),
  );
  if (!match) return null;
  const tail = (match[1] ?? '').trim();
  const object = OBJECT.exec(tail);
  if (!object?.[1]) return null;
  const found = findWhen(tail, ctx);
  if (!found) return null;
  const what = found.rest
    .replace(/^(?:[:-]\s*|(?:\S+\s+){0,5}?(?:to|about|abt|re|regarding)\s+)/i, '')
    .replace(/\b(?:on|at|by|in|for|next|this|the)\s*$/i, '')
    .replace(/[\s,.!?]+$/g, '')
    .trim();
  const keys = view.keys.slice(2);
  const [saved] = savedMentions(keys, ctx);
  const person = saved ? saved.ref : hasPronoun(keys) ? latestRef(ctx) : null;
  return { intent: 'remind', person, at: found.when.at, what };
}
