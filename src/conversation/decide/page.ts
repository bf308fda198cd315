// The page of the user's people, as decisions: PAGE / PAGE OFF by text, and the page's buttons (done, snooze a week,
// mute, forget, fix a name) as the same understandings a text would carry, through the same steer and talk code.
import type { PageCommand } from '../../understand/page-command';
import * as replies from '../replies';
import type { Snapshot } from '../snapshot';
import { personById } from '../snapshot';
import type { Decision, DecideInputs } from './index';
import { steerPerson } from './steer';
import { talkOf } from './talk';
import { reply, type Outcome, type Turn } from './turn';

/** How long a page link works. */
export const PAGE_TTL_MS = 7 * 24 * 60 * 60 * 1000;
const WEEK = PAGE_TTL_MS;

/** PAGE: a fresh link (the turn's random token), the old one revoked; PAGE OFF: every link revoked. */
export function pageCommand(turn: Turn, command: PageCommand): Outcome {
  if (command.kind === 'page-off') {
    turn.changes.push({ type: 'revokePages' });
    return reply(replies.pageOff(command.language));
  }
  turn.changes.push({ type: 'issuePage', token: turn.exportToken, expiresAt: turn.now + PAGE_TTL_MS });
  return reply(replies.pageLink(`${turn.origin}/p/${turn.exportToken}`, command.language));
}

/** What a button on the page asks, about one of the user's people. */
export type PageAction =
  | { kind: 'done' | 'snooze' | 'mute' | 'forget'; personId: number }
  | { kind: 'rename'; personId: number; to: string }
  /** the details as the user left them in the box, in order */
  | { kind: 'details'; personId: number; details: string[] };

/** The words a page action stands for, stored as the inbound text it becomes. */
export function actionText(action: PageAction): string {
  if (action.kind === 'rename') return `[page] rename to ${action.to}`;
  if (action.kind === 'details') return `[page] details: ${action.details.join(', ')}`;
  return action.kind === 'snooze' ? '[page] snooze 1 week' : `[page] ${action.kind}`;
}

/**
 * The details box as a correction ("not berlin, its the chicago marathon"): what was taken out, what is new; null when
 * nothing changed. A kept item that merely contains a removed one is added back (the correction drops by substring).
 * @example detailsCorrection(['pottery studio', 'pottery'], ['pottery studio', 'ceramics']) // { add: ['pottery studio', 'ceramics'], remove: ['pottery'] }
 */
export function detailsCorrection(current: readonly string[], wanted: readonly string[]): { add: string[]; remove: string[] } | null {
  const key = (item: string) => item.trim().toLowerCase();
  const wantedKeys = new Set(wanted.map(key));
  const currentKeys = new Set(current.map(key));
  const remove = current.filter((item) => !wantedKeys.has(key(item)));
  const add = wanted.filter((item) => !currentKeys.has(key(item)) || remove.some((gone) => key(item).includes(key(gone))));
  return remove.length === 0 && add.length === 0 ? null : { add, remove };
}

/**
 * A page button, decided as the text it stands for would be: DONE, SNOOZE a week, MUTE, a confirmed FORGET, "her name
 * is ...", or a detail corrected. A person who is not the user's (or not loaded) changes nothing. No reply limit: nothing is texted back.
 * @example decideAction(snapshot, { kind: 'mute', personId: 7 }, inputs) // { reply: "Muted Ben. ...", changes: [...] }
 */
export function decideAction(snapshot: Snapshot, action: PageAction, inputs: Pick<DecideInputs, 'now' | 'origin' | 'exportToken'>): Decision {
  const turn: Turn = {
    snapshot,
    user: snapshot.user,
    now: inputs.now,
    text: actionText(action),
    language: snapshot.user.language,
    origin: inputs.origin,
    exportToken: inputs.exportToken,
    changes: [],
    created: 0,
  };
  const person = personById(snapshot, action.personId);
  if (!person) return { reply: null, changes: [] };
  const ref = { name: person.name, id: person.id };
  const outcome = ((): Outcome | null => {
    switch (action.kind) {
      case 'done':
        return steerPerson(turn, { kind: 'done' }, person);
      case 'snooze':
        return steerPerson(turn, { kind: 'snooze', until: inputs.now + WEEK }, person);
      case 'mute':
        return talkOf(turn, { intent: 'mute', person: ref }, null);
      case 'forget':
        // the page asked "erase them?" itself; this is the YES
        return talkOf(turn, { intent: 'confirm', yes: true }, { type: 'forget', personId: person.id });
      case 'rename':
        return talkOf(turn, { intent: 'rename', person: ref, to: action.to }, null);
      case 'details': {
        const correction = detailsCorrection([...person.work, ...person.interests], action.details);
        return correction ? talkOf(turn, { intent: 'correct-detail', person: ref, ...correction }, null) : null;
      }
    }
  })();
  return { reply: outcome?.reply ?? null, changes: turn.changes };
}
