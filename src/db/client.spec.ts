// dbOf and everyDb: every key, and every sweep, reaches the one D1 database (env.DB).
import { env } from 'cloudflare:workers';
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { aUser } from '../../test/support/db-fixtures';
import { dbOf, everyDb, openDb } from './client';
import { users } from './schema';

const NOW = 1_764_590_400_000;

describe('client', () => {
  it.each([{ key: 'phone' }, { key: 'userId' }, { key: 'token' }])('dbOf routes a $key key to env.DB', async ({ key }) => {
    const user = await aUser(openDb(env.DB), NOW);
    const userKey = key === 'phone' ? { phone: user.phone } : key === 'userId' ? { userId: user.id } : { token: 'any-token' };
    const [found] = await dbOf(env, userKey).select({ phone: users.phone }).from(users).where(eq(users.id, user.id));
    expect(found?.phone).toBe(user.phone);
  });

  it('everyDb is the one database, the same rows as env.DB', async () => {
    const user = await aUser(openDb(env.DB), NOW);
    const all = everyDb(env);
    expect(all).toHaveLength(1);
    const [only] = all;
    if (!only) throw new Error('no database');
    const [found] = await only.select({ id: users.id }).from(users).where(eq(users.phone, user.phone));
    expect(found?.id).toBe(user.id);
  });
});
