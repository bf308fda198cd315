// reply-warmth: how it went: the warmth a report of their response carries, and the update it makes.
import { describe, expect, it } from 'vitest';
import { read } from './reply-reading';
import { readUpdate, readWarmth } from './reply-warmth';

describe('readWarmth', () => {
  it.each([
    ['she loved it', 'warm'],
    ['went well', 'warm'],
    ['he replied', 'warm'],
    ["we're getting coffee!", 'warm'],
    ['she replied, wants to grab coffee', 'warm'],
    ['meh', 'lukewarm'],
    ["she's busy this month", 'lukewarm'],
    ['not interested', 'lukewarm'],
    ['no reply', 'none'],
    ['she didnt reply', 'none'],
    ['crickets', 'none'],
    ['ghosted', 'none'],
    ['hmm', null],
  ] as const)('%j: %s', (text, warmth) => {
    expect(readWarmth(text)).toBe(warmth);
  });
});

describe('readUpdate', () => {
  it.each([
    ['went well', { kind: 'update', warmth: 'warm', text: 'went well' }],
    ['no reply', { kind: 'update', warmth: 'none', text: 'no reply' }],
    ['sarah loved it', { kind: 'update', warmth: 'warm', text: 'sarah loved it', target: { name: 'sarah' } }],
    ['hmm', null],
  ] as const)('%j', (text, command) => {
    expect(readUpdate(read(text))).toEqual(command);
  });
});
