// questions: texts that want an answer rather than a note: a draft, an activity idea, what is next, who is due, and
// who someone is (by name, by where they met, by what they are like).
import { describe, expect, it } from 'vitest';
import { ctxWith, idOf, view } from '../../test/support/understand/reader-context';
import { readQuestion } from './questions';
import type { Meaning, UnderstandContext } from './types';

const ctx = ctxWith({ latest: 'Ines' });
const ref = (name: string, met?: string) => ({ name, id: idOf(name, met) });

describe('readQuestion', () => {
  it.each([
    ['what should i text jake?', { intent: 'ask-draft', person: ref('Jake') }],
    ['what should i say to her', { intent: 'ask-draft', person: ref('Ines') }],
    ['any ideas what to do w zoe?', { intent: 'ask-activity', person: ref('Zoe') }],
    ['whats next', { intent: 'ask-next' }],
    ['when is my next nudge', { intent: 'ask-next' }],
    ['who should i text this week', { intent: 'ask-agenda', days: 7 }],
    ['anyone i should reach out to today', { intent: 'ask-agenda', days: 1 }],
    ['who is jake', { intent: 'who', person: ref('Jake') }],
    ['tell me about priya', { intent: 'who', person: ref('Priya Raman') }],
    ['where did i meet bea', { intent: 'who', person: ref('Bea') }],
    ['Noor?', { intent: 'who', person: ref('Noor') }],
    ['who was the chess guy', { intent: 'who', person: ref('Ivan') }],
    ['who did i meet at the farmers market', { intent: 'who', person: ref('Noor') }],
    ['who did i meet at yoga', { intent: 'who-fits', people: [ref('Carla', 'yoga'), ref('Sarah', 'yoga')] }],
    ['whats jakes number', { intent: 'who', person: ref('Jake'), field: 'phone' }],
    ["zoe's email", { intent: 'who', person: ref('Zoe'), field: 'email' }],
    ['what was her name again', { intent: 'who', person: ref('Ines') }],
    ['who is marco', { intent: 'who', person: { name: 'Marco' } }],
  ] as [string, Meaning][])('%j', (text, meaning) => {
    expect(readQuestion(view(text), ctx)).toEqual(meaning);
  });

  it('someone saved by what they are like', () => {
    const about: UnderstandContext = { ...ctx, aboutOf: (id) => (id === idOf('Zoe') ? 'dog park, her bernedoodle max' : '') };
    expect(readQuestion(view('whos the girl with the bernedoodle?'), about)).toEqual({ intent: 'who-fits', people: [ref('Zoe')] });
  });

  it.each(['met jake at the gym', 'jake loves climbing', 'snooze 2 days'])('%j is no question: null', (text) => {
    expect(readQuestion(view(text), ctx)).toBeNull();
  });
});
