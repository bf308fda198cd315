// Work and projects in a note: job titles, where they work, what they run, build, sell, teach or study; short phrases
// found by cue words and the job list.

import { DATE_WORDS, dedupe, MAX_WORK, NOT_INTEREST, type NoteView, union } from './note-details';
import { DEPARTMENTS, EDGE_TRIM, HOBBY_WORDS, JOBS, PHRASE_STOPS } from './note-lexicon';
import { capPhrase, type Phrase, takePhrase, tokenAt } from './note-text';

const WORK_STOPS = union(PHRASE_STOPS, DATE_WORDS, ['w/', 'with', 'every', 'since', 'because', 'but', 'downtown', 'lately', 'remote', 'remotely']);

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

  // "Met Owain there too, does the kids' sessions", "Patricia does the teas": a duty, told by "does" opening a clause
  // whose subject is the person (not a question: "does she climb")
  // ("Finn does woodworking" is a pastime, for the interests); "does ML at a bank" keeps where
  for (const m of s.matchAll(DOES_DUTY)) {
    const duty = takePhrase(s, tokens, after(m), { maxWords: 3, stops: WORK_STOPS });
    if (!duty || HOBBY_WORDS.has(duty.text.toLowerCase()) || /ing$/i.test(duty.text)) continue;
    const next = tokens[tokenAt(tokens, duty.end)];
    const where = next && ['at', 'for'].includes(next.lower) ? takePhrase(s, tokens, tokenAt(tokens, next.end), { maxWords: 4, stops: WORK_STOPS }) : null;
    add(where ? { text: s.slice(duty.start, where.end), start: duty.start, end: where.end } : duty);
  }

  for (const m of s.matchAll(/\b(?:composes|composing)\b/gi)) add({ text: 'composer', start: m.index, end: m.index + m[0].length });

  return dedupe(found, MAX_WORK);
}

/** "does" after a boundary, a pronoun for them or a capitalised name, then the duty ("does the teas", "does payroll"). */
const DOES_DUTY =
  /(?:^|[,;:.!]\s*|\b(?:she|he|they|who|also|and|now|still|mostly)\s+|\p{Lu}\p{Ll}+\s+)does\s+(?!(?:not|n't|nothing|anything|everything|it|that|this|she|he|they|her|him|his|their|you|me|a lot|well|too)\b)(?=\p{L})/gu;

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
      // "Pam leads the walks", "Sid cooks the books": a job word with a verb's -s before its object is the verb
      const verb = !JOBS.has(w.lower) && single !== w.lower && /^(?:the|a|an|his|her|their|our|my|your|some)$/.test(next);
      if (verb) continue;
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
