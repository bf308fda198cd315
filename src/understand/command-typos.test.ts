// The one typo reader: what parseReply fixes in the first word of any text, and what the command reader reaches further.
import { describe, expect, it } from 'vitest';
import { fixCommandTypo, fixUnitTypo } from './command-typos';

describe('fixCommandTypo', () => {
  it.each([
    ['dnoe', 'done'],
    ['skp', 'skip'],
    ['snoze', 'snooze'],
    ['Snoze', 'snooze'],
    ['udno', 'undo'],
    ['exprot', 'export'],
    ['forgte', 'forget'],
    ['presume', 'presume'],
    ['forgot', 'forgot'],
    ['lisa', 'lisa'],
    ['dane', 'dane'],
    ['skippp', 'skippp'],
    ['sn00ze', 'sn00ze'],
  ])('in any text, "%s" -> "%s"', (word, fixed) => {
    expect(fixCommandTypo(word)).toBe(fixed);
  });

  it.each([
    ['skippp', false, 'skip'],
    ['sn00ze', false, 'snooze'],
    ['dnoe', false, 'done'],
    ['lsit', false, 'list'],
    ['kep', true, 'keep'],
    ['kep', false, 'kep'],
    ['dome', false, 'dome'],
    ['ship', false, 'ship'],
    ['texts', false, 'texts'],
  ] as const)('read as a command, "%s" (whole text: %s) -> "%s"', (word, alone, fixed) => {
    expect(fixCommandTypo(word, { alone, wide: true })).toBe(fixed);
  });
});

describe('fixUnitTypo', () => {
  it.each([
    ['dys', 'days'],
    ['dyas', 'days'],
    ['wekks', 'weeks'],
    ['day', 'day'],
    ['hours', 'hours'],
    ['pizza', 'pizza'],
  ])('"%s" -> "%s"', (word, fixed) => {
    expect(fixUnitTypo(word)).toBe(fixed);
  });
});
