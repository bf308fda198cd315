// Nudge texts in Spanish, for a user who writes to Kindling in Spanish. Pure. The same moves as the English kinds
// (kinds/), said the way a friend texting in Spanish would: a short lead, one draft in straight quotes to send as is,
// and how to answer (LISTO, POSPONER, SALTAR). Kindling's own words skip the accents GSM-7 lacks (a, i, o, u with an
// acute accent), as people often do on SMS, so a text stays 160 characters a segment; what the user noted (names,
// places, interests) is inserted as written.

import { segmentCount, toGsm7, truncateToSegments } from '../../domain/sms-length';
import type { NudgeSubject } from '../../domain/types';
import type { ComposeOptions } from './facts';
import { firstName } from './phrasing';
import { pick } from './pick';

const FOOTERS = ['Responde LISTO al mandarlo (o POSPONER, SALTAR).', 'Cuando lo mandes, responde LISTO.', 'Responde LISTO, POSPONER o SALTAR.'];
const IN_PERSON_FOOTER = 'Responde LISTO si lo ves (o POSPONER, SALTAR).';

/** What a Spanish text can say about one person: their name, where they met, one detail, as noted. */
interface Datos {
  name: string;
  first: string;
  /** where they met, as noted, without a leading "en"/"at": "cafe de la esquina" */
  place: string | null;
  /** one interest (or, with none, a work item), as noted */
  topic: string | null;
  /** their latest news, as noted */
  news: string | null;
}

/** "en el gimnasio" as noted -> "el gimnasio"; an English "at the gym" from a mixed note -> "the gym". */
function bare(place: string): string {
  return place.trim().replace(/^(?:en|at|in)\s+/i, '');
}

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

const q = (draft: string) => `"${draft}"`;

/** What the user noted about them ("su exposicion"), as said to them ("tu exposicion"). */
const toThem = (noted: string) => noted.trim().replace(/^su(s?)\s+/i, 'tu$1 ');

/** A noted item that reads inside a sentence as is: it starts with an article or a possessive ("la salsa", "su banda"). */
const withArticle = (item: string) => /^(?:el|la|los|las|un|una|su|sus|tu|tus|mi|mis)\s/i.test(item.trim());

/** The texts for one person, richest first: each has a lead, a draft and a footer; the last is the barest. */
function onePerson(subject: NudgeSubject, seed: number): string[] {
  const d = datosOf(subject, seed);
  const { first } = d;
  const tag = d.place ? ` (${d.place})` : d.topic ? ` (${d.topic})` : '';
  const footer = pick(FOOTERS, seed, 42);
  const en = d.place ? ` en ${d.place}` : '';
  const fromWork = subject.person.interests.length === 0;
  const sobre = d.topic
    ? pick(
        fromWork
          ? [` Como va todo en ${d.topic}?`, ` Cuentame mas de ${d.topic}!`]
          : [` Me encantaria saber mas de ${d.topic}.`, ` Cuentame mas de ${d.topic}!`, ` Hay que hablar mas de ${d.topic}!`],
        seed,
        43,
      )
    : '';
  const texts = (lead: string, drafts: string[], end = footer) => [...drafts.map((draft) => `${lead} ${q(draft)} ${end}`), `${lead} ${end}`];
  switch (subject.kind) {
    case 'first-follow-up': {
      if (!subject.person.hasContact) return getContactLines(d, tag, seed);
      const lead = pick(
        [`Buen momento para escribirle a ${d.name}${tag}:`, `Un saludo a ${first} mientras esta fresco:`, `Escribele a ${first} hoy:`],
        seed,
        44,
      );
      const hola = pick(
        [`Hola ${first}! Que gusto conocerte${en}.`, `Hola ${first}, me encanto conocerte${en}!`, `${first}! Fue un gusto conocerte${en}.`],
        seed,
        45,
      );
      return texts(lead, [`${hola}${sobre}`, hola]);
    }
    case 'get-contact':
      return getContactLines(d, tag, seed);
    case 'deepen':
    case 'bring-together': {
      const pair = subject.pair ? firstName(subject.pair.name) : null;
      if (pair && subject.pair) {
        const lead = `${first} y ${pair} comparten ${subject.pair.shared}: un plan con los dos?`;
        return texts(lead, [
          `Hola ${first}! Voy a juntarme con ${pair}, que tambien es de ${subject.pair.shared}. Te animas a venir?`,
          `Hola ${first}! Te animas a un plan con ${pair}?`,
        ]);
      }
      const lead = subject.group ? `Un plan en grupo con ${first}${tag}?` : `Siguiente paso con ${first}${tag}: un plan juntos.`;
      const drafts = subject.group
        ? [
            `Hola ${first}! Vamos a juntarnos unos amigos${d.topic ? ` para ${d.topic}` : ''} esta semana. Te animas?`,
            `Hola ${first}! Unos amigos y yo salimos esta semana. Vienes?`,
          ]
        : d.topic
          ? [`Hola ${first}! Te late hacer algo de ${d.topic} juntos un dia de estos?`, `${first}, vamos por un cafe esta semana?`]
          : [`${first}, vamos por un cafe esta semana?`];
      return texts(lead, drafts);
    }
    case 'check-in': {
      const lead = pick([`Hace rato que no sabes de ${d.name}${tag}.`, `Un saludo rapido a ${first}?`, `Buen dia para saludar a ${first}${tag}.`], seed, 46);
      const latest = d.news ?? d.topic;
      const drafts =
        latest && withArticle(latest)
          ? [`Hola ${first}! Me acorde de ti. Como va ${toThem(latest)}?`, `Hola ${first}! Como estas?`]
          : [`Hola ${first}! Me acorde de ti. Que tal todo?`, `Hola ${first}! Como estas?`];
      return texts(lead, drafts);
    }
    case 'their-moment': {
      const event = subject.event;
      const what = event?.what.trim() || 'su gran dia';
      const lead = `Hoy es un buen dia para ${first}: ${what}.`;
      const drafts = [`Mucha suerte con ${toThem(what)}, ${first}!`, `Suerte, ${first}!`];
      return texts(lead, drafts, subject.person.hasContact ? footer : IN_PERSON_FOOTER);
    }
    case 'plan-follow-up': {
      const what = subject.plan?.what.trim() || 'el plan';
      return [
        `Que tal ${what} con ${first}? Cuentame, por ejemplo "genial" o "mas o menos".`,
        `Que tal con ${first}? Cuentame, por ejemplo "genial" o "mas o menos".`,
      ];
    }
    case 'say-hi': {
      const where = subject.person.recurringPlace?.place ?? d.place;
      const lead = where ? `Si ves a ${first} en ${bare(where)} hoy, saluda.` : `Si ves a ${first} hoy, saluda.`;
      const drafts =
        d.topic && withArticle(d.topic)
          ? [`Hola ${first}! Como va ${toThem(d.topic)}?`, `Hola ${first}! Que gusto verte.`]
          : [`Hola ${first}! Que gusto verte.`];
      return texts(lead, drafts, IN_PERSON_FOOTER);
    }
    case 'give': {
      const give = subject.give;
      if (give?.type === 'congrats') {
        return texts(`Buenas noticias de ${first}: ${give.news.what}.`, [
          `Felicidades, ${first}! Me dio mucho gusto saber de ${give.news.what}.`,
          `Felicidades, ${first}!`,
        ]);
      }
      if (give?.type === 'before-move') {
        return texts(`${first} se muda a ${give.move.to}: un cafe antes de que se vaya?`, [
          `Hola ${first}! Antes de que te vayas a ${give.move.to}, vamos por un cafe?`,
          `Hola ${first}! Un cafe antes de que te mudes?`,
        ]);
      }
      if (give?.type === 'introduce' && subject.pair) {
        const pair = firstName(subject.pair.name);
        return texts(`${first} y ${pair} comparten ${give.interest}: presentalos?`, [
          `Hola ${first}! Tengo que presentarte a ${pair}, le encanta ${give.interest} tambien.`,
          `Hola ${first}! Te presento a ${pair}?`,
        ]);
      }
      const interest = give?.type === 'share' ? give.interest : d.topic;
      return texts(`Algo para ${first}${interest ? `, por lo de ${interest}` : ''}:`, [
        `Hola ${first}! Vi algo de ${interest ?? 'lo que te gusta'} y me acorde de ti.`,
        `Hola ${first}! Me acorde de ti.`,
      ]);
    }
    case 'let-go':
      return [
        `Sin problema si no se dio con ${d.name}${tag}. Ya no te recordare de ${first}; responde KEEP si quieres seguir.`,
        `Ya no te recordare de ${first}; responde KEEP si quieres seguir.`,
      ];
  }
}

function getContactLines(d: Datos, tag: string, seed: number): string[] {
  const where = d.place ? ` en ${d.place}` : '';
  const lead = pick([`No tienes el numero de ${d.name}${tag}.`, `Aun no tienes como escribirle a ${d.first}${tag}.`], seed, 47);
  return [
    `${lead} La proxima vez que se vean${where}, pideselo: ${q(`Me pasas tu numero? Me encantaria seguir en contacto.`)} Luego manda "${d.first}: <numero>".`,
    `${lead} La proxima vez que se vean${where}, pideselo. Luego manda "${d.first}: <numero>".`,
    `${lead} Pidele su numero la proxima vez.`,
  ];
}

/** A short line per person for a text about several. */
function lineOf(subject: NudgeSubject, seed: number): string {
  const d = datosOf(subject, seed);
  const about = d.topic ? ` (${d.topic})` : d.place ? ` (${d.place})` : '';
  const { first } = d;
  switch (subject.kind) {
    case 'first-follow-up':
      return subject.person.hasContact ? `escribele a ${first}${about}` : `pidele su numero a ${first}${about}`;
    case 'get-contact':
      return `pidele su numero a ${first}${about}`;
    case 'deepen':
    case 'bring-together':
      return `proponle un plan a ${first}${about}`;
    case 'check-in':
      return `saluda a ${first}${about}`;
    case 'their-moment':
      return `suerte a ${first} con ${subject.event?.what ?? 'su gran dia'}`;
    case 'plan-follow-up':
      return `que tal ${subject.plan?.what ?? 'el plan'} con ${first}?`;
    case 'say-hi':
      return `si ves a ${first}, saluda${about}`;
    case 'give':
      return subject.give?.type === 'congrats' ? `felicita a ${first} por ${subject.give.news.what}` : `algo para ${first}${about}`;
    case 'let-go':
      return `dejo de recordarte de ${first} (KEEP ${first.toUpperCase()} para seguir)`;
  }
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
