// Answers to a nudge: snooze (with when), skip and done, each maybe aimed at one person. Pure.

import { DAY, HOUR, SNOOZE_DAY_HOUR, readWhen } from './reply-time';
import type { Millis } from '../domain/types';
import type { Command, ParseReplyOptions } from './types';
import { MAX_WHEN_CHARS, keyOf, readTarget, withTarget, withoutFillers, wordSet } from './reply-reading';
import type { Reading } from './reply-reading';

const LATER: Millis = 3 * HOUR;
const NOT_NOW = String.raw`not now|not today|not yet|not right now|not rn|not tonight|no time|not done yet|(?:i )?(?:haven'?t|have not|didn'?t|did not|couldn'?t) (?:had (?:a |the )?(?:chance|time|minute)|have time|gotten (?:round |around )?to it|got (?:round |around )?to it|got to it|get to it|done it|do it|texted|text|messaged|message|sent it|send it|reached out|reach out)(?: (?:her|him|them|it))?(?: yet)?`;
const LATER_VERBS = String.raw`maybe later|later|i'?m busy|busy|too busy|in a bit|in a while|will do|i will|i'?ll do it|i'?ll do that|i'?ll (?:text|message|msg|dm|ping|call|write|email) (?:her|him|them)|i'?ll reach out|i'?ll send it|(?:gonna|going to|will) (?:text|message|call|write) (?:her|him|them)`;
const SNOOZE_VERBS = String.raw`snooze|snoozed|snoozing|remind me again|remind me|remind|postpone|push (?:it |this |that )?back|push it|push|bump (?:it|this)|bump|delay|defer|reschedule|ask (?:me )?again|ask me|check back|check in|nudge me again|nudge me|ping me again|ping me|text me again|try (?:me )?again|circle back|give me a (?:day|sec|minute|bit)`;
/** Openings that mean "not now", longest first within each group. */
const SNOOZE_LEAD = new RegExp(
  String.raw`^(?:(?:ok|okay|pls|please|hey|hmm|ugh|can you|could you|just|lets|let's|maybe|so|sorry|i|oh|ah|nah|no)\s+)*(${NOT_NOW}|${LATER_VERBS}|${SNOOZE_VERBS})\b\s*(.*)$`,
  'i',
);
const SNOOZE_FILLERS = wordSet(
  'me about it this that one for till til until untill to by on the please pls again nudge reminder and then ok okay thanks thx ty so in at around a bit while rn right now sometime today tonight maybe him her them yet',
);

export function readSnooze(reading: Reading, options: ParseReplyOptions): Command | null {
  const { now, timeZone } = options;
  const match = SNOOZE_LEAD.exec(reading.flat);
  const verb = match?.[1] ? keyOf(match[1]) : null;
  const rest = match ? (match[2] ?? '') : reading.flat;
  if (!verb && reading.keys.length > 6) return null;
  const when = rest.length <= MAX_WHEN_CHARS ? readWhen(rest, now, timeZone, SNOOZE_DAY_HOUR) : null;
  if (!verb && !when) return null;
  let left = when ? when.rest : rest;
  let until = when?.at;
  if (/\b(?:later|l8r|ltr|in a bit|in a while|a bit|a while)\b/i.test(left)) {
    until ??= now + LATER;
    left = left.replace(/\b(?:later|l8r|ltr)\b/gi, ' ');
  }
  const words = withoutFillers(left, SNOOZE_FILLERS);
  let target = readTarget(words);
  if (!verb && target !== undefined) return null;
  // "snooze till after christmas": an explicit snooze verb wins over a few words it cannot read
  if (target === null) {
    if (verb === null || words.length > 3 || !new RegExp(`^(?:${SNOOZE_VERBS})$`, 'i').test(verb)) return null;
    target = undefined;
  }
  until ??= now + (verb !== null && new RegExp(`^(?:${LATER_VERBS})$`, 'i').test(verb) ? LATER : DAY);
  if (until <= now) until = now + DAY;
  return withTarget({ kind: 'snooze', until }, target);
}

/** "2 skip", "#3 snooze 2 days": a list number, then a command about that item. */
const SKIP_WORDS = wordSet('skip skipping skipped pass next ignore dismiss nah no nope');
const SKIP_FILLERS = wordSet(
  'this that it one the please pls for now ok okay just him her them time nudge on i ill will thanks thx ty round turn person guy girl today next',
);

export function readSkip(reading: Reading): Command | null {
  if (
    /^(?:(?:no|nah|nope)\s+)?(?:not this one|not this time|not this person|no thanks|no thank you|nah thanks|not interested|let it go|let them go|let him go|let her go|move on|moving on|forget it|forget about it|never mind|nevermind|nvm)$/.test(
      reading.key,
    )
  ) {
    return { kind: 'skip' };
  }
  const [first, ...rest] = reading.tokens;
  if (!SKIP_WORDS.has(keyOf(first ?? ''))) return null;
  const target = readTarget(rest.filter((word) => !SKIP_FILLERS.has(keyOf(word))));
  if (target === null) return null;
  // "no Sarah" is not a skip; "no 2" is a pick handled earlier
  if (target && /^(?:no|nope|nah)$/.test(keyOf(first ?? ''))) return null;
  return withTarget({ kind: 'skip' }, target);
}

const DONE_VERBS = wordSet(
  'done sent texted messaged called emailed dmed dmd pinged wrote reached did finished complete completed ' +
    'handled replied responded contacted followed txted msged msgd listo hecho fait terminé termine erledigt fatto ' +
    'feito klaar gedaan 完成 完成了 搞定 好了 完了 済み check checked ✓',
);
const DONE_FILLERS = wordSet(
  'ok okay k kk yep yup yes yeah sure cool great alright all just i ive have already finally it that this one ' +
    'him her them to with for the a an text message msg dm now and thanks thx ty please pls too also out up ' +
    'sent ahead went go c cest est ya deal back on over via whatsapp insta instagram linkedin email sms today im',
);

export function readDone(reading: Reading): Command | null {
  let verbs = 0;
  const others: string[] = [];
  for (const [position, token] of reading.tokens.entries()) {
    const key = reading.keys[position] ?? keyOf(token);
    // "did it" is done; "did you get my note" is not
    const next = reading.keys[position + 1];
    if (key === 'did' && next !== undefined && !/^(?:it|that|this|so)$/.test(next)) others.push(token);
    else if (DONE_VERBS.has(key)) verbs++;
    else if (!DONE_FILLERS.has(key)) others.push(token);
  }
  if (/^(?:on it|doing it(?: now)?|texting (?:her|him|them)(?: now)?|sending (?:it|it now|now)|messaging (?:her|him|them)(?: now)?)$/.test(reading.key)) {
    return { kind: 'done' };
  }
  if (verbs === 0 && !/^(?:cest fait|ya esta|ya está|all set|all good|mission accomplished|check)$/.test(reading.key)) return null;
  if (/\b(?:not|havent|hasnt|didnt|never|wont|cant|couldnt|dont|will|gonna|going to)\b/.test(reading.key)) return null;
  const determiner = /\b(?:the|this|that|my|a|an|these|those)\s+\S+$/i;
  const firstOther = others[0] !== undefined ? reading.tokens.indexOf(others[0]) : -1;
  const named = firstOther > 0 && determiner.test(reading.tokens.slice(0, firstOther + 1).join(' ')) ? null : readTarget(others);
  let target = named;
  if (target === null) {
    // "done, thank you so much" / "sent her the link": done, but the extra words name no one
    const firstIsVerb = DONE_VERBS.has(reading.keys[0] ?? '') || DONE_VERBS.has(reading.keys[1] ?? '');
    if (!firstIsVerb || reading.question || reading.keys.length > 6 || others.some((word) => /^\p{Lu}/u.test(word))) return null;
    target = undefined;
  }
  return withTarget({ kind: 'done' }, target);
}
