// Tables for FORGET's scrub: which words count as a mention of the forgotten person, and what they become.
import { describe, expect, it } from 'vitest';
import { mentionOf, scrubText } from './forget';

describe('mentionOf and scrubText', () => {
  it.each<[string, string, string[], string, string]>([
    ['the name, any case, possessive too', 'Zorblat', [], "met through Zorblat, zorblat's brother", "met through a friend, a friend's brother"],
    ['a name inside another word is not a mention', 'Sam', [], 'Samantha and Sam went sailing', 'Samantha and a friend went sailing'],
    ['the first name alone, when nobody else has it', 'Ana Ruiz', ['tom'], 'Ana said hi; Ana Ruiz too', 'A friend said hi; a friend too'],
    ['not the first name alone when another saved person has it', 'Ana Ruiz', ['ana lee'], 'Ana said hi; Ana Ruiz too', 'Ana said hi; a friend too'],
    ['a name with accents', 'José', [], 'dinner with José.', 'dinner with a friend.'],
  ])('%s', (_case, name, otherKeys, text, scrubbed) => {
    const mention = mentionOf(
      name,
      otherKeys.map((nameKey) => ({ nameKey })),
    );
    expect(scrubText(text, mention)).toBe(scrubbed);
  });
});
