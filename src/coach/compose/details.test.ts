import { describe, expect, it } from 'vitest';
import { distinctDetails } from './details';

describe('distinctDetails', () => {
  it.each([
    [['climbing', 'bouldering', 'pottery', 'pottery studio'], 'climbing gym', ['bouldering', 'pottery studio']],
    [['pottery studio', 'pottery'], null, ['pottery studio']],
    [['jazz', 'Jazz', ' jazz '], null, ['jazz']],
    [['dancing', 'salsa dance', 'dances'], null, ['salsa dance']],
    [['hiking', 'hikes'], 'met at the hiking club', []],
    [['through Priya', 'jazz'], 'through Priya', ['jazz']],
    [['bouldering', 'pottery studio', 'Met at the climbing gym'], 'climbing gym', ['bouldering', 'pottery studio']],
    [['Met at the jazz bar', 'jazz'], null, ['Met at the jazz bar']],
    [['🧗', '🧗', 'climbing 🧗'], null, ['🧗', 'climbing 🧗']],
    [['', '  ', 'ceramics'], null, ['ceramics']],
  ])('%j at %j -> %j', (details, met, expected) => {
    expect(distinctDetails(details, met)).toEqual(expected);
  });
});
