// The sweep's shared frame: its deps and report, per-user isolation of failures, id-chunked reads.
import type { Db } from '../db/client';
import type { NudgeRow } from '../db/nudges';
import type { Person } from '../db/rows';
import type { Settings } from '../env';
import type { SendJob } from '../types';

const CHUNK = 90;

export interface SweepReport {
  sent: number;
  retried: number;
  deferred: number;
  failed: number;
  /** users or retried texts whose work threw (an outage, a bad row, a bug): logged, skipped, and the sweep went on */
  errors: number;
  /** users handed to the queue consumer */
  queued: number;
}

export function emptyReport(): SweepReport {
  return { sent: 0, retried: 0, deferred: 0, failed: 0, errors: 0, queued: 0 };
}

/** A run worth a log line: it sent, retried, gave up on or failed at something, or fanned out. Deferrals alone are not. */
export function worthLogging(report: SweepReport): boolean {
  return report.sent + report.retried + report.failed + report.errors + report.queued > 0;
}

export interface SweepDeps {
  db: Db;
  settings: Settings;
  /** the run's time: the cron's scheduledTime, or the sweep's that enqueued a consumer job */
  now: number;
  /**
   * The real clock, read when a text is claimed: every send decides at the later of `now` and this, so a late queue
   * message or a long sweep never texts outside the window. Absent (tests, the simulator): `now` is the only clock.
   */
  clock?: () => number;
  fetcher?: typeof fetch;
  /** when bound, large sweeps fan out to the consumer one user per message */
  queue?: Queue<SendJob>;
}

export function chunks<T>(items: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

export async function byIds<T>(ids: number[], load: (chunk: number[]) => Promise<T[]>): Promise<T[]> {
  const rows: T[] = [];
  for (const chunk of chunks([...new Set(ids)], CHUNK)) rows.push(...(await load(chunk)));
  return rows;
}

/** A thrown value as a log may show it: its name only (a D1 error's message carries bound values: bodies, numbers). */
export function causeName(cause: unknown): string {
  return cause instanceof Error ? cause.name : typeof cause;
}

/** One user's (or one retried text's) work: a throw is logged with the user id and counted, and the sweep goes on. */
export async function isolated(report: SweepReport, userId: number, step: string, work: () => Promise<void>): Promise<void> {
  try {
    await work();
  } catch (cause) {
    report.errors += 1;
    console.error('sweep: skipped a user', { userId, step, cause: causeName(cause) });
  }
}

/** The deps of one claim: `now` is the later of the run's time and the real clock at this moment. */
export function atClaim(deps: SweepDeps): SweepDeps {
  return { ...deps, now: Math.max(deps.now, deps.clock?.() ?? deps.now) };
}

/** What a text's end counts as: it went out, is tried later, was given up (or its number unsubscribed), or released. */
export type Finish = 'went-out' | 'try-later' | 'given-up' | 'released';

/** The nudges a text carries and their people: in memory after a fresh claim, read back for a retried text. */
export interface Carried {
  nudges: NudgeRow[];
  personById: Map<number, Person>;
}

export function count(report: SweepReport, result: Finish): void {
  if (result === 'went-out') report.sent += 1;
  if (result === 'given-up') report.failed += 1;
  if (result === 'released') report.deferred += 1;
}
