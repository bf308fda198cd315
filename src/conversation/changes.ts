// What one text changes, as data: `decide` returns these and `apply` turns them into one D1 batch, in order.
import type { ChannelName } from '../channels/channel';
import type { Person } from '../db/rows';
import type { OpenNudgeState } from '../db/states';
import type { Language, NudgeKind, PlannedNudge } from '../domain/types';
import type { Pending } from './pending';
import type { Revert } from './revert';

/** A row saved earlier (its id), or one this same text creates (its ref, unique to the text: '<inbound id>.<n>'). */
export type RowRef = number | { ref: string };

/** A pending question whose note may be one this same text stores. */
export type PendingDraft = Pending extends infer P ? (P extends { noteId: number } ? Omit<P, 'noteId'> & { noteId: RowRef } : P) : never;

export type PersonPatch = Partial<Omit<Person, 'id' | 'updatedAt'>>;

export interface UserPatch {
  timeZone?: string;
  preferredHour?: number;
  pausedUntil?: number | null;
  /** where nudges go: the channel-switch command (channels/channel-switch.ts) */
  channel?: ChannelName;
  /** the language replies and nudges are written in: the last one a text was clearly in */
  language?: Language;
}

export type Change =
  /** a new person, found by later changes through `ref` */
  | { type: 'savePerson'; ref: string; person: Omit<Person, 'id'> }
  | { type: 'updatePerson'; personId: number; patch: PersonPatch }
  /** a note as texted; `personId` null keeps it loose until the user says who it was */
  | { type: 'addNote'; ref: string; personId: RowRef | null; body: string }
  /** a note's text rewritten (FORGET takes a forgotten person's name out of other people's notes) */
  | { type: 'editNote'; noteId: number; body: string }
  /** files a loose note under a person */
  | { type: 'fileNote'; noteId: number; personId: RowRef }
  /** cancels the person's pending nudges (and held ones with `withHeld`: a mute), or only those matching `only` */
  | { type: 'cancelNudges'; personId: RowRef; only?: { kinds?: NudgeKind[]; dueAfter?: number; notKind?: NudgeKind }; withHeld?: boolean }
  /** plans a nudge; stored only when the person has no pending nudge at that point of the batch */
  | { type: 'planNudge'; personId: RowRef; nudge: PlannedNudge }
  /** DONE: the nudges sent about them are answered */
  | { type: 'finishSentNudges'; personId: number }
  | { type: 'moveNudge'; nudgeId: number; dueAt: number; onlyPending: boolean }
  /** the reply said these held nudges wait: never said again; due at `dueAt` when their channel can send now */
  | { type: 'tellWaiting'; nudgeIds: number[]; dueAt?: number }
  /** every pending (or held) nudge of the user becomes `state`, not before `notBefore` */
  | { type: 'holdNudges'; state: OpenNudgeState; notBefore: number }
  | { type: 'setPending'; pending: PendingDraft | null }
  | { type: 'setUser'; patch: UserPatch }
  /** STOP: no more texts; the question lapses and pending nudges are held */
  | { type: 'optOut' }
  /** START: texts again; held nudges come back no sooner than `resumeAt` */
  | { type: 'optIn'; resumeAt: number }
  /** FORGET: the person, their notes and nudges, the undo history and every stored text that names them */
  | { type: 'forgetPerson'; personId: number; name: string }
  /** SAME PERSON ("jess and jessica are the same person"): their notes filed under `into`, then they go with their nudges */
  | { type: 'mergePerson'; personId: number; into: number }
  /** DELETE ALL: everything but the phone number and its opt-out state */
  | { type: 'deleteEverything' }
  /** how UNDO puts this text's change back; `deletePerson` names the person (or people) this text creates */
  | { type: 'recordUndo'; summary: string; revert: Revert; deletePerson?: RowRef | RowRef[] }
  /** UNDO: puts the change made at `changedAt` back and forgets it */
  | { type: 'revert'; changeId: number; changedAt: number; revert: Revert }
  /** an undo record that can no longer be read */
  | { type: 'dropChange'; changeId: number }
  /** EXPORT: a single-use link; only the token's hash is stored */
  | { type: 'issueExport'; token: string; expiresAt: number }
  /** PAGE: a link to the page of their people; only the token's hash is stored, and any older link stops working */
  | { type: 'issuePage'; token: string; expiresAt: number }
  /** PAGE OFF: every page link of the user stops working */
  | { type: 'revokePages' };

/** Whether the changes forget something: then neither this text nor its reply is kept. */
export function redacts(changes: readonly Change[]): boolean {
  return changes.some((change) => change.type === 'forgetPerson' || change.type === 'deleteEverything');
}
