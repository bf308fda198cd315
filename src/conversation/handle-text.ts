// One inbound text -> one intent -> one step of the conversation, answering any question Kindling asked last.
import { getPeople, getPerson } from '../db/people';
import { pendingOf, setPending, type Pending } from '../db/users';
import { nameKey, parseNameAnswer } from '../domain/parse-note';
import { parseReply } from '../domain/parse-reply';
import * as replies from '../domain/replies';
import type { Intent } from '../domain/types';
import * as account from './account';
import { addToPerson, answerSame, captureNote, fileUnderName } from './capture';
import { reply, type Outcome, type TextContext } from './context';
import * as recall from './recall';
import { forgetPerson, keepPerson, personNamed, steer, steerPerson, type SteeringIntent } from './steer';

/** Intents that are commands in their own right: they never answer a pending question. */
const COMMANDS = new Set<Intent['kind']>([
  'who', 'list', 'help', 'stop', 'start', 'export', 'pause', 'resume', 'nudge-at', 'tz', 'tz-unknown', 'undo',
  'delete-data', 'forget', 'keep', 'add-note',
]);

export async function handleText(ctx: TextContext, numMedia: number): Promise<Outcome> {
  const text = ctx.text.trim();
  if (!text) return reply(numMedia > 0 ? replies.MEDIA_ONLY_TEXT : replies.EMPTY_TEXT);

  const intent = parseReply(text, { now: ctx.now, timeZone: ctx.user.timeZone });
  const pending = pendingOf(ctx.user, ctx.now);
  if (intent.kind === 'stop') return account.stop(ctx);
  // YES is a carrier opt-in keyword, but from someone opted in who was just asked SAME or NEW it means "same".
  if (intent.kind === 'start' && pending?.type === 'same' && !ctx.user.optedOut && /^\W*yes\W*$/i.test(text)) {
    return answerSame(ctx, true, pending.noteId, pending.personId);
  }
  if (intent.kind === 'start') return account.start(ctx);

  if (pending && !COMMANDS.has(intent.kind)) {
    const answered = await answerPending(ctx, pending, intent, text);
    if (answered) return answered;
  }
  if (pending && !COMMANDS.has(intent.kind)) ctx.writes.push(setPending(ctx.db, ctx.user.id, null, ctx.now));
  const outcome = await dispatch(ctx, intent);
  // An opted-out number cannot be texted back; its notes are still saved. HELP is always answered.
  return ctx.user.optedOut && intent.kind !== 'help' ? reply(null) : outcome;
}

async function dispatch(ctx: TextContext, intent: Intent): Promise<Outcome> {
  switch (intent.kind) {
    case 'empty':
      return reply(replies.EMPTY_TEXT);
    case 'help':
      return reply(replies.HELP_TEXT);
    case 'stop':
      return account.stop(ctx);
    case 'start':
      return account.start(ctx);
    case 'done':
    case 'snooze':
    case 'skip':
    case 'update':
      return steer(ctx, intent);
    case 'who':
      return recall.whoIs(ctx, intent.name);
    case 'list':
      return recall.list(ctx);
    case 'add-note': {
      const named = await personNamed(ctx, intent.name);
      if ('person' in named) return addToPerson(ctx, named.person, intent.text, null, ctx.text);
      return captureNote(ctx, ctx.text);
    }
    case 'keep':
      return keepPerson(ctx, intent.name);
    case 'forget':
      return forgetPerson(ctx, intent.name);
    case 'pause':
      return account.pause(ctx, intent.until);
    case 'resume':
      return account.resume(ctx);
    case 'nudge-at':
      return account.nudgeAt(ctx, intent.hour, intent.minute);
    case 'tz':
      return account.setZone(ctx, intent.zone);
    case 'tz-unknown':
      return reply(replies.zoneUnknown(intent.query));
    case 'undo':
      return account.undo(ctx);
    case 'export':
      return account.exportData(ctx);
    case 'delete-data':
      return account.askDelete(ctx);
    case 'confirm-delete':
      return reply('Nothing to confirm. To delete everything, text DELETE MY DATA first.');
    case 'same':
    case 'new-person':
    case 'pick':
    case 'note':
      return captureNote(ctx, ctx.text);
  }
}

/** The next text after a question: returns the outcome when it answers it, null when it is something else. */
async function answerPending(ctx: TextContext, pending: Pending, intent: Intent, text: string): Promise<Outcome | null> {
  switch (pending.type) {
    case 'name': {
      if (intent.kind !== 'note' && intent.kind !== 'pick') return null;
      const name = parseNameAnswer(text);
      return name ? fileUnderName(ctx, name, pending.noteId) : null;
    }
    case 'same': {
      if (intent.kind === 'same') return answerSame(ctx, true, pending.noteId, pending.personId);
      if (intent.kind === 'new-person') return answerSame(ctx, false, pending.noteId, pending.personId);
      return null;
    }
    case 'which': {
      const people = await getPeople(ctx.db, ctx.user.id, pending.personIds);
      let chosen = null;
      if (intent.kind === 'pick' && intent.target.index !== undefined) chosen = people[intent.target.index - 1] ?? null;
      else {
        const key = nameKey(intent.kind === 'pick' ? (intent.target.name ?? '') : text);
        if (key) chosen = people.find((person) => nameKey(person.name) === key || nameKey(person.name).split(' ')[0] === key) ?? null;
      }
      if (!chosen) return null;
      ctx.writes.push(setPending(ctx.db, ctx.user.id, null, ctx.now));
      return steerPerson(ctx, pending.intent as unknown as SteeringIntent, chosen);
    }
    case 'how': {
      if (intent.kind !== 'update') return null;
      const person = await getPerson(ctx.db, ctx.user.id, pending.personId);
      if (!person || (intent.target?.name && nameKey(intent.target.name) !== nameKey(person.name))) return null;
      return steerPerson(ctx, intent, person);
    }
    case 'delete': {
      if (intent.kind === 'confirm-delete') return account.deleteEverything(ctx);
      ctx.writes.push(setPending(ctx.db, ctx.user.id, null, ctx.now));
      return intent.kind === 'note' ? reply(replies.DELETE_KEPT) : null;
    }
  }
}
