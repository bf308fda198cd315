// Scores the note parser on the example notes (test/fixtures/notes.jsonl, copied from the shared corpus) and holds it to the bar: names, phones, emails, event dates.

import { describe, expect, it } from 'vitest';
import corpusText from '../../test/fixtures/notes.jsonl?raw';
import { parseNote } from './note-person';
import type { Contacts, ParsedNote, PersonEvent } from '../domain/types';

interface Example {
  note: string;
  expect: Omit<ParsedNote, 'raw'>;
}

const NOW = Date.UTC(2026, 11, 1, 23, 0); // 2026-12-01 18:00 in New York, a Tuesday
const ZONE = 'America/New_York';
const examples: Example[] = corpusText
  .split('\n')
  .filter((line) => line.trim())
  .map((line) => JSON.parse(line) as Example);
const results = examples.map((ex) => ({ ex, got: parseNote(ex.note, { now: NOW, timeZone: ZONE }) }));

/** Case-insensitive substring either way: "trail" matches "trails". */
const loosely = (want: string, got: readonly string[]): boolean =>
  got.some((g) => g.toLowerCase().includes(want.toLowerCase()) || want.toLowerCase().includes(g.toLowerCase()));

const contactKeys = ['phone', 'email', 'instagram', 'linkedin'] as const satisfies ReadonlyArray<keyof Contacts>;

function score() {
  let names = 0;
  let specifics = 0;
  let specificsTotal = 0;
  let contacts = 0;
  let contactsTotal = 0;
  let dates = 0;
  let datesTotal = 0;
  const misses: string[] = [];
  for (const { ex, got } of results) {
    const want = ex.expect;
    if (got.name === want.name) names++;
    else misses.push(`name: ${JSON.stringify(want.name)} got ${JSON.stringify(got.name)} in "${ex.note}"`);
    const fields: Array<[string[], string[]]> = [
      [want.interests, got.interests],
      [want.work, got.work],
      [want.met ? [want.met] : [], got.met ? [got.met] : []],
    ];
    for (const [wanted, found] of fields) {
      for (const item of wanted) {
        specificsTotal++;
        if (loosely(item, found)) specifics++;
        else misses.push(`specific: "${item}" not in ${JSON.stringify(found)}`);
      }
    }
    for (const key of contactKeys) {
      const value = want.contacts[key];
      if (value === undefined) continue;
      contactsTotal++;
      if (got.contacts[key] === value) contacts++;
      else misses.push(`${key}: ${value} got ${String(got.contacts[key])}`);
    }
    for (const event of want.events) {
      datesTotal++;
      if (got.events.some((e: PersonEvent) => e.on === event.on)) dates++;
      else misses.push(`date: ${event.what} ${event.on} got ${JSON.stringify(got.events)}`);
    }
  }
  return { names, specifics, specificsTotal, contacts, contactsTotal, dates, datesTotal, misses };
}

describe('note parser on the shared corpus', () => {
  const s = score();

  it('prints its score', () => {
    console.log(
      [
        `corpus score over ${examples.length} notes:`,
        `  names right        ${s.names}/${examples.length}`,
        `  specifics found    ${s.specifics}/${s.specificsTotal} (${Math.round((100 * s.specifics) / Math.max(1, s.specificsTotal))}%)`,
        `  contacts normalised ${s.contacts}/${s.contactsTotal}`,
        `  dates right        ${s.dates}/${s.datesTotal}`,
        ...s.misses.map((m) => `  miss: ${m}`),
      ].join('\n'),
    );
    expect(examples.length).toBeGreaterThanOrEqual(24);
  });

  it('names at least 22 of 24 people right', () => {
    expect(s.names).toBeGreaterThanOrEqual(22);
  });

  it.each(results.filter(({ ex }) => ex.expect.contacts.phone).map(({ ex, got }) => [ex.note, ex.expect.contacts.phone, got.contacts.phone]))(
    'phone in %s',
    (_note, want, got) => {
      expect(got).toBe(want);
    },
  );

  it.each(results.filter(({ ex }) => ex.expect.contacts.email).map(({ ex, got }) => [ex.note, ex.expect.contacts.email, got.contacts.email]))(
    'email in %s',
    (_note, want, got) => {
      expect(got).toBe(want);
    },
  );

  it.each(results.flatMap(({ ex, got }) => ex.expect.events.map((e) => [ex.note, e.on, got.events.map((g) => g.on)] as const)))(
    'event date in %s',
    (_note, want, got) => {
      expect(got).toContain(want);
    },
  );

  it.each(results.map(({ ex, got }) => [ex.note, got]))('keeps the raw text of %s', (note, got) => {
    expect(got.raw).toBe(note);
  });
});
