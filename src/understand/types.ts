// The one typed result of understanding a text, and the context a reading needs. Plain data: any understander
// (these rules today, a model tomorrow) returns a Meaning, and decide() consumes it.

import type { ChannelName } from '../channels/channel';
import type { Contacts, Millis, ParsedNote, PersonEvent, TimeZone, Warmth } from '../domain/types';

/** A person the user has already saved, as the reading needs them. */
export interface KnownPerson {
  id: number;
  name: string;
  /** nameKey(name): lowercase, accents folded */
  nameKey: string;
  /** where they met, used to tell two people of one name apart ("the yoga one") */
  met?: string | null;
  muted?: boolean;
}

/** The question Kindling asked last, which the next text may answer. */
export type PendingQuestion =
  | { type: 'name' }
  | { type: 'same'; personId: number }
  | { type: 'which'; choices: ReadonlyArray<{ personId: number; label: string }> }
  | { type: 'how'; personId: number }
  | { type: 'confirm-delete' }
  | { type: 'confirm-forget'; personId: number };

export interface UnderstandContext {
  people: readonly KnownPerson[];
  /** the person the latest note or nudge was about: "her", "he", "texted her" point here */
  latestPersonId: number | null;
  pending: PendingQuestion | null;
  now: Millis;
  timeZone: TimeZone;
  /** ISO 3166 country of the user's own number, for numbers written without a country code */
  defaultCountry?: string;
  /** the latest note about the latest person, as written, and when: a number it began may end in this text */
  latestNote?: { personId: number; body: string; at: Millis };
  /** what is known of a saved person (details, ties, notes), lowercase: asked only to answer "who was the girl with the bernedoodle?" */
  aboutOf?: (personId: number) => string;
}

/**
 * Who a text points at. `id` is set when exactly one saved person fits; `candidates` lists every saved person
 * of that name when more than one does (decide() then asks which); neither when nobody saved fits.
 */
export interface PersonRef {
  name: string;
  id?: number;
  candidates?: number[];
}

/** How one person in a note relates to another in the same note: Aiko is Kenji's sister. */
export interface Tie {
  relation: string;
  /** the other person's name, as written in this note */
  to: string;
}

/** One person a note is about, with what the note says of them (shared details are copied onto each). */
export interface NotePerson {
  name: string;
  /** set when this is someone already saved */
  id?: number;
  candidates?: number[];
  met: string | null;
  interests: string[];
  work: string[];
  contacts: Contacts;
  events: PersonEvent[];
  ties: Tie[];
}

/** A time the text names: the instant, and the local day it falls on ("YYYY-MM-DD"). */
export interface When {
  at: Millis;
  day: string;
}

export type PlanKind = 'plan' | 'invite' | 'cancel' | 'recurring';

export interface Plan {
  kind: PlanKind;
  /** "lunch", "coffee", "synth jam", "climbing"; "" when not said */
  what: string;
  when: When | null;
  /** "Saturdays at the pool" for a recurring plan */
  every?: string;
}

export type ChatterTone = 'thanks' | 'ack' | 'laugh' | 'greeting' | 'praise' | 'other';

export type InfoField = 'phone' | 'email' | 'instagram' | 'contact';

/** A question back to the user with the answers it expects. */
export interface Clarify {
  question: string;
  choices: string[];
}

export type Meaning =
  // saving what the user tells about people
  /** `leftOut`: people the text named past MAX_PEOPLE_PER_TEXT, not read */
  | { intent: 'note'; people: NotePerson[]; raw: string; leftOut?: number }
  | { intent: 'note-unnamed'; raw: string }
  | { intent: 'news'; person: PersonRef; event: PersonEvent | null; what: string; raw: string }
  | { intent: 'plan'; person: PersonRef | null; plan: Plan; warmth: Exclude<Warmth, 'unknown'> | null; raw: string }
  // corrections
  | { intent: 'rename'; person: PersonRef; to: string }
  | { intent: 'correct-contact'; person: PersonRef; contacts: Contacts }
  | { intent: 'correct-detail'; person: PersonRef; add: string[]; remove: string[] }
  /** "reverse that, gabe has the pitbull and tasha the beagle": details put right on two people at once */
  | { intent: 'correct-details'; fixes: { person: PersonRef; add: string[]; remove: string[] }[] }
  /** "jess and jessica are the same person": `drop` goes into `keep` */
  | { intent: 'merge-people'; keep: PersonRef; drop: PersonRef }
  /** "lol rocket is a dog dont save him as a person": someone saved who is not a person; `kind` what they are ("dog") */
  | { intent: 'not-a-person'; person: PersonRef; kind: string }
  // answers to Kindling's own question
  | { intent: 'same-person' }
  /** `person`: with no question open, the saved person the latest note was wrongly filed under ("thats a different carla") */
  | { intent: 'new-person'; person?: PersonRef }
  | { intent: 'pick'; choice: number }
  | { intent: 'name-answer'; name: string }
  | { intent: 'confirm'; yes: boolean }
  // questions
  | { intent: 'ask-draft'; person: PersonRef | null }
  | { intent: 'ask-activity'; person: PersonRef | null }
  | { intent: 'ask-next' }
  | { intent: 'ask-agenda'; days: number }
  | { intent: 'who'; person: PersonRef; field?: InfoField }
  /** "who did i meet at slush?", "whats the coach's name again? the paramedic": the saved people who fit */
  | { intent: 'who-fits'; people: PersonRef[] }
  | { intent: 'list' }
  // steering one person's nudges
  | { intent: 'done'; person: PersonRef | null; warmth: Exclude<Warmth, 'unknown'> | null; plan: Plan | null }
  | { intent: 'snooze'; person: PersonRef | null; until: Millis }
  | { intent: 'skip'; person: PersonRef | null }
  | { intent: 'update'; person: PersonRef | null; warmth: Exclude<Warmth, 'unknown'>; raw: string }
  | { intent: 'mute'; person: PersonRef }
  | { intent: 'unmute'; person: PersonRef | null }
  | { intent: 'keep'; person: PersonRef | null }
  | { intent: 'forget'; person: PersonRef }
  | { intent: 'remind'; person: PersonRef | null; at: Millis; what: string }
  | { intent: 'add-note'; person: PersonRef; text: string }
  // the account
  | { intent: 'pause'; until: Millis | null }
  | { intent: 'resume' }
  | { intent: 'nudge-at'; hour: number; minute: number }
  | { intent: 'tz'; zone: TimeZone }
  | { intent: 'tz-unknown'; query: string }
  | { intent: 'channel'; channel: ChannelName }
  | { intent: 'undo' }
  | { intent: 'export' }
  | { intent: 'delete-data' }
  | { intent: 'confirm-delete' }
  | { intent: 'help' }
  | { intent: 'stop' }
  | { intent: 'start' }
  // talk that saves nothing
  | { intent: 'empty' }
  | { intent: 'chatter'; tone: ChatterTone }
  | { intent: 'confused' }
  | { intent: 'other-language'; language: string; raw: string }
  | ({ intent: 'unclear'; raw: string } & Clarify);

export type MeaningKind = Meaning['intent'];

/** Picks one person out of a text that named several: by list number (1-based) or by name. */
export interface Target {
  index?: number;
  name?: string;
}

/** A text read as one of the exact commands and steering replies (DONE, SNOOZE 3 DAYS, WHO IS Sarah, FORGET Jake, ...). */
export type Command =
  | { kind: 'empty' }
  | { kind: 'done'; target?: Target }
  | { kind: 'snooze'; until: Millis; target?: Target }
  | { kind: 'skip'; target?: Target }
  | { kind: 'update'; warmth: Exclude<Warmth, 'unknown'>; text: string; target?: Target }
  | { kind: 'who'; name: string }
  | { kind: 'list' }
  | { kind: 'add-note'; name: string; text: string }
  | { kind: 'keep'; name?: string }
  | { kind: 'forget'; name: string }
  | { kind: 'pause'; until: Millis | null }
  | { kind: 'resume' }
  | { kind: 'nudge-at'; hour: number; minute: number }
  | { kind: 'tz'; zone: TimeZone }
  | { kind: 'tz-unknown'; query: string }
  | { kind: 'undo' }
  | { kind: 'export' }
  | { kind: 'delete-data' }
  | { kind: 'confirm-delete' }
  | { kind: 'same' }
  | { kind: 'new-person' }
  | { kind: 'pick'; target: Target }
  | { kind: 'help' }
  | { kind: 'stop' }
  | { kind: 'start' }
  | { kind: 'note'; text: string };

export interface ParseReplyOptions {
  now: Millis;
  timeZone: TimeZone;
}

/**
 * Everything one text means, from the one reader: `meaning` (what it says: a note, a plan, a question, a correction...),
 * `command` (the same text as an exact command or steering reply, reconciled with `meaning`), and, read only when asked,
 * the text as a note about someone and as the answer to "who was it?".
 */
export interface Understanding {
  readonly meaning: Meaning;
  readonly command: Command;
  note(): ParsedNote;
  nameAnswer(): string | null;
}
