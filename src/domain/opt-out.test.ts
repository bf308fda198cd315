// isOptOutRequest: every clear request to stop receiving texts opts out; muting a person, notes that mention stopping,
// and other commands do not.
import { describe, expect, it } from 'vitest';
import { isCarrierOptOut, isOptOutRequest, isStopQuestion } from './opt-out';

const OPT_OUTS = [
  'STOP',
  'stop',
  'Stop.',
  ' STOP ',
  'STOP!!!',
  'STOP STOP',
  'stop stop stop',
  'STOPALL',
  'STOP ALL',
  'UNSUBSCRIBE',
  'unsub',
  'CANCEL',
  'END',
  'QUIT',
  'REVOKE',
  'opt out',
  'OPT-OUT',
  'optout',
  'OPT ME OUT',
  'please opt me out',
  'stop please',
  'please stop',
  'STOP NOW',
  'ok, stop',
  'Stop it',
  'stop \u270b',
  '\u201cSTOP\u201d',
  'stop texting me',
  'please stop texting me',
  'Please stop texting me!',
  'stop texting',
  'stop sending me texts',
  'stop sending me messages',
  'stop messaging me',
  'quit texting me',
  'stop contacting me',
  'stop all texts',
  'stop the texts',
  "don't text me anymore",
  'dont text me again',
  'do not text me',
  'Don\u2019t message me ever again',
  'never text me again',
  'remove me from this list',
  'remove me from your list',
  'remove me',
  'remove my number',
  'take me off your list',
  'take me off this list',
  'get me off this list',
  'no more texts',
  'no more texts please',
  'no more messages',
  'unsubscribe me',
  'unsubscribe me please',
  'Unsubscribe me from this',
  'leave me alone',
  'please leave me alone',
  "I don't want these texts anymore",
  'i dont want any more texts',
  'I want to opt out',
  "I'd like to unsubscribe",
  'cancel my subscription',
  'Who is this? Stop texting me',
  'Wrong number. Stop texting me.',
  'Wrong number. STOP',
  'stop texting me kindling',
  'Stop texting me, thanks',
  'can you stop texting me please',
  'i want to stop getting these texts',
];

const NOT_OPT_OUTS = [
  'stop reminding me about ben',
  'stop nudging me about Jake',
  'no more reminders about gus',
  'no more texts about Gus',
  'stop texting me about Ben',
  'she told me to stop texting her',
  'Ben said to stop texting him so much lol',
  'stop by the cafe',
  "stop by Ana's shop tomorrow",
  'Met Sarah at the bus stop, loves chess',
  'Met Gus at the Stop & Shop',
  'Met Dan, he wants to quit his job',
  'Mia: quit her job, starting a bakery',
  'Met Lena at the end of the party',
  'endless fun with Priya at the climbing gym',
  'Sarah: told me to stop texting during work',
  'Met Carl, he texts nonstop',
  'unsubscribe from the newsletter she mentioned',
  'cancel the dinner with Ana',
  "don't text Ana before noon",
  'Jake wants no more texts from his ex',
  'i dont want texts about Gus anymore',
  'Met Ravi, leave me a note to ask about his trip',
  'take me to the opera, said Lu',
  'remove Mia',
  'forget Jake',
  'pause',
  'pause 2 weeks',
  'stop the nudges for a week',
  'done',
  'snooze',
  'help',
  'start',
  'undo',
  'delete my data',
  'Stop, I meant Sarah',
  "I'm at the end of my rope",
  'opt for the later time',
  'Gus: no more texts, he prefers calls',
  'Met Ana at the gym. She said stop texting her',
  'quit texting at night, she said',
  '',
];

describe('isOptOutRequest', () => {
  it('has a table of at least 40 opt-outs and 30 non-opt-outs', () => {
    expect(OPT_OUTS.length).toBeGreaterThanOrEqual(40);
    expect(NOT_OPT_OUTS.length).toBeGreaterThanOrEqual(30);
  });

  it.each(OPT_OUTS)('%j opts out', (text) => {
    expect(isOptOutRequest(text)).toBe(true);
  });

  it.each(NOT_OPT_OUTS)('%j does not opt out', (text) => {
    expect(isOptOutRequest(text)).toBe(false);
  });
});

/** A long text: a note of about `length` characters with `request` placed at `where`. */
function longText(request: string, where: 'start' | 'middle' | 'end', length = 400): string {
  const filler = 'Met Sam at the farmers market, we talked about sourdough starters and the best bakeries downtown for a while';
  let note = filler;
  while (note.length < length) note = `${note}, and then ${filler.toLowerCase()}`;
  if (where === 'start') return `${request}\n${note}.`;
  if (where === 'end') return `${note}.\n${request}`;
  const half = note.indexOf(', and then', note.length / 2);
  return `${note.slice(0, half)}. ${request}. ${note.slice(half + 2)}.`;
}

describe('isOptOutRequest at any length and in any position', () => {
  it.each([
    ['STOP on its own line, 401 characters', longText('STOP', 'end', 395)],
    ['STOP on its own line first', longText('STOP', 'start', 2_000)],
    ['STOP as its own sentence in the middle', longText('STOP', 'middle', 1_200)],
    ['unsubscribe on the last line of 4,000 characters', longText('unsubscribe', 'end', 4_000)],
    ['"please stop texting me" inside a long text', longText('please stop texting me', 'middle', 900)],
    ['"please stop texting me" at the end of a long sentence', `${longText('ok', 'start', 500)} I really need you to please stop texting me`],
    ['"I would like you to stop texting me" after a long story', `${longText('hi', 'start', 700)}, so I would like you to stop texting me, thanks`],
    ['"can you take me off your list" at the end', `${longText('hey', 'start', 600)}. Anyway can you take me off your list`],
    ['"i told you to stop texting me"', 'i told you to stop texting me'],
    ['a question followed by STOP', 'How do I stop this? STOP'],
  ])('%s opts out', (_name, text) => {
    expect(text.length).toBeGreaterThan(20);
    expect(isOptOutRequest(text)).toBe(true);
  });

  it.each([
    ['a long note about a bus stop', longText('Met Sarah at the bus stop, loves chess', 'middle', 900)],
    ['a long note quoting someone else', `${longText('hi', 'start', 600)}. she told me to stop texting her`],
    ['a long note where he said stop texting me', `${longText('hi', 'start', 600)}. Ben said please stop texting me so much lol`],
    ['a long note where she said it', `${longText('hi', 'start', 600)}, and she said stop texting me`],
    ['a long note about quitting a job', longText('Dan wants to quit his job', 'end', 700)],
  ])('%s does not opt out', (_name, text) => {
    expect(isOptOutRequest(text)).toBe(false);
  });

  it('reads six hostile 5,000-character texts in linear time (all six under 20 ms)', () => {
    const hostile = [
      'please '.repeat(700),
      'stop texting me please '.repeat(220),
      `${'stop '.repeat(999)}x`,
      `${'i want you to '.repeat(360)}x`,
      `${'a, '.repeat(1_666)}`,
      `${'stop texting me about '.repeat(225)}`,
    ].map((text) => text.slice(0, 5_000));
    // the fastest of several passes: other work on a busy machine only ever makes a pass slower
    const passes = Array.from({ length: 8 }, () => {
      const started = performance.now();
      for (const text of hostile) isOptOutRequest(text);
      return performance.now() - started;
    });
    expect(Math.min(...passes)).toBeLessThan(20);
  });
});

describe('isStopQuestion', () => {
  it.each([
    'How do I stop this?',
    'how do i stop the texts',
    'How can I unsubscribe?',
    'how do I opt out',
    'how to stop these messages?',
    'Is there a way to stop these texts?',
  ])('%j asks how to stop, and does not opt out by itself', (text) => {
    expect(isStopQuestion(text)).toBe(true);
    expect(isOptOutRequest(text)).toBe(false);
  });

  it.each(['STOP', 'please stop texting me', 'how is Sarah?', 'how do i stop by the cafe tomorrow', 'Met Sarah at the bus stop'])(
    '%j is not a question about stopping',
    (text) => {
      expect(isStopQuestion(text)).toBe(false);
    },
  );
});

describe('isCarrierOptOut', () => {
  it.each([
    ['STOP', true],
    ['stop', true],
    [' Unsubscribe ', true],
    ['CANCEL', true],
    ['END', true],
    ['QUIT', true],
    ['STOPALL', true],
    ['OPTOUT', true],
    ['REVOKE', true],
    ['STOP STOP', false],
    ['please stop texting me', false],
    ['opt me out', false],
  ])('%j -> %s', (text, expected) => {
    expect(isCarrierOptOut(text)).toBe(expected);
  });
});
