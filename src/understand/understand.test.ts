// understand(): words that are never people, never a 'who was it?' for chatter, one result for any text, no clock.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isPlausibleName } from './people';
import { TABLE_NOW } from '../../test/support/understand/table-data';
import { contextFor } from '../../test/support/understand/table-score';
import type { UnderstandContext, Understanding } from './types';
import { understand } from './understand';

const withLatest = (latest?: string): UnderstandContext => contextFor({ category: 'chatter', text: '', want: { intent: '' }, ...(latest ? { latest } : {}) });
const namesOf = (got: Understanding): string[] => (got.intent === 'note' ? got.people.map((person) => person.name) : []);

describe('understand', () => {
  it.each([
    ['Huh', 'confused'],
    ['Lol', 'chatter'],
    ['Thanks', 'chatter'],
    ['Wow ok', 'chatter'],
    ['Thanks Sarah!', 'chatter'],
    ['Met Huge at the bar', 'note-unnamed'],
    ['the pottery link', 'unclear'],
    ['huge news! omid closed his round', 'news'],
    ['Noor', 'who'],
  ] as const)('%s -> %s, and no person from an everyday word', (text, intent) => {
    const got = understand(text, withLatest());
    expect(got.intent).toBe(intent);
    expect(namesOf(got)).toEqual([]);
  });

  it.each([
    ['block this number', 'stop'],
    ['never text me again', 'stop'],
    ['stop by my place friday?', 'note-unnamed'],
    ['remove the last note', 'undo'],
    ['dont remind me about it', 'skip'],
    ['quit my job today lol', 'note-unnamed'],
  ] as const)('%s -> %s (opt-out only when it asks to stop the texts)', (text, intent) => {
    const got = understand(text, withLatest('Ines'));
    expect(got.intent).toBe(intent);
    expect(namesOf(got)).toEqual([]);
  });

  it('makes no event out of "huge"', () => {
    const got = understand("Sarah's huge is today", withLatest());
    const events = got.intent === 'note' ? got.people.flatMap((person) => person.events.map((event) => event.what)) : [];
    expect(events).not.toContain('huge');
  });

  it.each([
    ['had coffee with Will, he is into jazz', 'Will'],
    ['met June at yoga', 'June'],
    ['ran into this guy marcus at the bar', 'Marcus'],
    ['met a guy at the bus stop, jon, into vinyl', 'Jon'],
  ])('%s names %s (names that are also words stay names)', (text, name) => {
    expect(namesOf(understand(text, withLatest()))).toEqual([name]);
  });

  it('files a pronoun-only remark under the latest person, never asking who it was', () => {
    expect(understand("lol she's so funny", withLatest('Ines'))).toMatchObject({ intent: 'add-note', person: { name: 'Ines' } });
  });

  it('reads the same text the same way twice: no clock inside', () => {
    const ctx = withLatest('Ines');
    expect(understand('remind me to call noor tmrw at 5', ctx)).toEqual(understand('remind me to call noor tmrw at 5', ctx));
    expect(ctx.now).toBe(TABLE_NOW);
  });

  it('never throws, and never names someone implausible, whatever the text', () => {
    const ctx = withLatest('Ines');
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ maxLength: 200 }),
          fc.constantFrom('met ', 'huh ', 'lol ', 'w/ ', 'and ').chain((lead) => fc.string({ maxLength: 60 }).map((tail) => lead + tail)),
        ),
        (text) => {
          const got = understand(text, ctx);
          expect(typeof got.intent).toBe('string');
          for (const name of namesOf(got)) expect(isPlausibleName(name)).toBe(true);
        },
      ),
      { numRuns: 2_000 },
    );
  });
});
