// Reads a text with the one reader, understand(): the context comes from the snapshot (people, the latest person, the question asked,
// the clock, the zone and the country of the user's number). Pure.
import { countryOfPhone } from '../../domain/time-zones';
import { understand } from '../../understand/understand';
import type { PendingQuestion, UnderstandContext, Understanding } from '../../understand/types';
import { lastNudgePeople, PENDING_TTL_MS, type Pending } from '../pending';
import { latestSentOf, notesOf, personById } from '../snapshot';
import type { Turn } from './turn';

/** The one reading of a text (by default the turn's own): what it means, as a command, and as a note. */
export function understandTurn(turn: Turn, pending: Pending | null, text: string = turn.text): Understanding {
  return understand(text, contextOf(turn, pending));
}

export function contextOf(turn: Turn, pending: Pending | null): UnderstandContext {
  const { snapshot, user, now } = turn;
  const latestPersonId = latestPersonOf(turn);
  // the newest note about them (notes come newest first)
  const [note] = latestPersonId === null ? [] : notesOf(snapshot, latestPersonId, 1);
  return {
    people: snapshot.people.map((person) => ({ id: person.id, name: person.name, nameKey: person.nameKey, met: person.met, muted: person.muted ?? false })),
    latestPersonId,
    ...(note && latestPersonId !== null ? { latestNote: { personId: latestPersonId, body: note.body, at: note.createdAt } } : {}),
    pending: pending ? questionOf(turn, pending) : askedByNudge(turn),
    now,
    timeZone: user.timeZone,
    defaultCountry: countryOfPhone(user.phone) ?? 'US',
    aboutOf: (personId) => aboutOf(turn, personId),
  };
}

/** What is known of one saved person, lowercase, for finding them by what they are like. */
function aboutOf(turn: Turn, personId: number): string {
  const person = personById(turn.snapshot, personId);
  if (!person) return '';
  const notes = turn.snapshot.notes.filter((note) => note.personId === personId).map((note) => note.body);
  return [person.met ?? '', ...person.work, ...person.interests, ...(person.ties ?? []).map((tie) => `${tie.how ?? ''} ${tie.name}`), ...notes]
    .join(' | ')
    .toLowerCase();
}

/** The person "her" points at: the only person of the latest nudge, or whoever the latest note was about. */
export function latestPersonOf(turn: Turn): number | null {
  const { snapshot, user, now } = turn;
  const nudged = lastNudgePeople(user, now);
  const noted = snapshot.people[0];
  const notedRecently = noted && noted.updatedAt > now - PENDING_TTL_MS ? noted : null;
  if (nudged.length === 1 && (!notedRecently || (user.lastNudgeAt ?? 0) >= notedRecently.updatedAt)) return nudged[0] ?? null;
  return notedRecently?.id ?? null;
}

/**
 * The question the latest nudge asked, when it asked the user one: "How was coffee with Omar?" (a plan-follow-up about
 * one person), so "it was great!" is read as how it went rather than as chatter.
 */
function askedByNudge(turn: Turn): PendingQuestion | null {
  const nudged = lastNudgePeople(turn.user, turn.now);
  const [only] = nudged;
  if (nudged.length !== 1 || only === undefined || latestPersonOf(turn) !== only) return null;
  return latestSentOf(turn.snapshot, only)?.kind === 'plan-follow-up' ? { type: 'how', personId: only } : null;
}

function questionOf(turn: Turn, pending: Pending): PendingQuestion {
  switch (pending.type) {
    case 'name':
      return { type: 'name' };
    case 'same':
      return { type: 'same', personId: pending.personId };
    case 'which':
      return {
        type: 'which',
        choices: pending.personIds.map((personId) => {
          const person = personById(turn.snapshot, personId);
          return { personId, label: person ? (person.met ? `${person.name} (${person.met})` : person.name) : '' };
        }),
      };
    case 'how':
      return { type: 'how', personId: pending.personId };
    case 'delete':
      return { type: 'confirm-delete' };
    case 'forget':
      return { type: 'confirm-forget', personId: pending.personId };
  }
}
