// get-contact: no way to reach them yet; where to ask for a number, and what to say when asking.

import { paren, quoted } from '../phrasing';
import { pick } from '../pick';
import { type KindInput, type KindTemplate, SAY_LABELS, type Shape, SHORT_HINT, whoAt } from './template';

function shape({ facts, seed }: KindInput): Shape {
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
    ? [
        `I'd love to keep talking about ${topic}. Can I get your number?`,
        `Want to swap numbers? I'd love to hear more about ${topic}.`,
        `Great chatting about ${topic}! What's the best way to reach you?`,
        `Let's stay in touch. What's your number?`,
      ]
    : [
        `Great chatting! What's the best way to reach you?`,
        `Let's stay in touch. What's your number?`,
        `Want to swap numbers?`,
        `I'd love to stay in touch. Can I get your number?`,
      ];
  const ask = pick(asks, seed, 21);
  return {
    leads: [pick(leads, seed, 22), pick(shortLeads, seed, 23), `${first}${shortTag}: get a number.`],
    drafts: [ask, `Let's stay in touch. What's your number?`].map(quoted),
    label: pick(SAY_LABELS, seed, 24),
    hints: [`Got it? Text "${first}: <number>". Or SNOOZE, SKIP.`, `Got it? Text "${first}: <number>".`, SHORT_HINT],
    bare: `Get a number for ${facts.name}${tag}.`,
  };
}

function line({ facts }: KindInput, level: number): string {
  const who = whoAt(facts, level);
  const tag = paren(facts.tag);
  const where = facts.place?.via
    ? `ask ${facts.place.via}`
    : facts.place?.to && facts.place.regular
      ? `ask next time ${facts.place.at}`
      : 'ask a mutual friend';
  return level === 2 ? `${who}${tag}: get a number` : `${who}${tag}: no number yet, ${where}`;
}

export const getContact: KindTemplate = { shape, line };
