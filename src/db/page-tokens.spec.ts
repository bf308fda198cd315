// The page link: found only by its hash while unexpired, rate-limited per minute, reading only its owner's rows.
import { describe, expect, it } from 'vitest';
import { aNudge, aPerson, aUser, testDb } from '../../test/support/db-fixtures';
import { PAGE_REQUESTS_PER_MINUTE, readPage, readPageOwner } from './page-tokens';
import { notes, pageTokens } from './schema';
import { hashToken } from '../conversation/export-token';

const NOW = 1_764_590_400_000;
const DAY = 86_400_000;

async function issued() {
  const db = testDb();
  const user = await aUser(db, NOW);
  const token = crypto.randomUUID();
  const tokenHash = await hashToken(token);
  await db.insert(pageTokens).values({ tokenHash, userId: user.id, createdAt: NOW, expiresAt: NOW + DAY });
  return { db, user, token, tokenHash };
}

describe('page tokens', () => {
  it("readPage shows the owner's people, open nudges and notes, and no one else's", async () => {
    const { db, user, tokenHash } = await issued();
    const personId = await aPerson(db, user.id, 'Sarah', NOW);
    const nudgeId = await aNudge(db, { userId: user.id, personId, dueAt: NOW + DAY, now: NOW });
    await db.insert(notes).values({ userId: user.id, personId, body: 'met at the gym', createdAt: NOW });
    const other = await aUser(db, NOW);
    await aPerson(db, other.id, 'Jake', NOW);
    const page = await readPage(db, tokenHash, NOW);
    if (page.status !== 'ok') throw new Error(`page ${page.status}`);
    expect(page.user.id).toBe(user.id);
    expect(page.people.map((person) => person.name)).toEqual(['Sarah']);
    expect(page.nudges.map((nudge) => nudge.id)).toEqual([nudgeId]);
    expect(page.notes.map((note) => note.body)).toEqual(['met at the gym']);
  });

  it('readPageOwner names the owner', async () => {
    const { db, user, tokenHash } = await issued();
    expect(await readPageOwner(db, tokenHash, NOW)).toEqual({ status: 'ok', userId: user.id, phone: user.phone });
  });

  it.each([
    { name: 'the token itself, unhashed', at: NOW, raw: true },
    { name: 'an expired link', at: NOW + DAY, raw: false },
  ])('$name is missing', async ({ at, raw }) => {
    const { db, token, tokenHash } = await issued();
    const used = raw ? token : tokenHash;
    expect(await readPage(db, used, at)).toEqual({ status: 'missing' });
    expect(await readPageOwner(db, used, at)).toEqual({ status: 'missing' });
  });

  it('limits a link to its requests per minute, and a new minute starts afresh', async () => {
    const { db, tokenHash } = await issued();
    for (let request = 0; request < PAGE_REQUESTS_PER_MINUTE; request += 1) {
      expect((await readPageOwner(db, tokenHash, NOW + request)).status).toBe('ok');
    }
    expect(await readPage(db, tokenHash, NOW + 100)).toEqual({ status: 'limited' });
    expect(await readPageOwner(db, tokenHash, NOW + 200)).toEqual({ status: 'limited' });
    expect((await readPage(db, tokenHash, NOW + 60_001)).status).toBe('ok');
  });
});
