// Scores an understander on the table: builds each row's context and says what, if anything, it got wrong.

import { nameKey } from '../../../src/understand/note-person';
import { localParts } from '../../../src/domain/time';
import type { PendingSpec, Row, Want } from './table-data';
import { TABLE_NOW, TABLE_PEOPLE, TABLE_ZONE } from './table-data';
import type { KnownPerson, NotePerson, PendingQuestion, UnderstandContext, Meaning } from '../../../src/understand/types';

export const TABLE_KNOWN: readonly KnownPerson[] = TABLE_PEOPLE.map((person, index) => ({
  id: index + 1,
  name: person.name,
  nameKey: nameKey(person.name),
  met: person.met,
  ...(person.muted ? { muted: true } : {}),
}));

const idOf = (name: string, met?: string): number => TABLE_KNOWN.find((person) => person.name === name && (met === undefined || person.met === met))?.id ?? 0;

function pendingFor(spec: PendingSpec | undefined): PendingQuestion | null {
  switch (spec) {
    case undefined:
      return null;
    case 'name':
      return { type: 'name' };
    case 'which-carla':
      return {
        type: 'which',
        choices: [
          { personId: idOf('Carla', 'yoga'), label: 'Carla (yoga)' },
          { personId: idOf('Carla', 'bakery'), label: 'Carla (bakery)' },
        ],
      };
    case 'which-sarah':
      return {
        type: 'which',
        choices: [
          { personId: idOf('Sarah', 'yoga'), label: 'Sarah (yoga)' },
          { personId: idOf('Sarah', 'bakery'), label: 'Sarah (bakery)' },
        ],
      };
    case 'same-carla':
      return { type: 'same', personId: idOf('Carla', 'yoga') };
    case 'how-ines':
      return { type: 'how', personId: idOf('Ines') };
    case 'confirm-delete':
      return { type: 'confirm-delete' };
    case 'confirm-forget-gus':
      return { type: 'confirm-forget', personId: idOf('Gus') };
  }
}

export function contextFor(row: Row): UnderstandContext {
  return {
    people: TABLE_KNOWN,
    latestPersonId: row.latest ? idOf(row.latest) : null,
    pending: pendingFor(row.pending),
    now: TABLE_NOW,
    timeZone: TABLE_ZONE,
    defaultCountry: 'US',
  };
}

const loosely = (want: string, got: readonly string[]): boolean =>
  got.some((item) => item.toLowerCase().includes(want.toLowerCase()) || want.toLowerCase().includes(item.toLowerCase()));

/** Everything a note says about a person, as phrases. */
export function detailsOf(person: NotePerson): string[] {
  return [...person.interests, ...person.work, ...(person.met ? [person.met] : []), ...person.events.map((event) => event.what)];
}

function dayOf(at: number): string {
  const parts = localParts(at, TABLE_ZONE);
  return `${parts.year}-${String(parts.month).padStart(2, '0')}-${String(parts.day).padStart(2, '0')}`;
}

function personName(got: Meaning): string | null | undefined {
  if (!('person' in got)) return undefined;
  return got.person ? got.person.name : null;
}

/** What the understanding got wrong against the row's expectation, or null when it is right. */
export function checkRow(want: Want, got: Meaning): string | null {
  const intents = Array.isArray(want.intent) ? want.intent : [want.intent];
  if (!intents.includes(got.intent)) return `intent ${got.intent}`;
  if (want.person !== undefined) {
    const name = personName(got);
    if (want.person === null ? name !== null && name !== undefined : name?.split(' ')[0] !== want.person.split(' ')[0]) return `person ${name}`;
  }
  if (got.intent === 'note') {
    const names = got.people.map((person) => person.name.split(' ')[0]);
    if (want.people && names.join(',') !== want.people.join(',')) return `people ${names.join(',')}`;
    for (const [name, details] of Object.entries(want.details ?? {})) {
      const person = got.people.find((candidate) => candidate.name.startsWith(name));
      const have = person ? [...detailsOf(person), ...person.ties.map((tie) => tie.relation)] : [];
      for (const detail of details) if (!loosely(detail, have)) return `${name} lacks "${detail}" in ${JSON.stringify(have)}`;
    }
    for (const [name, contact] of Object.entries(want.contacts ?? {})) {
      const person = got.people.find((candidate) => candidate.name.startsWith(name));
      if (!person || (person.contacts.phone !== contact && person.contacts.email !== contact)) return `${name} contact ${JSON.stringify(person?.contacts)}`;
    }
    for (const [name, met] of Object.entries(want.met ?? {})) {
      const person = got.people.find((candidate) => candidate.name.startsWith(name));
      if ((person?.met ?? null) !== met) return `${name} met ${person?.met}`;
    }
    if (want.tie) {
      const [who, relation, to] = want.tie;
      const person = got.people.find((candidate) => candidate.name === who);
      if (!person?.ties.some((tie) => tie.relation === relation && tie.to === to)) return `tie ${JSON.stringify(person?.ties)}`;
    }
  }
  if (want.contacts && got.intent === 'correct-contact') {
    const contact = Object.values(want.contacts)[0];
    if (got.contacts.phone !== contact && got.contacts.email !== contact) return `contacts ${JSON.stringify(got.contacts)}`;
  }
  if (want.to !== undefined) {
    const to = got.intent === 'rename' ? got.to : got.intent === 'name-answer' ? got.name : null;
    if (to !== want.to) return `to ${to}`;
  }
  if (want.choice !== undefined && (got.intent !== 'pick' || got.choice !== want.choice)) return `choice ${got.intent === 'pick' ? got.choice : '-'}`;
  if (want.field !== undefined && (got.intent !== 'who' || got.field !== want.field)) return `field ${got.intent === 'who' ? got.field : '-'}`;
  if (want.warmth !== undefined) {
    const warmth = got.intent === 'done' || got.intent === 'update' || got.intent === 'plan' ? got.warmth : null;
    if (warmth !== want.warmth) return `warmth ${warmth}`;
  }
  const plan = got.intent === 'plan' ? got.plan : got.intent === 'done' ? got.plan : null;
  if (want.planKind !== undefined && plan?.kind !== want.planKind) return `plan kind ${plan?.kind}`;
  if (want.what !== undefined) {
    const what = plan?.what ?? (got.intent === 'news' ? `${got.what} ${got.event?.what ?? ''}` : got.intent === 'correct-detail' ? got.add.join(' ') : '');
    if (!what.toLowerCase().includes(want.what.toLowerCase())) return `what "${what}"`;
  }
  if (want.day !== undefined) {
    const day =
      got.intent === 'remind' || got.intent === 'snooze'
        ? dayOf(got.intent === 'remind' ? got.at : got.until)
        : got.intent === 'news'
          ? (got.event?.on ?? null)
          : (plan?.when?.day ?? null);
    if (day !== want.day) return `day ${day}`;
  }
  if (want.hour !== undefined) {
    const at = got.intent === 'remind' ? got.at : got.intent === 'snooze' ? got.until : plan?.when?.at;
    const hour = at === undefined ? null : localParts(at, TABLE_ZONE).hour;
    if (hour !== want.hour) return `hour ${hour}`;
  }
  return null;
}
