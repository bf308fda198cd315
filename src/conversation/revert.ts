// How to put things back after a change made by text: the JSON stored in `changes.revert`, validated with zod.
import * as z from 'zod';
import { NUDGE_STATES } from '../db/states';
import { NUDGE_KINDS } from '../domain/types';

const NudgeSnapshot = z.object({
  id: z.number(),
  userId: z.number(),
  personId: z.number(),
  kind: z.enum(NUDGE_KINDS),
  dueAt: z.number(),
  state: z.enum(NUDGE_STATES),
  detail: z.string(),
  outboundId: z.number().nullable(),
  createdAt: z.number(),
});
const PersonSnapshot = z.object({
  id: z.number(),
  name: z.string(),
  nameKey: z.string(),
  met: z.string().nullable(),
  interests: z.string(),
  work: z.string(),
  contacts: z.string(),
  events: z.string(),
  warmth: z.string(),
  silences: z.number(),
  kept: z.boolean(),
  sentKinds: z.string(),
  celebratedEvents: z.string(),
  lastContactAt: z.number().nullable(),
  updatedAt: z.number(),
  // absent in records written before these columns existed: then they stay as they are
  muted: z.boolean().optional(),
  plans: z.string().optional(),
  news: z.string().optional(),
  recurringPlace: z.string().nullable().optional(),
  move: z.string().nullable().optional(),
  ties: z.string().optional(),
  covered: z.string().optional(),
});

export const RevertSchema = z.object({
  /** a person created by the change: delete them and their notes */
  deletePersonId: z.number().nullish(),
  /** the people one text created (a note about several): delete each with their notes */
  deletePersonIds: z.array(z.number()).nullish(),
  /** a note added by the change */
  deleteNoteId: z.number().nullish(),
  /** the person as they were */
  person: PersonSnapshot.optional(),
  /** the nudges (of that person, or of the user) that were pending or held, as they were */
  nudges: z.array(NudgeSnapshot).optional(),
  /** the person whose pending nudges the change replaced */
  nudgesOfPersonId: z.number().optional(),
  /** user settings as they were */
  user: z
    .object({
      timeZone: z.string().optional(),
      preferredHour: z.number().optional(),
      pausedUntil: z.number().nullable().optional(),
    })
    .optional(),
});
export type Revert = z.infer<typeof RevertSchema>;

/** The stored revert, or null when it is unreadable. */
export function readRevert(stored: string): Revert | null {
  try {
    const parsed = RevertSchema.safeParse(JSON.parse(stored));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
