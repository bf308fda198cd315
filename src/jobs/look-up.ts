// READ for a text Twilio may hold: what Twilio lists for it, and which of those sids are already recorded on a text.
import { sentAddressesOf } from '../channels/channel';
import { type OutboundRow, recordedSids } from '../db/outbound';
import type { UserRow } from '../db/rows';
import { accountOf, findSent } from '../twilio/send';
import { type Lookup, pickUnrecorded } from './plan-retry';
import type { SweepDeps } from './sweep-context';

/**
 * Does Twilio hold this text? A listed message to the number with the same body whose sid no other text has recorded.
 * Every address the text may have gone to is asked in turn (channels/channel.ts `sentAddressesOf`: the user's channel,
 * a fallback, a switch since) until one has it. A body emptied by FORGET can no longer be recognised: unknown.
 */
export async function lookUp(deps: SweepDeps, row: OutboundRow, user: UserRow): Promise<Lookup> {
  if (row.body === '') return { type: 'unknown' };
  let unknown = false;
  for (const address of sentAddressesOf(user.phone, deps.settings)) {
    const listed = await findSent(accountOf(deps.settings), address, row.body, deps.fetcher);
    if (listed.type === 'unknown') {
      unknown = true;
      continue;
    }
    const found = pickUnrecorded(listed.sids, await recordedSids(deps.db, listed.sids));
    if (found.type === 'found') return found;
  }
  return unknown ? { type: 'unknown' } : { type: 'absent' };
}
