// Moves a person's plan: asks the playbook for the next nudge and queues the writes that store it.
import type { SQL } from 'drizzle-orm';
import { replaceNudge } from '../db/nudges';
import { toPlanInput, windowOf, type Person } from '../db/rows';
import { planNext } from '../domain/playbook';
import type { PlannedNudge, PlanTrigger } from '../domain/types';
import type { TextContext } from './context';

export function planFor(ctx: TextContext, person: Person, trigger: PlanTrigger): PlannedNudge | null {
  return planNext(toPlanInput(person), trigger, ctx.now, ctx.user.timeZone, windowOf(ctx.user));
}

/** Plans the next nudge for a person and queues it in place of the pending one. */
export function replan(ctx: TextContext, person: Person, trigger: PlanTrigger, personId: number | SQL = person.id): PlannedNudge | null {
  const planned = planFor(ctx, person, trigger);
  ctx.writes.push(...replaceNudge(ctx.db, ctx.user.id, personId, planned, ctx.now));
  return planned;
}
