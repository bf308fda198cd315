// Natural references to what the user noted: "the pottery studio", "your work at Google", "at your gym", "through Priya".

import { isReturningPlace } from '../playbook/met-place';

const NOUNS_IN_ING =
  /^(wedding|opening|reading|screening|meeting|building|painting|recording|tasting|training|offering|hearing|gathering|housewarming|christening|evening|morning|spring|string|thing|something|king|ring|swing|boxing|clothing|landing|ceiling|bling)$/i;
const ROLE =
  /^(\w+\s)?(pm|cto|ceo|vp|nurse|doctor|dentist|teacher|engineer|designer|manager|founder|lawyer|chef|coach|consultant|analyst|scientist|architect|artist|writer|student|developer|illustrator|cardiologist|barista|photographer|therapist|professor|researcher|accountant|editor|producer|realtor|pilot|paramedic|firefighter|musician|baker|librarian|\w+(er|or|ist|ian))s?$/i;
/** Places said without an article: "at yoga", "at church", "at work". */
const BARE_PLACE =
  /^(yoga|pilates|church|school|work|college|uni|university|practice|rehearsal|choir|mass|brunch|dinner|lunch|breakfast|karaoke|trivia|bouldering|climbing|crossfit|spin|spin class|salsa|tango|book club|run club|improv|jury duty)$/i;
const PROJECT =
  /marathon|race\b|studio|startup|company|business|project|app\b|launch|book\b|novel|album|record|podcast|shop|store|thesis|phd|renovation|training|garden|band|show|exhibit|collection|newsletter|channel|restaurant|bakery|cafe|brand|course|practice|job|role|program/i;

/**
 * How a draft written to the person says their own thing.
 * @example toYou('her show') // 'your show'
 */
export function toYou(text: string): string {
  return text.replace(/^(her|his|their)\b/i, 'your');
}

/**
 * A noun with an article, unless it has one or starts with a capital or a digit.
 * @example withThe('pottery studio') // 'the pottery studio'
 * @example withThe('Demo Day') // 'Demo Day'
 */
export function withThe(text: string): string {
  if (/^(the|a|an|my|your|our|his|her|their|this|that|some)\b/i.test(text) || /^[^a-z]/.test(text)) return text;
  return `the ${text}`;
}

/**
 * Whether it starts with a verb in -ing, so it reads as something they are doing.
 * @example isDoing('moving to Denver') // true
 * @example isDoing('wedding in May') // false
 */
export function isDoing(text: string): boolean {
  const word = text.trim().split(/\s+/)[0] ?? '';
  return /^[a-z]+ing$/i.test(word) && !NOUNS_IN_ING.test(word);
}

/**
 * How a draft to the person refers to a noted item; `project` when "How's ... going?" fits it; null when it cannot.
 * @example draftRef('pottery studio', false) // { ref: 'the pottery studio', project: true }
 * @example draftRef('PM at Google', true) // { ref: 'your work at Google', project: false }
 * @example draftRef('opened a pottery studio', true) // { ref: 'your pottery studio', project: true } (theirs: "your")
 * @example draftRef('closed his round', false) // null (a verb phrase no draft can ask about as is)
 */
export function draftRef(item: string, fromWork: boolean): { ref: string; project: boolean } | null {
  if (!readsAsNounPhrase(item)) return null;
  const owned = ownedThing(item);
  if (owned) return { ref: `your ${owned.replace(/^(a|an|the|her|his|their)\s+/i, '')}`, project: true };
  if (isVerbPhrase(item)) return null;
  const text = toYou(item.trim());
  if (isDoing(text)) return { ref: text, project: true };
  if (PROJECT.test(text)) return { ref: withThe(text), project: true };
  if (!fromWork) return { ref: text, project: false };
  const employer = /\bat\s+([A-Z].*)$/.exec(text);
  if (employer) return { ref: `your work at ${employer[1]}`, project: false };
  if (ROLE.test(text)) return { ref: `your work as ${/^([aeio]|u(?!x|ni|s[aeiou]))/i.test(text) ? 'an' : 'a'} ${text}`, project: false };
  if (text.split(/\s+/).every((word) => /^[A-Z0-9]/.test(word))) return { ref: `your work at ${text}`, project: false };
  // "product at a bank": the field, without the vague employer
  const field = /^([a-z]+(?: [a-z]+)?) at (?:a|an) [a-z]+$/i.exec(text);
  if (field?.[1]) return { ref: `your work in ${field[1]}`, project: false };
  // "your work in fintech" reads; "your work in product at a bank" or "in lil leage coach" does not
  return text.split(/\s+/).length <= 2 && !/\b(at|for|with|in|on|of|a|an|the)\b/i.test(text) ? { ref: `your work in ${text}`, project: false } : null;
}

/** Words a noun phrase from a note does not start with: the user's own words ("done", "I", "we"), chatter, verbs in -s. */
const NOT_A_NOUN_START = /^(done|i|im|i'm|we|ok|okay|yes|no|lol|haha|sent|texted|said|told|and|but|so|then|also|too|very|really|which|who|that)$/i;

/**
 * The detail-quality gate: whether a noted item reads as a noun phrase a draft can cite as is ("pottery studio",
 * "trail running", "her first solo show"), not a raw fragment ("the sharpens for restaurants", "Done I confirmed 8am tee
 * time", "roommate of") or an empty one.
 * @example readsAsNounPhrase('pottery studio') // true
 * @example readsAsNounPhrase('sharpens for restaurants') // false
 */
export function readsAsNounPhrase(item: string): boolean {
  const words = item
    .trim()
    .split(/\s+/)
    .filter((word) => word.length > 0);
  const [first = '', second = ''] = words;
  if (words.length === 0) return false;
  if (NOT_A_NOUN_START.test(first.replace(/[^\p{L}']/gu, ''))) return false;
  // a verb in -s right before a preposition ("sharpens for restaurants", "works at a bank")
  if (/^[a-z]{3,}s$/i.test(first) && !/ss$/i.test(first) && /^(for|at|to|with|on|in|from|around)$/i.test(second)) return false;
  // ends on a word that needs more after it ("roommate of", "moving to")
  if (/^(of|to|for|at|with|and|or|the|a|an|my|your|in|on)$/i.test(words.at(-1) ?? '')) return false;
  // a clock time or "I" inside is the user's own sentence, not a detail of theirs
  return !/\b\d{1,2}(:\d\d)?\s?(am|pm)\b|\bI\b/i.test(item);
}

/** Time words a note may carry after the place: "tonite", "this morning", "last night", "earlier today". */
const TIME_WORDS = /[\s,]+(?:(?:earlier\s+)?(?:tonight|tonite|today|this (?:morning|afternoon|evening)|last night|yesterday|earlier|just now))\s*[.!]*$/i;

/** Where they met, in each form a text needs. */
export interface Place {
  /** for Kindling's lines: "at the climbing gym", "through Priya" */
  at: string;
  /** for drafts to the person: "at your gym" */
  atYou: string;
  /** "the climbing gym", for "heading to ..."; null when met is not a place ("through Priya") */
  to: string | null;
  /** "Priya" when they met through someone */
  via: string | null;
  /** a place the user goes back to (gym, cafe, class...), so they may cross paths again */
  regular: boolean;
  /** as noted, minus a leading "at": "climbing gym" */
  label: string;
}

/**
 * Where they met, as noted, in the forms a text needs.
 * @example placeOf('climbing gym') // { at: 'at the climbing gym', atYou: 'at the climbing gym', to: 'the climbing gym', via: null, regular: true, label: 'climbing gym' }
 * @example placeOf('through Priya').via // 'Priya'
 */
export function placeOf(noted: string): Place {
  // a time word from the note ("at the climbing gym tonite") is not part of the place: the text is read later
  const met = noted.replace(TIME_WORDS, '').trim() || noted.trim();
  const label = met
    .trim()
    .replace(/^met\s+/i, '')
    .replace(/^(at|in|on)\s+/i, '');
  const via = /^(?:met\s+)?(?:through|via|thanks to)\s+(.+)$/i.exec(met.trim());
  if (via) return { at: met.trim().replace(/^met\s+/i, ''), atYou: met.trim().replace(/^met\s+/i, ''), to: null, via: via[1] ?? null, regular: false, label };
  const regular = isReturningPlace(met);
  const prepositional = /^(?:met\s+)?(at|in|on|during|over|from)\s+(.+)$/i.exec(met.trim());
  if (prepositional) {
    const [, preposition = 'at', rest = ''] = prepositional;
    const placeLike = /^(at|in)$/i.test(preposition);
    return { at: `${preposition} ${rest}`, atYou: `${preposition} ${toYou(rest)}`, to: placeLike ? withThe(rest) : null, via: null, regular, label };
  }
  const noun = BARE_PLACE.test(label) ? label : withThe(label);
  return { at: `at ${noun}`, atYou: `at ${toYou(noun)}`, to: noun, via: null, regular, label };
}

/** Past tenses that do not end in -ed, as the -ing form a draft uses. */
const IRREGULAR_DOING: Record<string, string> = {
  got: 'getting',
  won: 'winning',
  sold: 'selling',
  bought: 'buying',
  made: 'making',
  ran: 'running',
  became: 'becoming',
  hit: 'hitting',
  began: 'beginning',
  took: 'taking',
  found: 'finding',
  built: 'building',
  wrote: 'writing',
  quit: 'quitting',
};
/** Verbs that say the thing is theirs: "runs a pottery studio", "opened a bakery", "owns a bar". */
const OWNING =
  /^(?:just\s+|recently\s+|finally\s+)?(runs?|running|owns?|owning|opened|opens|started|starts|founded|founds|has|had|launched|built|co-?founded)\s+(?:a|an|the|her|his|their)?\s*(.+)$/i;

/**
 * Whether a noted item is a verb phrase (a thing they did or do) rather than a noun.
 * @example isVerbPhrase('opened a pottery studio') // true
 * @example isVerbPhrase('pottery studio') // false
 */
export function isVerbPhrase(text: string): boolean {
  const word = (
    text
      .trim()
      .replace(/^(just|recently|finally)\s+/i, '')
      .split(/\s+/)[0] ?? ''
  ).toLowerCase();
  return word in IRREGULAR_DOING || /^[a-z]{3,}ed$/.test(word) || OWNING.test(text.trim()) || /^(is|was|got|has|had)$/.test(word);
}

/**
 * What a verb phrase says is theirs, for "your ...": "opened a pottery studio" -> "pottery studio"; null otherwise.
 * @example ownedThing('runs a pottery studio') // 'pottery studio'
 */
export function ownedThing(text: string): string | null {
  const match = OWNING.exec(text.trim());
  return match?.[2] ? match[2].trim() : null;
}

/**
 * Something they did, as "Congrats on ..." says it to them: "closed his round" -> "closing your round"; a noun phrase
 * gets an article ("the new job"). Leading "just" / "finally" go.
 * @example asDoing('closed his round') // 'closing your round'
 * @example asDoing('got the job') // 'getting the job'
 * @example asDoing('new job') // 'the new job'
 */
export function asDoing(text: string): string {
  const words = text
    .trim()
    .replace(/^(just|recently|finally)\s+/i, '')
    .replace(/[.!?]+$/, '')
    .split(/\s+/);
  const [first = '', ...rest] = words;
  const lower = first.toLowerCase();
  const yours = rest.join(' ').replace(/\b(his|her|their)\b/gi, 'your');
  let doing: string | null = IRREGULAR_DOING[lower] ?? null;
  if (!doing && /^[a-z]{3,}ied$/.test(lower)) doing = `${lower.slice(0, -3)}ying`;
  else if (!doing && /^[a-z]{3,}ed$/.test(lower)) doing = `${lower.slice(0, -2)}ing`;
  if (doing) return yours ? `${doing} ${yours}` : doing;
  return toYou(withThe(words.join(' ')));
}
