// Replies that recall people: WHO IS (one person in full) and LIST (recent people), each within two segments.

import { distinctDetails } from '../../coach/compose/details';
import { localDayKey, MONTH_ABBREVIATIONS, shortDate } from '../../domain/time';
import type { Millis, PersonEvent, PersonTie, TimeZone } from '../../domain/types';
import { toGsm7 } from '../../domain/sms-length';
import { clip, fitReply, nameForms } from './fit';
import { type NextStep, whenOf } from './next-step';

/** The facts a reply about one person may mention. */
export interface PersonSummary {
  name: string;
  met: string | null;
  metAt: Millis;
  interests: string[];
  work: string[];
  contacts: { phone?: string; email?: string; instagram?: string; linkedin?: string; handles?: string[] };
  events: PersonEvent[];
  lastContactAt: Millis | null;
  notes: string[];
  /** the user's other people they are tied to */
  ties?: PersonTie[];
}

/** How much of a person WHO IS shows; each step toward the bare reply drops or shortens the least important part. */
interface WhoIsCut {
  /** index into nameForms */
  name: number;
  /** words and UTF-16 units of where they met; 0 words leaves the place out */
  where: [number, number];
  /** how many details (work first, then interests) */
  about: number;
  aboutClip: [number, number];
  /** words of their upcoming event; 0 leaves it out */
  event: number;
  /** words and units of the latest note; 0 words leaves it out */
  note: [number, number];
  /** the phone, email or handle itself, rather than which kind they have */
  reachValue: boolean;
  /** how they are tied to the user's other people */
  ties: boolean;
}

const WHO_IS_STEPS: Partial<WhoIsCut>[] = [
  { note: [40, 200] },
  { note: [25, 140] },
  { note: [12, 60] },
  { note: [6, 40] },
  { note: [0, 0] },
  { ties: false },
  { about: 5 },
  { about: 4 },
  { aboutClip: [3, 30] },
  { about: 3 },
  { about: 2 },
  { where: [4, 30] },
  { event: 4 },
  { about: 1 },
  { about: 0 },
  { event: 0 },
  { where: [2, 20] },
  { reachValue: false },
  { name: 1 },
  { name: 2 },
  { where: [0, 0] },
];

/**
 * The one note about them, when it is theirs alone and still says what is saved: not a note about others too (their
 * details are theirs), nor one a correction has since changed (a saved detail it does not hold).
 */
/** "el número de Mayra es 33 2468 1357", "his # is 312-555-0147": a number or email and a few words around it. */
function onlyContact(note: string): boolean {
  const rest = note.replace(/\S+@\S+|\+?\d[\d ().-]{5,}\d/gu, ' ');
  if (rest === note) return false;
  return rest.split(/[^\p{L}]+/u).filter((word) => word !== '').length <= 5;
}

function ownWords(person: PersonSummary): string | undefined {
  const [note] = person.notes;
  if (!note) return undefined;
  const lower = note.toLowerCase();
  const first = (phrase: string) =>
    phrase
      .toLowerCase()
      .split(/[^\p{L}\p{N}]+/u)
      .find((word) => word.length >= 3) ?? '';
  if ((person.ties ?? []).some((tie) => lower.includes(first(tie.name)))) return undefined;
  // a detail read from the note in other words ("dogs" from "dog park") still leaves the note the richer line
  if ([...person.work, ...person.interests].some((detail) => !lower.includes(first(detail).replace(/(?<=\p{L}{3})s$/u, '')))) return undefined;
  return note;
}

/** How to reach them: the value itself ("+19175550142", "@priya.designs") and which kind it is. */
function reachOf(contacts: PersonSummary['contacts']): { value: string; kind: string } | null {
  // both when both are known: "Reach: +16145550142, judy.k@example.com."
  if (contacts.phone && contacts.email) return { value: `${contacts.phone}, ${contacts.email}`, kind: 'number and email' };
  if (contacts.phone) return { value: contacts.phone, kind: 'number' };
  if (contacts.email) return { value: contacts.email, kind: 'email' };
  if (contacts.instagram) return { value: `@${contacts.instagram.replace(/^@/, '')}`, kind: 'Instagram' };
  if (contacts.linkedin) return { value: contacts.linkedin, kind: 'LinkedIn' };
  const handle = contacts.handles?.find((h) => h.trim().length > 0);
  return handle ? { value: handle, kind: 'handle' } : null;
}

/**
 * A tie as WHO IS says it.
 * @example tieLine({ name: 'Kenji', how: 'sister' }) // "Kenji's sister."
 * @example tieLine({ name: 'Aiko', how: 'their sister' }) // 'Sister: Aiko.'
 * @example tieLine({ name: 'Priya', how: 'met together' }) // 'Met with Priya.'
 */
export function tieLine(tie: PersonTie): string {
  const how = (tie.how ?? '').trim();
  if (!how || how === 'met together') return `Met with ${tie.name}.`;
  if (how.startsWith('their ')) {
    const relation = how.slice('their '.length);
    return `${relation.charAt(0).toUpperCase()}${relation.slice(1)}: ${tie.name}.`;
  }
  return `${tie.name}'s ${how}.`;
}

/** "2026-12-06" -> "Dec 6"; "2027-10" -> "Oct 2027". */
function eventDate(on: string): string {
  const [year, month, day] = on.split('-').map(Number);
  const name = MONTH_ABBREVIATIONS[(month ?? 1) - 1] ?? '';
  return day ? `${name} ${day}` : `${name} ${year}`;
}

/**
 * WHO IS: when and where they met, what they are into, their next event, how to reach them, the last contact and the
 * next nudge. Within two segments: the latest note goes first, then details from the end, then the event; name, when
 * and where they met, contact status and next step stay (shortened only when nothing else is left to drop).
 * @example whoIsReply(sarah, { kind: 'first-follow-up', dueAt: tomorrow10 }, now, zone)
 *   // 'Sarah: met at climbing gym Nov 28. bouldering, pottery studio. gallery opening Dec 12. Reach: +19175550142. No follow-up yet. Next nudge tomorrow at 10am.'
 */
export function whoIsReply(person: PersonSummary, next: NextStep | null, now: Millis, zone: TimeZone): string {
  const names = nameForms(person.name);
  const met = person.met ? clip(person.met) : '';
  const today = localDayKey(now, zone);
  const upcoming = person.events.find((event) => event.on >= today.slice(0, event.on.length) && clip(event.what).length > 0);
  // a detail the event already says ("opening a restaurant" next to "restaurant opening Mar 2027") is left to the event
  const about = distinctDetails([...person.work, ...person.interests], met || null)
    .filter((item) => !upcoming || distinctDetails([upcoming.what, item], null).length === 2)
    .slice(0, 6);
  // one note: the user's own words, which say more than the details read from them; more: the latest
  // (a note that only gave their number says no more than "Reach:": the latest one that says something)
  const latest = person.notes.length > 1 ? (person.notes.find((note) => !onlyContact(note)) ?? person.notes[0]) : ownWords(person);
  // the note in GSM-7 (no emoji), so quoting it never turns the whole reply into UCS-2
  const latestNote = latest === undefined ? undefined : toGsm7(latest);
  const noteLabel = person.notes.length > 1 ? 'Latest' : 'Your note';
  const reach = reachOf(person.contacts);
  const lastContact = person.lastContactAt ? `Last reached out ${shortDate(person.lastContactAt, zone)}.` : 'No follow-up yet.';
  const nextStep = next ? `Next nudge ${whenOf(next, now, zone)}.` : null;

  const render = (cut: WhoIsCut): string => {
    const where = cut.where[0] > 0 && met ? clip(met, ...cut.where) : '';
    const at = where ? (/^(at|in|on|through|via|during|from|over)\b/i.test(where) ? ` ${where}` : ` at ${where}`) : '';
    const details = about
      .slice(0, cut.about)
      .map((item) => clip(item, ...cut.aboutClip))
      .filter((item) => item.length > 0);
    const note = latestNote && cut.note[0] > 0 ? clip(latestNote, ...cut.note) : '';
    const parts = [
      `${names[Math.min(cut.name, names.length - 1)]}: met${at} ${shortDate(person.metAt, zone)}.`,
      details.length > 0 ? `${details.join(', ')}.` : null,
      upcoming && cut.event > 0 ? `${clip(upcoming.what, cut.event, 40)} ${eventDate(upcoming.on)}.` : null,
      cut.ties && person.ties?.length ? person.ties.slice(0, 2).map(tieLine).join(' ') : null,
      note ? `${noteLabel}: ${note}.` : null,
      reach ? (cut.reachValue ? `Reach: ${clip(reach.value)}.` : `Has their ${reach.kind}.`) : 'No number yet.',
      lastContact,
      nextStep,
    ];
    return parts.filter((part): part is string => part !== null).join(' ');
  };

  let cut: WhoIsCut = {
    name: 0,
    where: [Infinity, Infinity],
    about: 6,
    aboutClip: [Infinity, Infinity],
    event: Infinity,
    note: [Infinity, Infinity],
    reachValue: true,
    ties: true,
  };
  const candidates = [render(cut)];
  for (const step of WHO_IS_STEPS) {
    cut = { ...cut, ...step };
    candidates.push(render(cut));
  }
  // measured as sent: every reply goes out in GSM-7 (decide), so an accent in a name ("Gráinne") does not make the
  // reply UCS-2 and cut what it says
  return fitReply([...new Set(candidates.map(toGsm7))]);
}

/** How LIST shortens each line: words and units of the name and of where they met (0 words: left out). */
const LIST_CUTS: { name: [number, number]; met: [number, number] }[] = [
  { name: [Infinity, Infinity], met: [Infinity, Infinity] },
  { name: [Infinity, Infinity], met: [3, 24] },
  { name: [3, 30], met: [3, 24] },
  { name: [3, 30], met: [1, 12] },
  { name: [3, 30], met: [0, 0] },
  { name: [1, 16], met: [0, 0] },
];

/**
 * LIST: recent people with where they met. Within two segments, places and names shorten, then people drop from the end
 * (counted in "+N more").
 * @example listPeople([{ name: 'Sarah', met: 'climbing gym' }, { name: 'Tom', met: null }], 2)
 *   // 'Your people: 1) Sarah (climbing gym) 2) Tom. Ask WHO IS <name>? for details.'
 * @example listPeople([{ name: 'Sarah', met: 'climbing gym' }], 4) // 'Your people: 1) Sarah (climbing gym). +3 more. Text PAGE to see everyone.'
 */
export function listPeople(people: { name: string; met: string | null }[], total: number): string {
  if (people.length === 0) return 'No one saved yet. Text me a note after you meet someone, like: Met Sarah at the gym, loves hiking.';
  const candidates: string[] = [];
  for (const hint of [' Ask WHO IS <name>? for details.', '']) {
    for (let count = people.length; count >= 1; count--) {
      for (const cut of LIST_CUTS) {
        const lines = people.slice(0, count).map((person, index) => {
          const name = clip(person.name, ...cut.name) || 'that person';
          const met = person.met && cut.met[0] > 0 ? clip(person.met, ...cut.met) : '';
          return `${index + 1}) ${name}${met ? ` (${met})` : ''}`;
        });
        const more = Math.max(total, people.length) - count;
        // people left out: the page shows everyone
        const tail = more > 0 && hint ? ' Text PAGE to see everyone.' : hint;
        candidates.push(`Your people: ${lines.join(' ')}.${more > 0 ? ` +${more} more.` : ''}${tail}`);
      }
    }
  }
  return fitReply([...new Set(candidates)]);
}
