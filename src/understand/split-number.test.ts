// split-number: a number sent over two texts ("his number is 929 555", then "0184 sorry hit send too early") is one
// number for the person of the latest note, when it comes within minutes and neither half is a number alone.
import { describe, expect, it } from 'vitest';
import { ctxWith, idOf, view } from '../../test/support/understand/reader-context';
import { readSplitNumber, SPLIT_NUMBER_MS } from './split-number';
import type { UnderstandContext } from './types';

const base = ctxWith({ latest: 'Jake' });
const withNote = (body: string, ago = 60_000, country = 'US'): UnderstandContext => ({
  ...base,
  defaultCountry: country,
  latestNote: { personId: idOf('Jake'), body, at: base.now - ago },
});
const jake = { name: 'Jake', id: idOf('Jake') };

describe('readSplitNumber', () => {
  it.each([
    ['his number is 929 555', '0184 sorry hit send too early', 'US', '+19295550184'],
    ['her cell is 312-555', '-0147', 'US', '+13125550147'],
    ['his number is 07700 900', '813 oops', 'GB', '+447700900813'],
  ] as const)('%j then %j (%s): %s', (before, text, country, phone) => {
    expect(readSplitNumber(view(text), withNote(before, 60_000, country))).toEqual({ intent: 'correct-contact', person: jake, contacts: { phone } });
  });

  it.each([
    // a whole number before: this text is no rest of it
    ['his number is 929 555 0184', '12 more things'],
    // a whole number now: read as one already
    ['his number is 929', '929 555 0184'],
    // digits that make no number
    ['lunch at 12', '30 people came'],
    ['met jake at the gym', '0184 sorry'],
    // no digits opening the text
    ['his number is 929 555', 'sorry 0184'],
  ])('%j then %j: null', (before, text) => {
    expect(readSplitNumber(view(text), withNote(before))).toBeNull();
  });

  it('only within minutes of the note, and only with a note', () => {
    expect(readSplitNumber(view('0184 sorry'), withNote('his number is 929 555', SPLIT_NUMBER_MS + 1))).toBeNull();
    expect(readSplitNumber(view('0184 sorry'), base)).toBeNull();
  });
});
