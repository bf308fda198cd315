// The page of a user's people as plain data: most urgent first, each with what Kindling knows, where it stands, the next
// nudge and its draft (composed as the sweep would), a "coming up" strip for 7 days, and a server-side search. Pure.
import { draftLinkOf } from '../channels/channel';
import { detailOf } from '../db/nudges';
import { hasContact, toPlanInput, type NoteRow, type Person, type UserRow } from '../db/rows';
import type { NudgeRow } from '../db/nudges';
import { isOpen, isPending } from '../db/states';
import { composeNudge } from '../coach/compose';
import { KINDS } from '../coach/kinds';
import { addDays, calendarDateOf, daysBetween, localDate, localParts, MONTH_ABBREVIATIONS, offsetMinutes, SHORT_WEEKDAYS, weekdayOf } from '../domain/time';
import type { NudgeSubject } from '../domain/types';
import { standingOf } from './standing';
import { DAY } from '../domain/constants';

/** How far ahead the "coming up" strip looks. */
const COMING_DAYS = 7;
/**
 * Drafts composed per page: the most urgent people's (composing one costs up to a millisecond, so a page of 300 stays
 * within the Worker's CPU budget); anyone else's is one search away.
 */
export const DRAFTS_PER_PAGE = 6;
/** People shown as full cards, the most urgent first; the rest are one line each, a search away from their card. */
export const CARDS_PER_PAGE = 30;

export interface PageInput {
  user: Pick<UserRow, 'timeZone' | 'channel' | 'capCount'>;
  people: Person[];
  /** pending and held nudges, and each person's latest sent one */
  nudges: NudgeRow[];
  /** each person's latest notes, newest first */
  notes: NoteRow[];
  now: number;
  /** the search box, as typed */
  query: string;
}

export interface ReachLine {
  label: string;
  value: string;
}

export interface NextNudgeView {
  /** "Tue Dec 8" */
  day: string;
  kind: string;
  /** the text to send them, as the nudge would quote it; null when the step has none or it was not composed */
  draft: string | null;
  /** the nudge as Kindling would text it; null when not composed on this page (beyond DRAFTS_PER_PAGE) */
  text: string | null;
}

export interface PageEntry {
  id: number;
  name: string;
  met: string | null;
  /** "Dec 1" */
  metDay: string;
  details: string[];
  notes: string[];
  reach: ReachLine[];
  standing: string;
  muted: boolean;
  next: NextNudgeView | null;
  /** opens the user's own messages app with the draft filled in */
  textLink: string | null;
}

export interface ComingUp {
  day: string;
  what: string;
  personId: number;
}

export interface PageView {
  entries: PageEntry[];
  comingUp: ComingUp[];
  /** everyone saved, before the search */
  total: number;
  query: string;
}

/**
 * The page: people matching the search, the most urgent first (a pending nudge soonest, then the rest by latest
 * update, muted last).
 * @example pageView({ user, people: [maya], nudges: [mayaCheckIn], notes: [], now, query: '' }).entries[0].next.draft
 *   // 'Hey Maya, how did the pottery show go?'
 */
export function pageView(input: PageInput): PageView {
  const { user, now } = input;
  const zone = user.timeZone;
  const pendingOf = new Map<number, NudgeRow>();
  const sentOf = new Map<number, NudgeRow>();
  for (const nudge of input.nudges) {
    if (isPending(nudge)) pendingOf.set(nudge.personId, nudge);
    else if (!isOpen(nudge) && (sentOf.get(nudge.personId)?.id ?? 0) < nudge.id) sentOf.set(nudge.personId, nudge);
  }
  const notesOf = new Map<number, string[]>();
  for (const note of input.notes) if (note.personId !== null) notesOf.set(note.personId, [...(notesOf.get(note.personId) ?? []), note.body]);

  const terms = searchTerms(input.query);
  const matching = input.people.filter((person) => terms.length === 0 || matches(person, notesOf.get(person.id) ?? [], terms));
  const urgency = (person: Person) => (person.muted ? Number.MAX_SAFE_INTEGER : (pendingOf.get(person.id)?.dueAt ?? Number.MAX_SAFE_INTEGER - 1));
  const ordered = [...matching].sort((a, b) => urgency(a) - urgency(b) || b.updatedAt - a.updatedAt || b.id - a.id);
  let drafts = 0;
  const entries = ordered.map((person) => {
    const pending = pendingOf.get(person.id) ?? null;
    const compose = pending !== null && !person.muted && drafts++ < DRAFTS_PER_PAGE;
    return entryOf(person, pending, sentOf.get(person.id) ?? null, notesOf.get(person.id) ?? [], input, compose);
  });
  return { entries, comingUp: comingUpOf(ordered, pendingOf, now, zone), total: input.people.length, query: input.query.trim().slice(0, 60) };
}

function entryOf(person: Person, pending: NudgeRow | null, sent: NudgeRow | null, notes: string[], input: PageInput, compose: boolean): PageEntry {
  const zone = input.user.timeZone;
  const next = pending && !person.muted ? nextNudgeViewOf(person, pending, input, compose) : null;
  return {
    id: person.id,
    name: person.name,
    met: person.met,
    metDay: dayText(person.metAt, zone, false),
    details: [...person.work, ...person.interests],
    notes: notes.slice(0, 3),
    reach: reachLinesOf(person),
    standing: standingOf(person, sent?.kind ?? null, input.now),
    muted: person.muted ?? false,
    next,
    textLink: next?.draft ? draftLinkOf(person.contacts.phone ?? null, next.draft, input.user.channel) : null,
  };
}

/** The pending nudge as the sweep would compose it alone (the same seed), and the draft it quotes; its day alone when not composed. */
function nextNudgeViewOf(person: Person, nudge: NudgeRow, input: PageInput, compose: boolean): NextNudgeView {
  const day = dayText(Math.max(nudge.dueAt, input.now), input.user.timeZone, true);
  if (!compose) return { day, kind: nudge.kind, draft: null, text: null };
  const subject: NudgeSubject = { ...detailOf(nudge), kind: nudge.kind as NudgeSubject['kind'], person: toPlanInput(person) };
  const seed = nudge.personId * 31 + nudge.id + input.user.capCount;
  const text = composeNudge([subject], seed, { now: Math.max(input.now, nudge.dueAt), zone: input.user.timeZone });
  return { day, kind: nudge.kind, draft: draftIn(text), text };
}

/**
 * The draft a nudge quotes, in straight double quotes.
 * @example draftIn('Follow up with Sarah: "Hey Sarah, how is the pottery going?" Reply DONE.') // 'Hey Sarah, how is the pottery going?'
 */
export function draftIn(text: string): string | null {
  const quoted = /"([^"]{8,})"/.exec(text);
  return quoted?.[1] ?? null;
}

function reachLinesOf(person: Person): ReachLine[] {
  const { contacts } = person;
  const reach: ReachLine[] = [];
  if (contacts.phone) reach.push({ label: 'Phone', value: contacts.phone });
  if (contacts.email) reach.push({ label: 'Email', value: contacts.email });
  if (contacts.instagram) reach.push({ label: 'Instagram', value: `@${contacts.instagram.replace(/^@/, '')}` });
  if (contacts.linkedin) reach.push({ label: 'LinkedIn', value: contacts.linkedin });
  for (const handle of contacts.handles ?? []) reach.push({ label: 'Handle', value: handle });
  if (!hasContact(contacts) && person.recurringPlace) reach.push({ label: 'Where you see them', value: person.recurringPlace.place });
  return reach;
}

/** Pending nudges and dated events (birthdays included) from today through the next 7 days, soonest first. */
function comingUpOf(people: Person[], pendingOf: Map<number, NudgeRow>, now: number, zone: string): ComingUp[] {
  const today = localDate(now, zone);
  const items: { at: number; item: ComingUp }[] = [];
  for (const person of people) {
    if (person.muted) continue;
    const nudge = pendingOf.get(person.id);
    if (nudge && nudge.dueAt < now + COMING_DAYS * DAY) {
      const at = Math.max(nudge.dueAt, now);
      items.push({ at, item: { day: dayText(at, zone, true), what: `${KINDS[nudge.kind]?.pageLabel ?? 'Nudge about'} ${person.name}`, personId: person.id } });
    }
    for (const event of person.events) {
      const date = calendarDateOf(event.on);
      if (!date || date.day === null) continue;
      const days = daysBetween(today, { year: date.year, month: date.month, day: date.day });
      if (days < 0 || days > COMING_DAYS) continue;
      const on = addDays(today, days);
      const what = /birthday|bday/i.test(event.what) ? `${person.name}'s birthday` : `${person.name}: ${event.what}`;
      items.push({
        at: now + days * DAY,
        item: { day: `${SHORT_WEEKDAYS[weekdayOf(on)]} ${MONTH_ABBREVIATIONS[on.month - 1]} ${on.day}`, what, personId: person.id },
      });
    }
  }
  return items.sort((a, b) => a.at - b.at).map((entry) => entry.item);
}

/** UTC offsets (minutes) at instants already asked about, per zone: a page asks about few days. */
const offsets = new Map<string, Map<number, number>>();

/** The zone's offset at `ms`, cached; zones change offset at most at a few instants a year. */
function offsetOf(ms: number, zone: string): number {
  let known = offsets.get(zone);
  if (!known || known.size > 5000) {
    known = new Map();
    offsets.set(zone, known);
  }
  let offset = known.get(ms);
  if (offset === undefined) {
    offset = offsetMinutes(ms, zone);
    known.set(ms, offset);
  }
  return offset;
}

/**
 * "Tue Dec 8" (with the weekday) or "Dec 8", in the user's zone. The offset is read at the UTC day's two ends (cached,
 * shared by everything on that day); only on a day the offset changes is the instant itself read.
 */
function dayText(ms: number, zone: string, weekday: boolean): string {
  const start = Math.floor(ms / DAY) * DAY;
  const before = offsetOf(start, zone);
  const local = before === offsetOf(start + DAY, zone) ? new Date(ms + before * 60_000) : null;
  const parts = local ? { month: local.getUTCMonth() + 1, day: local.getUTCDate(), weekday: local.getUTCDay() } : localParts(ms, zone);
  const date = `${MONTH_ABBREVIATIONS[parts.month - 1]} ${parts.day}`;
  return weekday ? `${SHORT_WEEKDAYS[parts.weekday]} ${date}` : date;
}

function searchTerms(query: string): string[] {
  return query
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .split(/[^\p{L}\p{N}@.+]+/u)
    .filter((term) => term.length > 0)
    .slice(0, 6);
}

/** Every word of the search is in their name, where they met, details, contacts, events or notes. */
function matches(person: Person, notes: string[], terms: string[]): boolean {
  const haystack = [
    person.name,
    person.met ?? '',
    ...person.work,
    ...person.interests,
    ...person.events.map((e) => e.what),
    ...Object.values(person.contacts).flat(),
    ...notes,
  ]
    .join(' ')
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}/gu, '');
  return terms.every((term) => haystack.includes(term));
}
