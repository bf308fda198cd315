// Texts full of numbers or dates: the first phone number is still the one kept and every number is still cut out of
// the text, past the five that are parsed; a text without seven digits in a row finds no number.
import { describe, expect, it } from 'vitest';
import { extractContacts } from './note-contacts';

describe('extractContacts on hostile texts', () => {
  it('123 numbers in 1,600 characters: the first is kept and all are cut out', () => {
    const text = Array.from({ length: 123 }, (_, i) => `917-555-${String(1000 + i)}`).join(' ');
    const found = extractContacts(text, 'US');
    expect(found.contacts.phone).toBe('+19175551000');
    expect(found.rest).not.toMatch(/\d{3}-\d{4}/);
  });

  it('dates and times alone hold no number', () => {
    const found = extractContacts('tomorrow at 10am next friday 3/4 in 2 weeks '.repeat(36), 'US');
    expect(found.contacts.phone).toBeUndefined();
  });

  it('a number a few separators apart is still found', () => {
    expect(extractContacts('call her at (917) 555 - 0123 tonight', 'US').contacts.phone).toBe('+19175550123');
  });
});
