// say-hi: no number, but they will likely cross paths at a place the user goes back to, so a hello in person.

import { paren, quoted } from '../phrasing';
import { pick } from '../pick';
import { hintsFor, type KindInput, type KindTemplate, SAY_LABELS, type Shape, whoAt } from './template';

function shape({ facts, seed }: KindInput): Shape {
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
    ? [
        `Hey ${first}! How's ${topic} going?`,
        `Good to see you again, ${first}! How's ${topic}?`,
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

function line({ facts }: KindInput, level: number): string {
  const who = whoAt(facts, level);
  return facts.place ? `${who}: say hi ${facts.place.at}${facts.hasContact ? '' : ', swap numbers'}` : `${who}${paren(facts.tag)}: say hi next time`;
}

export const sayHi: KindTemplate = { shape, line };
