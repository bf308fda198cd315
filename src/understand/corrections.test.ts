// corrections: fixing what was just saved: a name, a contact, a detail; about the person named, else the latest one.
import { describe, expect, it } from 'vitest';
import { ctxWith, idOf, view } from '../../test/support/understand/reader-context';
import { readCorrection } from './corrections';
import type { Meaning } from './types';

const ref = (name: string) => ({ name, id: idOf(name) });

describe('readCorrection, just after a note about Katherine', () => {
  const ctx = ctxWith({ latest: 'Katherine' });
  it.each([
    ['sorry its Kathryn with a y', { intent: 'rename', person: ref('Katherine'), to: 'Kathryn' }],
    ['its kaitlyn with a k not caitlin', { intent: 'rename', person: ref('Katherine'), to: 'Kaitlyn' }],
    ['i meant Kathryn', { intent: 'rename', person: ref('Katherine'), to: 'Kathryn' }],
    ['her last name is Lee', { intent: 'rename', person: ref('Katherine'), to: 'Katherine Lee' }],
    ["Katherine's surname is Osei", { intent: 'rename', person: ref('Katherine'), to: 'Katherine Osei' }],
    ['oops her number is 917 555 0142', { intent: 'correct-contact', person: ref('Katherine'), contacts: { phone: '+19175550142' } }],
    ['actually her email is kat@example.com', { intent: 'correct-contact', person: ref('Katherine'), contacts: { email: 'kat@example.com' } }],
    ['not berlin, its the chicago marathon', { intent: 'correct-detail', person: ref('Katherine'), add: ['chicago marathon'], remove: ['berlin'] }],
    ['she works at google, not meta', { intent: 'correct-detail', person: ref('Katherine'), add: ['google'], remove: ['meta'] }],
    ["wait no it's Dani, she's a girl", { intent: 'rename', person: ref('Dana'), to: 'Dani' }],
  ] as [string, Meaning][])('%j', (text, meaning) => {
    expect(readCorrection(view(text), ctx)).toEqual(meaning);
  });

  it.each(['its raining', 'met jake at the gym', 'who is jake'])('%j: null', (text) => {
    expect(readCorrection(view(text), ctx)).toBeNull();
  });

  it.each(['his irish number 087 123 4567', 'her uk mobile 07700 900123', 'his mexican number 951 123 4567'])(
    '%j: a nationality before the number says its country, and names no new person',
    (text) => {
      const read = readCorrection(view(text), ctx);
      expect(read?.intent === 'note' ? read.people.map((person) => person.name) : []).toEqual([]);
    },
  );
});

describe('readCorrection: a name spelled anew, either way round', () => {
  const ctx = ctxWith({ latest: 'Tom' });
  it.each(['not tom, tim', 'its tim not tom', 'tim, not tom'])('%j: Tom is Tim', (text) => {
    expect(readCorrection(view(text), ctx)).toEqual({ intent: 'rename', person: ref('Tom'), to: 'Tim' });
  });
});
