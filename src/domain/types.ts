// Shared shapes of the domain: plain data passed between the pure modules and the glue.

/** A phone number in E.164, e.g. "+19175550199". */
export type E164 = string;

/** Epoch milliseconds (UTC). Every domain function takes `now` as one of these. */
export type Millis = number;

/** An IANA time zone name, e.g. "America/New_York". */
export type TimeZone = string;

/** The languages Kindling writes in: English, and Spanish for a user who writes Spanish. */
export type Language = 'en' | 'es';

export interface Contacts {
  phone?: E164;
  email?: string;
  instagram?: string;
  linkedin?: string;
  /** other handles, e.g. "twitter:@jo", "tiktok:@jo" */
  handles?: string[];
}

/** A dated event of theirs. `on` is "YYYY-MM-DD", or "YYYY-MM" when only a month was named. */
export interface PersonEvent {
  what: string;
  on: string;
}

/** What a free-text note says about one person. */
export interface ParsedNote {
  /** null when the note names nobody */
  name: string | null;
  /** where or how they met ("climbing gym", "through Priya"), null if not said */
  met: string | null;
  interests: string[];
  work: string[];
  contacts: Contacts;
  events: PersonEvent[];
  /** the text as received */
  raw: string;
}

export interface ParseNoteOptions {
  now: Millis;
  timeZone: TimeZone;
  /** ISO 3166 country of the user's own number, used for numbers written without a country code */
  defaultCountry?: string;
}

// the kinds' names live with the coach (src/coach/kind-names.ts): a new kind touches only src/coach/
import type { NudgeKind } from '../coach/kind-names';

export { NUDGE_KINDS, type NudgeKind } from '../coach/kind-names';

/** A plan or invitation the user reported ("coffee with Omar thursday", "her bday drinks w her friends"). */
export interface PersonPlan {
  /** what it is, as said: "coffee", "her birthday drinks" */
  what: string;
  /** when it happens (its local day is what counts) */
  at: Millis;
  /** an invitation into their group (their friends, their party): encouragement first, a follow-up after */
  withGroup?: boolean;
  /** it fell through: a gentle retry later instead of a follow-up */
  cancelled?: boolean;
}

/** Their news the user passed on ("closed his round", "got the job"). */
export interface PersonNews {
  what: string;
  /** when the user told Kindling (or when it happened) */
  on?: Millis;
}

/** A place and time the user crosses paths with them ("every saturday at the pool"). */
export interface RecurringPlace {
  place: string;
  /** 0 (Sunday) to 6 (Saturday) */
  weekday?: number;
  /** local hour, fractional hours are minutes (7.5 is 7:30) */
  time?: number;
}

/** They are moving away. `on` is "YYYY-MM-DD", or "YYYY-MM" when only a month was named. */
export interface PersonMove {
  to: string;
  on: string;
}

/** Someone else of the user's they are tied to ("Omar's sister", "friends with Lena"). */
export interface PersonTie {
  name: string;
  /** how, as said: "sister", "coworker", "friend" */
  how?: string;
  /** false when the user has no way to reach them either: never "ask Priya for Jake's number" when Priya has none */
  reachable?: boolean;
}

/** How the other person has responded so far. */
export type Warmth = 'unknown' | 'warm' | 'lukewarm' | 'none';

/** The user's sending preferences. Hours are local, 0-24. */
export interface SendWindow {
  /** first hour a text may land, default 9 (never earlier than 8) */
  startHour: number;
  /** hour by which texts must have landed, default 20 (never later than 21) */
  endHour: number;
  /** preferred local hour for nudges, default 10 */
  preferredHour: number;
}

/** One person as the planner sees them. */
export interface PersonForPlan {
  name: string;
  metAt: Millis;
  met: string | null;
  interests: string[];
  work: string[];
  hasContact: boolean;
  events: PersonEvent[];
  warmth: Warmth;
  /** nudges in a row that got no response from them */
  silences: number;
  /** the user said KEEP: never offer let-go again */
  kept: boolean;
  /** kinds already sent for this person, oldest first */
  sentKinds: NudgeKind[];
  /** the `on` values of events whose their-moment nudge was already planned or sent */
  celebratedEvents: string[];
  /** plans and invitations the user reported, oldest first */
  plans?: PersonPlan[];
  /** their news the user passed on, oldest first */
  news?: PersonNews[];
  /** where and when the user regularly crosses paths with them */
  recurringPlace?: RecurringPlace;
  /** they are moving away */
  move?: PersonMove;
  /** the user's other people they are tied to */
  ties?: PersonTie[];
  /** the last contact the user reported (done, a plan, their news): the next check-in counts from here */
  lastContactAt?: Millis;
  /** what a plan-follow-up, give or retry already covered: keys from occasionKey (see playbook/occasions) */
  covered?: string[];
}

/** The next nudge for a person, or null when there is nothing more to plan. */
export interface PlannedNudge {
  kind: NudgeKind;
  /** when it may be sent: already moved inside the user's window */
  dueAt: Millis;
  /** for their-moment: which event */
  event?: PersonEvent;
  /** for deepen: suggest a group setting rather than one-on-one */
  group?: boolean;
  /** for deepen: they said yes to the invitation, so pin a day ("Sarah's in! Pin a day") */
  pin?: boolean;
  /** for plan-follow-up, and a check-in that retries a cancelled plan: which plan; for deepen and bring-together: the
   * activity the invitation proposes (a pin: with the day it proposes, which a yes makes a plan) */
  plan?: PersonPlan;
  /** for give: what to give (see GiveReason) */
  give?: GiveReason;
  /** for bring-together (and give: introduce): the other person and what they share */
  pair?: PairSide;
  /** the occasion this nudge covers, to store in `covered` once it is sent (occasionKey) */
  covers?: string;
}

/** Why a give nudge comes: their news, something for their interest, an introduction, or a catch-up before a move. */
export type GiveReason =
  | { type: 'congrats'; news: PersonNews }
  | { type: 'share'; interest: string }
  | { type: 'introduce'; interest: string }
  | { type: 'before-move'; move: PersonMove };

/** The other side of a pair: who, and the interest or place the two share ("bouldering", "the pool"). */
export interface PairSide {
  name: string;
  shared: string;
  /** the shared thing is a place they both go to, rather than an interest */
  place?: boolean;
  /** `shared` is what this person is looking for and the other one is ("a realtor"): an introduction that helps */
  need?: boolean;
  /** the other one already said yes to the plan: this invitation brings this person into it ("Omar's in: invite Sarah") */
  joined?: boolean;
}

/** What just happened to a person, which the planner turns into the next nudge. */
export type PlanTrigger =
  | { type: 'captured' }
  | { type: 'note-added' }
  | { type: 'done' }
  | { type: 'skip' }
  /** how they answered; `proposal` is what the answered invitation proposed (its nudge's `plan`), when it said */
  | { type: 'response'; warmth: Exclude<Warmth, 'unknown'>; proposal?: PersonPlan }
  | { type: 'keep' }
  /** the user reported a plan or invitation with them (stored in `plans` already) */
  | { type: 'plan' }
  /** a reported plan fell through (marked `cancelled` already) */
  | { type: 'cancelled' }
  /** the user passed on their news (stored in `news` already) */
  | { type: 'news' };

/** One person's part in a nudge text. */
export interface NudgeSubject {
  kind: NudgeKind;
  person: Pick<PersonForPlan, 'name' | 'met' | 'interests' | 'work' | 'hasContact' | 'events' | 'warmth'> &
    Partial<Pick<PersonForPlan, 'metAt' | 'recurringPlace' | 'move' | 'ties' | 'news'>>;
  event?: PersonEvent;
  group?: boolean;
  pin?: boolean;
  plan?: PersonPlan;
  give?: GiveReason;
  pair?: PairSide;
}
