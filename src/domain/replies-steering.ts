// Replies for a steering text Kindling cannot place: nobody to apply it to, or nothing to confirm.
export const NOTHING_TO_CONFIRM = 'Nothing to confirm. To delete everything, text DELETE MY DATA first.';

/** DONE, SNOOZE, SKIP or how-it-went with no nudge to refer to: ask who it is about. */
export function askWhoToSteer(kind: 'done' | 'snooze' | 'skip' | 'update'): string {
  if (kind === 'update') return 'Who is this about? Reply with their name, like SARAH: WROTE BACK.';
  return `Who should I mark ${kind}? Reply with their name, like ${kind.toUpperCase()} SARAH.`;
}
