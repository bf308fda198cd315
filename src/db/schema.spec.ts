// The drizzle schema and the SQL migrations agree: every table and column of schema.ts exists in the migrated D1.
import { env } from 'cloudflare:workers';
import { getTableColumns, getTableName, is } from 'drizzle-orm';
import { getTableConfig, SQLiteTable } from 'drizzle-orm/sqlite-core';
import { describe, expect, it } from 'vitest';
import * as schema from './schema';

const tables = Object.values(schema as Record<string, unknown>).filter((value): value is SQLiteTable => is(value, SQLiteTable));

async function migratedColumns(table: string) {
  const { results } = await env.DB.prepare(`PRAGMA table_info(${table})`).all<{ name: string; notnull: number; pk: number }>();
  return results;
}

describe('schema', () => {
  it('finds every table of schema.ts', () => {
    expect(tables.map(getTableName).sort()).toEqual(['changes', 'export_tokens', 'inbound', 'notes', 'nudges', 'outbound', 'page_tokens', 'people', 'users']);
  });

  it.each(tables.map((table) => ({ name: getTableName(table), table })))('$name: every column exists, with its NOT NULL', async ({ name, table }) => {
    const migrated = await migratedColumns(name);
    expect(migrated.length).toBeGreaterThan(0);
    for (const column of Object.values(getTableColumns(table))) {
      const found = migrated.find((row) => row.name === column.name);
      expect(found, `${name}.${column.name}`).toBeDefined();
      expect(found?.notnull === 1 || found?.pk === 1, `${name}.${column.name} NOT NULL`).toBe(column.notNull);
    }
  });

  it.each(tables.map((table) => ({ name: getTableName(table), table })))('$name: the migrated table has no column schema.ts lacks', async ({ name, table }) => {
    const declared = Object.values(getTableColumns(table)).map((column) => column.name);
    expect((await migratedColumns(name)).map((row) => row.name).sort()).toEqual(declared.sort());
  });

  it.each(tables.map((table) => ({ name: getTableName(table), table })))('$name: every index exists', async ({ name, table }) => {
    const { results } = await env.DB.prepare(`PRAGMA index_list(${name})`).all<{ name: string; unique: number }>();
    for (const index of getTableConfig(table).indexes) {
      const found = results.find((row) => row.name === index.config.name);
      expect(found, index.config.name).toBeDefined();
      expect(found?.unique === 1).toBe(Boolean(index.config.unique));
    }
  });
});
