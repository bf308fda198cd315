// Row types and the JSON columns' decoding, so the rest of the code sees plain domain data.
import * as z from 'zod';
import type { changes, notes, people, users } from './schema';
import {
  NUDGE_KINDS,
  type Contacts,
  type NudgeKind,
  type PersonEvent,
  type PersonForPlan,
  type PersonMove,
  type PersonNews,
  type PersonPlan,
  type PersonTie,
  type RecurringPlace,
  type SendWindow,
  type Warmth,
} from '../domain/types';

export type UserRow = typeof users.$inferSelect;
export type PersonRow = typeof people.$inferSelect;
export type NoteRow = typeof notes.$inferSelect;
export type ChangeRow = typeof changes.$inferSelect;

/** The fields of a person row that a text may write (everything but the keys). */
export type PersonColumns = Omit<PersonRow, 'id' | 'userId' | 'ref'>;

const StringList = z.array(z.string());
const KindList = z.array(z.enum(NUDGE_KINDS));
const WarmthValue = z.enum(['unknown', 'warm', 'lukewarm', 'none']);
const EventList = z.array(z.object({ what: z.string(), on: z.string() }));
const PlanList = z.array(z.object({ what: z.string(), at: z.number(), withGroup: z.boolean().optional(), cancelled: z.boolean().optional() }));
const NewsList = z.array(z.object({ what: z.string(), on: z.number().optional() }));
const PlaceShape = z.object({ place: z.string(), weekday: z.number().int().min(0).max(6).optional(), time: z.number().optional() });
const MoveShape = z.object({ to: z.string(), on: z.string() });
const TieList = z.array(z.object({ name: z.string(), how: z.string().optional() }));
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
  /** no nudges about them until KEEP or UNMUTE; absent means not muted */
  muted?: boolean;
  sentKinds: NudgeKind[];
  celebratedEvents: string[];
  lastContactAt: number | null;
  updatedAt: number;
  /** plans and invitations with them, oldest first (absent: none) */
  plans?: PersonPlan[];
  /** their news the user passed on, oldest first */
  news?: PersonNews[];
  /** where and when the user regularly crosses paths with them */
  recurringPlace?: RecurringPlace | null;
  /** they are moving away */
  move?: PersonMove | null;
  /** the user's other people they are tied to */
  ties?: PersonTie[];
  /** occasions a sent nudge already covered (playbook occasionKey) */
  covered?: string[];
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
    warmth: WarmthValue.catch('unknown').parse(row.warmth),
    silences: row.silences,
    kept: row.kept,
    muted: row.muted,
    sentKinds: decode(KindList, row.sentKinds, []),
    celebratedEvents: decode(StringList, row.celebratedEvents, []),
    lastContactAt: row.lastContactAt,
    updatedAt: row.updatedAt,
    plans: decode(PlanList, row.plans, []),
    news: decode(NewsList, row.news, []),
    recurringPlace: decode(PlaceShape.nullable(), row.recurringPlace, null),
    move: decode(MoveShape.nullable(), row.move, null),
    ties: decode(TieList, row.ties, []),
    covered: decode(StringList, row.covered, []),
  };
}

/** A person as their row stores them: lists as JSON. */
export function toColumns(person: Omit<Person, 'id'>): PersonColumns {
  return {
    name: person.name,
    nameKey: person.nameKey,
    met: person.met,
    metAt: person.metAt,
    warmth: person.warmth,
    silences: person.silences,
    kept: person.kept,
    muted: person.muted ?? false,
    lastContactAt: person.lastContactAt,
    updatedAt: person.updatedAt,
    interests: JSON.stringify(person.interests),
    work: JSON.stringify(person.work),
    contacts: JSON.stringify(person.contacts),
    events: JSON.stringify(person.events),
    sentKinds: JSON.stringify(person.sentKinds),
    celebratedEvents: JSON.stringify(person.celebratedEvents),
    plans: JSON.stringify(person.plans ?? []),
    news: JSON.stringify(person.news ?? []),
    recurringPlace: person.recurringPlace ? JSON.stringify(person.recurringPlace) : null,
    move: person.move ? JSON.stringify(person.move) : null,
    ties: JSON.stringify(person.ties ?? []),
    covered: JSON.stringify(person.covered ?? []),
  };
}

/** The columns a partial change of a person writes: the fields it names, lists and objects as JSON. */
export function patchColumns(patch: Partial<Omit<Person, 'id'>>): Partial<PersonColumns> {
  const columns: Partial<PersonColumns> = {};
  const json = (value: unknown) => (value === null ? null : JSON.stringify(value));
  for (const [key, value] of Object.entries(patch)) {
    if (value === undefined) continue;
    switch (key as keyof Omit<Person, 'id'>) {
      case 'name':
      case 'nameKey':
      case 'met':
      case 'metAt':
      case 'warmth':
      case 'silences':
      case 'kept':
      case 'muted':
      case 'lastContactAt':
      case 'updatedAt':
        Object.assign(columns, { [key]: value });
        break;
      default:
        Object.assign(columns, { [key]: json(value) });
    }
  }
  return columns;
}

export function hasContact(contacts: Contacts): boolean {
  return Boolean(contacts.phone || contacts.email || contacts.instagram || contacts.linkedin || contacts.handles?.length);
}

/**
 * Whether the user can reach them: a saved number, email or handle, or (never stepping back) a relationship already
 * past that point: they answered warmly or made a plan, so "get their number" would be a step backwards.
 */
export function reachable(person: Pick<Person, 'contacts' | 'warmth' | 'plans'>): boolean {
  return hasContact(person.contacts) || person.warmth === 'warm' || (person.plans?.length ?? 0) > 0;
}

export function toPlanInput(person: Person): PersonForPlan {
  return {
    name: person.name,
    metAt: person.metAt,
    met: person.met,
    interests: person.interests,
    work: person.work,
    hasContact: reachable(person),
    events: person.events,
    warmth: person.warmth,
    silences: person.silences,
    kept: person.kept,
    sentKinds: person.sentKinds,
    celebratedEvents: person.celebratedEvents,
    plans: person.plans ?? [],
    news: person.news ?? [],
    ...(person.recurringPlace ? { recurringPlace: person.recurringPlace } : {}),
    ...(person.move ? { move: person.move } : {}),
    ties: person.ties ?? [],
    ...(person.lastContactAt !== null ? { lastContactAt: person.lastContactAt } : {}),
    covered: person.covered ?? [],
  };
}

export function windowOf(user: Pick<UserRow, 'windowStart' | 'windowEnd' | 'preferredHour'>): SendWindow {
  return { startHour: user.windowStart, endHour: user.windowEnd, preferredHour: user.preferredHour };
}
