// Mute is not forget: "stop reminding me about ben" keeps Ben and stops his nudges; "forget gus" erases Gus (after a
// confirmation); "unmute ben" brings the nudges back.

import { isPlausibleName, latestRef, refFor, savedMentions } from './people';
import { PRONOUNS } from './lexicon';
import type { TextView } from './read-text';
import type { PersonRef, UnderstandContext, Meaning } from './types';

const MUTE_LEAD = String.raw`^(?:(?:ok|okay|please|so|yeah|yes|hey|just|actually|and|ugh|honestly|you can|can you|could you|i changed my mind|changed my mind|on second thought|wait|i am|honestly i am|nvm|never mind|nevermind|no|nah|hmm|actually yeah)\s+)*`;
const NUDGES = String.raw`(?:reminders?|nudges?|nudging|reminding|texts?|pings?|messages?|follow ?ups?)`;

const MUTE: readonly RegExp[] = [
  new RegExp(
    `${MUTE_LEAD}(?:stop|quit|no more|enough|pause|cut|hold|cancel)\\s+(?:the\\s+|with the\\s+|all\\s+)?(?:${NUDGES}\\s+(?:me\\s+)?)(?:about|for|re|on|regarding|with)\\s+(.+)$`,
  ),
  new RegExp(
    `${MUTE_LEAD}(?:stop|quit)\\s+(?:reminding|nudging|pinging|bugging|asking)\\s+me\\s+(?:about|re|on|to (?:text|call|follow up with|reach out to))\\s+(.+)$`,
  ),
  new RegExp(`${MUTE_LEAD}(?:do not|never)\\s+(?:remind|nudge|ping|bug|ask)\\s+me\\s+(?:about|re|to (?:text|call|follow up with|reach out to))\\s+(.+)$`),
  // "don't bother reminding me about ollie anymore", "no need to nudge me about dana", "you needn't ping me re sam"
  new RegExp(
    `${MUTE_LEAD}(?:(?:i\\s+)?(?:do not|never)\\s+(?:bother|need you to|want you to)|no need to|you do not (?:need|have) to|you need not|(?:you can|feel free to|please)\\s+stop|there is no need to)\\s+(?:keep\\s+)?(?:remind|reminding|nudge|nudging|ping|pinging|bug|bugging|text|texting|message|messaging)\\s+me\\s+(?:about|re|of|on|regarding|to (?:text|call|follow up with|reach out to))\\s+(.+)$`,
  ),
  // "leave ollie alone", "give dana a rest"
  new RegExp(`${MUTE_LEAD}(?:leave|let)\\s+(.+?)\\s+(?:alone|be)(?:\\s+(?:now|for now|please|pls|ok))*$`),
  new RegExp(
    `${MUTE_LEAD}(?:stop|quit|no more)\\s+(?:sending|texting|messaging|giving|showing)\\s+me\\s+(?:stuff|things|anything|texts|messages|${NUDGES})\\s+(?:about|on|re|for)\\s+(.+)$`,
  ),
  new RegExp(
    `${MUTE_LEAD}(?:i\\s+)?(?:do not|dont|no longer|really do not)\\s+(?:want|need|wanna)\\s+(?:to (?:follow up with|keep up with|text|reach out to|hear about|be reminded about|see)|any more ${NUDGES} (?:about|for)|${NUDGES} (?:about|for)|more ${NUDGES} (?:about|for))\\s+(.+)$`,
  ),
  new RegExp(
    `${MUTE_LEAD}i am (?:not|no longer) (?:going to|gonna|planning to|interested in) (?:follow up with|following up with|keep up with|text|texting|reach out to|see|seeing)\\s+(.+)$`,
  ),
  new RegExp(
    `${MUTE_LEAD}(?:not interested in|no need to|done with|done|over|finished)\\s+(?:following up with|following|texting|reaching out to|keeping up with)\\s+(.+)$`,
  ),
  new RegExp(`${MUTE_LEAD}(?:mute|silence|snooze forever)\\s+(.+)$`),
  // "ya no me recuerdes de Marta", "no más mensajes sobre Marta"
  /^(?:(?:ya|porfa|por favor|oye)\s+)*no\s+me\s+(?:recuerdes|recuerdas|mandes|envies|env[ií]es|avises|escribas)\s+(?:nada\s+|mas\s+|m[aá]s\s+)?(?:de|sobre|acerca de|lo de)\s+(.+)$/,
  /^(?:(?:ya|porfa|por favor)\s+)*no\s+(?:mas|m[aá]s)\s+(?:recordatorios|mensajes|avisos)\s+(?:de|sobre)\s+(.+)$/,
  new RegExp(`${MUTE_LEAD}enough (?:about|of|with)\\s+(.+)$`),
  new RegExp(`${MUTE_LEAD}(?:stop|no more|enough|pause)\\s+(?:with\\s+)?(?:the\\s+)?(.+?)\\s+${NUDGES}$`),
  new RegExp(
    `${MUTE_LEAD}(?:i\\s+)?(?:would|do|really|honestly)?\\s*(?:rather not|prefer not to|do not want to|no longer|not want to)\\s+(?:get|have|receive|see|be sent)\\s+(?:any\\s+)?${NUDGES}\\s+(?:about|for|re|on)\\s+(.+)$`,
  ),
];
/** "no more leo pls": only when the rest is a saved person. */
const MUTE_SAVED = new RegExp(`${MUTE_LEAD}(?:no more|enough|stop with|lay off|drop it with)\\s+(.+)$`);
const UNMUTE: readonly RegExp[] = [
  new RegExp(`${MUTE_LEAD}(?:unmute|un-mute|unsilence|unpause)\\s+(.+)$`),
  new RegExp(`${MUTE_LEAD}(?:start|keep|go back to)\\s+(?:reminding|nudging|pinging)\\s+me\\s+(?:about|re|on)\\s+(.+?)(?:\\s+again)?$`),
  new RegExp(`${MUTE_LEAD}(?:you can\\s+)?(?:remind|nudge|ping)\\s+me\\s+(?:about|re|on)\\s+(.+?)\\s+again$`),
  new RegExp(`${MUTE_LEAD}(?:turn|put)\\s+(.+?)\\s+(?:back on|reminders back on)$`),
  /^(.+?)\s+is (?:fine|ok|good)(?: now)?\s+unmute\s+(?:him|her|them)$/,
  new RegExp(`${MUTE_LEAD}(?:bring back|turn on|turn back on|restart|resume)\\s+(?:the\\s+)?${NUDGES}\\s+(?:about|for|re|on)\\s+(.+)$`),
  new RegExp(`${MUTE_LEAD}(?:bring|put)\\s+(.+?)\\s+back(?: on| on my list)?$`),
];
const FORGET: readonly RegExp[] = [
  new RegExp(`${MUTE_LEAD}(?:take|cross|strike)\\s+(.+?)\\s+off(?:\\s+(?:my|the)\\s+(?:list|contacts))?$`),
  new RegExp(
    `${MUTE_LEAD}(?:forget|delete|erase|wipe|remove|drop|scrap|trash|purge|get rid of|lose|ignore|disregard|scratch|ditch|bin|nix)\\s+(?:about\\s+|everything (?:about|on)\\s+|all (?:about|of)\\s+|all my notes (?:on|about)\\s+)?(.+?)(?:\\s+(?:completely|entirely|for good|forever|totally|altogether|from (?:my|the) (?:list|contacts|people)|from kindling))*$`,
  ),
];
/** A text that opens by forgetting one saved person and goes on after a stop: "delete Hollis, he ...". */
const FORGET_FIRST =
  /^(?:(?:ok|okay|please|pls|actually|so|and|ugh|oops|sorry|wait|lol|no)\s+)*(?:forget|delete|erase|remove|drop|ignore|disregard|scratch|ditch|bin|nix)\s+(?:about\s+)?(?:the\s+)?(\p{L}[\p{L}\p{M}-]*)(?:\s+(?:one|note|entry|contact))?\s*[,.;:!\u2013\u2014-]\s*\S/u;
const MUTE_FILLERS = /\b(?:please|pls|anymore|any more|again|ok|now|too|thanks|the person|porfa|por favor|gracias)\b/g;

/**
 * mute, unmute or forget, else null.
 * readMute(readText("no more reminders about gus pls"), ctx) -> { intent: 'mute', person: { name: 'Gus', id } }
 */
export function readMute(view: TextView, ctx: UnderstandContext): Meaning | null {
  const { key } = view;
  if (view.keys.length > 16) return null;
  for (const pattern of UNMUTE) {
    const person = personIn(pattern.exec(key), ctx);
    if (person) return { intent: 'unmute', person };
  }
  for (const pattern of MUTE) {
    const person = personIn(pattern.exec(key), ctx, true, true);
    if (person) return { intent: 'mute', person };
  }
  const saved = personIn(MUTE_SAVED.exec(key), ctx, false);
  if (saved?.id !== undefined || saved?.candidates) return { intent: 'mute', person: saved };
  // "delete Hollis, turns out he works for a competitor. keep Margo": the command, then why
  const leading = FORGET_FIRST.exec(view.clean.toLowerCase());
  if (leading?.[1]) {
    const [saved] = savedMentions([leading[1]], ctx);
    if (saved?.ref.id !== undefined) return { intent: 'forget', person: saved.ref };
  }
  for (const pattern of FORGET) {
    const match = pattern.exec(key);
    if (!match?.[1] || /^(?:it|that|this|about it|my data|all|everything)\b/.test(match[1].trim())) continue;
    const person = personIn(match, ctx, false);
    if (person) return { intent: 'forget', person };
  }
  return null;
}

/** The person a matched phrase names: a saved one, the latest one for a pronoun, or a plausible saved-looking name. */
function personIn(match: RegExpExecArray | null, ctx: UnderstandContext, pronouns = true, reasons = false): PersonRef | null {
  const phrase = (match?.[1] ?? '').replace(MUTE_FILLERS, ' ').replace(/\s+/g, ' ').trim();
  if (!phrase) return null;
  const words = phrase.split(' ');
  const [saved] = savedMentions(words, ctx);
  if (saved && words.length <= 4) return saved.ref;
  // "no more messages about Anatoly, he is not nice man": a saved name first, then why
  if (saved && reasons && saved.at === 0) return saved.ref;
  if (words.length <= 2 && words.every((word) => PRONOUNS.has(word))) return pronouns ? latestRef(ctx) : null;
  if (words.length <= 2 && isPlausibleName(words.join(' ')) && ctx.people.length > 0) return refFor(words.join(' '), ctx);
  return null;
}
