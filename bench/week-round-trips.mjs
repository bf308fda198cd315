// `node bench/week-round-trips.mjs`: only section 2 of the bench, quickly: plays the scripted week against the counting
// Worker and prints the D1 round trips of every inbound text (a histogram, then the texts over 2).
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { kindlingVars, startStandin, startWranglerDev, stopAll, wrangler } from './stack.mjs';
import { playWeek } from './week.mjs';

const scratch = mkdtempSync(join(os.tmpdir(), 'kindling-week-'));
let standin = null;
try {
  standin = await startStandin();
  const db = join(scratch, 'week');
  await wrangler(['d1', 'migrations', 'apply', 'kindling', '--local', '--persist-to', db]);
  const worker = await startWranglerDev({ entry: 'bench/counting-worker.ts', persistTo: db, vars: kindlingVars(standin.port) });
  try {
    const week = await playWeek({ url: worker.url, standin: standin.standin });
    const histogram = new Map();
    for (const text of week.texts) histogram.set(text.roundTrips, (histogram.get(text.roundTrips) ?? 0) + 1);
    const counts = [...histogram.entries()]
      .sort(([a], [b]) => a - b)
      .map(([trips, n]) => `${n} with ${trips}`)
      .join(', ');
    console.log(`All ${week.texts.length} inbound texts of the week: ${counts} round trips.`);
    for (const text of week.texts.filter((t) => t.roundTrips > 2)) console.log(`over 2: ${text.roundTrips} | ${text.body} | ${text.reply ?? ''}`);
    const problems = worker.lines.filter((line) => /unhandled|inbound load failed|inbound handling failed|Uncaught/.test(line));
    if (problems.length) console.log(`problems in the Worker log:\n${problems.slice(0, 5).join('\n')}`);
  } finally {
    await worker.stop();
  }
} finally {
  await stopAll();
  await standin?.close();
  rmSync(scratch, { recursive: true, force: true });
}
