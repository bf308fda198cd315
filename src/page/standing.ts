// Where a relationship stands, in the steps the coach plans by (PRODUCT.md): met, a way to reach them, first text
// sent, they answered (warm, polite or quiet), a plan, met again, regular; or muted. Read from the same person fields.
import { hasContact, type Person } from '../db/rows';

/**
 * One short phrase for where it stands with them.
 * @example standingOf({ ...sarah, warmth: 'warm' }, 'first-follow-up', now) // 'They answered, warmly'
 * @example standingOf({ ...tom, contacts: {} }, null, now) // 'Met, no way to reach them yet'
 */
export function standingOf(person: Person, latestSentKind: string | null, now: number): string {
  if (person.muted) return 'Muted: no nudges, notes kept';
  const plans = (person.plans ?? []).filter((plan) => !plan.cancelled);
  const ahead = plans.find((plan) => plan.at >= now);
  const metAgain = plans.filter((plan) => plan.at < now).length;
  if (metAgain >= 2 && person.warmth === 'warm') return 'Regular: you see each other';
  if (ahead) return `A plan: ${ahead.what}`;
  if (metAgain === 1) return 'Met again';
  if (latestSentKind === 'let-go' || person.silences >= 2) return 'Quiet: no answer twice';
  if (person.warmth === 'warm') return 'They answered, warmly';
  if (person.warmth === 'lukewarm') return 'They answered, politely';
  if (person.warmth === 'none') return 'No answer yet';
  if (person.lastContactAt !== null) return 'First text sent';
  if (hasContact(person.contacts)) return 'Met, a way to reach them';
  if (person.recurringPlace) return 'Met, you will see them again there';
  return 'Met, no way to reach them yet';
}
