// mute: mute is not forget: "stop reminding me about ben" keeps Ben and stops his nudges, "forget gus" erases Gus,
// "unmute ben" brings the nudges back.
import { describe, expect, it } from 'vitest';
import { ctxWith, idOf, view } from '../../test/support/understand/reader-context';
import { readMute } from './mute';

const ctx = ctxWith({ latest: 'Ines' });
const ref = (name: string) => ({ name, id: idOf(name) });

describe('readMute', () => {
  it.each([
    ['stop reminding me about ben', 'mute', 'Ben'],
    ['no more reminders about gus pls', 'mute', 'Gus'],
    ['mute jake', 'mute', 'Jake'],
    ['mute her', 'mute', 'Ines'],
    ['no more leo pls', 'mute', 'Leo'],
    ['stop the jake reminders', 'mute', 'Jake'],
    ['i dont want to follow up with noor', 'mute', 'Noor'],
    ['ya no me recuerdes de Zoe', 'mute', 'Zoe'],
    ['unmute ben', 'unmute', 'Ben'],
    ['remind me about ben again', 'unmute', 'Ben'],
    ['bring ben back', 'unmute', 'Ben'],
    ['forget gus', 'forget', 'Gus'],
    ['delete jake from my list', 'forget', 'Jake'],
    ['take zoe off my list', 'forget', 'Zoe'],
    ['delete Gus, turns out he works for a competitor', 'forget', 'Gus'],
    // the other verbs of throwing away, and "the <name> one" for the note about them
    ['ugh ignore the gus one, i was thinking of someone else', 'forget', 'Gus'],
    ['disregard jake', 'forget', 'Jake'],
    ['scratch the zoe one', 'forget', 'Zoe'],
  ] as const)('%j: %s %s', (text, intent, name) => {
    expect(readMute(view(text), ctx)).toEqual({ intent, person: ref(name) });
  });

  it.each([
    // nothing to mute or forget: a command about the account, a thing, or a pronoun for forget (too risky to guess)
    'forget it',
    'delete everything',
    'no more coffee',
    'mute',
    'stop',
    'forget about him',
    'ignore the noise lol',
    'scratch that',
    'delete Hollis, turns out he works for a competitor',
  ])('%j: null', (text) => {
    expect(readMute(view(text), ctx)).toBeNull();
  });
});
