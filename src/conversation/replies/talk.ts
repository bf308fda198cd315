// Replies to texts that save nothing or ask something: chatter, confusion, another language, an unclear text, mute,
// a forget to confirm, reminders and questions answered from what is saved. Plain GSM-7, one segment where possible.
import type { ChatterTone } from '../../understand/types';
import type { Millis, TimeZone } from '../../domain/types';
import { clip, fitNamed, fitReply } from './fit';
import { whenOf, type NextStep } from './next-step';

const CHATTER: Record<ChatterTone, string> = {
  thanks: 'Anytime! Text me a note after you meet someone and I will keep track.',
  ack: 'Sounds good.',
  laugh: 'Ha! Text me whenever you have a note about someone.',
  greeting: 'Hi! Text me a note after you meet someone, or HELP for what I can do.',
  praise: 'Glad it helps!',
  other: 'Got it. Text HELP any time for what I can do.',
};

/** "thanks!", "lol", "hi": a short friendly answer, never a question about who it was. */
export function chatterReply(tone: ChatterTone): string {
  return CHATTER[tone];
}

export const CONFUSED_TEXT = 'Sorry, that was unclear of me. Text HELP for what I can do, or send a note like: Met Sarah at the gym, loves hiking.';

export const OTHER_LANGUAGE_TEXT = "I kept your note. To save someone, name them in it, like: Met Ana at the gym, she's a dentist.";

/** The same in Spanish: a note Kindling kept but could not file (GSM-7, so no accents outside it). */
export const OTHER_LANGUAGE_TEXT_ES = 'Guarde tu nota. Para guardar a alguien, di su nombre, por ejemplo: Conoci a Ana en el gym, es dentista.';

/** The kept-note line in the user's language when Kindling has it. */
export function otherLanguageReply(language: string): string {
  return language === 'Spanish' ? OTHER_LANGUAGE_TEXT_ES : OTHER_LANGUAGE_TEXT;
}

/** An unclear text: the one question, and the choices it expects. */
export function unclearReply(question: string, choices: readonly string[]): string {
  return choices.includes('help') ? `${question} Text HELP for options.` : question;
}

/**
 * Mute: no more nudges about them, notes kept.
 * @example muted('Ben') // "Okay, no more reminders about Ben. I kept the notes. Text KEEP BEN to bring them back."
 */
export function muted(name: string): string {
  return fitNamed(name, [
    (n) => `Okay, no more reminders about ${n}. I kept the notes. Text KEEP ${n.toUpperCase()} to bring them back.`,
    (n) => `Okay, no more reminders about ${n}. Notes kept; KEEP brings them back.`,
  ]);
}

/** Erasing someone is asked first: it cannot be undone. */
export function askForget(name: string): string {
  return fitNamed(name, [
    (n) => `Erase ${n} and every note about them? That can't be undone. Reply YES to erase, or MUTE ${n.toUpperCase()} to just stop the reminders.`,
    (n) => `Erase ${n} and their notes for good? Reply YES to erase.`,
  ]);
}

export const FORGET_KEPT = "Okay, I didn't erase anyone.";

/** A reminder about someone Kindling does not know: it invents no one. */
export function remindUnknown(name: string | null): string {
  return name
    ? fitNamed(name, [(n) => `I only remind you about people I know, and I don't have ${n} yet. Text a note about them first.`])
    : 'I only remind you about people I know. Tell me who, like: remind me to text Sarah on Friday.';
}

/**
 * An explicit reminder is planned.
 * @example reminderSet('Dana', { dueAt: fri10 }, now, zone) // "Okay, I'll remind you about Dana Friday at 10am."
 */
export function reminderSet(name: string, step: Pick<NextStep, 'dueAt' | 'waitsForResume'>, now: Millis, zone: TimeZone): string {
  const when = whenOf(step, now, zone);
  return fitNamed(name, [(n) => `Okay, I'll remind you about ${n} ${when}.`]);
}

/** WHEN IS MY NEXT REMINDER: the next nudge, or none. */
export function nextReply(next: { name: string; step: Pick<NextStep, 'dueAt' | 'waitsForResume'> } | null, now: Millis, zone: TimeZone): string {
  if (!next) return 'Nothing planned yet. Text me a note after you meet someone and I will plan a follow-up.';
  const when = whenOf(next.step, now, zone);
  return fitNamed(next.name, [(n) => `Next up: ${n}, ${when}.`]);
}

/** WHO SHOULD I REACH OUT TO: the people with nudges in the coming days. */
export function agendaReply(names: readonly string[], days: number): string {
  const span = days <= 1 ? 'today' : 'this week';
  if (names.length === 0) return `No one is due ${span}. Text LIST to see everyone you've saved.`;
  return `Due ${span}: ${names.slice(0, 5).join(', ')}.`;
}

/** WHATS IVANS NUMBER: the contact asked for, or that there is none. */
export function contactReply(name: string, label: string, value: string | null): string {
  return fitNamed(name, [(n) => (value ? `${n}'s ${label}: ${value}` : `I don't have ${label === 'email' ? 'an' : 'a'} ${label} for ${n} yet.`)]);
}

export const DRAFT_NEEDS_NAME = 'Happy to draft one. Who is it for? Text like: what should I text Sarah?';

/** "thats a different carla" with no note to split off: how to save the other one. */
export function askOtherPerson(name: string | null): string {
  if (!name) return "Okay. Text me a note about the other person and I'll save them separately.";
  return fitNamed(name, [(n) => `Okay. Text me a note about the other ${n} and I'll save them separately.`]);
}

/**
 * Several people in one note.
 * @example savedSeveral(['Jake', 'Priya'], 'marcos bday', false) // "Saved Jake and Priya (marcos bday). I'll nudge you about each. Text UNDO if that's wrong."
 */
export function savedSeveral(names: readonly string[], met: string | null, welcome: boolean): string {
  const list = names.length > 1 ? `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}` : (names[0] ?? '');
  const lead = welcome ? 'Welcome to Kindling! ' : '';
  const text = `${lead}Saved ${list}${met ? ` (${met})` : ''}. I'll nudge you about each.`;
  return text.length <= 306 ? text : `${lead}Saved ${names.length} people. I'll nudge you about each.`;
}

/** A note about several people, some already saved: what went where. */
export function notedSeveral(names: readonly string[]): string {
  const list = names.length > 1 ? `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}` : (names[0] ?? '');
  const text = `Got it: noted for ${list}.`;
  return text.length <= 306 ? text : `Got it: noted for ${names.length} people.`;
}

export function renamed(from: string, to: string): string {
  return fitNamed(to, [(n) => `Renamed ${from} to ${n}.`, (n) => `Renamed to ${n}.`]);
}

/** "messi is a dog" after "Met Fergal, his dog Messi": off the list, kept as a detail of the other. */
export function notAPersonKept(name: string, kind: string, owner: string): string {
  const what = kind ? `a ${clip(kind, 20)}, not a person` : 'not a person';
  const detail = kind ? `${clip(kind, 20)} ${name}` : name;
  return fitNamed(name, [(n) => `Took ${n} off your people: ${what}. Kept "${detail}" on ${clip(owner, 30)}.`, (n) => `Took ${n} off your people.`]);
}

/** "jess and jessica are the same person": one person now, under the name kept. */
export function mergedPeople(kept: string, dropped: string): string {
  return fitReply([`Merged ${clip(dropped, 30)} into ${clip(kept, 30)}: one person now, with both sets of notes.`, `Merged into ${clip(kept, 30)}.`]);
}

/** "lol rocket is a dog": the wrong save taken back. */
export function notAPersonRemoved(name: string, kind: string): string {
  const what = kind ? `a ${clip(kind, 20)}, not a person` : 'not a person';
  return fitNamed(name, [(n) => `Took ${n} off your people: ${what}.`, (n) => `Took ${n} off your people.`]);
}

export function contactFixed(name: string): string {
  return fitNamed(name, [(n) => `Fixed ${n}'s contact.`]);
}

export function detailFixed(name: string, add: readonly string[]): string {
  const now = add.length ? `: ${add.slice(0, 3).join(', ')}` : '';
  return fitNamed(name, [(n) => `Fixed ${n}'s notes${now}.`, (n) => `Fixed ${n}'s notes.`]);
}

/** "reverse that, gabe has the pitbull and tasha the beagle": what each now has. */
export function detailsFixed(fixes: readonly { name: string; add: readonly string[] }[]): string {
  const each = fixes.map((fix) => `${fix.name}: ${fix.add.slice(0, 2).join(', ')}`);
  return fitReply([`Fixed their notes. ${each.map((line) => clip(line, 60)).join('; ')}.`, 'Fixed their notes.']);
}

/**
 * A question that fits several saved people ("who did I meet at Slush?"): each, numbered, with where they met.
 * @example peopleWhoFit([{ name: 'Rupert', met: 'Slush London' }, { name: 'Anouk', met: 'Slush London' }])
 *   // 'That could be: 1) Rupert (Slush London) 2) Anouk (Slush London). Reply a number for more.'
 */
export function peopleWhoFit(people: readonly { name: string; met: string | null }[]): string {
  const line = (metWords: number) =>
    `That could be: ${people.map((person, index) => `${index + 1}) ${person.name}${person.met && metWords > 0 ? ` (${clip(person.met, metWords, 30)})` : ''}`).join(' ')}. Reply a number for more.`;
  return fitReply([line(Infinity), line(3), line(0)]);
}
