// Questions that want an answer, not a note: a draft to send, an activity idea, what is next, who is due, who someone is.

import { refFor, savedMentions, latestRef, hasPronoun, isPlausibleName } from './people';
import type { TextView } from './read-text';
import type { InfoField, PersonRef, UnderstandContext, Meaning } from './types';

const DRAFT =
  /\b(?:(?:text|message|msg|opener|opening line|icebreaker) ideas?|ideas? for (?:a |the )?(?:text|message|msg|opener)|what (?:should|do|can|could|would|shall) i (?:even |really |actually |just |possibly )?(?:say|text|write|send|message|tell)|what to (?:say|text|write|send)|(?:write|draft|give|send) me (?:a|something|some|the) ?(?:text|message|draft|msg|words)?|(?:help me|can you help me|can you|could you) (?:write|draft|word|say|text|message|reach out to|msg|figure out what to say to)|draft (?:a|something|some|me)|(?:write|draft) (?:something|a text|a message|a msg) (?:to|for)|how (?:should|do) i (?:start|open|text|word|reach out|say)|what would you (?:say|text|send)|what do i say)\b/;
const ACTIVITY =
  /(?<!no )\b(?:ideas?|suggestions?|recs?|recommendations?)\b[^?]{0,30}\b(?:with|for|w)\s+(?!what\b)\w+|(?<!no )\b(?:ideas?|suggestions?|recs?|recommendations?) (?:for|of|on|about)? ?(?:what|things|stuff|something|hanging|doing|where|activities)|any ideas|what (?:should|could|can|might) (?:we|i|\w+ and i|i and \w+) do|what to do (?:with|together)|what should i (?:invite|take|bring) \w+ to|where (?:should|could|can) (?:we|i) (?:go|take)|what can we do|something (?:fun )?to do with|(?:plan|pick) (?:something|an activity) (?:with|for)\b/;
const NEXT =
  /^(?:so |ok |and |hey )*(?:what is (?:next|coming up|up next|on deck|planned)|(?:what|when) is (?:my|the) next (?:reminder|nudge|one|text|ping|follow ?up)|whats next|when is (?:my|the) next (?:reminder|nudge|text|one|message|ping)|when (?:is|will|do|does) (?:the |my )?(?:next (?:one|nudge|reminder)|i hear from you|you (?:text|nudge|remind|ping) me)(?: next| again)?|when do i hear from you next|what do i have (?:coming up|next)|any(?:thing)? (?:coming up|next)|(?:is there|are there|do i have|any) (?:a |an |any )?(?:reminders?|nudges?|follow ?ups?) (?:coming up|soon|next|today|tomorrow|this week|scheduled|lined up)|who is next|who is (?:coming )?up next|who is coming up|what is upcoming|next reminder|next nudge)\b/;
const AGENDA =
  /\b(?:who (?:should|do|must|can) i (?:need to )?(?:reach out to|text|contact|follow up with|message|call|ping|catch up with|see)|(?:anyone|anybody|someone|who) i (?:should|need to|have to|ought to) (?:reach out to|text|contact|follow up with|message|call|ping)|who is due|whos due|(?:anyone|anybody|someone|who) (?:i am|am i) (?:forgetting|missing|neglecting|ignoring)|what is (?:the|my) plan (?:for )?(?:this|the|today|tomorrow)(?: week| weekend)?|who (?:havent|have not|didnt|did not|do not|dont) i (?:talked to|talk to|texted|text|seen|see|reached out to|contacted|followed up with|heard from)|(?:anyone|anybody|someone) (?:due|up|to text|to reach out to)(?: today| this week| tomorrow)?|who needs (?:a|my) (?:text|message|follow up|nudge)|who do i owe (?:a |an )?(?:text|message|reply|call|follow up)|who am i (?:due|behind on|forgetting))\b/;
const FIELD: ReadonlyArray<[RegExp, InfoField]> = [
  [/\b(?:number|phone|cell|digits)\b/, 'phone'],
  [/\b(?:email|e-mail|mail)\b/, 'email'],
  [/\b(?:insta|instagram|ig|handle)\b/, 'instagram'],
  [/\b(?:contact|contact info|reach)\b/, 'contact'],
];
const WHO =
  /^(?:(?:and|so|ok|hey|wait|sorry)\s+)*(?:who is|who was|who were|tell me (?:more )?about|what do (?:i|you|we) know about|remind me who|where did i meet|when did i meet|how did i meet|how do i (?:reach|contact)|info on|details on|look up|pull up)\s+(.+?)(?:\s+again)?$/;
const WHOSE =
  /^(?:(?:and|so|ok|hey)\s+)*(?:what is|do (?:you|i) have|can i (?:get|have)|send me|give me|i need|whats)\s+(.+?)s?\s+(?:number|phone number|phone|cell|email|e-mail|insta|instagram|ig|handle|contact info|contact)\b/;

/**
 * ask-draft, ask-activity, ask-next, ask-agenda or who, else null.
 * readQuestion(readText("any ideas what to do w zoe?"), ctx) -> { intent: 'ask-activity', person: { name: 'Zoe', id } }
 */
export function readQuestion(view: TextView, ctx: UnderstandContext): Meaning | null {
  const { key, keys } = view;
  if (keys.length > 20) return null;
  if (NEXT.test(key) && !/\b(?:text|say|do|invite)\b.*\b(?:to|with)\b/.test(key)) return { intent: 'ask-next' };
  if (AGENDA.test(key)) return { intent: 'ask-agenda', days: /\b(?:today|tonight)\b/.test(key) ? 1 : 7 };
  if (DRAFT.test(key)) return { intent: 'ask-draft', person: aboutWhom(view, ctx) };
  if (ACTIVITY.test(key)) return { intent: 'ask-activity', person: aboutWhom(view, ctx) };
  return readWhoIs(view, ctx);
}

function aboutWhom(view: TextView, ctx: UnderstandContext): PersonRef | null {
  const [first] = savedMentions(view.keys, ctx);
  if (first) return first.ref;
  return hasPronoun(view.keys) || ctx.latestPersonId !== null ? latestRef(ctx) : null;
}

const DESCRIBED =
  /\b(?:name of|who (?:is|was)|whats the name of|remind me who) (?:the|that|this|my) (.+?) (?:guy|girl|woman|man|person|one|dude|lady|friend)\b/;

/** "what was the name of the chess guy" -> the saved person met at the chess club. */
function describedPerson(key: string, ctx: UnderstandContext): PersonRef | null {
  const words = (DESCRIBED.exec(key)?.[1] ?? '').split(' ').filter((word) => word.length >= 3);
  if (words.length === 0) return null;
  const found = ctx.people.filter((person) => words.some((word) => (person.met ?? '').toLowerCase().includes(word)));
  if (found.length === 1 && found[0]) return { name: found[0].name, id: found[0].id };
  return found.length > 1 && found[0] ? { name: found[0].name, candidates: found.map((person) => person.id) } : null;
}

/** "who did i meet at the farmers market", "a quién conocí en la boda" -> the saved people met there. */
function metAt(key: string, ctx: UnderstandContext): PersonRef | null {
  const place =
    (/^(?:(?:so|ok|hey|wait|um|and)\s+)*(?:remind me |tell me )?(?:who(?: did| would|d)? i (?:meet|met)|who have i met|who was it i met|who (?:was|is|were) (?:that|the|this|those) (?:guy|girl|person|woman|man|lady|dude|people|one|couple|ones)(?: i met)?|(?:anyone|anybody|who) (?:i met )?)\s*(?:at|in|on|from|during) (?:the |a |an |that |my )?(.+?)(?: again| lol| tho)?$/.exec(
      key,
    ) ?? /^(?:y )?(?:a )?qui[eé]n(?:es)? (?:conoc[ií]|met|vi) (?:at|en|in) (?:the |la |el |los |las )?(.+?)$/u.exec(key))?.[1];
  if (!place) return null;
  const found = ctx.people.filter((person) => (person.met ?? '').toLowerCase().includes(place) || place.includes((person.met ?? '\u0000').toLowerCase()));
  if (found.length === 1 && found[0]) return { name: found[0].name, id: found[0].id };
  return found.length > 1 && found[0] ? { name: found[0].name, candidates: found.map((person) => person.id) } : null;
}

/** A question for a saved person by what they are like: "whos the girl with the bernedoodle", "the coach's name again?". */
const ASKS_WHO =
  /^(?:(?:and|so|ok|hey|wait|sorry|um|hmm)\s+)*(?:who(?:s| is| was| were)?|remind me who|which one|(?:a )?qui[eé]n(?:es)?)\b|\b(?:name|names) again\b|\bwhat(?:s| was| is) (?:his|her|their|the) (?:[\p{L}]+ )?name\b/u;
/** Words a question about someone carries that say nothing of who they are. */
const ASKING = new Set(
  `who whos is was were what whats the a an that this those these girl guy woman man lady dude person one ones name names again
  lol haha remind me which did do i my of with from and or to at in on he she they his her their him them there
  called named so ok hey wait sorry um hmm know knew met meet said again again tho though was it its quien quién`.split(/\s+/),
);

/** The saved people whose details or notes hold the question's own words; the best fits, or null. */
function fitting(view: TextView, ctx: UnderstandContext): PersonRef[] | null {
  const { aboutOf } = ctx;
  if (!aboutOf || ctx.people.length === 0 || view.keys.length > 16 || !ASKS_WHO.test(view.key)) return null;
  const words = [...new Set(view.keys.filter((word) => word.length >= 3 && !ASKING.has(word)).map((word) => word.replace(/(?<=\p{L}{3})s$/u, '')))];
  if (words.length === 0 || words.length > 6) return null;
  const patterns = words.map((word) => new RegExp(`(?<![\\p{L}])${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`, 'u'));
  let best = 0;
  let found: PersonRef[] = [];
  for (const person of ctx.people.slice(0, 200)) {
    const about = aboutOf(person.id);
    const score = patterns.filter((pattern) => pattern.test(about)).length;
    if (score === 0 || score < best) continue;
    if (score > best) found = [];
    best = score;
    found.push({ name: person.name, id: person.id });
  }
  return found.length > 0 && found.length <= 4 ? found : null;
}

function readWhoIs(view: TextView, ctx: UnderstandContext): Meaning | null {
  const { key, keys } = view;
  const place = metAt(key, ctx);
  if (place?.candidates) return { intent: 'who-fits', people: place.candidates.map((id) => ({ name: ctx.people.find((p) => p.id === id)?.name ?? '', id })) };
  const described = describedPerson(key, ctx) ?? place;
  if (described) return { intent: 'who', person: described };
  const latest = /^what (?:was|is) (?:his|her|their) (?:name|last name|full name|number|email)(?: again)?$/.test(key) ? latestRef(ctx) : null;
  if (latest) return withField({ intent: 'who', person: latest }, key);
  const whose = WHOSE.exec(key);
  if (whose?.[1]) {
    const named = nameIn(whose[1], ctx);
    if (named) return withField({ intent: 'who', person: named }, key);
  }
  const possessive = /^(\p{L}+?)s? (?:number|phone|email|insta|instagram|contact)$/u.exec(key);
  if (possessive?.[1]) {
    const named = nameIn(possessive[1], ctx);
    if (named?.id !== undefined || named?.candidates) return withField({ intent: 'who', person: named }, key);
  }
  const who = WHO.exec(key);
  const named = who?.[1] ? nameIn(who[1], ctx) : null;
  if (named) return { intent: 'who', person: named };
  // not a saved name: someone saved by what they are like ("the girl with the bernedoodle")
  const fits = savedMentions(keys, ctx).length === 0 ? fitting(view, ctx) : null;
  if (fits) return { intent: 'who-fits', people: fits };
  if (who?.[1]) return null;
  // "Noor?" / "ivan ?": a bare name asked about
  if (view.question && keys.length <= 2) {
    const [first] = savedMentions(keys, ctx);
    if (first && keys.length === 1) return { intent: 'who', person: first.ref };
  }
  return null;
}

function withField(found: { intent: 'who'; person: PersonRef }, key: string): Meaning {
  const field = FIELD.find(([pattern]) => pattern.test(key))?.[1];
  return field ? { ...found, field } : found;
}

/** The person a short phrase names: a saved person, or a plausible new name. */
function nameIn(phrase: string, ctx: UnderstandContext): PersonRef | null {
  const words = phrase.split(' ').filter((word) => word !== '');
  const [saved] = savedMentions(words, ctx);
  if (saved) return saved.ref;
  if (words.length <= 3 && isPlausibleName(words.join(' '))) return refFor(words.join(' '), ctx);
  return null;
}
