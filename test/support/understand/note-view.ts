// A note read the way the note parser reads it (cleaned, tokenised, its name found), for the note extractors' tests.
import type { NoteView } from '../../../src/understand/note-details';
import { findName, type NameHit } from '../../../src/understand/note-name';
import { cleanNote, dropAbbreviationDots, tokenize } from '../../../src/understand/note-text';

export function noteView(text: string): NoteView & { hit: NameHit | null } {
  const s = dropAbbreviationDots(cleanNote(text));
  const tokens = tokenize(s);
  const hit = findName(s, tokens);
  return {
    s,
    tokens,
    hit,
    nameSpan: hit ? { start: hit.start, end: hit.end } : null,
    nameWords: new Set(hit ? hit.name.toLowerCase().split(' ') : []),
  };
}
