// "jess and jessica are the same person lol keep her as jess", "merge tom and tommy": two saved people who are one.
// The record kept is the one whose name the text keeps ("keep her as jess", "call him tom"), else the one saved first.

import { savedMentions } from './people';
import type { TextView } from './read-text';
import type { Meaning, UnderstandContext } from './types';

/** Words that say two saved people are one. */
const SAME =
  /\b(?:(?:are|r|is|s) (?:the )?same (?:person|guy|girl|one|dude|lady|human|people)|same (?:person|guy|girl)|one and the same|(?:are|r) (?:one|1) person|(?:is|s) the same (?:person |guy |girl )?as|merge|combine|duplicates?|saved (?:her|him|them) twice|double saved)\b/;
/** The name the text keeps: "keep her as jess", "call him tom", "go with jess", "use jess". */
const KEEP = /\b(?:keep (?:her|him|them|it)(?: as)?|keep|call (?:her|him|them)|go with|use|save (?:her|him|them) as|(?:her|his|their) name is)\s+(\p{L}+)/u;

/**
 * The merge two saved people named in a text call one, or null.
 * readMerge(readText("jess and jessica are the same person lol keep her as jess"), ctx)
 *   -> { intent: 'merge-people', keep: Jess, drop: Jessica }
 */
export function readMerge(view: TextView, ctx: UnderstandContext): Meaning | null {
  if (view.keys.length > 20 || !SAME.test(view.key)) return null;
  const mentions = savedMentions(view.keys, ctx).filter((mention) => mention.ref.id !== undefined);
  const ids = [...new Set(mentions.map((mention) => mention.ref.id))];
  const [first, second] = mentions.filter((mention, index) => mentions.findIndex((other) => other.ref.id === mention.ref.id) === index);
  if (ids.length !== 2 || !first || !second) return null;
  const kept = KEEP.exec(view.key)?.[1];
  const keptMention = mentions.find((mention) => view.keys[mention.at] === kept);
  const older = (first.ref.id ?? 0) < (second.ref.id ?? 0) ? first : second;
  const keep = keptMention ?? older;
  const drop = keep.ref.id === first.ref.id ? second : first;
  return { intent: 'merge-people', keep: keep.ref, drop: drop.ref };
}
