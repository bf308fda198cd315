// Bench only: wraps a D1 binding and counts its round trips (each statement run, each batch) with the SQL and time of each.
// A batch is one round trip however many statements it holds; `statements` counts those too.

export interface D1Call {
  /** run | all | first | raw | batch | exec */
  op: string;
  /** the statements sent in this round trip */
  sql: string[];
  /** wall time until D1 answered (ms; workerd's clock moves on I/O, so this is the wait for D1) */
  ms: number;
}

export interface D1Trace {
  roundTrips: number;
  statements: number;
  calls: D1Call[];
}

export function countingD1(inner: D1Database): { db: D1Database; trace: D1Trace } {
  const trace: D1Trace = { roundTrips: 0, statements: 0, calls: [] };
  const innerOf = new WeakMap<object, D1PreparedStatement>();
  const sqlOf = new WeakMap<object, string>();

  async function timed<T>(op: string, sql: string[], send: () => Promise<T>): Promise<T> {
    trace.roundTrips += 1;
    trace.statements += sql.length;
    const started = Date.now();
    const call: D1Call = { op, sql, ms: 0 };
    trace.calls.push(call);
    try {
      return await send();
    } finally {
      call.ms = Date.now() - started;
    }
  }

  function wrap(statement: D1PreparedStatement, sql: string): D1PreparedStatement {
    const wrapped = {
      bind: (...values: unknown[]) => wrap(statement.bind(...values), sql),
      first: (column?: string) => timed('first', [sql], () => (column === undefined ? statement.first() : statement.first(column))),
      run: () => timed('run', [sql], () => statement.run()),
      all: () => timed('all', [sql], () => statement.all()),
      raw: (options?: { columnNames?: boolean }) => timed('raw', [sql], () => (options?.columnNames ? statement.raw({ columnNames: true }) : statement.raw())),
    };
    innerOf.set(wrapped, statement);
    sqlOf.set(wrapped, sql);
    return wrapped as unknown as D1PreparedStatement;
  }

  const db = {
    prepare: (sql: string) => wrap(inner.prepare(sql), sql),
    batch: (statements: D1PreparedStatement[]) =>
      timed(
        'batch',
        statements.map((s) => sqlOf.get(s) ?? '?'),
        () => inner.batch(statements.map((s) => innerOf.get(s) ?? s)),
      ),
    exec: (query: string) => timed('exec', [query], () => inner.exec(query)),
    withSession: () => {
      throw new Error('bench: withSession is not counted');
    },
    dump: () => {
      throw new Error('bench: dump is not counted');
    },
  };
  return { db: db as unknown as D1Database, trace };
}

/** Groups calls by their SQL shape: "select ... from nudges where outbound_id = ?" x150, 6,120 ms. */
export function summarize(trace: D1Trace): Array<{ op: string; sql: string; count: number; ms: number }> {
  const groups = new Map<string, { op: string; sql: string; count: number; ms: number }>();
  for (const call of trace.calls) {
    const sql = call.sql.map(shorten).join(' ; ');
    const key = `${call.op} ${sql}`;
    const group = groups.get(key) ?? { op: call.op, sql, count: 0, ms: 0 };
    group.count += 1;
    group.ms += call.ms;
    groups.set(key, group);
  }
  return [...groups.values()].sort((a, b) => b.ms - a.ms || b.count - a.count);
}

/** A statement's shape on one line: column lists and IN lists collapsed, at most 140 characters. */
export function shorten(sql: string): string {
  return sql
    .replace(/\s+/g, ' ')
    .replace(/"/g, '')
    .replace(/^select .+? from /i, 'select * from ')
    .replace(/\((?:\w+(?:\.\w+)?, )+\w+(?:\.\w+)?\)/g, '(...)')
    .replace(/\((?:\?, )+\?\)/g, '(?...)')
    .slice(0, 140);
}
