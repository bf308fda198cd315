// Replies to a note: what was saved and when the first nudge comes, SAME or NEW for a known name, a note added.

import { distinctDetails } from '../../coach/compose/details';
import { firstName, sentence } from '../../coach/compose/phrasing';
import { clipWords } from '../../domain/sms-length';
import { shortDate } from '../../domain/time';
import type { Millis, TimeZone } from '../../domain/types';
import { clip, fitNamed, fitReply } from './fit';
import { type NextStep, phraseOf, whenOf } from './next-step';

export const SMALL_TALK_TEXT = 'Got it! To save someone, text a note like: Met Sarah at the gym, loves hiking. Text HELP for options.';
export const ASK_NAME_TEXT = "Got it, I kept that note. Who was it? Reply with their name and I'll file it.";

export interface CaptureConfirmationInput {
  name: string;
  met: string | null;
  details: string[];
  hasContact: boolean;
  /** `waitsForResume`: held by a pause with no end, so the reply says "when you resume" rather than a date */
  nextNudge: NextStep | null;
  now: Millis;
  zone: TimeZone;
  /** the first text ever from this user */
  welcome: boolean;
  /** 'es': the note was written in Spanish, so the reply is too */
  language?: 'en' | 'es';
}

/**
 * The reply to a saved note: what was understood (overlapping details once, see distinctDetails) and when the first
 * nudge comes. To fit, details drop from the end, then the first is clipped, then the wording shortens.
 * @example composeCaptureConfirmation({ name: 'Sarah', met: 'climbing gym', details: ['bouldering', 'pottery studio'], hasContact: true,
 *   nextNudge: { kind: 'first-follow-up', dueAt: tomorrow10am }, now, zone, welcome: false })
 *   // "Saved Sarah (climbing gym): bouldering, pottery studio. I'll nudge you tomorrow at 10am."
 */
export function composeCaptureConfirmation(input: CaptureConfirmationInput): string {
  // a time word from the note ("climbing gym tonite") is not part of the place
  const met = input.met?.trim()
    ? input.met
        .trim()
        .replace(/^(at|in|on)\s+/i, '')
        .replace(/[\s,]+(tonight|tonite|today|this morning|last night|yesterday|earlier)$/i, '')
    : null;
  const details = distinctDetails(input.details, met);
  const when = input.nextNudge ? whenOf(input.nextNudge, input.now, input.zone) : null;
  const next = when ? [`I'll nudge you ${when}.`, `Nudge ${when}.`] : [`I'll keep it on file.`, ''];
  const noContact = input.hasContact ? ['', ''] : ['No number yet: getting one is step one.', 'No number yet.'];
  const welcome = input.welcome ? ['Welcome to Kindling!', 'Welcome!'] : ['', ''];
  const help = input.welcome ? ['Text HELP for options, STOP to opt out.', 'HELP for help, STOP to opt out.'] : ['', ''];

  const saved = (items: string[], withMet: boolean, name: string) =>
    `Saved ${name}${withMet && met ? ` (${met})` : ''}${items.length > 0 ? `: ${items.join(', ')}` : ''}.`;
  const full = (w: number, s: string, n: number, h: number) => sentence(welcome[w], s, next[n], noContact[n], help[h]);

  const candidates = [full(0, saved(details, true, input.name), 0, 0)];
  // Drop details from the end, then clip them, keeping the help line.
  for (let keep = details.length - 1; keep >= 0; keep--) candidates.push(full(0, saved(details.slice(0, keep), true, input.name), 0, 0));
  for (const words of [4, 2, 1])
    candidates.push(
      full(
        0,
        saved(
          details.slice(0, 1).map((d) => clipWords(d, words)),
          true,
          input.name,
        ),
        0,
        0,
      ),
    );
  candidates.push(
    full(0, saved([], false, input.name), 0, 0),
    full(1, saved([], false, input.name), 1, 1),
    full(1, saved([], false, firstName(input.name)), 1, 1),
    full(1, saved([], false, clipWords(firstName(input.name), 1)), 1, 1),
  );
  // Only the complete confirmation may be the one-segment text; any other is a way to fit two.
  return fitReply(candidates, 1);
}

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
    (n) => `Added to ${n}'s notes.${next ? ` Next: ${phraseOf(next.kind)} ${when}.` : ''}`,
    (n) => `Added to ${n}'s notes.${next ? ` Next nudge ${when}.` : ''}`,
  ]);
}
