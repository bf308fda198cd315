// The one entry to understanding a text: understand(text, context) -> Meaning. Pure: no I/O, no clock; `now`,
// the zone, the saved people and the pending question come in the context. Readers are tried surest first.

import { isOptOutRequest } from '../domain/opt-out';
import { extractContacts } from './note-contacts';
import type { Contacts } from '../domain/types';
import { JOBS, PERSON_NOUNS, RELATIONS } from './note-lexicon';
import { PRONOUNS } from './lexicon';
import { readAnswer, readOtherPerson } from './answers';
import { readChatter } from './chatter';
import { otherLanguage } from './language';
import { gloss } from './gloss';
import { readCommand } from './commands';
import { readCorrection } from './corrections';
import { readSwap } from './correction-swap';
import { readMerge } from './correction-merge';
import { readMute } from './mute';
import { readNote, withoutPairedBrands } from './notes';
import { readNotAPerson } from './not-a-person';
import { readPlans } from './plans';
import { readQuestion } from './questions';
import { hasPronoun, latestRef, savedMentions } from './people';
import { readText, spokenPunctuation, unshout } from './read-text';
import type { TextView } from './read-text';
import { readRemind } from './remind';
import { readSplitNumber } from './split-number';
import type { Command, Meaning, UnderstandContext, Understanding } from './types';
import type { ParsedNote } from '../domain/types';
import { nameKey, parseNameAnswer, parseNote } from './note-person';
import { parseReply } from './reply';

/** Longer texts are read as notes only: commands, questions and answers fit in three SMS segments. */
const MAX_CHARS = 480;

/**
 * Everything a text from the user means, from the one reader: its meaning, the same text as a command, and (when asked)
 * the text as a note about someone and as the answer to "who was it?".
 * understand("texted ines, she wants to climb saturday", ctx).meaning
 *   -> { intent: 'done', person: { name: 'Ines', id: 1 }, warmth: 'warm', plan: { kind: 'plan', what: 'climb', when: {...} } }
 */
export function understand(text: string, ctx: UnderstandContext): Understanding {
  const written = typeof text === 'string' ? text : '';
  // Spanish note words read in English, a text in capitals as in lowercase, dictated punctuation as written (the
  // note itself is kept as written)
  const read = gloss(spokenPunctuation(unshout(written)));
  const meaning = meaningOfGlossed(read, ctx);
  const options = { now: ctx.now, timeZone: ctx.timeZone };
  let note: ParsedNote | undefined;
  return {
    meaning,
    // an exact command is read as written: "WHO IS SAM" asks for Sam either way
    command: steeringOf(meaning, parseReply(gloss(written).trim(), options), written),
    note: () => (note ??= parseNote(read, { ...options, defaultCountry: ctx.defaultCountry ?? 'US' })),
    nameAnswer: () => parseNameAnswer(read.trim()),
  };
}

/** What a text says, as one typed meaning (the readers below, surest first). */
export function meaningOf(text: string, ctx: UnderstandContext): Meaning {
  // Spanish note words in English, so the readers below read Spanish and Spanglish too
  return meaningOfGlossed(gloss(spokenPunctuation(unshout(typeof text === 'string' ? text : ''))), ctx);
}

function meaningOfGlossed(raw: string, ctx: UnderstandContext): Meaning {
  if (raw.trim() === '') return { intent: 'empty' };
  if (raw.length > MAX_CHARS) return readNote(raw, ctx);
  const view = readText(raw);
  const read = readAll(view, ctx);
  // another language the readers could not make out: kept as a loose note, answered in a line that says how to name someone
  if (read.intent !== 'note-unnamed' && read.intent !== 'unclear') return read;
  const language = otherLanguage(view.keys);
  return language ? { intent: 'other-language', language, raw: view.raw } : read;
}

/**
 * PAUSE, RESUME, NUDGE AT or TZ the meaning has and the exact-command reader read as a note, in the command's shape.
 * DONE, SNOOZE or SKIP that the exact-command reader missed or misread and the meaning has ("skippp", "sn00ze 2 days",
 * "snooze 2 wekks", "done w maya"), in the command's shape; any other meaning keeps the command as read.
 */
function steeringOf(meaning: Meaning, parsed: Command, text: string): Command {
  // "Pause all follow-ups until Jan 4, I'm on vacation": an account command the meaning read before the user's reason
  if (parsed.kind === 'note') {
    if (meaning.intent === 'pause') return { kind: 'pause', until: meaning.until };
    if (meaning.intent === 'resume') return { kind: 'resume' };
    if (meaning.intent === 'nudge-at') return { kind: 'nudge-at', hour: meaning.hour, minute: meaning.minute };
    if (meaning.intent === 'tz') return { kind: 'tz', zone: meaning.zone };
  }
  if (meaning.intent !== 'done' && meaning.intent !== 'snooze' && meaning.intent !== 'skip') return parsed;
  // a saved person the text names (not a pronoun: a bare reply stays about the latest nudge)
  const first = nameKey(meaning.person?.name ?? '').split(' ')[0] ?? '';
  const named =
    meaning.person?.id !== undefined &&
    first !== '' &&
    nameKey(text)
      .split(/[^\p{L}]+/u)
      .some((word) => word === first || word === `${first}s`);
  const unnamed = parsed.kind === meaning.intent && !parsed.target && named;
  const missed = parsed.kind === 'note' || unnamed || (parsed.kind === 'snooze' && meaning.intent === 'snooze' && parsed.until !== meaning.until);
  // "texted ines, she wants to climb saturday": the plan is the meaning's
  if (!missed || (meaning.intent === 'done' && meaning.plan)) return parsed;
  // a pronoun's person only when the command reader read nothing at all; otherwise a bare reply keeps to the latest nudge
  const target = meaning.person && (named || parsed.kind === 'note') ? { target: { name: meaning.person.name } } : {};
  if (meaning.intent === 'snooze') return { kind: 'snooze', until: meaning.until, ...target };
  return { kind: meaning.intent, ...target };
}

function readAll(view: TextView, ctx: UnderstandContext): Meaning {
  return (
    readOptOut(view) ??
    (ctx.pending ? readAnswer(view, ctx.pending, ctx) : null) ??
    readOtherPerson(view, ctx) ??
    readChannel(view) ??
    readSplitNumber(view, ctx) ??
    readNotAPerson(view, ctx) ??
    readSwap(view, ctx) ??
    readMerge(view, ctx) ??
    readQuestion(view, ctx) ??
    readMute(view, ctx) ??
    readRemind(view, ctx) ??
    readCorrection(view, ctx) ??
    readPlans(view, ctx) ??
    readChatter(view, ctx) ??
    readCommand(view, ctx) ??
    readLeftover(view, ctx)
  );
}

/** A clear request to stop receiving texts: the one rule the webhook also applies (src/domain/opt-out.ts). */
function readOptOut(view: TextView): Meaning | null {
  return isOptOutRequest(view.raw) ? { intent: 'stop' } : null;
}

/** Words that may follow a switch request and change nothing: "text me by sms instead please". */
const AFTER = '(?: (?:instead|please|pls|only|from now on|thanks|thank you|for now))*$';
/**
 * "text me on whatsapp", "can you text me by sms instead", "switch to whatsapp": the whole text asks for a channel
 * ("met Sarah, text me on whatsapp about her" and "Maria said text me on whatsapp" do not).
 */
const CHANNEL = new RegExp(
  `^(?:(?:can|could|would) you |please |pls )?(?:(?:text|message|msg|reach|contact|nudge|ping)(?: me)? (?:on|via|over|through|by|using) (whatsapp|sms|text messages?|texts?|imessage|regular texts?)|(?:switch|move|go)(?: me)?(?: back)? (?:to|over to) (whatsapp|sms|texts?|text messages?))${AFTER}`,
);

const CHANNEL_ALONE = /^(?:on |via |use |switch to |over )?(whatsapp|sms|imessage)(?: please| instead| only| is better| works better)*$/;

function readChannel(view: TextView): Meaning | null {
  const match = CHANNEL.exec(view.key) ?? CHANNEL_ALONE.exec(view.key);
  const channel = match?.[1] ?? match?.[2];
  if (!channel) return null;
  return { intent: 'channel', channel: channel === 'whatsapp' ? 'whatsapp' : 'sms' };
}

/** No command, question or plan: a note about someone, or a short text that gets one question back. */
function readLeftover(view: TextView, ctx: UnderstandContext): Meaning {
  // "Ben & Jerry's" mentions no saved Ben
  const branded = withoutPairedBrands(view.raw);
  const keys = branded === view.raw ? view.keys : readText(branded).keys;
  const mentions = savedMentions(keys, ctx);
  // "Noor" alone: asking about a saved person
  if (mentions.length === 1 && view.keys.length <= 2 && mentions[0]?.ref.name.toLowerCase().split(' ').length === view.keys.length) {
    return { intent: 'who', person: mentions[0].ref };
  }
  const note = readNote(view.raw, ctx);
  if (note.intent === 'note') return note;
  // "estuvo buenisimo el concierto de bad bunny, i have no voice": the user's own day with no one in it is not a note
  if (mentions.length === 0 && ownDayOnly(view.keys)) return { intent: 'chatter', tone: 'other' };
  // "she's so funny lol": more about the person the latest note or nudge was about
  // "lornas cell 312-555-0147, she said text dont call": the one saved person it names, else the latest
  const [only] = mentions;
  const owner = mentions.length === 1 && only && keys[only.at] !== only.ref.name.toLowerCase().split(' ')[0] && keys[only.at]?.endsWith('s');
  const latest = owner && only ? only.ref : latestRef(ctx);
  if (latest && hasPronoun(view.keys) && view.keys.length <= 25) return { intent: 'add-note', person: latest, text: view.raw };
  // "heres aoifes number 0871234567", "marcus email marcus.lee@gmail.com", a bare link: a way to reach the one it names,
  // else the person just talked about
  const reach = mentions.length <= 1 && view.keys.length <= 16 && carriesContact(extractContacts(view.clean, ctx.defaultCountry).contacts);
  const whose = only?.ref.id !== undefined ? only.ref : mentions.length === 0 ? latestRef(ctx) : null;
  if (reach && whose) return { intent: 'add-note', person: whose, text: view.raw };
  if (view.keys.length <= 4) {
    return { intent: 'unclear', raw: view.raw, question: 'Not sure what you mean. Is this a note about someone, or a question?', choices: ['note', 'help'] };
  }
  return note;
}

const FIRST_PERSON = new Set(['i', 'ive', 'me', 'my', 'we', 'us', 'our', 'myself', 'yo', 'eu', 'nosotros']);
const POINTS_AT_SOMEONE = new Set([
  'met',
  'meet',
  'meeting',
  'talked',
  'chatted',
  'spoke',
  'introduced',
  'conoci',
  'conocí',
  'conheci',
  'named',
  'called',
  'name',
  'someone',
  'somebody',
  'send',
  'remind',
  'reminders',
  'nudge',
  'nudges',
  'pause',
  'stop',
  'texts',
  'messages',
  'anyone',
  'people',
  'ppl',
  'folks',
  'number',
  'cell',
  'phone',
  'email',
  'insta',
  'ig',
]);

/** A text about the user's own day that names no one and points at no one: no pronoun for someone, no person word, no meeting. */
function ownDayOnly(keys: readonly string[]): boolean {
  // a short text gets its one question; another language is answered as such
  if (keys.length < 8 || !keys.some((word) => FIRST_PERSON.has(word)) || otherLanguage(keys)) return false;
  // "didn't meet a single useful person": a meeting denied points at no one
  const denied = new Set<number>();
  keys.forEach((word, at) => {
    if (!/^(?:meet|met|talk|talked|speak|spoke|chat|chatted)$/.test(word) || !/^(?:didnt|never|not|couldnt|dont|cant|barely)$/.test(keys[at - 1] ?? '')) return;
    for (let next = at; next <= at + 4; next++) denied.add(next);
  });
  return !keys.some(
    (word, at) =>
      !denied.has(at) &&
      (PRONOUNS.has(word) ||
        POINTS_AT_SOMEONE.has(word) ||
        PERSON_NOUNS.has(word) ||
        RELATIONS.has(word) ||
        JOBS.has(word) ||
        /\d{3}/.test(word) ||
        word.includes('@')),
  );
}

function carriesContact(contacts: Contacts): boolean {
  return Object.entries(contacts).some(([, value]) => (Array.isArray(value) ? value.length > 0 : Boolean(value)));
}
