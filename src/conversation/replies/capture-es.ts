// The reply to a saved note for a user who writes Spanish: what was saved and when the first nudge comes, in Spanish.
import { distinctDetails } from '../../coach/compose/details';
import { firstName } from '../../coach/compose/phrasing';
import { describeZone } from '../../domain/time-zones';
import type { CaptureConfirmationInput } from './capture';
import { fitReply } from './fit';
import { whenOf } from './next-step';

const SPANISH_DAYS: Readonly<Record<string, string>> = {
  Monday: 'el lunes',
  Tuesday: 'el martes',
  Wednesday: 'el miercoles',
  Thursday: 'el jueves',
  Friday: 'el viernes',
  Saturday: 'el sabado',
  Sunday: 'el domingo',
};

/** Month abbreviations as describeWhen writes them, in Spanish. */
const SPANISH_MONTHS: Readonly<Record<string, string>> = {
  Jan: 'ene',
  Feb: 'feb',
  Mar: 'mar',
  Apr: 'abr',
  May: 'may',
  Jun: 'jun',
  Jul: 'jul',
  Aug: 'ago',
  Sep: 'sep',
  Oct: 'oct',
  Nov: 'nov',
  Dec: 'dic',
};

/** "tomorrow at 10am" -> "manana a las 10am", "Thursday at 9am" -> "el jueves a las 9am"; other dates keep their form. */
export function whenInSpanish(when: string): string {
  return when
    .replace(/^when you resume$/, 'cuando vuelvas')
    .replace(/\btomorrow\b/, 'manana')
    .replace(/\btoday\b/, 'hoy')
    .replace(/\btonight\b/, 'esta noche')
    .replace(/\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/, (day) => SPANISH_DAYS[day] ?? day)
    .replace(
      /\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) (\d{1,2})\b/,
      (_all, month: string, day: string) => `el ${day} de ${SPANISH_MONTHS[month] ?? month}`,
    )
    .replace(/\bat (1)(?=(?::\d\d)?(?:am|pm))/, 'a la $1')
    .replace(/\bat (?=\d)/, 'a las ');
}

/**
 * The Spanish confirmation, GSM-7 (no accents outside GSM-7), within 2 segments.
 * @example captureReplyEs({ name: 'Maria', met: 'fiesta', details: ['salsa'], ... })
 *   // "Guarde a Maria (fiesta): salsa. Te aviso manana a las 10am."
 */
export function captureReplyEs(input: CaptureConfirmationInput): string {
  const met = input.met?.trim() ? input.met.trim() : null;
  const details = distinctDetails(input.details, met);
  const when = input.nextNudge ? whenInSpanish(whenOf(input.nextNudge, input.now, input.zone)) : null;
  const next = when ? `Te aviso ${when}.` : 'Lo guardo.';
  const noContact = input.hasContact ? '' : 'Aun no tienes su numero.';
  const welcome = input.welcome ? 'Bienvenido a Kindling!' : '';
  const zone = input.welcome ? `Zona horaria: ${describeZone(input.zone)} (TZ y tu ciudad para cambiarla).` : '';
  const help = input.welcome ? 'HELP para ayuda, STOP para salir.' : '';
  const saved = (items: string[], withMet: boolean, name: string) =>
    `Guarde a ${name}${withMet && met ? ` (${met})` : ''}${items.length > 0 ? `: ${items.join(', ')}` : ''}.`;
  const join = (...parts: string[]) => parts.filter(Boolean).join(' ');
  const candidates = [join(welcome, saved(details, true, input.name), next, noContact, zone, help)];
  for (let keep = details.length - 1; keep >= 0; keep--)
    candidates.push(join(welcome, saved(details.slice(0, keep), true, input.name), next, noContact, zone, help));
  candidates.push(
    join(welcome, saved([], false, input.name), next, zone, help),
    join(welcome, saved([], false, firstName(input.name)), next, help),
    join(saved([], false, firstName(input.name)), next),
  );
  return fitReply(candidates, 1);
}
