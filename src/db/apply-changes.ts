// The second of a text's two round trips: one D1 batch that finishes the inbound row and writes the changes, in order.
// A row this text creates is found by later statements through its ref (unique to the text), never by max(id).
import { and, eq, gt, inArray, like, ne, not, notInArray, or, sql, type SQL } from 'drizzle-orm';
import type { BatchItem } from 'drizzle-orm/batch';
import type { Db } from './client';
import type { ChannelColumns } from '../channels/channel-switch';
import { holdNudges, planNudgeIfNone, toldDetail } from './nudges';
import { patchColumns, toColumns } from './rows';
import { ERASED_AT, ERASED_ZONE, optOutWrites } from './users';
import { changes, exportTokens, inbound, notes, nudges, outbound, pageTokens, people, users } from './schema';
import type { PlannedNudge } from '../domain/types';
import { redacts, type Change, type PendingDraft, type PersonPatch, type RowRef } from '../conversation/changes';
import { hashToken } from '../conversation/export-token';
import { PENDING_TTL_MS } from '../conversation/pending';
import type { Revert } from '../conversation/revert';

type Statement = BatchItem<'sqlite'>;

/** Undo records kept per user. */
const UNDO_KEPT = 10;

export interface TextFinish {
  inboundId: number;
  userId: number;
  phone: string;
  now: number;
  /** the reply sent, recorded on the inbound row */
  reply: string | null;
  /** the channel the text came on (and, on WhatsApp, when): written before the changes, so a switch wins */
  channel?: ChannelColumns;
}

/** One round trip: the inbound row's final state and every change. Throws when D1 fails; then nothing is written. */
export async function apply(db: Db, finish: TextFinish, list: readonly Change[]): Promise<void> {
  const write = writer(db, finish);
  const statements: Statement[] = [];
  for (const change of list) statements.push(...(await write(change)));
  await db.batch([finishInbound(db, finish, 'handled', redacts(list)), ...recordChannel(db, finish), ...statements]);
}

/** Records a reply on the inbound row without any change: the text could not be handled. */
export async function finishFailed(db: Db, finish: TextFinish): Promise<void> {
  await db.batch([finishInbound(db, finish, 'failed', false), ...recordChannel(db, finish)]);
}

/** The channel the text came on; the WhatsApp window only ever moves forward (webhooks may arrive out of order). */
function recordChannel(db: Db, { userId, channel }: TextFinish): Statement[] {
  if (!channel) return [];
  const at = channel.whatsappLastInboundAt;
  const lastInbound = at === undefined ? {} : { whatsappLastInboundAt: sql<number>`max(coalesce(${users.whatsappLastInboundAt}, 0), ${at})` };
  return [
    db
      .update(users)
      .set({ channel: channel.channel, ...lastInbound })
      .where(eq(users.id, userId)),
  ];
}

/** Records the reply on the inbound row. `redact`: the text asked to forget something, so keep neither side. */
function finishInbound(db: Db, finish: TextFinish, state: 'handled' | 'failed', redact: boolean) {
  const { inboundId, userId, reply } = finish;
  return db
    .update(inbound)
    .set(redact ? { body: '', reply: null, state, userId } : { reply, state, userId })
    .where(eq(inbound.id, inboundId));
}

function writer(db: Db, { userId, phone, now }: TextFinish) {
  const personOf = (ref: RowRef): number | SQL => (typeof ref === 'number' ? ref : sql`(SELECT id FROM people WHERE ref = ${ref.ref})`);
  const noteOf = (ref: RowRef): number | SQL => (typeof ref === 'number' ? ref : sql`(SELECT id FROM notes WHERE ref = ${ref.ref})`);
  const pendingOfPerson = (personId: RowRef) => and(eq(nudges.userId, userId), sql`${nudges.personId} = ${personOf(personId)}`, eq(nudges.state, 'pending'));

  const planNudge = (personId: RowRef, planned: PlannedNudge) => planNudgeIfNone(db, { userId, personId: personOf(personId), now }, planned);

  function setPending(draft: PendingDraft | null) {
    if (!draft) return db.update(users).set({ pending: null, pendingExpiresAt: null }).where(eq(users.id, userId));
    const stored =
      'noteId' in draft && typeof draft.noteId !== 'number'
        ? sql`json_set(${JSON.stringify({ ...draft, noteId: 0 })}, '$.noteId', ${noteOf(draft.noteId)})`
        : JSON.stringify(draft);
    return db
      .update(users)
      .set({ pending: stored, pendingExpiresAt: now + PENDING_TTL_MS })
      .where(eq(users.id, userId));
  }

  function updatePerson(personId: number, patch: PersonPatch) {
    const values = { ...patchColumns(patch), updatedAt: now };
    return db
      .update(people)
      .set(values)
      .where(and(eq(people.userId, userId), eq(people.id, personId)));
  }

  function deletePerson(personId: number | SQL): Statement[] {
    return [
      db.delete(nudges).where(and(eq(nudges.userId, userId), sql`${nudges.personId} = ${personId}`)),
      db.delete(notes).where(and(eq(notes.userId, userId), sql`${notes.personId} = ${personId}`)),
      db.delete(people).where(and(eq(people.userId, userId), sql`${people.id} = ${personId}`)),
    ];
  }

  function recordUndo(summary: string, revert: Revert, deletePerson: RowRef | RowRef[] | undefined): Statement[] {
    const json = JSON.stringify(revert);
    const stored =
      deletePerson === undefined
        ? json
        : Array.isArray(deletePerson)
          ? sql`json_set(${json}, '$.deletePersonIds', json_array(${sql.join(
              deletePerson.map((ref) => sql`${personOf(ref)}`),
              sql`, `,
            )}))`
          : sql`json_set(${json}, '$.deletePersonId', ${personOf(deletePerson)})`;
    return [
      db.insert(changes).values({ userId, summary, revert: stored, createdAt: now }),
      db
        .delete(changes)
        .where(
          and(eq(changes.userId, userId), sql`${changes.id} NOT IN (SELECT id FROM changes WHERE user_id = ${userId} ORDER BY id DESC LIMIT ${UNDO_KEPT})`),
        ),
    ];
  }

  /**
   * A person whose plan moved on since the change (one of the change's nudges, or one created after it, was taken by
   * the sweep, sent or ended) keeps their nudges as they are: putting the old ones back would text something already
   * sent, or plan twice. Decided inside the batch, so a sweep between load and apply is seen.
   */
  function revertChange(changeId: number, changedAt: number, revert: Revert): Statement[] {
    const statements: Statement[] = [];
    const snapshotIds = (revert.nudges ?? []).map((nudge) => nudge.id);
    const movedOn = (personId: number) => sql`EXISTS (SELECT 1 FROM nudges AS taken WHERE taken.user_id = ${userId}
      AND taken.person_id = ${personId} AND taken.state IN ('claimed', 'sent', 'done', 'failed')
      AND (taken.created_at >= ${changedAt} OR taken.id IN (${sql.join(
        (snapshotIds.length > 0 ? snapshotIds : [-1]).map((id) => sql`${id}`),
        sql`, `,
      )})))`;
    if (revert.deletePersonId) statements.push(...deletePerson(revert.deletePersonId));
    for (const personId of revert.deletePersonIds ?? []) statements.push(...deletePerson(personId));
    if (revert.deleteNoteId) statements.push(db.delete(notes).where(and(eq(notes.userId, userId), eq(notes.id, revert.deleteNoteId))));
    if (revert.person) {
      const { id, ...fields } = revert.person;
      statements.push(
        db
          .update(people)
          .set(fields)
          .where(and(eq(people.userId, userId), eq(people.id, id))),
      );
    }
    if (revert.nudgesOfPersonId !== undefined) {
      statements.push(
        db
          .update(nudges)
          .set({ state: 'cancelled' })
          .where(
            and(
              eq(nudges.userId, userId),
              eq(nudges.personId, revert.nudgesOfPersonId),
              inArray(nudges.state, ['pending', 'held']),
              not(movedOn(revert.nudgesOfPersonId)),
            ),
          ),
      );
    }
    for (const nudge of revert.nudges ?? []) {
      if (nudge.userId !== userId) continue;
      // only a nudge still waiting (or cancelled by the change) comes back; never one claimed or sent since
      statements.push(
        db
          .insert(nudges)
          .values(nudge)
          .onConflictDoUpdate({
            target: nudges.id,
            set: { state: nudge.state, dueAt: nudge.dueAt },
            setWhere: and(inArray(nudges.state, ['pending', 'held', 'cancelled']), not(movedOn(nudge.personId))),
          }),
      );
    }
    if (revert.user) statements.push(db.update(users).set(revert.user).where(eq(users.id, userId)));
    statements.push(db.delete(changes).where(and(eq(changes.userId, userId), eq(changes.id, changeId))));
    return statements;
  }

  function forgetPerson(personId: number, name: string): Statement[] {
    const pattern = `%${name}%`;
    return [
      ...deletePerson(personId),
      // undo history holds snapshots of them, and past texts name them: nothing of theirs stays behind
      db.delete(changes).where(eq(changes.userId, userId)),
      db
        .update(inbound)
        .set({ body: '', reply: null })
        .where(and(eq(inbound.userId, userId), or(like(inbound.body, pattern), like(inbound.reply, pattern)))),
      db
        .update(outbound)
        .set({ body: '' })
        .where(and(eq(outbound.userId, userId), like(outbound.body, pattern))),
      // past nudges of others about them (a pair brought together); a pending one was replanned, a claimed one is in flight
      db
        .update(nudges)
        .set({ detail: '{}' })
        .where(and(eq(nudges.userId, userId), notInArray(nudges.state, ['pending', 'claimed']), like(nudges.detail, pattern))),
    ];
  }

  /**
   * Every text from the number goes too (a first text whose handling failed may belong to no user). The users row stays
   * with only the phone and opt-out state, to honour STOP; its time zone and creation time are neutral, and the next
   * text from the number starts afresh (see load).
   */
  function deleteEverything(): Statement[] {
    return [
      db.delete(nudges).where(eq(nudges.userId, userId)),
      db.delete(notes).where(eq(notes.userId, userId)),
      db.delete(people).where(eq(people.userId, userId)),
      db.delete(outbound).where(eq(outbound.userId, userId)),
      db.delete(changes).where(eq(changes.userId, userId)),
      db.delete(exportTokens).where(eq(exportTokens.userId, userId)),
      db.delete(pageTokens).where(eq(pageTokens.userId, userId)),
      db.delete(inbound).where(or(eq(inbound.userId, userId), eq(inbound.phone, phone))),
      db
        .update(users)
        .set({
          timeZone: ERASED_ZONE,
          createdAt: ERASED_AT,
          windowStart: 9,
          windowEnd: 20,
          preferredHour: 10,
          pausedUntil: null,
          pending: null,
          pendingExpiresAt: null,
          lastNudgePeople: null,
          lastNudgeAt: null,
          capDay: null,
          capCount: 0,
          // written after the text's own channel (see apply), so nothing of how the user wrote stays either
          channel: 'sms',
          whatsappLastInboundAt: null,
          language: 'en',
        })
        .where(eq(users.id, userId)),
    ];
  }

  return async function write(change: Change): Promise<Statement[]> {
    switch (change.type) {
      case 'savePerson':
        return [db.insert(people).values({ userId, ...toColumns(change.person), ref: change.ref })];
      case 'updatePerson':
        return [updatePerson(change.personId, change.patch)];
      case 'addNote':
        return [
          db.insert(notes).values({
            userId,
            personId: change.personId === null ? null : personOf(change.personId),
            body: change.body,
            createdAt: now,
            ref: change.ref,
          }),
        ];
      case 'editNote':
        return [
          db
            .update(notes)
            .set({ body: change.body })
            .where(and(eq(notes.userId, userId), eq(notes.id, change.noteId))),
        ];
      case 'fileNote':
        return [
          db
            .update(notes)
            .set({ personId: personOf(change.personId) })
            .where(and(eq(notes.userId, userId), eq(notes.id, change.noteId))),
        ];
      case 'cancelNudges': {
        const only = change.only;
        const ofPerson = change.withHeld
          ? and(eq(nudges.userId, userId), sql`${nudges.personId} = ${personOf(change.personId)}`, inArray(nudges.state, ['pending', 'held']))
          : pendingOfPerson(change.personId);
        return [
          db
            .update(nudges)
            .set({ state: 'cancelled' })
            .where(
              and(
                ofPerson,
                only?.kinds ? inArray(nudges.kind, only.kinds) : undefined,
                only?.dueAfter !== undefined ? gt(nudges.dueAt, only.dueAfter) : undefined,
                only?.notKind ? ne(nudges.kind, only.notKind) : undefined,
              ),
            ),
        ];
      }
      case 'planNudge':
        return [planNudge(change.personId, change.nudge)];
      case 'finishSentNudges':
        return [
          db
            .update(nudges)
            .set({ state: 'done' })
            .where(and(eq(nudges.userId, userId), eq(nudges.personId, change.personId), eq(nudges.state, 'sent'))),
        ];
      case 'moveNudge':
        return [
          db
            .update(nudges)
            .set({ dueAt: change.dueAt })
            .where(and(eq(nudges.userId, userId), eq(nudges.id, change.nudgeId), change.onlyPending ? eq(nudges.state, 'pending') : undefined)),
        ];
      case 'tellWaiting':
        return [
          db
            .update(nudges)
            .set({ detail: toldDetail, ...(change.dueAt === undefined ? {} : { dueAt: change.dueAt }) })
            .where(and(eq(nudges.userId, userId), inArray(nudges.id, change.nudgeIds), eq(nudges.state, 'pending'))),
        ];
      case 'holdNudges':
        return [holdNudges(db, userId, change.state, change.notBefore)];
      case 'setPending':
        return [setPending(change.pending)];
      case 'setUser':
        return [db.update(users).set(change.patch).where(eq(users.id, userId))];
      case 'optOut':
        return [...optOutWrites(db, phone)];
      case 'optIn':
        return [db.update(users).set({ optedOut: false }).where(eq(users.id, userId)), holdNudges(db, userId, 'pending', change.resumeAt)];
      case 'forgetPerson':
        return forgetPerson(change.personId, change.name);
      case 'mergePerson':
        return [
          db
            .update(notes)
            .set({ personId: change.into })
            .where(and(eq(notes.userId, userId), eq(notes.personId, change.personId))),
          ...deletePerson(change.personId),
        ];
      case 'deleteEverything':
        return deleteEverything();
      case 'recordUndo':
        return recordUndo(change.summary, change.revert, change.deletePerson);
      case 'revert':
        return revertChange(change.changeId, change.changedAt, change.revert);
      case 'dropChange':
        return [db.delete(changes).where(and(eq(changes.userId, userId), eq(changes.id, change.changeId)))];
      case 'issueExport':
        return [db.insert(exportTokens).values({ tokenHash: await hashToken(change.token), userId, expiresAt: change.expiresAt })];
      case 'issuePage':
        return [
          db.delete(pageTokens).where(eq(pageTokens.userId, userId)),
          db.insert(pageTokens).values({ tokenHash: await hashToken(change.token), userId, createdAt: now, expiresAt: change.expiresAt }),
        ];
      case 'revokePages':
        return [db.delete(pageTokens).where(eq(pageTokens.userId, userId))];
    }
  };
}
