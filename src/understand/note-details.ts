// Interests and work/projects in a note: short phrases found by cue words, job titles and a hobby list.

import { DEPARTMENTS, EDGE_TRIM, FAN_ADJECTIVES, HOBBIES, INTEREST_ALIASES, JOBS, MONTHS, PHRASE_STOPS, WEEKDAYS } from './note-lexicon';
import { capPhrase, takePhrase, tokenAt } from './note-text';
import type { Phrase, Token } from './note-text';

export const MAX_INTERESTS = 6;
export const MAX_WORK = 4;

/** The note as the extractors read it. */
export interface NoteView {
  s: string;
  tokens: Token[];
  /** where the person's name sits, so it is not read as a job or an interest */
  nameSpan: { start: number; end: number } | null;
  /** the name's words, lowercase, skipped at the start of a clause ("Ana is a vet") */
  nameWords: ReadonlySet<string>;
}

const union = (...sets: ReadonlyArray<Iterable<string>>): ReadonlySet<string> => {
  const out = new Set<string>();
  for (const set of sets) for (const w of set) out.add(w);
  return out;
};

const DATE_WORDS = union(WEEKDAYS, MONTHS, [
  'tomorrow',
  'tonight',
  'today',
  'next',
  'this',
  'weekends',
  'weekend',
  'spring',
  'summer',
  'fall',
  'autumn',
  'winter',
  'soon',
]);
const ITEM_STOPS = union(
  PHRASE_STOPS,
  DATE_WORDS,
  `in at on with w/ for from every since because but when while who which that like especially esp
  mostly lately recently these days downtown together sometime`.split(/\s+/),
);
const WORK_STOPS = union(PHRASE_STOPS, DATE_WORDS, ['w/', 'with', 'every', 'since', 'because', 'but', 'downtown', 'lately', 'remote', 'remotely']);
const ITEM_LEAD = new Set(
  `the a an some lots of all kinds sorts anything everything his her their really super very to doing
  good great old new especially esp mostly just also playing my our your`.split(/\s+/),
);
const NOT_INTEREST = new Set(
  `it that this her him them me you stuff things everything anything people talking it all idea
  one ones same kind sort lot lots much more time day night way bit`.split(/\s+/),
);
const AFTER_INTO =
  /\b(?:moved|moving|move|ran|run|running|bumped|bumping|get|getting|got|gets|went|go|going|walked|walking|turned|looked|look|looking|broke|came|coming|fell|crashed|tapped|checked|invited|back|dive|diving|dig|digging)\s+$/i;

/**
 * Interests: what they are into, love, play, nerd out about, plus known hobbies named anywhere.
 * "into sourdough + board games, huge Longhorns fan" -> ['sourdough', 'board games', 'Longhorns']
 */
export function extractInterests(view: NoteView): string[] {
  const { s, tokens } = view;
  const found: Phrase[] = [];
  const add = (p: Phrase | null): void => {
    if (p && isInterest(p.text)) found.push({ ...p, text: capPhrase(p.text) });
  };

  for (const m of s.matchAll(
    /\b(?:talked|talking|chatted|chatting|chat|convo|conversation|bonded|nerded out|geeked out|spoke|speaking)\b[^,.;!?()\n]{0,40}?\b(?:about|over|re)\s+/gi,
  )) {
    for (const p of takeList(s, tokens, tokenAt(tokens, m.index + m[0].length))) add(p);
  }
  for (const m of s.matchAll(/\bdiscussed\s+/gi)) {
    for (const p of takeList(s, tokens, tokenAt(tokens, m.index + m[0].length))) add(p);
  }

  const cue =
    /\b(?:into|loves?|loved|loving|likes?|enjoys?|adores?|obsessed with|passionate about|big on|crazy about|fan of|interested in|hobbies(?: are| include)?|hobby is|(?:nerd|geek)(?:s|ed)? out (?:about|over|on)|addicted to|fascinated by|really into)\b\s*:?\s*/gi;
  for (const m of s.matchAll(cue)) {
    const before = s.slice(Math.max(0, m.index - 12), m.index);
    const word = m[0].trim().toLowerCase();
    if (word === 'into' && AFTER_INTO.test(before)) continue;
    if (/^(?:love|likes?|loved)/.test(word) && /\b(?:i|i'd|id|we'd|would|'d|wouldn't|i'll)\s+$/i.test(before)) continue;
    for (const p of takeList(s, tokens, tokenAt(tokens, m.index + m[0].length))) add(p);
  }

  for (const m of s.matchAll(/\b(?:plays?|playing)\s+(?:the\s+)?/gi)) {
    if (/\b(?:band|group|team|orchestra|choir|dj|they)\s+$/i.test(s.slice(Math.max(0, m.index - 10), m.index))) continue;
    if (/the\s+$/i.test(m[0]) && /^\p{Lu}/u.test(s.slice(m.index + m[0].length))) continue;
    add(takePhrase(s, tokens, tokenAt(tokens, m.index + m[0].length), { maxWords: 2, stops: ITEM_STOPS, skipLead: ITEM_LEAD }));
  }

  // "huge Longhorns fan", "wine nerd"
  const fanWords = /^(?:nerd|geek|buff|fan|fanatic|enthusiast|lover|junkie|addict|aficionado|connoisseur|fiend|snob)s?$/;
  tokens.forEach((t, i) => {
    if (t.kind !== 'word' || !fanWords.test(t.lower)) return;
    const picked: Token[] = [];
    for (let j = i - 1; j >= 0 && picked.length < 2; j--) {
      const w = tokens[j];
      if (!w || w.kind !== 'word' || FAN_ADJECTIVES.has(w.lower) || ITEM_STOPS.has(w.lower) || EDGE_TRIM.has(w.lower)) break;
      picked.unshift(w);
    }
    const first = picked[0];
    const last = picked[picked.length - 1];
    if (first && last) add({ text: s.slice(first.start, last.end), start: first.start, end: last.end });
  });

  // "surfing on weekends"
  for (const m of s.matchAll(/\b(?:on|most|every)\s+(?:the\s+)?(?:weekends?|sundays|saturdays|weekday mornings)\b/gi)) {
    const i = tokenAt(tokens, m.index);
    const picked: Token[] = [];
    for (let j = i - 1; j >= 0 && picked.length < 3; j--) {
      const w = tokens[j];
      if (!w || w.kind !== 'word' || ITEM_STOPS.has(w.lower) || ITEM_LEAD.has(w.lower)) break;
      picked.unshift(w);
    }
    const first = picked[0];
    const last = picked[picked.length - 1];
    if (first && last) add({ text: s.slice(first.start, last.end), start: first.start, end: last.end });
  }

  // "swap trail recs"
  for (const m of s.matchAll(
    /\b(?:swap|swapping|trade|trading|share|sharing|exchange|exchanging|send|sending|give|giving|get|getting)\s+((?:[\p{L}-]+\s+){0,2}?[\p{L}-]+)\s+(?:recs|recommendations|suggestions|tips)\b/giu,
  )) {
    const words = (m[1] ?? '').split(/\s+/).filter((w) => !ITEM_LEAD.has(w.toLowerCase()));
    if (words.length > 0) add({ text: words.join(' '), start: m.index, end: m.index + m[0].length });
  }

  // Hobby verbs with a bare object: "fixes vintage synths", "paints murals"
  for (const m of s.matchAll(
    /\b(?:fixes|fixing|collects|collecting|restores|restoring|brews|brewing|bakes|baking|paints|painting|draws|knits|knitting|sews|composes|composing|grows|growing|makes|making|builds|building|writes|writing|shoots|shooting|records|recording)\s+(?!(?:a|an|the|her|his|their|its|own|me|us|them|it|sure|money|time|at|for|in|on|with|to)\b)/gi,
  )) {
    add(takePhrase(s, tokens, tokenAt(tokens, m.index + m[0].length), { maxWords: 3, stops: ITEM_STOPS, skipLead: ITEM_LEAD }));
  }

  // "runs a book club", "starting a parents' hiking group"
  for (const m of s.matchAll(
    /\b(?:runs|run|running|started|start|starting|joined|join|organizes|organises|hosts|leads)\s+(?:a|an|the|her|his|their|our|my)\s+/gi,
  )) {
    const p = takePhrase(s, tokens, tokenAt(tokens, m.index + m[0].length), { maxWords: 4, stops: ITEM_STOPS });
    if (p && /\b(?:club|group|meetup|league|circle|crew|collective|choir|team)s?$/i.test(p.text)) add(p);
  }

  // Known hobbies anywhere, and words that stand for one ("corgi" -> dogs).
  for (const m of s.matchAll(HOBBY_RE)) {
    const start = m.index;
    const end = start + m[0].length;
    if (found.some((f) => start < f.end && end > f.start)) continue;
    found.push({ text: /\p{Lu}/u.test(m[0].slice(1)) ? m[0] : m[0].toLowerCase(), start, end });
  }
  // A pet with its name ("his dog Waffles", "a corgi named biscuit", which the gloss marks "corgi (pet-biscuit)"): the
  // name is what a friend asks about
  const pets: Phrase[] = [];
  for (const m of s.matchAll(PET_NAMED)) {
    const name = m[3] ?? '';
    const pet = m[1] ?? '';
    if (pet !== pet.toLowerCase() || (!m[2] && !/^\p{Lu}/u.test(name))) continue;
    pets.push({ text: `${pet} ${name.charAt(0).toUpperCase()}${name.slice(1).toLowerCase()}`, start: m.index, end: m.index + m[0].length });
  }
  for (const [re, label] of INTEREST_ALIASES) {
    // "corgi" counts, "Lucky Dog" (a bar) does not; a named pet already says it
    const m = [...s.matchAll(new RegExp(re.source, 'gi'))].find(
      (hit) => hit[0] === hit[0].toLowerCase() && !pets.some((f) => hit.index < f.end && hit.index + hit[0].length > f.start),
    );
    if (m) found.push({ text: label, start: m.index, end: m.index + m[0].length });
  }
  found.push(...pets);

  return dedupe(found, MAX_INTERESTS);
}

const PET_NAMED =
  /\b(dog|puppy|pup|cat|kitten|kitty|corgi|pug|beagle|lab|labrador|retriever|poodle|terrier|doodle|husky|dachshund|spaniel|collie|greyhound|whippet|schnauzer|cockapoo|cavoodle|rabbit|bunny|hamster|parrot|horse|pony|tortoise)\s+(?:(?:is|was)\s+(?=named\s|called\s))?(named\s+|called\s+|\(pet-)?(\p{L}{2,})(?![\p{L}\p{N}])/giu;

const escape = (w: string): string => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const HOBBY_RE = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${[...HOBBIES]
    .sort((a, b) => b.length - a.length)
    .map(escape)
    .join('|')})(?![\\p{L}\\p{N}])`,
  'giu',
);

/**
 * Work and projects: job titles, where they work, what they run, build, sell or are hiring for.
 * "product designer at Stripe, runs a pottery studio" -> ['product designer', 'Stripe', 'pottery studio']
 */
export function extractWork(view: NoteView): string[] {
  const { s, tokens } = view;
  const found: Phrase[] = [];
  const add = (p: Phrase | null, text?: string): void => {
    if (!p) return;
    const t = capPhrase(text ?? p.text);
    if (/\p{L}/u.test(t) && !NOT_INTEREST.has(t.toLowerCase())) found.push({ ...p, text: t });
  };
  const after = (m: RegExpMatchArray): number => tokenAt(tokens, (m.index ?? 0) + m[0].length);

  jobTitles(view, add);

  for (const m of s.matchAll(
    /\b(?:works?|working|worked)\s+(?:(?:remote(?:ly)?|from home|full[- ]time|part[- ]time|freelance|mostly|now|currently|still)\s+)?(at|for|with|in|on|as)\s+/gi,
  )) {
    const prep = (m[1] ?? '').toLowerCase();
    const first = takePhrase(s, tokens, after(m), {
      maxWords: 5,
      stops: WORK_STOPS,
      alsoStop: prep === 'in' || prep === 'as' ? new Set(['at', 'for', '@']) : undefined,
    });
    add(first);
    if (first && (prep === 'in' || prep === 'as')) {
      const next = tokens[tokenAt(tokens, first.end)];
      if (next && (next.lower === 'at' || next.lower === 'for' || next.lower === '@')) {
        add(takePhrase(s, tokens, tokenAt(tokens, next.end), { maxWords: 5, stops: WORK_STOPS }));
      }
    }
  }

  for (const m of s.matchAll(
    /\b(?:runs|owns|co-?founded|founded|started|manages|heads|launched|built|building|builds|developing|develops|creating|creates|designing|designs|produces|producing|directs|directing)\s+(?=(?:a|an|the|her|his|their|its|own|two|three|several|multiple)\b)/gi,
  )) {
    const p = takePhrase(s, tokens, after(m), { maxWords: 6, stops: WORK_STOPS, alsoStop: PLACE_PREPS });
    if (p && !/\b(?:club|group|meetup|league|circle|crew|choir)s?$/i.test(p.text)) add(p);
  }

  for (const m of s.matchAll(/\b(opening|launching|starting|hiring|raising|hiring for)\s+(?=(?:a|an|the|her|his|their|its|own|new|[\p{Lu}]{2,})\b)/giu)) {
    const p = takePhrase(s, tokens, after(m), { maxWords: 5, stops: WORK_STOPS, skipLead: new Set() });
    if (p) add({ ...p, start: m.index ?? p.start }, `${(m[1] ?? '').toLowerCase()} ${p.text}`);
  }

  for (const m of s.matchAll(
    /\b(?:(?:just\s+)?(?:started|starting|joined|joining|interns?|interning|interned|employed)\s+(?:at|with)|new job at|just joined|joined)\s+/gi,
  )) {
    const p = takePhrase(s, tokens, after(m), { maxWords: 4, stops: WORK_STOPS });
    if (p && (/^(?:at|with)\b/i.test(m[0].replace(/^\S+\s+/, '')) || /\s(?:at|with)\s+$/i.test(m[0]) || /^\p{Lu}/u.test(p.text))) add(p);
  }

  for (const m of s.matchAll(/\b(?:sells|selling|consults on|specializes in|specialises in|researches|speaker on|speaks on|talks on|expert (?:in|on))\s+/gi)) {
    add(takePhrase(s, tokens, after(m), { maxWords: 4, stops: WORK_STOPS }));
  }

  for (const m of s.matchAll(/\b(teach|coach)(?:es|ing)\s+/gi)) {
    const next = tokens[after(m)];
    if (next && (next.lower === 'at' || next.lower === 'in')) {
      add(takePhrase(s, tokens, tokenAt(tokens, next.end), { maxWords: 4, stops: WORK_STOPS }));
      continue;
    }
    if (next && ['a', 'an', 'the', 'her', 'his', 'their'].includes(next.lower)) {
      const p = takePhrase(s, tokens, after(m), { maxWords: 4, stops: WORK_STOPS, alsoStop: PLACE_PREPS, skipLead: new Set() });
      if (p) add(p, `${m[0].trim().toLowerCase()} ${p.text}`);
      continue;
    }
    const p = takePhrase(s, tokens, after(m), { maxWords: 3, stops: WORK_STOPS });
    if (p) add(p, `${p.text} ${(m[1] ?? '').toLowerCase() === 'coach' ? 'coach' : 'teacher'}`);
  }

  for (const m of s.matchAll(
    /\b(ceo|cto|cfo|coo|cmo|founder|co-?founder|owner|head of [\p{L}]+|director of [\p{L}]+|president|vp of [\p{L}]+)\s+(?:of|at)\s+/giu,
  )) {
    const p = takePhrase(s, tokens, after(m), { maxWords: 4, stops: WORK_STOPS });
    if (p) {
      add({ ...p, start: m.index ?? p.start }, m[1] ?? '');
      add(p);
    }
  }

  for (const m of s.matchAll(/\b(?:studies|studying|majoring in|phd in|masters in|degree in)\s+/gi)) {
    const p = takePhrase(s, tokens, after(m), { maxWords: 3, stops: union(WORK_STOPS, ['at']) });
    if (p) add(p, `${p.text} student`);
  }

  for (const m of s.matchAll(/\b(?:composes|composing)\b/gi)) add({ text: 'composer', start: m.index, end: m.index + m[0].length });

  return dedupe(found, MAX_WORK);
}

const PLACE_PREPS = new Set(['in', 'on', 'near', 'downtown', 'uptown', 'off']);

const TITLE_BLOCK = union(PHRASE_STOPS, EDGE_TRIM, DATE_WORDS, [
  'hiring',
  'looking',
  'met',
  'meet',
  'wants',
  'need',
  'ask',
  'follow',
  'intro',
  'guy',
  'girl',
  'woman',
  'man',
  'lady',
  'dude',
  'from',
  'about',
  'into',
  'loves',
  'likes',
  'plays',
  'great',
  'chat',
  'talked',
  'huge',
  'big',
  'w/',
  'mom',
  'dad',
  'friend',
  'to',
  'and',
  'or',
  'not',
  'no',
  'like',
  'went',
  'going',
  'maybe',
]);
const ORG_AFTER = new Set(['at', '@', 'for', 'with']);
const ORG_AFTER_HEAD = new Set(['at', '@', 'for', 'of']);
const HEAD_TITLES = new Set(['founder', 'cofounder', 'co-founder', 'ceo', 'cto', 'cfo', 'coo', 'owner', 'head', 'director', 'vp', 'president', 'partner']);
const TITLE_LEAD = new Set(`she's he's they're she he they is was works as a an the also currently now former ex also`.split(/\s+/));

/** Clauses that are a job title, maybe with the organisation: "VP eng at Acme" -> 'VP eng', 'Acme'. */
function jobTitles(view: NoteView, add: (p: Phrase | null, text?: string) => void): void {
  const { s, tokens, nameSpan } = view;
  let i = 0;
  while (i < tokens.length) {
    // one clause: tokens up to the next boundary
    let j = i;
    while (j < tokens.length && tokens[j]?.kind !== 'boundary') j++;
    const clause = tokens.slice(i, j).filter((t) => !(nameSpan && t.start >= nameSpan.start && t.end <= nameSpan.end));
    i = j + 1;
    let k = 0;
    while (k < clause.length && (TITLE_LEAD.has(clause[k]?.lower ?? '') || view.nameWords.has(clause[k]?.lower ?? ''))) k++;
    const words = clause.slice(k, k + 6);
    let jobAt = -1;
    for (let n = 0; n < words.length && n < 5; n++) {
      const w = words[n];
      if (!w || w.kind !== 'word') break;
      const single = w.lower.replace(/s$/, '');
      const next = words[n + 1]?.lower ?? '';
      if (JOBS.has(w.lower) || JOBS.has(single) || looksLikeJob(w.lower)) jobAt = n;
      else if (DEPARTMENTS.has(w.lower) && ORG_AFTER.has(next) && n === 0) jobAt = n;
      else if (TITLE_BLOCK.has(w.lower)) break;
      if (jobAt >= 0) break;
    }
    if (jobAt < 0) continue;
    // the title runs on to the first "at"/"for"/boundary: "VP eng at Acme"
    let end = jobAt;
    while (end + 1 < words.length && end < 4) {
      const w = words[end + 1];
      if (!w || w.kind !== 'word' || ORG_AFTER.has(w.lower) || w.lower === 'of' || TITLE_BLOCK.has(w.lower)) break;
      end++;
    }
    const first = words[0];
    const last = words[end];
    if (!first || !last) continue;
    add({ text: s.slice(first.start, last.end), start: first.start, end: last.end });
    const connector = words[end + 1];
    const head = words[jobAt]?.lower ?? '';
    if (connector && (ORG_AFTER.has(connector.lower) || (HEAD_TITLES.has(head) && ORG_AFTER_HEAD.has(connector.lower)))) {
      add(takePhrase(s, tokens, tokenAt(tokens, connector.end), { maxWords: 5, stops: WORK_STOPS }));
    }
  }
}

const NOT_JOB_IST = new Set(
  `list wrist assist exist twist mist gist fist insist persist resist consist tourist cyclist whilst amidst
  checklist playlist wishlist waitlist shortlist blacklist christ heist hoist moist joist foist schist`.split(/\s+/),
);

/** Job-shaped words not in the list: "cardiologist", "pediatrician", "videographer", "violinist". */
function looksLikeJob(word: string): boolean {
  const w = word.replace(/s$/, '');
  if (/(?:ologist|iatrist|ician|grapher|ographer)$/.test(w)) return true;
  return w.length >= 6 && w.endsWith('ist') && !NOT_JOB_IST.has(w);
}

/** "into cycling & photography, and chess" -> ['cycling', 'photography', 'chess'] */
function takeList(s: string, tokens: readonly Token[], from: number): Phrase[] {
  const items: Phrase[] = [];
  let current: Token[] = [];
  const close = (): void => {
    while (current.length > 0 && EDGE_TRIM.has(current[current.length - 1]?.lower ?? '')) current.pop();
    const first = current[0];
    const last = current[current.length - 1];
    if (first && last) items.push({ text: s.slice(first.start, last.end), start: first.start, end: last.end });
    current = [];
  };
  for (let i = from; i < tokens.length && items.length < 5; i++) {
    const t = tokens[i];
    if (!t) break;
    const isSep = t.kind === 'joiner' || (t.kind === 'word' && (t.lower === 'and' || t.lower === 'or' || t.lower === 'n'));
    if (isSep) {
      close();
      continue;
    }
    if (t.kind === 'boundary') {
      if (t.text !== ',' || !listContinues(tokens, i + 1)) break;
      close();
      continue;
    }
    if (t.kind === 'other') {
      if (t.text === "'") continue;
      break;
    }
    if (current.length === 0 && ITEM_LEAD.has(t.lower)) continue;
    if (ITEM_STOPS.has(t.lower)) {
      close();
      break;
    }
    if (current.length < 4) current.push(t);
  }
  close();
  return items;
}

/** After a comma, the list goes on only if it ends with "and x" / "or x" before the clause does. */
function listContinues(tokens: readonly Token[], from: number): boolean {
  let words = 0;
  for (let i = from; i < tokens.length && i < from + 16; i++) {
    const t = tokens[i];
    if (!t) return false;
    if (t.kind === 'boundary' && t.text !== ',') return false;
    if (t.kind === 'boundary') {
      words = 0;
      continue;
    }
    if (t.kind !== 'word') continue;
    if ((t.lower === 'and' || t.lower === 'or') && words === 0) return true;
    if (PHRASE_STOPS.has(t.lower) || ++words > 3) return false;
  }
  return false;
}

function isInterest(text: string): boolean {
  const t = text.trim().toLowerCase();
  return t.length >= 2 && /\p{L}/u.test(t) && !NOT_INTEREST.has(t) && !/^\d/.test(t);
}

/** Orders by position, drops repeats (one inside another counts), caps the count. */
function dedupe(found: Phrase[], max: number): string[] {
  const out: string[] = [];
  for (const p of [...found].sort((a, b) => a.start - b.start)) {
    const key = p.text.toLowerCase();
    if (out.some((o) => o.toLowerCase().includes(key) || key.includes(o.toLowerCase()))) continue;
    out.push(p.text);
    if (out.length >= max) break;
  }
  return out;
}
