// Row types and the JSON columns' decoding, so the rest of the code sees plain domain data.
import { z } from 'zod';
import type { people, users } from './schema';
import type { Contacts, NudgeKind, PersonEvent, PersonForPlan, SendWindow, Warmth } from '../domain/types';

export type UserRow = typeof users.$inferSelect;
export type PersonRow = typeof people.$inferSelect;

const StringList = z.array(z.string());
const EventList = z.array(z.object({ what: z.string(), on: z.string() }));
const ContactsShape = z.object({
  phone: z.string().optional(),
  email: z.string().optional(),
  instagram: z.string().optional(),
  linkedin: z.string().optional(),
  handles: z.array(z.string()).optional(),
});

function decode<T>(schema: z.ZodType<T>, text: string | null, fallback: T): T {
  if (!text) return fallback;
  try {
    const parsed = schema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : fallback;
  } catch {
    return fallback;
  }
}

export interface Person {
  id: number;
  name: string;
  nameKey: string;
  met: string | null;
  metAt: number;
  interests: string[];
  work: string[];
  contacts: Contacts;
  events: PersonEvent[];
  warmth: Warmth;
  silences: number;
  kept: boolean;
  sentKinds: NudgeKind[];
  celebratedEvents: string[];
  lastContactAt: number | null;
  updatedAt: number;
}

export function toPerson(row: PersonRow): Person {
  return {
    id: row.id,
    name: row.name,
    nameKey: row.nameKey,
    met: row.met,
    metAt: row.metAt,
    interests: decode(StringList, row.interests, []),
    work: decode(StringList, row.work, []),
    contacts: decode(ContactsShape, row.contacts, {}),
    events: decode(EventList, row.events, []),
    warmth: (['warm', 'lukewarm', 'none'].includes(row.warmth) ? row.warmth : 'unknown') as Warmth,
    silences: row.silences,
    kept: row.kept,
    sentKinds: decode(StringList, row.sentKinds, []) as NudgeKind[],
    celebratedEvents: decode(StringList, row.celebratedEvents, []),
    lastContactAt: row.lastContactAt,
    updatedAt: row.updatedAt,
  };
}

export function hasContact(contacts: Contacts): boolean {
  return Boolean(contacts.phone || contacts.email || contacts.instagram || contacts.linkedin || contacts.handles?.length);
}

export function toPlanInput(person: Person): PersonForPlan {
  return {
    name: person.name,
    metAt: person.metAt,
    met: person.met,
    interests: person.interests,
    work: person.work,
    hasContact: hasContact(person.contacts),
    events: person.events,
    warmth: person.warmth,
    silences: person.silences,
    kept: person.kept,
    sentKinds: person.sentKinds,
    celebratedEvents: person.celebratedEvents,
  };
}

export function windowOf(user: UserRow): SendWindow {
  return { startHour: user.windowStart, endHour: user.windowEnd, preferredHour: user.preferredHour };
}
