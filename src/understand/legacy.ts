// The reading Kindling did before this layer (parseReply, then parseNote for notes), as an Understanding, so the
// table can score before and after on the same texts.

import { parseNote } from '../domain/parse-note';
import { parseReply } from '../domain/parse-reply';
import { latestRef, refFor } from './people';
import type { PersonRef, UnderstandContext, Understanding } from './types';

/**
 * understandLegacy("snooze 3 days", ctx) -> { intent: 'snooze', person: <latest>, until }
 */
export function understandLegacy(text: string, ctx: UnderstandContext): Understanding {
  const intent = parseReply(text, { now: ctx.now, timeZone: ctx.timeZone });
  const target = 'target' in intent ? intent.target : undefined;
  const person = (): PersonRef | null => (target?.name ? refFor(target.name, ctx) : latestRef(ctx));
  switch (intent.kind) {
    case 'note':
    case 'same':
    case 'new-person': {
      if (intent.kind === 'same' && ctx.pending?.type === 'same') return { intent: 'same-person' };
      if (intent.kind === 'new-person' && ctx.pending?.type === 'same') return { intent: 'new-person' };
      const note = parseNote(text, { now: ctx.now, timeZone: ctx.timeZone, defaultCountry: ctx.defaultCountry });
      if (!note.name) return { intent: 'note-unnamed', raw: text };
      return { intent: 'note', people: [{ ...note, name: note.name, ties: [] }], raw: text };
    }
    case 'pick':
      return { intent: 'pick', choice: intent.target.index ?? 0 };
    case 'done':
      return { intent: 'done', person: person(), warmth: null, plan: null };
    case 'snooze':
      return { intent: 'snooze', person: person(), until: intent.until };
    case 'skip':
      return { intent: 'skip', person: person() };
    case 'update':
      return { intent: 'update', person: person(), warmth: intent.warmth, raw: text };
    case 'who':
      return { intent: 'who', person: refFor(intent.name, ctx) };
    case 'add-note':
      return { intent: 'add-note', person: refFor(intent.name, ctx), text: intent.text };
    case 'keep':
      return { intent: 'keep', person: intent.name ? refFor(intent.name, ctx) : latestRef(ctx) };
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
    default:
      return { intent: intent.kind };
  }
}
