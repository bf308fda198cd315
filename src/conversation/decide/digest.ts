// "2", "reply 2" or a name right after a text about several people: that person's own nudge, with its full draft.
import { detailOf } from '../../db/nudges';
import { toPlanInput } from '../../db/rows';
import { composeNudge } from '../../coach/compose';
import { nameKey } from '../../understand/note-person';
import { segmentCount } from '../../domain/sms-length';
import type { NudgeSubject } from '../../domain/types';
import { lastNudgePeople, type Pending } from '../pending';
import { latestSentOf, personById } from '../snapshot';
import { reply, type Outcome, type Turn } from './turn';

/** How long after a text about several people a bare number or name still asks for one of its drafts. */
const DIGEST_TTL_MS = 12 * 60 * 60 * 1000;
const NUMBER = /^\s*(?:reply\s+|text\s+|#|no\.?\s*)?([1-5])\s*[.!]?\s*$/i;
const NAME = /^\s*(?:(?:and|what about|draft for|text for|the text for|reply)\s+)?(\p{L}[\p{L}'-]*)(?:'s(?: text| draft)?)?\s*[.!]?\s*$/iu;

/** Which of the latest text's people the text asks for (its 1-based place); null when it asks for none. */
export function digestPick(text: string, names: readonly string[]): number | null {
  if (names.length < 2) return null;
  const number = NUMBER.exec(text);
  if (number) {
    const index = Number(number[1]);
    return index >= 1 && index <= names.length ? index : null;
  }
  const word = NAME.exec(text)?.[1];
  if (!word) return null;
  const key = nameKey(word);
  const found = names.findIndex((name) => {
    const full = nameKey(name);
    return full === key || full.split(' ')[0] === key;
  });
  return found >= 0 ? found + 1 : null;
}

/**
 * The draft for the person a bare number or name picks out of the latest text about several people, composed as that
 * person's own nudge (same kind and detail as went out), with "Reply DONE <n>" so the answer stays unambiguous.
 * Null when the text is not such a pick, or a question is waiting for an answer (a "which one?" takes the number).
 */
export function draftFromDigest(turn: Turn, pending: Pending | null): Outcome | null {
  if (pending) return null;
  const { user, now, snapshot } = turn;
  if (!user.lastNudgeAt || user.lastNudgeAt + DIGEST_TTL_MS <= now) return null;
  const ids = lastNudgePeople(user, now);
  const people = ids.map((id) => personById(snapshot, id));
  const index = digestPick(
    turn.text,
    people.map((person) => person?.name ?? ''),
  );
  const person = index === null ? null : people[index - 1];
  if (index === null || !person) return null;
  const sent = latestSentOf(snapshot, person.id);
  const kind = (sent?.kind ?? 'check-in') as NudgeSubject['kind'];
  const subject: NudgeSubject = { ...(sent ? detailOf(sent) : {}), kind, person: toPlanInput(person) };
  const text = composeNudge([subject], snapshot.inboundId, { now, zone: user.timeZone, language: turn.language });
  // the kind's own hint says DONE; after a text about several people, DONE <n> says who
  const numbered = text.replace(/\bDONE\b(?! \d)/, `DONE ${index}`).replace(/\bLISTO\b(?! \d)/, `LISTO ${index}`);
  return reply(segmentCount(numbered).segments <= 2 ? numbered : text);
}
