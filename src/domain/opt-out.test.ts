// isOptOutRequest: every clear request to stop receiving texts opts out; muting a person, notes that mention stopping,
// and other commands do not.
import { describe, expect, it } from 'vitest';
import { isCarrierOptOut, isOptOutRequest } from './opt-out';

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
