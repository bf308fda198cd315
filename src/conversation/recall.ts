// Recall: WHO IS <name>? and LIST.
import { pendingNudges } from '../db/nudges';
import { notesFor, recentPeople } from '../db/people';
import * as replies from '../domain/replies';
import type { NudgeKind } from '../domain/types';
import { reply, type Outcome, type TextContext } from './context';
import { statedStep } from './plan';
import { personNamed } from './steer';

export async function whoIs(ctx: TextContext, name: string): Promise<Outcome> {
  const named = await personNamed(ctx, name);
  if ('outcome' in named) return named.outcome;
  const person = named.person;
  const [noteRows, [pending]] = await Promise.all([
    notesFor(ctx.db, ctx.user.id, person.id, 3),
    pendingNudges(ctx.db, ctx.user.id, [person.id]),
  ]);
  const next = pending ? statedStep(ctx, { kind: pending.kind as NudgeKind, dueAt: pending.dueAt }) : null;
  return reply(replies.whoIs({ ...person, notes: noteRows.map((note) => withoutAddressee(note.body, person.name)) }, next, ctx.now, ctx.user.timeZone));
}

export async function list(ctx: TextContext): Promise<Outcome> {
  const { people, total } = await recentPeople(ctx.db, ctx.user.id, 6);
  return reply(replies.listPeople(people, total));
}

/** "Sarah: moving to Denver" reads "moving to Denver" under Sarah's name. */
function withoutAddressee(body: string, name: string): string {
  const prefix = body.indexOf(':');
  if (prefix <= 0 || body.slice(0, prefix).trim().toLowerCase() !== name.trim().toLowerCase()) return body;
  return body.slice(prefix + 1).trim() || body;
}
