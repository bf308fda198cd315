// Row decoding: a person read back is the person written; an unreadable JSON column decodes to its empty value.
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { aUser, personNamed, testDb } from '../../test/support/db-fixtures';
import { patchColumns, toColumns, toPerson, windowOf, type Person } from './rows';
import { people, users } from './schema';

const NOW = 1_764_590_400_000;

const full: Omit<Person, 'id'> = {
  ...personNamed('Sarah', NOW),
  met: 'at the climbing gym',
  interests: ['bouldering'],
  work: ['nurse'],
  contacts: { phone: '+12125550100', handles: ['@sarah'] },
  events: [{ what: 'marathon', on: '2026-12-14' }],
  warmth: 'warm',
  silences: 1,
  kept: true,
  muted: true,
  sentKinds: ['first-follow-up'],
  celebratedEvents: ['marathon'],
  lastContactAt: NOW - 1000,
  plans: [{ what: 'coffee', at: NOW + 86_400_000 }],
  news: [{ what: 'new job', on: NOW }],
  recurringPlace: { place: 'the gym', weekday: 2 },
  move: { to: 'Denver', on: '2027-01-10' },
  ties: [{ name: 'Jake', how: 'brother' }],
  covered: ['marathon'],
};

async function roundTrip(person: Omit<Person, 'id'>) {
  const db = testDb();
  const user = await aUser(db, NOW);
  const [row] = await db
    .insert(people)
    .values({ userId: user.id, ...toColumns(person) })
    .returning();
  if (!row) throw new Error('no row');
  return { db, row };
}

describe('rows', () => {
  it.each([
    { name: 'every field set', person: full },
    { name: 'only the required fields', person: personNamed('Jake', NOW) },
  ])('toPerson decodes what toColumns encodes: $name', async ({ person }) => {
    const { row } = await roundTrip(person);
    expect(toPerson(row)).toEqual({
      id: row.id,
      muted: false,
      plans: [],
      news: [],
      recurringPlace: null,
      move: null,
      ties: [],
      covered: [],
      ...person,
    });
  });

  it.each([
    { column: 'interests', stored: 'not json', field: 'interests', empty: [] },
    { column: 'contacts', stored: '[1,2]', field: 'contacts', empty: {} },
    { column: 'sentKinds', stored: '["no-such-kind"]', field: 'sentKinds', empty: [] },
    { column: 'warmth', stored: 'scorching', field: 'warmth', empty: 'unknown' },
    { column: 'move', stored: '{"to":3}', field: 'move', empty: null },
  ])('an unreadable $column decodes to its empty value', async ({ column, stored, field, empty }) => {
    const { db, row } = await roundTrip(full);
    const [broken] = await db
      .update(people)
      .set({ [column]: stored })
      .where(eq(people.id, row.id))
      .returning();
    if (!broken) throw new Error('no row');
    expect(toPerson(broken)[field as keyof Person]).toEqual(empty);
  });

  it('patchColumns writes only the fields named, lists as JSON, and a patch reads back', async () => {
    const { db, row } = await roundTrip(personNamed('Sarah', NOW));
    const patch = { interests: ['chess'], warmth: 'lukewarm' as const, move: null, muted: true };
    expect(patchColumns({ ...patch, met: undefined })).toEqual({ interests: '["chess"]', warmth: 'lukewarm', move: null, muted: true });
    const [patched] = await db.update(people).set(patchColumns(patch)).where(eq(people.id, row.id)).returning();
    if (!patched) throw new Error('no row');
    expect(toPerson(patched)).toMatchObject({ ...patch, name: 'Sarah' });
  });

  it('windowOf reads a new user row as the default window', async () => {
    const db = testDb();
    const user = await aUser(db, NOW);
    const [row] = await db.select().from(users).where(eq(users.id, user.id));
    if (!row) throw new Error('no row');
    expect(windowOf(row)).toEqual({ startHour: 9, endHour: 20, preferredHour: 10 });
  });
});
