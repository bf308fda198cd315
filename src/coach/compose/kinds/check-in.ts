// check-in: a light, no-pressure message, worded by how warm they have been so far.
// Next: the next check-in, paced by how warm they have been (reach.ts nextCheckIn).

import { DAY } from '../../../domain/constants';
import { isNeed } from '../../playbook/needs';
import { moveDay } from '../../playbook/occasions';
import { nextCheckIn } from '../../playbook/reach';
import { calendarDateOf, daysBetween, localDate } from '../../../domain/time';
import type { NudgeSubject, Warmth } from '../../../domain/types';
import type { ComposeOptions } from '../facts';
import { paren, quoted } from '../phrasing';
import { asDoing } from '../references';
import { pick } from '../pick';
import { type SpanishInput, type SpanishLineInput, toThem, withArticle } from '../spanish-words';
import { getContact } from './get-contact';
import { DRAFT_LABELS, hintsFor, type KindDefinition, type KindInput, type Shape, whoAt } from './template';

function checkInShape(input: KindInput): Shape {
  const { facts, seed } = input;
  if (!facts.hasContact) return getContact.shape(input);
  const { name, first } = facts;
  const tag = paren(facts.tag);
  const cancelled = input.subject.plan?.cancelled === true;
  const byWarmth: Record<Warmth, string[]> = {
    unknown: [
      `Did ${name}${tag} write back? If not, a light check-in helps.`,
      `Checking in on ${name}${tag}: any reply? If not, a light nudge helps.`,
      `How's it going with ${name}${tag}? A light check-in keeps it warm.`,
      `Any news from ${name}${tag}? If it went quiet, try a light check-in.`,
    ],
    warm: [
      `Time for a light check-in with ${name}${tag}.`,
      `${name}${tag} has been warm: keep it going with a quick check-in.`,
      `It's been a little while since you and ${name}${tag} talked.`,
      `Quick check-in with ${name}${tag}?`,
    ],
    lukewarm: [
      `A light, no-pressure check-in with ${name}${tag}.`,
      `No pressure with ${name}${tag}: a short, easy check-in.`,
      `Give ${name}${tag} an easy opening: a light check-in.`,
      `Keep the door open with ${name}${tag}: a light check-in.`,
    ],
    none: [
      `A light, no-pressure check-in with ${name}${tag}.`,
      `No reply from ${name}${tag} yet? One easy, no-pressure check-in.`,
      `Give ${name}${tag} an easy opening: a light check-in.`,
      `Keep the door open with ${name}${tag}: a short check-in.`,
    ],
  };
  const topic = facts.topicRef;
  const ask = facts.topicAsk;
  const retry = retryOf(input.subject);
  // a detail no question fits ("dogs", "jazz") is named as what they talked about, never "how's dogs?"
  const drafts = retry
    ? [`Hey ${first}, still up for ${retry} sometime? No rush at all.`, `Hi ${first}! Want to find another day for ${retry}?`]
    : cancelled
      ? [`Hey ${first}, still up for getting together sometime? No rush at all.`, `Hi ${first}! Want to find another day?`]
      : topic
        ? ask
          ? [
              `Hey ${first}, ${ask}`,
              `Hi ${first}! How are things? And ${ask}`,
              `Hey ${first}, hope your week's going well! ${ask.charAt(0).toUpperCase()}${ask.slice(1)}`,
            ]
          : [
              `Hey ${first}, how's it going? Been thinking about our chat about ${topic}.`,
              `Hi ${first}, how are you? Would love to catch up on ${topic} sometime.`,
              `Hey ${first}, what's new with ${topic} lately?`,
              `Hi ${first}! I was just thinking about our chat about ${topic}. How are you doing?`,
            ]
        : [
            `Hey ${first}, how have you been?`,
            `Hi ${first}! How's your week going?`,
            `Hey ${first}, hope all's well! What have you been up to?`,
            `${first}! How are things?`,
          ];
  // the latest news comes first: "moving to Denver" means no "how's bouldering at the gym?"
  const latest = latestNewsDrafts(input.subject, first, input.options);
  const draft = latest && !retry && !cancelled ? pick(latest, seed, 55) : pick(drafts, seed, 51);
  return {
    leads: [
      retry
        ? `${retry.replace(/^./, (c) => c.toUpperCase())} with ${name} fell through. No guilt: try another day?`
        : cancelled
          ? `Your plan with ${name} fell through. No guilt: try another day?`
          : pick(byWarmth[facts.warmth], seed, 52),
      pick([`Check in with ${first}:`, `Light check-in with ${first}:`, `Ping ${first}:`], seed, 53),
      `${first}:`,
    ],
    drafts: (retry
      ? [draft, `Hi ${first}! Another day for ${retry}?`]
      : [
          draft,
          latest && !retry && !cancelled
            ? (latest[0] ?? draft)
            : ask
              ? `Hey ${first}, ${ask}`
              : topic
                ? `Hey ${first}, how are you? Been thinking about our chat about ${topic}.`
                : `Hey ${first}, how are you?`,
          // the shortest, for a digest of four that must still give everyone a draft
          `Hi ${first}, how have you been?`,
        ]
    ).map(quoted),
    label: pick(DRAFT_LABELS, seed, 54),
    hints: hintsFor(seed, facts.warmth === 'unknown'),
    bare: `Light check-in with ${facts.name}${tag}.`,
  };
}

/** How long their news stays the thing to ask about. */
const NEWS_FRESH_DAYS = 45;

/**
 * Drafts about their latest news, newest first: a move ahead or just done, else news told within NEWS_FRESH_DAYS;
 * null when there is none (the check-in then asks about an interest).
 * @example latestNewsDrafts({ ...bea, move: { to: 'Denver', on: '2026-05' } }, 'Bea', options)[0]
 *   // "Hey Bea, how's the move to Denver shaping up?"
 */
export function latestNewsDrafts(subject: NudgeSubject, first: string, options?: ComposeOptions): string[] | null {
  const { move, news } = subject.person;
  const today = options ? localDate(options.now, options.zone) : null;
  const day = move ? moveDay(move) : null;
  if (move && day) {
    const to = move.to.trim();
    const since = today ? daysBetween(day, today) : -1;
    if (since < 0) return [`Hey ${first}, how's the move to ${to} shaping up?`, `Hi ${first}! How are the ${to} plans coming along?`];
    // a move told by its month only ("in May") may not have happened yet within that month: ask, never assume
    const monthOnly = calendarDateOf(move.on)?.day === null;
    if (monthOnly && since <= NEWS_FRESH_DAYS)
      return [`Hey ${first}, have you made the move to ${to} yet? Hope it's going smoothly!`, `Hi ${first}! How's the move to ${to} going?`];
    if (since <= NEWS_FRESH_DAYS) return [`Hey ${first}, how's ${to} treating you so far?`, `Hi ${first}! Settling in OK in ${to}?`];
  }
  const last = news?.filter((item) => !isNeed(item)).at(-1);
  if (!last?.what.trim()) return null;
  if (options && last.on !== undefined && options.now - last.on > NEWS_FRESH_DAYS * DAY) return null;
  const ref = asDoing(last.what);
  return [`Hey ${first}, how are things since ${ref}?`, `Hi ${first}! How's everything been since ${ref}?`];
}

/** What fell through, as a retry names it ("coffee", "birthday drinks"); null when no plan fell through or it has no name. */
function retryOf(subject: NudgeSubject): string | null {
  const what = subject.plan?.cancelled ? subject.plan.what.trim().replace(/^(her|his|their)\s+/i, '') : '';
  return what.length > 0 ? what : null;
}

function checkInLine({ facts, subject }: KindInput, level: number): string {
  const who = whoAt(facts, level);
  const retry = retryOf(subject);
  if (retry && facts.hasContact) return `${who}: ${retry} fell through, try another day`;
  if (subject.plan?.cancelled && facts.hasContact) return `${who}: your plan fell through, try another day`;
  const tag = paren(facts.tag);
  const topic = facts.topic;
  if (!facts.hasContact) return `${who}${tag}: get a number`;
  if (level === 0 && facts.topicAsk) return `${who}: check in, "Hey ${facts.first}, ${facts.topicAsk}"`;
  return topic ? `${who}: check in re ${topic}` : `${who}${tag}: light check-in`;
}

function checkInEs({ seed, datos: d, tag, texts }: SpanishInput): string[] {
  const { first } = d;
  const lead = pick([`Hace rato que no sabes de ${d.name}${tag}.`, `Un saludo rapido a ${first}?`, `Buen dia para saludar a ${first}${tag}.`], seed, 46);
  const latest = d.news ?? d.topic;
  const drafts =
    latest && withArticle(latest)
      ? [`Hola ${first}! Me acorde de ti. Como va ${toThem(latest)}?`, `Hola ${first}! Como estas?`]
      : [`Hola ${first}! Me acorde de ti. Que tal todo?`, `Hola ${first}! Como estas?`];
  return texts(lead, drafts);
}

export const checkIn: KindDefinition = {
  shape: checkInShape,
  line: checkInLine,
  spanish: { texts: checkInEs, line: ({ datos: { first }, about }: SpanishLineInput) => `saluda a ${first}${about}` },
  phrase: 'a light check-in',
  pageLabel: 'Check in with',
  warmNext: 'check in',
  afterPlanWords: (n) => (n ? `I'll check in on ${n}` : `I'll check in again`),
  after: { done: nextCheckIn, skip: nextCheckIn },
};
