// What understand() reads that the command handlers do not cover: chatter, confusion, another language, an unclear
// text, mute, forget (asked first), explicit reminders and questions answered from the snapshot. Null: not for here.
import { toPlanInput, type Person } from '../../db/rows';
import { composeNudge } from '../../coach/compose';
import * as replies from '../replies';
import * as talk from '../replies/talk';
import { capName } from '../../domain/clean-text';
import { MAX_PEOPLE_PER_TEXT, MAX_PEOPLE_PER_USER } from '../../domain/limits';
import { nameKey } from '../../understand/note-person';
import { fitToSegments, truncateToSegments } from '../../domain/sms-length';
import type { Contacts, PersonTie } from '../../domain/types';
import type { Pending } from '../pending';
import { pendingNudgeOf, personById, peopleByIds } from '../snapshot';
import { statedStep } from './plan';
import { noteNews, notePlan } from './story';
import { keyWords } from '../../understand/read-text';
import type { NotePerson, PersonRef, Meaning } from '../../understand/types';
import { addToPerson, answerSame, createPerson, meetsAnother, mergeNote, peopleFull, savePerson } from './capture';
import { forget, removeNonPerson } from './forget';
import { mergePeople } from './merge';
import { splitOff } from './split';
import { latestPersonOf } from './read';
import { personByTheirEvent } from './resolve';
import { whoIsPerson } from './recall';
import { keepPerson, nextDue, steerPerson } from './steer';
import { newRef, reply, setPending, type Outcome, type Turn } from './turn';
import { beforePerson, recordUndo } from './undo';
import { DAY } from '../../domain/constants';

/** Intents that read what a note says: "<name>: more" (an add-note command) keeps its own handler. */
const NOTE_READINGS = new Set<Meaning['intent']>(['note', 'plan', 'news', 'rename', 'correct-contact', 'correct-detail']);

export function talkOf(turn: Turn, read: Meaning, pending: Pending | null, addNote = false): Outcome | null {
  if (pending?.type === 'forget') return answerForget(turn, read, pending.personId);
  // "Gareth 07911 123456, Ffion 07911 123612" opens like "<name>: more" but is about each of them
  if (addNote && NOTE_READINGS.has(read.intent) && !(read.intent === 'note' && read.people.length > 1)) return null;
  switch (read.intent) {
    case 'chatter':
      return reply(talk.chatterReply(read.tone));
    case 'confused':
      return reply(talk.CONFUSED_TEXT);
    case 'other-language':
      turn.changes.push({ type: 'addNote', ref: newRef(turn), personId: null, body: turn.text });
      return reply(talk.otherLanguageReply(read.language));
    case 'unclear':
      return reply(talk.unclearReply(read.question, read.choices));
    case 'mute':
      return withPerson(turn, read.person, (person) => mute(turn, person));
    case 'unmute':
      return keepPerson(turn, read.person?.name);
    case 'forget':
      return withPerson(turn, read.person, (person) => {
        setPending(turn, { type: 'forget', personId: person.id });
        return reply(talk.askForget(person.name));
      });
    case 'remind':
      return remind(turn, read.person, read.at);
    case 'note': {
      const [only] = read.people;
      if (read.people.length === 1 && only && isNew(only)) return saveOne(turn, only);
      if (read.people.length === 1 && only) return addToOne(turn, only);
      if (read.people.length > 1 && read.people.every(isNew)) return saveSeveral(turn, read.people, read.leftOut ?? 0);
      return read.people.length > 1 && read.people.every((person) => isNew(person) || person.id !== undefined) ? saveOrAddSeveral(turn, read.people) : null;
    }
    case 'add-note':
      // "his # is 312...", "also her ig is lenaclimbs": more about the person just talked about
      return read.person.id !== undefined && !pending ? withPerson(turn, read.person, (person) => addToPerson(turn, person, turn.text, null)) : null;
    case 'pick': {
      // "the yoga one", "2" after "Which one?"
      const id = pending?.type === 'which' ? pending.personIds[read.choice - 1] : undefined;
      const person = id === undefined ? null : personById(turn.snapshot, id);
      if (!person || pending?.type !== 'which') return null;
      setPending(turn, null);
      return pending.intent.kind === 'who' ? whoIsPerson(turn, person) : steerPerson(turn, pending.intent, person);
    }
    case 'same-person':
    case 'new-person':
      // "no thats a different carla" after "Same person?": the note goes to a new Carla, or onto the saved one; with no
      // question open, the note just filed under Carla is split off into a new Carla
      if (pending?.type === 'same') return answerSame(turn, read.intent === 'same-person', pending.noteId, pending.personId);
      return read.intent === 'new-person' && !pending ? splitOff(turn, read.person ?? null) : null;
    case 'plan':
      return aboutPerson(turn, read.person, (person) => notePlan(turn, person, read.plan, read.warmth));
    case 'done':
      // "texted ines, she wants to climb saturday": the plan is what matters next; "done w priya": the one named;
      // a bare DONE keeps its handler
      if (read.plan && read.person?.id !== undefined) {
        return aboutPerson(turn, read.person, (person) => notePlan(turn, person, read.plan ?? { kind: 'plan', what: '', when: null }, 'warm'));
      }
      return read.person && namesPerson(turn.text, read.person) ? withPerson(turn, read.person, (person) => doneWith(turn, person, read.warmth)) : null;
    case 'update': {
      // "lunch w ada was great", or "we had a great chat" after "how did it go?": how it went, for the one meant
      const { person, warmth } = read;
      // "went to her show" while asked about Ada: the show was Lena's, so steering finds her (resolve.ts)
      const elsewhere =
        pending?.type === 'how' && !(person && namesPerson(turn.text, person)) ? personByTheirEvent(turn.snapshot.people, turn.text, [pending.personId]) : null;
      const asked = pending?.type === 'how' && person?.id === pending.personId && (!elsewhere || elsewhere.id === pending.personId);
      return person && (asked || namesPerson(turn.text, person))
        ? withPerson(turn, person, (one) => steerPerson(turn, { kind: 'update', warmth, text: turn.text }, one))
        : null;
    }
    case 'news':
      return aboutPerson(turn, read.person, (person) => noteNews(turn, person, read.what, read.event));
    case 'rename':
      return withPerson(turn, read.person, (person) => rename(turn, person, read.to));
    case 'correct-contact':
      return withPerson(turn, read.person, (person) => correctContact(turn, person, read.contacts));
    case 'correct-detail':
      return withPerson(turn, read.person, (person) => correctDetail(turn, person, read.add, read.remove));
    case 'correct-details':
      return correctDetails(turn, read.fixes);
    case 'merge-people':
      return withPerson(turn, read.keep, (keep) => withPerson(turn, read.drop, (drop) => mergePeople(turn, keep, drop)));
    case 'not-a-person':
      return withPerson(turn, read.person, (person) => removeNonPerson(turn, person, read.kind));
    case 'ask-draft':
      return read.person ? withPerson(turn, read.person, (person) => reply(draftFor(turn, person))) : reply(talk.DRAFT_NEEDS_NAME);
    case 'ask-activity':
      return read.person ? withPerson(turn, read.person, (person) => reply(draftFor(turn, person, 'deepen'))) : reply(talk.DRAFT_NEEDS_NAME);
    case 'ask-next':
      return reply(nextReplyOf(turn));
    case 'ask-agenda':
      return reply(agendaOf(turn, read.days));
    case 'who':
      return read.field ? withPerson(turn, read.person, (person) => reply(contactOf(person, read.field ?? 'contact'))) : null;
    case 'who-fits': {
      // "whos the girl with the bernedoodle again": the one saved person who fits, or the few to pick from
      const people = peopleByIds(
        turn.snapshot,
        read.people.flatMap((ref) => (ref.id === undefined ? [] : [ref.id])),
      );
      const [only] = people;
      if (people.length === 1 && only) return whoIsPerson(turn, only);
      if (people.length === 0) return null;
      setPending(turn, { type: 'which', intent: { kind: 'who' }, personIds: people.slice(0, 4).map((person) => person.id) });
      return reply(talk.peopleWhoFit(people.slice(0, 4)));
    }
    default:
      return null;
  }
}

/** "texted zoe, she loved the pics": done, and how it went when the text says so. */
function doneWith(turn: Turn, person: Person, warmth: 'warm' | 'lukewarm' | 'none' | null): Outcome {
  const done = steerPerson(turn, { kind: 'done' }, person);
  return warmth ? steerPerson(turn, { kind: 'update', warmth, text: turn.text }, { ...person, lastContactAt: turn.now }) : done;
}

/** Whether the text itself names the saved person (not a pronoun pointing at them). */
function namesPerson(text: string, ref: PersonRef): boolean {
  const first = nameKey(ref.name).split(' ')[0] ?? '';
  return ref.id !== undefined && first !== '' && keyWords(text).some((word) => nameKey(word) === first || nameKey(word) === `${first}s`);
}

/** The saved person a reference points at, or the reply when it is nobody or several. */
function withPerson(turn: Turn, ref: PersonRef, then: (person: Person) => Outcome): Outcome {
  const person = ref.id === undefined ? null : personById(turn.snapshot, ref.id);
  if (person) return then(person);
  if (ref.candidates?.length) {
    const names = peopleByIds(turn.snapshot, ref.candidates)
      .slice(0, 4)
      .map((p) => (p.met ? `${p.name} (${p.met})` : p.name));
    return reply(replies.whichPerson(names));
  }
  return reply(replies.unknownPerson(ref.name));
}

/** Mute: their open nudges are cancelled, their notes kept; KEEP plans again. */
function mute(turn: Turn, person: Person): Outcome {
  const before = beforePerson(turn, person);
  turn.changes.push({ type: 'updatePerson', personId: person.id, patch: { muted: true } });
  turn.changes.push({ type: 'cancelNudges', personId: person.id, withHeld: true });
  recordUndo(turn, `muted ${person.name}`, before);
  return reply(talk.muted(person.name));
}

/** The answer to "erase them?": YES erases, anything else keeps them (a command is still read as one). */
function answerForget(turn: Turn, read: Meaning, personId: number): Outcome | null {
  const person = personById(turn.snapshot, personId);
  if (read.intent !== 'confirm') return null;
  setPending(turn, null);
  if (!read.yes || !person) return reply(talk.FORGET_KEPT);
  return forget(turn, person);
}

/** "remind me to text dana on friday": a check-in for that person at that time; nobody saved, no one invented. */
function remind(turn: Turn, ref: PersonRef | null, at: number): Outcome {
  if (!ref) return reply(talk.remindUnknown(null));
  const person = ref.id === undefined ? null : personById(turn.snapshot, ref.id);
  if (!person) return ref.candidates?.length ? withPerson(turn, ref, (p) => remind(turn, { name: p.name, id: p.id }, at)) : reply(talk.remindUnknown(ref.name));
  const before = beforePerson(turn, person);
  turn.changes.push({ type: 'cancelNudges', personId: person.id });
  turn.changes.push({ type: 'planNudge', personId: person.id, nudge: { kind: 'check-in', dueAt: at } });
  recordUndo(turn, `reminder about ${person.name}`, before);
  return reply(talk.reminderSet(person.name, statedStep(turn, { kind: 'check-in', dueAt: at }), turn.now, turn.user.timeZone));
}

function nextReplyOf(turn: Turn): string {
  return talk.nextReply(nextDue(turn), turn.now, turn.user.timeZone);
}

function agendaOf(turn: Turn, days: number): string {
  const names = turn.snapshot.people
    .filter((person) => {
      const due = pendingNudgeOf(turn.snapshot, person.id);
      return due !== null && due.dueAt <= turn.now + days * DAY;
    })
    .map((person) => person.name);
  return talk.agendaReply(names, days);
}

function contactOf(person: Person, field: 'phone' | 'email' | 'instagram' | 'contact'): string {
  const { contacts } = person;
  if (field === 'phone') return talk.contactReply(person.name, 'number', contacts.phone ?? null);
  if (field === 'email') return talk.contactReply(person.name, 'email', contacts.email ?? null);
  if (field === 'instagram') return talk.contactReply(person.name, 'Instagram', contacts.instagram ?? null);
  const any = contacts.phone ?? contacts.email ?? contacts.instagram ?? contacts.handles?.[0] ?? null;
  return talk.contactReply(person.name, 'contact', any);
}

/** "what should i text jake?": a check-in text now, naming a detail of theirs, with a draft to send as is. */
function draftFor(turn: Turn, person: Person, kind: 'check-in' | 'deepen' = 'check-in'): string {
  // the user means to text them: a draft even when Kindling has no number saved for them
  return composeNudge([{ kind, person: { ...toPlanInput(person), hasContact: true } }], turn.snapshot.inboundId, {
    now: turn.now,
    zone: turn.user.timeZone,
    language: turn.language,
  });
}

function isNew(person: NotePerson): boolean {
  return person.id === undefined && !person.candidates?.length;
}

/**
 * "met jake and priya at marcos bday": each saved with their own details and contacts, the shared ones on both. At
 * most MAX_PEOPLE_PER_TEXT, never past the user's ceiling; the reply says how many were left out.
 */
function saveSeveral(turn: Turn, people: readonly NotePerson[], namedBeyond: number): Outcome {
  if (peopleFull(turn)) {
    // no one new past the ceiling; the note is kept, so nothing is lost
    turn.changes.push({ type: 'addNote', ref: newRef(turn), personId: null, body: turn.text });
    return reply(replies.PEOPLE_FULL_TEXT);
  }
  const saved = people.slice(0, Math.min(MAX_PEOPLE_PER_TEXT, MAX_PEOPLE_PER_USER - turn.snapshot.peopleTotal));
  const refs = saved.map((person) => savePerson(turn, person.name, { ...person, raw: turn.text }, turn.text, null, tiesOf(person, saved)).ref);
  const names = saved.map((person) => capName(person.name));
  // one text, one UNDO: it takes back everyone the text saved
  recordUndo(turn, `saved ${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`, {}, refs);
  const text = talk.savedSeveral(names, people[0]?.met ?? null, turn.snapshot.isNewUser);
  const leftOut = namedBeyond + people.length - saved.length;
  if (leftOut === 0) return reply(text);
  const left = replies.leftOutText(leftOut, 'people', peopleFull(turn, saved.length));
  const lead = turn.snapshot.isNewUser ? 'Welcome to Kindling! ' : '';
  const candidates = [`${text} ${left}`, replies.savedList(names, `I'll nudge you about each. ${left}`, 2, lead), replies.savedList(names, left, 2)];
  return reply(fitToSegments(candidates, 2) ?? truncateToSegments(replies.savedList(names, left, 2), 2));
}

/**
 * Who else in the text this person is tied to, as recall says it: "sister" (they are Kenji's sister), "their sister"
 * (Aiko is theirs), else "met together".
 */
function tiesOf(person: NotePerson, people: readonly NotePerson[]): PersonTie[] {
  return people
    .filter((other) => other !== person)
    .map((other) => {
      const own = person.ties.find((tie) => nameKey(tie.to) === nameKey(other.name));
      const theirs = other.ties.find((tie) => nameKey(tie.to) === nameKey(person.name));
      return { name: other.name, how: own ? own.relation : theirs ? `their ${theirs.relation}` : 'met together' };
    });
}

/** A note naming one saved person (not meeting a second one): added to theirs. */
function addToOne(turn: Turn, only: NotePerson): Outcome | null {
  const person = only.id === undefined ? null : personById(turn.snapshot, only.id);
  if (!person || meetsAnother(turn.text, only.met, person)) return null;
  return addToPerson(turn, person, turn.text, null);
}

/** "Gareth 07911 123456, Ffion 07911 123612": each saved person gets their own part, each new one is saved. */
function saveOrAddSeveral(turn: Turn, people: readonly NotePerson[]): Outcome {
  const names: string[] = [];
  for (const one of people.slice(0, 5)) {
    const person = one.id === undefined ? null : personById(turn.snapshot, one.id);
    if (!person) {
      savePerson(turn, one.name, { ...one, raw: turn.text }, turn.text, null, tiesOf(one, people));
      names.push(one.name);
      continue;
    }
    const before = beforePerson(turn, person);
    turn.changes.push({ type: 'updatePerson', personId: person.id, patch: mergeNote(person, { ...one, raw: turn.text, name: one.name }) });
    turn.changes.push({ type: 'addNote', ref: newRef(turn), personId: person.id, body: turn.text });
    recordUndo(turn, `note added to ${person.name}`, { ...before, deleteNoteId: null });
    names.push(person.name);
  }
  return reply(talk.notedSeveral(names));
}

/** One new person the old note reader missed ("ran into this guy marcus at the bar"): saved as a note names them. */
function saveOne(turn: Turn, person: NotePerson): Outcome {
  return reply(createPerson(turn, person.name, { ...person, raw: turn.text }, turn.text, null));
}

/** "actually her name is Sara": the latest person renamed. */
function rename(turn: Turn, person: Person, to: string): Outcome {
  const before = beforePerson(turn, person);
  const name = capName(to);
  turn.changes.push({ type: 'updatePerson', personId: person.id, patch: { name, nameKey: nameKey(name) } });
  // "it's Preeti, double e. And she's just moved to Wise": what else it says is kept on them
  if (turn.text.trim().split(/\s+/).length > 8) turn.changes.push({ type: 'addNote', ref: newRef(turn), personId: person.id, body: turn.text });
  recordUndo(turn, `renamed ${person.name}`, before);
  return reply(talk.renamed(person.name, name));
}

/** "oops her number is ...": the contact replaces the one saved. */
function correctContact(turn: Turn, person: Person, contacts: Contacts): Outcome {
  const before = beforePerson(turn, person);
  turn.changes.push({ type: 'updatePerson', personId: person.id, patch: { contacts: { ...person.contacts, ...contacts } } });
  recordUndo(turn, `fixed ${person.name}'s contact`, before);
  return reply(talk.contactFixed(person.name));
}

/** "not berlin, its the chicago marathon": the wrong detail out, the right one in. */
function correctDetail(turn: Turn, person: Person, add: readonly string[], remove: readonly string[]): Outcome {
  fixDetail(turn, person, add, remove);
  return reply(talk.detailFixed(person.name, add));
}

function fixDetail(turn: Turn, person: Person, add: readonly string[], remove: readonly string[]): void {
  const wrong = new Set(remove.map((item) => item.toLowerCase()));
  const keep = (items: string[]) => items.filter((item) => ![...wrong].some((w) => item.toLowerCase().includes(w)));
  const interests = keep(person.interests);
  const work = keep(person.work);
  const seen = new Set([...interests, ...work].map((item) => item.toLowerCase()));
  const patch = { interests: [...interests, ...add.filter((item) => !seen.has(item.toLowerCase()))].slice(0, 8), work };
  const before = beforePerson(turn, person);
  turn.changes.push({ type: 'updatePerson', personId: person.id, patch });
  recordUndo(turn, `fixed a detail of ${person.name}`, before);
}

/** "reverse that, gabe has the pitbull and tasha the beagle": each fix on its person (both saved), one reply. */
function correctDetails(turn: Turn, fixes: readonly { person: PersonRef; add: string[]; remove: string[] }[]): Outcome | null {
  const found = fixes.map((fix) => ({ ...fix, saved: fix.person.id === undefined ? null : personById(turn.snapshot, fix.person.id) }));
  if (found.length === 0 || found.some((fix) => !fix.saved)) return null;
  for (const fix of found) if (fix.saved) fixDetail(turn, fix.saved, fix.add, fix.remove);
  return reply(talk.detailsFixed(found.map((fix) => ({ name: fix.saved?.name ?? fix.person.name, add: fix.add }))));
}

/** A plan or news about a saved person, or about the latest one when the text names nobody; null when neither. */
function aboutPerson(turn: Turn, ref: PersonRef | null, then: (person: Person) => Outcome): Outcome | null {
  if (ref) return ref.id === undefined && !ref.candidates?.length ? null : withPerson(turn, ref, then);
  const latest = latestPersonOf(turn);
  const person = latest === null ? null : personById(turn.snapshot, latest);
  return person ? then(person) : null;
}
