// Plans, invitations and their news, with their time: "we're getting lunch thursday!", "she had to cancel",
// "omid closed his round!!"; and the mixed report "texted ines, she wants to climb saturday" (done + warm + a plan).

import { extractContacts } from './note-contacts';
import { extractEvents } from './note-events';
import { readWarmth } from './reply-warmth';
import { ACTIVITIES, CHATTER_WORDS, NOT_NAME, PRONOUNS, words } from './lexicon';
import { hasPronoun, isLexiconName, isPlausibleName, latestRef, savedMentions, titleCase } from './people';
import type { TextView } from './read-text';
import type { Plan, UnderstandContext, Meaning } from './types';
import { findWhen, localDay } from './when';

const nameKeyOf = (name: string): string => name.toLowerCase().split(' ')[0] ?? '';

/** Words that may come before the name in a piece of their news: "huge news! omid closed his round". */
const NEWS_OPENERS = words(`news guess what update big exciting fyi btw so and also omg wow yay`);

const CANCEL =
  /\b(?:cancel+(?:ed|led|s|ing)?|had to bail|bail(?:ed|s)? on|bailed|resched(?:ule|uled|uling)?|rain ?check(?:ed)?|postpone[ds]?|flaked|flake[sd]? on|called (?:it )?off|(?:can not|cannot|couldnt|could not) (?:make it|come|do (?:it|monday|tuesday|wednesday|thursday|friday|saturday|sunday|tonight|tomorrow|today|this week|the weekend)(?: anymore)?)|fell through|pushed (?:it|back))\b/;
const RECURRING =
  /\b(?:every|each) (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|week|weekend|morning|day)s?\b|\b(?:mondays|tuesdays|wednesdays|thursdays|fridays|saturdays|sundays|weekly)\b|\bthe (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday) \w+ (?:club|class|group)\b/;
const SEE = /\b(?:see|run into|bump into|go to|am at|are at|both go|both do|hang at|swim with|run with|play with|both|there)\b/;
const INVITE = /\b(?:invited (?:me|us)|invites me|asked (?:me|us) (?:to|out|if)|wants me to come|invite to)\b/;
const PLAN_VERB =
  /\b(?:we have|we got|we booked|booked|scheduled|we are|we will|we r|are|is|am) (?:getting|grabbing|going|doing|having|meeting|playing|running|hiking|climbing|hanging)\b|\b(?:getting|grabbing|get|grab|doing|having|meet|meeting|set up|made plans|making plans|plans|plan|said yes|yes to|down for|keen for|in for|wants to|want to|lets do|let us|lets|are on|moved to|got moved|is on)\b/;
const DONE_LEAD =
  /^(?:(?:ok|okay|so|yes|yay|finally|just|and|i)\s+)*(?:texted|messaged|called|rang|phoned|emailed|dmed|pinged|wrote|reached out to|hit up|sent (?:it|the text|her|him|them|a text|a message|the message)?|did it|done|txted|sent)\b/;

/**
 * done (with warmth and a plan), plan, or news about a saved person, else null.
 * readPlans(readText("texted ines, she wants to climb saturday"), ctx)
 *   -> { intent: 'done', person: Ines, warmth: 'warm', plan: { kind: 'plan', what: 'climb', when: { day: '2026-12-05' } } }
 */
export function readPlans(view: TextView, ctx: UnderstandContext): Meaning | null {
  if (view.keys.length > 40) return null;
  return readMixedDone(view, ctx) ?? readNews(view, ctx) ?? readReport(view, ctx) ?? readPlan(view, ctx);
}

/** How time together went, told afterwards: "was great", "so fun", "had a blast", "we talked for 2 hrs". */
const WENT_WELL =
  /\b(?:was|were|is) (?:so |really |super |very |pretty |such |the )?(?:great|fun|amazing|awesome|lovely|nice|good|a blast|best|fantastic|perfect)\b|\bso (?:fun|good|great|nice|lovely)\b|\bhad (?:a |such a |the )?(?:blast|great time|good time|fun|lovely time|ball|best time)\b|\bwent (?:great|well|really well|so well)\b|\b(?:talked|chatted) (?:for|about)\b/;
const WENT_BADLY = /\b(?:was|were) (?:kinda |a bit |pretty |so )?(?:awkward|meh|weird|boring|ok|okay|fine|so so)\b|\bwent (?:ok|okay|badly|so so)\b/;
/** Past activity: "climbed w ines today", "lunch w ada was great". */
const PAST =
  /^(?:\w+ed|had|went|did|was|lunch|coffee|dinner|drinks|brunch|breakfast|beers)\b|\b(?:was|were|had|went|talked|chatted|today|yesterday|last night|earlier)\b/;

/** "climbed w ines today, so fun": a report on a saved person, named in it, of time already spent with them. */
function readReport(view: TextView, ctx: UnderstandContext): Meaning | null {
  if (view.keys.length > 30 || !PAST.test(view.key) || /\b(?:will|gonna|going to|tomorrow|next)\b/.test(view.key)) return null;
  const warm = WENT_WELL.test(view.key);
  const cool = WENT_BADLY.test(view.key);
  if (!warm && !cool) return null;
  const person = savedMentions(view.keys, ctx)[0]?.ref;
  if (!person) return null;
  return { intent: 'update', person, warmth: cool && !warm ? 'lukewarm' : 'warm', raw: view.raw };
}

function readMixedDone(view: TextView, ctx: UnderstandContext): Meaning | null {
  const lead = DONE_LEAD.exec(view.key);
  if (!lead) return null;
  const rest = view.key.slice(lead[0].length).trim();
  const restWords = rest.split(' ').filter((word) => word !== '');
  if (restWords.length < 2) return null;
  const person = savedMentions(view.keys, ctx)[0]?.ref ?? latestRef(ctx);
  const plan = planIn(view.clean, view.key, ctx) ?? loosePlan(view, rest, ctx);
  const warmth = readWarmth(rest) ?? (plan && plan.kind !== 'cancel' ? 'warm' : plan ? 'lukewarm' : null);
  if (!warmth && !plan && !/\b(?:voicemail|left a message)\b/.test(rest) && !savedMentions(view.keys.slice(0, 4), ctx)[0]) return null;
  return { intent: 'done', person, warmth, plan };
}

/** After a done, any activity or "wants a rematch" with a time is a plan: "..., park on sunday". */
function loosePlan(view: TextView, rest: string, ctx: UnderstandContext): Plan | null {
  const wanted = activityIn(view.key) || (/\b(?:wants?|down for|keen for|up for|free for)\s+(?:to\s+)?(?:a |an |the |some )?(\w+)/.exec(rest)?.[1] ?? '');
  const found = wanted ? findWhen(view.clean, ctx) : null;
  return found ? { kind: 'plan', what: wanted, when: found.when } : null;
}

/** "coffee w/ jamal tmrw! he's the guy from spin": someone not saved is who the plan is with, not the latest person. */
function withSomeoneNew(view: TextView): boolean {
  const named = /\b(?:with|w)\s+(\p{L}[\p{L}\p{M}'-]*)/u.exec(view.key)?.[1] ?? '';
  if (!named || PRONOUNS.has(named) || NOT_NAME.has(named)) return false;
  const written = view.words.find((word) => word.toLowerCase() === named) ?? '';
  return isPlausibleName(titleCase(named)) && (/^\p{Lu}/u.test(written) || isLexiconName(named));
}

function readPlan(view: TextView, ctx: UnderstandContext): Meaning | null {
  const saved = savedMentions(view.keys, ctx)[0]?.ref;
  if (!saved && withSomeoneNew(view)) return null;
  const person = saved ?? (hasPronoun(view.keys) || /\b(?:we|our|us)\b/.test(view.key) ? latestRef(ctx) : null);
  if (!person) return null;
  const plan = planIn(view.clean, view.key, ctx);
  if (!plan) return null;
  const warmth = plan.kind === 'cancel' ? 'lukewarm' : plan.kind === 'recurring' ? null : 'warm';
  return { intent: 'plan', person, plan, warmth, raw: view.raw };
}

/** A plan in a text: cancelled, recurring, an invitation, or something set for a time. */
function planIn(clean: string, key: string, ctx: UnderstandContext): Plan | null {
  if (/^(?:met|meet)\b/.test(key)) return null;
  if (!CANCEL.test(key) && !RECURRING.test(key) && !INVITE.test(key) && !PLAN_VERB.test(key) && !activityIn(key)) return null;
  const found = findWhen(clean, ctx);
  const when = found?.when ?? null;
  const what = activityIn(key);
  if (CANCEL.test(key)) {
    const moved = /\b(?:moved to|resched\w* (?:for|to))\b/.test(key) && when;
    return { kind: moved ? 'plan' : 'cancel', what, when: moved ? when : null };
  }
  if (RECURRING.test(key) && (SEE.test(key) || /^(?:we|i)\b|\b(?:and i|we both)\b/.test(key))) {
    const day = /\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday)s?\b/.exec(key)?.[1];
    const place = /\bat the (\w+(?: \w+)?)/.exec(key)?.[1];
    const every = [day ? `${day[0]?.toUpperCase()}${day.slice(1)}s` : 'regularly', place ? `at the ${place.replace(/ anyway$/, '')}` : ''].join(' ').trim();
    return { kind: 'recurring', what, when: null, every };
  }
  if (INVITE.test(key)) return { kind: 'invite', what: inviteWhat(key) || what, when };
  if (!when) return /\b(?:said yes|lets|let us|wants|want to|down for|keen for|up for|in for)\b/.test(key) && what ? { kind: 'plan', what, when: null } : null;
  if (
    PLAN_VERB.test(key) ||
    (what && /^(?:\w+ )?(?:with|and)\b|^\w+ with\b/.test(key.replace(/^(?:lunch|coffee|dinner|drinks|brunch|breakfast|beers)\s+/, 'x with '))) ||
    (what && /\b(?:we|i)\b/.test(key))
  ) {
    return { kind: 'plan', what, when };
  }
  if (what && key.split(' ').length <= 8) return { kind: 'plan', what, when };
  return null;
}

/** Activity words that say little beside a more specific one ("play chess" is chess). */
const VAGUE_ACTIVITIES = new Set(['play', 'game', 'games', 'show', 'party', 'food', 'drink', 'walk', 'meeting', 'call', 'zoom', 'facetime']);

function activityIn(key: string): string {
  const found = key.split(' ').filter((word) => ACTIVITIES.has(word));
  const word = found.find((candidate) => !VAGUE_ACTIVITIES.has(candidate)) ?? found[0];
  if (word) return word === 'bday' ? 'birthday' : word;
  const verb = /\b(?:to|for a|for) (\w+)\b/.exec(key)?.[1];
  return verb && ACTIVITIES.has(verb) ? verb : '';
}

function inviteWhat(key: string): string {
  const match =
    /\b(?:invited (?:me|us)|asked me) (?:to (?:go )?|over )?(?:to |for )?(?:her|his|their|a|an|the|my)?\s*((?:\w+ ){0,2}?(?:\w+))(?= on | at | tonight| tomorrow| this| next| sat| sun|$| with| w )/.exec(
      key,
    );
  return match?.[1]?.replace(/\b(?:birthday|bday)\b/, 'birthday') ?? '';
}

const NEWS_VERB =
  /^(?:(?:just|finally|officially|actually|totally)\s+)?(?:is|was|got|gets|has|had|have|closed|closes|raised|launched|launches|opened|opens|opening|moved|moving|adopted|won|wins|ran|runs|running|started|starts|quit|left|leaving|graduated|graduates|passed|bought|sold|published|released|finished|landed|became|turned|turns|is getting|getting|had a|signed|joined|joins|lost|broke|made|hit|celebrated|celebrating|will be|will|retired|resigned|married|divorced|proposed|relocated|promoted|hired|laid off|recovered|gave birth|eloped|passed|passed away|had twins|is retiring|is graduating|is expecting|expecting|born|was born|arrived)\b/;

function readNews(view: TextView, ctx: UnderstandContext): Meaning | null {
  const [first] = savedMentions(view.keys, ctx);
  // "huge news! omid closed his round": only chatter before the name
  if (!first || !view.keys.slice(0, first.at).every((word) => CHATTER_WORDS.has(word) || NEWS_OPENERS.has(word))) return null;
  // "rafi's kid was born": their family's news is theirs too
  const possessive = view.keys[first.at] !== nameKeyOf(first.ref.name) && (view.keys[first.at] ?? '').endsWith('s');
  // "rafi's kid was born", "sara's stall is closed until march", "jess's candle shop opens": what is theirs, then the news
  const start = first.at + 1;
  const found = possessive ? ([0, 1, 2].find((n) => NEWS_VERB.test(view.keys.slice(start + n).join(' '))) ?? 0) : 0;
  // "jess's party is saturday" is a plan to go to: an activity of theirs is not their news
  const owned = view.keys.slice(start, start + found).some((word) => ACTIVITIES.has(word)) ? -1 : found;
  if (owned < 0) return null;
  const after = view.keys.slice(start + owned).join(' ');
  if (!NEWS_VERB.test(after) || CANCEL.test(view.key) || INVITE.test(view.key) || /\b(?:me|us|we|i)\b/.test(after)) return null;
  // "rowans # is 604.555.0149", "Ciarán's mobile is 086 482 9173", "ines has a new insta, @ines.climbs": a way to
  // reach them is no news of theirs
  if (Object.keys(extractContacts(view.clean, ctx.defaultCountry).contacts).length > 0) return null;
  const events = extractEvents(view.clean, ctx.now, ctx.timeZone, new Set(first.ref.name.toLowerCase().split(' ')));
  const month = events.length === 0 ? monthIn(view.key, ctx) : null;
  if (month)
    events.push({ what: view.clean.replace(/^\S+\s+(?:is\s+)?/, '').replace(/\s+(?:in|by|this|next|early|late|mid)[\s-]+\p{L}+[!.\s]*$/u, ''), on: month });
  const what = view.clean
    .split(/\s+/)
    .slice(first.at + 1)
    .join(' ')
    .replace(/[!.\s]+$/, '');
  return { intent: 'news', person: first.ref, event: events[0] ?? null, what, raw: view.raw };
}

const MONTHS_IN_ORDER = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/** "in march" -> "2027-03" (the next March, this one included): a month chrono leaves alone. */
function monthIn(key: string, ctx: UnderstandContext): string | null {
  const match =
    /\b(?:in|by|this|next|early|late|mid|around|until)\s+(january|february|march|april|may|june|july|august|september|october|november|december)\b/.exec(key);
  const month = match?.[1] ? MONTHS_IN_ORDER.indexOf(match[1]) + 1 : 0;
  if (month === 0) return null;
  const [year, current] = localDay(ctx.now, ctx).split('-').map(Number);
  const on = month >= (current ?? 1) ? (year ?? 1970) : (year ?? 1970) + 1;
  return `${on}-${String(month).padStart(2, '0')}`;
}
