// Texts that save nothing: thanks, laughs, greetings, emoji, and the ones that say the user is lost.

import { CHATTER_PHRASES, CHATTER_WORDS, CONFUSED_PHRASES } from './lexicon';
import type { TextView } from './read-text';
import { savedMentions } from './people';
import type { ChatterTone, UnderstandContext, Meaning } from './types';

const MAX_CHATTER_WORDS = 8;

/**
 * chatter or confused, else null.
 * readChatter(readText("cool thx")) -> { intent: 'chatter', tone: 'thanks' }
 */
export function readChatter(view: TextView, ctx: UnderstandContext): Meaning | null {
  const { key } = view;
  // "Thanks Sarah!": one saved person's name beside the chatter changes nothing
  const mentioned = savedMentions(view.keys, ctx);
  const keys = mentioned.length === 1 && view.keys.length <= 4 ? view.keys.filter((_word, at) => at !== mentioned[0]?.at) : view.keys;
  if (keys.length === 0) return /\p{Extended_Pictographic}/u.test(view.clean) ? { intent: 'chatter', tone: toneOfEmoji(view.clean) } : null;
  if (keys.length <= 12 && CONFUSED_PHRASES.some((phrase) => phrase.test(key))) return { intent: 'confused' };
  // "Thanks! This is actually super helpful, conference season is brutal": thanks for Kindling itself
  if (mentioned.length === 0 && keys.length <= 20 && THANKS_FOR_THIS.test(key)) return { intent: 'chatter', tone: 'thanks' };
  if (CHATTER_PHRASES.test(key)) return { intent: 'chatter', tone: /^(?:no|all)\b/.test(key) ? 'ack' : 'greeting' };
  if (keys.length > MAX_CHATTER_WORDS || !keys.every((word) => CHATTER_WORDS.has(word))) return null;
  return { intent: 'chatter', tone: toneOf(keys) };
}

const THANKS_FOR_THIS =
  /^(?:(?:thanks|thank you|thx|ty|cheers|gracias|omg|wow|ok|okay)\s+)+(?:so much\s+)?(?:this|it|that|you|kindling|this app|esto|es)\b.{0,30}\b(?:helpful|useful|handy|great|amazing|awesome|lifesaver|perfect|cool|brilliant|genial|util|[uú]til)\b/;

function toneOf(keys: readonly string[]): ChatterTone {
  if (keys.some((word) => word === 'thanks' || word === 'thank' || word === 'appreciate' || word === 'appreciated' || word === 'cheers')) return 'thanks';
  if (keys.some((word) => /^(?:lol|haha|hahaha|hehe|lmao|ha|hah)$/.test(word))) return 'laugh';
  if (keys.some((word) => /^(?:hi|hey|hello|yo|morning|gm|gn)$/.test(word))) return 'greeting';
  if (keys.some((word) => /^(?:best|amazing|awesome|love|fan|brilliant|fantastic|excellent|wonderful|great)$/.test(word))) return 'praise';
  if (keys.some((word) => /^(?:ok|okay|got|gotcha|noted|cool|sure|alright|fine|understood|right|sounds)$/.test(word))) return 'ack';
  return 'other';
}

function toneOfEmoji(text: string): ChatterTone {
  if (/[\u{1F602}\u{1F923}\u{1F606}\u{1F605}]/u.test(text)) return 'laugh';
  if (/[\u2764\u{1F495}\u{1F496}\u{1F60D}\u{1F970}\u{1F64F}]/u.test(text)) return 'thanks';
  return 'other';
}
