// Replies to steering a nudge, in Spanish, for a user who writes Spanish: LISTO, POSPONER, SALTAR and how it went.
// GSM-7: Kindling's own words skip the accents GSM-7 lacks.

import type { Millis, TimeZone, Warmth } from '../../domain/types';
import { firstName } from '../../coach/compose/phrasing';
import { whenInSpanish } from './capture-es';
import { toGsm7 } from '../../domain/sms-length';
import type { Previous } from './coaching';
import { fitNamed as fitAnyName } from './fit';

/** Replies are sent in GSM-7 (decide folds "Lucía" to "Lucia"), so they are fitted to segments that way too. */
const fitNamedGsm: typeof fitAnyName = (name, wordings) => fitAnyName(toGsm7(name), wordings);
import { type NextStep, whenOf } from './next-step';

const cuando = (step: Pick<NextStep, 'dueAt' | 'waitsForResume'>, now: Millis, zone: TimeZone) => whenInSpanish(whenOf(step, now, zone));

function fresh(options: string[], previous: Previous | undefined): string {
  const said = Array.isArray(previous) ? previous : [previous ?? ''];
  return options.find((option) => !said.some((reply) => reply.startsWith(option.slice(0, 12)))) ?? options[0] ?? '';
}

/** LISTO: well done, and how it went. */
export function doneReplyEs(name: string, previous?: Previous): string {
  return fitNamedGsm(name, [
    (n) =>
      `${fresh([`Bien hecho, ya le escribiste a ${n}!`, `Listo, ${n} ya tiene tu mensaje.`, `Eso, lo dificil ya esta con ${n}.`], previous)} Cuentame como te fue, por ejemplo "me contesto" o "nada aun".`,
    (n) => `Bien hecho con ${n}! Cuentame como te fue.`,
  ]);
}

/** LISTO on a step done in person. */
export function doneInPersonEs(name: string): string {
  return fitNamedGsm(name, [
    (n) => `Que bueno que viste a ${n}! Como te fue? Cuentame, por ejemplo "genial" o "mas o menos".`,
    (n) => `Que bueno que viste a ${n}!`,
  ]);
}

/** LISTO on a step to get their number: the number is what is missing. */
export function doneGetContactEs(name: string): string {
  const first = firstName(name);
  return fitNamedGsm(first, [(n) => `Bien! Te lo dio? Manda "${n}: <numero>" y yo sigo desde ahi.`, (n) => `Te lo dio? Manda "${n}: <numero>".`]);
}

/** POSPONER: when the person comes up again. */
export function snoozedEs(name: string, until: Millis | Pick<NextStep, 'dueAt' | 'waitsForResume'>, now: Millis, zone: TimeZone): string {
  const when = cuando(typeof until === 'number' ? { dueAt: until } : until, now, zone);
  return fitNamedGsm(name, [(n) => `Va, te recuerdo de ${n} ${when}.`, (n) => `Pospuesto ${n}: ${when}.`]);
}

/** SALTAR: what comes next for them, if anything. */
export function skippedEs(name: string, next: NextStep | null, now: Millis, zone: TimeZone): string {
  if (!next) return fitNamedGsm(name, [(n) => `Saltado. No hay nada mas para ${n}; mandame una nota cuando quieras.`, (n) => `Saltado. Nada mas para ${n}.`]);
  const when = cuando(next, now, zone);
  return fitNamedGsm(name, [(n) => `Saltado. Lo siguiente con ${n}: ${when}.`, (n) => `Saltado. Sigue ${n} ${when}.`]);
}

/** How it went (or how the plan went): warm, lukewarm or no answer, and what comes next. */
export function updateReplyEs(
  name: string,
  warmth: Exclude<Warmth, 'unknown'>,
  next: NextStep | null,
  now: Millis,
  zone: TimeZone,
  previous?: Previous,
): string {
  const when = next ? cuando(next, now, zone) : null;
  const after = (what: string) => (when ? ` ${what}.` : '');
  if (warmth === 'warm') {
    const pair = next?.kind === 'bring-together' && next.pair?.name ? firstName(next.pair.name) : null;
    return fitNamedGsm(name, [
      (n) =>
        `${fresh([`Que bien! ${n} se ve con ganas.`, `Me encanta, a ${n} le intereso.`, `Buenisimo, eso va bien con ${n}.`], previous)}${after(`Te escribo ${when} con una idea de plan${pair ? ` con ${pair} tambien` : ''}`)}`,
      (n) => `Que bien con ${n}!${after(`Te aviso ${when}`)}`,
    ]);
  }
  if (warmth === 'lukewarm') {
    return fitNamedGsm(name, [
      (n) =>
        `${fresh(['Entendido, con calma.', 'Va, sin prisa.'], previous)} Le doy espacio a ${n} y te aviso ${when ?? 'en unas semanas'}, quiza con un plan en grupo.`,
      (n) => `Va, le doy espacio a ${n}.`,
    ]);
  }
  return fitNamedGsm(name, [
    (n) => `${fresh(['No pasa nada, la gente anda ocupada.', 'Tranquilo, a veces tardan.'], previous)} Te recuerdo de ${n} ${when ?? 'mas adelante'}.`,
    (n) => `No pasa nada. Te recuerdo de ${n} luego.`,
  ]);
}
