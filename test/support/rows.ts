// What a test reads back from the local D1 after driving the Worker: one user's rows of a table, by their number, in
// the order they were written. The one place tests spell these queries (tests read rows as stored: snake_case columns).
import { env } from 'cloudflare:workers';

type Table = 'people' | 'notes' | 'nudges' | 'outbound' | 'changes' | 'inbound';

const COLUMN = /^[a-z_]+$/;

/**
 * One user's rows of `table`, oldest first; `columns` picks what to read (all by default).
 * @example await rowsOf<{ name: string }>('people', phone, ['name']) // [{ name: 'Sarah' }, { name: 'Jake' }]
 */
export async function rowsOf<Row = Record<string, unknown>>(table: Table, phone: string, columns: readonly string[] = []): Promise<Row[]> {
  if (!columns.every((column) => COLUMN.test(column))) throw new Error(`not a column: ${columns.join(', ')}`);
  const picked = columns.length > 0 ? columns.map((column) => `t.${column}`).join(', ') : 't.*';
  const rows = await env.DB.prepare(`SELECT ${picked} FROM ${table} t JOIN users u ON u.id = t.user_id WHERE u.phone = ? ORDER BY t.id`).bind(phone).all<Row>();
  return rows.results;
}

/** The names of one user's saved people, oldest first. */
export async function namesOf(phone: string): Promise<string[]> {
  return (await rowsOf<{ name: string }>('people', phone, ['name'])).map((row) => row.name);
}
