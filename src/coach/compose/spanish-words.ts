// What every kind's Spanish wording shares (compose/spanish.ts composes, each kind's `spanish` words it): what a text
// can say about one person, a draft in straight quotes, a noted item as said to them, the in-person footer, and the
// shape of a kind's Spanish wording. Pure.

import type { NudgeSubject } from '../../domain/types';

/** What a Spanish text can say about one person: their name, where they met, one detail, as noted. */
export interface Datos {
  name: string;
  first: string;
  /** where they met, as noted, without a leading "en"/"at": "cafe de la esquina" */
  place: string | null;
  /** one interest (or, with none, a work item), as noted */
  topic: string | null;
  /** their latest news, as noted */
  news: string | null;
}

/** What a kind's Spanish texts for one person read: the subject, the seed, its datos and the shared pieces. */
export interface SpanishInput {
  subject: NudgeSubject;
  seed: number;
  datos: Datos;
  /** " (place)" or " (topic)" after a name, or '' */
  tag: string;
  /** how to answer, chosen by the seed */
  footer: string;
  /** a lead with each draft and the footer, then the lead with the footer alone */
  texts(lead: string, drafts: string[], end?: string): string[];
}

/** What a kind's Spanish line in a text about several reads. */
export interface SpanishLineInput {
  subject: NudgeSubject;
  datos: Datos;
  /** " (topic)" or " (place)" after a name, or '' */
  about: string;
}

/** One nudge kind's Spanish wording. */
export interface SpanishWording {
  /** the texts for one person, richest first; the last is the barest */
  texts(input: SpanishInput): string[];
  /** a short line for a text about several */
  line(input: SpanishLineInput): string;
}

export const IN_PERSON_FOOTER = 'Responde LISTO si lo ves (o POSPONER, SALTAR).';

/**
 * A place as noted without a leading "en" (or an English "at", from a mixed note).
 * @example bare('en el gimnasio') // 'el gimnasio'
 */
export function bare(place: string): string {
  return place.trim().replace(/^(?:en|at|in)\s+/i, '');
}

/** @example q('Hola!') // '"Hola!"' */
export const q = (draft: string) => `"${draft}"`;

/**
 * What the user noted about them, as said to them.
 * @example toThem('su exposicion') // 'tu exposicion'
 */
export const toThem = (noted: string) => noted.trim().replace(/^su(s?)\s+/i, 'tu$1 ');

/**
 * A noted item that reads inside a sentence as is: it starts with an article or a possessive.
 * @example withArticle('la salsa') // true
 */
export const withArticle = (item: string) => /^(?:el|la|los|las|un|una|su|sus|tu|tus|mi|mis)\s/i.test(item.trim());
