// FORGET's changes, pure: the person, their notes and nudges go, and their name comes out of everyone else's
// details, ties, notes and nudges ("through Zorblat" becomes "through a friend"); the reply says what went.
import type { Person } from '../../db/rows';
import { isPending } from '../../db/states';
import { nameKey } from '../../understand/note-person';
import * as replies from '../replies';
import * as talk from '../replies/talk';
import type { PersonPatch } from '../changes';
import { readRevert } from '../revert';
import { reply, setPending, type Outcome, type Turn } from './turn';

/** What a mention of a forgotten person becomes. */
export const STAND_IN = 'a friend';

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * The forgotten person's name as a whole word, any case: the full name, and the first name alone when nobody else
 * saved has that first name.
 * @example mentionOf('Zorblat', []).test("Zorblat's brother") // true
 */
export function mentionOf(name: string, others: readonly Pick<Person, 'nameKey'>[]): RegExp {
  const first = name.trim().split(/\s+/)[0] ?? '';
  const firstKey = nameKey(first);
  const firstShared = others.some((other) => other.nameKey === firstKey || other.nameKey.startsWith(`${firstKey} `));
  const forms = [name.trim(), ...(first && first !== name.trim() && !firstShared ? [first] : [])].map(escapeRegExp);
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${forms.join('|')})(?![\\p{L}\\p{N}])`, 'giu');
}

/**
 * `text` with every mention replaced by STAND_IN (capitalized where it opens the text).
 * @example scrubText("Met Jake through Zorblat, Zorblat's brother", /Zorblat/giu) // "Met Jake through a friend, a friend's brother"
 */
export function scrubText(text: string, mention: RegExp): string {
  return text.replace(mention, (_match, offset: number) => (offset === 0 ? 'A friend' : STAND_IN));
}

/** The patch that takes the mention out of one other person's details and ties, or null when none names them. */
export function scrubPerson(person: Person, mention: RegExp, forgottenKey: string): PersonPatch | null {
  const patch: PersonPatch = {};
  const mentions = (text: string | null | undefined) => Boolean(text && text.search(mention) >= 0);
  const scrub = (text: string) => scrubText(text, mention);
  if (person.met && mentions(person.met)) patch.met = scrub(person.met);
  if (person.work.some(mentions)) patch.work = person.work.map(scrub);
  if (person.interests.some(mentions)) patch.interests = person.interests.map(scrub);
  if (person.events.some((event) => mentions(event.what))) patch.events = person.events.map((event) => ({ ...event, what: scrub(event.what) }));
  if (person.plans?.some((plan) => mentions(plan.what))) patch.plans = person.plans.map((plan) => ({ ...plan, what: scrub(plan.what) }));
  if (person.news?.some((news) => mentions(news.what))) patch.news = person.news.map((news) => ({ ...news, what: scrub(news.what) }));
  if (person.recurringPlace && mentions(person.recurringPlace.place))
    patch.recurringPlace = { ...person.recurringPlace, place: scrub(person.recurringPlace.place) };
  if (person.move && mentions(person.move.to)) patch.move = { ...person.move, to: scrub(person.move.to) };
  const tied = (tie: { name: string }) => nameKey(tie.name) === forgottenKey || mentions(tie.name);
  if (person.ties?.some(tied)) patch.ties = person.ties.filter((tie) => !tied(tie));
  const pairKey = `pair:${forgottenKey}`;
  if (person.covered?.includes(pairKey)) patch.covered = person.covered.filter((key) => key !== pairKey);
  return Object.keys(patch).length > 0 ? patch : null;
}

/**
 * Forgets `person`: the erasing itself (apply's forgetPerson), then their name out of every other loaded person and
 * note. The reply counts their notes and names whose records mentioned them.
 */
export function forget(turn: Turn, person: Person): Outcome {
  const { snapshot } = turn;
  const others = snapshot.people.filter((other) => other.id !== person.id);
  const mention = mentionOf(person.name, others);
  const key = nameKey(person.name);
  const touched = new Set<number>();
  // a pending nudge of someone else about them ("bring Jake and Zorblat together") becomes a plain check-in, same time
  for (const nudge of snapshot.nudges) {
    if (nudge.personId === person.id || !isPending(nudge) || nudge.detail.search(mention) < 0) continue;
    turn.changes.push({ type: 'cancelNudges', personId: nudge.personId });
    turn.changes.push({ type: 'planNudge', personId: nudge.personId, nudge: { kind: 'check-in', dueAt: nudge.dueAt } });
    touched.add(nudge.personId);
  }
  // after those, so the cancelled nudges' details are emptied with the rest of the history naming them
  turn.changes.push({ type: 'forgetPerson', personId: person.id, name: person.name });
  for (const other of others) {
    const patch = scrubPerson(other, mention, key);
    if (!patch) continue;
    turn.changes.push({ type: 'updatePerson', personId: other.id, patch });
    touched.add(other.id);
  }
  for (const note of snapshot.notes) {
    if (note.personId === person.id) continue;
    const body = scrubText(note.body, mention);
    if (body === note.body) continue;
    turn.changes.push({ type: 'editNote', noteId: note.id, body });
    if (note.personId !== null) touched.add(note.personId);
  }
  const ownNotes = snapshot.notes.filter((note) => note.personId === person.id).length;
  const mentionedIn = others.filter((other) => touched.has(other.id)).map((other) => other.name);
  return reply(replies.forgotten(person.name, { notes: ownNotes, mentionedIn }));
}

/**
 * "lol rocket is a dog": a "person" the latest text alone saved is taken back (that save undone, its note with it); one
 * saved by the latest text with one other person becomes a detail of that person; anyone saved before is erased only
 * after the usual question.
 */
export function removeNonPerson(turn: Turn, person: Person, kind: string): Outcome {
  const latest = turn.snapshot.latestChange;
  const revert = latest ? readRevert(latest.revert) : null;
  if (latest && revert && revert.deletePersonId === person.id && !revert.deletePersonIds?.length) {
    turn.changes.push({ type: 'revert', changeId: latest.id, changedAt: latest.createdAt, revert });
    return reply(talk.notAPersonRemoved(person.name, kind));
  }
  // "Met Fergal, his dog Messi" then "messi is a dog": Messi goes, and stays a detail of Fergal, with the notes
  const together = revert?.deletePersonIds?.includes(person.id) ? revert.deletePersonIds.filter((id) => id !== person.id) : [];
  const owner = together.length === 1 ? turn.snapshot.people.find((other) => other.id === together[0]) : undefined;
  if (owner) {
    const detail = kind ? `${kind} ${person.name}` : person.name;
    const seen = owner.interests.some((item) => item.toLowerCase() === detail.toLowerCase());
    if (!seen) turn.changes.push({ type: 'updatePerson', personId: owner.id, patch: { interests: [...owner.interests, detail].slice(0, 8) } });
    turn.changes.push({ type: 'mergePerson', personId: person.id, into: owner.id });
    return reply(talk.notAPersonKept(person.name, kind, owner.name));
  }
  setPending(turn, { type: 'forget', personId: person.id });
  return reply(talk.askForget(person.name));
}
