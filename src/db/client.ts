// Opens drizzle over the D1 binding; every module in db/ takes the result.
import { drizzle } from 'drizzle-orm/d1';
import * as schema from './schema';

export function openDb(d1: D1Database) {
  return drizzle(d1, { schema });
}

export type Db = ReturnType<typeof openDb>;
