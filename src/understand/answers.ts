// Answers to the question Kindling asked last: a name, same or new, which one, how it went, yes or no.

import { parseNameAnswer } from './note-person';
import { readWarmth } from './reply-warmth';
import { fixCommandTypo } from './command-typos';
import { isLexiconName, isPlausibleName, latestRef, savedMentions } from './people';
import type { TextView } from './read-text';
import type { PendingQuestion, UnderstandContext, Meaning } from './types';

const YES =
  /^(?:(?:oh|ok|okay|well|um|hmm|so)\s+)*(?:yes|yeah|yep|yup|ya|yea|yes please|sure|ok|okay|do it|go ahead|go for it|confirm|confirmed|correct|right|absolutely|definitely|please do|delete|delete (?:it|him|her|them|it all|all|everything)|yes delete|yeah go ahead|y)\b/;
const NO = /^(?:(?:oh|ok|okay|well|um|hmm|wait)\s+)*(?:no|nope|nah|dont|do not|never ?mind|nvm|cancel|stop|keep|wait no|no way|n)\b/;
const SAME =
  /^(?:(?:yes|yeah|yep|yup|ya|correct|right|oh|ok|okay)\s*,?\s*)*(?:(?:the )?same(?: one| person| \w+)?|thats (?:her|him|them|the one|right)|its (?:her|him|them|the same)|yes|yeah|yep|yup|ya|yea|correct|right|that one|same as before)\b/;
const NEW = /\b(?:new|different|someone else|somebody else|another|not (?:her|him|them|the same|that one|same)|other one)\b/;
const PICK_ORDINALS: Readonly<Record<string, number>> = { first: 1, one: 1, second: 2, two: 2, third: 3, three: 3, fourth: 4, four: 4, last: -1 };
const HOW_WORDS: ReadonlyArray<[RegExp, 'warm' | 'lukewarm' | 'none']> = [
  [/^(?:no (?:reply|answer|response)|nothing|crickets|ghosted|silence|didnt (?:reply|answer)|never (?:heard|replied|answered))/, 'none'],
  [/^(?:meh|ok|okay|fine|so so|alright|not (?:great|good|bad|much)|kinda|awkward|eh|mixed|average|could be better)/, 'lukewarm'],
  [/^(?:good|great|amazing|awesome|fun|well|really well|perfect|fantastic|lovely|so good|super|wonderful|excellent|brilliant|loved it)/, 'warm'],
];

/**
 * The answer to the pending question, or null when the text is something else.
 * readAnswer(readText("the yoga one"), { type: 'which', choices: [{ label: 'Sarah (yoga)' }, ...] }, ctx) -> { intent: 'pick', choice: 1 }
 */
export function readAnswer(view: TextView, pending: PendingQuestion, ctx: UnderstandContext): Meaning | null {
  const { key, keys } = view;
  switch (pending.type) {
    case 'name': {
      if (keys.length > 8) return null;
      const name = parseNameAnswer(view.clean);
      return name && isPlausibleName(name) && !isCommandSlip(name) ? { intent: 'name-answer', name } : null;
    }
    case 'same':
      if (keys.length > 8) return null;
      if (NEW.test(key)) return { intent: 'new-person' };
      return SAME.test(key) ? { intent: 'same-person' } : null;
    case 'which':
      // "who is carla" is a question, not a pick
      if (/^(?:who|whos|what|whats|when|where|why|how|hows)\b/.test(key)) return null;
      return keys.length <= 6
        ? readPick(
            key,
            pending.choices.map((choice) => choice.label),
          )
        : null;
    case 'how': {
      if (keys.length > 30) return null;
      // "ada and i are getting lunch saturday!": about someone else than the one asked about
      const others = savedMentions(keys, ctx).filter(({ ref }) => ref.id !== pending.personId && !ref.candidates?.includes(pending.personId));
      if (others.length > 0) return null;
      const bare = key.replace(/^(?:(?:it was|it went|went|was|pretty|really|very|so|quite|honestly|actually|tbh|overall|um|uh|well|oh|yeah|yes|ya)\s+)+/, '');
      const warmth = HOW_WORDS.find(([pattern]) => pattern.test(bare))?.[1] ?? readWarmth(key);
      return warmth ? { intent: 'update', person: latestRefOf(pending.personId, ctx), warmth, raw: view.raw } : null;
    }
    case 'confirm-delete':
      if (/^delete all$/.test(key) || (YES.test(key) && /\b(?:delete|all|everything|yes)\b/.test(key))) return { intent: 'confirm-delete' };
      return NO.test(key) ? { intent: 'confirm', yes: false } : null;
    case 'confirm-forget':
      if (keys.length > 8) return null;
      if (NO.test(key)) return { intent: 'confirm', yes: false };
      return YES.test(key) ? { intent: 'confirm', yes: true } : null;
  }
}

const OTHER_PERSON = new RegExp(
  String.raw`^(?:(?:no|nope|nah|wait|oops|sorry|actually|hmm|oh|ugh|um|ok|okay|hold on)\s+)*` +
    String.raw`(?:(?:thats|that is|that was|its|it is|it was|this is|this was|she is|shes|he is|hes|they are|theyre|i meant|i mean)\s+)?` +
    String.raw`(?:(?:a|an|the|my)\s+)?(?:different|another|other|new|second|not the same|wrong)\s+(\S+(?:\s\S+)?)(?:\s+(?:lol|haha|sorry|oops|then|actually))*$`,
);
const SOMEONE = /^(?:person|one|guy|girl|woman|man|lady|dude)$/;

/**
 * With no question open, "no thats a different carla": the latest note was about another person of that name.
 * readOtherPerson(readText("no thats a different carla"), ctx) -> { intent: 'new-person', person: { name: 'Carla', id: 3 } }
 */
export function readOtherPerson(view: TextView, ctx: UnderstandContext): Meaning | null {
  const said = OTHER_PERSON.exec(view.key)?.[1];
  if (!said || view.keys.length > 10) return null;
  const [named] = savedMentions(said.split(' '), ctx);
  if (named) return { intent: 'new-person', person: named.ref };
  const latest = latestRef(ctx);
  return SOMEONE.test(said) && latest ? { intent: 'new-person', person: latest } : null;
}

/** "skippp", "dooone": a command word with a slip, and no first name. */
function isCommandSlip(name: string): boolean {
  return !name.includes(' ') && !isLexiconName(name) && fixCommandTypo(name, { alone: true, wide: true }) !== name;
}

function latestRefOf(personId: number, ctx: UnderstandContext) {
  const person = ctx.people.find((candidate) => candidate.id === personId);
  return person ? { name: person.name, id: person.id } : latestRef(ctx);
}

/** "2", "#1", "first one", "the yoga one", "yoga carla" -> the choice's number (1-based). */
function readPick(text: string, labels: readonly string[]): Meaning | null {
  // "the second carla": a word every choice shares says nothing
  const key =
    text
      .split(' ')
      .filter((word) => word.length < 3 || !labels.every((label) => label.toLowerCase().includes(word)))
      .join(' ') || text;
  const number = /^(?:the |number |no |option |#)?#?(\d{1,2})(?:st|nd|rd|th)?(?: one)?(?: please)?$/.exec(key);
  if (number?.[1]) {
    const choice = Number(number[1]);
    return choice >= 1 && choice <= labels.length ? { intent: 'pick', choice } : null;
  }
  const ordinal = /^(?:the )?(first|second|third|fourth|last|one|two|three|four)(?: one| person)?(?: please)?$/.exec(key);
  if (ordinal?.[1]) {
    const index = PICK_ORDINALS[ordinal[1]] ?? 0;
    const choice = index === -1 ? labels.length : index;
    return choice >= 1 && choice <= labels.length ? { intent: 'pick', choice } : null;
  }
  const words = key.split(' ').filter((word) => !/^(?:the|one|from|at|please|i|mean|meant|person|guy|girl|who|with)$/.test(word));
  if (words.length === 0) return null;
  const hits = labels.map((label) => words.filter((word) => word.length >= 3 && label.toLowerCase().includes(word)).length);
  const best = Math.max(...hits);
  const winners = hits.filter((hit) => hit === best).length;
  if (best === 0 || winners > 1) return null;
  return { intent: 'pick', choice: hits.indexOf(best) + 1 };
}
