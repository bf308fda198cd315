// `npm run bench`: measures Kindling in one run and writes bench/RESULTS.md.
// 1 inbound webhook load vs a baseline Worker, 2 D1 round trips per text, 3 the cron sweep at 1k and 100k users,
// 4 bundle size and start-up, 5 SMS segments of every text Kindling composed, 6 the understanding table's score and
// CPU per understood text, 7 the worst CPU of hostile cards, texts and attachments (`node bench/hostile.mjs` alone). Every wrangler child runs in its own process group and is taken down at the end, on failure
// and on Ctrl-C.

import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { measureBundle } from './bundle.mjs';
import { loadNotes, loadPhones, postTexts } from './load.mjs';
import { demoTexts, measureText, summarizeSegments } from './money.mjs';
import { renderReport } from './report.mjs';
import { DEV_TWILIO, kindlingVars, ROOT, startKindling, startStandin, startWranglerDev, stopAll, wrangler } from './stack.mjs';
import { seedDataset, sweepOnce } from './sweep.mjs';
import { measureHostile } from './hostile.mjs';
import { measureUnderstanding } from './understand.mjs';
import { playWeek } from './week.mjs';

const RESULTS_FILE = fileURLToPath(new URL('./RESULTS.md', import.meta.url));
const DEMO_TRANSCRIPT = join(ROOT, 'dev/demo-transcript.txt');
const LOAD_SECONDS = 10;
const SIDE_SECONDS = 5;
const WARMUP_SECONDS = 3;
const CONNECTIONS = 8;
const SWEEP_SIZES = [1_000, 100_000];
const SWEEP_REPEATS = 2;
/** Worker log lines that mean a text or a send went wrong (wrangler's offline Request.cf warning is not one). */
const PROBLEM = /unhandled|inbound store failed|inbound load failed|inbound handling failed|queued send failed|Uncaught|✘ \[ERROR\]/;

const started = performance.now();
const log = (line) => console.log(`[bench ${((performance.now() - started) / 1000).toFixed(0).padStart(3)}s] ${line}`);

/** Every temporary file of the run lives under this directory (local D1 copies, seeds, the dry-run bundle). */
const scratch = mkdtempSync(join(os.tmpdir(), 'kindling-bench-'));

let interrupted = false;
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    if (interrupted) return;
    interrupted = true;
    console.error(`\n${signal}: stopping every wrangler child...`);
    void stopAll().finally(() => {
      rmSync(scratch, { recursive: true, force: true });
      process.exit(130);
    });
  });
}

function machine() {
  const cpuinfo = readFileSync('/proc/cpuinfo', 'utf8');
  const git = (...args) => execFileSync('git', args, { cwd: ROOT, encoding: 'utf8' });
  let commit = 'unknown';
  let dirty = [];
  try {
    commit = git('rev-parse', '--short', 'HEAD').trim();
    dirty = git('status', '--porcelain', '--', 'src', 'migrations', 'wrangler.toml', 'package.json').split('\n').filter(Boolean);
  } catch {
    // not a git checkout
  }
  return {
    cpu: /model name\s*:\s*(.+)/.exec(cpuinfo)?.[1]?.trim() ?? 'unknown',
    cores: os.cpus().length,
    memoryGiB: os.totalmem() / 2 ** 30,
    node: process.version,
    wrangler: JSON.parse(readFileSync(join(ROOT, 'node_modules/wrangler/package.json'), 'utf8')).version,
    os: `${os.type()} ${os.release()}`,
    date: new Date().toISOString(),
    loadAverage: os.loadavg()[0],
    commit,
    dirty,
  };
}

/** Runs one section; a failure is recorded in its place and the run goes on. */
async function section(results, name, run) {
  log(`section ${name}...`);
  results.loadAverage[name] = os.loadavg()[0];
  const at = performance.now();
  try {
    results[name] = await run();
  } catch (problem) {
    results[name] = { error: problem instanceof Error ? problem.message : String(problem) };
    log(`section ${name} failed: ${results[name].error.split('\n')[0]}`);
  }
  results.timings[name] = performance.now() - at;
}

async function main() {
  const results = { machine: machine(), timings: {}, loadAverage: {} };
  let standin = null;
  try {
    standin = await startStandin();
    const template = join(scratch, 'migrated');
    log('applying migrations to a template D1...');
    await wrangler(['d1', 'migrations', 'apply', 'kindling', '--local', '--persist-to', template]);
    const freshDb = (name) => {
      const dir = join(scratch, name);
      execFileSync('cp', ['-r', template, dir]);
      return dir;
    };

    await section(results, 'load', async () => {
      const kindling = await startKindling({ persistTo: freshDb('load'), standinPort: standin.port });
      const baseline = await startWranglerDev({ config: 'bench/baseline.wrangler.toml', vars: { TWILIO_AUTH_TOKEN: DEV_TWILIO.authToken } });
      try {
        const notes = loadNotes();
        const phones = loadPhones(50);
        log('  warming up both Workers...');
        await postTexts({ url: kindling.url, seconds: WARMUP_SECONDS, connections: CONNECTIONS, phones, notes });
        await postTexts({ url: baseline.url, seconds: WARMUP_SECONDS, connections: CONNECTIONS, phones, notes });
        log(`  Kindling, signed capture notes, ${LOAD_SECONDS} s...`);
        const kindlingRun = await postTexts({ url: kindling.url, seconds: LOAD_SECONDS, connections: CONNECTIONS, phones, notes });
        log(`  baseline, same posts, ${LOAD_SECONDS} s...`);
        const baselineRun = await postTexts({ url: baseline.url, seconds: LOAD_SECONDS, connections: CONNECTIONS, phones, notes });
        log(`  Kindling, bad signatures, ${SIDE_SECONDS} s...`);
        const rejectedRun = await postTexts({ url: kindling.url, seconds: SIDE_SECONDS, connections: CONNECTIONS, phones, notes, mode: 'bad-signature' });
        log(`  Kindling, HELP texts, ${SIDE_SECONDS} s...`);
        const helpRun = await postTexts({ url: kindling.url, seconds: SIDE_SECONDS, connections: CONNECTIONS, phones, notes: [() => 'help'] });
        log(`  Kindling, LIST texts, ${SIDE_SECONDS} s...`);
        const listRun = await postTexts({ url: kindling.url, seconds: SIDE_SECONDS, connections: CONNECTIONS, phones, notes: [() => 'list'] });
        return {
          kindling: kindlingRun,
          baseline: baselineRun,
          rejected: rejectedRun,
          help: helpRun,
          list: listRun,
          warmupSeconds: WARMUP_SECONDS,
          startup: { kindlingMs: kindling.startupMs, baselineMs: baseline.startupMs },
          problems: kindling.lines.filter((line) => PROBLEM.test(line)).slice(0, 5),
        };
      } finally {
        await Promise.allSettled([kindling.stop(), baseline.stop()]);
      }
    });

    await section(results, 'conversations', async () => {
      standin.standin.reset();
      const worker = await startWranglerDev({ entry: 'bench/counting-worker.ts', persistTo: freshDb('week'), vars: kindlingVars(standin.port) });
      try {
        log('  playing the scripted week...');
        const week = await playWeek({ url: worker.url, standin: standin.standin });
        const fetchSql = [
          ...new Set(
            worker.lines.flatMap((line) => {
              const match = /bench-d1 (\{.*\})\s*$/.exec(line);
              if (!match) return [];
              const data = JSON.parse(match[1]);
              return data.kind === 'fetch' ? data.sql : [];
            }),
          ),
        ];
        return { ...week, startupMs: worker.startupMs, fetchSql, problems: worker.lines.filter((line) => PROBLEM.test(line)).slice(0, 5) };
      } finally {
        await worker.stop();
      }
    });

    await section(results, 'sweep', async () => {
      const datasets = [];
      try {
        for (const users of SWEEP_SIZES) datasets.push(await seedDataset({ users, templateDir: template, scratch, log }));
        // each size swept SWEEP_REPEATS times from a fresh copy, sizes alternating, so drift on a shared machine hits both
        const runs = [];
        for (let repeat = 0; repeat < SWEEP_REPEATS; repeat++) {
          for (const dataset of datasets) {
            const last = repeat === SWEEP_REPEATS - 1 && dataset === datasets.at(-1);
            runs.push({
              repeat,
              ...(await sweepOnce({
                dataset,
                standin: standin.standin,
                standinPort: standin.port,
                scratch,
                log,
                explainAfter: last,
                extraExplain: results.conversations?.fetchSql ?? [],
              })),
            });
          }
        }
        return { runs, repeats: SWEEP_REPEATS, sizes: SWEEP_SIZES };
      } finally {
        for (const dataset of datasets) rmSync(dataset.dir, { recursive: true, force: true });
      }
    });

    await section(results, 'bundle', () => measureBundle(scratch));

    await section(results, 'understand', () => measureUnderstanding());

    await section(results, 'hostile', () => measureHostile());

    await section(results, 'money', async () => {
      const week = results.conversations;
      if (!week || week.error) throw new Error('no conversations to measure (section 2/5 failed)');
      const measured = [
        ...week.texts.filter((text) => text.reply).map((text) => measureText({ source: 'reply', body: text.reply, input: text.input })),
        ...week.nudges.map((nudge) => measureText({ source: 'nudge', body: nudge.body, input: nudge.input })),
        ...demoTexts(DEMO_TRANSCRIPT).map(measureText),
      ];
      return { measured, summary: summarizeSegments(measured), demoIncluded: measured.some((text) => text.source.startsWith('demo')) };
    });
  } finally {
    await stopAll();
    await standin?.close();
    rmSync(scratch, { recursive: true, force: true });
  }
  results.totalMs = performance.now() - started;
  writeFileSync(RESULTS_FILE, renderReport(results));
  // BENCH_JSON=path keeps every raw figure of the run, for digging into one
  if (process.env.BENCH_JSON) writeFileSync(process.env.BENCH_JSON, JSON.stringify(results, null, 1));
  log(`wrote ${RESULTS_FILE} in ${(results.totalMs / 1000).toFixed(0)} s`);
  const failed = Object.entries(results).filter(([, value]) => value && typeof value === 'object' && 'error' in value);
  if (failed.length) {
    console.error(`sections that failed: ${failed.map(([name]) => name).join(', ')}`);
    process.exitCode = 1;
  }
}

main().catch(async (problem) => {
  console.error(problem instanceof Error ? problem.stack : problem);
  await stopAll();
  rmSync(scratch, { recursive: true, force: true });
  process.exit(1);
});
