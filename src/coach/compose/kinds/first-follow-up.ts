// first-follow-up: a hello while the meeting is fresh, naming where they met and asking about their thing.
// In Spanish: a hello naming where they met. Next: something together once they answered warmly, else a check-in.

import { calendarDateOf, daysBetween, localParts } from '../../../domain/time';
import { eventWhen, eventWords } from '../event-words';
import type { Facts } from '../facts';
import { paren, quoted, sentence } from '../phrasing';
import { pick } from '../pick';
import { pastWords } from '../when-words';
import { reach } from '../../playbook/reach';
import type { SpanishInput, SpanishLineInput } from '../spanish-words';
import { getContact, getContactEs } from './get-contact';
import { DRAFT_LABELS, hintsFor, type KindDefinition, type KindInput, type Shape, whoAt } from './template';

function topicQuestion(facts: Facts, seed: number): string | null {
  const topic = facts.topicRef;
  if (!topic) return null;
  const project = [`How's ${topic} going?`, `How's ${topic} coming along?`, `Keep me posted on ${topic}!`, `Would love to hear how ${topic} is going.`];
  const interest = [
    `I'd love to hear more about ${topic}.`,
    `Would love to hear more about ${topic} sometime!`,
    `Tell me more about ${topic} sometime?`,
    `Let's talk more about ${topic} soon.`,
    `Still thinking about what you said about ${topic}.`,
    `Would love to swap notes on ${topic} sometime.`,
  ];
  return pick(facts.topicIsProject ? project : interest, seed, 12);
}

/** Events one goes to: seen there, the first text picks up from it. */
const ATTENDED = /\b(show|gig|opening|exhibit\w*|screening|premiere|recital|concert|reading|performance|play|launch|race|marathon|game|match|talk|party)\b/i;

/** Their event of the last 3 days that one goes to (the user got their number there): the freshest thing to name. */
function justHappened({ subject, options }: KindInput) {
  if (!options) return null;
  const today = localParts(options.now, options.zone);
  return (
    subject.person.events.findLast((event) => {
      const date = calendarDateOf(event.on);
      if (!date || date.day === null || !ATTENDED.test(event.what)) return false;
      const ago = daysBetween({ year: date.year, month: date.month, day: date.day }, today);
      return ago >= 1 && ago <= 3;
    }) ?? null
  );
}

/** The first text after seeing them at their event: that event, not where they first met. */
function afterTheirEvent(input: KindInput, event: NonNullable<ReturnType<typeof justHappened>>): Shape {
  const { facts, seed, clip, options } = input;
  const { name, first } = facts;
  const words = eventWords(event, facts, clip, options);
  // their show is theirs: "your first solo show", never "the first solo show"
  const ref = words.ref.replace(/^the\s+/i, 'your ');
  const when = eventWhen(event, options);
  const drafts = [
    `Hey ${first}, so great to see you at ${ref} ${when}! Congrats again, it was amazing.`,
    `${first}! Still buzzing from ${ref} ${when}. Congrats again!`,
    `Hi ${first}, congrats again on ${ref}! So glad I made it.`,
  ];
  return {
    leads: [
      pick(
        [`First text to ${name} since ${ref.replace(/^your\s+/, `${first}'s `)}:`, `Follow up on ${ref.replace(/^your\s+/, `${first}'s `)} with ${name}:`],
        seed,
        18,
      ),
      `Text ${first}:`,
      `${first}:`,
    ],
    drafts: [pick(drafts, seed, 19), `Congrats again on ${ref}, ${first}!`].map(quoted),
    label: '',
    hints: hintsFor(seed),
    bare: `Text ${name} about ${ref.replace(/^your\s+/, `${first}'s `)}.`,
  };
}

function firstFollowUpShape(input: KindInput): Shape {
  const { facts, seed } = input;
  if (!facts.hasContact) return getContact.shape(input);
  const seen = justHappened(input);
  if (seen) return afterTheirEvent(input, seen);
  const { name, first, place } = facts;
  const tag = paren(facts.tag);
  const leads = [
    `Time to text ${name}${tag} while it's fresh.`,
    `Your chat with ${name}${tag} is still fresh: a quick hello keeps it going.`,
    `Good moment to text ${name}${tag}.`,
    `${name}${tag} will remember you today: a quick hello?`,
    `A quick hello to ${name}${tag} today?`,
  ];
  const shortLeads = [`A hello to ${first}:`, `Text ${first} while it's fresh:`, `Quick hello to ${first}:`, `Time to text ${first}:`];
  const at = place ? ` ${place.atYou}` : '';
  // when they met, as the text is read ("yesterday", "last night"); never a time word copied from the note
  const metAt = input.subject.person.metAt;
  const when = metAt !== undefined ? pastWords(metAt, input.options) : '';
  const whenWords = when ? ` ${when}` : '';
  const openers = [
    `Hey ${first}, great meeting you${at}${whenWords}!`,
    `Hi ${first}! Loved meeting you${at}${whenWords}.`,
    `${first}, so good to meet you${at}!`,
    `Hey ${first}, really glad we met${at}${whenWords}.`,
    `Hi ${first}, it was fun meeting you${at}${whenWords}!`,
  ];
  const opener = pick(openers, seed, 13);
  const question = topicQuestion(facts, seed);
  // the short forms still say it was nice to meet them: a first text without it reads like a stranger's
  const shortOpener = pick(
    [
      `Great meeting you, ${first}!`,
      `So nice to meet you, ${first}!`,
      `Fun meeting you, ${first}!`,
      `Lovely to meet you, ${first}!`,
      `Good to meet you, ${first}!`,
    ],
    seed,
    17,
  );
  const drafts = [sentence(opener, question), question ? sentence(shortOpener, question) : opener, opener].map(quoted);
  return {
    leads: [pick(leads, seed, 14), pick(shortLeads, seed, 15), `${first}:`],
    drafts,
    label: pick(DRAFT_LABELS, seed, 16),
    hints: hintsFor(seed),
    bare: `Text ${facts.name}${tag} while it's fresh.`,
  };
}

function firstFollowUpLine(input: KindInput, level: number): string {
  const { facts } = input;
  if (!facts.hasContact) return getContact.line(input, level);
  const who = whoAt(facts, level);
  const tag = paren(facts.tag);
  if (level === 0) return `${who}${tag}: follow up, "Hey ${facts.first}, great meeting you${facts.place ? ` ${facts.place.atYou}` : ''}!"`;
  return level === 1 && facts.topic && facts.tag !== facts.topic ? `${who}${tag}: follow up re ${facts.topic}` : `${who}${tag}: follow up`;
}

function firstFollowUpEs({ subject, seed, datos: d, tag, texts }: SpanishInput): string[] {
  if (!subject.person.hasContact) return getContactEs(d, tag, seed);
  const { first } = d;
  const en = d.place ? ` en ${d.place}` : '';
  const fromWork = subject.person.interests.length === 0;
  const sobre = d.topic
    ? pick(
        fromWork
          ? [` Como va todo en ${d.topic}?`, ` Cuentame mas de ${d.topic}!`]
          : [` Me encantaria saber mas de ${d.topic}.`, ` Cuentame mas de ${d.topic}!`, ` Hay que hablar mas de ${d.topic}!`],
        seed,
        43,
      )
    : '';
  const lead = pick([`Buen momento para escribirle a ${d.name}${tag}:`, `Un saludo a ${first} mientras esta fresco:`, `Escribele a ${first} hoy:`], seed, 44);
  const hola = pick(
    [`Hola ${first}! Que gusto conocerte${en}.`, `Hola ${first}, me encanto conocerte${en}!`, `${first}! Fue un gusto conocerte${en}.`],
    seed,
    45,
  );
  return texts(lead, [`${hola}${sobre}`, hola]);
}

function firstFollowUpLineEs({ subject, datos: { first }, about }: SpanishLineInput): string {
  return subject.person.hasContact ? `escribele a ${first}${about}` : `pidele su numero a ${first}${about}`;
}

export const firstFollowUp: KindDefinition = {
  shape: firstFollowUpShape,
  line: firstFollowUpLine,
  spanish: { texts: firstFollowUpEs, line: firstFollowUpLineEs },
  phrase: 'a first follow-up',
  pageLabel: 'Follow up with',
  warmNext: 'draft your first text',
  afterPlanWords: null,
  after: {
    // Already know how it went (a reply was reported first): act on it; else ask in a few days.
    done(person, ctx) {
      if (person.warmth === 'warm') return reach(person, 'deepen', 3, ctx);
      if (person.warmth === 'lukewarm') return reach(person, 'deepen', 21, ctx, true);
      return reach(person, 'check-in', person.warmth === 'none' ? 7 : 3, ctx);
    },
    skip: (person, ctx) => (person.warmth === 'warm' ? reach(person, 'deepen', 3, ctx) : reach(person, 'check-in', 7, ctx)),
  },
};
