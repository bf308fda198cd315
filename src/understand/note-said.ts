// What a note says of its person in clauses of its own: "she's a hair stylist", "looks like Timothée Chalamet",
// "Omari who just left Google ...", "Mrs Kowalski was on the cake stall and told me ...", in the user's words.

import { titleCaseWord } from './note-text';

/**
 * The details the clauses about `name` give: clauses opened by "she"/"he"/"they", by a lookalike, or by the name and a
 * verb, and the relative clause right after the name.
 * saidOf("met Omari who just left Google, he's into chess", "Omari") -> ["left Google", "into chess"]
 */
export function saidOf(text: string, name: string): string[] {
  const nameWords = new Set(name.toLowerCase().split(' '));
  const said = text
    .split(/[;!?\n]+|\.+(?=\s|$)|,\s*|\s+-\s+|\s*\p{Extended_Pictographic}(?:\p{Extended_Pictographic}|\u200d|\ufe0f|\s)*/u)
    // "she's a nurse", and what someone is like with no one said: "looks like Timothée Chalamet", "reminds me of my uncle"
    .filter(
      (clause) =>
        /^\s*(?:(?:she|he|they)(?:'s|s|'re|re| is| are)?\s|(?:(?:she|he|they)\s+)?(?:looks?(?: just| exactly)? like|reminds me of|dead ringer for|spitting image of)\s)/i.test(
          clause,
        ) || opensWith(clause, name),
    )
    .flatMap((clause) => clauseDetails(clause, nameWords));
  // "met Omari who just left Google to start a dev tools co": what the clause after the name says of them
  const relative = relativeAfter(text, name);
  const more = relative ? clauseDetail(relative, new Set()) : null;
  return more && !said.includes(more) ? [...said, more] : said;
}

/** "Mrs Okafor was on the tombola ...": a clause the person's name opens, then a verb that says something of them. */
function opensWith(clause: string, name: string): boolean {
  const words = name.split(/\s+/).map(escaped).join(String.raw`\s+`);
  return new RegExp(
    String.raw`^\s*(?:(?:and|also|then|oh|btw)\s+)?${words}\s+(?:is|was|has|had|does|did|runs|works|told|said|says|just|used to|loves|plays|teaches)\s`,
    'iu',
  ).test(clause);
}

export const escaped = (word: string): string => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The relative clause right after a name, to the clause's end or a new subject: "Omari who just left Google, ..." ->
 * "who just left Google"; "minji who is a vet tech and he is a pilot" -> "who is a vet tech".
 */
export function relativeAfter(text: string, name: string): string | null {
  const words = name.split(/\s+/).map(escaped).join(String.raw`\s+`);
  const match = new RegExp(
    String.raw`(?<![\p{L}])${words}(?:\s*\([^()]*\))?,?\s+((?:who|whos|who's|that)\s+(?:(?!\s(?:and|but)\s+(?:he|she|they|we|i)\b)[^,.;!?()\n])+)`,
    'iu',
  ).exec(text);
  return match?.[1]?.trim() ?? null;
}

const CLAUSE_LEAD =
  /^(?:(?:and|also|plus|but|so|both|they|theyre|they're|we|she|he|shes|she's|hes|he's|is|are|was|were|does|do|did|just|has|have|had|a|an|the|in|really|super|one|man|guy|lady|woman|who|whos|who's|that)\s+)+/i;

/** What a short clause says about its person, in their words: "Kenji does ML at a bank" -> "ML at a bank". */
/**
 * A clause's details: the clause as one, or a long one cut at "and"/"but" into the parts that fit:
 * "Mrs Kowalski was on the cake stall as usual and told me her daughter is expecting twins" -> two details.
 */
export function clauseDetails(clause: string, names: ReadonlySet<string>): string[] {
  const whole = clauseDetail(clause, names);
  if (whole !== null || clause.length <= 50 || /^\s*(?:met|meet|i|i'm|im|we|we're)\b/i.test(clause)) return whole === null ? [] : [whole];
  return clause
    .split(/\s+(?:and|but|and then|then)\s+/i)
    .map((part) => clauseDetail(part.replace(/^(?:(?:she|he|they)\s+)?(?:told me|said|says|mentioned|let slip)(?:\s+that)?\s+/i, ''), names))
    .filter((detail): detail is string => detail !== null);
}

export function clauseDetail(clause: string, names: ReadonlySet<string>): string | null {
  const words = clause
    // "got a pug (pet-waffles)": the pet by its name
    .replace(/\(pet-([\p{L}\p{M}-]+)\)?/gu, (_tag, pet: string) => pet.split('-').map(titleCaseWord).join(' '))
    .split(/\s+/)
    .filter((word) => !names.has(word.toLowerCase().replace(/'s$/, '')));
  const rest = `${words
    .join(' ')
    // "At the BNI breakfast I met Sunita": the meeting is no detail of hers
    .replace(/^.*\b(?:met|meet|talked (?:to|with)|spoke (?:to|with)|chatted (?:to|with)|(?:introduced|intro'd|connected) (?:me|us) (?:to|with))\b\s*/i, '')
    .replace(/[^\p{L}\p{N}]+$/u, '')
    .replace(/(?:\s+(?:lol|lmao|haha+|hehe|tbh|ngl|fr|omg))+$/i, '')} `
    .replace(CLAUSE_LEAD, '')
    .trim();
  // "anyway I'm exhausted": the user's own, no one's detail
  if (
    /^\s*(?:met|meet|i|i'm|im|we|we're)\b/i.test(clause) ||
    rest.length < 2 ||
    rest.length > 50 ||
    !/\p{L}{2}/u.test(rest) ||
    /\d{3}/.test(rest) ||
    /@/.test(rest) ||
    // "a girl named jas", the name gone: only how they were named
    /^(?:(?:a|an|one|this|that|the)\s+)?(?:\p{L}+\s+)?(?:named|called)$/iu.test(rest)
  )
    return null;
  return rest;
}
