// chatter: texts that save nothing (thanks, laughs, greetings, emoji) and the ones that say the user is lost.
import { describe, expect, it } from 'vitest';
import { ctxWith, view } from '../../test/support/understand/reader-context';
import { readChatter } from './chatter';
import type { ChatterTone } from './types';

const ctx = ctxWith();

describe('readChatter: talk that saves nothing, by tone', () => {
  it.each([
    ['cool thx', 'thanks'],
    ['thank you so much', 'thanks'],
    ['Thanks Ines!', 'thanks'],
    ['ok thanks Ines', 'thanks'],
    ['Thanks! This is actually super helpful', 'thanks'],
    ['❤️', 'thanks'],
    ['lol', 'laugh'],
    ['haha ok', 'laugh'],
    ['😂', 'laugh'],
    ['hey', 'greeting'],
    ['yo', 'greeting'],
    ['morning!', 'greeting'],
    ['good morning', 'greeting'],
    ['great', 'praise'],
    ["you're the best", 'praise'],
    ['ok', 'ack'],
    ['k', 'ack'],
    ['sounds good', 'ack'],
    ['no worries', 'ack'],
    ['👍', 'other'],
  ] as [string, ChatterTone][])('%j: %s', (text, tone) => {
    expect(readChatter(view(text), ctx)).toEqual({ intent: 'chatter', tone });
  });
});

describe('readChatter: the user is lost', () => {
  it.each(['huh', 'what?', 'im confused', 'i dont understand', 'what do i do', 'how does this work'])('%j: confused', (text) => {
    expect(readChatter(view(text), ctx)).toEqual({ intent: 'confused' });
  });
});

describe('readChatter: anything that says something is left to the other readers', () => {
  it.each(['met sarah at yoga', 'thanks ines and jake', 'texted ines, she loved it', 'snooze 3 days', 'who is jake'])('%j: null', (text) => {
    expect(readChatter(view(text), ctx)).toBeNull();
  });
});
