// deepen: they are warming up, so suggest something specific to do together (a group plan when it is lukewarm).
// In Spanish: a plan together (with another of their people when paired). Next: a check-in at their pace.

import { pastimeOf } from '../../activities';
import { ideaFor } from '../../ideas';
import { localParts, WEEKDAY_NAMES } from '../../../domain/time';
import type { PersonForPlan } from '../../../domain/types';
import { CHECK_IN_DAYS, type Planning, reach, type StepPlan } from '../../playbook/reach';
import { clipAt } from '../details';
import { firstName, paren, quoted } from '../phrasing';
import { pick } from '../pick';
import type { SpanishInput, SpanishLineInput, SpanishWording } from '../spanish-words';
import { DRAFT_LABELS, hintsFor, type KindDefinition, type KindInput, type Shape, whoAt } from './template';

/** The activity the text proposes: the one the playbook planned (`plan`), else one picked by seed. */
function ideaOf({ subject, seed }: KindInput) {
  const idea = ideaFor(subject.person, subject.group === true, seed);
  const planned = subject.plan?.what.trim();
  if (!planned || subject.plan?.cancelled) return idea;
  // the detail behind the planned activity: the interest of the same pastime, if one
  const kind = pastimeOf(planned);
  const because = kind === null ? '' : ([...subject.person.interests, ...subject.person.work].find((item) => pastimeOf(item) === kind) ?? '');
  return { activity: planned, because: planned === idea.activity ? idea.because : because };
}

function deepenShape(input: KindInput): Shape {
  const { facts, subject, seed, clip } = input;
  const { name, first } = facts;
  const idea = ideaOf(input);
  const because = idea.because ? clipAt(idea.because, clip) : facts.tag;
  const tag = paren(because);
  const activity = idea.activity;
  if (subject.pin) return pinShape(input);
  const regular = subject.person.recurringPlace;
  if (subject.group && regular?.place.trim()) return groupAtPlace(input, regular.place.trim(), regular.weekday);
  if (subject.group) {
    // hesitant, and nobody of theirs to bring along (a pair would have made it a bring-together): a low-key ask with an
    // easy out, never a made-up group ("a few of us are...") that names nobody
    const leads = [
      `No rush with ${name}${tag}: keep it low-key. A no-pressure ask for ${activity}, with an easy out.`,
      `Keep it easy with ${name}${tag}: a casual ask for ${activity}, no pressure.`,
      `Low-pressure idea for ${name}${tag}: ${activity}, whenever suits.`,
    ];
    const drafts = [
      `Hey ${first}! No pressure at all, but would you be up for ${activity} sometime?`,
      `Hi ${first}, if you're ever up for ${activity}, I'd love the company. No rush!`,
      `${first}, I've been meaning to do ${activity}. Fancy it sometime, no pressure?`,
    ];
    return {
      leads: [pick(leads, seed, 41), `No-pressure ask for ${first}${tag}:`, `${first}${tag}:`],
      drafts: [pick(drafts, seed, 42), `Up for ${activity} sometime, no pressure?`].map(quoted),
      label: pick(DRAFT_LABELS, seed, 43),
      hints: hintsFor(seed),
      bare: `Ask ${facts.name}${tag} to ${activity}, no pressure.`,
    };
  }
  const leads = [
    `${name} is warming up.${because ? ` ${first}'s into ${because}:` : ''} suggest ${activity}.`,
    `Next step with ${name}${tag}: ${activity}.`,
    `Time to make a plan with ${name}${tag}: ${activity}?`,
    `Things are going well with ${name}${tag}. How about ${activity}?`,
  ];
  // "a weekend dog walk this weekend" says it twice
  const week = /\bweek(end)?\b/i.test(activity) ? '' : ' this week';
  const weekend = /\bweek(end)?\b/i.test(activity) ? '' : ' this weekend';
  const drafts = [
    `Hey ${first}, up for ${activity}${week}?`,
    `${first}, want to do ${activity} sometime soon?`,
    `Hi ${first}! Would you be up for ${activity}${weekend}?`,
    `Hey ${first}, I'm thinking ${activity}${week}. You in?`,
    `${first}! Fancy ${activity} one of these days?`,
    `Hey ${first}, would you be up for ${activity}? Happy to work around your week.`,
  ];
  return {
    leads: [pick(leads, seed, 44), pick([`Invite ${first}${tag}:`, `Make a plan with ${first}${tag}:`, `Ask ${first}${tag}:`], seed, 45), `${first}${tag}:`],
    drafts: [pick(drafts, seed, 46), `Up for ${activity}?`].map(quoted),
    label: pick(DRAFT_LABELS, seed, 47),
    hints: hintsFor(seed),
    bare: `Suggest ${activity} to ${facts.name}${tag}.`,
  };
}

/** The day a pin proposes, as its draft says it: "Saturday", "Thursday evening", "next Saturday". */
function proposedDay(at: number, options: KindInput['options']): string {
  const target = localParts(at, options?.zone ?? 'UTC');
  const name = WEEKDAY_NAMES[target.weekday] ?? 'Saturday';
  const evening = target.weekday >= 1 && target.weekday <= 5 ? `${name} evening` : name;
  if (!options) return evening;
  const ahead = Math.round((at - options.now) / 86_400_000);
  return ahead >= 7 ? `next ${evening}` : evening;
}

/** They said yes to the invitation: pin a day before it drifts; with the activity and a day to offer when planned. */
function pinShape(input: KindInput): Shape {
  const { facts, seed, subject, options } = input;
  const { name, first } = facts;
  const tag = paren(facts.tag);
  const plan = subject.plan;
  const what = plan?.what.trim().replace(/^(a|an)\s+/i, 'the ');
  if (plan && what) {
    const day = proposedDay(plan.at, options);
    const Day = `${day.charAt(0).toUpperCase()}${day.slice(1)}`;
    const leads = [
      `${name} said yes to ${what}: offer ${day} before it drifts.`,
      `${name} is in for ${what}! Pin a day while it's fresh.`,
      `Good news from ${name}. Now pick a day for ${what}.`,
    ];
    // the lead names the plan; the words are a friend's, who both know what it is ("it", "this"), not its label
    const drafts = [
      `Hey ${first}, so glad you're up for it! Does ${day} work?`,
      `${first}! Let's make it happen. How's ${day} for you?`,
      `Hi ${first}, excited for this! Are you free ${day}?`,
      `Yay ${first}! Would ${day} work for you?`,
    ];
    return {
      leads: [pick(leads, seed, 48), `Pin a day with ${first} for ${what}:`, `${first}:`],
      drafts: [pick(drafts, seed, 49), `${Day} work for you, ${first}?`].map(quoted),
      label: pick(DRAFT_LABELS, seed, 50),
      hints: hintsFor(seed),
      bare: `Offer ${facts.name} ${day} for ${what}.`,
    };
  }
  const leads = [
    `${name}${tag} said yes: pin a day before it drifts.`,
    `${name}${tag} is in! Lock in a day while it's fresh.`,
    `Good news from ${name}${tag}. Now pick a day so it happens.`,
  ];
  const drafts = [
    `Hey ${first}, so glad you're up for it! Does Saturday or Sunday work?`,
    `${first}! Let's lock it in. When's good for you this week?`,
    `Hi ${first}, excited for this! How's Thursday evening, or is the weekend better?`,
  ];
  return {
    leads: [pick(leads, seed, 48), `Pin a day with ${first}:`, `${first}:`],
    drafts: [
      pick(drafts, seed, 49),
      pick([`So glad you're in, ${first}! When works?`, `${first}, which day suits you?`, `Yay ${first}! Pick a day?`], seed, 56),
    ].map(quoted),
    label: pick(DRAFT_LABELS, seed, 50),
    hints: hintsFor(seed),
    bare: `Pin a day with ${facts.name}${tag}.`,
  };
}

/** Someone hesitant the user sees every week: a small group right where they already meet (classmates, the club). */
function groupAtPlace({ facts, seed, options }: KindInput, place: string, weekday: number | undefined): Shape {
  const { name, first } = facts;
  const where = place.replace(/^(at|in)\s+/i, '');
  const today = options ? localParts(options.now, options.zone).weekday : null;
  const day = weekday === undefined ? '' : weekday === today ? ' today' : ` on ${WEEKDAY_NAMES[weekday]}`;
  const leads = [
    `${name} is slow to warm up: a small group is easy to say yes to. Ask one or two others from ${where} for coffee after${day}, then ${first}.`,
    `No pressure with ${name}: line up a couple of others from ${where} for coffee after${day}, then ask ${first} too.`,
    `Keep it low-key with ${name}: a group coffee after ${where}${day}. Ask a couple of others there first, then ${first}.`,
  ];
  // said to them there, honestly: the user asks the others too (never "a few of us are..." before anyone is)
  const drafts = [
    `Coffee after ${where}${day}, ${first}? I'm asking a couple of the others too.`,
    `${first}, want to grab a bite after ${where}${day}? I'll see who else is up for it.`,
  ];
  return {
    leads: [pick(leads, seed, 57), `Group plan with ${first} (${where}):`, `${first}:`],
    drafts: [pick(drafts, seed, 58), `Coffee after ${where}? I'm asking a few others too.`].map(quoted),
    label: pick(DRAFT_LABELS, seed, 59),
    hints: hintsFor(seed),
    bare: `Invite ${facts.name} to a group coffee after ${where}.`,
  };
}

function deepenLine(input: KindInput, level: number): string {
  const { facts, subject, clip } = input;
  const who = whoAt(facts, level);
  const idea = ideaOf(input);
  const because = paren(idea.because ? clipAt(idea.because, clip) : facts.tag);
  const plan = subject.group ? `a no-pressure ask for ${idea.activity}` : `suggest ${idea.activity}`;
  if (level === 0) return `${who}${because}: ${plan}, "Up for ${idea.activity}?"`;
  return `${who}${because}: ${plan}`;
}

function planTogetherEs({ subject, datos: d, tag, texts }: SpanishInput): string[] {
  const { first } = d;
  const pair = subject.pair ? firstName(subject.pair.name) : null;
  if (pair && subject.pair) {
    const lead = `${first} y ${pair} comparten ${subject.pair.shared}: un plan con los dos?`;
    return texts(lead, [
      `Hola ${first}! Voy a juntarme con ${pair}, que tambien es de ${subject.pair.shared}. Te animas a venir?`,
      `Hola ${first}! Te animas a un plan con ${pair}?`,
    ]);
  }
  const lead = subject.group ? `Sin prisa con ${first}${tag}: algo tranquilo, sin compromiso.` : `Siguiente paso con ${first}${tag}: un plan juntos.`;
  const drafts = subject.group
    ? [
        `Hola ${first}! Sin compromiso, te animarias${d.topic ? ` a algo de ${d.topic}` : ' a un cafe'} un dia de estos?`,
        `Hola ${first}! Cuando quieras${d.topic ? ` hacemos algo de ${d.topic}` : ' vamos por un cafe'}, sin prisa.`,
      ]
    : d.topic
      ? [`Hola ${first}! Te late hacer algo de ${d.topic} juntos un dia de estos?`, `${first}, vamos por un cafe esta semana?`]
      : [`${first}, vamos por un cafe esta semana?`];
  return texts(lead, drafts);
}

/** A plan together in Spanish, one-to-one, in a group or with another of their people: also a bring-together's words. */
export const planTogetherSpanish: SpanishWording = {
  texts: planTogetherEs,
  line: ({ datos: { first }, about }: SpanishLineInput) => `proponle un plan a ${first}${about}`,
};

/** After something together (or a moment, a plan, a give): a check-in at their pace. */
export function checkInAtPace(person: PersonForPlan, ctx: Planning): StepPlan {
  return reach(person, 'check-in', CHECK_IN_DAYS[person.warmth], ctx);
}

export const deepen: KindDefinition = {
  shape: deepenShape,
  line: deepenLine,
  spanish: planTogetherSpanish,
  phrase: 'an idea to do something together',
  pageLabel: 'Make a plan with',
  warmNext: null,
  afterPlanWords: (n) => `I'll suggest the next plan${n ? ` with ${n}` : ''}`,
  after: { done: checkInAtPace, skip: checkInAtPace },
};
