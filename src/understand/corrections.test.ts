// corrections: fixing what was just saved: a name, a contact, a detail; about the person named, else the latest one.
import { describe, expect, it } from 'vitest';
import { ctxWith, idOf, TABLE_NOW, TABLE_ZONE, view } from '../../test/support/understand/reader-context';
import { nameKey } from './note-person';
import { readCorrection } from './corrections';
import type { Meaning, UnderstandContext } from './types';

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
    // a fix announced by a noun ("Mistake:", "Typo:", "my mistake"), or opened by a laugh
    ['Mistake: Katherine works at google, not meta', { intent: 'correct-detail', person: ref('Katherine'), add: ['google'], remove: ['meta'] }],
    ['typo: she works at google, not meta', { intent: 'correct-detail', person: ref('Katherine'), add: ['google'], remove: ['meta'] }],
    ['my mistake, shes a dentist not a doctor', { intent: 'correct-detail', person: ref('Katherine'), add: ['dentist'], remove: ['doctor'] }],
    ['lmao her name is kathryn with a y', { intent: 'rename', person: ref('Katherine'), to: 'Kathryn' }],
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

/** Just after notes about these people (the last is the latest). */
function savedCtx(...names: string[]): UnderstandContext {
  const people = names.map((name, index) => ({ id: index + 1, name, nameKey: nameKey(name) }));
  return { people, latestPersonId: people.length, pending: null, now: TABLE_NOW, timeZone: TABLE_ZONE, defaultCountry: 'US' };
}

describe('readCorrection: a name put right by its spelling, a star, or the real name behind a nickname', () => {
  it.each([
    [['Katy'], '*katie', 'Katy', 'Katie'],
    [['Katy'], 'katie*', 'Katy', 'Katie'],
    [['Brianna'], 'its briana one n', 'Brianna', 'Briana'],
    [['Matt'], "it's Mat, one t", 'Matt', 'Mat'],
    [['Ana'], 'its anna two ns', 'Ana', 'Anna'],
    [['Jayden'], 'oops not jayden, its jaden no y', 'Jayden', 'Jaden'],
    [['Eoin'], "It's spelled Eoghan actually, he corrected me", 'Eoin', 'Eoghan'],
    [['Shiv'], 'her name is spelt Siobhan, she told me', 'Shiv', 'Siobhan'],
    [['Daz'], "Daz's real name is Darren, put him down as that", 'Daz', 'Darren'],
    [['Tommo', 'Bea'], 'tommos actual name is thomas, save him as that', 'Tommo', 'Thomas'],
    [['Bea', 'Liz'], 'her full name is Elizabeth', 'Liz', 'Elizabeth'],
  ])('after %j, %j: %s is %s', (names, text, from, to) => {
    const ctx = savedCtx(...names);
    const id = ctx.people.find((person) => person.name === from)?.id;
    expect(readCorrection(view(text), ctx)).toEqual({ intent: 'rename', person: { name: from, id }, to });
  });

  it.each([
    [['Katy'], '*bouldering'],
    [['Katy'], '*sarah'],
    [['Brianna'], 'its brianna two ns'],
    [['Daz'], "Kim's real name is Kimberly"],
  ])('after %j, %j: no rename', (names, text) => {
    expect(readCorrection(view(text), savedCtx(...names))).toBeNull();
  });
});

describe('readCorrection: a detail put right in Spanish', () => {
  it.each([
    ['me equivoqué, Mónica es de recursos humanos no de contabilidad', ['recursos humanos'], ['contabilidad']],
    ['perdón, trabaja en Bimbo, no en Lala', ['Bimbo'], ['Lala']],
  ])('%j', (text, add, remove) => {
    expect(readCorrection(view(text), savedCtx('Mónica'))).toEqual({ intent: 'correct-detail', person: { name: 'Mónica', id: 1 }, add, remove });
  });
});

describe('readCorrection: a detail put right after "it was" or a move', () => {
  it.each([
    ['it was the Chicago marathon not Boston', ['Chicago marathon'], ['Boston']],
    ['actually she moved to Denver, not Boston', ['Denver'], ['Boston']],
    ['she is from Ohio, not Iowa', ['from Ohio'], ['Iowa']],
  ])('%j', (text, add, remove) => {
    expect(readCorrection(view(text), savedCtx('Rebecca'))).toEqual({ intent: 'correct-detail', person: { name: 'Rebecca', id: 1 }, add, remove });
  });

  it.each(['its tim not tom', "it's not a big deal"])('%j about someone not saved: no detail', (text) => {
    expect(readCorrection(view(text), savedCtx('Rebecca'))).toBeNull();
  });
});
