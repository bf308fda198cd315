// The pure heart of a text: understand it, choose what to do against the snapshot, compose the reply. No D1, no clock,
// no randomness: the same snapshot, text and inputs always give the same reply and changes.
import { isStopQuestion } from '../../domain/opt-out';
import { nameKey } from '../../understand/note-person';
import { toGsm7 } from '../../domain/sms-length';
import * as replies from '../replies';
import { NOTHING_TO_CONFIRM } from '../replies';
import type { Command } from '../../understand/types';
import type { Change } from '../changes';
import { pendingOf, type Pending } from '../pending';
import { peopleByIds, savedPeopleNamed, personById, type Snapshot } from '../snapshot';
import * as account from './account';
import type { SharedMedia } from '../../channels/shared-media';
import { shareCards, sharesCards } from './cards';
import { draftFromDigest } from './digest';
import type { ChannelContext } from '../../channels/channel';
import { chooseChannel } from './channel';
import { addToPerson, answerSame, captureNote, fileUnderName } from './capture';
import * as recall from './recall';
import { personByTheirEvent, personNamed } from './resolve';
import { forgetPerson, keepPerson, steer, steerPerson } from './steer';
import { throttleOf, type Limits } from './throttle';
import { understandTurn } from './read';
import { talkOf } from './talk';
import { reply, setPending, type Outcome, type Turn } from './turn';
import type { Understanding } from '../../understand/types';
import { undo } from './undo';
import { withWaiting } from './waiting';
import { pageCommand } from './page';
import { readPageCommand } from '../../understand/page-command';
import { languageAfter, textLanguage } from '../../understand/language';
import { readText as readWords } from '../../understand/read-text';

export interface DecideInputs {
  now: number;
  /** the origin export links point at */
  origin: string;
  /** pictures attached to the text */
  numMedia: number;
  /** a fresh random token, used only if the text asks for an export or a page link */
  exportToken: string;
  limits: Limits;
  /** the channel the text came on and what the deployment can send on; without it, channel switches are notes */
  channel?: ChannelContext;
  /** the attachments, read by the route before deciding (shared contact cards) */
  media?: readonly SharedMedia[];
}

export interface Decision {
  /** the reply, or null for none (the reply limit may hold it back) */
  reply: string | null;
  /** what to write, in order */
  changes: Change[];
}

/** Intents that are commands in their own right: they never answer a pending question. */
const COMMANDS = new Set<Command['kind']>([
  'who',
  'list',
  'help',
  'stop',
  'start',
  'export',
  'pause',
  'resume',
  'nudge-at',
  'tz',
  'tz-unknown',
  'undo',
  'delete-data',
  'forget',
  'keep',
  'add-note',
]);

export function decide(snapshot: Snapshot, text: string, inputs: DecideInputs): Decision {
  // a text clearly in Spanish (or English) is answered in it; the language Kindling writes in from then on, nudges
  // included, follows only a lasting switch (languageAfter)
  const spoken = textLanguage(readWords(text).keys);
  const kept = languageAfter(snapshot.user.language, spoken, snapshot.recentTexts ?? [], snapshot.isNewUser);
  const turn: Turn = {
    snapshot,
    user: snapshot.user,
    now: inputs.now,
    text,
    language: spoken ?? snapshot.user.language,
    origin: inputs.origin,
    exportToken: inputs.exportToken,
    changes: [],
    created: 0,
  };
  // the one reading of the text, shared by everything below
  const pending = pendingOf(turn.user, turn.now);
  const understood = understandTurn(turn, pending);
  const asked = understood.meaning;
  const requested = inputs.channel && !snapshot.user.optedOut && asked.intent === 'channel' ? asked.channel : null;
  const outcome =
    requested && inputs.channel
      ? chooseChannel(turn, requested, inputs.channel)
      : inputs.media && sharesCards(inputs.media)
        ? quietWhenOptedOut(turn, shareCards(turn, inputs.media))
        : converse(turn, inputs.numMedia, pending, understood);
  if (kept !== snapshot.user.language && !turn.changes.some((change) => change.type === 'deleteEverything'))
    turn.changes.push({ type: 'setUser', patch: { language: kept } });
  const throttle = throttleOf(snapshot, inputs.limits);
  if (!throttle.quiet) {
    // a nudge held on the user's channel is mentioned in the first reply on it since; every reply in GSM-7 where it
    // can be: a name as written ("Lucía") or a quoted emoji would make it UCS-2
    const said = outcome.reply === null ? null : withWaiting(turn, outcome.reply, inputs.channel);
    return { reply: said === null ? null : toGsm7(said), changes: turn.changes };
  }
  // A text left unanswered carries out nothing the user could not see coming: no erasing, and no question asked or
  // answered (a later YES answers the question the user actually saw). What it says is still saved.
  return {
    reply: throttle.notice === null ? null : toGsm7(throttle.notice),
    changes: turn.changes.filter((change) => !UNANSWERED_SKIPS.has(change.type)),
  };
}

/** What a text held back by the reply limit does not do. */
const UNANSWERED_SKIPS = new Set<Change['type']>(['forgetPerson', 'deleteEverything', 'setPending']);

function converse(turn: Turn, numMedia: number, pending: Pending | null, understood: Understanding): Outcome {
  const text = turn.text.trim();
  if (!text) return reply(numMedia > 0 ? replies.MEDIA_ONLY_TEXT : replies.EMPTY_TEXT);
  // the exact command WHO IS <saved name>, even when the name is also a word ("WHO IS Will?")
  const asked = /^who\s+is\s+(\p{L}[\p{L}\p{M}'. -]{0,40}?)\s*\??$/iu.exec(text)?.[1];
  if (asked && savedPeopleNamed(turn.snapshot, nameKey(asked)).length > 0 && !turn.user.optedOut) return recall.whoIs(turn, asked);

  const read = understood.meaning;
  const intent = understood.command;
  // "how do i stop this?" asks how: the answer says, and nothing is opted out on a question (a text that also asks to
  // stop, "how do i stop this? STOP", was opted out by the webhook before deciding)
  if (isStopQuestion(turn.text)) return reply(turn.user.optedOut ? null : replies.HOW_TO_STOP_TEXT);
  if (intent.kind === 'stop') return account.stop(turn);
  // YES answers "erase them?" before it can mean START
  if (pending?.type === 'forget' && !turn.user.optedOut) {
    const answered = talkOf(turn, read, pending);
    if (answered) return answered;
  }
  // YES is a carrier opt-in keyword, but from someone opted in who was just asked SAME or NEW it means "same".
  if (intent.kind === 'start' && pending?.type === 'same' && !turn.user.optedOut && /^\W*yes\W*$/i.test(text)) {
    return answerSame(turn, true, pending.noteId, pending.personId);
  }
  // From someone who never opted out (or came back), a bare YES is an answer, not START: it confirms nothing destructive
  // on its own, and says what it can do instead.
  if (intent.kind === 'start' && !turn.user.optedOut && /^\W*yes\W*$/i.test(text)) {
    return reply(pending?.type === 'delete' ? replies.DELETE_ASK : replies.YES_NOTHING_ASKED);
  }
  if (intent.kind === 'start') return account.start(turn);
  // "page", "show me everyone", "page off": the link to the page of their people (see page.ts)
  const page = readPageCommand(text);
  if (page) return turn.user.optedOut ? reply(null) : pageCommand(turn, page);

  // "2" or "dana" right after a text about several people: that person's draft
  const picked = turn.user.optedOut ? null : draftFromDigest(turn, pending);
  if (picked) return picked;

  // What the old readers cannot tell apart (chatter, mute, forget, reminders, questions) is read by understand().
  const talked = talkOf(turn, read, pending, intent.kind === 'add-note');
  if (talked) return turn.user.optedOut ? reply(null) : talked;

  if (pending && !COMMANDS.has(intent.kind)) {
    const answered = answerPending(turn, pending, understood, intent);
    if (answered) return answered;
    setPending(turn, null);
  }
  const outcome = dispatch(turn, intent, understood);
  // An opted-out number cannot be texted back; its notes are still saved. HELP is always answered.
  return turn.user.optedOut && intent.kind !== 'help' ? reply(null) : outcome;
}

/** An opted-out number cannot be texted back; what it shared is still saved. */
function quietWhenOptedOut(turn: Turn, outcome: Outcome): Outcome {
  return turn.user.optedOut ? reply(null) : outcome;
}

/** Everything but STOP and START, which converse answers first. */
function dispatch(turn: Turn, intent: Exclude<Command, { kind: 'stop' | 'start' }>, understood: Understanding): Outcome {
  switch (intent.kind) {
    case 'empty':
      return reply(replies.EMPTY_TEXT);
    case 'help':
      return reply(replies.HELP_TEXT);
    case 'done':
    case 'snooze':
    case 'skip':
    case 'update':
      return steer(turn, intent);
    case 'who':
      return recall.whoIs(turn, intent.name);
    case 'list':
      return recall.list(turn);
    case 'add-note': {
      const named = personNamed(turn, intent.name);
      if ('person' in named) return addToPerson(turn, named.person, intent.text, null, turn.text);
      return captureNote(turn, understood.note(), turn.text);
    }
    case 'keep':
      return keepPerson(turn, intent.name);
    case 'forget':
      return forgetPerson(turn, intent.name);
    case 'pause':
      return account.pause(turn, intent.until);
    case 'resume':
      return account.resume(turn);
    case 'nudge-at':
      return account.nudgeAt(turn, intent.hour, intent.minute);
    case 'tz':
      return account.setZone(turn, intent.zone);
    case 'tz-unknown':
      return reply(replies.zoneUnknown(intent.query));
    case 'undo':
      return undo(turn);
    case 'export':
      return account.exportData(turn);
    case 'delete-data':
      return account.askDelete(turn);
    case 'confirm-delete':
      return reply(NOTHING_TO_CONFIRM);
    case 'same':
    case 'new-person':
    case 'pick':
    case 'note':
      return captureNote(turn, understood.note(), turn.text);
  }
}

/** The next text after a question: the outcome when it answers it, null when it is something else. */
function answerPending(turn: Turn, pending: Pending, understood: Understanding, intent: Command): Outcome | null {
  switch (pending.type) {
    case 'name': {
      if (intent.kind !== 'note' && intent.kind !== 'pick') return null;
      const name = understood.nameAnswer();
      return name ? fileUnderName(turn, name, pending.noteId) : null;
    }
    case 'same': {
      if (intent.kind === 'same') return answerSame(turn, true, pending.noteId, pending.personId);
      if (intent.kind === 'new-person') return answerSame(turn, false, pending.noteId, pending.personId);
      return null;
    }
    case 'which': {
      const people = peopleByIds(turn.snapshot, pending.personIds);
      let chosen = null;
      if (intent.kind === 'pick' && intent.target.index !== undefined) chosen = people[intent.target.index - 1] ?? null;
      else {
        const key = nameKey(intent.kind === 'pick' ? (intent.target.name ?? '') : turn.text.trim());
        if (key) chosen = people.find((person) => nameKey(person.name) === key || nameKey(person.name).split(' ')[0] === key) ?? null;
      }
      if (!chosen) return null;
      setPending(turn, null);
      return pending.intent.kind === 'who' ? recall.whoIsPerson(turn, chosen) : steerPerson(turn, pending.intent, chosen);
    }
    case 'how': {
      if (intent.kind !== 'update') return null;
      const person = personById(turn.snapshot, pending.personId);
      if (!person || (intent.target?.name && nameKey(intent.target.name) !== nameKey(person.name))) return null;
      // a report naming someone else's event ("went to her show") is about them, not the one asked about
      const byEvent = intent.target ? null : personByTheirEvent(turn.snapshot.people, turn.text, [person.id]);
      if (byEvent && byEvent.id !== person.id) return null;
      return steerPerson(turn, intent, person);
    }
    case 'delete': {
      if (intent.kind === 'confirm-delete') return account.deleteEverything(turn);
      setPending(turn, null);
      return intent.kind === 'note' ? reply(replies.DELETE_KEPT) : null;
    }
    case 'forget':
      // answered in talkOf; anything else drops the question
      return null;
  }
}
