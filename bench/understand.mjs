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

// CPU per text: three warm-up passes, then each row timed on its own over seven passes. The machine is shared, so
// a row's time is its fastest pass (scheduler and GC pauses are not the reader's cost); all passes are reported too.
for (let pass = 0; pass < 3; pass++) for (const row of TABLE) reader(row.text, contextFor(row));
const all = [];
const fastest = [];
for (const row of TABLE) {
  const ctx = contextFor(row);
  let best = Infinity;
  for (let pass = 0; pass < 7; pass++) {
    const start = process.hrtime.bigint();
    reader(row.text, ctx);
    const ms = Number(process.hrtime.bigint() - start) / 1e6;
    all.push(ms);
    best = Math.min(best, ms);
  }
  fastest.push(best);
}
const quantile = (list, q) => [...list].sort((a, b) => a - b)[Math.min(list.length - 1, Math.floor(q * list.length))];
console.log(
  `cpu per text, warm: median ${quantile(fastest, 0.5).toFixed(3)} ms, p99 ${quantile(fastest, 0.99).toFixed(3)} ms, max ${Math.max(...fastest).toFixed(3)} ms (fastest of 7 passes per text)`,
);
console.log(`all ${all.length} passes: median ${quantile(all, 0.5).toFixed(3)} ms, p99 ${quantile(all, 0.99).toFixed(3)} ms`);
if (process.argv.includes('--slowest')) {
  const slow = TABLE.map((row) => {
    const ctx = contextFor(row);
    const start = process.hrtime.bigint();
    for (let i = 0; i < 5; i++) reader(row.text, ctx);
    return [Number(process.hrtime.bigint() - start) / 5e6, row.text];
  }).sort((a, b) => b[0] - a[0]);
  for (const [ms, text] of slow.slice(0, 12)) console.log(ms.toFixed(2), 'ms', text);
}

// Long adversarial texts (lists of 300 names, 400 "and"s, runs of commas): warm, the fastest of four runs each.
if (process.argv.includes('--worst')) {
  const ctx = contextFor({ text: '', latest: 'Ines', category: 'chatter', want: { intent: '' } });
  const cases = {
    'a list of 300 names': Array.from({ length: 300 }, (_, i) => `Al${String.fromCharCode(97 + (i % 26))}`).join(', '),
    '400 "jo and"': `met ${Array.from({ length: 400 }, () => 'jo and').join(' ')}`,
    '800 one-letter words': 'a '.repeat(800),
    '1,500 commas': `met Sarah,${','.repeat(1500)}`,
    '1,500 spaces in a reminder': `remind me to ${' '.repeat(1500)}x`,
    '300 saved names in a reminder': `remind me to text ${'noor '.repeat(300)}`,
  };
  for (const [name, text] of Object.entries(cases)) {
    let best = Infinity;
    for (let run = 0; run < 4; run++) {
      const start = process.hrtime.bigint();
      reader(text, ctx);
      best = Math.min(best, Number(process.hrtime.bigint() - start) / 1e6);
    }
    console.log(`${name.padEnd(32)} ${String(text.length).padStart(5)} chars  ${best.toFixed(1)} ms`);
  }
}
