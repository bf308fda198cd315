// Kindling's words: nudge texts and capture confirmations. Pure: subjects and a seed in, one SMS body out.
// Contract
// - Kindling's own words are plain GSM-7 (straight quotes, no em dash, no emoji, no ellipsis character); what the user
//   noted (names, places, interests) is inserted as is, so a text about "José" may be UCS-2.
// - Every text fits 2 SMS segments, and 1 when a complete version fits (complete: names a detail, has a draft where the
//   kind has one, says how to reply). To fit, texts drop the least important clause, then shorten phrases, then clip
//   noted items to fewer whole words; only a note too long for any template is cut, at a word boundary when possible.
// - `seed` picks among several templates per kind (openers, draft shapes, reply hints), so texts vary between people.
// - One subject: a lead that names a detail, a draft in straight quotes to send as is, a reply hint. Several (2-5):
//   one numbered text, a short line per person that still names a detail, and "Reply DONE 1, ..." guidance.

import { suggestActivity, suggestGroup } from './activities';
import { daysBetween, localParts } from './time';
import { eventMoment, isReturningPlace } from './playbook';
import { describeWhen } from './schedule';
import { clipWords, segmentCount, truncateToSegments } from './sms-length';
import type { Millis, NudgeKind, NudgeSubject, PersonEvent, TimeZone, Warmth } from './types';

/** Lets a their-moment say "tomorrow" rather than "on Dec 12". */
export interface ComposeOptions {
  now: Millis;
  zone: TimeZone;
}

interface Candidate {
  text: string;
  /** names a detail, carries its draft (when the kind has one) and a reply hint */
  complete: boolean;
  /** may be chosen to make the text a single segment */
  single: boolean;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
/** Max words per noted item at each clip level: as noted, then shorter. */
const CLIP_WORDS = [Infinity, 4, 2, 1];
const NOUNS_IN_ING = /^(wedding|opening|reading|screening|meeting|building|painting|recording|tasting|training|offering|hearing|gathering|housewarming|christening|evening|morning|spring|string|thing|something|king|ring|swing|boxing|clothing|landing|ceiling|bling)$/i;
const ROLE = /^(\w+\s)?(pm|cto|ceo|vp|nurse|doctor|dentist|teacher|engineer|designer|manager|founder|lawyer|chef|coach|consultant|analyst|scientist|architect|artist|writer|student|developer|illustrator|cardiologist|barista|photographer|therapist|professor|researcher|accountant|editor|producer|realtor|pilot|paramedic|firefighter|musician|baker|librarian|\w+(er|or|ist|ian))s?$/i;
/** Places said without an article: "at yoga", "at church", "at work". */
const BARE_PLACE = /^(yoga|pilates|church|school|work|college|uni|university|practice|rehearsal|choir|mass|brunch|dinner|lunch|breakfast|karaoke|trivia|bouldering|climbing|crossfit|spin|spin class|salsa|tango|book club|run club|improv|jury duty)$/i;
const PROJECT = /marathon|race\b|studio|startup|company|business|project|app\b|launch|book\b|novel|album|record|podcast|shop|store|thesis|phd|renovation|training|garden|band|show|exhibit|collection|newsletter|channel|restaurant|bakery|cafe|brand|course|practice|job|role|program/i;

// ---------------------------------------------------------------------------------------------------------------
// Small text helpers

function mix(seed: number, salt: number): number {
  let h = (Math.trunc(seed) ^ Math.imul(salt + 1, 0x9e3779b1)) >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b) >>> 0;
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35) >>> 0;
  return (h ^ (h >>> 16)) >>> 0;
}

function pick<T>(items: readonly T[], seed: number, salt: number): T {
  const item = items[mix(seed, salt) % items.length];
  if (item === undefined) throw new Error('pick from an empty list');
  return item;
}

function firstName(name: string): string {
  return name.trim().split(/\s+/)[0] ?? name;
}

/** "her show" -> "your show", for drafts written to the person. */
function toYou(text: string): string {
  return text.replace(/^(her|his|their)\b/i, 'your');
}

/** "pottery studio" -> "the pottery studio"; leaves "her show", "Demo Day", "Sam's party" alone. */
function withThe(text: string): string {
  if (/^(the|a|an|my|your|our|his|her|their|this|that|some)\b/i.test(text) || /^[^a-z]/.test(text)) return text;
  return `the ${text}`;
}

/** How a draft to the person refers to a noted item: "bouldering", "the pottery studio", "your work at Google". */
function draftRef(item: string, fromWork: boolean): { ref: string; project: boolean } {
  const text = toYou(item.trim());
  if (isDoing(text)) return { ref: text, project: true };
  if (PROJECT.test(text)) return { ref: withThe(text), project: true };
  if (!fromWork) return { ref: text, project: false };
  const employer = /\bat\s+([A-Z].*)$/.exec(text);
  if (employer) return { ref: `your work at ${employer[1]}`, project: false };
  if (ROLE.test(text)) return { ref: `your work as ${/^[aeiou]/i.test(text) ? 'an' : 'a'} ${text}`, project: false };
  if (text.split(/\s+/).every((word) => /^[A-Z0-9]/.test(word))) return { ref: `your work at ${text}`, project: false };
  return { ref: `your work in ${text}`, project: false };
}

/** Starts with a verb in -ing ("moving to Denver"), so it reads as something they are doing. */
function isDoing(text: string): boolean {
  const word = text.trim().split(/\s+/)[0] ?? '';
  return /^[a-z]+ing$/i.test(word) && !NOUNS_IN_ING.test(word);
}

function sentence(...parts: (string | null | undefined | false)[]): string {
  return parts.filter((part): part is string => typeof part === 'string' && part.length > 0).join(' ');
}

// ---------------------------------------------------------------------------------------------------------------
// What a text can say about one person

interface Place {
  /** for Kindling's lines: "at the climbing gym", "through Priya" */
  at: string;
  /** for drafts to the person: "at your gym" */
  atYou: string;
  /** "the climbing gym", for "heading to ..."; null when met is not a place ("through Priya") */
  to: string | null;
  /** "Priya" when they met through someone */
  via: string | null;
  /** a place the user goes back to (gym, cafe, class...), so they may cross paths again */
  regular: boolean;
  /** as noted, minus a leading "at": "climbing gym" */
  label: string;
}

function placeOf(met: string): Place {
  const label = met.trim().replace(/^met\s+/i, '').replace(/^(at|in|on)\s+/i, '');
  const via = /^(?:met\s+)?(?:through|via|thanks to)\s+(.+)$/i.exec(met.trim());
  if (via) return { at: met.trim().replace(/^met\s+/i, ''), atYou: met.trim().replace(/^met\s+/i, ''), to: null, via: via[1] ?? null, regular: false, label };
  const regular = isReturningPlace(met);
  const prepositional = /^(?:met\s+)?(at|in|on|during|over|from)\s+(.+)$/i.exec(met.trim());
  if (prepositional) {
    const [, preposition = 'at', rest = ''] = prepositional;
    const placeLike = /^(at|in)$/i.test(preposition);
    return { at: `${preposition} ${rest}`, atYou: `${preposition} ${toYou(rest)}`, to: placeLike ? withThe(rest) : null, via: null, regular, label };
  }
  const noun = BARE_PLACE.test(label) ? label : withThe(label);
  return { at: `at ${noun}`, atYou: `at ${toYou(noun)}`, to: noun, via: null, regular, label };
}

interface Facts {
  name: string;
  first: string;
  place: Place | null;
  /** one interest (or, with none, a work item) picked by seed, as noted (clipped at higher clip levels) */
  topic: string | null;
  /** the topic as a draft says it: "bouldering", "the pottery studio", "your work at Google" */
  topicRef: string | null;
  topicIsProject: boolean;
  /** a short label for parentheses: where they met, else the topic */
  tag: string | null;
  hasContact: boolean;
  warmth: Warmth;
}

function factsOf(subject: NudgeSubject, seed: number, clip: number): Facts {
  const words = CLIP_WORDS[clip] ?? 1;
  const cut = (text: string) => (Number.isFinite(words) ? clipWords(text, words) : text.trim());
  const { person } = subject;
  const usable = (items: string[]) => items.map((item) => item.trim()).filter((item) => item.length > 0);
  const interests = usable(person.interests);
  const fromWork = interests.length === 0;
  const items = fromWork ? usable(person.work) : interests;
  const topic = items.length > 0 ? cut(pick(items, seed, 11)) : null;
  const ref = topic ? draftRef(topic, fromWork) : null;
  const place = person.met && person.met.trim() ? placeOf(cut(person.met)) : null;
  const name = clip >= 2 ? firstName(person.name) : person.name.trim();
  return {
    name,
    first: firstName(person.name),
    place,
    topic,
    topicRef: ref?.ref ?? null,
    topicIsProject: ref?.project ?? false,
    tag: place?.label ?? topic,
    hasContact: person.hasContact,
    warmth: person.warmth,
  };
}

function paren(text: string | null | undefined): string {
  return text ? ` (${text})` : '';
}

// ---------------------------------------------------------------------------------------------------------------
// Their events

function parseOn(on: string): { year: number; month: number; day: number | null } | null {
  const match = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(on);
  if (!match) return null;
  const month = Number(match[2]);
  if (month < 1 || month > 12) return null;
  return { year: Number(match[1]), month, day: match[3] ? Number(match[3]) : null };
}

/** "tomorrow", "on Friday", "on Dec 12", "in March", "this month". */
function eventWhen(event: PersonEvent, options?: ComposeOptions): string {
  const date = parseOn(event.on);
  if (!date) return 'soon';
  const today = options ? localParts(options.now, options.zone) : null;
  if (date.day === null) {
    if (today && today.year === date.year && today.month === date.month) return 'this month';
    return `in ${MONTH_NAMES[date.month - 1]}`;
  }
  const day = { year: date.year, month: date.month, day: date.day };
  if (today) {
    const ahead = daysBetween(today, day);
    if (ahead === 0) return 'today';
    if (ahead === 1) return 'tomorrow';
    if (ahead === -1) return 'yesterday';
    if (ahead > 1 && ahead <= 6) return `on ${WEEKDAYS[new Date(Date.UTC(date.year, date.month - 1, date.day)).getUTCDay()]}`;
  }
  return `on ${MONTHS[date.month - 1]} ${date.day}`;
}

interface EventWords {
  /** Kindling's line: "Sarah's gallery opening is tomorrow" / "Sarah is moving to Denver in March" */
  line: string;
  /** short: "gallery opening tomorrow" */
  short: string;
  /** in a draft: "the gallery opening", "your show", "moving to Denver" */
  ref: string;
  tone: 'luck' | 'celebrate' | 'wish';
  month: boolean;
  birthday: boolean;
}

function eventWords(event: PersonEvent, facts: Facts, clip: number, options?: ComposeOptions): EventWords {
  const words = CLIP_WORDS[clip] ?? 1;
  const what = Number.isFinite(words) ? clipWords(event.what, Math.max(words, 2)) : event.what.trim();
  const when = eventWhen(event, options);
  const { tone, timing } = eventMoment(event);
  const bare = what.replace(/^(her|his|their|the)\s+/i, '');
  const line = isDoing(what) ? `${facts.name} is ${what} ${when}` : `${facts.name}'s ${bare} is ${when}`;
  return { line, short: `${bare} ${when}`, ref: isDoing(what) ? what : toYou(withThe(what)), tone, month: timing === 'month', birthday: /^((her|his|their)\s+)?(birth ?day|bday|b-day)$/i.test(what.trim()) };
}

// ---------------------------------------------------------------------------------------------------------------
// One person: the parts of a text, richest first at each level

interface Shape {
  /** leads from richest to barest; every lead names the person */
  leads: string[];
  /** drafts from richest to barest, each already quoted; [] when the kind has no draft */
  drafts: string[];
  /** labels put before a draft after a full lead */
  label: string;
  hints: string[];
  /** a lead without a draft that still names a detail, for when nothing else fits */
  bare: string;
}

const REPLY_HINTS = ['Reply DONE, SNOOZE or SKIP.', 'Sent it? Reply DONE. Or SNOOZE, SKIP.', 'Reply DONE once sent (or SNOOZE, SKIP).', 'DONE, SNOOZE or SKIP?'];
const SHORT_HINT = 'DONE, SNOOZE or SKIP?';
const DRAFT_LABELS = ['Draft:', 'Try:', 'Something like:', 'You could send:'];
const SAY_LABELS = ['Try:', 'Say something like:', 'Maybe:', 'Something like:'];

function quoted(text: string): string {
  return `"${text}"`;
}

function hintsFor(seed: number, howItWent = false): string[] {
  if (howItWent) {
    const first = pick(['Reply DONE, SNOOZE, SKIP, or tell me how it went.', 'Tell me how it went, or reply DONE, SNOOZE, SKIP.', 'Sent it? Reply DONE. Heard back? Tell me.', 'DONE, SNOOZE, SKIP, or how did it go?'], seed, 32);
    return [first, 'Reply DONE, SNOOZE or SKIP.', SHORT_HINT];
  }
  return [pick(REPLY_HINTS, seed, 31), 'Reply DONE, SNOOZE or SKIP.', SHORT_HINT];
}



function topicQuestion(facts: Facts, seed: number): string | null {
  const topic = facts.topicRef;
  if (!topic) return null;
  const project = [`How's ${topic} going?`, `How's ${topic} coming along?`, `Keep me posted on ${topic}!`, `Would love to hear how ${topic} is going.`];
  const interest = [`I'd love to hear more about ${topic}.`, `Would love to hear more about ${topic} sometime!`, `Tell me more about ${topic} sometime?`, `Let's talk more about ${topic} soon.`];
  return pick(facts.topicIsProject ? project : interest, seed, 12);
}

function firstFollowUp(facts: Facts, seed: number): Shape {
  const { name, first, place } = facts;
  const tag = paren(facts.tag);
  const leads = [
    `Time to follow up with ${name}${tag} while it's fresh.`,
    `Your chat with ${name}${tag} is still fresh: a quick hello keeps it going.`,
    `Good moment to text ${name}${tag}.`,
    `Follow up with ${name}${tag} while the chat is fresh.`,
    `A quick hello to ${name}${tag} today?`,
  ];
  const shortLeads = [`Follow up with ${first}:`, `Text ${first} while it's fresh:`, `Quick hello to ${first}:`, `Time to text ${first}:`];
  const at = place ? ` ${place.atYou}` : '';
  const openers = [
    `Hey ${first}, great meeting you${at}!`,
    `Hi ${first}! Loved meeting you${at}.`,
    `${first}, so good to meet you${at}!`,
    `Hey ${first}, really glad we met${at}.`,
    `Hi ${first}, it was fun meeting you${at}!`,
  ];
  const opener = pick(openers, seed, 13);
  const question = topicQuestion(facts, seed);
  const drafts = [
    sentence(opener, question),
    question ? sentence(`Hey ${first}!`, question) : opener,
    opener,
  ].map(quoted);
  return {
    leads: [pick(leads, seed, 14), pick(shortLeads, seed, 15), `${first}:`],
    drafts,
    label: pick(DRAFT_LABELS, seed, 16),
    hints: hintsFor(seed),
    bare: `Follow up with ${facts.name}${tag} while it's fresh.`,
  };
}

function getContact(facts: Facts, seed: number): Shape {
  const { name, first, place } = facts;
  const tag = paren(facts.tag);
  const where = place?.via
    ? `ask ${place.via} to connect you, or ask next time you see them.`
    : place?.to && place.regular
      ? `ask next time you cross paths ${place.at}, or through a mutual friend.`
      : 'ask a mutual friend, or ask next time you cross paths.';
  const leads = [
    `No number for ${name}${tag} yet: ${where}`,
    `Step one with ${name}${tag}: a way to stay in touch. ${where.charAt(0).toUpperCase()}${where.slice(1)}`,
    `${name}${tag}: no way to reach them yet. ${where.charAt(0).toUpperCase()}${where.slice(1)}`,
    `Getting ${name}'s number is step one: ${where}`,
  ];
  const shortWhere = place?.via ? `ask ${place.via}` : place?.to && place.regular ? `ask next time ${place.at}` : 'ask a mutual friend';
  const shortTag = (place?.to && place.regular) || place?.via ? '' : tag;
  const shortLeads = [`No number for ${first}${shortTag} yet: ${shortWhere}.`, `Get a number for ${first}${shortTag}: ${shortWhere}.`];
  const topic = facts.topicRef;
  const asks = topic
    ? [`I'd love to keep talking about ${topic}. Can I get your number?`, `Want to swap numbers? I'd love to hear more about ${topic}.`, `Great chatting about ${topic}! What's the best way to reach you?`, `Let's stay in touch. What's your number?`]
    : [`Great chatting! What's the best way to reach you?`, `Let's stay in touch. What's your number?`, `Want to swap numbers?`, `I'd love to stay in touch. Can I get your number?`];
  const ask = pick(asks, seed, 21);
  return {
    leads: [pick(leads, seed, 22), pick(shortLeads, seed, 23), `${first}${shortTag}: get a number.`],
    drafts: [ask, `Let's stay in touch. What's your number?`].map(quoted),
    label: pick(SAY_LABELS, seed, 24),
    hints: [`Got it? Text "${first}: <number>". Or SNOOZE, SKIP.`, `Got it? Text "${first}: <number>".`, SHORT_HINT],
    bare: `Get a number for ${facts.name}${tag}.`,
  };
}

function deepen(facts: Facts, subject: NudgeSubject, seed: number, clip: number): Shape {
  const { name, first } = facts;
  const { interests, work } = subject.person;
  const idea = subject.group ? suggestGroup(interests, seed) : suggestActivity(interests, work, seed);
  const words = CLIP_WORDS[clip] ?? 1;
  const because = idea.because ? (Number.isFinite(words) ? clipWords(idea.because, words) : idea.because) : facts.tag;
  const tag = paren(because);
  const activity = idea.activity;
  if (subject.group) {
    const leads = [
      `No rush with ${name}${tag}: a low-key group plan fits. Invite them to join a few friends for ${activity}.`,
      `Keep it easy with ${name}${tag}: bring them along to ${activity} with a couple of friends.`,
      `Low-pressure idea for ${name}${tag}: ${activity} with a few friends.`,
      `${name}${tag} might like a group setting: ${activity} with friends.`,
    ];
    const drafts = [
      `Hey ${first}, a few of us are doing ${activity} this week. Want to join?`,
      `Hey ${first}, want to join a few of us for ${activity}?`,
      `${first}! A few friends and I are planning ${activity}. Come along?`,
      `Hi ${first}, we're getting a group together for ${activity}. Want in?`,
    ];
    return {
      leads: [pick(leads, seed, 41), `Group plan with ${first}${tag}:`, `${first}${tag}:`],
      drafts: [pick(drafts, seed, 42), `Want to join a few of us for ${activity}?`].map(quoted),
      label: pick(DRAFT_LABELS, seed, 43),
      hints: hintsFor(seed),
      bare: `Invite ${facts.name}${tag} to ${activity} with a few friends.`,
    };
  }
  const leads = [
    `${name} is warming up.${because ? ` They're into ${because}:` : ''} suggest ${activity}.`,
    `Next step with ${name}${tag}: ${activity}.`,
    `Time to make a plan with ${name}${tag}: ${activity}?`,
    `Things are going well with ${name}${tag}. How about ${activity}?`,
  ];
  const drafts = [
    `Hey ${first}, up for ${activity} this week?`,
    `${first}, want to do ${activity} sometime soon?`,
    `Hi ${first}! Would you be up for ${activity} this weekend?`,
    `Hey ${first}, I'm thinking ${activity} this week. You in?`,
  ];
  return {
    leads: [pick(leads, seed, 44), pick([`Invite ${first}${tag}:`, `Make a plan with ${first}${tag}:`, `Ask ${first}${tag}:`], seed, 45), `${first}${tag}:`],
    drafts: [pick(drafts, seed, 46), `Up for ${activity}?`].map(quoted),
    label: pick(DRAFT_LABELS, seed, 47),
    hints: hintsFor(seed),
    bare: `Suggest ${activity} to ${facts.name}${tag}.`,
  };
}

function checkIn(facts: Facts, seed: number): Shape {
  if (!facts.hasContact) return getContact(facts, seed);
  const { name, first } = facts;
  const tag = paren(facts.tag);
  const byWarmth: Record<Warmth, string[]> = {
    unknown: [
      `Did ${name}${tag} write back? If not, a light check-in helps.`,
      `Checking in on ${name}${tag}: any reply? If not, a light nudge helps.`,
      `How's it going with ${name}${tag}? A light check-in keeps it warm.`,
      `Any news from ${name}${tag}? If it went quiet, try a light check-in.`,
    ],
    warm: [
      `Time for a light check-in with ${name}${tag}.`,
      `${name}${tag} has been warm: keep it going with a quick check-in.`,
      `It's been a little while since you and ${name}${tag} talked.`,
      `Quick check-in with ${name}${tag}?`,
    ],
    lukewarm: [
      `A light, no-pressure check-in with ${name}${tag}.`,
      `No pressure with ${name}${tag}: a short, easy check-in.`,
      `Give ${name}${tag} an easy opening: a light check-in.`,
      `Keep the door open with ${name}${tag}: a light check-in.`,
    ],
    none: [
      `A light, no-pressure check-in with ${name}${tag}.`,
      `No reply from ${name}${tag} yet? One easy, no-pressure check-in.`,
      `Give ${name}${tag} an easy opening: a light check-in.`,
      `Keep the door open with ${name}${tag}: a short check-in.`,
    ],
  };
  const topic = facts.topicRef;
  const drafts = topic
    ? [
        facts.topicIsProject ? `Hey ${first}, how's ${topic} going?` : `Hey ${first}, how's it going? Been thinking about our chat about ${topic}.`,
        `Hi ${first}! How are things? Any news on ${topic}?`,
        `Hey ${first}, hope your week's going well! How's ${topic}?`,
        `Hi ${first}, how are you? Would love to catch up on ${topic} sometime.`,
      ]
    : [`Hey ${first}, how have you been?`, `Hi ${first}! How's your week going?`, `Hey ${first}, hope all's well! What have you been up to?`, `${first}! How are things?`];
  const draft = pick(drafts, seed, 51);
  return {
    leads: [pick(byWarmth[facts.warmth], seed, 52), pick([`Check in with ${first}:`, `Light check-in with ${first}:`, `Ping ${first}:`], seed, 53), `${first}:`],
    drafts: [draft, topic ? `Hey ${first}, how's ${topic}?` : `Hey ${first}, how are you?`].map(quoted),
    label: pick(DRAFT_LABELS, seed, 54),
    hints: hintsFor(seed, facts.warmth === 'unknown'),
    bare: `Light check-in with ${facts.name}${tag}.`,
  };
}

function theirMoment(facts: Facts, subject: NudgeSubject, seed: number, clip: number, options?: ComposeOptions): Shape {
  const event = subject.event ?? subject.person.events[0];
  if (!event) return checkIn(facts, seed);
  const { first } = facts;
  const words = eventWords(event, facts, clip, options);
  const ref = words.ref;
  let leads: string[];
  let drafts: string[];
  let short: string;
  if (words.tone === 'celebrate') {
    leads = [`${words.line}! A short note means a lot.`, `Heads up: ${words.line}. Send a quick note?`, `${words.line}. A few words from you will land well.`, `Don't miss it: ${words.line}.`];
    drafts = words.birthday
      ? [`Happy birthday, ${first}! Hope it's a great one.`, `Happy birthday ${first}! Hope the year ahead is a good one.`, `Happy birthday, ${first}! Any fun plans?`, `Hey ${first}, happy birthday! Have a great day.`]
      : [`Congrats on ${ref}, ${first}! So happy for you.`, `Hey ${first}, congratulations on ${ref}!`, `${first}! Big congrats on ${ref}.`, `Happy ${ref.replace(/^(your|the)\s+/i, '')}, ${first}!`];
    short = `Congrats to ${first}:`;
  } else if (words.month) {
    leads = [`${words.line}. A quick "how's it going" shows you remembered.`, `${words.line}: a good moment to check in.`, `Heads up: ${words.line}. Ask how the prep is going?`, `${words.line}. A short note goes a long way.`];
    drafts = [`Hey ${first}, how's the prep for ${ref} going?`, `Hi ${first}! How are things with ${ref}?`, `Hey ${first}, thinking of you with ${ref} coming up. How's it going?`, `${first}! How's everything with ${ref}?`];
    short = `Check in with ${first}:`;
  } else if (words.tone === 'luck') {
    leads = [`${words.line}. A good-luck text goes a long way.`, `Big day for ${facts.name}: ${words.short}. Wish them luck!`, `${words.line}: send a quick good luck.`, `Wish ${facts.name} luck: ${words.short}.`];
    drafts = [`Good luck with ${ref}, ${first}! You've got this.`, `Hey ${first}, good luck with ${ref}! Can't wait to hear how it goes.`, `${first}! Thinking of you for ${ref}. Break a leg!`, `Hi ${first}, wishing you the best for ${ref}!`];
    short = `Wish ${first} luck:`;
  } else {
    leads = [`${words.line}. A quick note shows you remembered.`, `Heads up: ${words.line}.`, `${words.line}: a good moment for a kind word.`, `Remember: ${words.line}.`];
    drafts = [`Hey ${first}, hope ${ref} goes great!`, `Thinking of you with ${ref} coming up, ${first}!`, `Hi ${first}! All the best with ${ref}.`, `${first}, hope ${ref} goes well! Let me know how it is.`];
    short = `Note to ${first}:`;
  }
  return {
    leads: [pick(leads, seed, 61), short, `${first}:`],
    drafts: [pick(drafts, seed, 62)].map(quoted),
    label: pick(DRAFT_LABELS, seed, 63),
    hints: hintsFor(seed),
    bare: `${words.line}.`,
  };
}

function sayHi(facts: Facts, seed: number): Shape {
  const { name, first, place } = facts;
  const tag = paren(facts.tag);
  const at = place?.to ? place.at : null;
  const leads = at
    ? [
        `Next time you're ${at}, say hi to ${name}.`,
        place?.to ? `Heading to ${place.to} this week? Say hi to ${name}.` : `If you see ${name} ${at}, say hi.`,
        `If you see ${name} ${at}, a quick hello keeps it going.`,
        `${name}${tag} is probably around this week: say hi.`,
      ]
    : [`Next time you see ${name}${tag}, say hi.`, `If you run into ${name}${tag}, a quick hello keeps it going.`];
  const topic = facts.topicRef;
  const greetings = topic
    ? [`Hey ${first}! How's ${topic} going?`, `Good to see you again, ${first}! How's ${topic}?`, `Hi ${first}! Still thinking about what you said about ${topic}.`, `Hey ${first}, good to see you! How was your week?`]
    : [`Hey ${first}, good to see you again!`, `Hi ${first}! How was your week?`, `Good to see you, ${first}! How have you been?`];
  const swap = facts.hasContact ? '' : ' Want to swap numbers?';
  const greeting = pick(greetings, seed, 71);
  return {
    leads: [pick(leads, seed, 72), at ? `Say hi to ${first} ${at}:` : `Say hi to ${first}${tag}:`, `${first}${tag}:`],
    drafts: [`${greeting}${swap}`, `Hey ${first}!${swap}`].map(quoted),
    label: pick(SAY_LABELS, seed, 73),
    hints: hintsFor(seed),
    bare: `Say hi to ${facts.name}${at ? ` ${at}` : tag}.`,
  };
}

function letGo(facts: Facts, seed: number): Shape {
  const tag = paren(facts.tag);
  const leads = (who: string) => [
    `No worries if it doesn't click. I'll stop nudging about ${who}${tag}; reply KEEP to keep them.`,
    `${who}${tag} has gone quiet. Some threads fade, and that's ok. I'll stop nudging unless you reply KEEP.`,
    `No reply from ${who}${tag} in a while. I'll let this one rest; reply KEEP to keep them on my list.`,
    `Letting ${who}${tag} go? No worries if it didn't click. Reply KEEP and I'll keep nudging.`,
  ];
  return {
    leads: [pick(leads(facts.name), seed, 81), pick(leads(facts.first), seed, 81), `Letting ${facts.first}${tag} go; reply KEEP to keep them.`],
    drafts: [],
    label: '',
    hints: [''],
    bare: `Letting ${facts.first}${tag} go; reply KEEP to keep them.`,
  };
}

function shapeOf(subject: NudgeSubject, seed: number, clip: number, options?: ComposeOptions): Shape {
  const facts = factsOf(subject, seed, clip);
  switch (subject.kind) {
    case 'first-follow-up':
      return facts.hasContact ? firstFollowUp(facts, seed) : getContact(facts, seed);
    case 'get-contact':
      return getContact(facts, seed);
    case 'deepen':
      return deepen(facts, subject, seed, clip);
    case 'check-in':
      return checkIn(facts, seed);
    case 'their-moment':
      return theirMoment(facts, subject, seed, clip, options);
    case 'say-hi':
      return sayHi(facts, seed);
    case 'let-go':
      return letGo(facts, seed);
  }
}

/** [lead level, draft level (-1: none), hint level, label?] from richest to barest. */
const STEPS: [number, number, number, boolean][] = [
  [0, 0, 0, true],
  [0, 0, 0, false],
  [1, 0, 0, false],
  [1, 0, 1, false],
  [1, 1, 1, false],
  [1, 0, 2, false],
  [1, 1, 2, false],
  [2, 1, 2, false],
  [2, 2, 2, false],
];

function at<T>(items: readonly T[], index: number): T | undefined {
  return items[Math.min(index, items.length - 1)];
}

/** The noted items of a subject, clipped as at `clip`, lowercased: a text names a detail when it contains one. */
function detailsOf(subject: NudgeSubject, clip: number): string[] {
  const { person } = subject;
  const words = CLIP_WORDS[clip] ?? 1;
  const items = [person.met ?? '', ...person.interests, ...person.work, ...person.events.map((event) => event.what), subject.event?.what ?? ''];
  return items
    .map((item) => item.trim().replace(/^(met\s+)?(at|in|on|through|via)\s+/i, '').replace(/^(the|her|his|their)\s+/i, ''))
    .filter((item) => item.length > 0)
    .map((item) => (Number.isFinite(words) ? clipWords(item, words) : item).toLowerCase());
}

function namesDetail(text: string, details: string[]): boolean {
  const lower = text.toLowerCase();
  return details.some((detail) => lower.includes(detail));
}

function singleCandidates(subject: NudgeSubject, seed: number, options?: ComposeOptions): Candidate[] {
  const candidates: Candidate[] = [];
  for (let clip = 0; clip < CLIP_WORDS.length; clip++) {
    const shape = shapeOf(subject, seed, clip, options);
    const details = detailsOf(subject, clip);
    for (const [leadLevel, draftLevel, hintLevel, label] of STEPS) {
      const lead = at(shape.leads, leadLevel) ?? '';
      const draft = shape.drafts.length > 0 ? at(shape.drafts, draftLevel) ?? '' : '';
      const hint = at(shape.hints, hintLevel) ?? '';
      const labelled = label && draft && shape.label ? `${shape.label} ${draft}` : draft;
      const text = sentence(lead, labelled, hint);
      // One segment is worth a shorter lead or hint, not losing the full draft or most of a note.
      candidates.push({ text, complete: namesDetail(text, details), single: draftLevel <= 1 && clip <= 1 });
    }
    candidates.push({ text: sentence(shape.bare, at(shape.hints, 2)), complete: false, single: false });
  }
  return candidates;
}

// ---------------------------------------------------------------------------------------------------------------
// Several people in one text

/** One person's line at a level: 0 with a mini draft, 1 with a detail, 2 terse with a detail. */
function lineFor(subject: NudgeSubject, seed: number, level: number, clip: number, options?: ComposeOptions): string {
  const facts = factsOf(subject, seed, clip);
  const who = level === 0 ? facts.name : facts.first;
  const tag = paren(facts.tag);
  const topic = facts.topic;
  switch (subject.kind) {
    case 'first-follow-up':
    case 'get-contact':
      if (!facts.hasContact || subject.kind === 'get-contact') {
        const where = facts.place?.via ? `ask ${facts.place.via}` : facts.place?.to && facts.place.regular ? `ask next time ${facts.place.at}` : 'ask a mutual friend';
        return level === 2 ? `${who}${tag}: get a number` : `${who}${tag}: no number yet, ${where}`;
      }
      if (level === 0) return `${who}${tag}: follow up, "Hey ${facts.first}, great meeting you${facts.place ? ` ${facts.place.atYou}` : ''}!"`;
      return level === 1 && topic && facts.tag !== topic ? `${who}${tag}: follow up re ${topic}` : `${who}${tag}: follow up`;
    case 'deepen': {
      const idea = subject.group ? suggestGroup(subject.person.interests, seed) : suggestActivity(subject.person.interests, subject.person.work, seed);
      const because = paren(idea.because ? clipWords(idea.because, CLIP_WORDS[clip] ?? 1) : facts.tag);
      const plan = subject.group ? `invite to ${idea.activity} with friends` : `suggest ${idea.activity}`;
      if (level === 0) return `${who}${because}: ${plan}, "Up for ${idea.activity}?"`;
      return `${who}${because}: ${plan}`;
    }
    case 'check-in':
      if (!facts.hasContact) return `${who}${tag}: get a number`;
      if (level === 0 && topic) return `${who}: check in, "Hey ${facts.first}, how's ${facts.topicRef ?? topic}?"`;
      return topic ? `${who}: check in re ${topic}` : `${who}${tag}: light check-in`;
    case 'their-moment': {
      const event = subject.event ?? subject.person.events[0];
      if (!event) return topic ? `${who}: check in re ${topic}` : `${who}${tag}: light check-in`;
      const words = eventWords(event, facts, clip, options);
      const action = words.tone === 'celebrate' ? 'say congrats' : words.month ? 'ask how it goes' : words.tone === 'luck' ? 'wish luck' : 'send a note';
      return `${who}: ${words.short}, ${action}`;
    }
    case 'say-hi':
      return facts.place ? `${who}: say hi ${facts.place.at}${facts.hasContact ? '' : ', swap numbers'}` : `${who}${tag}: say hi next time`;
    case 'let-go':
      return level === 2 ? `${who}${tag}: quiet, I'll stop (KEEP ${facts.first} keeps them)` : `${who}${tag}: quiet a while, I'll stop nudging unless you reply KEEP ${facts.first}`;
  }
}

function combinedHints(count: number, seed: number): string[] {
  const examples = ['DONE', 'SNOOZE', 'SKIP'].slice(0, Math.min(3, count)).map((word, i) => `${word} ${i + 1}`);
  const list = examples.length === 3 ? `${examples[0]}, ${examples[1]} or ${examples[2]}` : examples.join(' or ');
  const openers = [`Reply ${list}.`, `Reply with a number: ${list}.`, `Reply e.g. ${list}.`, `Answer per person: ${list}.`];
  return [pick(openers, seed, 91), `Reply e.g. DONE 1.`];
}

function combinedCandidates(subjects: NudgeSubject[], seed: number, options?: ComposeOptions): Candidate[] {
  const headers = [`${subjects.length} people to follow up with:`, `Today's follow-ups:`, `A few nudges for today:`, `${subjects.length} follow-ups today:`];
  const header = pick(headers, seed, 92);
  const hints = combinedHints(subjects.length, seed);
  const candidates: Candidate[] = [];
  for (let clip = 0; clip < CLIP_WORDS.length; clip++) {
    for (const level of [0, 1, 2]) {
      const lines = subjects.map((subject, i) => `${i + 1}) ${lineFor(subject, seed + i * 7919, level, clip, options)}`);
      for (const [withHeader, hint] of [[true, hints[0]], [false, hints[0]], [false, hints[1]]] as const) {
        const text = [withHeader ? header : null, ...lines, hint].filter((part): part is string => Boolean(part)).join('\n');
        candidates.push({ text, complete: true, single: level <= 1 && clip === 0 });
      }
    }
  }
  return candidates;
}

// ---------------------------------------------------------------------------------------------------------------
// Fitting

function fit(candidates: Candidate[]): string {
  const sized = candidates.map((candidate) => ({ ...candidate, segments: segmentCount(candidate.text).segments }));
  const chosen =
    sized.find((c) => c.complete && c.single && c.segments <= 1) ??
    sized.find((c) => c.complete && c.segments <= 2) ??
    sized.find((c) => c.segments <= 2);
  if (chosen) return chosen.text;
  const barest = sized.at(-1)?.text ?? '';
  return truncateToSegments(barest, 2);
}

/**
 * The text for one or more due nudges. One person: a lead naming a detail, a draft to send as is, how to reply.
 * Several: one numbered text with a line per person.
 * @example composeNudge([{ kind: 'first-follow-up', person: sarah }], 3)
 *   // 'Follow up with Sarah: "Hey Sarah, great meeting you at the climbing gym! How's the pottery studio going?" Reply DONE, SNOOZE or SKIP.'
 * @example composeNudge([{ kind: 'let-go', person: jake }], 0)
 *   // "No worries if it doesn't click. I'll stop nudging about Jake (run club); reply KEEP to keep them."
 */
export function composeNudge(subjects: NudgeSubject[], seed: number, options?: ComposeOptions): string {
  const [only] = subjects;
  if (!only) return '';
  if (subjects.length === 1) return fit(singleCandidates(only, seed, options));
  return fit(combinedCandidates(subjects, seed, options));
}

// ---------------------------------------------------------------------------------------------------------------
// Distinct details

/** Words that say nothing about what a detail is: "her pottery studio" is the same detail as "pottery studio". */
const FILLER_WORDS = new Set(['a', 'an', 'the', 'her', 'his', 'their', 'my', 'your', 'our', 'at', 'in', 'on', 'of', 'to', 'for', 'and', 'with']);

/** A rough stem, so "climbing", "climbs" and "climb" compare equal: possessive, plural, -ing/-ed, a doubled end, a final e. */
function stem(word: string): string {
  let w = word.toLowerCase().replace(/['\u2019]s$/, '').replace(/[^\p{L}\p{N}]/gu, '');
  if (w.length > 4 && w.endsWith('ies')) w = `${w.slice(0, -3)}y`;
  else if (w.length > 3 && /[^su]s$/.test(w)) w = w.slice(0, -1);
  if (w.length > 5 && /(ing|ed)$/.test(w)) w = w.replace(/(ing|ed)$/, '');
  if (/([b-df-hj-np-tv-z])\1$/.test(w) && !/(ll|ss|zz)$/.test(w)) w = w.slice(0, -1);
  if (w.length > 3 && w.endsWith('e')) w = w.slice(0, -1);
  return w;
}

/** The stems of a detail's telling words (all its words when every one is filler; the text itself when it has no letters). */
function stemsOf(text: string): Set<string> {
  const words = text.split(/\s+/).map(stem).filter((word) => word.length > 0);
  const telling = words.filter((word) => !FILLER_WORDS.has(word));
  if (telling.length > 0) return new Set(telling);
  return new Set(words.length > 0 ? words : [text.trim().toLowerCase()]);
}

function within(inner: Set<string>, outer: Set<string>): boolean {
  return inner.size > 0 && [...inner].every((word) => outer.has(word));
}

/**
 * Noted details without repeats, in their order: a detail whose words (by stem) all appear in another, more specific
 * detail, or in the place they met, is left out; of two that say the same, the first stays.
 * @example distinctDetails(['climbing', 'bouldering', 'pottery', 'pottery studio'], 'climbing gym') // ['bouldering', 'pottery studio']
 */
export function distinctDetails(details: readonly string[], met: string | null): string[] {
  const items = details.map((detail) => detail.trim()).filter((detail) => detail.length > 0);
  const stems = items.map(stemsOf);
  const place = met ? stemsOf(met.replace(/^(met\s+)?(at|in|on)\s+/i, '')) : new Set<string>();
  return items.filter((_item, i) => {
    const mine = stems[i] as Set<string>;
    if (within(mine, place)) return false;
    return !stems.some((other, j) => j !== i && within(mine, other) && (other.size > mine.size || j < i));
  });
}

// ---------------------------------------------------------------------------------------------------------------
// Capture confirmation

export interface CaptureConfirmationInput {
  name: string;
  met: string | null;
  details: string[];
  hasContact: boolean;
  /** `waitsForResume`: held by a pause with no end, so the reply says "when you resume" rather than a date */
  nextNudge: { kind: NudgeKind; dueAt: Millis; waitsForResume?: boolean } | null;
  now: Millis;
  zone: TimeZone;
  /** the first text ever from this user */
  welcome: boolean;
}

/**
 * The reply to a saved note: what was understood (overlapping details once, see distinctDetails) and when the first nudge comes.
 * @example composeCaptureConfirmation({ name: 'Sarah', met: 'climbing gym', details: ['bouldering', 'pottery studio'], hasContact: true,
 *   nextNudge: { kind: 'first-follow-up', dueAt: tomorrow10am }, now, zone, welcome: false })
 *   // "Saved Sarah (climbing gym): bouldering, pottery studio. I'll nudge you tomorrow at 10am."
 */
export function composeCaptureConfirmation(input: CaptureConfirmationInput): string {
  const met = input.met?.trim() ? input.met.trim().replace(/^(at|in|on)\s+/i, '') : null;
  const details = distinctDetails(input.details, met);
  const when = !input.nextNudge
    ? null
    : input.nextNudge.waitsForResume
      ? 'when you resume'
      : describeWhen(input.nextNudge.dueAt, input.now, input.zone);
  const next = when ? [`I'll nudge you ${when}.`, `Nudge ${when}.`] : [`I'll keep it on file.`, ''];
  const noContact = input.hasContact ? ['', ''] : ['No number yet: getting one is step one.', 'No number yet.'];
  const welcome = input.welcome ? ['Welcome to Kindling!', 'Welcome!'] : ['', ''];
  const help = input.welcome ? ['Text HELP for commands, STOP to opt out.', 'HELP for help, STOP to opt out.'] : ['', ''];

  const saved = (items: string[], withMet: boolean, name: string) =>
    `Saved ${name}${withMet && met ? ` (${met})` : ''}${items.length > 0 ? `: ${items.join(', ')}` : ''}.`;
  const candidates: Candidate[] = [];
  const add = (text: string, complete: boolean) => candidates.push({ text, complete, single: complete });
  const full = (w: number, s: string, n: number, h: number) => sentence(welcome[w], s, next[n], noContact[n], help[h]);

  add(full(0, saved(details, true, input.name), 0, 0), true);
  // Drop details from the end, then clip them, keeping the help line.
  for (let keep = details.length - 1; keep >= 0; keep--) add(full(0, saved(details.slice(0, keep), true, input.name), 0, 0), false);
  for (const words of [4, 2, 1]) add(full(0, saved(details.slice(0, 1).map((d) => clipWords(d, words)), true, input.name), 0, 0), false);
  add(full(0, saved([], false, input.name), 0, 0), false);
  add(full(1, saved([], false, input.name), 1, 1), false);
  add(full(1, saved([], false, firstName(input.name)), 1, 1), false);
  add(full(1, saved([], false, clipWords(firstName(input.name), 1)), 1, 1), false);
  return fit(candidates);
}
