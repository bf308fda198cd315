// What the playbook stores about a person once a trigger happened: warmth, silences and KEEP; the last contact.

import type { Millis, PersonForPlan, PlanTrigger, Warmth } from '../../domain/types';

/**
 * What to store about the person once the trigger happened: a silence counts, any answer resets the count, KEEP sticks.
 * @example personAfter({ ...jake, silences: 1 }, { type: 'response', warmth: 'none' }) // { warmth: 'none', silences: 2, kept: false }
 */
export function personAfter(
  person: Pick<PersonForPlan, 'warmth' | 'silences' | 'kept'>,
  trigger: PlanTrigger,
): { warmth: Warmth; silences: number; kept: boolean } {
  switch (trigger.type) {
    case 'response':
      return trigger.warmth === 'none'
        ? { warmth: 'none', silences: person.silences + 1, kept: person.kept }
        : { warmth: trigger.warmth, silences: 0, kept: person.kept };
    case 'keep':
      return { warmth: person.warmth, silences: person.silences, kept: true };
    case 'captured':
    case 'note-added':
    case 'done':
    case 'skip':
    case 'plan':
    case 'cancelled':
    case 'news':
      return { warmth: person.warmth, silences: person.silences, kept: person.kept };
  }
}

/**
 * The last reported contact once the trigger happened: DONE, a plan or their news restart the clock; anything else
 * leaves it where it was.
 * @example contactAfter({ lastContactAt: undefined }, { type: 'plan' }, now) // now
 * @example contactAfter({ lastContactAt: monday }, { type: 'skip' }, now) // monday
 */
export function contactAfter(person: Pick<PersonForPlan, 'lastContactAt'>, trigger: PlanTrigger, now: Millis): Millis | undefined {
  return trigger.type === 'done' || trigger.type === 'plan' || trigger.type === 'news' ? now : person.lastContactAt;
}
