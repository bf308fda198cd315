// Replies that steer a person's plan: done, snooze, skip, how it went, keep, forget.
import { hasContact, toPlanInput, windowOf, type Person } from '../../db/rows';
import { detailOf } from '../../db/nudges';
import { isDone, isPending } from '../../db/states';
import { nameKey } from '../../understand/note-person';
import { joinerInvite, personAfter } from '../../coach/playbook';
import * as replies from '../replies';
import * as es from '../replies/steering-es';
import { askWhoToSteer } from '../replies';
import { snoozeLanding } from '../../domain/schedule';
import type { NudgeKind, PersonPlan, PlannedNudge, PlanTrigger } from '../../domain/types';
import type { Command, Target } from '../../understand/types';
import { lastNudgePeople } from '../pending';
import { latestSentOf, peopleByIds, pendingNudgeOf, personById, type Snapshot } from '../snapshot';
import { forget } from './forget';
import { PLANS_KEPT } from './story';
import { replan, statedStep, type StatedStep } from './plan';
import { personByTheirEvent, personNamed, type Resolved } from './resolve';
import { reply, setPending, type Outcome, type Turn } from './turn';
import { beforePerson, recordUndo } from './undo';

export type SteeringIntent = Extract<Command, { kind: 'done' | 'snooze' | 'skip' | 'update' }>;

/** Which person a steering reply is about: its target, else the latest nudge's only person, else ask. */
function resolveTarget(turn: Turn, intent: SteeringIntent): Resolved {
  const target: Target | undefined = intent.target;
  const { snapshot, user, now } = turn;
  const recent = lastNudgePeople(user, now);
  if (target?.name) {
    const named = personNamed(turn, target.name);
    if ('person' in named || recent.length === 0) return named;
    const key = nameKey(target.name);
    const inRecent = peopleByIds(snapshot, recent).filter((p) => nameKey(p.name).startsWith(key));
    return inRecent[0] ? { person: inRecent[0] } : named;
  }
  if (target?.index !== undefined) {
    const id = recent[target.index - 1];
    const person = id === undefined ? null : personById(snapshot, id);
    if (person) return { person };
  }
  // "went to her show, she was thrilled": the person whose show it was, even when the latest nudge was about someone else
  const byEvent = intent.kind === 'update' || intent.kind === 'done' ? personByTheirEvent(snapshot.people, turn.text, recent) : null;
  if (byEvent) return { person: byEvent };
  const only = recent.length === 1 ? personById(snapshot, recent[0] ?? 0) : null;
  if (only) return { person: only };
  if (recent.length > 1) {
    const people = peopleByIds(snapshot, recent);
    // a snooze lands now, while "3 days" still reads as a duration from this text's time
    const asked =
      intent.kind === 'snooze'
        ? { kind: intent.kind, until: snoozeLanding(intent.until, now, user.timeZone, windowOf(user)) }
        : intent.kind === 'update'
          ? { kind: intent.kind, warmth: intent.warmth, text: intent.text }
          : { kind: intent.kind };
    setPending(turn, { type: 'which', intent: asked, personIds: people.map((p) => p.id) });
    // two of one name are told apart by where they met: "1) Sarah (yoga) 2) Sarah (bakery)"
    const shared = (p: Person) => people.filter((other) => other.nameKey === p.nameKey).length > 1;
    return { outcome: reply(replies.whichPerson(people.map((p) => (p.met && shared(p) ? `${p.name} (${p.met})` : p.name)))) };
  }
  // no nudge out to answer ("snoze 2 days" right after a note): say so, and what comes next
  if (intent.kind !== 'update') return { outcome: reply(replies.nothingDueYet(intent.kind, nextDue(turn), now, user.timeZone)) };
  return { outcome: reply(askWhoToSteer(intent.kind)) };
}

/** The soonest pending nudge, with whom it is about, as a reply states it; null when nothing is planned. */
export function nextDue(turn: Turn): { name: string; step: StatedStep } | null {
  const due = turn.snapshot.nudges.filter(isPending).sort((a, b) => a.dueAt - b.dueAt)[0];
  const person = due ? personById(turn.snapshot, due.personId) : null;
  return due && person ? { name: person.name, step: statedStep(turn, { kind: due.kind, dueAt: due.dueAt }) } : null;
}

/** Applies done / snooze / skip / how-it-went to the right person. */
export function steer(turn: Turn, intent: SteeringIntent): Outcome {
  const resolved = resolveTarget(turn, intent);
  if ('outcome' in resolved) return resolved.outcome;
  return steerPerson(turn, intent, resolved.person);
}

export function steerPerson(turn: Turn, intent: SteeringIntent, person: Person): Outcome {
  const { user, now } = turn;
  const zone = user.timeZone;
  const before = beforePerson(turn, person);
  switch (intent.kind) {
    case 'done': {
      // DONE on a step to get their number: no "how did it go", the number is what is missing
      // ("texted jake", "called her": they reached them some other way, so how it went comes first)
      const reached = /\b(?:text|texted|txt|txted|messag\w*|msg|msgd|dm|dmd|dmed|called|rang|emailed|wrote)\b/i.test(turn.text);
      const askNumber = latestSentOf(turn.snapshot, person.id)?.kind === 'get-contact' && !hasContact(person.contacts) && !reached;
      turn.changes.push({ type: 'updatePerson', personId: person.id, patch: { lastContactAt: now } }, { type: 'finishSentNudges', personId: person.id });
      replan(turn, { ...person, lastContactAt: now }, { type: 'done' });
      if (!askNumber) setPending(turn, { type: 'how', personId: person.id });
      recordUndo(turn, `${person.name} marked done`, before);
      const sent = latestSentOf(turn.snapshot, person.id)?.kind;
      // a hello at their place, or their event without a number: they saw them, they did not text them
      const inPerson = sent === 'say-hi' || (sent === 'their-moment' && !hasContact(person.contacts));
      const previous = turn.snapshot.recentReplies ?? turn.snapshot.lastReply;
      if (turn.language === 'es') {
        if (askNumber) return reply(es.doneGetContactEs(person.name));
        return reply(inPerson ? es.doneInPersonEs(person.name) : es.doneReplyEs(person.name, previous));
      }
      if (askNumber) return reply(replies.doneGetContact(person.name));
      return reply(inPerson ? replies.doneInPerson(person.name) : replies.doneReply(person.name, previous));
    }
    case 'snooze': {
      const until = snoozeLanding(intent.until, now, zone, windowOf(user));
      const again = snoozedNudge(turn.snapshot, person.id, lastNudgePeople(user, now));
      const snoozed: PlannedNudge = { ...(again ? detailOf(again) : {}), kind: again?.kind ?? 'check-in', dueAt: until };
      turn.changes.push({ type: 'cancelNudges', personId: person.id }, { type: 'planNudge', personId: person.id, nudge: snoozed });
      recordUndo(turn, `${person.name} snoozed`, before);
      if (turn.language === 'es') return reply(es.snoozedEs(person.name, statedStep(turn, snoozed), now, zone));
      return reply(replies.snoozed(person.name, statedStep(turn, snoozed), now, zone));
    }
    case 'skip': {
      const next = replan(turn, person, { type: 'skip' });
      recordUndo(turn, `${person.name} skipped`, before);
      return reply(turn.language === 'es' ? es.skippedEs(person.name, next, now, zone) : replies.skipped(person.name, next, now, zone));
    }
    case 'update': {
      const answered = latestSentOf(turn.snapshot, person.id);
      const proposed = answered && (answered.kind === 'deepen' || answered.kind === 'bring-together') ? detailOf(answered) : null;
      // a yes to a day offered for the activity ("Does Saturday work for the sketch session?"): that is the plan,
      // followed up the morning after it, never asked about again
      if (intent.warmth === 'warm' && proposed?.pin && proposed.plan) return planAgreed(turn, person, proposed.plan, before);
      const trigger: PlanTrigger =
        proposed?.plan && !proposed.pin ? { type: 'response', warmth: intent.warmth, proposal: proposed.plan } : { type: 'response', warmth: intent.warmth };
      turn.changes.push({ type: 'updatePerson', personId: person.id, patch: personAfter(person, trigger) });
      setPending(turn, null);
      const next = replan(turn, person, trigger);
      if (intent.warmth === 'warm' && answered?.kind === 'bring-together' && proposed?.pair) inviteTheOtherSide(turn, person, proposed);
      recordUndo(turn, `how it went with ${person.name}`, before);
      const previous = turn.snapshot.recentReplies ?? turn.snapshot.lastReply;
      if (turn.language === 'es') return reply(es.updateReplyEs(person.name, intent.warmth, next, now, zone, previous));
      // the answer to "how was coffee?": how the plan went paces what comes next
      if (latestSentOf(turn.snapshot, person.id)?.kind === 'plan-follow-up')
        return reply(replies.planWent(person.name, intent.warmth, next, now, zone, previous));
      return reply(replies.updateReply(person.name, intent.warmth, next, now, zone, previous));
    }
  }
}

/**
 * A yes to a bring-together ("Omar's in for the climbing night"): the other one (Sarah) is invited into that plan next,
 * naming Omar, in place of her routine pending step.
 */
function inviteTheOtherSide(turn: Turn, host: Person, detail: ReturnType<typeof detailOf>): void {
  const pair = detail.pair;
  if (!pair || pair.place || pair.need || pair.joined) return;
  const key = nameKey(pair.name);
  const other = turn.snapshot.people.find((p) => p.id !== host.id && !p.muted && (p.nameKey === key || p.nameKey.split(' ')[0] === key.split(' ')[0]));
  if (!other) return;
  const pending = pendingNudgeOf(turn.snapshot, other.id);
  const { now, user } = turn;
  const invite = joinerInvite(
    toPlanInput(other),
    { name: host.name, shared: pair.shared, ...(detail.plan ? { plan: detail.plan } : {}) },
    (pending?.kind as NudgeKind | undefined) ?? null,
    now,
    user.timeZone,
    windowOf(user),
  );
  if (!invite) return;
  turn.changes.push(
    { type: 'cancelNudges', personId: other.id, only: { kinds: ['check-in', 'deepen', 'say-hi'] } },
    { type: 'planNudge', personId: other.id, nudge: invite },
  );
}

/** They said yes to the day offered: the plan is stored (a contact, warm), and its follow-up comes the morning after. */
function planAgreed(turn: Turn, person: Person, offered: PersonPlan, before: ReturnType<typeof beforePerson>): Outcome {
  const { now, user } = turn;
  // "a life drawing class" offered is "the life drawing class" agreed: "How was the life drawing class with Lena?"
  const stored: PersonPlan = { what: offered.what.trim().replace(/^(a|an)\s+/i, 'the '), at: offered.at };
  const patch = {
    ...personAfter(person, { type: 'response', warmth: 'warm' }),
    plans: [...(person.plans ?? []), stored].slice(-PLANS_KEPT),
    lastContactAt: now,
  };
  turn.changes.push({ type: 'updatePerson', personId: person.id, patch });
  setPending(turn, null);
  const next = replan(turn, { ...person, ...patch }, { type: 'plan' });
  recordUndo(turn, `plan with ${person.name}`, before);
  if (turn.language === 'es')
    return reply(es.updateReplyEs(person.name, 'warm', next, now, user.timeZone, turn.snapshot.recentReplies ?? turn.snapshot.lastReply));
  return reply(replies.planNoted(person.name, stored, next, now, user.timeZone));
}

/**
 * What a snooze brings back: the nudge just sent about them while it is unanswered (the latest nudge text named them),
 * else the pending one, else the last one sent.
 */
function snoozedNudge(snapshot: Snapshot, personId: number, recent: number[]) {
  const latest = latestSentOf(snapshot, personId);
  const pending = pendingNudgeOf(snapshot, personId);
  const unanswered = latest && !isDone(latest) && recent.includes(personId);
  return (unanswered ? latest : (pending ?? latest)) ?? null;
}

export function keepPerson(turn: Turn, name: string | undefined): Outcome {
  let person: Person | null = null;
  if (name) {
    const named = personNamed(turn, name);
    if ('outcome' in named) return named.outcome;
    person = named.person;
  } else {
    const recent = lastNudgePeople(turn.user, turn.now);
    if (recent.length === 1) person = personById(turn.snapshot, recent[0] ?? 0);
  }
  if (!person) return reply(replies.keepNeedsName());
  const before = beforePerson(turn, person);
  const patch = { ...personAfter(person, { type: 'keep' }), ...(person.muted ? { muted: false } : {}) };
  turn.changes.push({ type: 'updatePerson', personId: person.id, patch });
  const next = replan(turn, { ...person, muted: false }, { type: 'keep' });
  recordUndo(turn, `kept ${person.name}`, before);
  return reply(replies.kept(person.name, next, turn.now, turn.user.timeZone));
}

export function forgetPerson(turn: Turn, name: string): Outcome {
  const named = personNamed(turn, name);
  if ('outcome' in named) return named.outcome;
  return forget(turn, named.person);
}
