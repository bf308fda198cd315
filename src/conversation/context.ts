// What every conversation step works with: the store, the user, the clock, and the writes to commit at the end.
import type { BatchItem } from 'drizzle-orm/batch';
import type { Db } from '../db/client';
import type { UserRow } from '../db/rows';
import type { Settings } from '../env';

export interface TextContext {
  db: Db;
  settings: Settings;
  user: UserRow;
  now: number;
  /** the raw text, as received */
  text: string;
  inboundId: number;
  isNewUser: boolean;
  /** the origin export links point at */
  origin: string;
  /** written in one batch with the inbound row's final state */
  writes: BatchItem<'sqlite'>[];
  /** set by FORGET and DELETE: keep neither this text nor the reply */
  redact: boolean;
}

/** A reply to send (or null for none) and whether the user just opted out. */
export interface Outcome {
  reply: string | null;
}

export function reply(text: string | null): Outcome {
  return { reply: text };
}
