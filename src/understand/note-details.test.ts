// note-details: interests (what they are into, love, play, a hobby named anywhere) and work (a job, a company, a project).
import { describe, expect, it } from 'vitest';
import { noteView } from '../../test/support/understand/note-view';
import { extractInterests, extractWork, MAX_INTERESTS, MAX_WORK } from './note-details';

describe('extractInterests and extractWork', () => {
  it.each([
    ['Sarah into sourdough + board games, huge Longhorns fan', ['sourdough', 'board games', 'Longhorns'], []],
    ['Jake loves climbing', ['climbing'], []],
    ['Priya is a nurse', [], ['nurse']],
    ['Ana is a vet', [], ['vet']],
    ['Omid is building a fintech startup', [], ['fintech startup']],
    ['Grace Park, designer at Figma', [], ['designer', 'Figma']],
    ['Kim runs a pottery studio', ['pottery'], ['pottery studio']],
    ['met Zoe at the dog park, she has a corgi named Waffles', ['dogs', 'corgi Waffles'], []],
    ['Tom loves it', [], []],
  ] as const)('%j: interests %j, work %j', (note, interests, work) => {
    const view = noteView(note);
    expect(extractInterests(view)).toEqual(interests);
    expect(extractWork(view)).toEqual(work);
  });

  it('the name is never read as a job or an interest', () => {
    const view = noteView('Hunter is a nurse, loves jazz');
    expect(extractWork(view)).toEqual(['nurse']);
    expect(extractInterests(view)).toEqual(['jazz']);
  });

  it('a long list stops at the caps', () => {
    const view = noteView('Ana loves hiking, jazz, sushi, chess, surfing, yoga, pottery, tennis. works at Google, Meta, Apple, Stripe, Figma, Notion');
    expect(extractInterests(view).length).toBeLessThanOrEqual(MAX_INTERESTS);
    expect(extractWork(view).length).toBeLessThanOrEqual(MAX_WORK);
  });
});
