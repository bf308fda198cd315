// their-moment: one of their events is coming (or here): luck before, congratulations on the day, a warm wish otherwise.
// In Spanish: luck on the day. Next: a check-in at their pace (an aside: the sequence resumes after it, steps.ts).

import { eventWords } from '../event-words';
import { paren, quoted } from '../phrasing';
import { pick } from '../pick';
import { IN_PERSON_FOOTER, type SpanishInput, type SpanishLineInput, toThem } from '../spanish-words';
import { checkIn } from './check-in';
import { checkInAtPace } from './deepen';
import { DRAFT_LABELS, hintsFor, type KindDefinition, type KindInput, type Shape, whoAt } from './template';

function theirMomentShape(input: KindInput): Shape {
  const { facts, subject, seed, clip, options } = input;
  const event = subject.event ?? subject.person.events[0];
  if (!event) return checkIn.shape(input);
  const { first } = facts;
  const words = eventWords(event, facts, clip, options);
  const ref = words.ref;
  if (!facts.hasContact) return inPerson(input, words.line, words.short, words.tone, words.birthday);
  let leads: string[];
  let drafts: string[];
  let short: string;
  if (words.past && words.tone !== 'celebrate') {
    // the day is over: ask how it went, never "hope it goes well"
    leads = [`${words.line}. Ask how it went?`, `${words.line}: a good moment to ask how it went.`];
    drafts = [`Hey ${first}, how did ${ref} go?`, `Hi ${first}! How was ${ref}? Hope it went well.`];
    short = `Ask ${first} how it went:`;
  } else if (words.tone === 'celebrate') {
    leads = [
      `${words.line}! A short note means a lot.`,
      `Heads up: ${words.line}. Send a quick note?`,
      `${words.line}. A few words from you will land well.`,
      `Don't miss it: ${words.line}.`,
    ];
    drafts = words.birthday
      ? [
          `Happy birthday, ${first}! Hope it's a great one.`,
          `Happy birthday ${first}! Hope the year ahead is a good one.`,
          `Happy birthday, ${first}! Any fun plans?`,
          `Hey ${first}, happy birthday! Have a great day.`,
        ]
      : [
          `Congrats on ${ref}, ${first}! So happy for you.`,
          `Hey ${first}, congratulations on ${ref}!`,
          `${first}! Big congrats on ${ref}.`,
          `Happy ${ref.replace(/^(your|the)\s+/i, '')}, ${first}!`,
        ];
    short = `Congrats to ${first}:`;
  } else if (words.month) {
    leads = [
      `${words.line}. A quick "how's it going" shows you remembered.`,
      `${words.line}: a good moment to check in.`,
      `Heads up: ${words.line}. Ask how the prep is going?`,
      `${words.line}. A short note goes a long way.`,
    ];
    drafts = [
      `Hey ${first}, how's the prep for ${ref} going?`,
      `Hi ${first}! How are things with ${ref}?`,
      `Hey ${first}, thinking of you with ${ref} coming up. How's it going?`,
      `${first}! How's everything with ${ref}?`,
    ];
    short = `Check in with ${first}:`;
  } else if (words.tone === 'luck') {
    leads = [
      `${words.line}. A good-luck text goes a long way.`,
      `Big day for ${facts.name}: ${words.short}. Wish ${first} luck!`,
      `${words.line}: send a quick good luck.`,
      `Wish ${facts.name} luck: ${words.short}.`,
    ];
    drafts = [
      `Good luck with ${ref}, ${first}! You've got this.`,
      `Hey ${first}, good luck with ${ref}! Can't wait to hear how it goes.`,
      `${first}! Thinking of you for ${ref}. Break a leg!`,
      `Hi ${first}, wishing you the best for ${ref}!`,
    ];
    short = `Wish ${first} luck:`;
  } else {
    leads = [
      `${words.line}. A quick note shows you remembered.`,
      `Heads up: ${words.line}.`,
      `${words.line}: a good moment for a kind word.`,
      `Remember: ${words.line}.`,
    ];
    drafts = [
      `Hey ${first}, hope ${ref} goes great!`,
      `Thinking of you with ${ref} coming up, ${first}!`,
      `Hi ${first}! All the best with ${ref}.`,
      `${first}, hope ${ref} goes well! Let me know how it is.`,
    ];
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

/** Events one can go to: without a number, the user goes and says it there. */
const ATTENDABLE =
  /\b(show|gig|opening|exhibit\w*|screening|premiere|recital|concert|reading|performance|play|launch|release|race|marathon|game|match|talk|open house|party)\b/i;

/** Without a number: go to their event, or say it in person when you see them; words to say there, never a bare fact. */
function inPerson(input: KindInput, eventLine: string, short: string, tone: string, birthday: boolean): Shape {
  const { facts, subject, seed, clip, options } = input;
  const event = subject.event ?? subject.person.events[0];
  const go = event && ATTENDABLE.test(event.what);
  const { first } = facts;
  const say =
    tone === 'luck' && !go ? `wish ${first} luck` : birthday ? `wish ${first} a happy birthday` : tone === 'wish' ? 'ask how it is going' : 'say congrats';
  const ref = event ? eventWords(event, facts, clip, options).ref.replace(/^the\s+/i, 'your ') : 'the big day';
  const words = go
    ? [`Congrats on ${ref}, ${first}! Can I get your number?`, `${first}, this is amazing! Let's swap numbers?`]
    : birthday
      ? [`Happy birthday, ${first}! Let's swap numbers?`]
      : tone === 'luck'
        ? [`Good luck with ${ref}, ${first}! Let's swap numbers so I can hear how it goes?`]
        : [`How's ${ref} going, ${first}? Let's swap numbers?`];
  const leads = go
    ? [`${eventLine}. Go, say congrats in person, and get ${first}'s number there:`, `${eventLine}. Show up, and swap numbers with ${first} there:`]
    : [`${eventLine}. If you see ${first}, ${say} in person:`, `${eventLine}: ${say} next time you see ${first}:`];
  return {
    leads: [
      pick(leads, seed, 64),
      go ? `${eventLine}. Go, and say:` : `${eventLine}. In person, say:`,
      go ? `Go to ${first}'s ${short}:` : `${first}'s ${short}, say:`,
    ],
    drafts: [pick(words, seed, 65), go ? `Congrats, ${first}! Can I get your number?` : `Hey ${first}! Let's swap numbers?`].map(quoted),
    label: '',
    hints: [
      go ? 'Reply DONE if you went, or SNOOZE, SKIP.' : 'Reply DONE once you have, or SNOOZE, SKIP.',
      'Reply DONE, SNOOZE or SKIP.',
      'DONE, SNOOZE or SKIP?',
    ],
    bare: go ? `${eventLine}: go, and get ${first}'s number there.` : `${eventLine}: ${say} in person.`,
  };
}

function theirMomentLine({ facts, subject, clip, options }: KindInput, level: number): string {
  const who = whoAt(facts, level);
  const event = subject.event ?? subject.person.events[0];
  if (!event) return facts.topic ? `${who}: check in re ${facts.topic}` : `${who}${paren(facts.tag)}: light check-in`;
  const words = eventWords(event, facts, clip, options);
  const action = !facts.hasContact
    ? ATTENDABLE.test(event.what)
      ? 'go, congrats in person'
      : 'say it in person'
    : words.tone === 'celebrate'
      ? 'say congrats'
      : words.month
        ? 'ask how it goes'
        : words.tone === 'luck'
          ? 'wish luck'
          : 'send a note';
  return `${who}: ${words.short}, ${action}`;
}

function theirMomentEs({ subject, datos: { first }, footer, texts }: SpanishInput): string[] {
  const event = subject.event;
  const what = event?.what.trim() || 'su gran dia';
  const lead = `Hoy es un buen dia para ${first}: ${what}.`;
  const drafts = [`Mucha suerte con ${toThem(what)}, ${first}!`, `Suerte, ${first}!`];
  return texts(lead, drafts, subject.person.hasContact ? footer : IN_PERSON_FOOTER);
}

export const theirMoment: KindDefinition = {
  shape: theirMomentShape,
  line: theirMomentLine,
  spanish: {
    texts: theirMomentEs,
    line: ({ subject, datos: { first } }: SpanishLineInput) => `suerte a ${first} con ${subject.event?.what ?? 'su gran dia'}`,
  },
  phrase: 'a note for the big day',
  pageLabel: 'A moment for',
  warmNext: 'remind you of the big day',
  afterPlanWords: null,
  after: { done: checkInAtPace, skip: checkInAtPace },
};
