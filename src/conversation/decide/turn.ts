// What every step of a decision works with: the snapshot, the clock, the text, and the changes it adds up.
import type { UserRow } from '../../db/rows';
import type { Language } from '../../domain/types';
import type { Change, PendingDraft } from '../changes';
import type { Snapshot } from '../snapshot';

export interface Turn {
  snapshot: Snapshot;
  user: UserRow;
  now: number;
  /** the raw text, as received */
  text: string;
  /** the language the reply is in: this text's when it is clear, else the one the user wrote in last */
  language: Language;
  /** the origin export links point at */
  origin: string;
  /** a fresh random token, used only if this text asks for an export */
  exportToken: string;
  /** added in order; applied in one batch */
  changes: Change[];
  /** rows this text created so far, for their refs */
  created: number;
}

export interface Outcome {
  /** the reply to send, or null for none */
  reply: string | null;
}

export function reply(text: string | null): Outcome {
  return { reply: text };
}

/** A ref unique to this text for a row it creates: '<inbound id>.<n>'. */
export function newRef(turn: Turn): string {
  turn.created += 1;
  return `${turn.snapshot.inboundId}.${turn.created}`;
}

export function setPending(turn: Turn, pending: PendingDraft | null): void {
  turn.changes.push({ type: 'setPending', pending });
}
