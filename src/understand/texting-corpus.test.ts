// Every line of the texting corpus (test/fixtures/texting.jsonl, copied from shared/corpus) must be understood as it says.

import { describe, expect, it } from 'vitest';
import corpusText from '../../test/fixtures/texting.jsonl?raw';
import { localParts } from '../domain/time';
import { CORPUS_NOW, CORPUS_ZONE, contextOfCorpus } from '../../test/support/understand/corpus-context';
import { detailsOf } from '../../test/support/understand/table-score';
import type { Meaning } from './types';
import { meaningOf } from './understand';

interface Line {
  category: string;
  before: string[];
  text: string;
  expect: Record<string, unknown> & { understood_as: string };
}

const NOW = CORPUS_NOW;
const ZONE = CORPUS_ZONE;
const lines: Line[] = corpusText
  .split('\n')
  .filter((line) => line.trim())
  .map((line) => JSON.parse(line) as Line);

const ACCEPTED: Readonly<Record<string, readonly Meaning['intent'][]>> = {
  note: ['note', 'news', 'plan', 'other-language'],
  chatter: ['chatter', 'confused'],
  'chatter-or-confused': ['chatter', 'confused'],
  update: ['update', 'plan'],
  invite: ['plan'],
  'done+plan': ['done'],
};

const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

/** "Thursday", "tomorrow 17:00 local", "next Tuesday, ..." -> the local day and hour they mean from NOW. */
function dayOf(words: string): { day: string; hour: number | null } {
  const lower = words.toLowerCase();
  const today = localParts(NOW, ZONE);
  let ahead = lower.startsWith('tomorrow') ? 1 : 0;
  const weekday = WEEKDAYS.findIndex((name) => lower.includes(name));
  if (weekday >= 0) ahead = (weekday - today.weekday + 7) % 7 || 7;
  const date = new Date(Date.UTC(today.year, today.month - 1, today.day + ahead));
  const hour = /(\d{1,2}):\d{2}/.exec(lower)?.[1];
  return { day: date.toISOString().slice(0, 10), hour: hour === undefined ? null : Number(hour) };
}

function localDayOf(at: number): { day: string; hour: number } {
  const parts = localParts(at, ZONE);
  return { day: `${parts.year}-${String(parts.month).padStart(2, '0')}-${String(parts.day).padStart(2, '0')}`, hour: parts.hour };
}

const personOf = (got: Meaning): string | null => ('person' in got && got.person ? got.person.name : null);
/** Either phrase holds the other, or every word of `want` is somewhere in `got`: wording may differ. */
const loosely = (want: string, got: readonly string[]): boolean => {
  const lower = want.toLowerCase();
  if (got.some((item) => item.toLowerCase().includes(lower) || lower.includes(item.toLowerCase()))) return true;
  const all = got.join(' ').toLowerCase();
  return lower.split(/\s+/).every((word) => all.includes(word));
};

describe('the texting corpus', () => {
  it.each(lines.map((line) => [line.text, line] as const))('%s', (_text, line) => {
    const got = meaningOf(line.text, contextOfCorpus(line.before));
    const want = line.expect;
    const accepted = ACCEPTED[want.understood_as] ?? [want.understood_as];
    expect(accepted).toContain(got.intent);
    if (want.people_created === 0 || /a person called/.test(String(want.must_not ?? ''))) expect(got.intent).not.toBe('note');
    if (/an event called (\w+)/.test(String(want.must_not ?? '')) && got.intent === 'note') {
      const word = /an event called (\w+)/.exec(String(want.must_not))?.[1] ?? '';
      expect(got.people.flatMap((person) => person.events.map((event) => event.what.toLowerCase()))).not.toContain(word);
    }
    if (Array.isArray(want.people) && got.intent === 'note') {
      const people = want.people as Array<{ name: string; details?: string[]; contacts?: Record<string, string> }>;
      expect(got.people.map((person) => person.name)).toEqual(people.map((person) => person.name));
      for (const [index, person] of people.entries()) {
        const found = got.people[index];
        for (const detail of person.details ?? []) expect(loosely(detail, found ? detailsOf(found) : []), `${person.name}: ${detail}`).toBe(true);
        if (person.contacts?.phone) expect(found?.contacts.phone).toBe(person.contacts.phone);
      }
    }
    if (typeof want.met === 'string' && got.intent === 'note') expect(got.people.every((person) => loosely(want.met as string, [person.met ?? '']))).toBe(true);
    if (typeof want.person === 'string') expect(personOf(got)).toBe(want.person);
    if (want.person === null) expect(personOf(got)).toBeNull();
    if (got.intent === 'rename') {
      expect(got.person.name).toBe(want.from);
      expect(got.to).toBe(want.to);
    }
    if (got.intent === 'correct-contact') expect(got.contacts).toMatchObject(want.contacts as object);
    if (got.intent === 'correct-detail') {
      expect(loosely((want.details as string[])[0] ?? '', got.add)).toBe(true);
      expect(loosely((want.removed as string[])[0] ?? '', got.remove)).toBe(true);
    }
    if (got.intent === 'pick') expect(got.choice).toBe(want.choice);
    if (got.intent === 'snooze') expect(got.until).toBe(NOW + (want.days as number) * 86_400_000);
    if (typeof want.at === 'string' && got.intent === 'remind') {
      const expected = dayOf(want.at);
      const found = localDayOf(got.at);
      expect(found.day).toBe(expected.day);
      if (expected.hour !== null) expect(found.hour).toBe(expected.hour);
    }
    const plan = got.intent === 'plan' || got.intent === 'done' ? got.plan : null;
    if (typeof want.when === 'string') expect(plan?.when?.day).toBe(dayOf(want.when).day);
    if (typeof want.what === 'string') expect(plan?.what.toLowerCase()).toContain((want.what as string).slice(0, 5).toLowerCase());
    if (typeof want.warmth === 'string') expect('warmth' in got ? got.warmth : null).toBe(want.warmth);
    if (typeof want.event === 'string' && got.intent === 'news') expect(loosely((want.event as string).split(' ').slice(-1)[0] ?? '', [got.what])).toBe(true);
    if (typeof want.recurring === 'string') expect(plan?.kind).toBe('recurring');
  });
});
