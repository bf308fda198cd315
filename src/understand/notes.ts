// Notes about the people the user met: one person or several in one text, each with their own details and contacts,
// the shared details copied onto each, and ties between them ("his sister Aiko").

import { MAX_PEOPLE_PER_TEXT } from '../domain/limits';
import { FIRST_NAMES } from './first-names';
import { NOT_NAME as NOT_NAME_WORDS } from './lexicon';
import { COURTESY, JOBS, MET_RELATIONS, PAIRED_BRANDS, PERSON_NOUNS } from './note-lexicon';
import { capitalizeTold } from './note-lowercase';
import { lowered, overlaps, notePersonOf, workOf } from './note-merge';
import { BULLET, CAPTURE_OPENER, contactPairs, findBulleted, findScattered, findSeveral, nameFits, namesAThing, relationName } from './note-people';
import { parseNote } from './note-person';
import { isSaidToBeAThing, isTravelPlace, travelPlaces } from './note-places';
import { saidOf } from './note-said';
import { splitNote } from './note-split';
import { isLexiconName, isPlausibleName, titleCase } from './people';
import { expandForNotes } from './read-text';
import type { Meaning, UnderstandContext } from './types';

const NAME_CUES_BEFORE =
  /\b(?:met|meet|with|w\/|named|called|name is|name's|name:|guy|girl|woman|man|dude|lady|friend|coworker|colleague|neighbor|roommate|to|into)\s*:?\s*$/i;

/**
 * note (one or several people) or note-unnamed.
 * readNote("met jake and priya at marcos bday, priya is a nurse", ctx)
 *   -> { intent: 'note', people: [{ name: 'Jake', met: 'marcos bday', ... }, { name: 'Priya', work: ['nurse'], ... }] }
 */
export function readNote(raw: string, ctx: UnderstandContext): Meaning {
  const text = capitalizeTold(withoutPairedBrands(selfCorrected(unshouted(expandForNotes(raw)))));
  const options = { now: ctx.now, timeZone: ctx.timeZone, defaultCountry: ctx.defaultCountry };
  // "Gareth 07911 123456, Ffion 07911 123612": a number (or email) for each of several people
  const paired = contactPairs(text);
  if (paired.length >= 2) return { intent: 'note', people: splitNote(text, paired.slice(0, MAX_PEOPLE_PER_TEXT), ctx, true), raw };
  // "people to follow up with:\n- Marguerite Chu, VP Risk\n- Devika Rao, founder of Ledgerly": one a line
  const bulleted = findBulleted(text);
  if (bulleted.length >= 2) {
    const leftOut = Math.max(0, bulleted.length - MAX_PEOPLE_PER_TEXT);
    const lines = text.replace(BULLET, '');
    return { intent: 'note', people: splitNote(lines, bulleted.slice(0, MAX_PEOPLE_PER_TEXT), ctx, true), raw, ...(leftOut > 0 ? { leftOut } : {}) };
  }
  // "drove through Regina and Victoria": towns a trip names are nobody the user met
  const places = travelPlaces(text);
  // "Ningbo is his colleague company": a name the note calls a thing
  const nobody = (person: { name: string }): boolean => isTravelPlace(person.name, places) || isSaidToBeAThing(person.name, text);
  const listed = findSeveral(text).filter((person) => !nobody(person));
  // "partnered with Bill against Pat and Ray": the list, and whoever is named apart from it
  const listedNames = new Set(listed.map((person) => person.name));
  const extra = listed.length >= 2 ? findScattered(text).filter((person) => !listedNames.has(person.name) && !nobody(person)) : [];
  const several = [...listed, ...extra];
  if (several.length >= 2) {
    // a longer list is a note about the first MAX_PEOPLE_PER_TEXT, and says how many it left out
    const leftOut = Math.max(0, several.length - MAX_PEOPLE_PER_TEXT);
    return { intent: 'note', people: splitNote(text, several.slice(0, MAX_PEOPLE_PER_TEXT), ctx, extra.length > 0), raw, ...(leftOut > 0 ? { leftOut } : {}) };
  }
  const scattered = several.length === 0 ? findScattered(text).filter((person) => !nobody(person)) : [];
  if (scattered.length >= 2) return { intent: 'note', people: splitNote(text, scattered.slice(0, MAX_PEOPLE_PER_TEXT), ctx, true), raw };
  let parsed = parseNote(text, options);
  if (!parsed.name) {
    // "the landlord Steve was on cracking form": a name a relation points at
    const cued = cuedName(text) ?? relationName(text) ?? appositiveName(text);
    if (cued) parsed = { ...parseNote(text.replace(new RegExp(`\\b${cued}\\b`), titleCase(cued)), options), name: titleCase(cued) };
  }
  if (!parsed.name || !isPlausibleName(parsed.name) || !lowercaseNameHolds(parsed.name, text) || isTravelPlace(parsed.name, places))
    return { intent: 'note-unnamed', raw };
  const name = parsed.name;
  const found = lowered([...parsed.interests, ...parsed.work]);
  const said = saidOf(text, name).filter((detail) => !overlaps(detail, found));
  return { intent: 'note', people: [notePersonOf(name, { ...parsed, work: workOf(parsed.work, said, []) }, [], ctx)], raw };
}

/** a brand named for two first names is theirs only as a possessive ("Ben & Jerry's"): "met Ben and Jerry" is two people */
const PAIRED_BRAND = new RegExp(
  PAIRED_BRANDS.map(([first, second]) =>
    isLexiconName(first) && isLexiconName(second)
      ? String.raw`\b${first}\s*(?:&|and|n)\s*${second}(?=['\u2019]s\b)`
      : String.raw`\b${first}\s*(?:&|and|n)\s*${second}\b`,
  ).join('|'),
  'giu',
);

/** "Ben & Jerry's" -> "Ben-and-Jerry's": a brand named for two people, one word, so no list reads two people in it. */
export function withoutPairedBrands(text: string): string {
  return text.replace(PAIRED_BRAND, (brand: string) => brand.replace(/\s*(?:&|\band\b|\bn\b)\s*/iu, '-and-'));
}

/** A text in capitals carries no capital to tell a name by: read it in lowercase ("MET ALAN AND JOYCE" -> "met alan and joyce"). */
function unshouted(text: string): string {
  const letters = text.replace(/[^\p{L}]/gu, '');
  const upper = letters.replace(/[^\p{Lu}]/gu, '').length;
  return letters.length >= 6 && upper / letters.length > 0.8 ? text.toLowerCase() : text;
}

/** "this guy Mark no wait Marc with a C": the name as put right, once, where it was said. */
function selfCorrected(text: string): string {
  if (!/\b(?:no wait|wait no|sorry|i mean|or rather|no|actually)\b/i.test(text)) return text;
  // "Mae no wait it's Mai", "Jon no sorry John with an h": the name put right, which starts as the one said did
  return text.replace(
    /\b(\p{Lu}[\p{L}\p{M}-]+),?\s+(?:(?:no wait|wait no|sorry|i mean|or rather|no|actually)[,!.]?\s+){1,3}(?:(?:it's|its|it is|it was)\s+)?(\p{Lu}[\p{L}\p{M}-]+)(?:\s+with\s+(?:a|an|one|two)\s+\p{L}{1,2}\b)?/gu,
    (whole, said: string, meant: string) => (said[0]?.toLowerCase() === meant[0]?.toLowerCase() && said !== meant ? meant : whole),
  );
}

const NAME_CUES =
  /\b(?:guy|girl|woman|man|dude|lady|gal|coworker|co-worker|colleague|friend|neighbor|neighbour|roommate|classmate|teammate|boss|named|called|name is|name:|name's|with|w\/|met|meet|into|to)\s*:?\s+(\p{Ll}[\p{L}'-]+)/gu;

/** A lowercase name after a cue: "this guy marcus", "one name: sam", "w/ carlos". */
function cuedName(text: string): string | null {
  for (const match of text.matchAll(NAME_CUES)) {
    const word = match[1] ?? '';
    if (namesAThing(text.slice(Math.max(0, match.index - 60), match.index + match[0].length - word.length))) continue;
    if (nameFits(word, true) && (isLexiconName(word) || !/^(?:into|to)$/i.test(match[0].trim().split(/\s+/)[0] ?? ''))) return word;
  }
  // "met a guy at the bus stop, jon, into vinyl": a common first name set off by a comma in a capture
  if (CAPTURE_OPENER.test(text)) {
    for (const match of text.matchAll(/[,:]\s*(\p{Ll}[\p{L}'-]+)\s*(?=[,.;:!]|$)/gu)) if (isLexiconName(match[1] ?? '')) return match[1] ?? null;
  }
  return null;
}

/** "mark the new night charge nurse on 4 west": a first name, then who they are ("the", a few words, a role). */
function appositiveName(text: string): string | null {
  const match = /^\W*(\p{L}[\p{L}\p{M}'-]*),?\s+(?:the|a|an|our|my|your)\s+((?:[\p{L}-]+\s+){0,3}[\p{L}-]+)(?=[\s,.;:!]|$)/u.exec(text);
  const name = match?.[1] ?? '';
  const role = (match?.[2] ?? '').toLowerCase().split(/\s+/);
  if (!name || !FIRST_NAMES.has(name.toLowerCase()) || NOT_NAME_WORDS.has(name.toLowerCase())) return null;
  // "the new porter": someone's new role, whatever the role's word
  return role.some((word) => JOBS.has(word) || ROLE_NOUNS.has(word)) || (role[0] === 'new' && role.length >= 2) ? name : null;
}
const ROLE_NOUNS = new Set([...PERSON_NOUNS, ...MET_RELATIONS, 'nurse', 'doctor', 'manager', 'coach', 'teacher', 'owner', 'director', 'founder']);

/** A lowercase name no cue points at must be a common first name or be followed like one ("block this number" is not). */
function lowercaseNameHolds(name: string, text: string): boolean {
  const first = name.split(' ')[0] ?? '';
  const written = new RegExp(`(?<![\\p{L}])${first}(?![\\p{L}])`, 'iu').exec(text);
  // "mrs patel": a courtesy title says a surname follows
  if (COURTESY.has(first.toLowerCase())) return true;
  if (!written || /^\p{Lu}/u.test(written[0]) || isLexiconName(first) || appositiveName(text)?.toLowerCase() === first.toLowerCase()) return true;
  const before = text.slice(Math.max(0, written.index - 40), written.index);
  const after = text.slice(written.index + written[0].length);
  return NAME_CUES_BEFORE.test(before) || /^\s*(?:[,:(-]|from\b|at\b|@|w\/|with\b|who\b|is\b|was\b|works\b|does\b|\d)/i.test(after);
}
