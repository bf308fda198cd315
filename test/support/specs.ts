// Runs a folder's Worker specs as one test file. Each test file starts its own workerd and loads the Worker's modules
// again (seconds of setup); a folder of specs shares one, and each spec runs in its own describe on an emptied D1, as
// it would in a file of its own.
import { env } from 'cloudflare:workers';
import { beforeAll, describe } from 'vitest';

/** The tables the migrations made (not SQLite's, D1's or the migrations' own). */
async function tablesOf(): Promise<string[]> {
  const { results } = await env.DB.prepare(
    "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '_cf_%' AND name <> 'd1_migrations'",
  ).all<{ name: string }>();
  return results.map((row) => row.name);
}

/** Every row gone and every id counter back at 0, the foreign keys checked at the end of the batch (so the order of the deletes does not matter). */
export async function emptyDatabase(): Promise<void> {
  const tables = await tablesOf();
  await env.DB.batch([
    env.DB.prepare('PRAGMA defer_foreign_keys = on'),
    ...tables.map((table) => env.DB.prepare(`DELETE FROM "${table}"`)),
    // ids start again at 1, as in a fresh file (a composer's choice of words may follow an id)
    env.DB.prepare("DELETE FROM sqlite_sequence WHERE name <> 'd1_migrations'"),
  ]);
}

/**
 * Registers each spec (`import.meta.glob('./folder/*.spec.ts')`) under a describe named for its file, in name order.
 * A folder with no spec fails, so a wrong glob cannot pass by running nothing.
 */
export function runSpecs(specs: Record<string, () => Promise<unknown>>): void {
  const paths = Object.keys(specs).sort();
  if (paths.length === 0) throw new Error('runSpecs: the glob matched no spec file');
  for (const path of paths) {
    const load = specs[path];
    if (!load) continue;
    describe(path.replace(/^.*\//, '').replace(/\.spec\.ts$/, ''), async () => {
      beforeAll(emptyDatabase);
      await load();
    });
  }
}
