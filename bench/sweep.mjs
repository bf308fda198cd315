// Section 3: one cron sweep over a seeded D1 (N users, 3 people each, exactly 1,000 nudges due), timed and counted.
// Seeding is SQL run by `wrangler d1 execute --local --file`: recursive CTEs make the rows inside SQLite in one pass.

import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { runCron, startWranglerDev, kindlingVars, wrangler } from './stack.mjs';

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;
export const DUE = 1_000;
/** Wednesday 2026-12-02 15:00 in New York: inside every seeded user's 9-20 window. */
export const SWEEP_AT = Date.UTC(2026, 11, 2, 20, 0);

const NAMES = ['Sarah', 'Priya Raman', 'Jake', 'Marcus Lee', 'Anna', 'Kim Nguyen', 'Luis', 'Fatima Zahra', 'Ben', 'Chloe', 'Grace', 'Derek'];
const MET = ['climbing gym', 'Blue Bottle', 'the networking event', "Dana's party", 'pottery class', 'trivia night', 'the hackathon', 'the dog park'];
const INTERESTS = [
  '["bouldering"]',
  '["hiking"]',
  '["trail running"]',
  '["running"]',
  '["yoga","dogs"]',
  '["sourdough","board games"]',
  '["jazz"]',
  '["wine"]',
];
const WORK = [
  '["pottery studio"]',
  '["product designer","Stripe"]',
  '["fintech startup"]',
  '[]',
  '["yoga teacher"]',
  '["ER doctor"]',
  '["vintage synths"]',
  '["ML engineer"]',
];
const CONTACTS = ['{"phone":"+19175550199"}', '{"instagram":"priya.designs"}', '{"email":"jake@example.com"}', '{}'];
const LATER_KINDS = ['check-in', 'deepen', 'say-hi', 'first-follow-up'];

const sqlText = (text) => `'${text.replace(/'/g, "''")}'`;
// wrangler's statement splitter only closes a CASE on "END" followed by whitespace or ";": keep the space after END.
const pick = (column, values) => `CASE ${column} % ${values.length} ${values.map((v, i) => `WHEN ${i} THEN ${sqlText(v)}`).join(' ')} END `;

/**
 * The seed: `users` users in New York, 3 people each, one pending nudge per person; the first person of every
 * (users / 1,000)-th user is due a few minutes before SWEEP_AT, every other nudge is 1-8 days after it.
 */
export function seedSql(users) {
  const every = users / DUE;
  const created = SWEEP_AT - 30 * DAY;
  return `
INSERT INTO users (phone, time_zone, created_at)
WITH RECURSIVE seq(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM seq WHERE n < ${users})
SELECT '+1212' || printf('%07d', n), 'America/New_York', ${created} FROM seq;

INSERT INTO people (user_id, name, name_key, met, met_at, interests, work, contacts, updated_at)
SELECT u.id, ${pick('(u.id * 3 + k.k)', NAMES)}, lower(${pick('(u.id * 3 + k.k)', NAMES)}), ${pick('(u.id + k.k)', MET)},
  ${created} + k.k * ${DAY}, ${pick('(u.id + 2 * k.k)', INTERESTS)}, ${pick('(u.id + 3 * k.k)', WORK)}, ${pick('(u.id + k.k)', CONTACTS)},
  ${created} + k.k * ${DAY}
FROM users u CROSS JOIN (SELECT 1 AS k UNION ALL SELECT 2 UNION ALL SELECT 3) k ORDER BY u.id, k.k;

INSERT INTO nudges (user_id, person_id, kind, due_at, state, detail, created_at)
SELECT p.user_id, p.id,
  CASE WHEN p.user_id % ${every} = 0 AND p.id % 3 = 1 THEN 'first-follow-up' ELSE ${pick('p.id', LATER_KINDS)} END ,
  CASE WHEN p.user_id % ${every} = 0 AND p.id % 3 = 1 THEN ${SWEEP_AT} - (1 + p.user_id % 60) * ${MINUTE}
       ELSE ${SWEEP_AT} + ${DAY} + (p.id % 7) * ${DAY} + (p.id % 600) * ${MINUTE} END ,
  'pending', '{}', ${created}
FROM people p ORDER BY p.id;

SELECT (SELECT count(*) FROM users) AS users, (SELECT count(*) FROM people) AS people, (SELECT count(*) FROM nudges) AS nudges,
  (SELECT count(*) FROM nudges WHERE state = 'pending' AND due_at <= ${SWEEP_AT}) AS due,
  (SELECT count(DISTINCT user_id) FROM nudges WHERE state = 'pending' AND due_at <= ${SWEEP_AT}) AS due_users;
`;
}

/** The two queries the issue names, written as drizzle sends them (values inlined). */
export const NAMED_PLANS = [
  {
    name: 'due nudges (db/nudges.ts dueNudges)',
    sql: `SELECT * FROM nudges WHERE (state = 'pending' AND due_at <= ${SWEEP_AT}) ORDER BY due_at ASC LIMIT 400`,
  },
  {
    name: 'retries (db/outbound.ts retriesDue)',
    sql: `SELECT * FROM outbound WHERE (state IN ('queued', 'uncertain') AND next_attempt_at <= ${SWEEP_AT}) ORDER BY next_attempt_at LIMIT 50`,
  },
  {
    name: 'stale sends (db/outbound.ts retriesDue)',
    sql: `UPDATE outbound SET state = 'uncertain' WHERE (state = 'sending' AND next_attempt_at <= ${SWEEP_AT} - 600000)`,
  },
];

function parseLastJson(output) {
  const start = output.indexOf('[');
  return JSON.parse(output.slice(start));
}

/** Runs `EXPLAIN QUERY PLAN` for each statement (with `?` as 1) in one wrangler call; returns the plan lines per statement. */
export async function explainAll(persistTo, statements, scratch) {
  const file = join(scratch, `explain-${Date.now()}.sql`);
  // `?` becomes 1 (the plan does not depend on the value); "END" gets a space after it for wrangler's splitter
  const runnable = statements.map((sql) =>
    sql
      .replace(/\?/g, '1')
      .replace(/;\s*$/, '')
      .replace(/\bEND\b(?!\s)/g, 'END '),
  );
  writeFileSync(file, runnable.map((sql) => `EXPLAIN QUERY PLAN ${sql};`).join('\n'));
  const { output } = await wrangler(['d1', 'execute', 'kindling', '--local', '--persist-to', persistTo, '--json', '--file', file]);
  const results = parseLastJson(output);
  if (results.length !== statements.length) throw new Error(`EXPLAIN: ${statements.length} statements but ${results.length} results`);
  return statements.map((sql, index) => {
    const rows = results[index]?.results ?? [];
    // in an INSERT ... VALUES, top-level steps other than its own subqueries are the child tables' foreign-key checks
    const foreignKeyCheck = (row) => isInsertValues(sql) && row.parent === 0 && !/SUBQUERY/.test(row.detail);
    return { sql, plan: rows.map((row) => row.detail), scans: rows.filter((row) => isFullScan(row.detail) && !foreignKeyCheck(row)).map((row) => row.detail) };
  });
}

/**
 * A plan step that reads a whole table (not an index, not a rowid lookup). The plan of an INSERT ... VALUES into a
 * parent table also lists the foreign-key lookups of its child tables; they do not run for an insert, so explainAll
 * leaves them out of `scans`.
 */
export function isFullScan(detail) {
  return /^SCAN (?!CONSTANT)/.test(detail) && !/USING (COVERING )?INDEX|USING INTEGER PRIMARY KEY/.test(detail);
}

/**
 * Seeds a copy of the migrated template with `users` users (see seedSql) and plans the two named queries on it.
 * @returns {{ dir: string, users: number, counts: object, seedMs: number, plansBefore: Array<{name: string, sql: string, plan: string[]}> }}
 */
export async function seedDataset({ users, templateDir, scratch, log }) {
  const dir = mkdtempSync(join(scratch, `seeded-${users}-`));
  cpSync(templateDir, dir, { recursive: true });
  const seedFile = join(scratch, `seed-${users}.sql`);
  const explains = NAMED_PLANS.map((q) => `EXPLAIN QUERY PLAN ${q.sql};`).join('\n');
  writeFileSync(seedFile, `${seedSql(users)}\n${explains}\n`);
  log(`  seeding ${users.toLocaleString('en-US')} users...`);
  const seeded = await wrangler(['d1', 'execute', 'kindling', '--local', '--persist-to', dir, '--json', '--file', seedFile], { timeoutMs: 180_000 });
  const seedResults = parseLastJson(seeded.output);
  return {
    dir,
    users,
    seedMs: seeded.ms,
    counts: seedResults.at(-1 - NAMED_PLANS.length)?.results?.[0] ?? {},
    plansBefore: NAMED_PLANS.map((q, i) => ({ ...q, plan: (seedResults.at(i - NAMED_PLANS.length)?.results ?? []).map((row) => row.detail) })),
  };
}

/**
 * On a fresh copy of a seeded data set: starts the counting Worker, runs one cron sweep and follows any queue fan-out
 * it starts until every queued user is served. Returns timings, sends and D1 counts.
 */
export async function sweepOnce({ dataset, standin, standinPort, explainAfter = false, extraExplain = [], scratch, log }) {
  const { users } = dataset;
  const persistTo = mkdtempSync(join(scratch, `sweep-${users}-`));
  let worker = null;
  try {
    cpSync(dataset.dir, persistTo, { recursive: true });
    const events = [];
    worker = await startWranglerDev({
      entry: 'bench/counting-worker.ts',
      persistTo,
      vars: kindlingVars(standinPort),
      onLine: (line) => {
        const at = performance.now();
        const d1 = /bench-d1 (\{.*\})\s*$/.exec(line);
        if (d1) events.push({ at, type: 'd1', data: JSON.parse(d1[1]) });
        const sweep = /^\s*sweep\s+(.*)$/.exec(line);
        if (sweep) events.push({ at, type: 'sweep', text: sweep[1] });
        if (/unhandled|queued send failed|Uncaught|✘ \[ERROR\]/.test(line)) events.push({ at, type: 'problem', text: line });
      },
    });
    // open the database before the clock starts: a lookup of an export token that does not exist reads D1 and writes nothing
    await fetch(`${worker.url}/export/bench-warm-up-not-a-token`).then((response) => response.arrayBuffer());
    standin.reset();
    log(`  sweeping (${users.toLocaleString('en-US')} users)...`);
    const loadAverage = os.loadavg()[0];
    const started = performance.now();
    const cron = await runCron(worker.url, SWEEP_AT);
    const cronDone = performance.now();
    // the report line comes just before the scheduled handler returns; give the log a moment
    const report = await waitFor(() => events.find((e) => e.type === 'sweep'), 5_000);
    const queued = Number(/queued\D+(\d+)/.exec(report?.text ?? '')?.[1] ?? 0);
    const queueServed = () => events.filter((e) => e.type === 'd1' && e.data.kind === 'queue').reduce((n, e) => n + e.data.messages, 0);
    if (queued > 0) await waitFor(() => queueServed() >= queued, 150_000);
    const queueEvents = events.filter((e) => e.type === 'd1' && e.data.kind === 'queue');
    const finished = queued > 0 && queueEvents.length ? Math.max(cronDone, queueEvents.at(-1).at) : cronDone;
    const invocations = events.filter((e) => e.type === 'd1' && (e.data.kind === 'scheduled' || e.data.kind === 'queue'));
    const sends = standin.messages.length;
    const result = {
      users,
      counts: dataset.counts,
      seedMs: dataset.seedMs,
      plansBefore: dataset.plansBefore,
      loadAverage,
      report: report?.text ?? null,
      queued,
      queueServed: queueServed(),
      queueBatches: queueEvents.length,
      cronMs: cron.ms,
      totalMs: finished - started,
      sends,
      roundTrips: invocations.reduce((n, e) => n + e.data.roundTrips, 0),
      statements: invocations.reduce((n, e) => n + e.data.statements, 0),
      d1Ms: invocations.reduce((n, e) => n + e.data.d1Ms, 0),
      /** time inside the cron and consumer handlers, summed: what the sweep costs in Worker duration */
      workerMs: invocations.reduce((n, e) => n + e.data.ms, 0),
      invocations: invocations.length,
      maxRoundTripsPerInvocation: Math.max(0, ...invocations.map((e) => e.data.roundTrips)),
      maxStatementsPerInvocation: Math.max(0, ...invocations.map((e) => e.data.statements)),
      shapes: mergeShapes(invocations.map((e) => e.data.shapes)),
      sql: [...new Set(invocations.flatMap((e) => e.data.sql))],
      problems: events
        .filter((e) => e.type === 'problem')
        .map((e) => e.text)
        .slice(0, 5),
      startupMs: worker.startupMs,
    };
    await worker.stop();
    worker = null;
    if (explainAfter) {
      // every statement this sweep sent, and those the inbound texts of section 5 sent, planned on this data
      const plans = await explainAll(persistTo, [...result.sql, ...extraExplain], scratch);
      result.plansSweep = plans.slice(0, result.sql.length);
      result.plansInbound = plans.slice(result.sql.length);
    }
    return result;
  } finally {
    await worker?.stop();
    rmSync(persistTo, { recursive: true, force: true });
  }
}

export function mergeShapes(lists) {
  const merged = new Map();
  for (const list of lists) {
    for (const shape of list) {
      const key = `${shape.op} ${shape.sql}`;
      const into = merged.get(key) ?? { op: shape.op, sql: shape.sql, count: 0, ms: 0 };
      into.count += shape.count;
      into.ms += shape.ms;
      merged.set(key, into);
    }
  }
  return [...merged.values()].sort((a, b) => b.ms - a.ms || b.count - a.count);
}

async function waitFor(check, timeoutMs) {
  const deadline = performance.now() + timeoutMs;
  for (;;) {
    const value = check();
    if (value || performance.now() > deadline) return value;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

/** INSERT ... VALUES: its plan's child-table scans are foreign-key checks that do not run on insert. */
export function isInsertValues(sql) {
  return /^insert into\s.+?\svalues\s*\(/is.test(sql) && !/^insert into\s[^(]+\([^)]*\)\s*select\s/is.test(sql);
}
