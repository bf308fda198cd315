// The Spanish save confirmation: its wording, its time in Spanish, GSM-7 and within two segments.
import { describe, expect, it } from 'vitest';
import { isGsm7 } from '../../domain/sms-length';
import { captureReplyEs, whenInSpanish } from './capture-es';
import { firstFollowUp, NOW, NY, segments } from '../../../test/support/reply-fixtures';

describe('captureReplyEs', () => {
  it('says what was saved and when the nudge comes, in Spanish', () => {
    const text = captureReplyEs({
      name: 'Maria',
      met: 'fiesta',
      details: ['salsa'],
      hasContact: true,
      nextNudge: firstFollowUp,
      now: NOW,
      zone: NY,
      welcome: false,
    });
    expect(text).toMatch(/^Guarde a Maria \(fiesta\): salsa\. Te aviso /);
    expect(text).not.toMatch(/\b(?:tomorrow|today|at)\b/);
    expect(isGsm7(text)).toBe(true);
    expect(segments(text)).toBe(1);
  });

  it('a first text welcomes, names the zone and the help line, within two segments', () => {
    const text = captureReplyEs({
      name: 'Maria',
      met: 'fiesta',
      details: ['salsa', 'baila los jueves'],
      hasContact: false,
      nextNudge: firstFollowUp,
      now: NOW,
      zone: NY,
      welcome: true,
    });
    expect(text).toMatch(/^Bienvenido a Kindling! Guarde a Maria/);
    expect(text).toMatch(/STOP para salir\.$/);
    expect(segments(text)).toBeLessThanOrEqual(2);
  });

  it.each([
    ['tomorrow at 10am', 'manana a las 10am'],
    ['Thursday at 9am', 'el jueves a las 9am'],
    ['today at 1pm', 'hoy a la 1pm'],
    ['when you resume', 'cuando vuelvas'],
  ])('"%s" is "%s"', (english, spanish) => {
    expect(whenInSpanish(english)).toBe(spanish);
  });
});
