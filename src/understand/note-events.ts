// Upcoming dated events in a note ("gallery opening this Friday"), resolved forward from `now` in the user's zone.

import * as chrono from 'chrono-node/en';
import { NOT_AN_EVENT } from './lexicon';
import type { PersonEvent } from '../domain/types';
import { daysInMonth, isTimeZone, localDate, offsetMinutes } from '../domain/time';

interface LocalDay {
  year: number;
  month: number;
  day: number;
  /** minutes east of UTC at `now` */
  offset: number;
}

interface Found {
  on: string;
  start: number;
  end: number;
  /** the date words as written */
  text: string;
  /** only a weekday was named ("Friday") */
  weekdayOnly?: boolean;
}

const MAX_EVENTS = 4;

/**
 * chrono's casual English without the parts a note does not need (clock times, "ago", time zones):
 * their large patterns cost tens of milliseconds to warm up and add nothing to an event's day.
 */
const dates = ((): chrono.Chrono => {
  const c = chrono.casual.clone();
  const unused = /TimeUnitAgo|TimeUnitLater|TimeExpression|Timezone/;
  c.parsers = c.parsers.filter((p) => !unused.test(p.constructor.name));
  c.refiners = c.refiners.filter((r) => !unused.test(r.constructor.name));
  return c;
})();

/** Words without which no date can be read; a note without any skips chrono altogether. */
const DATEISH =
  /\b(?:(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|sday|nesday|rsday|urday)?s?|jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|today|tonight|tomorrow|tmrw|tmr|weekends?|weeks?|months?|years?|noon|midnight|end|eve|morning|evening|night|afternoon|christmas)\b|\d/i;
const none = { parse: (): chrono.ParsedResult[] => [] };

const AMBIGUOUS = /^(?:sat|sun|mon|wed|thu|fri|tue|may|march|mar|jan|jun|aug|sept?|oct|nov|dec)$/;

/** The calendar day and UTC offset at `now` in `timeZone` (by time.ts, the one clock rule); UTC when the zone is unknown. */
export function localDayParts(now: number, timeZone: string): LocalDay {
  const at = Number.isFinite(now) ? now : 0;
  const zone = isTimeZone(timeZone) ? timeZone : 'UTC';
  return { ...localDate(at, zone), offset: offsetMinutes(at, zone) };
}

const pad = (n: number): string => String(n).padStart(2, '0');

/**
 * Dated events in a note, each with a short "what".
 * ("gallery opening this Friday", now = Tue 2026-12-01) -> [{ what: 'gallery opening', on: '2026-12-04' }]
 */
export function extractEvents(body: string, now: number, timeZone: string, nameWords: ReadonlySet<string> = new Set()): PersonEvent[] {
  const today = localDayParts(now, timeZone);
  const found: Found[] = [];
  const datable = DATEISH.test(body);
  for (const r of (datable ? dates : none).parse(body, { instant: new Date(Number.isFinite(now) ? now : 0), timezone: today.offset }, { forwardDate: true })) {
    // "June from yoga": a month that is the person's name
    const lead = body.slice(Math.max(0, r.index - 9), r.index);
    if (nameWords.has(r.text.trim().toLowerCase()) && !/\b(?:in|by|until|till|early|late|mid|of|this|next|before|after|around|on)[\s-]*$/i.test(lead)) continue;
    const on = resolveResult(body, r, today);
    const weekdayOnly = r.start.isCertain('weekday') && !r.start.isCertain('day');
    if (on) found.push({ on, start: r.index, end: r.index + r.text.length, text: r.text, weekdayOnly });
  }
  for (const m of body.matchAll(/\b(?:on\s+)?the\s+(\d{1,2})(?:st|nd|rd|th)\b(?!\s+(?:of\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec))/gi)) {
    const start = m.index;
    const end = start + m[0].length;
    const near = found.findIndex((f) => start < f.end + 4 && end > f.start);
    const on = nextDayOfMonth(Number(m[1]), today);
    if (!on) continue;
    // "Friday the 13th": the day of the month is the surer half
    if (near >= 0 && !found[near]?.weekdayOnly) continue;
    if (near >= 0) found.splice(near, 1, { on, start: found[near]?.start ?? start, end, text: m[0] });
    else found.push({ on, start, end, text: m[0] });
  }
  found.sort((a, b) => a.start - b.start);
  const events: PersonEvent[] = [];
  for (const f of found) {
    if (events.length >= MAX_EVENTS) break;
    const what = describeEvent(body, f, nameWords);
    if (!events.some((e) => e.on === f.on && e.what === what)) events.push({ what, on: f.on });
  }
  return events;
}

function resolveResult(body: string, r: chrono.ParsedResult, today: LocalDay): string | null {
  const text = r.text;
  const lower = text.toLowerCase();
  const before = body.slice(Math.max(0, r.index - 14), r.index).toLowerCase();
  const after = body.slice(r.index + text.length, r.index + text.length + 6).toLowerCase();
  if (/^(?:for|last|past|previous|since|ago)\b/.test(lower)) return null;
  if (/\b(?:since|last|past|every|each|was|were|ago|back in)\s*$/.test(before)) return null;
  if (/^s\b|^\s*ago\b/.test(after)) return null;
  // "the under 12s", "70s music": an age group or a decade, which chrono reads as seconds from now
  if (/\b(?:mins?|minutes?|hours?|hrs?|secs?|seconds?|years?|yrs?|decades?)\b|\d\s*[smh]$/.test(lower)) return null;
  if (/^(?:now|right now|earlier)/.test(lower)) return null;
  // "met her today" is when you met, not an event of theirs
  if (
    /^(?:today|this (?:morning|afternoon))/.test(lower) &&
    /\b(?:met|meet|talked|saw|chatted|ran|bumped|spoke|had|was|were|did|hung)\b[^,.;!?\n]*$/i.test(body.slice(Math.max(0, r.index - 60), r.index))
  )
    return null;
  if (AMBIGUOUS.test(text)) return null;
  const s = r.start;
  const year = s.get('year');
  const month = s.get('month');
  const day = s.get('day');
  if (year === null || month === null || day === null) return null;
  const monthOnly = !s.isCertain('day') && !s.isCertain('weekday');
  if (monthOnly && !s.isCertain('month')) return null;
  let y = year;
  // A date that is today (or a month that is this one) is not pushed a year ahead.
  if (!s.isCertain('year') && y === today.year + 1 && month === today.month && (monthOnly || day === today.day)) y = today.year;
  if (monthOnly) {
    if (y < today.year || (y === today.year && month < today.month)) return null;
    return `${y}-${pad(month)}`;
  }
  if (y * 10000 + month * 100 + day < today.year * 10000 + today.month * 100 + today.day) return null;
  return `${y}-${pad(month)}-${pad(day)}`;
}

/** The next date (today included) falling on day `n` of a month. */
function nextDayOfMonth(n: number, today: LocalDay): string | null {
  if (!Number.isInteger(n) || n < 1 || n > 31) return null;
  let { year, month } = today;
  if (n < today.day) month += 1;
  for (let i = 0; i < 13; i++) {
    if (month > 12) {
      month = 1;
      year += 1;
    }
    if (n <= daysInMonth(year, month)) return `${year}-${pad(month)}-${pad(n)}`;
    month += 1;
  }
  return null;
}

const EVENT_TRAIL_WORDS = new Set(
  `on is in at this next for by until til till due will be are was the of coming up starting around from
  scheduled planned set and also happening which that it's its so`.split(/\s+/),
);
/** Verbs that end "her show opens Friday", and the noun the event then goes by. */
const TRAIL_VERBS = new Map([
  ['opens', 'opening'],
  ['launches', 'launch'],
  ['premieres', 'premiere'],
  ['debuts', 'debut'],
  ['drops', 'release'],
  ['starts', ''],
  ['begins', ''],
  ['happens', ''],
  ['closes', ''],
  ['ends', ''],
  ['airs', ''],
  ['is', ''],
]);
const EVENT_LEAD_WORDS = new Set(
  `she's he's they're she he they is has have had her his their its the a an also just and plus with got
  having my our your them him me there's there`.split(/\s+/),
);
const LEAD_PHRASES =
  /^(?:training for|prepping for|preparing for|getting ready for|pitching at|speaking at|presenting at|performing at|playing at|competing in|racing in|running in|running|going to|heading to|off to|invited me to|invited us to|invited me|invite me to|will be at|excited about|nervous about|talked about|told me about|mentioned|wants me at|asked me to|wants to go|wants to|wants|needs|asked for|going|go|planning to|plans to|hoping to|has to|have to|gotta)\s+/i;
const DETERMINERS = new Set(`their her his my our the a an your`.split(/\s+/));

/** A short name for the event around a date: "pitching at demo day on the 15th" -> "demo day". */
function describeEvent(body: string, f: Found, nameWords: ReadonlySet<string>): string {
  let clauseStart = 0;
  for (const m of body.slice(0, f.start).matchAll(/[,;!?()[\]\n:|]|\.(?=\s|$)|\s[-–—]+\s/g)) clauseStart = m.index + m[0].length;
  let words = body
    .slice(clauseStart, f.start)
    .trim()
    .split(/\s+/)
    .filter((w) => /[\p{L}\p{N}]/u.test(w));
  const tail = body.slice(f.end).split(/[,;!?()[\]\n:|.]|\s[-–—]+\s/)[0] ?? '';
  const tailWords = tail
    .trim()
    .split(/\s+/)
    .filter((w) => /^[\p{L}\p{N}'-]+$/u.test(w))
    .slice(0, 3);

  // "their Sunday ride": the date names the event.
  const lastWord = words[words.length - 1]?.toLowerCase() ?? '';
  if (DETERMINERS.has(lastWord) && tailWords.length > 0) {
    const dateWord = f.text.replace(/^(?:on|this|next|the)\s+/i, '');
    return cap(`${dateWord} ${tailWords.slice(0, 2).join(' ')}`);
  }

  let changed = true;
  while (changed && words.length > 0) {
    changed = false;
    const last = words[words.length - 1]?.toLowerCase() ?? '';
    if (EVENT_TRAIL_WORDS.has(last)) {
      words.pop();
      changed = true;
      continue;
    }
    const noun = TRAIL_VERBS.get(last);
    if (noun !== undefined && words.length > 1) {
      words.pop();
      if (noun) words.push(noun);
      changed = true;
      continue;
    }
    const first = words[0] ?? '';
    const bare = first.toLowerCase().replace(/'s$/, '');
    if (EVENT_LEAD_WORDS.has(first.toLowerCase()) || nameWords.has(bare) || /^\p{Lu}[\p{L}\p{M}-]*'s$/u.test(first)) {
      words.shift();
      changed = true;
      continue;
    }
    const joined = words.join(' ');
    const lead = LEAD_PHRASES.exec(joined);
    const toPlace = /^(?:going|heading|flying|off) to \p{Lu}/u.test(joined);
    if (lead && lead[0].length < joined.length && !toPlace) {
      words = joined.slice(lead[0].length).split(' ');
      changed = true;
    }
  }
  if (words.length > 6) words = words.slice(-6);
  let what = words.join(' ').replace(/[\s,.;:'"-]+$/, '');
  const trip = /^(?:going|heading|flying|off|moving back)\s+to\s+(\p{Lu}[\p{L}\p{M}. -]*)$/u.exec(what);
  if (trip?.[1]) what = `trip to ${trip[1]}`;
  const opening = /^(opening|launching)\s+(?:(?:a|an|the|her|his|their|its)\s+)?(?:new\s+)?(.+)$/i.exec(what);
  if (opening?.[1] && opening[2]) what = `${opening[2]} ${opening[1].toLowerCase() === 'opening' ? 'opening' : 'launch'}`;
  if (!what && tailWords.length > 0) what = tailWords.join(' ');
  // "Sarah's huge is today": words that name no event ("huge", "lol") make no event name
  const named = what.split(/\s+/).some((word) => /\p{L}{2}/u.test(word) && !NOT_AN_EVENT.has(word.toLowerCase()));
  return cap(named ? what : 'their plans');
}

function cap(text: string): string {
  const t = text.trim();
  if (t.length <= 40) return t;
  const cut = t.slice(0, 41);
  return cut.slice(0, Math.max(cut.lastIndexOf(' '), 20)).trim();
}
