// bring-together: two of the user's people share an interest or a place: a small group plan with both, or (a place
// they both go to) an introduction there, which needs no number.
// In Spanish: as a deepen, a plan with both. Next: a check-in at their pace.

import { suggestGroup } from '../../activities';
import { bothLine } from '../../playbook/pairs';
import { quoted } from '../phrasing';
import { pick } from '../pick';
import { checkInAtPace, deepen, planTogetherSpanish } from './deepen';
import { DRAFT_LABELS, hintsFor, type KindDefinition, type KindInput, type Shape, whoAt } from './template';

function bringTogetherShape(input: KindInput): Shape {
  const { facts, subject, seed } = input;
  const pair = subject.pair;
  if (!pair) return deepen.shape({ ...input, subject: { ...subject, group: true } });
  const { first } = facts;
  const other = pair.name.trim().split(/\s+/)[0] ?? pair.name;
  const both = bothLine(facts.name, other, pair.shared, pair.place === true);
  const shortBoth = bothLine(first, other, pair.shared, pair.place === true);
  if (pair.place || !facts.hasContact) {
    const leads = [
      `${both}. Next time you see them there, introduce them: a third person makes it easy.`,
      `${both}: next time you're there, say hi to both and introduce them.`,
    ];
    return {
      leads: [pick(leads, seed, 111), `${shortBoth}: introduce them.`, `${first} and ${other}: introduce them.`],
      drafts: [],
      label: '',
      hints: hintsFor(seed),
      bare: `${shortBoth}: introduce them.`,
    };
  }
  const activity = subject.plan?.what.trim() || suggestGroup([pair.shared], seed).activity;
  if (pair.joined) return joining(input, other, activity, shortBoth);
  const leads = [
    `${both}: invite them both to ${activity}?`,
    `Bring ${facts.name} and ${other} together? ${shortBoth.replace(`${first} and ${other} `, 'They ')}. Try ${activity}.`,
    `${both}. A small group plan is easy: ${activity}.`,
  ];
  const drafts = [
    `Hey ${first}, my friend ${other} and I are doing ${activity} this weekend. Want to join?`,
    `${first}! I'm getting ${other} together for ${activity}. You two would get on. Come along?`,
    `Hi ${first}, want to join me and my friend ${other} for ${activity} this weekend?`,
  ];
  return {
    leads: [pick(leads, seed, 112), `Invite ${first} and ${other}:`, `${first} + ${other}:`],
    drafts: [pick(drafts, seed, 113), `Want to join ${other} and me for ${activity}?`].map(quoted),
    label: pick(DRAFT_LABELS, seed, 114),
    hints: hintsFor(seed),
    bare: `${shortBoth}: invite them both to ${activity}.`,
  };
}

/** The other one said yes already: invite this one into that plan, naming who is coming and why they fit. */
function joining({ facts, seed }: KindInput, other: string, activity: string, shortBoth: string): Shape {
  const { first, name } = facts;
  const the = activity.replace(/^(a|an)\s+/i, 'the ');
  const leads = [
    `${other} is in for ${the}, and ${shortBoth}: invite ${first} too.`,
    `${shortBoth}, and ${other} said yes to ${the}. Bring ${name} in:`,
    `Make it a group: ${other} is in for ${the}. Ask ${first} along.`,
  ];
  const drafts = [
    `Hey ${first}, ${other} and I are doing ${activity} soon. You'd get on, want to join us?`,
    `${first}! My friend ${other} and I are planning ${activity}. You should come!`,
    `Hi ${first}, ${other} and I are getting ${activity} together. Want in?`,
  ];
  return {
    leads: [pick(leads, seed, 115), `Invite ${first} to ${the} with ${other}:`, `${first} + ${other}:`],
    drafts: [pick(drafts, seed, 116), `${other} and I are doing ${activity}. Join us, ${first}?`].map(quoted),
    label: pick(DRAFT_LABELS, seed, 117),
    hints: hintsFor(seed),
    bare: `Invite ${name} to ${the} with ${other}.`,
  };
}

function bringTogetherLine(input: KindInput, level: number): string {
  const { facts, subject } = input;
  const pair = subject.pair;
  if (!pair) return deepen.line(input, level);
  const who = whoAt(facts, level);
  const other = pair.name.trim().split(/\s+/)[0] ?? pair.name;
  if (pair.place || !facts.hasContact) return `${who} + ${other}: both at ${pair.shared.replace(/^(the|at the|at)\s+/i, '')}, introduce them`;
  return `${who} + ${other}: both into ${pair.shared}, invite both to ${subject.plan?.what.trim() || suggestGroup([pair.shared], input.seed).activity}`;
}

export const bringTogether: KindDefinition = {
  shape: bringTogetherShape,
  line: bringTogetherLine,
  spanish: planTogetherSpanish,
  phrase: 'an idea for a small group plan',
  pageLabel: 'Bring together',
  warmNext: 'suggest a small group plan',
  afterPlanWords: (n) => `I'll suggest a small group plan${n ? ` with ${n}` : ''}`,
  after: { done: checkInAtPace, skip: checkInAtPace },
};
