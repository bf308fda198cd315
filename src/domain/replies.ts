// Kindling's answers to commands and replies: short, warm, GSM-7 only in its own words, within two segments.
import { distinctDetails } from './compose';
import { describeWhen } from './schedule';
import { clipWords, fitToSegments, truncateToSegments } from './sms-length';
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
  /** held by a pause with no end: only RESUME brings it, so a reply says "when you resume" rather than a date */
  waitsForResume?: boolean;
}

/** When a step comes, as a reply says it: its date, or "when you resume" while an open-ended pause holds it. */
function whenOf(step: Pick<NextStep, 'dueAt' | 'waitsForResume'>, now: Millis, zone: TimeZone): string {
  return step.waitsForResume ? 'when you resume' : describeWhen(step.dueAt, now, zone);
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

// ---------------------------------------------------------------------------------------------------------------
// Fitting what the user typed into two segments

const graphemes = new Intl.Segmenter('en', { granularity: 'grapheme' });

/**
 * `text` on one line, at most `maxWords` whole words and `maxUnits` UTF-16 units, with no trailing punctuation; a word
 * too long for that is cut between graphemes.
 * @example clip('the rooftop bar on top of the old mill', 3, 40) // 'the rooftop bar'
 */
function clip(text: string, maxWords = Infinity, maxUnits = Infinity): string {
  const oneLine = text.replace(/\s+/g, ' ').trim();
  const words = Number.isFinite(maxWords) ? clipWords(oneLine, maxWords) : oneLine;
  let kept = words;
  if (words.length > maxUnits) {
    kept = '';
    for (const { segment } of graphemes.segment(words)) {
      if (kept.length + segment.length > maxUnits) break;
      kept += segment;
    }
    const space = kept.lastIndexOf(' ');
    if (space > kept.length / 2) kept = kept.slice(0, space);
  }
  return kept.replace(/[\s,;:.\-]+$/, '');
}

/** A name as a reply shows it: as noted, then at most 3 words, then the first word; never empty. */
function nameForms(name: string): string[] {
  const forms = [clip(name), clip(name, 3, 40), clip(name, 1, 20)].map((form) => form || 'that person');
  return [...new Set(forms)];
}

/**
 * The reply to send: the first of `candidates` (richest first) that fits one segment among the first `singles`,
 * else the first that fits two, else the barest cut to two.
 */
function fitReply(candidates: readonly string[], singles = 1): string {
  return (
    fitToSegments(candidates.slice(0, singles), 1) ??
    fitToSegments(candidates, 2) ??
    truncateToSegments(candidates.at(-1) ?? '', 2)
  );
}

/**
 * A reply about one named person: each wording (richest first) with the name as noted may be the one-segment text;
 * shorter forms of the name come in only when two segments cannot hold it.
 */
function fitNamed(name: string, wordings: readonly ((name: string) => string)[]): string {
  const candidates = nameForms(name).flatMap((form) => wordings.map((wording) => wording(form)));
  return fitReply(candidates, wordings.length);
}

export const HELP_TEXT =
  'Kindling: text a note after you meet someone ("Met Sarah at the gym, loves hiking"). ' +
  'Reply DONE, SNOOZE 3 DAYS or SKIP to a nudge. WHO IS SARAH?, LIST, PAUSE, EXPORT. STOP to opt out.';

export const EMPTY_TEXT = 'That text came through empty. Text me a note about someone you met, or HELP for commands.';
export const MEDIA_ONLY_TEXT = "I can only read words for now, not pictures. Text me a note about who you met and I'll save it.";
export const RESEND_TEXT = "Sorry, I didn't catch that. Please resend it in a minute.";
export const SMALL_TALK_TEXT = 'Got it! To save someone, text a note like: Met Sarah at the gym, loves hiking. Text HELP for commands.';
export const ASK_NAME_TEXT = "Got it, I kept that note. Who was it? Reply with their name and I'll file it.";

/**
 * SAME or NEW, when a note names someone already saved.
 * @example askSamePerson('Jake', 'run club', nov3, zone)
 *   // 'You already have a Jake (run club, met Nov 3). Same person? Reply SAME to add this note, or NEW to save a new Jake.'
 */
export function askSamePerson(name: string, met: string | null, metAt: Millis, zone: TimeZone): string {
  const date = shortDate(metAt, zone);
  const place = (words?: number, units?: number) => {
    const where = met ? clip(met, words, units) : '';
    return where ? `${where}, ` : '';
  };
  return fitNamed(name, [
    (n) => `You already have a ${n} (${place()}met ${date}). Same person? Reply SAME to add this note, or NEW to save a new ${n}.`,
    (n) => `You already have a ${n} (${place(4, 30)}met ${date}). Same person? Reply SAME to add this note, or NEW to save a new one.`,
    (n) => `You have a ${n} (${place(4, 30)}met ${date}). Same one? Reply SAME to add this note or NEW for a new one.`,
    (n) => `You have a ${n} (${place(2, 16)}met ${date}). Same? Reply SAME or NEW.`,
  ]);
}

/**
 * A note filed under someone already saved, and what comes next for them.
 * @example addedNote('Sarah', { kind: 'check-in', dueAt: dec12At10 }, now, zone) // "Added to Sarah's notes. Next: a light check-in Dec 12 at 10am."
 */
export function addedNote(name: string, next: NextStep | null, now: Millis, zone: TimeZone): string {
  const when = next ? whenOf(next, now, zone) : null;
  return fitNamed(name, [
    (n) => `Added to ${n}'s notes.${next ? ` Next: ${KIND_PHRASE[next.kind]} ${when}.` : ''}`,
    (n) => `Added to ${n}'s notes.${next ? ` Next nudge ${when}.` : ''}`,
  ]);
}

/**
 * A name that matches nobody saved.
 * @example unknownPerson('Bob') // "I don't have anyone called Bob yet. Text LIST to see your people, or send a note about them."
 */
export function unknownPerson(name: string): string {
  return fitNamed(name, [
    (n) => `I don't have anyone called ${n} yet. Text LIST to see your people, or send a note about them.`,
    (n) => `I don't have anyone called ${n} yet. Text LIST to see your people.`,
  ]);
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
}

const WHO_IS_STEPS: Partial<WhoIsCut>[] = [
  { note: [6, 40] },
  { note: [0, 0] },
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

/** How to reach them: the value itself ("+19175550142", "@priya.designs") and which kind it is. */
function reachOf(contacts: PersonSummary['contacts']): { value: string; kind: string } | null {
  if (contacts.phone) return { value: contacts.phone, kind: 'number' };
  if (contacts.email) return { value: contacts.email, kind: 'email' };
  if (contacts.instagram) return { value: `@${contacts.instagram.replace(/^@/, '')}`, kind: 'Instagram' };
  if (contacts.linkedin) return { value: contacts.linkedin, kind: 'LinkedIn' };
  const handle = contacts.handles?.find((h) => h.trim().length > 0);
  return handle ? { value: handle, kind: 'handle' } : null;
}

/**
 * WHO IS: when and where they met, what they are into, their next event, how to reach them, the last contact and the
 * next nudge. Within two segments: the latest note goes first, then details from the end, then the event; name, when
 * and where they met, contact status and next step stay (shortened only when nothing else is left to drop).
 * @example whoIs(sarah, { kind: 'first-follow-up', dueAt: tomorrow10 }, now, zone)
 *   // 'Sarah: met at climbing gym Nov 28. bouldering, pottery studio. gallery opening Dec 12. Reach: +19175550142. No follow-up yet. Next nudge tomorrow at 10am.'
 */
export function whoIs(person: PersonSummary, next: NextStep | null, now: Millis, zone: TimeZone): string {
  const names = nameForms(person.name);
  const met = person.met ? clip(person.met) : '';
  const today = shortIso(now, zone);
  const upcoming = person.events.find((event) => event.on >= today.slice(0, event.on.length) && clip(event.what).length > 0);
  // a detail the event already says ("opening a restaurant" next to "restaurant opening Mar 2027") is left to the event
  const about = distinctDetails([...person.work, ...person.interests], met || null)
    .filter((item) => !upcoming || distinctDetails([upcoming.what, item], null).length === 2)
    .slice(0, 6);
  const latestNote = person.notes.length > 1 ? person.notes[0] : undefined;
  const reach = reachOf(person.contacts);
  const lastContact = person.lastContactAt ? `Last reached out ${shortDate(person.lastContactAt, zone)}.` : 'No follow-up yet.';
  const nextStep = next ? `Next nudge ${whenOf(next, now, zone)}.` : null;

  const render = (cut: WhoIsCut): string => {
    const where = cut.where[0] > 0 && met ? clip(met, ...cut.where) : '';
    const at = where ? (/^(at|in|on|through|via|during|from|over)\b/i.test(where) ? ` ${where}` : ` at ${where}`) : '';
    const details = about.slice(0, cut.about).map((item) => clip(item, ...cut.aboutClip)).filter((item) => item.length > 0);
    const note = latestNote && cut.note[0] > 0 ? clip(latestNote, ...cut.note) : '';
    const parts = [
      `${names[Math.min(cut.name, names.length - 1)]}: met${at} ${shortDate(person.metAt, zone)}.`,
      details.length > 0 ? `${details.join(', ')}.` : null,
      upcoming && cut.event > 0 ? `${clip(upcoming.what, cut.event, 40)} ${eventDate(upcoming.on)}.` : null,
      note ? `Latest: ${note}.` : null,
      reach ? (cut.reachValue ? `Reach: ${clip(reach.value)}.` : `Has their ${reach.kind}.`) : 'No number yet.',
      lastContact,
      nextStep,
    ];
    return parts.filter((part): part is string => part !== null).join(' ');
  };

  let cut: WhoIsCut = { name: 0, where: [Infinity, Infinity], about: 6, aboutClip: [Infinity, Infinity], event: Infinity, note: [12, 60], reachValue: true };
  const candidates = [render(cut)];
  for (const step of WHO_IS_STEPS) {
    cut = { ...cut, ...step };
    candidates.push(render(cut));
  }
  return fitReply([...new Set(candidates)]);
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
 */
export function listPeople(people: { name: string; met: string | null }[], total: number): string {
  if (people.length === 0) return "No one saved yet. Text me a note after you meet someone, like: Met Sarah at the gym, loves hiking.";
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
        candidates.push(`Your people: ${lines.join(' ')}.${more > 0 ? ` +${more} more.` : ''}${hint}`);
      }
    }
  }
  return fitReply([...new Set(candidates)]);
}

/** How "Which one?" shortens each option: words and units of the name and of its "(where they met)" (0: left out). */
const OPTION_CUTS: { name: [number, number]; tag: [number, number] }[] = [
  { name: [Infinity, Infinity], tag: [Infinity, Infinity] },
  { name: [3, 30], tag: [3, 24] },
  { name: [2, 20], tag: [2, 16] },
  { name: [1, 16], tag: [1, 12] },
  { name: [1, 16], tag: [0, 0] },
];

/**
 * Asks which of several people a reply is about. Options are names, or "Name (where they met)".
 * @example whichPerson(['Sarah (climbing gym)', 'Sarah (work)']) // 'Which one? 1) Sarah (climbing gym) 2) Sarah (work). Reply with the number or name.'
 */
export function whichPerson(names: string[]): string {
  const options = names.map((option) => {
    const tagged = /^([\s\S]*?\S)\s*\(([\s\S]*)\)\s*$/.exec(option);
    return tagged ? { name: tagged[1] ?? option, tag: tagged[2] ?? '' } : { name: option, tag: '' };
  });
  const candidates: string[] = [];
  for (let count = options.length; count >= 1; count--) {
    for (const cut of OPTION_CUTS) {
      const shown = options.slice(0, count).map((option, index) => {
        const tag = cut.tag[0] > 0 ? clip(option.tag, ...cut.tag) : '';
        return `${index + 1}) ${clip(option.name, ...cut.name) || 'that person'}${tag ? ` (${tag})` : ''}`;
      });
      const more = options.length - count;
      candidates.push(`Which one? ${shown.join(' ')}${more > 0 ? ` +${more} more` : ''}. Reply with the number or name.`);
    }
  }
  return fitReply([...new Set(candidates)]);
}

/**
 * DONE: praise, and ask how it went.
 * @example doneReply('Sarah') // 'Nice work reaching out to Sarah! How did it go? Reply when you know, like "wrote back right away" or "no answer yet".'
 */
export function doneReply(name: string): string {
  return fitNamed(name, [
    (n) => `Nice work reaching out to ${n}! How did it go? Reply when you know, like "wrote back right away" or "no answer yet".`,
    (n) => `Nice work reaching out to ${n}! How did it go? Reply when you hear back.`,
  ]);
}

/**
 * SNOOZE: when the person comes up again: a time, or the snoozed step as a reply states it (held by an open-ended pause:
 * "when you resume").
 * @example snoozed('Sarah', saturday10am, now, zone) // "OK, I'll bring Sarah up again Saturday at 10am."
 * @example snoozed('Sarah', { dueAt: saturday10am, waitsForResume: true }, now, zone) // "OK, I'll bring Sarah up again when you resume."
 */
export function snoozed(name: string, until: Millis | Pick<NextStep, 'dueAt' | 'waitsForResume'>, now: Millis, zone: TimeZone): string {
  const when = whenOf(typeof until === 'number' ? { dueAt: until } : until, now, zone);
  return fitNamed(name, [(n) => `OK, I'll bring ${n} up again ${when}.`, (n) => `Snoozed ${n} till ${when}.`]);
}

/**
 * SKIP: what comes next for them, if anything.
 * @example skipped('Sarah', { kind: 'check-in', dueAt: dec12At10 }, now, zone) // 'Skipped. Next for Sarah: a light check-in Dec 12 at 10am.'
 */
export function skipped(name: string, next: NextStep | null, now: Millis, zone: TimeZone): string {
  if (!next) {
    return fitNamed(name, [
      (n) => `Skipped. Nothing more planned for ${n}; text a note about them anytime.`,
      (n) => `Skipped. Nothing more planned for ${n}.`,
    ]);
  }
  const when = whenOf(next, now, zone);
  return fitNamed(name, [(n) => `Skipped. Next for ${n}: ${KIND_PHRASE[next.kind]} ${when}.`, (n) => `Skipped. Next for ${n}: ${when}.`]);
}

/**
 * How it went: warm, lukewarm or no answer, and what Kindling does next.
 * @example updateReply('Sarah', 'warm', { kind: 'deepen', dueAt: friday10am }, now, zone) // "Love that! Sarah sounds keen. I'll suggest something to do together Friday at 10am."
 */
export function updateReply(name: string, warmth: 'warm' | 'lukewarm' | 'none', next: NextStep | null, now: Millis, zone: TimeZone): string {
  const when = next ? whenOf(next, now, zone) : null;
  if (warmth === 'warm') {
    return fitNamed(name, [
      (n) => `Love that! ${n} sounds keen. I'll suggest something to do together ${when ?? 'soon'}.`,
      (n) => `Love that! I'll suggest something to do with ${n} ${when ?? 'soon'}.`,
    ]);
  }
  if (warmth === 'lukewarm') {
    return fitNamed(name, [
      (n) => `Got it. I'll give ${n} some space and check back ${when ?? 'in a few weeks'}, maybe with a group idea.`,
      (n) => `Got it. I'll give ${n} some space and check back ${when ?? 'in a few weeks'}.`,
    ]);
  }
  if (next?.kind === 'let-go') {
    return fitNamed(name, [
      (n) => `No answer from ${n} again. I'll check with you ${when} about letting it go.`,
      (n) => `No answer from ${n} again. I'll ask ${when} about letting go.`,
    ]);
  }
  return fitNamed(name, [
    (n) => `No worries, people get busy. I'll remind you ${when ?? 'later'} for one gentle follow-up with ${n}.`,
    (n) => `No worries. I'll remind you ${when ?? 'later'} for one more follow-up with ${n}.`,
  ]);
}

/**
 * KEEP: the person stays, and when Kindling checks in.
 * @example kept('Jake', { kind: 'check-in', dueAt: dec12At10 }, now, zone) // "Keeping Jake. I'll check in Dec 12 at 10am."
 */
export function kept(name: string, next: NextStep | null, now: Millis, zone: TimeZone): string {
  const when = next ? whenOf(next, now, zone) : null;
  return fitNamed(name, [(n) => (when ? `Keeping ${n}. I'll check in ${when}.` : `Keeping ${n}.`)]);
}

/**
 * FORGET: the person and their notes are gone.
 * @example forgotten('Zelda') // "Forgot Zelda and every note about them. That can't be undone."
 */
export function forgotten(name: string): string {
  return fitNamed(name, [(n) => `Forgot ${n} and every note about them. That can't be undone.`, (n) => `Forgot ${n} and their notes, for good.`]);
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

/**
 * TZ: the zone now in use and the local time there.
 * @example zoneSet('Chicago', '9:15am') // "Time zone set to Chicago. It's 9:15am there now; nudges follow your local day."
 */
export function zoneSet(label: string, localTime: string): string {
  return fitNamed(label, [(l) => `Time zone set to ${l}. It's ${localTime} there now; nudges follow your local day.`, (l) => `Time zone set to ${l}. It's ${localTime} there now.`]);
}

/**
 * TZ with a zone Kindling cannot place; quotes a few words of what was typed.
 * @example zoneUnknown('Narnia') // 'I don\'t know the time zone "Narnia". Try a city like TZ CHICAGO or a zone like TZ AMERICA/DENVER.'
 */
export function zoneUnknown(query: string): string {
  const asked = clip(query, 4, 30);
  return fitReply(
    [`I don't know the time zone "${asked}". Try a city like TZ CHICAGO or a zone like TZ AMERICA/DENVER.`, `I don't know the time zone "${asked}". Try a city, like TZ CHICAGO.`],
    2,
  );
}

/**
 * UNDO: what was undone ("saved Tom", "note added to Sarah").
 * @example undone('saved Tom') // 'Undone: saved Tom.'
 */
export function undone(summary: string): string {
  return fitReply([`Undone: ${clip(summary)}.`, `Undone: ${clip(summary, 6, 60)}.`, `Undone: ${clip(summary, 4, 30)}.`]);
}

export const NOTHING_TO_UNDO = 'Nothing to undo.';

export function exportLink(url: string): string {
  return `Your people, as a contacts file: ${url} The link works once, for 24 hours. Add ?format=csv for a spreadsheet.`;
}

export const DELETE_ASK = "This deletes everyone you've saved and all your notes. Reply DELETE ALL to confirm, or anything else to keep them.";
export const DELETE_DONE = "Done. Everything you saved is deleted. Text a note anytime to start fresh.";
export const DELETE_KEPT = 'OK, nothing deleted.';

/** Said once when quick texts trip the reply limit; after it Kindling stays quiet until the texts slow down. */
export const THROTTLED_TEXT = "Got all of those and saved them. I'll answer again in a minute.";

/** The one confirmation for an opt-out Twilio does not answer itself ("please stop texting me"). */
export const OPTED_OUT_TEXT = "OK, you're unsubscribed and won't get more texts from Kindling. Text START to come back.";

export const STARTED_TEXT = "You're back on. I'll pick up where we left off. Text HELP for commands.";

/** The help lines a first capture confirmation ends with (composeCaptureConfirmation's), longest first. */
export const WELCOME_HELP_LINES = ['Text HELP for commands, STOP to opt out.', 'HELP for help, STOP to opt out.'];

/**
 * What the welcome says about the time zone guessed from the number, longest first.
 * @example zoneAssumed('Perth')[0] -> "I've set your time zone to Perth. Text TZ and your city to change it."
 */
export function zoneAssumed(place: string): string[] {
  return [
    `I've set your time zone to ${place}. Text TZ and your city to change it.`,
    `Time zone: ${place} (text TZ and your city to change it).`,
    `Time zone: ${place}. TZ and a city changes it.`,
  ];
}

export const WELCOME_PREFIX = 'Welcome to Kindling! ';
export const WELCOME_SUFFIX = ' Text HELP for commands, STOP to opt out.';

export function keepNeedsName(): string {
  return 'Who should I keep? Reply KEEP and their name.';
}
