// Test helper: a scripted month of coaching at the domain level. Nine people (warm, slow, silent, without a number, two
// who share an interest, one at a weekly place, one with news, one who cancels, one with a show), the user's notes and
// replies on a fixed timeline, a cron every 15 minutes; every text Kindling would send, with what it was about.
// Pure: no clock but the script's; runMonth() returns the transcript and the records the test checks.

import { DEFAULT_WINDOW, HOUR, MINUTE } from '../../src/domain/constants';
import { composeNudge } from '../../src/coach/compose';
import { doneGetContact, doneReply, newsNoted, planCancelled, planNoted, planWent, snoozed, updateReply } from '../../src/conversation/replies';
import { composeCaptureConfirmation } from '../../src/conversation/replies/capture';
import { addedNote } from '../../src/conversation/replies/capture';
import { localParts, MONTH_ABBREVIATIONS, zonedToUtc } from '../../src/domain/time';
import type { Millis, NudgeKind, NudgeSubject, PersonForPlan, PersonPlan, PlannedNudge, PlanTrigger, Warmth } from '../../src/domain/types';
import { afterSent, contactAfter, findPairs, holdPersonNudges, pairSidesFor, personAfter, planNext } from '../../src/coach/playbook';

export const ZONE = 'America/New_York';
export const WINDOW = DEFAULT_WINDOW;
const local = (month: number, day: number, hour: number, minute = 0) => zonedToUtc({ year: 2026, month, day, hour, minute }, ZONE);
/** Monday Oct 19 2026, 09:00 in New York; the month runs past the end of daylight saving time (Nov 1). */
export const START = local(10, 19, 9);
export const END = local(11, 19, 21);

type NewPerson = Omit<PersonForPlan, 'metAt' | 'warmth' | 'silences' | 'kept' | 'sentKinds' | 'celebratedEvents'>;
type Reply = 'done' | 'skip' | { snoozeDays: number } | { warmth: Exclude<Warmth, 'unknown'> };

/** What the user texts, when. */
type Action =
  | { at: Millis; type: 'capture'; text: string; person: NewPerson }
  | { at: Millis; type: 'plan'; text: string; name: string; plan: PersonPlan }
  | { at: Millis; type: 'cancel'; text: string; name: string }
  | { at: Millis; type: 'news'; text: string; name: string; news: string }
  | { at: Millis; type: 'contact'; text: string; name: string }
  | { at: Millis; type: 'move'; text: string; name: string; to: string; on: string }
  | { at: Millis; type: 'reply'; text: string; name: string; reply: Reply };

/** The role each person plays in the script, and how the user answers their nudges: [delay, reply, words] in order. */
interface Role {
  situation: string;
  /** after DONE on a get-contact step, the user texts their number */
  learnsNumber?: boolean;
  answer: (kind: NudgeKind, nth: number) => [Millis, Reply, string][];
}

const doneThen =
  (warmth: Exclude<Warmth, 'unknown'>, words: string) =>
  (kind?: NudgeKind): [Millis, Reply, string][] =>
    kind === 'plan-follow-up'
      ? [[40 * MINUTE, { warmth }, warmth === 'warm' ? 'so fun, we stayed till midnight' : 'it was ok']]
      : [
          [20 * MINUTE, 'done', 'done'],
          [3 * HOUR, { warmth }, words],
        ];

export const ROLES: Record<string, Role> = {
  Sarah: { situation: 'warm', answer: doneThen('warm', 'she wrote back right away') },
  Omar: {
    situation: 'shares an interest with Sarah',
    answer: (kind) =>
      kind === 'plan-follow-up' ? [[40 * MINUTE, { warmth: 'warm' }, 'so good, we talked for 2 hours']] : doneThen('warm', 'he replied, keen')(),
  },
  Jake: { situation: 'slow', answer: doneThen('lukewarm', 'he replied a day later, short') },
  Dana: {
    situation: 'silent',
    answer: (kind) =>
      kind === 'let-go'
        ? []
        : [
            [15 * MINUTE, 'done', 'sent'],
            [26 * HOUR, { warmth: 'none' }, 'no answer yet'],
          ],
  },
  Marcus: {
    situation: 'no number',
    learnsNumber: true,
    answer: (kind, nth) =>
      kind === 'get-contact' && nth === 1
        ? [[10 * MINUTE, { snoozeDays: 3 }, 'snooze 3 days']]
        : kind === 'get-contact'
          ? [[30 * MINUTE, 'done', 'done']]
          : doneThen('warm', 'he answered, loves the idea')(),
  },
  Ben: { situation: 'weekly place (the pool, Saturdays 11am)', answer: doneThen('warm', 'we chatted for ages') },
  Omid: { situation: 'news', answer: doneThen('warm', 'he wrote back thanks!!') },
  Nina: { situation: 'cancels', answer: doneThen('warm', 'she said yes') },
  Lena: { situation: 'no number, her show', answer: () => [[2 * HOUR, 'done', 'done']] },
};

export const ACTIONS: Action[] = [
  {
    at: local(10, 19, 21, 30),
    type: 'capture',
    text: 'Met Sarah at the climbing gym tonite, into bouldering, runs a pottery studio 917-555-0100',
    person: { name: 'Sarah', met: 'climbing gym tonite', interests: ['bouldering'], work: ['runs a pottery studio'], hasContact: true, events: [] },
  },
  {
    at: local(10, 20, 23, 10),
    type: 'capture',
    text: 'Marcus at the jazz bar, big into jazz, no number',
    person: { name: 'Marcus', met: 'jazz bar', interests: ['jazz'], work: [], hasContact: false, events: [] },
  },
  {
    at: local(10, 21, 20, 15),
    type: 'capture',
    text: 'Omar from the bouldering meetup, climbs, coffee nerd 646-555-0101',
    person: { name: 'Omar', met: 'bouldering meetup', interests: ['climbing', 'coffee'], work: [], hasContact: true, events: [] },
  },
  {
    at: local(10, 22, 18),
    type: 'capture',
    text: 'Jake from run club, trail running 347-555-0102',
    person: { name: 'Jake', met: 'run club', interests: ['trail running'], work: [], hasContact: true, events: [] },
  },
  {
    at: local(10, 22, 18, 5),
    type: 'capture',
    text: 'Dana at the design conference, UX researcher 718-555-0103',
    person: { name: 'Dana', met: 'design conference', interests: [], work: ['UX researcher'], hasContact: true, events: [] },
  },
  {
    at: local(10, 23, 12),
    type: 'capture',
    text: 'Ben at the pool, his dog Waffles, we swim saturdays at 11 917-555-0104',
    person: {
      name: 'Ben',
      met: 'the pool',
      interests: ['dog Waffles', 'dogs'],
      work: [],
      hasContact: true,
      events: [],
      recurringPlace: { place: 'the pool', weekday: 6, time: 11 },
    },
  },
  {
    at: local(10, 24, 17),
    type: 'capture',
    text: 'Omid at the founder dinner, building a fintech startup 212-555-0105',
    person: { name: 'Omid', met: 'founder dinner', interests: [], work: ['fintech startup'], hasContact: true, events: [] },
  },
  {
    at: local(10, 25, 20),
    type: 'capture',
    text: 'Nina from salsa class, also trail running 929-555-0106',
    person: { name: 'Nina', met: 'salsa class', interests: ['salsa', 'trail running'], work: [], hasContact: true, events: [] },
  },
  {
    at: local(10, 26, 19),
    type: 'capture',
    text: 'Lena at the gallery, painter, her first solo show opens nov 7',
    person: {
      name: 'Lena',
      met: 'gallery',
      interests: ['painting'],
      work: [],
      hasContact: false,
      events: [{ what: 'first solo show opening', on: '2026-11-07' }],
    },
  },
  { at: local(10, 28, 13), type: 'plan', text: 'omar said yes to coffee friday!!', name: 'Omar', plan: { what: 'coffee', at: local(10, 30, 15) } },
  { at: local(10, 29, 9, 30), type: 'news', text: 'omid closed his round!!', name: 'Omid', news: 'closed his round' },
  { at: local(10, 30, 12), type: 'move', text: 'Jake: moving to Denver Nov 24', name: 'Jake', to: 'Denver', on: '2026-11-24' },
  { at: local(11, 2, 18), type: 'plan', text: 'lunch with nina wednesday', name: 'Nina', plan: { what: 'lunch', at: local(11, 4, 12, 30) } },
  { at: local(11, 3, 20), type: 'cancel', text: 'nina cancelled lunch, something came up', name: 'Nina' },
  {
    at: local(11, 5, 19),
    type: 'plan',
    text: 'sarah invited me to her bday drinks w her friends friday',
    name: 'Sarah',
    plan: { what: 'her birthday drinks', at: local(11, 6, 20), withGroup: true },
  },
];

export interface SentNudge {
  at: Millis;
  text: string;
  subjects: { kind: NudgeKind; name: string; hasContact: boolean; situation: string; subject: NudgeSubject; silences: number; pairs: number }[];
}

export interface SentReply {
  at: Millis;
  text: string;
  previous: string | null;
  about: string;
}

interface Tracked {
  person: PersonForPlan;
  pending: PlannedNudge | null;
  kindsSeen: Map<NudgeKind, number>;
  lastKind: NudgeKind | null;
}

function stamp(ms: Millis): string {
  const p = localParts(ms, ZONE);
  const day = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'][p.weekday];
  return `${day} ${MONTH_ABBREVIATIONS[p.month - 1]} ${String(p.day).padStart(2, ' ')} ${String(p.hour).padStart(2, '0')}:${String(p.minute).padStart(2, '0')}`;
}

function seedOf(text: string): number {
  return [...text].reduce((h, char) => Math.imul(h ^ char.charCodeAt(0), 16777619) >>> 0, 2166136261);
}

function subjectOf(tracked: Tracked, nudge: PlannedNudge): NudgeSubject {
  const { person } = tracked;
  const subject: NudgeSubject = { kind: nudge.kind, person };
  if (nudge.event) subject.event = nudge.event;
  if (nudge.group) subject.group = true;
  if (nudge.plan) subject.plan = nudge.plan;
  if (nudge.give) subject.give = nudge.give;
  if (nudge.pair) subject.pair = nudge.pair;
  return subject;
}

/**
 * Runs the month: the transcript (one line per text, with the kind and person of each nudge) and what was sent.
 * @example runMonth().nudges.length // every nudge the month sent
 */
export function runMonth(): { transcript: string; nudges: SentNudge[]; replies: SentReply[] } {
  const people = new Map<string, Tracked>();
  const lines: string[] = [
    `Kindling, a scripted month at the domain level (${ZONE}, texts 9am-8pm, nudges at 10am). Regenerated by coaching-month.test.ts.`,
    '',
  ];
  const nudges: SentNudge[] = [];
  const replies: SentReply[] = [];
  /** the last acknowledgement sent (DONE praise, how it went): the next one must not open the same way */
  let previousAck: string | null = null;
  const queue: Action[] = [...ACTIONS];
  const say = (at: Millis, from: string, text: string) =>
    lines.push(`${stamp(at)}  ${from.padEnd(8)}  ${text.replaceAll('\n', '\n                          ')}`);
  const pairsFor = (name: string, now: Millis) =>
    pairSidesFor(
      name,
      findPairs(
        [...people.values()].map((t) => t.person),
        now,
        ZONE,
      ),
    );
  const reply = (at: Millis, about: string, text: string, ack = false) => {
    replies.push({ at, text, previous: ack ? previousAck : null, about });
    if (ack) previousAck = text;
    say(at, 'Kindling', text);
  };
  // planNext reads the person before the trigger (a silence not yet counted); the stored person is the one after it
  const replan = (tracked: Tracked, trigger: PlanTrigger, now: Millis) => {
    const lastContactAt = contactAfter(tracked.person, trigger, now);
    const before = { ...tracked.person, ...(lastContactAt !== undefined ? { lastContactAt } : {}) };
    tracked.pending = planNext(before, trigger, now, ZONE, WINDOW, pairsFor(tracked.person.name, now));
    tracked.person = { ...before, ...personAfter(before, trigger) };
  };

  for (let now = START; now <= END; now += 15 * MINUTE) {
    // the user's texts up to now, in order
    queue.sort((a, b) => a.at - b.at);
    while (queue[0] && queue[0].at <= now) {
      const action = queue.shift() as Action;
      say(action.at, 'Me', action.text);
      if (action.type === 'capture') {
        const person: PersonForPlan = { ...action.person, metAt: action.at, warmth: 'unknown', silences: 0, kept: false, sentKinds: [], celebratedEvents: [] };
        const tracked: Tracked = { person, pending: null, kindsSeen: new Map(), lastKind: null };
        people.set(person.name, tracked);
        tracked.pending = planNext(person, { type: 'captured' }, action.at, ZONE, WINDOW);
        const p = action.person;
        reply(
          action.at,
          p.name,
          composeCaptureConfirmation({
            name: p.name,
            met: p.met,
            details: [...p.interests, ...p.work, ...p.events.map((e) => e.what)],
            hasContact: p.hasContact,
            nextNudge: tracked.pending,
            now: action.at,
            zone: ZONE,
            welcome: people.size === 1,
          }),
        );
        continue;
      }
      const tracked = people.get(action.name);
      if (!tracked) continue;
      const { person } = tracked;
      switch (action.type) {
        case 'plan':
          tracked.person = { ...person, plans: [...(person.plans ?? []), action.plan] };
          replan(tracked, { type: 'plan' }, action.at);
          reply(action.at, person.name, planNoted(person.name, action.plan, tracked.pending, action.at, ZONE));
          break;
        case 'cancel': {
          const plans = (person.plans ?? []).map((plan, i, all) => (i === all.length - 1 ? { ...plan, cancelled: true } : plan));
          tracked.person = { ...person, plans };
          replan(tracked, { type: 'cancelled' }, action.at);
          reply(action.at, person.name, planCancelled(person.name, tracked.pending, action.at, ZONE));
          break;
        }
        case 'news':
          tracked.person = { ...person, news: [...(person.news ?? []), { what: action.news, on: action.at }] };
          replan(tracked, { type: 'news' }, action.at);
          reply(action.at, person.name, newsNoted(person.name, tracked.pending, action.at, ZONE));
          break;
        case 'move':
          tracked.person = { ...person, move: { to: action.to, on: action.on } };
          replan(tracked, { type: 'note-added' }, action.at);
          reply(action.at, person.name, addedNote(person.name, tracked.pending, action.at, ZONE));
          break;
        case 'contact':
          tracked.person = { ...person, hasContact: true };
          replan(tracked, { type: 'note-added' }, action.at);
          reply(action.at, person.name, addedNote(person.name, tracked.pending, action.at, ZONE));
          break;
        case 'reply': {
          const answer = action.reply;
          if (answer === 'done') {
            const wasGetContact = tracked.lastKind === 'get-contact';
            replan(tracked, { type: 'done' }, action.at);
            if (wasGetContact) reply(action.at, person.name, doneGetContact(person.name));
            else reply(action.at, person.name, doneReply(person.name, previousAck), true);
            if (wasGetContact && ROLES[person.name]?.learnsNumber)
              queue.push({ at: action.at + 2 * HOUR, type: 'contact', text: `${person.name}: 646-555-0188`, name: person.name });
          } else if (answer === 'skip') {
            replan(tracked, { type: 'skip' }, action.at);
          } else if ('snoozeDays' in answer) {
            const until = action.at + answer.snoozeDays * 24 * HOUR;
            const held = holdPersonNudges(
              tracked.pending ? [{ id: 'pending', kind: tracked.pending.kind, dueAt: tracked.pending.dueAt }] : [],
              { type: 'snooze', until },
              action.at,
              ZONE,
              WINDOW,
            );
            const kept = held.keep[0];
            if (tracked.pending && kept) tracked.pending = { ...tracked.pending, dueAt: kept.dueAt };
            reply(action.at, person.name, snoozed(person.name, tracked.pending?.dueAt ?? until, action.at, ZONE));
          } else {
            const afterPlan = tracked.lastKind === 'plan-follow-up';
            replan(tracked, { type: 'response', warmth: answer.warmth }, action.at);
            reply(
              action.at,
              person.name,
              afterPlan
                ? planWent(person.name, answer.warmth, tracked.pending, action.at, ZONE, previousAck)
                : updateReply(person.name, answer.warmth, tracked.pending, action.at, ZONE, previousAck),
              true,
            );
          }
          break;
        }
      }
    }

    // the cron: everyone due now; at most 2 nudge texts a day, so 3 or more due at once share one numbered text
    const allDue = [...people.values()].filter((t) => t.pending && t.pending.dueAt <= now);
    if (allDue.length === 0) continue;
    const groups = allDue.length <= 2 ? allDue.map((t) => [t]) : [allDue];
    for (const due of groups) sendNudge(now, due);
  }
  return { transcript: `${lines.join('\n')}\n`, nudges, replies };

  function sendNudge(now: Millis, due: Tracked[]) {
    const subjects = due.map((t) => subjectOf(t, t.pending as PlannedNudge));
    const seed = seedOf(`${stamp(now)}${due.map((t) => t.person.name).join()}`);
    const text = composeNudge(subjects, seed, { now, zone: ZONE });
    nudges.push({
      at: now,
      text,
      subjects: due.map((t, i) => ({
        kind: (t.pending as PlannedNudge).kind,
        name: t.person.name,
        hasContact: t.person.hasContact,
        situation: ROLES[t.person.name]?.situation ?? '',
        subject: subjects[i] as NudgeSubject,
        silences: t.person.silences,
        pairs: pairsFor(t.person.name, now).length,
      })),
    });
    say(now, 'Kindling', `[${due.map((t) => `${(t.pending as PlannedNudge).kind}: ${t.person.name}`).join(', ')}] ${text}`);
    for (const tracked of due) {
      const sent = tracked.pending as PlannedNudge;
      const nth = (tracked.kindsSeen.get(sent.kind) ?? 0) + 1;
      tracked.kindsSeen.set(sent.kind, nth);
      tracked.lastKind = sent.kind;
      const { person } = tracked;
      const covered = sent.covers ? [...(person.covered ?? []), sent.covers] : person.covered;
      // a pair brought together is covered on both sides
      const other = sent.kind === 'bring-together' || sent.give?.type === 'introduce' ? sent.pair && people.get(sent.pair.name) : undefined;
      if (other) other.person = { ...other.person, covered: [...(other.person.covered ?? []), `pair:${person.name.toLowerCase()}`] };
      tracked.person = {
        ...person,
        sentKinds: [...person.sentKinds, sent.kind],
        celebratedEvents: sent.event ? [...person.celebratedEvents, sent.event.on] : person.celebratedEvents,
        ...(covered ? { covered } : {}),
      };
      tracked.pending = afterSent(tracked.person, sent.kind, now, ZONE, WINDOW, undefined, pairsFor(person.name, now));
      const answers = ROLES[person.name]?.answer(sent.kind, nth) ?? [];
      for (const [delay, answer, words] of answers) queue.push({ at: now + delay, type: 'reply', text: words, name: person.name, reply: answer });
    }
  }
}
