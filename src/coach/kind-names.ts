// The names of the nudge kinds, in the order a connection usually goes. The list lives with the coach (a new kind is
// its name here, its module in compose/kinds/ and its row in kinds.ts: one folder); domain/types.ts re-exports it for
// the rows and the changes that store a kind. No imports: anything may import it.

/** Every kind of nudge, in the order a connection usually goes. */
export const NUDGE_KINDS = [
  'first-follow-up',
  'get-contact',
  'deepen',
  'check-in',
  'their-moment',
  'say-hi',
  'let-go',
  'plan-follow-up',
  'bring-together',
  'give',
] as const;

export type NudgeKind = (typeof NUDGE_KINDS)[number];
