// Nudges the user's channel held (db/nudges.ts `waitingOf`): the reply to the user's next text on a channel that holds
// (channels/channel.ts `heldReleaseOf`) says they wait, once; when the channel can send they become due now, and the
// sweep sends them in the window the text opened.
import { type ChannelContext, heldReleaseOf } from '../../channels/channel';
import { namesList } from '../../channels/whatsapp';
import { waitingOf } from '../../db/nudges';
import { isPending } from '../../db/states';
import { fitToSegments } from '../../domain/sms-length';
import type { Change } from '../changes';
import { personById } from '../snapshot';
import type { Turn } from './turn';

/** Changes after which a waiting nudge may no longer be what comes next: said nothing about then. */
function unsettles(change: Change, personId: number, nudgeId: number): boolean {
  switch (change.type) {
    case 'cancelNudges':
      return change.personId === personId;
    case 'moveNudge':
      return change.nudgeId === nudgeId;
    case 'holdNudges':
    case 'optOut':
    case 'forgetPerson':
    case 'mergePerson':
    case 'deleteEverything':
    case 'revert':
      return true;
    default:
      return false;
  }
}

/**
 * `answer` with one line more when this text is the first on a holding channel since nudges were held: who they are
 * about, and how they will come (here next, or on asking while the channel cannot send). Unchanged, and nothing
 * marked, when the line does not fit two segments: the next reply says it instead.
 * @example withWaiting(turn, 'Saved Jake (bbq).', channelContextOf(address, settings)) // a text on a holding channel
 *   // 'Saved Jake (bbq).\nI have a nudge about Sarah waiting: it comes here next.'
 */
export function withWaiting(turn: Turn, answer: string, channel: ChannelContext | undefined): string {
  const release = heldReleaseOf(channel);
  if (!release || turn.user.optedOut) return answer;
  const held = turn.snapshot.nudges.filter(
    (nudge) =>
      isPending(nudge) &&
      waitingOf(nudge) === 'held' &&
      personById(turn.snapshot, nudge.personId) !== null &&
      !turn.changes.some((change) => unsettles(change, nudge.personId, nudge.id)),
  );
  if (held.length === 0) return answer;
  const names = [...new Set(held.map((nudge) => personById(turn.snapshot, nudge.personId)?.name ?? ''))].slice(0, 3);
  const about = `${names.length === 1 ? 'a nudge' : 'nudges'} about ${namesList(names)}`;
  const how = release.sendsNow
    ? 'it comes here next.'
    : names.length === 1
      ? `ask "what should I text ${names[0]}?" to see it.`
      : 'ask "what should I text" and a name to see one.';
  const fitted = fitToSegments([`${answer}\nI have ${about} waiting: ${how}`, `${answer}\nI have ${about} waiting.`], 2);
  if (!fitted) return answer;
  const change: Change = { type: 'tellWaiting', nudgeIds: held.map((nudge) => nudge.id), ...(release.sendsNow ? { dueAt: turn.now } : {}) };
  turn.changes.push(change);
  return fitted;
}
