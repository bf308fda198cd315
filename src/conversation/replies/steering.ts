// Replies to steering a nudge: DONE, SNOOZE, SKIP, how it went, KEEP, FORGET, and which person a reply meant.

import type { Millis, TimeZone } from '../../domain/types';
import { clip, fitNamed, fitReply } from './fit';
import { ACKS, type Previous, pickAck } from './coaching';
import { firstName } from '../../coach/compose/phrasing';
import { KINDS } from '../../coach/kinds';
import { GIVE_NEXT, type NextStep, phraseOf, whenOf } from './next-step';

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
 * DONE: praise, and ask how it went; `previous` (the last acknowledgement sent) keeps the praise from repeating.
 * @example doneReply('Sarah') // 'Nice work reaching out to Sarah! How did it go? Reply when you know, like "wrote back right away" or "no answer yet".'
 */
export function doneReply(name: string, previous?: Previous): string {
  // the question after the praise varies too: the one used longest ago (or never) among the recent replies
  const asks = [
    'How did it go? Reply when you know, like "wrote back right away" or "no answer yet".',
    'Tell me when you hear back, like "wrote back right away" or "no answer yet".',
    'Let me know once you hear back ("wrote back", "no answer yet").',
    'Any reply yet? Tell me when there is, like "wrote back right away".',
    'Heard back? Tell me how it landed ("wrote back", "no answer yet").',
    'Fingers crossed. Tell me when you hear back.',
  ];
  // the one never said lately, else the one said longest ago (replies are newest first)
  const lastSaid = (option: string) => {
    const at = (Array.isArray(previous) ? previous : [previous ?? '']).findIndex((reply) => reply.includes(option.slice(0, 20)));
    return at < 0 ? Infinity : at;
  };
  const ask = asks.reduce((best, option) => (lastSaid(option) > lastSaid(best) ? option : best), asks[0] ?? '');
  return fitNamed(name, [
    (n) => `${pickAck(ACKS.done, n, previous)} ${ask}`,
    (n) => `${pickAck(ACKS.done, n, previous)} How did it go? Reply when you hear back.`,
  ]);
}

/**
 * DONE on a step done in person (a hello where you cross paths, their event without a number): glad, and how it went.
 * @example doneInPerson('Lena') // 'Glad you saw Lena! How was it? Reply when you know, like "great" or "so-so".'
 */
export function doneInPerson(name: string): string {
  return fitNamed(name, [(n) => `Glad you saw ${n}! How was it? Reply when you know, like "great" or "so-so".`, (n) => `Glad you saw ${n}! How was it?`]);
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
    return fitNamed(name, [(n) => `Skipped. Nothing more planned for ${n}; text a note about them anytime.`, (n) => `Skipped. Nothing more planned for ${n}.`]);
  }
  const when = whenOf(next, now, zone);
  // "a note for Lena's big day", never "their big day" for a named person
  const phrase = (n: string) =>
    phraseOf(next.kind)
      .replace(/\btheir\b/, `${firstName(n)}'s`)
      .replace(/\bthem\b/, firstName(n));
  return fitNamed(name, [(n) => `Skipped. Next for ${n}: ${phrase(n)} ${when}.`, (n) => `Skipped. Next for ${n}: ${when}.`]);
}

/**
 * How it went: warm, lukewarm or no answer, and what Kindling does next. `previous` is the last reply sent to this user:
 * the opening acknowledgement is never the same twice in a row ("Love that! Sarah sounds keen" four times was a bug).
 * @example updateReply('Sarah', 'warm', { kind: 'deepen', dueAt: friday10am }, now, zone) // "Love that! Sarah sounds keen. I'll suggest something to do together Friday at 10am."
 */
export function updateReply(
  name: string,
  warmth: 'warm' | 'lukewarm' | 'none',
  next: NextStep | null,
  now: Millis,
  zone: TimeZone,
  previous?: Previous,
): string {
  const when = next ? whenOf(next, now, zone) : null;
  if (warmth === 'warm') {
    const other = next?.pair?.name ? firstName(next.pair.name) : null;
    const plan =
      next?.kind === 'bring-together' && other
        ? `suggest a plan with ${other} too`
        : ((next?.give && GIVE_NEXT[next.give.type]) ?? (next ? KINDS[next.kind].warmNext : null) ?? 'suggest something to do together');
    return fitNamed(name, [
      (n) => `${pickAck(ACKS.warm, n, previous)} I'll ${plan} ${when ?? 'soon'}.`,
      (n) => `${pickAck(ACKS.warm, n, previous).replace(/ \S+ sounds keen\.$/, '')} I'll suggest something to do with ${n} ${when ?? 'soon'}.`,
    ]);
  }
  if (warmth === 'lukewarm') {
    const group = next?.kind === 'bring-together' ? `with ${next.pair?.name ? firstName(next.pair.name) : 'a friend'} along` : 'maybe with a group idea';
    return fitNamed(name, [
      (n) => `${pickAck(ACKS.lukewarm, n, previous)} I'll give ${n} some space and check back ${when ?? 'in a few weeks'}, ${group}.`,
      (n) => `${pickAck(ACKS.lukewarm, n, previous)} I'll give ${n} some space and check back ${when ?? 'in a few weeks'}.`,
    ]);
  }
  if (next?.kind === 'let-go') {
    return fitNamed(name, [
      (n) => `No answer from ${n} again. I'll check with you ${when} about letting it go.`,
      (n) => `No answer from ${n} again. I'll ask ${when} about letting go.`,
    ]);
  }
  return fitNamed(name, [
    (n) => `${pickAck(ACKS.none, n, previous)} I'll remind you ${when ?? 'later'} for one gentle follow-up with ${n}.`,
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
 * KEEP without a name when no let-go is pending.
 * @example keepNeedsName() // 'Who should I keep? Reply KEEP and their name.'
 */
export function keepNeedsName(): string {
  return 'Who should I keep? Reply KEEP and their name.';
}

/** What a FORGET erased: the person's own notes, and the others whose details or notes named them. */
export interface Forgotten {
  notes: number;
  mentionedIn: readonly string[];
}

/** "Jake", "Jake and Mia", "Jake, Mia and Tom", "Jake, Mia and 2 others". */
function peopleList(names: readonly string[]): string {
  const shown = names.map((name) => clip(name, 3, 40));
  if (shown.length <= 3) return shown.length <= 1 ? (shown[0] ?? '') : `${shown.slice(0, -1).join(', ')} and ${shown.at(-1)}`;
  return `${shown.slice(0, 2).join(', ')} and ${shown.length - 2} others`;
}

/**
 * FORGET: the person and their notes are gone, and (when told `what`) exactly what: how many notes, and whose records
 * no longer name them.
 * @example forgotten('Zelda') // "Forgot Zelda and every note about them. That can't be undone."
 * @example forgotten('Zorblat', { notes: 2, mentionedIn: ['Jake'] }) // "Forgot Zorblat and their 2 notes, and took their name out of what I have on Jake. That can't be undone."
 */
export function forgotten(name: string, what?: Forgotten): string {
  if (!what) return fitNamed(name, [(n) => `Forgot ${n} and every note about them. That can't be undone.`, (n) => `Forgot ${n} and their notes, for good.`]);
  const notes = what.notes > 0 ? ` and their ${what.notes} note${what.notes === 1 ? '' : 's'}` : '';
  const others = what.mentionedIn.length;
  if (others === 0) return fitNamed(name, [(n) => `Forgot ${n}${notes}. That can't be undone.`, (n) => `Forgot ${n}${notes}, for good.`]);
  const list = peopleList(what.mentionedIn);
  return fitNamed(name, [
    (n) => `Forgot ${n}${notes}, and took their name out of what I have on ${list}. That can't be undone.`,
    (n) => `Forgot ${n}${notes}; their name is gone from ${others === 1 ? "1 other person's" : `${others} other people's`} notes too.`,
  ]);
}

/** Steering with nothing to confirm. */
export const NOTHING_TO_CONFIRM = 'Nothing to confirm. To delete everything, text DELETE MY DATA first.';

/** DONE, SNOOZE, SKIP or how-it-went with no nudge to refer to: ask who it is about. */
/**
 * DONE, SNOOZE or SKIP with no nudge out to answer: nothing is due yet, what comes next, and how to act on it anyway.
 * @example nothingDueYet('snooze', { name: 'Ines', step: { dueAt } }, now, zone) // "Nothing's due yet. Next up: Ines, tomorrow at 10am. To move it, text SNOOZE INES 2 DAYS."
 */
export function nothingDueYet(
  kind: 'done' | 'snooze' | 'skip',
  next: { name: string; step: Pick<NextStep, 'dueAt' | 'waitsForResume'> } | null,
  now: Millis,
  zone: TimeZone,
): string {
  if (!next) return "Nothing's due yet. Text me a note after you meet someone and I'll plan a follow-up.";
  const when = whenOf(next.step, now, zone);
  const how: Record<typeof kind, (command: string) => string> = {
    done: (command) => `Already in touch? Text DONE ${command}.`,
    snooze: (command) => `To move it, text SNOOZE ${command} 2 DAYS.`,
    skip: (command) => `To skip it, text SKIP ${command}.`,
  };
  const first = (name: string) => (name.split(' ')[0] ?? name).toUpperCase();
  return fitNamed(next.name, [(n) => `Nothing's due yet. Next up: ${n}, ${when}. ${how[kind](first(n))}`, (n) => `Nothing's due yet. Next up: ${n}, ${when}.`]);
}

export function askWhoToSteer(kind: 'done' | 'snooze' | 'skip' | 'update'): string {
  if (kind === 'update') return 'Who is this about? Reply with their name, like SARAH: WROTE BACK.';
  return `Who should I mark ${kind}? Reply with their name, like ${kind.toUpperCase()} SARAH.`;
}
