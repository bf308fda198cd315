// The reading Kindling did before this layer (parseReply, then parseNote for notes), as an Meaning, so the
// table can score before and after on the same texts. parseReply's intents become an Understanding as the command
// reader turns them (commands.ts), with a bare reply about the latest person.

import { parseNote } from '../../../src/understand/note-person';
import { parseReply } from '../../../src/understand/reply';
import { fromReply } from '../../../src/understand/commands';
import { latestRef } from '../../../src/understand/people';
import type { UnderstandContext, Meaning } from '../../../src/understand/types';

/**
 * understandLegacy("snooze 3 days", ctx) -> { intent: 'snooze', person: <latest>, until }
 */
export function understandLegacy(text: string, ctx: UnderstandContext): Meaning {
  const intent = parseReply(text, { now: ctx.now, timeZone: ctx.timeZone });
  const answersSame = ctx.pending?.type === 'same' || (intent.kind !== 'same' && intent.kind !== 'new-person');
  const read = answersSame ? fromReply(intent, text, ctx, () => latestRef(ctx)) : null;
  if (read) return read;
  const note = parseNote(text, { now: ctx.now, timeZone: ctx.timeZone, defaultCountry: ctx.defaultCountry });
  if (!note.name) return { intent: 'note-unnamed', raw: text };
  return { intent: 'note', people: [{ ...note, name: note.name, ties: [] }], raw: text };
}
