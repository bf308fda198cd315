// What may be logged about a failure: the names of the errors in its chain and the codes they carry, never a message
// (a drizzle error's message holds the query's bound parameters: note text, phone numbers).

export interface FailureSummary {
  /** error names, outermost first: "DrizzleQueryError < Error" */
  name: string;
  /** codes found in the chain: D1_ERROR, SQLITE_CONSTRAINT, ECONNRESET, ... */
  codes: string[];
}

const CODE_IN_MESSAGE = /\b(?:D1_[A-Z_]+|SQLITE_[A-Z_]+)\b/g;
const CODE_SHAPE = /^[A-Za-z0-9_.-]{1,40}$/;

/**
 * Names and codes of `cause` and the causes it wraps, safe to log.
 * @example describeFailure(new DrizzleQueryError('insert ...', ['Met Sarah...'], new Error('D1_ERROR: network lost')))
 *   -> { name: 'DrizzleQueryError < Error', codes: ['D1_ERROR'] }
 */
export function describeFailure(cause: unknown): FailureSummary {
  const names: string[] = [];
  const codes = new Set<string>();
  let current: unknown = cause;
  for (let depth = 0; depth < 5 && current !== undefined && current !== null; depth++) {
    if (!(current instanceof Error)) {
      names.push(typeof current);
      break;
    }
    // drizzle's errors keep the name "Error"; their class says what they are
    const name = current.name === 'Error' ? current.constructor.name : current.name;
    names.push(CODE_SHAPE.test(name) ? name : 'Error');
    for (const code of current.message.match(CODE_IN_MESSAGE) ?? []) codes.add(code);
    const own: unknown = (current as { code?: unknown }).code;
    if ((typeof own === 'string' || typeof own === 'number') && CODE_SHAPE.test(String(own))) codes.add(String(own));
    current = current.cause;
  }
  return { name: names.join(' < '), codes: [...codes] };
}
