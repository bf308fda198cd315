// correction-names: a name said anew with no "not <old>": starred, spelled out, the real name behind a nickname, asked
// for in words, or bare after a typo; of the one named, else the latest.
import { describe, expect, it } from 'vitest';
import { TABLE_NOW, TABLE_ZONE, view } from '../../test/support/understand/reader-context';
import { readNameFix } from './correction-names';
import { nameKey } from './note-person';
import type { UnderstandContext } from './types';

/** Just after notes about these people (the last is the latest). */
function savedCtx(...names: string[]): UnderstandContext {
  const people = names.map((name, index) => ({ id: index + 1, name, nameKey: nameKey(name) }));
  return { people, latestPersonId: people.length, pending: null, now: TABLE_NOW, timeZone: TABLE_ZONE, defaultCountry: 'US' };
}

describe('readNameFix', () => {
  it.each([
    [['Katy'], '*katie', 'Katy', 'Katie'],
    [['Katy'], '** Katie!', 'Katy', 'Katie'],
    [['Katy'], 'katie* sorry', 'Katy', 'Katie'],
    [['Katy'], 'typo: Katie', 'Katy', 'Katie'],
    [['Katy'], 'sorry typo, katie', 'Katy', 'Katie'],
    [['Katy'], 'ugh autocorrect. KATIE', 'Katy', 'Katie'],
    [['Eoin'], "It's spelled Eoghan actually, he corrected me", 'Eoin', 'Eoghan'],
    [['Daz'], "Daz's real name is Darren, put him down as that", 'Daz', 'Darren'],
    [['Daz'], "his proper name's Darren btw", 'Daz', 'Darren'],
    [['Daz'], 'Darren is his real name', 'Daz', 'Darren'],
    [['Daz', 'Bea'], 'Daz is short for Darren', 'Daz', 'Darren'],
    [['Daz'], 'put him down as Darren', 'Daz', 'Darren'],
    [['Daz', 'Bea'], 'put daz down as darren pls', 'Daz', 'Darren'],
    [['Daz'], 'save him as Darren instead', 'Daz', 'Darren'],
    [['Daz'], 'change his name to Darren', 'Daz', 'Darren'],
    [['Daz', 'Bea'], 'rename daz to darren', 'Daz', 'Darren'],
    [['Daz'], 'spelling is Darren', 'Daz', 'Darren'],
    [['Shaz', 'Bea'], 'typo: Shaz should be Sharon', 'Shaz', 'Sharon'],
    [['Marina'], 'se escribe Mariona', 'Marina', 'Mariona'],
    [['Marina'], 'es Mariona con una o', 'Marina', 'Mariona'],
    [['Marina'], 'perdón, es Mariona', 'Marina', 'Mariona'],
    [['Marina'], 'su nombre real es Mariona', 'Marina', 'Mariona'],
    [['Marina'], 'cámbiale el nombre a Mariona', 'Marina', 'Mariona'],
    [['Marina'], 'ponla como Mariona porfa', 'Marina', 'Mariona'],
  ])('after %j, %j: %s is %s', (names, text, from, to) => {
    const ctx = savedCtx(...names);
    const id = ctx.people.find((person) => person.name === from)?.id;
    expect(readNameFix(view(text), ctx)).toEqual({ intent: 'rename', person: { name: from, id }, to });
  });

  it.each([
    [['Katy'], '*sarah'],
    [['Katy'], 'typo: sarah'],
    [['Katy'], '*bouldering'],
    [['Daz'], 'put him down as a maybe'],
    [['Daz'], 'daz should be there'],
    [['Marina'], 'es Laura'],
    [['Marina'], 'es muy simpática'],
    [['Daz'], "Kim's real name is Kimberly"],
    [['Jess', 'Jessica'], 'jess and jessica are the same person lol keep her as jess'],
  ])('after %j, %j: null', (names, text) => {
    expect(readNameFix(view(text), savedCtx(...names))).toBeNull();
  });
});
