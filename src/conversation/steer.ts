// Replies that steer a person's plan: done, snooze, skip, how it went, keep, forget.
import { and, desc, eq, inArray, like, or } from 'drizzle-orm';
import { detailOf, pendingNudges, replaceNudge, type NudgeRow } from '../db/nudges';
import { bestMatch, deletePerson, findPeopleByName, getPeople, getPerson, updatePerson } from '../db/people';
import { windowOf, type Person } from '../db/rows';
import { changes, inbound, nudges, outbound } from '../db/schema';
import { lastNudgePeople, setPending } from '../db/users';
import { nameKey } from '../domain/parse-note';
import * as replies from '../domain/replies';
import { personAfter } from '../domain/playbook';
import { snoozeLanding } from '../domain/schedule';
import type { Intent, NudgeKind, Target } from '../domain/types';
import { reply, type Outcome, type TextContext } from './context';
import { replan, statedStep } from './plan';
import { recordChange, snapshotPerson } from './undo';

export type SteeringIntent = Extract<Intent, { kind: 'done' | 'snooze' | 'skip' | 'update' }>;

type Resolved = { person: Person } | { outcome: Outcome };

/** Finds a person by typed name, answering when there is nobody or several. */
export async function personNamed(ctx: TextContext, name: string): Promise<Resolved> {
  const key = nameKey(name);
  const match = bestMatch(await findPeopleByName(ctx.db, ctx.user.id, key), key);
  if (!match) return { outcome: reply(replies.unknownPerson(name)) };
  if (match === 'ambiguous') {
    const candidates = await findPeopleByName(ctx.db, ctx.user.id, key);
    return { outcome: reply(replies.whichPerson(candidates.slice(0, 4).map(describe))) };
  }
  return { person: match };
}

function describe(person: Person): string {
  return person.met ? `${person.name} (${person.met})` : person.name;
}

/** Which person a steering reply is about: its target, else the latest nudge's only person, else ask. */
async function resolveTarget(ctx: TextContext, intent: SteeringIntent): Promise<Resolved> {
  const target: Target | undefined = intent.target;
  const recent = lastNudgePeople(ctx.user, ctx.now);
  if (target?.name) {
    const named = await personNamed(ctx, target.name);
    if ('person' in named || recent.length === 0) return named;
    const inRecent = (await getPeople(ctx.db, ctx.user.id, recent)).filter((p) => nameKey(p.name).startsWith(nameKey(target.name ?? '')));
    return inRecent[0] ? { person: inRecent[0] } : named;
  }
  if (target?.index !== undefined) {
    const id = recent[target.index - 1];
    const person = id === undefined ? null : await getPerson(ctx.db, ctx.user.id, id);
    if (person) return { person };
  }
  if (recent.length === 1) {
    const person = await getPerson(ctx.db, ctx.user.id, recent[0] as number);
    if (person) return { person };
  }
  if (recent.length > 1) {
    const people = await getPeople(ctx.db, ctx.user.id, recent);
    const { target: _ignored, ...rest } = intent;
    // a snooze lands now, while "3 days" still reads as a duration from this text's time
    const asked = rest.kind === 'snooze' ? { ...rest, until: snoozeLanding(rest.until, ctx.now, ctx.user.timeZone, windowOf(ctx.user)) } : rest;
    ctx.writes.push(setPending(ctx.db, ctx.user.id, { type: 'which', intent: asked, personIds: people.map((p) => p.id) }, ctx.now));
    return { outcome: reply(replies.whichPerson(people.map((p) => p.name))) };
  }
  const verb = intent.kind === 'update' ? 'Who is this about' : `Who should I mark ${intent.kind === 'done' ? 'done' : intent.kind}`;
  return { outcome: reply(`${verb}? Reply with their name, like ${intent.kind.toUpperCase() === 'UPDATE' ? 'SARAH: WROTE BACK' : `${intent.kind.toUpperCase()} SARAH`}.`) };
}

/** Applies done / snooze / skip / how-it-went to the right person. */
export async function steer(ctx: TextContext, intent: SteeringIntent): Promise<Outcome> {
  const resolved = await resolveTarget(ctx, intent);
  if ('outcome' in resolved) return resolved.outcome;
  return steerPerson(ctx, intent, resolved.person);
}

export async function steerPerson(ctx: TextContext, intent: SteeringIntent, person: Person): Promise<Outcome> {
  const { db, user, now } = ctx;
  const zone = user.timeZone;
  const before = await snapshotPerson(db, user.id, person.id);
  switch (intent.kind) {
    case 'done': {
      ctx.writes.push(updatePerson(db, user.id, person.id, { lastContactAt: now }, now));
      ctx.writes.push(db.update(nudges).set({ state: 'done' })
        .where(and(eq(nudges.userId, user.id), eq(nudges.personId, person.id), eq(nudges.state, 'sent'))));
      replan(ctx, { ...person, lastContactAt: now }, { type: 'done' });
      ctx.writes.push(setPending(db, user.id, { type: 'how', personId: person.id }, now));
      recordChange(ctx, `${person.name} marked done`, before);
      return reply(replies.doneReply(person.name));
    }
    case 'snooze': {
      const until = snoozeLanding(intent.until, now, zone, windowOf(user));
      const again = await snoozedNudge(ctx, person.id);
      const snoozed = { ...(again ? detailOf(again) : {}), kind: (again?.kind ?? 'check-in') as NudgeKind, dueAt: until };
      ctx.writes.push(...replaceNudge(db, user.id, person.id, snoozed, now));
      recordChange(ctx, `${person.name} snoozed`, before);
      return reply(replies.snoozed(person.name, statedStep(ctx, snoozed), now, zone));
    }
    case 'skip': {
      const next = replan(ctx, person, { type: 'skip' });
      recordChange(ctx, `${person.name} skipped`, before);
      return reply(replies.skipped(person.name, next, now, zone));
    }
    case 'update': {
      const trigger = { type: 'response', warmth: intent.warmth } as const;
      ctx.writes.push(updatePerson(db, user.id, person.id, personAfter(person, trigger), now));
      ctx.writes.push(setPending(db, user.id, null, now));
      const next = replan(ctx, person, trigger);
      recordChange(ctx, `how it went with ${person.name}`, before);
      return reply(replies.updateReply(person.name, intent.warmth, next, now, zone));
    }
  }
}

/**
 * What a snooze brings back: the nudge just sent about them while it is unanswered (the latest nudge text named them),
 * else the pending one, else the last one sent.
 */
async function snoozedNudge(ctx: TextContext, personId: number): Promise<NudgeRow | null> {
  const [[latest], [pending]] = await Promise.all([
    ctx.db.select().from(nudges)
      .where(and(eq(nudges.userId, ctx.user.id), eq(nudges.personId, personId), inArray(nudges.state, ['sent', 'claimed', 'done'])))
      .orderBy(desc(nudges.id)).limit(1),
    pendingNudges(ctx.db, ctx.user.id, [personId]),
  ]);
  const unanswered = latest && latest.state !== 'done' && lastNudgePeople(ctx.user, ctx.now).includes(personId);
  return (unanswered ? latest : pending ?? latest) ?? null;
}

export async function keepPerson(ctx: TextContext, name: string | undefined): Promise<Outcome> {
  let person: Person | null = null;
  if (name) {
    const named = await personNamed(ctx, name);
    if ('outcome' in named) return named.outcome;
    person = named.person;
  } else {
    const recent = lastNudgePeople(ctx.user, ctx.now);
    if (recent.length === 1) person = await getPerson(ctx.db, ctx.user.id, recent[0] as number);
  }
  if (!person) return reply(replies.keepNeedsName());
  const before = await snapshotPerson(ctx.db, ctx.user.id, person.id);
  ctx.writes.push(updatePerson(ctx.db, ctx.user.id, person.id, personAfter(person, { type: 'keep' }), ctx.now));
  const next = replan(ctx, person, { type: 'keep' });
  recordChange(ctx, `kept ${person.name}`, before);
  return reply(replies.kept(person.name, next, ctx.now, ctx.user.timeZone));
}

export async function forgetPerson(ctx: TextContext, name: string): Promise<Outcome> {
  const named = await personNamed(ctx, name);
  if ('outcome' in named) return named.outcome;
  const { db, user } = ctx;
  const pattern = `%${named.person.name}%`;
  ctx.writes.push(
    ...deletePerson(db, user.id, named.person.id),
    // undo history holds snapshots of them, and past texts name them: nothing of theirs stays behind
    db.delete(changes).where(eq(changes.userId, user.id)),
    db.update(inbound).set({ body: '', reply: null }).where(and(eq(inbound.userId, user.id), or(like(inbound.body, pattern), like(inbound.reply, pattern)))),
    db.update(outbound).set({ body: '' }).where(and(eq(outbound.userId, user.id), like(outbound.body, pattern))),
  );
  ctx.redact = true;
  return reply(replies.forgotten(named.person.name));
}
