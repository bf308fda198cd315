// Nudge texts in Spanish, for a user who writes to Kindling in Spanish. Pure. The same moves as the English kinds
// (kinds/), said the way a friend texting in Spanish would: a short lead, one draft in straight quotes to send as is,
// and how to answer (LISTO, POSPONER, SALTAR). Kindling's own words skip the accents GSM-7 lacks (a, i, o, u with an
// acute accent), as people often do on SMS, so a text stays 160 characters a segment; what the user noted (names,
// places, interests) is inserted as written. Each kind's own Spanish words are in its module (kinds/, its `spanish`).

import { segmentCount, toGsm7, truncateToSegments } from '../../domain/sms-length';
import type { NudgeSubject } from '../../domain/types';
import { KINDS } from '../kinds';
import type { ComposeOptions } from './facts';
import { firstName } from './phrasing';
import { pick } from './pick';
import { bare, type Datos, q } from './spanish-words';

const FOOTERS = ['Responde LISTO al mandarlo (o POSPONER, SALTAR).', 'Cuando lo mandes, responde LISTO.', 'Responde LISTO, POSPONER o SALTAR.'];

function datosOf(subject: NudgeSubject, seed: number): Datos {
  const { person } = subject;
  const items = [...person.interests, ...(person.interests.length === 0 ? person.work : [])].map((item) => item.trim()).filter(Boolean);
  const latest = person.news?.at(-1)?.what.trim() || null;
  return {
    name: person.name.trim(),
    first: firstName(person.name),
    place: person.met?.trim() ? bare(person.met) : null,
    topic: items.length > 0 ? pick(items, seed, 41) : null,
    news: latest,
  };
}

/** The texts for one person, richest first: each has a lead, a draft and a footer; the last is the barest. */
function onePerson(subject: NudgeSubject, seed: number): string[] {
  const datos = datosOf(subject, seed);
  const tag = datos.place ? ` (${datos.place})` : datos.topic ? ` (${datos.topic})` : '';
  const footer = pick(FOOTERS, seed, 42);
  const texts = (lead: string, drafts: string[], end = footer) => [...drafts.map((draft) => `${lead} ${q(draft)} ${end}`), `${lead} ${end}`];
  return KINDS[subject.kind].spanish.texts({ subject, seed, datos, tag, footer, texts });
}

/** A short line per person for a text about several. */
function lineOf(subject: NudgeSubject, seed: number): string {
  const datos = datosOf(subject, seed);
  const about = datos.topic ? ` (${datos.topic})` : datos.place ? ` (${datos.place})` : '';
  return KINDS[subject.kind].spanish.line({ subject, datos, about });
}

/**
 * The text for one or more due nudges, in Spanish: one person gets a lead, a draft and how to answer; several get one
 * numbered text with a line each. Fits 2 segments, 1 when a complete version does.
 * @example composeNudgeEs([{ kind: 'first-follow-up', person: lucia }], 0)
 *   // 'Buen momento para escribirle a Lucia (cafe): "Hola Lucia! Que gusto conocerte en cafe. ..." Responde LISTO al mandarlo (o POSPONER, SALTAR).'
 */
export function composeNudgeEs(subjects: NudgeSubject[], seed: number, _options?: ComposeOptions): string {
  const [only] = subjects;
  if (!only) return '';
  // sent in GSM-7 where it can be ("Lucía" -> "Lucia"), so measured that way
  const written =
    subjects.length === 1
      ? onePerson(only, seed)
      : [
          `Hoy: ${subjects.map((subject, index) => `${index + 1}) ${lineOf(subject, seed + index)}`).join(' ')}. Responde LISTO 1, POSPONER 2 o SALTAR 3.`,
          `Hoy: ${subjects.map((subject, index) => `${index + 1}) ${firstName(subject.person.name)}`).join(' ')}. Responde LISTO 1, POSPONER 2 o SALTAR 3.`,
        ];
  const candidates = written.map(toGsm7);
  const fits = (max: number) => candidates.find((text) => segmentCount(text).segments <= max);
  // one segment only for the richest text; else the richest within two
  const [richest] = candidates;
  if (richest && segmentCount(richest).segments <= 1) return richest;
  return fits(2) ?? truncateToSegments(candidates.at(-1) ?? '', 2);
}
