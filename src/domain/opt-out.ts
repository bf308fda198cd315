// Whether a text asks Kindling to stop texting: the carrier keywords, and any plain request to stop receiving texts
// (the way regulators expect a reasonable revocation to be honoured). Pure. Muting one person is not an opt-out.

/** Twilio answers these itself when they are the whole text, and blocks Kindling from replying. */
const CARRIER_KEYWORDS = new Set(['stop', 'stopall', 'unsubscribe', 'cancel', 'end', 'quit', 'optout', 'revoke']);
/** Keywords that still opt out when they are one sentence of a longer text ("Wrong number. STOP"). */
const STRONG_KEYWORDS = new Set(['stop', 'stopall', 'unsubscribe', 'unsub', 'optout']);
const KEYWORDS = new Set([...CARRIER_KEYWORDS, 'unsub']);
/** Words that may surround a keyword without changing what it asks. */
const FILLERS = new Set([
  'please',
  'pls',
  'plz',
  'now',
  'thanks',
  'thank',
  'you',
  'thx',
  'ty',
  'kindling',
  'ok',
  'okay',
  'all',
  'just',
  'asap',
  'immediately',
  'already',
  'seriously',
  'it',
  'me',
  'sorry',
]);

const LEAD = String.raw`(?:(?:please|pls|plz|ok|okay|hey|hi|kindling|just|seriously|sorry|ugh|omg|can you|could you|would you|will you|i want you to|i need you to|you can|you should|i want to|i would like to|id like to|i wanna|i need to|i would like you to)\s+)*`;
const TRAIL = String.raw`(?:\s+(?:please|pls|plz|now|right now|thanks|thank you|thx|anymore|any more|again|ever again|asap|immediately|at all|already|kindling|forever|for good|from now on|from you|ok|okay|going forward))*`;
const TEXTS = String.raw`(?:texts|text messages|messages|msgs|sms|smss|notifications|alerts|spam|communications?)`;
const THESE = String.raw`(?:(?:all|any|any more|anymore|more|the|these|this|those|your|all these|all the|all of these|all of the|all of your|all your)\s+)?`;
const LIST = String.raw`(?:list|texts|text list|messages|service|mailing list|sms list|subscription|thing|this)`;

/** Whole-sentence requests, after leading and trailing politeness. */
const REQUESTS = [
  // stop texting me, quit messaging, stop sending me texts, stop contacting me
  String.raw`(?:stop|quit|cease|end)\s+(?:texting|txting|messaging|msging|contacting|bothering|spamming|sending)(?:\s+me)?(?:\s+${THESE}${TEXTS}|\s+(?:anything|stuff|these|this))?`,
  // stop the texts, stop all messages, end these texts
  String.raw`(?:stop|quit|end|cancel)\s+${THESE}${TEXTS}`,
  // cancel my subscription
  String.raw`(?:stop|end|cancel)\s+(?:my|the|this)\s+(?:subscription|service|account|membership)`,
  // unsubscribe me, unsubscribe me from this list, opt me out, opt out of this
  String.raw`(?:unsubscribe|unsub)(?:\s+me)?(?:\s+(?:from|of)\s+${THESE}${LIST})?`,
  String.raw`opt(?:\s+me)?\s+out(?:\s+of\s+${THESE}${LIST})?`,
  // remove me, remove me from this list, take me off your list, get me off this list, remove my number
  String.raw`remove\s+(?:me|my\s+number)(?:\s+from\s+${THESE}${LIST})?`,
  String.raw`(?:take|get|delete)\s+(?:me|my\s+number)\s+(?:off|out\s+of|from)\s+${THESE}${LIST}`,
  // dont text me anymore, do not message me, never text me again, dont send me any more texts
  String.raw`(?:dont|do\s+not|never|pls\s+dont|please\s+dont)\s+(?:text|txt|message|msg|contact|sms|bother|spam)\s+me`,
  String.raw`(?:dont|do\s+not|never)\s+send\s+me\s+(?:anything|${THESE}${TEXTS})`,
  // i dont want these texts, i no longer want any messages, i want to stop getting texts
  String.raw`(?:i|we)\s+(?:dont|do\s+not|no\s+longer)\s+want\s+(?:to\s+(?:get|receive)\s+)?${THESE}${TEXTS}`,
  String.raw`(?:i|we)\s+(?:want|wanna|would\s+like|need)\s+(?:to\s+)?(?:opt\s+out|unsubscribe|be\s+removed|stop\s+(?:getting|receiving)\s+${THESE}${TEXTS}|out)`,
  String.raw`(?:i|we)d\s+like\s+to\s+(?:opt\s+out|unsubscribe|be\s+removed)`,
  // no more texts
  String.raw`no\s+more\s+(?:texts|text messages|messages|msgs|texting|sms)`,
  String.raw`leave\s+me\s+alone`,
  // block this number, block me
  String.raw`block\s+(?:me|this|this\s+number|my\s+number|you)`,
  String.raw`stop\s+it`,
];
const REQUEST = new RegExp(String.raw`^${LEAD}(?:${REQUESTS.join('|')})${TRAIL}$`);

/**
 * Requests that name the texter ("me", "my", "I"), so they still opt out at the end of a longer clause ("I got your
 * message and I really need you to please stop texting me"), unless someone else is being quoted (see QUOTED).
 */
const OWN_REQUESTS = [
  String.raw`(?:stop|quit|cease)\s+(?:texting|txting|messaging|msging|contacting|bothering|spamming|sending)\s+me(?:\s+${THESE}${TEXTS}|\s+(?:anything|stuff))?`,
  String.raw`(?:unsubscribe|unsub)\s+me(?:\s+(?:from|of)\s+${THESE}${LIST})?`,
  String.raw`opt\s+me\s+out(?:\s+of\s+${THESE}${LIST})?`,
  String.raw`(?:remove|take|get|delete)\s+(?:me|my\s+number)\s+(?:off|out\s+of|from)\s+${THESE}${LIST}`,
  String.raw`(?:dont|do\s+not|never)\s+(?:text|txt|message|msg|contact|sms)\s+me`,
  String.raw`(?:i|we)\s+(?:dont|do\s+not|no\s+longer)\s+want\s+(?:to\s+(?:get|receive)\s+)?${THESE}${TEXTS}`,
  String.raw`(?:i|we)\s+(?:want|wanna|would\s+like|need)\s+(?:to\s+)?(?:opt\s+out|unsubscribe|stop\s+(?:getting|receiving)\s+${THESE}${TEXTS})`,
];
/** Checked on a clause's last words only, so a clause of any length costs the same. */
const OWN_REQUEST = new RegExp(String.raw`(?:^|\s)(?:${OWN_REQUESTS.join('|')})$`);
const OWN_REQUEST_WORDS = 12;
/** The longest clause read as a whole request ("please could you stop texting me now, thanks"). */
const WHOLE_REQUEST_CHARS = 160;
const TRAILING = new Set([
  'please',
  'pls',
  'plz',
  'now',
  'thanks',
  'thank',
  'you',
  'thx',
  'anymore',
  'again',
  'ever',
  'asap',
  'immediately',
  'already',
  'kindling',
  'forever',
  'ok',
  'okay',
]);
/** Words just before a request that mean someone else said it: "she said stop texting me", "Ben told me to". */
const QUOTED = new Set([
  'he',
  'she',
  'they',
  'him',
  'her',
  'them',
  'his',
  'their',
  'said',
  'says',
  'say',
  'saying',
  'told',
  'tells',
  'asked',
  'asks',
  'wrote',
  'writes',
  'texted',
  'yelled',
  'goes',
]);
/** How the texter asks how to stop: "how do i stop this?", "is there a way to unsubscribe". */
const STOP_QUESTION = new RegExp(
  String.raw`^(?:so\s+|ok\s+|hey\s+|hi\s+|um\s+)*(?:how\s+(?:do|can|would|should)\s+(?:i|we)|how\s+to|hw\s+do\s+i|is\s+there\s+a\s+way\s+to|what\s+do\s+i\s+(?:text|send|reply|say|do)\s+to|how\s+do\s+i\s+get\s+(?:this|it|you)\s+to)\s+(?:make\s+(?:this|it|you)\s+)?(?:stop|unsubscribe|unsub|opt\s+out|cancel|quit|end)(?:\s+(?:${THESE}${TEXTS}|this|it|these|that|getting\s+${THESE}${TEXTS}|receiving\s+${THESE}${TEXTS}|from\s+${THESE}${LIST}|me\s+from\s+${THESE}${LIST}|texting\s+me|messaging\s+me))*$`,
);

/** Lowercase words: NFKC, no apostrophes ("don't" -> "dont"), every other non-letter a space, one space between. */
function keywordTextOf(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/['\u2018\u2019\u02bc`\u00b4]/g, '')
    .replace(/opt-out/g, 'optout')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Every word a keyword or a filler, at least one keyword: "STOP STOP", "stop please", "ok, unsubscribe". */
function isKeywordOnly(words: string, keywords: ReadonlySet<string>): boolean {
  const list = words
    .replace(/\bopt out\b/g, 'optout')
    .replace(/\bstop all\b/g, 'stopall')
    .split(' ')
    .filter(Boolean);
  return list.some((word) => keywords.has(word)) && list.every((word) => keywords.has(word) || FILLERS.has(word));
}

/**
 * True when the text asks to stop receiving texts.
 * @example isOptOutRequest('STOP STOP') -> true; isOptOutRequest("don't text me anymore") -> true
 * @example isOptOutRequest('stop reminding me about ben') -> false (mutes Ben); isOptOutRequest('stop by the cafe') -> false
 */
export function isOptOutRequest(text: string): boolean {
  const whole = keywordTextOf(text);
  if (whole === '') return false;
  if (isKeywordOnly(whole, KEYWORDS)) return true;
  const sentences = text
    .split(/[.!?\n;]+/)
    .map(keywordTextOf)
    .filter(Boolean);
  if (sentences.some((sentence) => isKeywordOnly(sentence, STRONG_KEYWORDS))) return true;
  const clauses = text
    .split(/[.!?\n;,]+/)
    .map(keywordTextOf)
    .filter((clause) => clause !== '' && !STOP_QUESTION.test(clause));
  // a whole-clause request is short; a longer clause is read by its last words only, so any length costs linear time
  return clauses.some((clause) => (clause.length <= WHOLE_REQUEST_CHARS && REQUEST.test(clause)) || endsWithOwnRequest(clause));
}

/** The clause ends with a request that names the texter, not quoted from someone else. Linear in the clause. */
function endsWithOwnRequest(clause: string): boolean {
  const words = clause.split(' ');
  let end = words.length;
  while (end > 0 && TRAILING.has(words[end - 1] ?? '')) end--;
  const tail = words.slice(Math.max(0, end - OWN_REQUEST_WORDS), end);
  const match = OWN_REQUEST.exec(tail.join(' '));
  if (!match) return false;
  const before = words.slice(0, end - match[0].trim().split(' ').length);
  const near = before.slice(-4);
  // "i told you to stop texting me" is the texter's own; "she told me to stop texting me" is not
  return !near.some((word, index) => QUOTED.has(word) && !(near[index + 1] === 'you' && (word === 'told' || word === 'asked')));
}

/**
 * True when the text asks how to stop getting texts: answered with how to stop, never taken as an opt-out by itself.
 * @example isStopQuestion('How do I stop this?') -> true; isStopQuestion('STOP') -> false
 */
export function isStopQuestion(text: string): boolean {
  return text
    .split(/[.!?\n;]+/)
    .map(keywordTextOf)
    .some((sentence) => sentence !== '' && STOP_QUESTION.test(sentence));
}

/**
 * True when Twilio itself answers the text (a carrier keyword alone), so Kindling must not reply.
 * @example isCarrierOptOut(' Stop ') -> true; isCarrierOptOut('please stop texting me') -> false
 */
export function isCarrierOptOut(text: string): boolean {
  return CARRIER_KEYWORDS.has(keywordTextOf(text));
}
