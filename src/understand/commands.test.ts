// commands: the reply commands (DONE, SNOOZE, SKIP, LIST, KEEP, PAUSE, ...), typos in the command word fixed, with the
// person each is about resolved against the saved people.
import { describe, expect, it } from 'vitest';
import { ctxWith, idOf, local, view } from '../../test/support/understand/reader-context';
import { readCommand } from './commands';
import type { Meaning } from './types';

// the latest nudge was about Ines; the clock is Tue Dec 1 2026, 18:00 New York
const ctx = ctxWith({ latest: 'Ines' });
const ines = { name: 'Ines', id: idOf('Ines') };
const read = (text: string) => readCommand(view(text), ctx);

describe('readCommand: what each command means', () => {
  it.each([
    ['done', { intent: 'done', person: null, warmth: null, plan: null }],
    ['dnoe', { intent: 'done', person: null, warmth: null, plan: null }],
    ['done jake', { intent: 'done', person: { name: 'Jake', id: idOf('Jake') }, warmth: null, plan: null }],
    ['skip', { intent: 'skip', person: null }],
    ['skip her', { intent: 'skip', person: ines }],
    ["don't remind me about it", { intent: 'skip', person: null }],
    ['remove the last note', { intent: 'undo' }],
    ['undo', { intent: 'undo' }],
    ['list', { intent: 'list' }],
    ['who is jake', { intent: 'who', person: { name: 'Jake', id: idOf('Jake') } }],
    ['keep', { intent: 'keep', person: null }],
    ['keep zoe', { intent: 'keep', person: { name: 'Zoe', id: idOf('Zoe') } }],
    ['forget gus', { intent: 'forget', person: { name: 'Gus', id: idOf('Gus') } }],
    ['pause', { intent: 'pause', until: null }],
    ['resume', { intent: 'resume' }],
    ['nudge me at 9am', { intent: 'nudge-at', hour: 9, minute: 0 }],
    ['tz london', { intent: 'tz', zone: 'Europe/London' }],
    ['export', { intent: 'export' }],
    ['delete my data', { intent: 'delete-data' }],
    ['help', { intent: 'help' }],
    ['stop', { intent: 'stop' }],
    ['start', { intent: 'start' }],
    ['1', { intent: 'pick', choice: 1 }],
    ['same', { intent: 'same-person' }],
    ['new', { intent: 'new-person' }],
    ['sarah: loves jazz', { intent: 'add-note', person: { name: 'Sarah', candidates: [idOf('Sarah', 'yoga'), idOf('Sarah', 'bakery')] }, text: 'loves jazz' }],
    ['texted her, went well', { intent: 'update', person: ines, warmth: 'warm', raw: 'texted her, went well' }],
    ['yeah thats fine, let her go', { intent: 'skip', person: ines }],
  ] as [string, Meaning][])('%j', (text, meaning) => {
    expect(read(text)).toEqual(meaning);
  });
});

describe('readCommand: times in the user zone', () => {
  it.each([
    ['snooze 2 days', '2026-12-03 18:00'],
    ['snoze 2 dyas', '2026-12-03 18:00'],
    ['ok cool, snooze till monday', '2026-12-07 10:00'],
  ] as const)('%j until %s', (text, until) => {
    const meaning = read(text);
    expect(meaning?.intent).toBe('snooze');
    expect(meaning && 'until' in meaning && typeof meaning.until === 'number' ? local(meaning.until) : null).toBe(until);
  });

  it('pause 2 weeks', () => {
    const meaning = read('pause 2 weeks');
    expect(meaning?.intent === 'pause' && meaning.until !== null ? local(meaning.until) : null).toBe('2026-12-15 18:00');
  });
});

describe('readCommand: a note is not a command', () => {
  it.each(['met a guy named tom at the gym', 'jake loves climbing and works at a bank'])('%j: null', (text) => {
    expect(read(text)).toBeNull();
  });
});

describe("readCommand: a command, then the user's reason for it", () => {
  it.each([
    ["Pause all follow-ups until Jan 4, I'm on vacation", 'pause', '2027-01-04 00:00'],
    ['pause 2 weeks, because work is crazy', 'pause', '2026-12-15 18:00'],
    ["forget gus, we've fallen out", 'forget', ''],
    ['forget gus, he is taking a sabbatical', 'forget', ''],
    ["I'm away till the 10th, pause please", 'pause', '2026-12-10 00:00'],
    ['pause until jan 4, estoy de vacaciones', 'pause', '2027-01-04 00:00'],
  ])('%j: %s', (text, intent, until) => {
    const meaning = read(text);
    expect(meaning?.intent).toBe(intent);
    if (meaning?.intent === 'pause') expect(meaning.until === null ? '' : local(meaning.until)).toBe(until);
    if (meaning?.intent === 'forget') expect(meaning.person).toEqual({ name: 'Gus', id: idOf('Gus') });
  });

  it('"im back, resume": the reason, then the command', () => {
    expect(read('im back, resume')).toEqual({ intent: 'resume' });
  });

  it.each(["keep zoe, she's lovely", 'met gus at the gym, he is on the team'])('%j: not a command with a reason', (text) => {
    expect(read(text)).toBeNull();
  });
});
