// Opens drizzle over D1, and routes each user to their database: every module in db/ takes the result.
import { drizzle } from 'drizzle-orm/d1';
import * as schema from './schema';

export function openDb(d1: D1Database) {
  return drizzle(d1, { schema });
}

export type Db = ReturnType<typeof openDb>;

/** What identifies whose rows a request touches: the user's number, their id (a queued send), or a link's token. */
export type UserKey = { phone: string } | { userId: number } | { token: string };

/**
 * The database one user's rows live in. There is one D1 database today, so every key routes to it; sharding users
 * across several databases is a change to this function and `everyDb` (a token or a queued job would then carry its
 * shard), and nowhere else.
 */
export function dbOf(env: { DB: D1Database }, _key: UserKey): Db {
  return openDb(env.DB);
}

/** Every database, for work that spans users: the cron sweep and the opt-out recovery visit each. */
export function everyDb(env: { DB: D1Database }): Db[] {
  return [openDb(env.DB)];
}
