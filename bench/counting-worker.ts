// Bench only: Kindling's own Worker with its D1 binding counted. Every invocation (request, cron run, queue batch) logs one
// `bench-d1 {...}` line: round trips, statements, time waiting on D1, the statement shapes and the distinct SQL it sent.
// Requests also carry the count back in `x-bench-d1-*` headers. Run with `wrangler dev bench/counting-worker.ts`
// (wrangler.toml's bindings, queues included, still apply).
import kindling from '../src/index';
import { countingD1, shorten, summarize, type D1Trace } from './counting-d1';

/** Kindling's handlers, whichever it has (a queue consumer only exists when sweeps fan out). */
const worker = kindling as ExportedHandler<Env, unknown> & Required<Pick<ExportedHandler<Env, unknown>, 'fetch' | 'scheduled'>>;

function logTrace(kind: 'fetch' | 'scheduled' | 'queue', trace: D1Trace, ms: number, extra: Record<string, unknown> = {}): void {
  const d1Ms = trace.calls.reduce((sum, call) => sum + call.ms, 0);
  const sql = [...new Set(trace.calls.flatMap((call) => call.sql))];
  console.log(
    `bench-d1 ${JSON.stringify({ kind, ...extra, roundTrips: trace.roundTrips, statements: trace.statements, ms, d1Ms, shapes: summarize(trace), sql })}`,
  );
}

export default {
  async fetch(request, env, ctx) {
    const { db, trace } = countingD1(env.DB);
    const response = await worker.fetch(request, { ...env, DB: db }, ctx);
    const path = new URL(request.url).pathname;
    if (path !== '/') logTrace('fetch', trace, 0, { path });
    const headers = new Headers(response.headers);
    headers.set('x-bench-d1-round-trips', String(trace.roundTrips));
    headers.set('x-bench-d1-statements', String(trace.statements));
    headers.set('x-bench-d1-ms', String(trace.calls.reduce((sum, call) => sum + call.ms, 0)));
    const calls = trace.calls.map((call) => ({ op: call.op, n: call.sql.length, sql: call.sql.map(shorten).join(' ; ') }));
    headers.set('x-bench-d1-trace', encodeURIComponent(JSON.stringify(calls)));
    return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
  },

  async scheduled(controller, env, ctx) {
    const { db, trace } = countingD1(env.DB);
    const started = Date.now();
    await worker.scheduled(controller, { ...env, DB: db }, ctx);
    logTrace('scheduled', trace, Date.now() - started, { time: controller.scheduledTime });
  },

  async queue(batch, env, ctx) {
    if (!worker.queue) {
      batch.ackAll();
      return;
    }
    const { db, trace } = countingD1(env.DB);
    const started = Date.now();
    await worker.queue(batch, { ...env, DB: db }, ctx);
    logTrace('queue', trace, Date.now() - started, { messages: batch.messages.length });
  },
} satisfies ExportedHandler<Env, unknown>;
