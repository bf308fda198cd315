// The export link: found only by its hash, usable until it is claimed or expires, and claimed once.
import { describe, expect, it } from 'vitest';
import { aUser, testDb } from '../../test/support/db-fixtures';
import { claimExportToken, exportTokenUsable, peopleWithNotes } from './export-tokens';
import { exportTokens, notes, people } from './schema';
import { hashToken } from '../conversation/export-token';

const NOW = 1_764_590_400_000;
const DAY = 86_400_000;

async function issued(token: string) {
  const db = testDb();
  const user = await aUser(db, NOW);
  const tokenHash = await hashToken(token);
  await db.insert(exportTokens).values({ tokenHash, userId: user.id, expiresAt: NOW + DAY });
  return { db, user, tokenHash };
}

describe('export tokens', () => {
  it('is usable before expiry, and claimed once by its owner', async () => {
    const { db, user, tokenHash } = await issued(crypto.randomUUID());
    expect(await exportTokenUsable(db, tokenHash, NOW)).toBe(true);
    expect(await exportTokenUsable(db, tokenHash, NOW)).toBe(true);
    expect(await claimExportToken(db, tokenHash, NOW + 1000)).toBe(user.id);
    expect(await claimExportToken(db, tokenHash, NOW + 2000)).toBeNull();
    expect(await exportTokenUsable(db, tokenHash, NOW + 2000)).toBe(false);
  });

  it.each([
    { name: 'at expiry', at: NOW + DAY },
    { name: 'after expiry', at: NOW + 2 * DAY },
  ])('is unusable $name', async ({ at }) => {
    const { db, tokenHash } = await issued(crypto.randomUUID());
    expect(await exportTokenUsable(db, tokenHash, at)).toBe(false);
    expect(await claimExportToken(db, tokenHash, at)).toBeNull();
  });

  it('is found only by its hash, never by the token itself', async () => {
    const token = crypto.randomUUID();
    const { db } = await issued(token);
    expect(await exportTokenUsable(db, token, NOW)).toBe(false);
    expect(await claimExportToken(db, token, NOW)).toBeNull();
  });

  it("peopleWithNotes reads one user's people by name, each with their notes in order", async () => {
    const { db, user } = await issued(crypto.randomUUID());
    const other = await aUser(db, NOW);
    const [sarah, jake] = await db
      .insert(people)
      .values([
        { userId: user.id, name: 'Sarah', nameKey: 'sarah', metAt: NOW, updatedAt: NOW },
        { userId: user.id, name: 'Jake', nameKey: 'jake', metAt: NOW, updatedAt: NOW },
      ])
      .returning({ id: people.id });
    if (!sarah || !jake) throw new Error('people not inserted');
    await db.insert(people).values({ userId: other.id, name: 'Amy', nameKey: 'amy', metAt: NOW, updatedAt: NOW });
    await db.insert(notes).values([
      { userId: user.id, personId: sarah.id, body: 'second', createdAt: NOW + 2 },
      { userId: user.id, personId: sarah.id, body: 'first', createdAt: NOW + 1 },
      { userId: user.id, personId: null, body: 'loose', createdAt: NOW },
    ]);
    const read = await peopleWithNotes(db, user.id);
    expect(read.map(({ person, notes }) => [person.id, person.name, notes])).toEqual([
      [jake.id, 'Jake', []],
      [sarah.id, 'Sarah', ['first', 'second']],
    ]);
  });
});
