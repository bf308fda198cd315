// understand() and meaningOf(): words that are never people, never a "who was it?" for chatter, one result for any text, no clock.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isPlausibleName } from './people';
import { TABLE_NOW } from '../../test/support/understand/table-data';
import { contextFor } from '../../test/support/understand/table-score';
import type { UnderstandContext, Meaning } from './types';
import { meaningOf, understand } from './understand';

const withLatest = (latest?: string): UnderstandContext => contextFor({ category: 'chatter', text: '', want: { intent: '' }, ...(latest ? { latest } : {}) });
const namesOf = (got: Meaning): string[] => (got.intent === 'note' ? got.people.map((person) => person.name) : []);

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
    // a brand named for two people, and a meeting denied: the user's own evening
    ["Treated myself to Ben & Jerry's after that mixer, didn't meet a single useful person lol", 'chatter'],
    ['my monstera is named greg and hes thriving', 'note-unnamed'],
  ] as const)('%s -> %s, and no person from an everyday word', (text, intent) => {
    const got = meaningOf(text, withLatest());
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
    const got = meaningOf(text, withLatest('Ines'));
    expect(got.intent).toBe(intent);
    expect(namesOf(got)).toEqual([]);
  });

  it('makes no event out of "huge"', () => {
    const got = meaningOf("Sarah's huge is today", withLatest());
    const events = got.intent === 'note' ? got.people.flatMap((person) => person.events.map((event) => event.what)) : [];
    expect(events).not.toContain('huge');
  });

  it.each([
    ['had coffee with Will, he is into jazz', 'Will'],
    ['met June at yoga', 'June'],
    ['ran into this guy marcus at the bar', 'Marcus'],
    ['met a guy at the bus stop, jon, into vinyl', 'Jon'],
    // a storm's name is no one's; a neighbour is where they live from you
    ['Storm Fenella has taken half the fence down, Colin next door is helping me fix it Saturday', 'Colin'],
    ["Met Fergal at the match, his young fella's dog is called Messi", 'Fergal'],
    ["Met Ms Patterson, Aria's teacher, at conferences tonight. Aria is reading above grade level!", 'Ms Patterson'],
  ])('%s names %s (names that are also words stay names)', (text, name) => {
    expect(namesOf(meaningOf(text, withLatest()))).toEqual([name]);
  });

  it.each([
    ['MET ALAN AND JOYCE FROM NUMBER 12, NEW NEIGHBOURS, HE WAS IN THE NAVY', ['Alan', 'Joyce']],
    ['PLEASE SAVE ERNEST FROM THE BRASS BAND HIS NUMBER IS 01632 960284', ['Ernest']],
    ['MET SARAH AT THE CLIMBING GYM', ['Sarah']],
  ])('%s names %j (capitals read like the same text in lowercase)', (text, names) => {
    expect(namesOf(meaningOf(text, withLatest()))).toEqual(names);
  });

  it('a text in capitals keeps its exact command: "WHO IS SARAH" asks for Sarah', () => {
    expect(understand('WHO IS SARAH', withLatest()).command).toEqual({ kind: 'who', name: 'SARAH' });
  });

  it('files a pronoun-only remark under the latest person, never asking who it was', () => {
    expect(meaningOf("lol she's so funny", withLatest('Ines'))).toMatchObject({ intent: 'add-note', person: { name: 'Ines' } });
  });

  it('reads the same text the same way twice: no clock inside', () => {
    const ctx = withLatest('Ines');
    expect(meaningOf('remind me to call noor tmrw at 5', ctx)).toEqual(meaningOf('remind me to call noor tmrw at 5', ctx));
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
          const got = meaningOf(text, ctx);
          expect(typeof got.intent).toBe('string');
          for (const name of namesOf(got)) expect(isPlausibleName(name)).toBe(true);
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('understand: the one reading behind every text', () => {
  const ctx = (): UnderstandContext => ({ ...withLatest(), people: [{ id: 7, name: 'Maya', nameKey: 'maya', met: 'yoga', muted: false }] });

  it.each([
    // the exact commands, as commands
    ['DONE', { kind: 'done' }],
    ['snooze 3 days', { kind: 'snooze' }],
    ['WHO IS Maya', { kind: 'who', name: 'Maya' }],
    ['LIST', { kind: 'list' }],
    // what the exact reader misses, the meaning supplies in the command's shape
    ['skippp', { kind: 'skip' }],
    ['done w maya', { kind: 'done', target: { name: 'Maya' } }],
    ["Pause all follow-ups until Jan 4, I'm on vacation", { kind: 'pause', until: Date.UTC(2027, 0, 4, 5) }],
    // a note stays a note
    ['Met Sarah at the climbing gym, into bouldering', { kind: 'note' }],
  ] as const)('%s -> command %o', (text, command) => {
    expect(understand(text, ctx()).command).toMatchObject(command);
  });

  it('reads the note and the name answer only when asked, from the same text', () => {
    const got = understand('Met Sarah at the climbing gym, into bouldering, 917-555-0199', ctx());
    expect(got.meaning.intent).toBe('note');
    expect(got.note()).toMatchObject({ name: 'Sarah', met: 'climbing gym', contacts: { phone: '+19175550199' } });
    expect(got.note()).toBe(got.note());
    expect(understand('her name is Priya', ctx()).nameAnswer()).toBe('Priya');
  });

  it('gives one meaning and one command for any text, and never throws', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (text) => {
        const got = understand(text, ctx());
        expect(typeof got.meaning.intent).toBe('string');
        expect(typeof got.command.kind).toBe('string');
      }),
      { numRuns: 200 },
    );
  });
});

describe('a channel switch is the whole text', () => {
  it.each([
    ['text me on whatsapp', 'whatsapp'],
    ['Text me on WhatsApp.', 'whatsapp'],
    ['please message me on whatsapp', 'whatsapp'],
    ['can you text me by sms instead', 'sms'],
    ['text me by SMS!', 'sms'],
    ['text me by text message', 'sms'],
    ['switch to whatsapp please', 'whatsapp'],
    ['whatsapp please', 'whatsapp'],
    ['sms only please', 'sms'],
    ['met Sarah, text me on whatsapp about her', null],
    ['Maria said text me on whatsapp', null],
    ['text me on telegram', null],
    ['she said to text her on whatsapp', null],
  ] as const)('%s -> %s', (text, channel) => {
    const got = meaningOf(text, withLatest());
    expect(got.intent === 'channel' ? got.channel : null).toBe(channel);
  });
});
