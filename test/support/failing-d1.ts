// A D1 binding that behaves like the real one until a chosen query, which fails the way a D1 outage does.
// Every execution (a batch, or run/all/first/raw on one statement) is a call; `failWhen` decides which ones throw.

export interface D1Call {
  /** 0-based, in the order the Worker made them */
  index: number;
  kind: 'batch' | 'run' | 'all' | 'first' | 'raw';
  /** the SQL of each statement, lower-cased (one for a single statement) */
  sql: string[];
}

export interface FailingD1 {
  db: D1Database;
  /** every call made so far, failed or not */
  calls: D1Call[];
  /** the calls that were made to fail */
  failed: D1Call[];
}

class Statement {
  constructor(
    readonly real: D1PreparedStatement,
    readonly sql: string,
    private readonly gate: (kind: D1Call['kind'], sql: string[]) => void,
  ) {}

  bind(...values: unknown[]): Statement {
    return new Statement(this.real.bind(...values), this.sql, this.gate);
  }

  async run() {
    this.gate('run', [this.sql]);
    return this.real.run();
  }

  async all() {
    this.gate('all', [this.sql]);
    return this.real.all();
  }

  async first(column?: string) {
    this.gate('first', [this.sql]);
    return column === undefined ? this.real.first() : this.real.first(column);
  }

  async raw(options?: { columnNames?: false }) {
    this.gate('raw', [this.sql]);
    return this.real.raw(options);
  }
}

/** Wraps `real`; the calls for which `failWhen` returns true throw "D1_ERROR: injected failure". */
export function failingD1(real: D1Database, failWhen: (call: D1Call) => boolean): FailingD1 {
  const calls: D1Call[] = [];
  const failed: D1Call[] = [];
  const gate = (kind: D1Call['kind'], sql: string[]) => {
    const call: D1Call = { index: calls.length, kind, sql: sql.map((text) => text.toLowerCase()) };
    calls.push(call);
    if (failWhen(call)) {
      failed.push(call);
      throw new Error('D1_ERROR: injected failure: Network connection lost.');
    }
  };
  const db = {
    prepare: (query: string) => new Statement(real.prepare(query), query, gate) as unknown as D1PreparedStatement,
    batch: async (statements: D1PreparedStatement[]) => {
      const wrapped = statements as unknown as Statement[];
      gate(
        'batch',
        wrapped.map((statement) => statement.sql),
      );
      return real.batch(wrapped.map((statement) => statement.real));
    },
    exec: async (query: string) => {
      gate('run', [query]);
      return real.exec(query);
    },
    withSession: () => {
      throw new Error('sessions are not used by Kindling');
    },
    dump: () => {
      throw new Error('dump is not used by Kindling');
    },
  };
  return { db: db as unknown as D1Database, calls, failed };
}

/** A predicate: the first call whose SQL (any statement of a batch) matches `pattern`, and only that one. */
export function firstMatching(pattern: RegExp, kind?: D1Call['kind']): (call: D1Call) => boolean {
  let done = false;
  return (call) => {
    if (done || (kind && call.kind !== kind) || !call.sql.some((text) => pattern.test(text))) return false;
    done = true;
    return true;
  };
}
