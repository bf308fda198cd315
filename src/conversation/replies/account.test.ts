import { describe, expect, it } from 'vitest';
import * as replies from './account';
import { DEC_12_10, NOW, NY, segments } from '../../../test/support/reply-fixtures';

describe('account replies', () => {
  it.each([
    ['paused until', replies.paused(DEC_12_10, NOW, NY), 'Paused until Dec 12 at 10am. Text RESUME anytime.'],
    ['paused', replies.paused(null, NOW, NY), 'Paused. No nudges until you text RESUME.'],
    ['nudge time, evening', replies.nudgeTimeSet(18, 0), 'Done. Nudges will come around 6pm your time.'],
    ['nudge time, minutes', replies.nudgeTimeSet(9, 30), 'Done. Nudges will come around 9:30am your time.'],
    ['nudge time, noon', replies.nudgeTimeSet(12, 0), 'Done. Nudges will come around 12pm your time.'],
    [
      'outside the window',
      replies.nudgeTimeOutside(9, 20),
      'I only text between 9:00 and 20:00 so I never wake you. Pick a time in that window, like NUDGE AT 6PM.',
    ],
    ['zone set', replies.zoneSet('Chicago', '9:15am'), "Time zone set to Chicago. It's 9:15am there now; nudges follow your local day."],
    ['zone unknown', replies.zoneUnknown('Narnia'), 'I don\'t know the time zone "Narnia". Try a city like TZ CHICAGO or a zone like TZ AMERICA/DENVER.'],
    [
      'zone unknown, long',
      replies.zoneUnknown(`beyond the wardrobe ${'x'.repeat(1600)}`),
      'I don\'t know the time zone "beyond the wardrobe". Try a city like TZ CHICAGO or a zone like TZ AMERICA/DENVER.',
    ],
    ['undone', replies.undone('saved Tom'), 'Undone: saved Tom.'],
    ['undone, long name', replies.undone(`saved ${'Tom '.repeat(500)}`), 'Undone: saved Tom Tom Tom Tom Tom.'],
    [
      'export',
      replies.exportLink('https://kindling.test/export/abc'),
      'Your people, as a contacts file: https://kindling.test/export/abc The link works once, for 24 hours. Add ?format=csv for a spreadsheet.',
    ],
  ])('%s', (_label, text, expected) => {
    expect(text).toBe(expected);
    expect(segments(text)).toBeLessThanOrEqual(2);
  });

  it('a pasted emoji in an unknown zone never leaves half a character', () => {
    const text = replies.zoneUnknown(`${'a'.repeat(29)}😀😀`);
    expect(text).toContain(`"${'a'.repeat(29)}"`);
    expect(text).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])/);
  });
});
