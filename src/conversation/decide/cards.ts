// Shared contact cards: each person on the cards the route read is saved (name, contacts, work, birthday as a
// their-moment) with the text body as their note, and every other outcome gets one short, clear reply
// (docs/contact-cards.md). Nothing is lost: the body is kept as a note even when no card could be read. At most
// MAX_PEOPLE_PER_TEXT people are saved (the reply says how many cards were left out), none past the user's
// MAX_PEOPLE_PER_USER, and the reply fits two segments however many there were. Pure.
import type { SharedMedia } from '../../channels/shared-media';
import type { CardPerson } from '../../understand/vcard-import';
import { hasContact } from '../../db/rows';
import { nameKey } from '../../understand/note-person';
import { MAX_PEOPLE_PER_TEXT, MAX_PEOPLE_PER_USER } from '../../domain/limits';
import { captureReply, leftOutText, PEOPLE_FULL_TEXT, savedList, WELCOME_HELP_LINES } from '../replies';
import { fitToSegments, truncateToSegments } from '../../domain/sms-length';
import type { ParsedNote } from '../../domain/types';
import { savedPeopleNamed } from '../snapshot';
import { captureNote, newPerson, noteOfText } from './capture';
import { replan } from './plan';
import { newRef, reply, setPending, type Outcome, type Turn } from './turn';
import { recordUndo } from './undo';

const CUT_OFF = 'One card came through cut off; could you share it again?';
const EMPTY_CARD = 'One card was empty.';
const NOT_A_CARD_FILE = "That file didn't look like a contact card.";
const NOT_A_CARD = 'I can only read shared contacts; text me a note about them.';
const TOO_LARGE = 'That card is too big for me; share one contact at a time.';
const UNREACHABLE = "I couldn't open that card; please share it again.";
const NO_NAME = 'The card has no name on it. What should I call them?';
const KEPT_NO_NAME = 'A card had no name; I kept its details in your notes.';

/** Whether any attachment was a contact card (a picture alone is left to the usual path). */
export function sharesCards(media: readonly SharedMedia[]): boolean {
  return media.some((item) => item.kind !== 'picture');
}

export function shareCards(turn: Turn, media: readonly SharedMedia[]): Outcome {
  const body = turn.text.trim();
  const saved: { name: string; confirmation: string }[] = [];
  const unnamed: Omit<CardPerson, 'name'>[] = [];
  const problems = new Set<string>();
  // people this text may still save: MAX_PEOPLE_PER_TEXT, and never past the user's ceiling
  let room = Math.min(MAX_PEOPLE_PER_TEXT, MAX_PEOPLE_PER_USER - turn.snapshot.peopleTotal);
  // the body is read once, however many cards it comes with
  let said: ParsedNote | null | undefined;
  let created = 0;
  let full = false;
  let beyond = 0;
  for (const item of media) {
    if (item.kind === 'picture') continue;
    if (item.kind === 'unread') {
      problems.add(unreadProblem(item.outcome.kind));
      continue;
    }
    if (item.read.kind !== 'cards') {
      problems.add(NOT_A_CARD_FILE);
      continue;
    }
    beyond += item.read.beyondLimit;
    for (const card of item.read.cards) {
      if (card.kind === 'person') {
        const known = knownPerson(turn, card.person.name);
        if (!known && room <= 0) {
          full ||= MAX_PEOPLE_PER_USER - turn.snapshot.peopleTotal <= created;
          beyond++;
          continue;
        }
        if (!known) {
          room--;
          created++;
        }
        said ??= body ? noteOfText(turn, body) : null;
        saved.push(saveCardPerson(turn, card.person, body, said));
      } else if (card.kind === 'no-name') unnamed.push(card.person);
      else problems.add(card.reason === 'unterminated' ? CUT_OFF : EMPTY_CARD);
    }
  }
  if (full && saved.length === 0) {
    // no one new past the ceiling; the text is kept as a note, so nothing is lost
    turn.changes.push({ type: 'addNote', ref: newRef(turn), personId: null, body: body || 'Shared contact cards' });
    return reply(PEOPLE_FULL_TEXT);
  }

  // a card with no name: its details are kept as a note; the first one asks what to call them when nothing else does
  let asking = false;
  for (const person of unnamed) {
    const ref = newRef(turn);
    turn.changes.push({ type: 'addNote', ref, personId: null, body: noteBody(body, person, true) });
    if (!asking && saved.length === 0 && problems.size === 0 && beyond === 0) {
      setPending(turn, { type: 'name', noteId: { ref } });
      asking = true;
    }
  }
  if (asking) return reply(NO_NAME);
  if (unnamed.length > 0) problems.add(KEPT_NO_NAME);

  const left = beyond > 0 ? leftOutText(beyond, 'cards', full) : '';
  const issues = [left, ...problems].filter(Boolean).join(' ');
  if (saved.length === 1 && !issues) return reply(saved[0]?.confirmation ?? null);
  if (saved.length > 0)
    return reply(
      welcomed(
        turn,
        saved.map((person) => person.name),
        [left, ...problems].filter(Boolean),
      ),
    );
  // no card could be read: the body is still a note, captured as usual after saying what went wrong
  if (body && unnamed.length === 0 && !full) {
    const captured = captureNote(turn, noteOfText(turn, body), turn.text);
    return reply(truncateToSegments([issues, captured.reply].filter(Boolean).join(' '), 2));
  }
  return reply(truncateToSegments(issues || NOT_A_CARD_FILE, 2));
}

/** The saved person a card's name is, when the user has them already. */
function knownPerson(turn: Turn, name: string) {
  const key = nameKey(name);
  return savedPeopleNamed(turn.snapshot, key).find((person) => nameKey(person.name) === key) ?? null;
}

/**
 * "Saved Sarah, Jake and 8 others." with what went wrong, in two segments: every issue when it fits, else the first
 * (what was left out); a first text also says hello and how to get help or stop, when that still fits.
 */
function welcomed(turn: Turn, names: readonly string[], issues: readonly string[]): string {
  const tails = [issues.join(' '), issues[0] ?? ''].filter((tail, index, all) => all.indexOf(tail) === index);
  const helps = turn.snapshot.isNewUser ? WELCOME_HELP_LINES : [];
  const candidates = tails.flatMap((tail) => [
    ...helps.flatMap((help) => [savedList(names, `${tail} ${help}`.trim(), 2, 'Welcome to Kindling! '), savedList(names, `${tail} ${help}`.trim(), 2)]),
    savedList(names, tail, 2),
  ]);
  return fitToSegments(candidates, 2) ?? truncateToSegments(candidates[candidates.length - 1] ?? '', 2);
}

function unreadProblem(kind: 'too-large' | 'not-a-card' | 'unreachable' | 'timeout'): string {
  if (kind === 'too-large') return TOO_LARGE;
  if (kind === 'not-a-card') return NOT_A_CARD;
  return UNREACHABLE;
}

/** Saves a card's person (or adds the card to the saved person with that name) with the body as their note. */
function saveCardPerson(turn: Turn, card: CardPerson, body: string, said: ParsedNote | null): { name: string; confirmation: string } {
  const { user, now } = turn;
  const known = knownPerson(turn, card.name);
  if (known) {
    const events = [...known.events, ...card.events.filter((event) => !known.events.some((e) => e.on === event.on && e.what === event.what))];
    turn.changes.push({
      type: 'updatePerson',
      personId: known.id,
      patch: { contacts: { ...known.contacts, ...card.contacts }, work: known.work.length > 0 ? known.work : card.work, events: events.slice(-6) },
    });
    turn.changes.push({ type: 'addNote', ref: newRef(turn), personId: known.id, body: noteBody(body, card, false) });
    return { name: known.name, confirmation: `Added the card to ${known.name}.` };
  }
  const ref = newRef(turn);
  const person = newPerson(
    card.name,
    { met: said?.met ?? null, interests: said?.interests ?? [], work: card.work, contacts: card.contacts, events: card.events },
    now,
  );
  const { id: _id, ...fields } = person;
  turn.changes.push({ type: 'savePerson', ref, person: fields });
  turn.changes.push({ type: 'addNote', ref: newRef(turn), personId: { ref }, body: noteBody(body, card, false) });
  const planned = replan(turn, person, { type: 'captured' }, { ref });
  recordUndo(turn, `saved ${card.name}`, {}, { ref });
  const confirmation = captureReply({
    name: card.name,
    met: person.met,
    details: [...person.interests, ...person.work, ...person.events.map((event) => event.what)],
    hasContact: hasContact(person.contacts),
    nextNudge: planned ? { kind: planned.kind, dueAt: planned.dueAt, waitsForResume: planned.waitsForResume ?? false } : null,
    now,
    zone: user.timeZone,
    welcome: turn.snapshot.isNewUser,
  });
  return { name: card.name, confirmation };
}

/** The note a card leaves: the text body, the card's own note and whatever else it held, so nothing on it is lost. */
function noteBody(body: string, card: Omit<CardPerson, 'name'>, withContacts: boolean): string {
  const contacts = withContacts ? [card.contacts.phone, card.contacts.email, ...card.work] : [];
  const lines = [body, card.note, ...contacts, ...card.extras].filter((line): line is string => Boolean(line?.trim()));
  return lines.length > 0 ? lines.join('\n') : 'Shared a contact card';
}
