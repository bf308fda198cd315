// Kindling's answers to commands and replies: short, warm, GSM-7 only in its own words, within two segments.
import { describeWhen } from './schedule';
import type { Millis, NudgeKind, PersonEvent, TimeZone } from './types';

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
}

export interface NextStep {
  kind: NudgeKind;
  dueAt: Millis;
}

const KIND_PHRASE: Record<NudgeKind, string> = {
  'first-follow-up': 'a first follow-up',
  'get-contact': 'a reminder to get their number',
  deepen: 'an idea to do something together',
  'check-in': 'a light check-in',
  'their-moment': 'a note for their big day',
  'say-hi': 'a reminder to say hi',
  'let-go': 'a last check',
};

function shortDate(at: Millis, zone: TimeZone): string {
  return new Intl.DateTimeFormat('en-US', { month: 'short', day: 'numeric', timeZone: zone }).format(at);
}

function listOf(items: string[], max: number): string {
  return items.slice(0, max).join(', ');
}

export const HELP_TEXT =
  'Kindling: text a note after you meet someone ("Met Sarah at the gym, loves hiking"). ' +
  'Reply DONE, SNOOZE 3 DAYS or SKIP to a nudge. WHO IS SARAH?, LIST, PAUSE, EXPORT. STOP to opt out.';

export const EMPTY_TEXT = 'That text came through empty. Text me a note about someone you met, or HELP for commands.';
export const MEDIA_ONLY_TEXT = "I can only read words for now, not pictures. Text me a note about who you met and I'll save it.";
export const RESEND_TEXT = "Sorry, I didn't catch that. Please resend it in a minute.";
export const SMALL_TALK_TEXT = 'Got it! To save someone, text a note like: Met Sarah at the gym, loves hiking. Text HELP for commands.';
export const ASK_NAME_TEXT = "Got it, I kept that note. Who was it? Reply with their name and I'll file it.";

export function askSamePerson(name: string, met: string | null, metAt: Millis, zone: TimeZone): string {
  const where = met ? `${met}, ` : '';
  return `You already have a ${name} (${where}met ${shortDate(metAt, zone)}). Same person? Reply SAME to add this note, or NEW to save a new ${name}.`;
}

export function addedNote(name: string, next: NextStep | null, now: Millis, zone: TimeZone): string {
  return `Added to ${name}'s notes.${next ? ` Next: ${KIND_PHRASE[next.kind]} ${describeWhen(next.dueAt, now, zone)}.` : ''}`;
}

export function unknownPerson(name: string): string {
  return `I don't have anyone called ${name} yet. Text LIST to see your people, or send a note about them.`;
}

export function whoIs(person: PersonSummary, next: NextStep | null, now: Millis, zone: TimeZone): string {
  const parts: string[] = [];
  const where = person.met ? ` at ${person.met}` : '';
  parts.push(`${person.name}: met${where} ${shortDate(person.metAt, zone)}.`);
  const about = [...person.work.slice(0, 2), ...person.interests.slice(0, 3)];
  if (about.length) parts.push(`${listOf(about, 5)}.`);
  const upcoming = person.events.find((event) => event.on >= shortIso(now, zone).slice(0, event.on.length));
  if (upcoming) parts.push(`${upcoming.what} ${eventDate(upcoming.on)}.`);
  const latestNote = person.notes[0];
  if (latestNote && person.notes.length > 1) parts.push(`Latest: ${latestNote.slice(0, 60)}.`);
  const reach = person.contacts.phone ?? person.contacts.email ?? (person.contacts.instagram ? `@${person.contacts.instagram}` : person.contacts.linkedin);
  parts.push(reach ? `Reach: ${reach}.` : 'No number yet.');
  parts.push(person.lastContactAt ? `Last reached out ${shortDate(person.lastContactAt, zone)}.` : 'No follow-up yet.');
  if (next) parts.push(`Next nudge ${describeWhen(next.dueAt, now, zone)}.`);
  return parts.join(' ');
}

/** "2026-12-06" -> "Dec 6"; "2027-10" -> "Oct 2027". */
function eventDate(on: string): string {
  const [year, month, day] = on.split('-').map(Number);
  const name = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][(month ?? 1) - 1] ?? '';
  return day ? `${name} ${day}` : `${name} ${year}`;
}

function shortIso(at: Millis, zone: TimeZone): string {
  return new Intl.DateTimeFormat('en-CA', { year: 'numeric', month: '2-digit', day: '2-digit', timeZone: zone }).format(at);
}

export function listPeople(people: { name: string; met: string | null }[], total: number): string {
  if (people.length === 0) return "No one saved yet. Text me a note after you meet someone, like: Met Sarah at the gym, loves hiking.";
  const lines = people.map((person, index) => `${index + 1}) ${person.name}${person.met ? ` (${person.met})` : ''}`);
  const more = total > people.length ? ` +${total - people.length} more.` : '';
  return `Your people: ${lines.join(' ')}.${more} Ask WHO IS <name>? for details.`;
}

export function whichPerson(names: string[]): string {
  const options = names.map((name, index) => `${index + 1}) ${name}`).join(' ');
  return `Which one? ${options}. Reply with the number or name.`;
}

export function doneReply(name: string): string {
  return `Nice work reaching out to ${name}! How did it go? Reply when you know, like "wrote back right away" or "no answer yet".`;
}

export function snoozed(name: string, until: Millis, now: Millis, zone: TimeZone): string {
  return `OK, I'll bring ${name} up again ${describeWhen(until, now, zone)}.`;
}

export function skipped(name: string, next: NextStep | null, now: Millis, zone: TimeZone): string {
  if (!next) return `Skipped. Nothing more planned for ${name}; text a note about them anytime.`;
  return `Skipped. Next for ${name}: ${KIND_PHRASE[next.kind]} ${describeWhen(next.dueAt, now, zone)}.`;
}

export function updateReply(name: string, warmth: 'warm' | 'lukewarm' | 'none', next: NextStep | null, now: Millis, zone: TimeZone): string {
  const when = next ? describeWhen(next.dueAt, now, zone) : null;
  if (warmth === 'warm') return `Love that! ${name} sounds keen. I'll suggest something to do together ${when ?? 'soon'}.`;
  if (warmth === 'lukewarm') return `Got it. I'll give ${name} some space and check back ${when ?? 'in a few weeks'}, maybe with a group idea.`;
  if (next?.kind === 'let-go') return `No answer from ${name} again. I'll check with you ${when} about letting it go.`;
  return `No worries, people get busy. I'll remind you ${when ?? 'later'} for one gentle follow-up with ${name}.`;
}

export function kept(name: string, next: NextStep | null, now: Millis, zone: TimeZone): string {
  return `Keeping ${name}. ${next ? `I'll check in ${describeWhen(next.dueAt, now, zone)}.` : ''}`.trim();
}

export function forgotten(name: string): string {
  return `Forgot ${name} and every note about them. That can't be undone.`;
}

export function paused(until: Millis | null, now: Millis, zone: TimeZone): string {
  return until ? `Paused until ${describeWhen(until, now, zone)}. Text RESUME anytime.` : 'Paused. No nudges until you text RESUME.';
}

export const RESUMED_TEXT = "Welcome back! Nudges are on again; anything overdue comes at your next nudge time.";

export function nudgeTimeSet(hour: number, minute: number): string {
  const h = hour % 12 === 0 ? 12 : hour % 12;
  const suffix = hour < 12 ? 'am' : 'pm';
  return `Done. Nudges will come around ${h}${minute ? `:${String(minute).padStart(2, '0')}` : ''}${suffix} your time.`;
}

export function nudgeTimeOutside(startHour: number, endHour: number): string {
  return `I only text between ${startHour}:00 and ${endHour}:00 so I never wake you. Pick a time in that window, like NUDGE AT 6PM.`;
}

export function zoneSet(label: string, localTime: string): string {
  return `Time zone set to ${label}. It's ${localTime} there now; nudges follow your local day.`;
}

export function zoneUnknown(query: string): string {
  return `I don't know the time zone "${query.slice(0, 30)}". Try a city like TZ CHICAGO or a zone like TZ AMERICA/DENVER.`;
}

export function undone(summary: string): string {
  return `Undone: ${summary}.`;
}

export const NOTHING_TO_UNDO = 'Nothing to undo.';

export function exportLink(url: string): string {
  return `Your people, as a contacts file: ${url} The link works once, for 24 hours. Add ?format=csv for a spreadsheet.`;
}

export const DELETE_ASK = "This deletes everyone you've saved and all your notes. Reply DELETE ALL to confirm, or anything else to keep them.";
export const DELETE_DONE = "Done. Everything you saved is deleted. Text a note anytime to start fresh.";
export const DELETE_KEPT = 'OK, nothing deleted.';

export const STARTED_TEXT = "You're back on. I'll pick up where we left off. Text HELP for commands.";

export const WELCOME_PREFIX = 'Welcome to Kindling! ';
export const WELCOME_SUFFIX = ' Text HELP for commands, STOP to opt out.';

export function keepNeedsName(): string {
  return 'Who should I keep? Reply KEEP and their name.';
}
