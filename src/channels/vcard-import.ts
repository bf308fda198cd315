// Shared contact cards (vCard 2.1, 3.0 and 4.0, as iPhone and Android share them) read into people fields. Pure: text
// in, typed results out; every card is read on its own, so one cut-off or garbled card never costs the others.
import { isSupportedCountry, parsePhoneNumberFromString } from 'libphonenumber-js/min';
import type { CountryCode } from 'libphonenumber-js/min';
import { localParts } from '../domain/time';
import { extractContacts } from '../domain/parse-note-contacts';
import type { Contacts, E164, Millis, ParsedNote, PersonEvent, TimeZone } from '../domain/types';

/** More cards than this in one message are counted, not read. */
export const MAX_CARDS = 10;

export interface ReadCardsOptions {
  now: Millis;
  timeZone: TimeZone;
  /** ISO 3166 country of the user's own number, for card numbers written without a country code */
  defaultCountry?: string;
}

/** A birthday as the card states it; `year` is null when the card leaves it out. */
export interface CardBirthday {
  month: number;
  day: number;
  year: number | null;
}

/** What one card says about a person, in the shapes a note's person has. */
export interface CardPerson extends Pick<ParsedNote, 'contacts' | 'work' | 'events'> {
  /** FN; else N's given and family names; else ORG (a company's card) */
  name: string;
  /** the birthday as stated; `events` holds its next date as a their-moment */
  birthday: CardBirthday | null;
  /** the card's NOTE, unescaped */
  note: string | null;
  /** numbers, addresses and links beyond the ones in `contacts`, as "label value", so nothing on the card is lost */
  extras: string[];
}

export type MalformedReason = 'unterminated' | 'nothing-usable';

/** One card's outcome. A card with details but no name at all is `no-name`: the caller asks what to call them. */
export type CardResult =
  | { kind: 'person'; person: CardPerson }
  | { kind: 'no-name'; person: Omit<CardPerson, 'name'> }
  | { kind: 'malformed'; reason: MalformedReason };

export type CardsRead = { kind: 'empty' } | { kind: 'no-card' } | { kind: 'cards'; cards: CardResult[]; beyondLimit: number };

interface Property {
  name: string;
  params: Map<string, string[]>;
  value: string;
}

interface RawCard {
  lines: string[];
  terminated: boolean;
}

const BINARY = new Set(['PHOTO', 'LOGO', 'SOUND', 'KEY']);
const BARE_ENCODINGS = new Set(['QUOTED-PRINTABLE', 'BASE64', 'B', '8BIT', '7BIT']);

/**
 * Reads every card in a shared .vcf.
 * @example readCards('BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Sarah Chen\r\nTEL;TYPE=CELL:(917) 555-0199\r\nEND:VCARD\r\n', { now, timeZone: 'America/New_York', defaultCountry: 'US' })
 * // { kind: 'cards', beyondLimit: 0, cards: [{ kind: 'person', person: { name: 'Sarah Chen', contacts: { phone: '+19175550199' }, ... } }] }
 */
export function readCards(text: string, options: ReadCardsOptions): CardsRead {
  if (text.replace(/^\uFEFF/, '').trim() === '') return { kind: 'empty' };
  const rawCards = splitCards(unfold(text));
  if (rawCards.length === 0) return { kind: 'no-card' };
  const cards = rawCards.slice(0, MAX_CARDS).map((raw) => readCard(raw, options));
  return { kind: 'cards', cards, beyondLimit: Math.max(0, rawCards.length - MAX_CARDS) };
}

/**
 * Physical lines to logical ones: a line starting with a space or tab continues the one before (RFC 6350 3.2), and a
 * quoted-printable value ending in "=" continues on the next line (vCard 2.1 soft line breaks).
 */
function unfold(text: string): string[] {
  const logical: string[] = [];
  // one logical line's pieces, joined once at its end (a folded photo can be thousands of lines)
  let pieces: string[] = [];
  let quotedPrintable = false;
  const finish = () => {
    if (pieces.length > 0) logical.push(pieces.join(''));
    pieces = [];
  };
  for (const line of text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/)) {
    const last = pieces.length - 1;
    if (quotedPrintable && last >= 0 && (pieces[last] ?? '').endsWith('=')) {
      pieces[last] = (pieces[last] ?? '').slice(0, -1);
      pieces.push(line);
    } else if (last >= 0 && /^[ \t]/.test(line)) {
      pieces.push(line.slice(1));
    } else {
      finish();
      if (line.trim() === '') continue;
      pieces.push(line);
      quotedPrintable = isQuotedPrintable(line);
    }
  }
  finish();
  return logical;
}

function isQuotedPrintable(line: string): boolean {
  const colon = line.indexOf(':');
  return colon > 0 && /;(?:ENCODING=)?QUOTED-PRINTABLE(?=[;:]|$)/i.test(line.slice(0, colon));
}

/** Logical lines grouped into cards; a BEGIN before the last card's END leaves that card unterminated. */
function splitCards(lines: string[]): RawCard[] {
  const cards: RawCard[] = [];
  let open: RawCard | null = null;
  for (const line of lines) {
    const upper = line.trim().toUpperCase();
    if (upper === 'BEGIN:VCARD') {
      if (open) cards.push(open);
      open = { lines: [], terminated: false };
    } else if (upper === 'END:VCARD') {
      if (open) cards.push({ lines: open.lines, terminated: true });
      open = null;
    } else if (open) {
      open.lines.push(line);
    }
  }
  if (open) cards.push(open);
  return cards;
}

function readCard(raw: RawCard, options: ReadCardsOptions): CardResult {
  if (!raw.terminated) return { kind: 'malformed', reason: 'unterminated' };
  const props = raw.lines.map(parseProperty).filter((prop): prop is Property => prop !== null);
  const version = props.find((prop) => prop.name === 'VERSION')?.value.trim() ?? '3.0';
  const texts = (name: string) => props.filter((prop) => prop.name === name).map((prop) => decodeText(prop, version));
  const structured = (name: string) => props.filter((prop) => prop.name === name).map((prop) => decodeStructured(prop, version));

  const country = countryOf(options.defaultCountry);
  const contacts: Contacts = {};
  const extras: string[] = [];

  const phones = rankByPreference(
    props.filter((prop) => prop.name === 'TEL'),
    ['cell', 'mobile', 'iphone'],
  )
    .map((prop) => ({ label: labelOf(prop), phone: toE164(decodeText(prop, version), country) }))
    .filter((found): found is { label: string; phone: E164 } => found.phone !== null);
  const [phone, ...otherPhones] = dedupe(phones, (found) => found.phone);
  if (phone) contacts.phone = phone.phone;
  extras.push(...otherPhones.map((found) => `${found.label} ${found.phone}`));

  const emails = rankByPreference(
    props.filter((prop) => prop.name === 'EMAIL'),
    [],
  )
    .map((prop) => ({ label: labelOf(prop), email: decodeText(prop, version).trim().toLowerCase() }))
    .filter((found) => /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(found.email));
  const [email, ...otherEmails] = dedupe(emails, (found) => found.email);
  if (email) contacts.email = email.email;
  extras.push(...otherEmails.map((found) => `${found.label} ${found.email}`));

  for (const prop of props.filter((candidate) => candidate.name === 'X-SOCIALPROFILE')) {
    const site = (prop.params.get('TYPE') ?? [])[0] ?? 'profile';
    const user = (prop.params.get('X-USER') ?? [])[0] ?? '';
    const value = decodeText(prop, version).trim();
    // iOS writes the link, or x-apple:<user> with the user in X-USER
    const link = /^https?:\/\//i.test(value) || !user ? value : site === 'linkedin' ? `https://linkedin.com/in/${user}` : `https://${site}.com/${user}`;
    if (!addProfile(contacts, link, country)) extras.push(`${site} ${user || value}`);
  }
  for (const url of texts('URL')
    .map((value) => value.trim())
    .filter(Boolean)) {
    if (!addProfile(contacts, url, country)) extras.push(`url ${url}`);
  }

  // ORG is "name;unit;unit": the organisation's name is what a person's work refers to
  const [org] = structured('ORG')
    .map((parts) => (parts[0] ?? '').trim())
    .filter(Boolean);
  const [title] = texts('TITLE')
    .map((value) => value.trim())
    .filter(Boolean);
  const name = nameOf(texts('FN'), structured('N')) ?? org ?? null;
  const work = [title, name === org ? undefined : org].filter((item): item is string => Boolean(item));

  const birthday =
    props
      .filter((prop) => prop.name === 'BDAY')
      .map((prop) => readBirthday(prop, version))
      .find((found) => found !== null) ?? null;
  const events: PersonEvent[] = birthday ? [{ what: 'birthday', on: nextBirthday(birthday, options) }] : [];
  const noteText = texts('NOTE')
    .map((value) => value.trim())
    .filter(Boolean)
    .join('\n');
  const person = { contacts, work, events, birthday, note: noteText || null, extras };

  if (name) return { kind: 'person', person: { name, ...person } };
  const hasDetails = Object.keys(contacts).length > 0 || work.length > 0 || birthday !== null || extras.length > 0 || noteText !== '';
  return hasDetails ? { kind: 'no-name', person } : { kind: 'malformed', reason: 'nothing-usable' };
}

/** "item1.TEL;TYPE=CELL;type=pref:..." -> { name: 'TEL', params: { TYPE: ['cell', 'pref'] }, value }; null for a line without a name and colon. */
function parseProperty(line: string): Property | null {
  const head = /^(?:[A-Za-z0-9-]+\.)?([A-Za-z0-9-]+)((?:;(?:[^";:]|"[^"]*")*)*):/.exec(line);
  if (!head?.[1]) return null;
  const name = head[1].toUpperCase();
  const value = BINARY.has(name) ? '' : line.slice(head[0].length);
  const params = new Map<string, string[]>();
  const add = (key: string, values: string[]) => params.set(key, [...(params.get(key) ?? []), ...values]);
  for (const param of (head[2] ?? '').split(/;(?=(?:[^"]*"[^"]*")*[^"]*$)/).slice(1)) {
    const equals = param.indexOf('=');
    if (equals < 0) {
      // vCard 2.1 writes bare parameters: TEL;CELL;PREF, NOTE;QUOTED-PRINTABLE
      const bare = param.trim().toUpperCase();
      if (BARE_ENCODINGS.has(bare)) add('ENCODING', [bare]);
      else if (bare) add('TYPE', [bare.toLowerCase()]);
      continue;
    }
    const key = param.slice(0, equals).trim().toUpperCase();
    const values = param
      .slice(equals + 1)
      .split(/,(?=(?:[^"]*"[^"]*")*[^"]*$)/)
      .flatMap((item) => item.replace(/"/g, '').split(','));
    add(key, key === 'TYPE' ? values.map((item) => item.trim().toLowerCase()) : values.map((item) => item.trim()));
  }
  return { name, params, value };
}

/** The value with its transfer encoding undone (quoted-printable, in its CHARSET); escapes are still in place. */
function decodeTransfer(prop: Property): string {
  const encoding = (prop.params.get('ENCODING') ?? [])[0]?.toUpperCase();
  if (encoding !== 'QUOTED-PRINTABLE') return prop.value;
  const bytes = decodeQuotedPrintable(prop.value);
  const charset = ((prop.params.get('CHARSET') ?? [])[0] ?? 'UTF-8').toUpperCase();
  if (!/^(ISO-8859-1|LATIN1|WINDOWS-1252|US-ASCII)$/.test(charset)) return new TextDecoder('utf-8').decode(bytes);
  let text = '';
  for (let at = 0; at < bytes.length; at += 8192) text += String.fromCharCode(...bytes.subarray(at, at + 8192));
  return text;
}

/** "caf=C3=A9" -> the bytes of "café": one pass over the characters (a card's note can be long). */
function decodeQuotedPrintable(value: string): Uint8Array {
  const bytes = new Uint8Array(value.length * 4);
  const encoder = new TextEncoder();
  let length = 0;
  for (let at = 0; at < value.length; at++) {
    const code = value.charCodeAt(at);
    const high = code === 61 ? hexDigit(value.charCodeAt(at + 1)) : -1;
    const low = high >= 0 ? hexDigit(value.charCodeAt(at + 2)) : -1;
    if (low >= 0) {
      bytes[length++] = high * 16 + low;
      at += 2;
    } else if (code < 0x80) {
      bytes[length++] = code;
    } else {
      // raw non-ASCII text in a quoted-printable value: its UTF-8 bytes (a surrogate pair is one character)
      const char = String.fromCodePoint(value.codePointAt(at) ?? code);
      const encoded = encoder.encode(char);
      bytes.set(encoded, length);
      length += encoded.length;
      at += char.length - 1;
    }
  }
  return bytes.subarray(0, length);
}

function hexDigit(code: number): number {
  if (code >= 48 && code <= 57) return code - 48;
  if (code >= 65 && code <= 70) return code - 55;
  if (code >= 97 && code <= 102) return code - 87;
  return -1;
}

/** vCard text escapes: \n (or \N) is a line break; \\ \, \; stand for themselves. */
function unescapeText(text: string, version: string): string {
  // 2.1 has no backslash escapes except \; inside structured values
  if (version === '2.1') return text.replace(/\\;/g, ';');
  return text.replace(/\\([\\,;nN])/g, (_match, char: string) => (char === 'n' || char === 'N' ? '\n' : char));
}

/** The value as plain text, its line breaks as "\n" whatever the card used. */
function decodeText(prop: Property, version: string): string {
  return unescapeText(decodeTransfer(prop), version).replace(/\r\n?/g, '\n');
}

/** A structured value (N, ORG) split on its unescaped semicolons, each part unescaped. */
function decodeStructured(prop: Property, version: string): string[] {
  return decodeTransfer(prop)
    .split(/(?<!\\);/)
    .map((part) => unescapeText(part, version));
}

/** FN when it says something; else N's given, middle and family names. */
function nameOf(fullNames: string[], structuredNames: string[][]): string | null {
  const full = fullNames.map((value) => value.replace(/\s+/g, ' ').trim()).find(Boolean);
  if (full) return full;
  for (const [family = '', given = '', additional = ''] of structuredNames) {
    const joined = [given, additional, family]
      .map((part) => part.replace(/,/g, ' ').trim())
      .filter(Boolean)
      .join(' ')
      .replace(/\s+/g, ' ');
    if (joined) return joined;
  }
  return null;
}

/** Most preferred first: PREF=1 (4.0) or TYPE=pref (2.1, 3.0), then the wanted types (a mobile number), then card order. */
function rankByPreference(props: Property[], wanted: string[]): Property[] {
  const score = (prop: Property) => {
    const types = prop.params.get('TYPE') ?? [];
    const pref = types.includes('pref') || (prop.params.get('PREF') ?? []).some((value) => Number(value) === 1);
    return (pref ? 1 : 0) + (types.some((type) => wanted.includes(type)) ? 2 : 0);
  };
  return props
    .map((prop, index) => ({ prop, index, score: score(prop) }))
    .sort((a, b) => b.score - a.score || a.index - b.index)
    .map(({ prop }) => prop);
}

/** "work", "home", "cell"...: the first type that is not pref, voice or internet; "other" when there is none. */
function labelOf(prop: Property): string {
  return (prop.params.get('TYPE') ?? []).find((type) => !['pref', 'voice', 'internet', 'x400'].includes(type)) ?? 'other';
}

function dedupe<T>(items: T[], keyOf: (item: T) => string): T[] {
  const seen = new Set<string>();
  return items.filter((item) => (seen.has(keyOf(item)) ? false : (seen.add(keyOf(item)), true)));
}

function countryOf(code: string | undefined): CountryCode {
  const upper = (code ?? 'US').toUpperCase();
  return isSupportedCountry(upper) ? upper : 'US';
}

/** "tel:+44-20-7946-0958;ext=12" or "(917) 555-0199" -> E.164, or null when it cannot be a phone number. */
function toE164(value: string, country: CountryCode): E164 | null {
  const number = value
    .trim()
    .replace(/^tel:/i, '')
    .replace(/(?:;ext=|\s*(?:ext\.?|x)\s*)\d+$/i, '');
  const parsed = parsePhoneNumberFromString(number, country);
  return parsed?.isPossible() ? parsed.number : null;
}

/** A LinkedIn, Instagram or other social link into contacts, as a note's would be; false when it is none of those. */
function addProfile(contacts: Contacts, link: string, country: CountryCode): boolean {
  const found = extractContacts(link, country).contacts;
  if (!found.linkedin && !found.instagram && !found.handles?.length) return false;
  if (found.linkedin && !contacts.linkedin) contacts.linkedin = found.linkedin;
  if (found.instagram && !contacts.instagram) contacts.instagram = found.instagram;
  const handles = dedupe([...(contacts.handles ?? []), ...(found.handles ?? [])], (handle) => handle);
  if (handles.length > 0) contacts.handles = handles;
  return true;
}

/**
 * BDAY as 1991-03-14, 19910314, --0314, --03-14, or iOS's 1604-03-14 with X-APPLE-OMIT-YEAR=1604 (no year);
 * null for a text birthday ("circa 1800") or an impossible date.
 */
function readBirthday(prop: Property, version: string): CardBirthday | null {
  const value = decodeText(prop, version).trim();
  const match = /^(?:(\d{4})-?|--)(\d{2})-?(\d{2})(?:T.*)?$/.exec(value);
  if (!match) return null;
  const month = Number(match[2]);
  const day = Number(match[3]);
  const omitted = (prop.params.get('X-APPLE-OMIT-YEAR') ?? [])[0];
  const year = match[1] && match[1] !== omitted && match[1] !== '1604' ? Number(match[1]) : null;
  if (month < 1 || month > 12 || day < 1 || day > daysIn(year ?? 2000, month)) return null;
  return { month, day, year };
}

function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The next local date (today included) the birthday falls on: "YYYY-MM-DD". Feb 29 falls on Feb 28 in other years. */
function nextBirthday(birthday: CardBirthday, options: ReadCardsOptions): string {
  const today = localParts(options.now, options.timeZone);
  const onYear = (year: number) => ({ year, month: birthday.month, day: Math.min(birthday.day, daysIn(year, birthday.month)) });
  const thisYear = onYear(today.year);
  const passed = thisYear.month < today.month || (thisYear.month === today.month && thisYear.day < today.day);
  const next = passed ? onYear(today.year + 1) : thisYear;
  return `${next.year}-${String(next.month).padStart(2, '0')}-${String(next.day).padStart(2, '0')}`;
}
