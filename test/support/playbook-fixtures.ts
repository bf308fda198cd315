// Shared fixtures of the playbook's table tests: a fixed clock in New York, Sarah as a person to plan for, and plan()
// (planNext with the invariants every plan keeps: never before now, always inside the window).
import { expect } from 'vitest';
import { DEFAULT_WINDOW } from '../../src/domain/constants';
import { planNext } from '../../src/coach/playbook';
import { isInsideWindow } from '../../src/domain/schedule';
import { localParts, zonedToUtc } from '../../src/domain/time';
import type { Millis, PersonForPlan, PlannedNudge, PlanTrigger, SendWindow } from '../../src/domain/types';

export const NY = 'America/New_York';
export const at = (zone: string, y: number, mo: number, d: number, h: number, mi = 0) => zonedToUtc({ year: y, month: mo, day: d, hour: h, minute: mi }, zone);
export const wall = (ms: number, zone = NY) => {
  const p = localParts(ms, zone);
  return `${p.year}-${String(p.month).padStart(2, '0')}-${String(p.day).padStart(2, '0')} ${String(p.hour).padStart(2, '0')}:${String(p.minute).padStart(2, '0')}`;
};

// Tuesday 2026-12-01, 18:00 in New York
export const TUE_18 = at(NY, 2026, 12, 1, 18);

export function person(overrides: Partial<PersonForPlan> = {}): PersonForPlan {
  return {
    name: 'Sarah',
    metAt: TUE_18,
    met: 'a design meetup',
    interests: ['bouldering', 'pottery studio'],
    work: ['UX at Figma'],
    hasContact: true,
    events: [],
    warmth: 'unknown',
    silences: 0,
    kept: false,
    sentKinds: [],
    celebratedEvents: [],
    ...overrides,
  };
}

/** planNext plus the invariants every plan must keep. */
export function plan(p: PersonForPlan, trigger: PlanTrigger, now: Millis, zone = NY, window: SendWindow = DEFAULT_WINDOW): PlannedNudge | null {
  const planned = planNext(p, trigger, now, zone, window);
  if (planned) {
    expect(planned.dueAt).toBeGreaterThanOrEqual(now);
    expect(isInsideWindow(planned.dueAt, zone, window)).toBe(true);
  }
  return planned;
}

export const summary = (planned: PlannedNudge | null, zone = NY) =>
  planned ? `${planned.kind}${planned.group ? ' (group)' : ''}${planned.event ? ` [${planned.event.what}]` : ''} @ ${wall(planned.dueAt, zone)}` : null;
