// get-contact: no way to reach them yet. One path per text: ask someone who knows them (the friend they met through, a
// tie, a mutual friend; no line to say), or ask them in person where the user will see them again (with a line to say).
// Next: the first text once they have a number, a check-in if they had it; without one, the next contactless step.

import type { PersonForPlan } from '../../../domain/types';
import { soon } from '../../playbook/context';
import { isOneOff } from '../../playbook/met-place';
import { CHECK_IN_DAYS, contactlessNext, firstContact, type Planning, reach, type StepPlan } from '../../playbook/reach';
import { localParts } from '../../../domain/time';
import { paren, quoted } from '../phrasing';
import { pick } from '../pick';
import { type Datos, q, type SpanishInput, type SpanishLineInput } from '../spanish-words';
import { type KindDefinition, type KindInput, SAY_LABELS, type Shape, SHORT_HINT, whoAt } from './template';

/** The one path a text takes: ask someone who knows them (no line to say), or ask them in person (a line to say). */
function pathOf(input: KindInput): { via: string | null; at: string | null } {
  const { facts, subject } = input;
  // never circular: a tie the user cannot reach either is no path to their number
  const tie = subject.person.ties?.find((t) => t.name.trim().length > 0 && t.reachable !== false);
  if (facts.place?.via) return { via: facts.place.via, at: null };
  if (tie) return { via: tie.how ? `${tie.name} (${tie.how})` : tie.name, at: null };
  const recurring = subject.person.recurringPlace?.place.trim();
  if (recurring) return { via: null, at: recurring.replace(/^(at\s+)?/i, 'at ').replace(/^at (?!the )/i, 'at the ') };
  if (facts.place?.to && !isOneOff(subject.person.met)) return { via: null, at: facts.place.at };
  return { via: 'a mutual friend', at: null };
}

/** "today" or "tomorrow" when the nudge comes that close to their day at a recurring place; null otherwise. */
function soonAt(input: KindInput): 'today' | 'tomorrow' | null {
  const weekday = input.subject.person.recurringPlace?.weekday;
  if (weekday === undefined || !input.options) return null;
  const ahead = (weekday - localParts(input.options.now, input.options.zone).weekday + 7) % 7;
  return ahead === 0 ? 'today' : ahead === 1 ? 'tomorrow' : null;
}

function getContactShape(input: KindInput): Shape {
  const { facts, seed } = input;
  const { name, first, place } = facts;
  const tag = paren(facts.tag);
  const path = pathOf(input);
  const hints = [`Got it? Text "${first}: <number>". Or SNOOZE, SKIP.`, `Got it? Text "${first}: <number>".`, SHORT_HINT];
  if (path.via) {
    const leads = [
      `No number for ${name}${tag} yet: ask ${path.via} for it.`,
      `Step one with ${name}${tag}: a way to stay in touch, so ask ${path.via} for ${first}'s number.`,
      `Getting ${name}'s number${tag} is step one: ask ${path.via}.`,
      `${name}${tag}: no way to reach ${first} yet. Best bet: ask ${path.via}.`,
    ];
    return {
      leads: [pick(leads, seed, 22), `Ask ${path.via} for ${first}'s number.`, `${first}: get a number.`],
      drafts: [],
      label: '',
      hints,
      bare: `Get a number for ${facts.name}${tag} from ${path.via}.`,
    };
  }
  const at = path.at ?? 'where you met';
  const when = soonAt(input);
  const again = when
    ? [
        `You'll likely see ${name} ${at} ${when}: ask for ${first}'s number.`,
        `${name} is usually ${at} ${when}. Step one: ask for ${first}'s number.`,
        `No number for ${name} yet: ask ${at} ${when}.`,
      ]
    : place?.regular || input.subject.person.recurringPlace
      ? [
          `Next time you're ${at}, ask for ${first}'s number.`,
          `Step one with ${name}: a way to stay in touch. Next time you're ${at}, ask.`,
          `No number for ${name} yet: ask next time you're ${at}.`,
          `${name} will likely be ${at} again: get ${first}'s number then.`,
        ]
      : [
          `Going back ${at}? If ${name} is there, ask for ${first}'s number.`,
          `If you're ${at} again and see ${name}, ask for ${first}'s number.`,
          `No number for ${name} yet: if you're ${at} again, ask.`,
        ];
  const topic = facts.topicRef;
  const asks = topic
    ? [
        `I'd love to keep talking about ${topic}. Can I get your number?`,
        `Want to swap numbers? I'd love to hear more about ${topic}.`,
        `Great chatting about ${topic}! What's your number?`,
        `Let's keep this going! Can I get your number?`,
      ]
    : [`Let's stay in touch. What's your number?`, `Want to swap numbers?`, `I'd love to stay in touch. Can I get your number?`];
  return {
    leads: [pick(again, seed, 22), `Get ${first}'s number ${at}:`, `${first}: get a number.`],
    drafts: [pick(asks, seed, 21), `Let's stay in touch. What's your number?`].map(quoted),
    label: pick(SAY_LABELS, seed, 24),
    hints,
    bare: `Get ${facts.name}'s number ${at}.`,
  };
}

function getContactLine(input: KindInput, level: number): string {
  const { facts } = input;
  const who = whoAt(facts, level);
  const tag = paren(facts.tag);
  const path = pathOf(input);
  const when = soonAt(input);
  const where = path.via ? `ask ${path.via}` : when && path.at ? `ask ${path.at} ${when}` : `ask next time ${path.at ?? 'you meet'}`;
  return level === 2 ? `${who}${tag}: get a number` : `${who}${tag}: no number yet, ${where}`;
}

/** Asking for their number, in Spanish: also a first-follow-up's texts while there is no number. */
export function getContactEs(d: Datos, tag: string, seed: number): string[] {
  const where = d.place ? ` en ${d.place}` : '';
  const lead = pick([`No tienes el numero de ${d.name}${tag}.`, `Aun no tienes como escribirle a ${d.first}${tag}.`], seed, 47);
  return [
    `${lead} La proxima vez que se vean${where}, pideselo: ${q(`Me pasas tu numero? Me encantaria seguir en contacto.`)} Luego manda "${d.first}: <numero>".`,
    `${lead} La proxima vez que se vean${where}, pideselo. Luego manda "${d.first}: <numero>".`,
    `${lead} Pidele su numero la proxima vez.`,
  ];
}

/**
 * After a get-contact (and a say-hi away from a weekly place): without a number still, the next contactless step; else
 * a check-in once they had a first text, the first text otherwise.
 */
export function afterGetContact(person: PersonForPlan, ctx: Planning): StepPlan {
  if (!person.hasContact) return contactlessNext(person, ctx);
  return person.sentKinds.includes('first-follow-up') ? reach(person, 'check-in', CHECK_IN_DAYS[person.warmth], ctx) : firstContact(person, soon(ctx), ctx);
}

export const getContact: KindDefinition = {
  shape: getContactShape,
  line: getContactLine,
  spanish: {
    texts: ({ datos, tag, seed }: SpanishInput) => getContactEs(datos, tag, seed),
    line: ({ datos: { first }, about }: SpanishLineInput) => `pidele su numero a ${first}${about}`,
  },
  phrase: 'a reminder to get a number',
  pageLabel: 'Get the number of',
  warmNext: null,
  afterPlanWords: null,
  after: { done: afterGetContact, skip: afterGetContact },
};
