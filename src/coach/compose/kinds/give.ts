// give: something for them. Congratulations on their news, a find for their interest, an introduction to another of the
// user's people who shares it, or a catch-up before they move. Without a number: the same, in person.
// In Spanish: a congrats, a coffee before the move, an introduction or a find. Next: a check-in at their pace (an aside).

import { bothVerb } from '../../playbook/pairs';
import { eventWhen } from '../event-words';
import { firstName, paren, quoted } from '../phrasing';
import { pick } from '../pick';
import { asDoing, isVerbPhrase } from '../references';
import type { SpanishInput, SpanishLineInput } from '../spanish-words';
import { checkIn } from './check-in';
import { checkInAtPace } from './deepen';
import { DRAFT_LABELS, hintsFor, type KindDefinition, type KindInput, type Shape, whoAt } from './template';

/** Where the user will next see them, for "next time you see Omid at the pool". */
function nextTimeYouSee(input: KindInput): string {
  const place = input.subject.person.recurringPlace?.place.trim() || (input.facts.place?.regular ? input.facts.place.to : null);
  const at = place ? ` at ${place.replace(/^(at|the)\s+/i, 'the ')}` : '';
  return `Next time you see ${input.facts.first}${at.replace(/the the/, 'the')}`;
}

/** Their news in Kindling's words ("Omid closed his round") and in a draft ("closing your round"). */
export function newsWords(what: string, name: string): { line: string; ref: string } {
  const said = what.trim().replace(/[.!?]+$/, '');
  return { line: isVerbPhrase(said) ? `${name} ${said}` : `Big news from ${name}: ${said}`, ref: asDoing(said) };
}

function article(word: string): string {
  return /^[aeiou]/i.test(word) ? 'an' : 'a';
}

function an(thing: string): string {
  return `${/^[aeiou]/i.test(thing) ? 'an' : 'a'} ${thing}`;
}

/** "Chris is looking for a realtor, and Monica is one": the introduction that helps, in a friend's words. */
function introduceForNeed({ facts, seed }: KindInput, other: string, need: string): Shape {
  const { name, first } = facts;
  const leads = [
    `${name} is looking for ${an(need)}, and ${other} is one. Introduce them?`,
    `A way to help ${name}: ${first} needs ${an(need)} and you know ${other}.`,
  ];
  const drafts = [
    `Hey ${first}, you mentioned looking for ${an(need)}. ${other} is one and is great! Want me to connect you two?`,
    `${first}! Still after ${an(need)}? I know ${other}, happy to intro you.`,
  ];
  return {
    leads: [pick(leads, seed, 130), `Introduce ${first} to ${other}:`, `${first} + ${other}:`],
    drafts: [pick(drafts, seed, 131), `${first}, still looking for ${an(need)}? Happy to intro you to ${other}.`].map(quoted),
    label: pick(DRAFT_LABELS, seed, 132),
    hints: hintsFor(seed),
    bare: `Introduce ${first} to ${other}: ${first} needs ${an(need)}.`,
  };
}

/** News that they just moved here: a welcome, with something tied to their interest. */
export function isWelcomeNews(what: string): boolean {
  return /\b(?:just )?moved (?:here|to town|to the (?:city|area|neighbou?rhood))\b|\bnew (?:in|to) (?:town|the city|the area|the neighbou?rhood)\b|\bjust moved\b/i.test(
    what,
  );
}

function welcomeShape({ facts, seed }: KindInput): Shape {
  const { name, first } = facts;
  const thing = facts.topicRef;
  const leads = [`${name} just moved here: a welcome and a tip goes a long way.`, `${name} is new in town. Be the friend with the tips:`];
  const drafts = thing
    ? [
        `Welcome to town, ${first}! If you want tips for ${thing} around here, I know a few good spots.`,
        `${first}, welcome! Happy to show you the best places for ${thing} whenever you're settled.`,
      ]
    : [`Welcome to town, ${first}! Want me to show you my favorite coffee spot sometime?`];
  return {
    leads: [pick(leads, seed, 133), `Welcome ${first}:`, `${first}:`],
    drafts: [pick(drafts, seed, 134), `Welcome to town, ${first}!`].map(quoted),
    label: pick(DRAFT_LABELS, seed, 135),
    hints: hintsFor(seed),
    bare: `${first} just moved here: send a welcome.`,
  };
}

function giveShape(input: KindInput): Shape {
  const { facts, subject, seed, options } = input;
  const give = subject.give;
  if (!give) return checkIn.shape(input);
  const { name, first } = facts;
  const hints = hintsFor(seed);
  switch (give.type) {
    case 'congrats': {
      if (facts.hasContact && isWelcomeNews(give.news.what)) return welcomeShape(input);
      const words = newsWords(give.news.what, name);
      const short = newsWords(give.news.what, first);
      if (!facts.hasContact) {
        const lead = `${words.line}! ${nextTimeYouSee(input)}, say congrats in person.`;
        return { leads: [lead, `${short.line}! Say congrats in person.`, `${first}: say congrats.`], drafts: [], label: '', hints, bare: `${short.line}.` };
      }
      const leads = [
        `${words.line}: congrats text?`,
        `Big news: ${words.line.replace(/^Big news from /, '')}. Send a congrats?`,
        `${words.line}! A quick congrats means a lot.`,
      ];
      const drafts = [
        `Congrats on ${words.ref}, ${first}! So happy for you.`,
        `${first}! Huge congrats on ${words.ref}.`,
        `Hey ${first}, congrats on ${words.ref}! Let's celebrate soon.`,
      ];
      return {
        leads: [pick(leads, seed, 121), `${short.line}: congrats text?`, `Congrats to ${first}:`],
        drafts: [pick(drafts, seed, 122), `Congrats on ${words.ref}!`].map(quoted),
        label: pick(DRAFT_LABELS, seed, 123),
        hints,
        bare: `${short.line}: send a congrats.`,
      };
    }
    case 'share': {
      const interest = give.interest.trim();
      const leads = [
        `Something to give ${name}: ${article(interest)} ${interest} event, article or video they'd like. Found one? Send it with:`,
        `${name} is into ${interest}. Seen anything ${first} would like? Send it with:`,
      ];
      return {
        leads: [pick(leads, seed, 124), `Seen something ${interest} for ${first}? Send it:`, `${first} (${interest}):`],
        drafts: [`Saw this and thought of you, ${first}!`, `Thought of you, ${first}!`].map(quoted),
        label: '',
        hints,
        bare: `Seen something ${interest} for ${first}? Send it their way.`,
      };
    }
    case 'introduce': {
      const other = subject.pair?.name.trim().split(/\s+/)[0] ?? 'a friend';
      if (subject.pair?.need) return introduceForNeed(input, other, give.interest.trim());
      const verb = bothVerb(give.interest, false);
      const tag = verb.includes(give.interest.trim()) ? '' : paren(give.interest.trim());
      const leads = [`Introduce ${name} to ${other}? They ${verb}${tag}.`, `${name} and ${other} ${verb}${tag}: introduce them?`];
      const drafts = [
        `${first}, meet ${other}! You ${verb}, thought you two should know each other.`,
        `${first}, you should meet my friend ${other}: you ${verb}! Want me to connect you?`,
      ];
      return {
        leads: [pick(leads, seed, 125), `Introduce ${first} to ${other}:`, `${first} + ${other}:`],
        drafts: [pick(drafts, seed, 126), `${first}, meet ${other}!`].map(quoted),
        label: pick(DRAFT_LABELS, seed, 127),
        hints,
        bare: `Introduce ${first} to ${other} (${give.interest}).`,
      };
    }
    case 'before-move': {
      const to = give.move.to.trim();
      const when = eventWhen({ what: '', on: give.move.on }, options);
      const line = `${name} moves to ${to} ${when}`;
      if (!facts.hasContact) {
        return {
          leads: [
            `${line}. ${nextTimeYouSee(input)}, plan a goodbye coffee.`,
            `${first} moves to ${to} ${when}: catch up before they go.`,
            `${first}: catch up before ${to}.`,
          ],
          drafts: [],
          label: '',
          hints,
          bare: `${first} moves to ${to} ${when}.`,
        };
      }
      const drafts = [
        `Hey ${first}, before you head to ${to}, let's grab a coffee!`,
        `${first}! Can't let you leave for ${to} without a goodbye drink. When are you free?`,
      ];
      return {
        leads: [`${line}: catch up before they go?`, `${first} moves to ${to} ${when}: catch up first?`, `${first}:`],
        drafts: [pick(drafts, seed, 128), `Coffee before you go to ${to}?`].map(quoted),
        label: pick(DRAFT_LABELS, seed, 129),
        hints,
        bare: `${first} moves to ${to} ${when}: catch up before they go.`,
      };
    }
  }
}

function giveLine(input: KindInput, level: number): string {
  const { facts, subject } = input;
  const give = subject.give;
  const who = whoAt(facts, level);
  if (!give) return checkIn.line(input, level);
  switch (give.type) {
    case 'congrats':
      return `${newsWords(give.news.what, who).line}: ${facts.hasContact ? 'send congrats' : 'say congrats in person'}`;
    case 'share':
      return `${who}${paren(give.interest)}: send something they'd like`;
    case 'introduce':
      if (subject.pair?.need) return `${who}: needs ${an(give.interest)}, introduce ${subject.pair.name}`;
      return `${who}: introduce to ${subject.pair?.name ?? 'a friend'} (${give.interest})`;
    case 'before-move':
      return `${who}: moves to ${give.move.to.trim()}, catch up first`;
  }
}

function giveEs({ subject, datos: d, texts }: SpanishInput): string[] {
  const { first } = d;
  const give = subject.give;
  if (give?.type === 'congrats') {
    return texts(`Buenas noticias de ${first}: ${give.news.what}.`, [
      `Felicidades, ${first}! Me dio mucho gusto saber de ${give.news.what}.`,
      `Felicidades, ${first}!`,
    ]);
  }
  if (give?.type === 'before-move') {
    return texts(`${first} se muda a ${give.move.to}: un cafe antes de que se vaya?`, [
      `Hola ${first}! Antes de que te vayas a ${give.move.to}, vamos por un cafe?`,
      `Hola ${first}! Un cafe antes de que te mudes?`,
    ]);
  }
  if (give?.type === 'introduce' && subject.pair) {
    const pair = firstName(subject.pair.name);
    return texts(`${first} y ${pair} comparten ${give.interest}: presentalos?`, [
      `Hola ${first}! Tengo que presentarte a ${pair}, le encanta ${give.interest} tambien.`,
      `Hola ${first}! Te presento a ${pair}?`,
    ]);
  }
  const interest = give?.type === 'share' ? give.interest : d.topic;
  return texts(`Algo para ${first}${interest ? `, por lo de ${interest}` : ''}:`, [
    `Hola ${first}! Vi algo de ${interest ?? 'lo que te gusta'} y me acorde de ti.`,
    `Hola ${first}! Me acorde de ti.`,
  ]);
}

function giveLineEs({ subject, datos: { first }, about }: SpanishLineInput): string {
  return subject.give?.type === 'congrats' ? `felicita a ${first} por ${subject.give.news.what}` : `algo para ${first}${about}`;
}

export const give: KindDefinition = {
  shape: giveShape,
  line: giveLine,
  spanish: { texts: giveEs, line: giveLineEs },
  phrase: 'a nudge to give something',
  pageLabel: 'Something for',
  warmNext: 'suggest something to give',
  afterPlanWords: null,
  after: { done: checkInAtPace, skip: checkInAtPace },
};
