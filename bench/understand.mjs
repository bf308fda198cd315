// The understanding bench: bundles src/understand with esbuild, runs every table row, and reports the score by category
// and the CPU time per understood text (median and p99, warm). Usage: node bench/understand.mjs [--misses] [--legacy]
import { build } from 'esbuild';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const root = new URL('..', import.meta.url).pathname;
const scratch = mkdtempSync(join(tmpdir(), 'kb-understand-'));
const entry = join(scratch, 'entry.ts');
const outfile = join(scratch, 'bundle.mjs');
await import('node:fs').then(({ writeFileSync }) =>
  writeFileSync(
    entry,
    `export { understand } from '${root}src/understand/understand.ts';
     export { understandLegacy } from '${root}src/understand/legacy.ts';
     export { TABLE } from '${root}src/understand/table-data.ts';
     export { contextFor, checkRow } from '${root}src/understand/table-score.ts';`,
  ),
);
await build({ entryPoints: [entry], bundle: true, format: 'esm', platform: 'node', outfile, logLevel: 'error' });
const { understand, understandLegacy, TABLE, contextFor, checkRow } = await import(pathToFileURL(outfile).href);
rmSync(scratch, { recursive: true, force: true });

const showMisses = process.argv.includes('--misses');
const legacy = process.argv.includes('--legacy');
const reader = legacy ? understandLegacy : understand;
const byCategory = new Map();
for (const row of TABLE) {
  const got = reader(row.text, contextFor(row));
  const miss = checkRow(row.want, got);
  const tally = byCategory.get(row.category) ?? { right: 0, total: 0 };
  tally.total++;
  if (!miss) tally.right++;
  byCategory.set(row.category, tally);
  if (miss && showMisses) console.log(`MISS [${row.category}] ${JSON.stringify(row.text)}: ${miss}`);
}
let right = 0;
let total = 0;
console.log(`\n${legacy ? 'legacy parseReply + parseNote' : 'understand()'} on ${TABLE.length} texts`);
for (const [category, tally] of byCategory) {
  right += tally.right;
  total += tally.total;
  console.log(`${category.padEnd(16)} ${String(tally.right).padStart(3)}/${String(tally.total).padEnd(3)} ${((100 * tally.right) / tally.total).toFixed(1)}%`);
}
console.log(`${'overall'.padEnd(16)} ${String(right).padStart(3)}/${String(total).padEnd(3)} ${((100 * right) / total).toFixed(1)}%`);

// CPU per text: three warm-up passes, then each row timed on its own over five passes.
for (let pass = 0; pass < 3; pass++) for (const row of TABLE) reader(row.text, contextFor(row));
const times = [];
for (let pass = 0; pass < 5; pass++) {
  for (const row of TABLE) {
    const ctx = contextFor(row);
    const start = process.hrtime.bigint();
    reader(row.text, ctx);
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
}
times.sort((a, b) => a - b);
const at = (q) => times[Math.min(times.length - 1, Math.floor(q * times.length))];
console.log(`cpu per text (warm, ${times.length} runs): median ${at(0.5).toFixed(3)} ms, p99 ${at(0.99).toFixed(3)} ms, max ${times[times.length - 1].toFixed(3)} ms`);
