// describeFailure keeps names and codes and drops every message, however deep the data sits.
import { describe, expect, it } from 'vitest';
import { DrizzleQueryError } from 'drizzle-orm/errors';
import { describeFailure } from './failure';

const NOTE = 'Met Sarah at the climbing gym, 917-555-0199';

class CodedError extends Error {
  constructor(
    message: string,
    readonly code: string,
  ) {
    super(message);
    this.name = 'CodedError';
  }
}

describe('describeFailure', () => {
  it.each([
    [
      'a drizzle error with the note as a parameter',
      new DrizzleQueryError('insert into "notes" values (?)', [NOTE, '+12125550123'], new Error('D1_ERROR: injected failure: Network connection lost.')),
      { name: 'DrizzleQueryError < Error', codes: ['D1_ERROR'] },
    ],
    [
      'a constraint failure',
      new Error('D1_ERROR: UNIQUE constraint failed: users.phone: SQLITE_CONSTRAINT'),
      { name: 'Error', codes: ['D1_ERROR', 'SQLITE_CONSTRAINT'] },
    ],
    ['an error with a code property', new CodedError(`could not reach ${NOTE}`, 'ECONNRESET'), { name: 'CodedError', codes: ['ECONNRESET'] }],
    ['a code property that is not an identifier', new CodedError('x', NOTE), { name: 'CodedError', codes: [] }],
    ['a thrown string', NOTE, { name: 'string', codes: [] }],
    ['nothing', undefined, { name: '', codes: [] }],
  ])('%s', (_label, cause, expected) => {
    const summary = describeFailure(cause);
    expect(summary).toEqual(expected);
    expect(JSON.stringify(summary)).not.toMatch(/Sarah|917|555|\+1212/);
  });
});
