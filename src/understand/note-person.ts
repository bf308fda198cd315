// The note parser: one free-text note about someone just met -> their name, where you met, interests, work, contacts, events. Pure; never throws.

import { extractContacts } from './note-contacts';
import { extractInterests } from './note-details';
import { extractWork } from './note-work';
import type { NoteView } from './note-details';
import { extractEvents } from './note-events';
import { findMet } from './note-met';
import { findName } from './note-name';
import { saidOf } from './note-said';
import { COMMON, NAME_PARTICLES, NOT_NAME, PHRASE_STOPS, TITLES } from './note-lexicon';
import { cleanNote, dropAbbreviationDots, titleCaseWord, tokenize } from './note-text';
import type { ParsedNote, ParseNoteOptions } from '../domain/types';

/**
 * Reads one note about a person.
 * "Met Sarah at the climbing gym, into bouldering, runs a pottery studio, 917-555-0199"
 *   -> { name: 'Sarah', met: 'climbing gym', interests: ['bouldering', ...], work: ['pottery studio'],
 *        contacts: { phone: '+19175550199' }, events: [], raw }
 */
export function parseNote(text: string, options: ParseNoteOptions): ParsedNote {
  const raw = typeof text === 'string' ? text : String(text ?? '');
  const key = `${options?.now}\u0000${options?.timeZone}\u0000${options?.defaultCountry}\u0000${raw}`;
  const known = recentNotes.get(key);
  if (known) return copyOf(known);
  let read: ParsedNote;
  try {
    read = readOnePerson(raw, options);
  } catch {
    read = { name: null, met: null, interests: [], work: [], contacts: {}, events: [], raw };
  }
  if (recentNotes.size >= MAX_RECENT_NOTES) recentNotes.delete(recentNotes.keys().next().value ?? '');
  recentNotes.set(key, read);
  return copyOf(read);
}

/** The last few notes read: one text is read as a note by understand and again by decide, and a long one costs. */
const recentNotes = new Map<string, ParsedNote>();
const MAX_RECENT_NOTES = 8;

/** A copy the caller may change without changing the remembered note. */
function copyOf(note: ParsedNote): ParsedNote {
  const contacts = { ...note.contacts, ...(note.contacts.handles ? { handles: [...note.contacts.handles] } : {}) };
  return { ...note, interests: [...note.interests], work: [...note.work], contacts, events: note.events.map((event) => ({ ...event })) };
}

function readOnePerson(raw: string, options: ParseNoteOptions): ParsedNote {
  const { contacts, rest } = extractContacts(cleanNote(raw), options?.defaultCountry);
  const shouted = rest.replace(/[^\p{L}]/gu, '');
  const upper = shouted.replace(/[^\p{Lu}]/gu, '').length;
  // An all-caps note carries no capital letters to go by: read it as lowercase.
  const s = dropAbbreviationDots(shouted.length >= 6 && upper / shouted.length > 0.8 ? rest.toLowerCase() : rest);
  const tokens = tokenize(s);
  const hit = findName(s, tokens);
  const view: NoteView = {
    s,
    tokens,
    nameSpan: hit ? { start: hit.start, end: hit.end } : null,
    nameWords: new Set(hit ? hit.name.toLowerCase().split(' ') : []),
  };
  const timeZone = typeof options?.timeZone === 'string' && options.timeZone ? options.timeZone : 'UTC';
  const starred = s.includes('(star-');
  const interests = extractInterests(view);
  const work = withSaid(extractWork(view), interests, hit ? saidOf(s, hit.name) : []);
  return {
    name: hit?.name ?? null,
    met: findMet(s, tokens, hit),
    interests: starred ? unstar(interests) : interests,
    work: starred ? unstar(work) : work,
    contacts,
    events: extractEvents(s, Number(options?.now), timeZone, view.nameWords).map((e) => (hit ? { ...e, what: withoutName(e.what, hit.name) } : e)),
    raw,
  };
}

/** The most work details one note gives: as many as a saved person keeps (capture.ts mergeNote). */
const MAX_WORK_PER_NOTE = 6;

/** The work found, then what the clauses about the person say that no detail found already says ("hair stylist and she does uñas"). */
function withSaid(work: string[], interests: readonly string[], said: readonly string[]): string[] {
  const found = [...work, ...interests].map((item) => item.toLowerCase());
  const out = [...work];
  for (const detail of said) {
    const lower = detail.toLowerCase();
    if (out.length >= MAX_WORK_PER_NOTE) break;
    if (found.some((other) => other.includes(lower) || (lower.includes(other) && lower.length <= other.length + 12))) continue;
    found.push(lower);
    out.push(detail);
  }
  return out;
}

/** A famous name the gloss tagged ("the star (star-taylor-swift)") as written again in a detail: "Taylor Swift". */
export function unstar(details: string[]): string[] {
  return details
    .filter((detail) => detail !== 'star')
    .map((detail) =>
      detail.replace(/(?:the star )?\(star-([\p{L}\p{M}-]+)\)?/gu, (_m, name: string) =>
        name
          .split('-')
          .map((word) => titleCaseWord(word))
          .join(' '),
      ),
    );
}

/** "lunch with Sarah Kim" -> "lunch" */
function withoutName(what: string, name: string): string {
  if (!what.includes(name)) return what;
  const rest = what
    .replace(name, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^(?:'s|with|w\/|and|&)\s+/i, '')
    .replace(/\s+(?:with|w\/|and|&|for)$/i, '')
    .trim();
  return /\p{L}{2}/u.test(rest) ? rest : what;
}

// ---------------------------------------------------------------- answers and keys

const ANSWER_FILLER = /^(?:oh|um+|uh+|hmm+|ah|so|well|yeah|yes|yep|ya|ok|okay|lol|sorry|oops|right)\b[\s,.!-]*/i;
const ANSWER_LEAD =
  /^(?:i think|i believe|pretty sure|probably|prob|maybe|it was|it's|its|it is|that was|that's|thats|that is|this is|she's|he's|they're|she is|he is|they are|she was|he was|(?:her|his|their|the)? ?name(?:'s| is| was|:)?|named|called|goes by)(?=[\s,:-]|$)[\s,:-]*/i;
const NOT_AN_ANSWER =
  /^(?:i\s+)?(?:don'?t|dont|do not|didn'?t|did not|no|not|idk|dunno|forgot|forget|unknown|none|nobody|no idea|not sure|can'?t remember|never ?mind|nvm|skip|cancel|stop|help|done|later|snooze|list|undo)\b/i;
const ANSWER_STOPS = new Set([...NOT_NAME, ...PHRASE_STOPS, 'from', 'at', 'and', 'lol', 'haha', 'i', 'think', 'maybe']);

/**
 * The name in an answer to "Who was that?"; null when there is none.
 * "her name is Maya Ortiz" -> "Maya Ortiz", "it was jake" -> "Jake", "no idea" -> null
 */
export function parseNameAnswer(text: string): string | null {
  try {
    if (typeof text !== 'string') return null;
    let s = dropAbbreviationDots(cleanNote(text)).trim();
    for (let n = 0; n < 6; n++) {
      const before = s;
      s = s
        .replace(/^[\s"'.,!?:;-]+/, '')
        .replace(ANSWER_FILLER, '')
        .replace(ANSWER_LEAD, '');
      if (s === before) break;
    }
    if (!s || NOT_AN_ANSWER.test(s)) return null;
    const tokens = tokenize(s);
    let i = 0;
    while (TITLES.has(tokens[i]?.lower ?? '') && tokens[i + 1]?.kind === 'word') i++;
    const words: string[] = [];
    for (; i < tokens.length && words.length < 4; i++) {
      const t = tokens[i];
      if (!t || t.kind !== 'word' || !/^[\p{L}\p{M}][\p{L}\p{M}'-]*$/u.test(t.text)) break;
      if (words.length > 0 && NAME_PARTICLES.has(t.text) && tokens[i + 1]?.kind === 'word') {
        words.push(t.text);
        continue;
      }
      if (ANSWER_STOPS.has(t.lower) || (words.length === 0 && COMMON.has(t.lower))) break;
      words.push(titleCaseWord(t.text));
    }
    while (words.length > 0 && NAME_PARTICLES.has(words[words.length - 1] ?? '')) words.pop();
    const name = words.join(' ');
    return name && name.length <= 40 ? name : null;
  } catch {
    return null;
  }
}

const FOLD: Record<string, string> = { ø: 'o', æ: 'ae', œ: 'oe', ß: 'ss', ł: 'l', đ: 'd', ð: 'd', þ: 'th', ı: 'i', ħ: 'h' };

/** The key two spellings of one name share: "José Núñez" -> "jose nunez", "O'Brien" -> "obrien". */
export function nameKey(name: string): string {
  try {
    if (typeof name !== 'string') return '';
    return name
      .normalize('NFKD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .replace(/[øæœßłđðþıħ]/g, (c) => FOLD[c] ?? c)
      .replace(/['’`]/g, '')
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim();
  } catch {
    return '';
  }
}
