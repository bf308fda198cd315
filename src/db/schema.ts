// The D1 schema, as drizzle tables. `npm run db:generate` turns changes here into SQL under migrations/.
import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import type { ChannelName } from '../channels/channel';
import type { Language, NudgeKind } from '../domain/types';
import type { InboundState, NudgeState, OutboundState } from './states';

/** One phone number that texts Kindling. After "delete my data" only phone and opt-out remain. */
export const users = sqliteTable(
  'users',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    phone: text('phone').notNull(),
    timeZone: text('time_zone').notNull(),
    windowStart: integer('window_start').notNull().default(9),
    windowEnd: integer('window_end').notNull().default(20),
    preferredHour: integer('preferred_hour').notNull().default(10),
    optedOut: integer('opted_out', { mode: 'boolean' }).notNull().default(false),
    pausedUntil: integer('paused_until'),
    /** the pending question Kindling asked, as JSON (see conversation/pending.ts `Pending`), and when it lapses */
    pending: text('pending'),
    pendingExpiresAt: integer('pending_expires_at'),
    /** who the latest nudge text named, as JSON array of person ids, in order */
    lastNudgePeople: text('last_nudge_people'),
    lastNudgeAt: integer('last_nudge_at'),
    /** nudge texts sent on the user's local day `capDay`, for the daily cap */
    capDay: text('cap_day'),
    capCount: integer('cap_count').notNull().default(0),
    createdAt: integer('created_at').notNull(),
    /** where nudges go: the channel the user texted on last, or chose ('sms' | 'whatsapp') */
    channel: text('channel').$type<ChannelName>().notNull().default('sms'),
    /** the user's last inbound WhatsApp message (UTC ms): free-form texts only within 24 hours of it */
    whatsappLastInboundAt: integer('whatsapp_last_inbound_at'),
    /** the language Kindling writes to the user in: the last one a text of theirs was clearly in ('en' | 'es') */
    language: text('language').$type<Language>().notNull().default('en'),
  },
  (t) => [uniqueIndex('users_phone_unique').on(t.phone)],
);

/** A person a user met. Lists are JSON arrays. */
export const people = sqliteTable(
  'people',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    nameKey: text('name_key').notNull(),
    met: text('met'),
    metAt: integer('met_at').notNull(),
    interests: text('interests').notNull().default('[]'),
    work: text('work').notNull().default('[]'),
    contacts: text('contacts').notNull().default('{}'),
    events: text('events').notNull().default('[]'),
    warmth: text('warmth').notNull().default('unknown'),
    silences: integer('silences').notNull().default(0),
    kept: integer('kept', { mode: 'boolean' }).notNull().default(false),
    /** the user said stop reminding me about them: no nudges, notes kept (KEEP or UNMUTE reverses) */
    muted: integer('muted', { mode: 'boolean' }).notNull().default(false),
    sentKinds: text('sent_kinds').notNull().default('[]'),
    celebratedEvents: text('celebrated_events').notNull().default('[]'),
    lastContactAt: integer('last_contact_at'),
    /** plans and invitations with them the user reported, oldest first: JSON PersonPlan[] */
    plans: text('plans').notNull().default('[]'),
    /** their news the user passed on, oldest first: JSON PersonNews[] */
    news: text('news').notNull().default('[]'),
    /** where and when the user regularly crosses paths with them: JSON RecurringPlace, or null */
    recurringPlace: text('recurring_place'),
    /** they are moving away: JSON PersonMove, or null */
    move: text('move'),
    /** the user's other people they are tied to: JSON PersonTie[] */
    ties: text('ties').notNull().default('[]'),
    /** occasions a sent nudge already covered (playbook occasionKey): JSON string[] */
    covered: text('covered').notNull().default('[]'),
    updatedAt: integer('updated_at').notNull(),
    /** '<inbound id>.<n>' for a person created by a text: how later statements of the same batch find the new row */
    ref: text('ref'),
  },
  (t) => [
    index('people_user_name').on(t.userId, t.nameKey),
    index('people_user_updated').on(t.userId, t.updatedAt),
    uniqueIndex('people_ref_unique').on(t.ref),
  ],
);

/** Each note as the user texted it, filed under a person (or pending, with no person yet). */
export const notes = sqliteTable(
  'notes',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    personId: integer('person_id').references(() => people.id, { onDelete: 'cascade' }),
    body: text('body').notNull(),
    createdAt: integer('created_at').notNull(),
    /** '<inbound id>.<n>' for a note stored by a text: how later statements of the same batch find the new row */
    ref: text('ref'),
  },
  (t) => [index('notes_person').on(t.personId), index('notes_user').on(t.userId), uniqueIndex('notes_ref_unique').on(t.ref)],
);

/** Every inbound text, stored before anything else; `sid` dedupes Twilio retries and replays. */
export const inbound = sqliteTable(
  'inbound',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    sid: text('sid').notNull(),
    userId: integer('user_id').references(() => users.id, { onDelete: 'cascade' }),
    phone: text('phone').notNull(),
    body: text('body').notNull(),
    numMedia: integer('num_media').notNull().default(0),
    receivedAt: integer('received_at').notNull(),
    state: text('state').$type<InboundState>().notNull().default('received'),
    reply: text('reply'),
  },
  (t) => [uniqueIndex('inbound_sid_unique').on(t.sid), index('inbound_phone_received').on(t.phone, t.receivedAt), index('inbound_user').on(t.userId)],
);

/** The next (or a past) nudge for a person. Exactly one `pending` per person at most. */
export const nudges = sqliteTable(
  'nudges',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    personId: integer('person_id')
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
    kind: text('kind').$type<NudgeKind>().notNull(),
    /** when it may go out, already inside the user's window (UTC ms) */
    dueAt: integer('due_at').notNull(),
    state: text('state').$type<NudgeState>().notNull().default('pending'),
    /** JSON: { event?, group? } */
    detail: text('detail').notNull().default('{}'),
    outboundId: integer('outbound_id'),
    createdAt: integer('created_at').notNull(),
  },
  (t) => [
    index('nudges_state_due').on(t.state, t.dueAt),
    index('nudges_person_state').on(t.personId, t.state),
    index('nudges_user_state_due').on(t.userId, t.state, t.dueAt),
    index('nudges_outbound').on(t.outboundId),
  ],
);

/** Texts Kindling sends through the REST API, one row per text; retried under the same row, never twice. */
export const outbound = sqliteTable(
  'outbound',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    body: text('body').notNull(),
    /** the user's local day it counts against, for the daily cap: "2026-12-01" */
    localDay: text('local_day').notNull(),
    state: text('state').$type<OutboundState>().notNull().default('queued'),
    attempts: integer('attempts').notNull().default(0),
    nextAttemptAt: integer('next_attempt_at').notNull(),
    twilioSid: text('twilio_sid'),
    errorCode: integer('error_code'),
    /** a random token the sweep that created the row claims it with */
    claim: text('claim'),
    createdAt: integer('created_at').notNull(),
  },
  (t) => [
    index('outbound_state_next').on(t.state, t.nextAttemptAt),
    index('outbound_user_day').on(t.userId, t.localDay),
    uniqueIndex('outbound_sid_unique').on(t.twilioSid),
    uniqueIndex('outbound_claim_unique').on(t.claim),
  ],
);

/** Reverts for `undo`: what to put back, as JSON statements, newest last. */
export const changes = sqliteTable(
  'changes',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    summary: text('summary').notNull(),
    revert: text('revert').notNull(),
    createdAt: integer('created_at').notNull(),
  },
  (t) => [index('changes_user').on(t.userId, t.id)],
);

/** Single-use export links. Only a SHA-256 of the token is stored. */
export const exportTokens = sqliteTable(
  'export_tokens',
  {
    tokenHash: text('token_hash').primaryKey(),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    expiresAt: integer('expires_at').notNull(),
    usedAt: integer('used_at'),
  },
  (t) => [index('export_tokens_user').on(t.userId)],
);

/**
 * Page links (GET /p/<token>): only the token's SHA-256 is stored; a new link or PAGE OFF deletes the old row. The
 * window columns count this link's requests in the current minute, for its rate limit.
 */
export const pageTokens = sqliteTable(
  'page_tokens',
  {
    tokenHash: text('token_hash').primaryKey(),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    createdAt: integer('created_at').notNull(),
    expiresAt: integer('expires_at').notNull(),
    windowStart: integer('window_start').notNull().default(0),
    windowCount: integer('window_count').notNull().default(0),
  },
  (t) => [index('page_tokens_user').on(t.userId)],
);
