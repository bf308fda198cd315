// Wording variety across a user's texts: the phrases of Kindling's recent texts, and how many of them a new text repeats.
// Pure. A phrase is 4 words in a row (lowercase, punctuation dropped); the reply vocabulary (DONE 1, SNOOZE, KEEP) is
// the same on purpose and never counts.

const PHRASE_WORDS = 4;
const REPLY_WORDS = /^(reply|done|snooze|skip|keep|or|\d+)$/;

function wordsIn(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}' ]+/gu, ' ')
    .split(/\s+/)
    .filter((word) => word.length > 0)
    .map((word) => (word === 'an' ? 'a' : word));
}

function phrases(text: string): string[] {
  const all = wordsIn(text);
  const found: string[] = [];
  for (let i = 0; i + PHRASE_WORDS <= all.length; i++) {
    const run = all.slice(i, i + PHRASE_WORDS);
    if (run.filter((word) => REPLY_WORDS.test(word)).length >= 2) continue;
    found.push(run.join(' '));
  }
  return found;
}

/**
 * Every phrase of the given texts.
 * @example wornPhrases(['Hey Ada, I\'m thinking a coffee this week. You in?']).has('this week you in') // true
 */
export function wornPhrases(texts: readonly string[]): Set<string> {
  return new Set(texts.flatMap(phrases));
}

/** The drafts a text quotes, the words the user sends on. */
function draftsIn(text: string): string[] {
  return [...text.matchAll(/"([^"]+)"/g)].map((match) => match[1] ?? '');
}

/** How much a repeat inside a draft (the words the user sends on) weighs against one in Kindling's lead or hint. */
const DRAFT_WEIGHT = 3;

/**
 * How much of `text` is already worn: its repeated phrases, a phrase inside a quoted draft counting DRAFT_WEIGHT.
 * @example repeats('Hey Zoe, up for a walk this week. You in?', wornPhrases(['Hi Ada, a coffee this week. You in?'])) // 1
 */
export function repeats(text: string, worn: ReadonlySet<string>): number {
  const drafts = draftsIn(text);
  const outside = text.replace(/"[^"]*"/g, ' | ');
  const count = (part: string) => phrases(part).filter((phrase) => worn.has(phrase)).length;
  return count(outside) + DRAFT_WEIGHT * drafts.reduce((sum, draft) => sum + count(draft), 0);
}

/**
 * How many phrases one text says twice in its drafts (two people in a list both told "Fun meeting you, ..."): a friend
 * would not write the same line to two people in one breath. Names differ, so a phrase here is 3 words.
 * @example repeatsWithin('1) Sarah: "Fun meeting you, Sarah!" 2) Zoe: "Fun meeting you, Zoe!"') // 1
 */
export function repeatsWithin(text: string): number {
  const drafts = draftsIn(text);
  const seen = new Set<string>();
  let twice = 0;
  for (const draft of drafts) {
    const words = wordsIn(draft);
    const runs = new Set(words.slice(0, -2).map((_, i) => words.slice(i, i + 3).join(' ')));
    for (const run of runs) {
      if (seen.has(run)) twice += 1;
      seen.add(run);
    }
  }
  return twice;
}
