// Rows for the data layer's own tests (src/db/*.test.ts), inserted with drizzle: a user, a person, a nudge, a text.
import { personOf } from './snapshots';
import { openDb, type Db } from '../../src/db/client';
import { inbound, nudges, outbound, people, users } from '../../src/db/schema';
import type { Person } from '../../src/db/rows';
import type { NudgeState, OutboundState } from '../../src/db/states';
import { phoneNumber } from '../factories';
import { env } from 'cloudflare:workers';

export function testDb(): Db {
  return openDb(env.DB);
}

/** A new user at `now`, with a fresh number. */
export async function aUser(db: Db, now: number, phone = phoneNumber()): Promise<{ id: number; phone: string }> {
  const [row] = await db.insert(users).values({ phone, timeZone: 'America/New_York', createdAt: now }).returning({ id: users.id });
  if (!row) throw new Error('user not inserted');
  return { id: row.id, phone };
}

/** A person as a text would save them: only a name and when they were met (the snapshots' person, without its id). */
export function personNamed(name: string, now: number): Omit<Person, 'id'> {
  const { id: _id, ...person } = personOf({ id: 0, name, metAt: now, updatedAt: now });
  return person;
}

export async function aPerson(db: Db, userId: number, name: string, now: number): Promise<number> {
  const [row] = await db.insert(people).values({ userId, name, nameKey: name.toLowerCase(), metAt: now, updatedAt: now }).returning({ id: people.id });
  if (!row) throw new Error('person not inserted');
  return row.id;
}

export async function aNudge(db: Db, at: { userId: number; personId: number; dueAt: number; state?: NudgeState; now: number }): Promise<number> {
  const [row] = await db
    .insert(nudges)
    .values({ userId: at.userId, personId: at.personId, kind: 'first-follow-up', dueAt: at.dueAt, state: at.state ?? 'pending', createdAt: at.now })
    .returning({ id: nudges.id });
  if (!row) throw new Error('nudge not inserted');
  return row.id;
}

export async function anOutbound(db: Db, at: { userId: number; now: number; state?: OutboundState; twilioSid?: string | null; nextAttemptAt?: number }) {
  const [row] = await db
    .insert(outbound)
    .values({
      userId: at.userId,
      body: 'Text Sarah?',
      localDay: '2026-12-01',
      state: at.state ?? 'queued',
      nextAttemptAt: at.nextAttemptAt ?? at.now,
      twilioSid: at.twilioSid ?? null,
      createdAt: at.now,
    })
    .returning();
  if (!row) throw new Error('outbound not inserted');
  return row;
}

export async function anInbound(db: Db, at: { phone: string; body: string; receivedAt: number; state: 'received' | 'handled' | 'failed'; userId?: number }) {
  const [row] = await db
    .insert(inbound)
    .values({
      sid: `SM${crypto.randomUUID().replace(/-/g, '')}`,
      phone: at.phone,
      body: at.body,
      receivedAt: at.receivedAt,
      state: at.state,
      userId: at.userId ?? null,
    })
    .returning({ id: inbound.id });
  if (!row) throw new Error('inbound not inserted');
  return row.id;
}
