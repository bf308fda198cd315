// note-work: work and projects in a note: a job title, where they work, what they run, build, teach or study.
import { describe, expect, it } from 'vitest';
import { noteView } from '../../test/support/understand/note-view';
import { MAX_WORK } from './note-details';
import { extractWork } from './note-work';

describe('extractWork', () => {
  it.each([
    ['Sarah into sourdough + board games, huge Longhorns fan', []],
    ['Jake loves climbing', []],
    ['Priya is a nurse', ['nurse']],
    ['Ana is a vet', ['vet']],
    ['Omid is building a fintech startup', ['fintech startup']],
    ['Grace Park, designer at Figma', ['designer', 'Figma']],
    ['Kim runs a pottery studio', ['pottery studio']],
    ['met Zoe at the dog park, she has a corgi named Waffles', []],
    ['Tom loves it', []],
    ['Ana works as a nurse at Mercy', ['nurse', 'Mercy']],
    ['Jo is CEO of Acme', ['CEO', 'Acme']],
    ['Ravi is a cardiologist', ['cardiologist']],
    ['Lee teaches at Lincoln High', ['Lincoln High']],
    ['Mo studies law at NYU', ['law student']],
    ['Kai composes for films', ['composer']],
    // a duty, told by "does" opening a clause about them; a question or a "does not" is none
    ["Met Owain there too, does the kids' sessions", ["kids' sessions"]],
    ['Met Patricia, she does the teas', ['teas']],
    ['Rocio does payroll', ['payroll']],
    ['Kenji does ML at a bank', ['ML at a bank']],
    ['Finn does woodworking', []],
    ['does she climb? met Ana at yoga', []],
    ['met Bo, what does it matter', []],
    // a job word with a verb's -s before its object is the verb
    ['Pam leads the walks', []],
    ['Sam is a team lead at Acme', ['team lead', 'Acme']],
  ] as const)('%j: %j', (note, work) => {
    expect(extractWork(noteView(note))).toEqual(work);
  });

  it('the name is never read as a job', () => {
    expect(extractWork(noteView('Hunter is a nurse, loves jazz'))).toEqual(['nurse']);
  });

  it('stops at the cap: the study after four details is not read', () => {
    const work = extractWork(noteView('Ana is a nurse at Mercy, runs a bakery, sells candles, studies law'));
    expect(work).toEqual(['nurse', 'Mercy', 'bakery', 'candles']);
    expect(work).toHaveLength(MAX_WORK);
  });
});
