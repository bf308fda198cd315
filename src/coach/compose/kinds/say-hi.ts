// say-hi: a hello in person where they will likely cross paths. At a recurring place ("every saturday at the pool"):
// shortly before, with something to ask about and no line to send; elsewhere a greeting to say.
// Next: at a weekly place the next hello there (or a small group there for someone hesitant); else as a get-contact.

import { addDays, clockText, localDate, localParts, WEEKDAY_NAMES } from '../../../domain/time';
import type { PersonForPlan, RecurringPlace } from '../../../domain/types';
import { sayHiAt } from '../../playbook/places';
import { contactlessNext, type Planning, type StepPlan, together } from '../../playbook/reach';
import { paren, quoted } from '../phrasing';
import { pick } from '../pick';
import { bare, IN_PERSON_FOOTER, type SpanishInput, type SpanishLineInput, toThem, withArticle } from '../spanish-words';
import { afterGetContact } from './get-contact';
import { hintsFor, type KindDefinition, type KindInput, SAY_LABELS, type Shape, whoAt } from './template';

/** A recurring place's day and time as a lead says it: "Saturday around 7am", "tomorrow". */
function occurrenceWords(input: KindInput): string {
  const recurring = input.subject.person.recurringPlace;
  if (!recurring || recurring.weekday === undefined) return '';
  const options = input.options;
  let day = WEEKDAY_NAMES[recurring.weekday] ?? '';
  if (options) {
    const today = localParts(options.now, options.zone).weekday;
    const ahead = (recurring.weekday - today + 7) % 7;
    day = ahead === 0 ? 'today' : ahead === 1 ? 'tomorrow' : day;
  }
  if (recurring.time === undefined) return ` ${day}`;
  const minutes = Math.round(recurring.time * 60);
  const clock = `around ${clockText(Math.floor(minutes / 60), minutes % 60)}`;
  return day === 'today' || day === 'tomorrow' ? ` ${clock} ${day}` : ` ${day} ${clock}`;
}

/** Things one goes to rather than places: "at yoga", "at choir practice", never "at the yoga". */
const ACTIVITY_PLACE =
  /^(yoga|pilates|spin|crossfit|choir|church|mass|school|work|training|practice|rehearsal|class|[a-z]+ (class|practice|rehearsal|session|lessons?))$/i;

/**
 * A recurring place as "at ..." says it: "the dog park", "the pool", but "yoga", "pottery class".
 * @example placeWords('dog park') // 'the dog park'
 * @example placeWords('yoga') // 'yoga'
 */
export function placeWords(place: string): string {
  const bare = place.trim().replace(/^(at\s+)?(the\s+)?/i, '');
  return ACTIVITY_PLACE.test(bare) ? bare : `the ${bare}`;
}

/** At a place the user goes every week: say hi shortly before, with something to ask about and the words to say. */
function recurringShape(input: KindInput): Shape {
  const { facts, seed } = input;
  const { name, first } = facts;
  const where = placeWords(input.subject.person.recurringPlace?.place ?? '');
  const when = occurrenceWords(input);
  const ask = facts.topicAskIndirect ? `ask ${facts.topicAskIndirect}` : facts.topic ? `ask about ${facts.topic}` : 'ask how the week is going';
  const numberToo = facts.hasContact ? '' : ` And ask for ${first}'s number.`;
  const leads = [
    `You'll likely see ${name} at ${where}${when}: say hi, and ${ask}.${numberToo}`,
    `${name} is usually at ${where}${when}. Say hi and ${ask}.${numberToo}`,
  ];
  // an interest no question fits ("jazz"): the week, then the interest, so the words carry what the lead says to ask
  const interest = !facts.topicAsk && facts.topic && !facts.topicIsProject && facts.topic.split(' ').length <= 2 ? ` Any good ${facts.topic} lately?` : '';
  const question = facts.topicAsk ? `${facts.topicAsk.charAt(0).toUpperCase()}${facts.topicAsk.slice(1)}` : `How was your week?${interest}`;
  const swap = facts.hasContact ? '' : ' Want to swap numbers?';
  const greetings = [`Hey ${first}! ${question}${swap}`, `Good to see you, ${first}! ${question}${swap}`];
  return {
    leads: [pick(leads, seed, 74), `Say hi to ${first} at ${where}${when}:`, `At ${where}:`],
    // shorter words that still ask something (their interest, else their week); a bare hello only when a list is full
    drafts: [pick(greetings, seed, 75), `Hey ${first}!${interest || ' How was your week?'}${swap}`, `Hey ${first}!${swap}`].map(quoted),
    label: pick(SAY_LABELS, seed, 76),
    hints: ['Reply DONE once you have, or SNOOZE, SKIP.', 'Reply DONE, SNOOZE or SKIP.', 'DONE, SNOOZE or SKIP?'],
    bare: `Say hi to ${first} at ${where}.`,
  };
}

function sayHiShape(input: KindInput): Shape {
  if (input.subject.person.recurringPlace?.place.trim()) return recurringShape(input);
  const { facts, seed } = input;
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
  const ask = facts.topicAsk ? `${facts.topicAsk.charAt(0).toUpperCase()}${facts.topicAsk.slice(1)}` : null;
  const greetings = topic
    ? [
        ask ? `Hey ${first}! ${ask}` : `Hey ${first}! Still thinking about our chat about ${topic}.`,
        ask ? `Good to see you again, ${first}! ${ask}` : `Good to see you again, ${first}! How was your week?`,
        `Hi ${first}! Still thinking about what you said about ${topic}.`,
        `Hey ${first}, good to see you! How was your week?`,
      ]
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

function sayHiLine({ facts, subject }: KindInput, level: number): string {
  const who = whoAt(facts, level);
  const recurring = subject.person.recurringPlace?.place.trim();
  if (recurring) return `${who}: say hi at ${placeWords(recurring)}${facts.hasContact ? '' : ', ask for a number'}`;
  return facts.place ? `${who}: say hi ${facts.place.at}${facts.hasContact ? '' : ', swap numbers'}` : `${who}${paren(facts.tag)}: say hi next time`;
}

function sayHiEs({ subject, datos: d, texts }: SpanishInput): string[] {
  const { first } = d;
  const where = subject.person.recurringPlace?.place ?? d.place;
  const lead = where ? `Si ves a ${first} en ${bare(where)} hoy, saluda.` : `Si ves a ${first} hoy, saluda.`;
  const drafts =
    d.topic && withArticle(d.topic) ? [`Hola ${first}! Como va ${toThem(d.topic)}?`, `Hola ${first}! Que gusto verte.`] : [`Hola ${first}! Que gusto verte.`];
  return texts(lead, drafts, IN_PERSON_FOOTER);
}

/** Local days until the next say-hi at a weekly place: next week's when the user did the last one, else the week after. */
const SAY_HI_AGAIN_DAYS = { done: 6, ignored: 13 };

/**
 * After a say-hi at a weekly place: for someone hesitant, a small group at that place (classmates, the run club);
 * else the next hello there on its day, next week when the user said hi, the week after when they let it pass.
 */
function afterSayHiAt(person: PersonForPlan, place: RecurringPlace & { weekday: number }, ctx: Planning): StepPlan {
  const today = localDate(ctx.now, ctx.zone);
  if (person.warmth === 'lukewarm' && !ctx.sentOnly && !person.sentKinds.includes('deepen'))
    return together(person, 7, ctx, () => ({ kind: 'deepen', group: true, dueAt: sayHiAt(place, addDays(today, 4), ctx) }));
  const days = ctx.sentOnly ? SAY_HI_AGAIN_DAYS.ignored : SAY_HI_AGAIN_DAYS.done;
  return { kind: 'say-hi', dueAt: sayHiAt(place, addDays(today, days), ctx) };
}

/** After a say-hi: at a weekly place, once they had a first text, what follows there; else as after a get-contact. */
function afterSayHi(person: PersonForPlan, ctx: Planning): StepPlan {
  if (!person.hasContact) return contactlessNext(person, ctx);
  const place = person.recurringPlace;
  if (place?.weekday !== undefined && person.sentKinds.includes('first-follow-up')) return afterSayHiAt(person, { ...place, weekday: place.weekday }, ctx);
  return afterGetContact(person, ctx);
}

export const sayHi: KindDefinition = {
  shape: sayHiShape,
  line: sayHiLine,
  spanish: { texts: sayHiEs, line: ({ datos: { first }, about }: SpanishLineInput) => `si ves a ${first}, saluda${about}` },
  phrase: 'a reminder to say hi',
  pageLabel: 'Say hi to',
  warmNext: 'remind you to say hi',
  afterPlanWords: (n) => (n ? `I'll remind you to say hi to ${n}` : `I'll remind you to say hi`),
  after: { done: afterSayHi, skip: afterSayHi },
};
