// Where they met, as the playbook reads it: a one-off occasion (a wedding) or a place the user goes back to (a gym).

const RETURNING_PLACE =
  /(?<![\p{L}\p{N}])(gym|climbing|bouldering|crossfit|yoga|pilates|caf[eé]s?|coffee ?shops?|class(es)?|course|club|office|at work|cowork(ing)?|co-working|dog ?park|park|studio|church|mosque|temple|synagogue|neighbou?rs?|building|school|pta|library|pool|dojo|choir|league|daycare)(?![\p{L}\p{N}])/iu;
const ONE_OFF = /\b(conference|wedding|party|festival|meetup|meet-up|hackathon|flight|plane|train|concert|launch|summit|expo|trip)\b/i;

/**
 * Whether `met` is a one-off occasion (a wedding, a conference) rather than a place one goes back to.
 * @example isOneOff("Lisa's wedding") // true
 */
export function isOneOff(met: string | null): boolean {
  return met !== null && ONE_OFF.test(met);
}

/**
 * Whether `met` is a place the user is likely to return to (so say-hi makes sense).
 * @example isReturningPlace('climbing gym') // true
 * @example isReturningPlace('Sam\'s wedding') // false
 */
export function isReturningPlace(met: string | null): boolean {
  if (!met) return false;
  return RETURNING_PLACE.test(met) && !ONE_OFF.test(met);
}
