import { describe, expect, it } from 'vitest';
import { DEFAULT_WINDOW, HOUR } from '../../domain/constants';
import { afterSent, personAfter, planNext } from '../playbook';
import { composeCaptureConfirmation } from '../../conversation/replies';
import { describeWhen, isInsideWindow } from '../../domain/schedule';
import { localParts } from '../../domain/time';
import type { NudgeSubject, PersonForPlan, PlannedNudge, PlanTrigger } from '../../domain/types';
import { composeNudge } from './index';
import { at, measure, NY } from '../../../test/support/compose-fixtures';

describe('a sample week', () => {
  // Three people, an hourly cron, the user's replies: every text is printed with its segment count.
  interface Tracked {
    person: PersonForPlan;
    pending: PlannedNudge | null;
  }
  const hash = (text: string) => [...text].reduce((h, char) => Math.imul(h ^ char.charCodeAt(0), 16777619) >>> 0, 2166136261);

  it('prints what the user would receive', () => {
    const log: string[] = [];
    const people = new Map<string, Tracked>();
    const stamp = (ms: number) => {
      const p = localParts(ms, NY);
      return `${['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'][p.weekday]} ${String(p.hour).padStart(2, '0')}:${String(p.minute).padStart(2, '0')}`;
    };
    const record = (when: number, from: string, text: string) => {
      const size = measure(text);
      expect(size.segments).toBeLessThanOrEqual(2);
      log.push(`${stamp(when)} ${from} [${size.encoding}, ${size.segments} seg, ${text.length} ch]\n  ${text.replaceAll('\n', '\n  ')}`);
    };

    const capture = (
      when: number,
      person: Omit<PersonForPlan, 'metAt' | 'warmth' | 'silences' | 'kept' | 'sentKinds' | 'celebratedEvents'>,
      note: string,
      welcome: boolean,
    ) => {
      const full: PersonForPlan = { ...person, metAt: when, warmth: 'unknown', silences: 0, kept: false, sentKinds: [], celebratedEvents: [] };
      const pending = planNext(full, { type: 'captured' }, when, NY, DEFAULT_WINDOW);
      people.set(person.name, { person: full, pending });
      log.push(`${stamp(when)} USER: ${note}`);
      record(
        when,
        'KINDLING',
        composeCaptureConfirmation({
          name: person.name,
          met: person.met,
          details: [...person.interests, ...person.work, ...person.events.map((event) => event.what)],
          hasContact: person.hasContact,
          nextNudge: pending,
          now: when,
          zone: NY,
          welcome,
        }),
      );
    };
    const reply = (when: number, name: string, note: string, trigger: PlanTrigger, patch: Partial<PersonForPlan> = {}) => {
      const tracked = people.get(name);
      if (!tracked) throw new Error(name);
      const before = { ...tracked.person, ...patch };
      const pending = planNext(before, trigger, when, NY, DEFAULT_WINDOW);
      const after = { ...before, ...personAfter(before, trigger) };
      people.set(name, { person: after, pending });
      log.push(`${stamp(when)} USER: ${note}`);
      log.push(`  (plan for ${name}: ${pending ? `${pending.kind} ${describeWhen(pending.dueAt, when, NY)}` : 'nothing more'})`);
    };
    const cron = (when: number) => {
      if (!isInsideWindow(when, NY, DEFAULT_WINDOW)) return;
      const due = [...people.values()].filter((tracked) => tracked.pending && tracked.pending.dueAt <= when);
      if (due.length === 0) return;
      const subjects: NudgeSubject[] = due.map(({ person, pending }) => ({
        kind: pending?.kind ?? 'check-in',
        person,
        ...(pending?.event ? { event: pending.event } : {}),
        ...(pending?.group ? { group: true } : {}),
      }));
      const seed = hash(due.map(({ person, pending }) => `${person.name}:${pending?.kind}:${person.sentKinds.length}`).join('|'));
      record(when, 'KINDLING', composeNudge(subjects, seed, { now: when, zone: NY }));
      for (const tracked of due) {
        const kind = tracked.pending?.kind ?? 'check-in';
        // As the cron glue does: the kind is recorded, and a their-moment's event counts as celebrated once sent.
        const event = tracked.pending?.event;
        const sent = {
          ...tracked.person,
          sentKinds: [...tracked.person.sentKinds, kind],
          celebratedEvents: event ? [...tracked.person.celebratedEvents, event.on] : tracked.person.celebratedEvents,
        };
        const pending = afterSent(sent, kind, when, NY, DEFAULT_WINDOW);
        people.set(tracked.person.name, { person: sent, pending });
      }
    };

    const script: [number, () => void][] = [
      [
        at(2026, 11, 30, 19, 10),
        () =>
          capture(
            at(2026, 11, 30, 19, 10),
            {
              name: 'Sarah',
              met: 'climbing gym',
              interests: ['bouldering', 'pottery studio'],
              work: [],
              hasContact: true,
              events: [{ what: 'gallery opening', on: '2026-12-05' }],
            },
            'Sarah from the climbing gym, into bouldering, has a pottery studio. Gallery opening Sat! 917-555-0142',
            true,
          ),
      ],
      [
        at(2026, 11, 30, 21, 40),
        () =>
          capture(
            at(2026, 11, 30, 21, 40),
            { name: 'Jake', met: 'run club', interests: ['marathon training'], work: ['ML at a bank'], hasContact: false, events: [] },
            'Jake at run club, training for a marathon, does ML at a bank',
            false,
          ),
      ],
      [
        at(2026, 12, 1, 12, 30),
        () =>
          capture(
            at(2026, 12, 1, 12, 30),
            {
              name: 'Priya',
              met: 'through Sam',
              interests: ['jazz', 'ceviche'],
              work: ['fintech startup'],
              hasContact: true,
              events: [{ what: 'birthday', on: '2026-12-06' }],
            },
            'Priya via Sam, fintech startup founder, loves jazz and ceviche, bday Sunday, priya@example.com',
            false,
          ),
      ],
      [at(2026, 12, 1, 10, 20), () => reply(at(2026, 12, 1, 10, 20), 'Sarah', 'done', { type: 'done' })],
      [at(2026, 12, 1, 19, 5), () => reply(at(2026, 12, 1, 19, 5), 'Sarah', 'she wrote back right away', { type: 'response', warmth: 'warm' })],
      [at(2026, 12, 1, 11, 0), () => reply(at(2026, 12, 1, 11, 0), 'Jake', 'skip', { type: 'skip' })],
      [at(2026, 12, 2, 10, 30), () => reply(at(2026, 12, 2, 10, 30), 'Priya', 'sent it', { type: 'done' })],
      [at(2026, 12, 4, 9, 15), () => reply(at(2026, 12, 4, 9, 15), 'Jake', 'Jake: 415-555-0199', { type: 'note-added' }, { hasContact: true })],
      [at(2026, 12, 5, 18, 0), () => reply(at(2026, 12, 5, 18, 0), 'Priya', 'no answer yet', { type: 'response', warmth: 'none' })],
    ];
    const pendingScript = [...script].sort((a, b) => a[0] - b[0]);
    for (let hour = at(2026, 11, 30, 19); hour <= at(2026, 12, 7, 12); hour += HOUR) {
      while (pendingScript[0] && pendingScript[0][0] <= hour + 3_599_999) {
        const [when, act] = pendingScript.shift() as [number, () => void];
        if (when > hour) cron(hour);
        act();
      }
      cron(hour);
    }
    console.log(`\n==== Sample week (America/New_York, default window 09-20, nudges at 10am) ====\n${log.join('\n')}\n`);
    expect(log.filter((line) => line.includes('KINDLING')).length).toBeGreaterThanOrEqual(6);
  });
});
