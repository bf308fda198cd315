// The activity an invitation proposes (deepen, bring-together): one not planned with them already, stable per person
// and invitation; a group ask at their weekly place is coffee after it; an interest pair's, a group activity.

import type { PersonForPlan } from '../../domain/types';
import { suggestGroup } from '../activities';
import { ideaFor } from '../ideas';
import type { StepPlan } from './reach';

/** Stable per person and invitation: the same person gets a new idea with each invitation, not with each send. */
function ideaSeed(person: PersonForPlan): number {
  let hash = person.sentKinds.length * 7919;
  for (const char of person.name) hash = (hash * 31 + char.charCodeAt(0)) % 1_000_003;
  return hash;
}

/** An activity not planned with them already: the same "synth shop browse" twice reads like a form letter. */
function freshIdea(person: PersonForPlan, group: boolean, seed: number): string {
  const done = new Set(
    (person.plans ?? []).map((plan) =>
      plan.what
        .trim()
        .toLowerCase()
        .replace(/^(a|an|the)\s+/, ''),
    ),
  );
  let first = '';
  for (let tries = 0; tries < 8; tries++) {
    const { activity } = ideaFor(person, group, seed + tries * 104_729);
    if (!first) first = activity;
    if (!done.has(activity.toLowerCase().replace(/^(a|an|the)\s+/, ''))) return activity;
  }
  return first;
}

/** An invitation with the activity it proposes (`plan`), so the pin and the follow-up can name it. */
export function withProposal(person: PersonForPlan, chosen: StepPlan): StepPlan {
  if (chosen.plan || chosen.pin || (chosen.kind !== 'deepen' && chosen.kind !== 'bring-together')) return chosen;
  const seed = ideaSeed(person);
  const place = person.recurringPlace?.place.trim().replace(/^(at|in)\s+/i, '');
  const what =
    chosen.kind === 'bring-together'
      ? chosen.pair && !chosen.pair.place && person.hasContact
        ? suggestGroup([chosen.pair.shared], seed).activity
        : null
      : chosen.group && place
        ? `coffee after ${place}`
        : freshIdea(person, chosen.group === true, seed);
  return what ? { ...chosen, plan: { what, at: chosen.dueAt } } : chosen;
}
