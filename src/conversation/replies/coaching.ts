// Replies to the coaching moments: DONE on a get-contact step (ask for the number), a plan or an invitation reported,
// a plan that fell through, their news, how a plan went; and acknowledgements that never repeat the previous one.

import { firstName } from '../../coach/compose/phrasing';
import { KINDS } from '../../coach/kinds';
import { WEEKDAY_NAMES } from '../../domain/time';
import type { Millis, PersonEvent, PersonMove, PersonPlan, RecurringPlace, TimeZone, Warmth } from '../../domain/types';
import { fitNamed } from './fit';
import { GIVE_NEXT, type NextStep, whenOf } from './next-step';

/** Acknowledgements by how it went, the first being the one a reply uses when nothing came before it. */
export const ACKS: Readonly<Record<Exclude<Warmth, 'unknown'> | 'done', readonly ((name: string) => string)[]>> = {
  done: [
    (n) => `Nice work reaching out to ${n}!`,
    (n) => `Sent to ${n}, nice one.`,
    (n) => `Good on you for texting ${n}.`,
    (n) => `Done, ${n} has your text.`,
    (n) => `That's the hard part done with ${n}.`,
    (n) => `Nice, the ball's in ${n}'s court.`,
    (n) => `Great, ${n} will be glad you did.`,
    (n) => `Well done on texting ${n}.`,
  ],
  warm: [
    (n) => `Love that! ${n} sounds keen.`,
    (n) => `Great sign from ${n}!`,
    (n) => `Nice, ${n} is in!`,
    (n) => `That's a warm one from ${n}.`,
    (n) => `Lovely, ${n} is into it.`,
    (n) => `So good to hear about ${n}!`,
  ],
  lukewarm: [() => 'Got it.', () => 'Fair enough.', () => 'OK, noted.', () => 'Makes sense.'],
  none: [
    () => 'No worries, people get busy.',
    () => "That's ok, replies take time.",
    () => 'No stress, some people are slow texters.',
    () => 'All good, it happens.',
  ],
};

/**
 * The acknowledgement to open a reply with: the first of `acks` that does not open the same way (its first two words) as
 * `previous`, the last acknowledgement sent to this user, so the same words never come twice in a row, whoever it is about.
 * @example pickAck(ACKS.warm, 'Sarah', "Love that! Sarah sounds keen. I'll suggest ...") // 'Great sign from Sarah!'
 */
export function pickAck(acks: readonly ((name: string) => string)[], name: string, previous?: Previous): string {
  const opening = (text: string) => text.trim().split(/\s+/).slice(0, 2).join(' ').toLowerCase();
  // newest first; an acknowledgement was used in a reply when the reply opens with its words, whoever it named
  const recent = Array.isArray(previous) ? previous : [previous ?? ''];
  const usedAt = (ack: (name: string) => string) => {
    const [before = '', after = ''] = ack('\u0000').split('\u0000');
    const at = recent.findIndex((reply) =>
      before.length > 0 ? reply.startsWith(before) && reply.includes(after.slice(0, 10)) : opening(reply) === opening(ack(name)),
    );
    return at < 0 ? Infinity : at;
  };
  // the first never used lately, else the one used longest ago
  const best = acks.reduce<((name: string) => string) | undefined>((chosen, ack) => (!chosen || usedAt(ack) > usedAt(chosen) ? ack : chosen), undefined);
  return best?.(name) ?? '';
}

/** The replies an acknowledgement must not repeat: the last one sent, or the recent ones, newest first. */
export type Previous = string | readonly string[] | null;

/**
 * The latest acknowledgement among replies sent, newest first (what pickAck must not repeat); null when none is one.
 * @example latestAcknowledgement(['Saved Omid (founder dinner).', 'Love that! Sarah sounds keen.']) // 'Love that! Sarah sounds keen.'
 */
export function latestAcknowledgement(replies: readonly string[]): string | null {
  const openings = Object.values(ACKS).flatMap((acks) => acks.map((ack) => ack('\u0000').split('\u0000')[0] ?? ''));
  return replies.find((reply) => openings.some((opening) => opening.length > 0 && reply.startsWith(opening))) ?? null;
}

/**
 * DONE on a get-contact step: no "how did it go", ask for the number.
 * @example doneGetContact('Marcus') // 'Nice! Got it? Text "Marcus: <number>" and I'll take it from there.'
 */
export function doneGetContact(name: string): string {
  const first = firstName(name);
  return fitNamed(first, [(n) => `Nice! Got it? Text "${n}: <number>" and I'll take it from there.`, (n) => `Got it? Text "${n}: <number>".`]);
}

/** "Enjoy coffee!", "Go! Meeting Mia's friends is the easiest way in." */
function cheer(plan: PersonPlan, first: string): string {
  if (plan.withGroup) return `Go! Meeting ${first}'s friends is the easiest way in.`;
  const what = plan.what
    .trim()
    .replace(/[.!?]+$/, '')
    .replace(/^(her|his|their)\s+/i, `${first}'s `);
  return what ? `Enjoy ${ONE_OUTING.test(what) ? 'the ' : ''}${what}!` : 'Enjoy!';
}

/** Activities said as one outing: "Enjoy the climb!", not "Enjoy climb!". */
const ONE_OUTING = /^(?:climb|hike|swim|run|ride|walk|jam|gig|show|concert|party|match|game|trip|session|movie|film|picnic|crawl)$/i;

/**
 * A plan or invitation reported: encouragement, and when Kindling asks how it went.
 * @example planNoted('Mia', { what: 'her birthday drinks', at, withGroup: true }, { kind: 'plan-follow-up', dueAt: sun10 }, now, zone)
 *   // "Go! Meeting Mia's friends is the easiest way in. I'll ask how it went Sunday at 10am."
 */
export function planNoted(name: string, plan: PersonPlan, next: NextStep | null, now: Millis, zone: TimeZone): string {
  const when = next ? whenOf(next, now, zone) : null;
  const after = next?.kind === 'plan-follow-up' && when ? ` I'll ask how it went ${when}.` : when ? ` Next from me: ${when}.` : '';
  return fitNamed(firstName(name), [(n) => `${cheer(plan, n)}${after}`, (n) => cheer(plan, n)]);
}

/**
 * A plan fell through: no guilt, a gentle retry later.
 * @example planCancelled('Omar', { kind: 'check-in', dueAt: dec12 }, now, zone) // "No worries, plans move. I'll bring Omar up again Dec 12 at 10am for another try."
 */
export function planCancelled(name: string, next: NextStep | null, now: Millis, zone: TimeZone): string {
  const when = next ? whenOf(next, now, zone) : 'in a week or two';
  return fitNamed(name, [
    (n) => `No worries, plans move. I'll bring ${n} up again ${when} for another try.`,
    (n) => `No worries. I'll bring ${n} up again ${when}.`,
  ]);
}

/**
 * Their news: glad, and when the congrats nudge comes.
 * @example newsNoted('Omid', { kind: 'give', dueAt: tue10 }, now, zone) // "Great news for Omid! I'll nudge you to send a congrats Tuesday at 10am."
 */
export function newsNoted(name: string, next: NextStep | null, now: Millis, zone: TimeZone): string {
  const when = next ? whenOf(next, now, zone) : null;
  const congrats = next?.kind === 'give' && when ? ` I'll nudge you to send a congrats ${when}.` : when ? ` Next from me: ${when}.` : '';
  return fitNamed(name, [(n) => `Great news for ${n}!${congrats}`, (n) => `Great news for ${n}!`]);
}

/**
 * Where the user crosses paths with them: no text needed, a say-hi there.
 * @example placeNoted('Rafi', { place: 'the pool', weekday: 6 }, { kind: 'say-hi', dueAt: sat9 }, now, zone)
 *   // "Good to know you see Rafi at the pool on Saturdays. I'll remind you to say hi Saturday at 9am."
 */
export function placeNoted(name: string, place: RecurringPlace, next: NextStep | null, now: Millis, zone: TimeZone): string {
  const day = place.weekday === undefined ? '' : ` on ${WEEKDAY_NAMES[place.weekday]}s`;
  const where = place.place.trim().replace(/^(?:at\s+)?/i, 'at ');
  const when = next ? whenOf(next, now, zone) : null;
  const then = when ? (next?.kind === 'say-hi' ? ` I'll remind you to say hi ${when}.` : ` Next from me: ${when}.`) : '';
  return fitNamed(firstName(name), [
    (n) => `Good to know you see ${n} ${where}${day}.${then}`,
    (n) => `Noted: ${n} ${where}${day}.${then}`,
    (n) => `Noted: ${n} ${where}.`,
  ]);
}

/**
 * They are moving away: a catch-up before they go.
 * @example moveNoted('Bea', { to: 'Lisbon', on: '2027-03' }, { kind: 'give', dueAt: feb18 }, now, zone)
 *   // "Big move for Bea! I'll nudge you to catch up before Lisbon, Feb 18 at 10am."
 */
export function moveNoted(name: string, move: PersonMove, next: NextStep | null, now: Millis, zone: TimeZone): string {
  const when = next ? whenOf(next, now, zone) : null;
  const then = when && next?.kind === 'give' ? ` I'll nudge you to catch up before ${move.to}, ${when}.` : when ? ` Next from me: ${when}.` : '';
  return fitNamed(firstName(name), [(n) => `Big move for ${n}!${then}`, (n) => `Noted, ${n} is moving.${then}`]);
}

/**
 * Their coming event: the best reason to see them, and when Kindling brings it up.
 * @example eventNoted('Lena', { what: 'her first solo show opens', on: '2026-12-05' }, { kind: 'their-moment', dueAt: fri10 }, now, zone)
 *   // "Noted: Lena's first solo show opens. I'll remind you Friday at 10am."
 */
export function eventNoted(name: string, event: PersonEvent, next: NextStep | null, now: Millis, zone: TimeZone): string {
  const when = next ? whenOf(next, now, zone) : null;
  const what = event.what
    .trim()
    .replace(/^(?:her|his|their)\s+/i, '')
    .replace(/[.!?]+$/, '');
  const then = when && next?.kind === 'their-moment' ? ` I'll remind you ${when}.` : when ? ` Next from me: ${when}.` : '';
  return fitNamed(firstName(name), [(n) => `Noted: ${n}'s ${what}.${then}`, (n) => `Noted for ${n}.${then}`, (n) => `Noted for ${n}.`]);
}

/**
 * How a plan went (the answer to a plan-follow-up): an acknowledgement unlike the previous reply, and what comes next.
 * @example planWent('Omar', 'warm', { kind: 'deepen', dueAt: fri10 }, now, zone) // "Love that! Omar sounds keen. I'll suggest the next plan Friday at 10am."
 */
export function planWent(name: string, warmth: Exclude<Warmth, 'unknown'>, next: NextStep | null, now: Millis, zone: TimeZone, previous?: Previous): string {
  const when = next ? whenOf(next, now, zone) : null;
  // the person is named once: by the acknowledgement, else by what comes next
  const then = (ack: string, n: string) => {
    // named once: never "them" for a named person
    const who = ack.includes(n) ? '' : n;
    const doing = next?.give ? `I'll ${GIVE_NEXT[next.give.type]}` : next && KINDS[next.kind].afterPlanWords?.(who);
    return next && when ? ` ${doing ?? "I'll nudge you"} ${when}.` : '';
  };
  return fitNamed(name, [
    (n) => {
      const ack = pickAck(ACKS[warmth], n, previous);
      return `${ack}${then(ack, n)}`;
    },
    (n) => pickAck(ACKS[warmth], n, previous),
  ]);
}
