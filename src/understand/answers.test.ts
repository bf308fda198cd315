// answers: the reply to the question Kindling asked last (a name, same or new, which one, how it went, yes or no), and
// "thats a different carla" with no question open.
import { describe, expect, it } from 'vitest';
import { ctxWith, idOf, view } from '../../test/support/understand/reader-context';
import type { PendingSpec } from '../../test/support/understand/table-data';
import { readAnswer, readOtherPerson } from './answers';
import type { Meaning } from './types';

const answer = (pending: PendingSpec, text: string) => {
  const ctx = ctxWith({ pending });
  return ctx.pending ? readAnswer(view(text), ctx.pending, ctx) : undefined;
};
const ines = { name: 'Ines', id: idOf('Ines') };

describe('readAnswer', () => {
  it.each([
    ['name', 'Maya', { intent: 'name-answer', name: 'Maya' }],
    ['name', 'her name is maya lopez', { intent: 'name-answer', name: 'Maya Lopez' }],
    ['name', 'skippp', null],
    ['name', 'idk', null],
    ['same-carla', 'yes', { intent: 'same-person' }],
    ['same-carla', 'same one', { intent: 'same-person' }],
    ['same-carla', 'no a different one', { intent: 'new-person' }],
    ['which-carla', 'the yoga one', { intent: 'pick', choice: 1 }],
    ['which-carla', 'bakery', { intent: 'pick', choice: 2 }],
    ['which-carla', '2', { intent: 'pick', choice: 2 }],
    ['which-carla', 'first', { intent: 'pick', choice: 1 }],
    ['which-carla', 'the second carla', { intent: 'pick', choice: 2 }],
    ['which-carla', '3', null],
    ['which-carla', 'who is carla', null],
    ['how-ines', 'great!', { intent: 'update', person: ines, warmth: 'warm', raw: 'great!' }],
    ['how-ines', 'it went really well', { intent: 'update', person: ines, warmth: 'warm', raw: 'it went really well' }],
    ['how-ines', 'meh', { intent: 'update', person: ines, warmth: 'lukewarm', raw: 'meh' }],
    ['how-ines', 'no reply', { intent: 'update', person: ines, warmth: 'none', raw: 'no reply' }],
    ['how-ines', 'ada and i are getting lunch saturday', null],
    ['confirm-delete', 'delete all', { intent: 'confirm-delete' }],
    ['confirm-delete', 'yes delete', { intent: 'confirm-delete' }],
    ['confirm-delete', 'no', { intent: 'confirm', yes: false }],
    ['confirm-forget-gus', 'yes', { intent: 'confirm', yes: true }],
    ['confirm-forget-gus', 'nope keep him', { intent: 'confirm', yes: false }],
    ['confirm-forget-gus', 'what', null],
  ] as [PendingSpec, string, Meaning | null][])('asked %s, %j', (pending, text, meaning) => {
    expect(answer(pending, text)).toEqual(meaning);
  });
});

describe('readOtherPerson: the latest note went to the wrong person of that name', () => {
  const ctx = ctxWith({ latest: 'Carla' });
  it.each([
    ['no thats a different carla', { intent: 'new-person', person: { name: 'Carla', candidates: [idOf('Carla', 'yoga'), idOf('Carla', 'bakery')] } }],
    ['different sarah', { intent: 'new-person', person: { name: 'Sarah', candidates: [idOf('Sarah', 'yoga'), idOf('Sarah', 'bakery')] } }],
    ['wrong person', { intent: 'new-person', person: { name: 'Carla', id: idOf('Carla') } }],
    ['thats a different guy', { intent: 'new-person', person: { name: 'Carla', id: idOf('Carla') } }],
    ['i love carla', null],
  ] as [string, Meaning | null][])('%j', (text, meaning) => {
    expect(readOtherPerson(view(text), ctx)).toEqual(meaning);
  });
});
