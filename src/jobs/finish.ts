// FINISH: one batch per text, written from the plan's data (after-send.ts) and Twilio's answer.
import type { Db } from '../db/client';
import type { OutboundRow } from '../db/outbound';
import type { UserRow } from '../db/rows';
import { endText } from '../db/sweep';
import { type AfterText, endOf } from './after-send';
import type { Sent } from './send';
import type { Finish } from './sweep-context';

/**
 * Records what Twilio said for a text in `row` (the state it is in now: every write depends on it, so a text finished
 * twice moves the plan on once), with what the plan said its end writes.
 */
export async function finish(db: Db, row: OutboundRow, user: UserRow, sent: Sent, after: AfterText, now: number): Promise<Finish> {
  const { end, result } = endOf(sent.outcome, row, after, now);
  await endText(db, row, user, end, now, sent.windowClosed);
  return result;
}
