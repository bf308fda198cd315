// Shared contact cards (vCard 2.1, 3.0 and 4.0, as iPhone and Android share them) read into people fields. Pure: text
// in, typed results out; every card is read on its own, so one cut-off or garbled card never costs the others. Every
// field a card gives is one line of capped length (oneLine): a card's text is echoed in Kindling's texts.
import { parsePhoneNumberFromString } from 'libphonenumber-js/min';
import type { CountryCode } from 'libphonenumber-js/min';
import { capName, MAX_NAME_CHARS, oneLine } from '../domain/clean-text';
import { daysInMonth, localParts } from '../domain/time';
import { extractContacts, supportedCountry } from './note-contacts';
import type { Contacts, E164, Millis, ParsedNote, PersonEvent, TimeZone } from '../domain/types';
import { cardsOf, MAX_CARDS, parseProperty, type Property, type RawCard } from './vcard-lines';

export { MAX_CARDS } from './vcard-lines';

/** ORG, TITLE and other short fields are cut at this many characters. */
export const MAX_FIELD_CHARS = 80;
/** The card's NOTE is cut at this many characters. */
export const MAX_NOTE_CHARS = 1000;
/** Numbers, addresses and links of one kind past this many on one card are ignored. */
const MAX_PER_KIND = 5;
/** A value longer than this cannot be a number, an address or a link, and is not read as one. */
const MAX_CONTACT_CHARS = 254;
/** A phone value longer than this is not read as a number (toE164). */
const MAX_PHONE_CHARS = 64;
/** oneLine(text, n) looks at no more than this many times n characters of its text (clean-text.ts). */
const ONE_LINE_LOOKS = 8;

export interface ReadCardsOptions {
  now: Millis;
  timeZone: TimeZone;
  /** ISO 3166 country of the user's own number, for card numbers written without a country code */
  defaultCountry?: string;
  /** read at most this many cards (MAX_CARDS unless told: the cards of earlier attachments count against it) */
  maxCards?: number;
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

/**
 * Reads every card in a shared .vcf.
 * @example readCards('BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Sarah Chen\r\nTEL;TYPE=CELL:(917) 555-0199\r\nEND:VCARD\r\n', { now, timeZone: 'America/New_York', defaultCountry: 'US' })
 * // { kind: 'cards', beyondLimit: 0, cards: [{ kind: 'person', person: { name: 'Sarah Chen', contacts: { phone: '+19175550199' }, ... } }] }
 */
export function readCards(text: string, options: ReadCardsOptions): CardsRead {
  if (text.replace(/^\uFEFF/, '').trim() === '') return { kind: 'empty' };
  const { cards: rawCards, beyond } = cardsOf(text, Math.max(0, Math.min(MAX_CARDS, options.maxCards ?? MAX_CARDS)));
  if (rawCards.length === 0 && beyond === 0) return { kind: 'no-card' };
  return { kind: 'cards', cards: rawCards.map((raw) => readCard(raw, options)), beyondLimit: beyond };
}

function readCard(raw: RawCard, options: ReadCardsOptions): CardResult {
  if (!raw.terminated) return { kind: 'malformed', reason: 'unterminated' };
  const props = raw.lines.map(parseProperty).filter((prop): prop is Property => prop !== null);
  const version = props.find((prop) => prop.name === 'VERSION')?.value.trim() ?? '3.0';
  // the first few of a kind: a card with thousands of numbers costs what one with five does
  const ofKind = (name: string) => props.filter((prop) => prop.name === name).slice(0, MAX_PER_KIND);
  // a field shows its first `chars` characters: only as much of the value is decoded as oneLine looks at
  const texts = (name: string, chars: number) => ofKind(name).map((prop) => decodeText(prop, version, chars * ONE_LINE_LOOKS));
  const structured = (name: string, chars?: number) => ofKind(name).map((prop) => decodeStructured(prop, version, chars));
  const field = (value: string) => oneLine(value, MAX_FIELD_CHARS);
  const FIELD_LOOKS = MAX_FIELD_CHARS * ONE_LINE_LOOKS;

  const country = supportedCountry(options.defaultCountry);
  const contacts: Contacts = {};
  const extras: string[] = [];

  const phones = rankByPreference(ofKind('TEL'), ['cell', 'mobile', 'iphone'])
    .map((prop) => ({ label: field(labelOf(prop)), phone: toE164(decodeText(prop, version, MAX_PHONE_CHARS), country) }))
    .filter((found): found is { label: string; phone: E164 } => found.phone !== null);
  const [phone, ...otherPhones] = dedupeBy(phones, (found) => found.phone);
  if (phone) contacts.phone = phone.phone;
  extras.push(...otherPhones.map((found) => `${found.label} ${found.phone}`));

  const emails = rankByPreference(ofKind('EMAIL'), [])
    .map((prop) => ({ label: field(labelOf(prop)), email: decodeText(prop, version).trim().toLowerCase() }))
    .filter((found) => found.email.length <= MAX_CONTACT_CHARS && /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(found.email));
  const [email, ...otherEmails] = dedupeBy(emails, (found) => found.email);
  if (email) contacts.email = email.email;
  extras.push(...otherEmails.map((found) => `${found.label} ${found.email}`));

  for (const prop of ofKind('X-SOCIALPROFILE')) {
    const site = field((prop.params.get('TYPE') ?? [])[0] ?? 'profile');
    const user = field((prop.params.get('X-USER') ?? [])[0] ?? '');
    const value = field(decodeText(prop, version, FIELD_LOOKS));
    // iOS writes the link, or x-apple:<user> with the user in X-USER
    const link = /^https?:\/\//i.test(value) || !user ? value : site === 'linkedin' ? `https://linkedin.com/in/${user}` : `https://${site}.com/${user}`;
    if (!addProfile(contacts, link, country)) extras.push(`${site} ${user || value}`);
  }
  for (const url of texts('URL', MAX_FIELD_CHARS).map(field).filter(Boolean)) {
    if (!addProfile(contacts, url, country)) extras.push(`url ${url}`);
  }

  // ORG is "name;unit;unit": the organisation's name is what a person's work refers to
  const [org] = structured('ORG', FIELD_LOOKS)
    .map((parts) => field(parts[0] ?? ''))
    .filter(Boolean);
  const [title] = texts('TITLE', MAX_FIELD_CHARS).map(field).filter(Boolean);
  const name = nameOf(texts('FN', MAX_NAME_CHARS), structured('N')) ?? (org ? capName(org) : null);
  // a company's card: its ORG is its name, not a person's work
  const work = [title, org && capName(org) === name ? undefined : org].filter((item): item is string => Boolean(item));

  const birthday =
    ofKind('BDAY')
      .map((prop) => readBirthday(prop, version))
      .find((found) => found !== null) ?? null;
  const events: PersonEvent[] = birthday ? [{ what: 'birthday', on: nextBirthday(birthday, options) }] : [];
  const noteText = oneLine(texts('NOTE', MAX_NOTE_CHARS).join(' '), MAX_NOTE_CHARS);
  const person = { contacts, work, events, birthday, note: noteText || null, extras };

  if (name) return { kind: 'person', person: { name, ...person } };
  const hasDetails = Object.keys(contacts).length > 0 || work.length > 0 || birthday !== null || extras.length > 0 || noteText !== '';
  return hasDetails ? { kind: 'no-name', person } : { kind: 'malformed', reason: 'nothing-usable' };
}

/**
 * The value with its transfer encoding undone (quoted-printable, in its CHARSET); escapes are still in place. Only
 * the first `maxRaw` characters of the value are decoded.
 */
function decodeTransfer(prop: Property, maxRaw = Number.POSITIVE_INFINITY): string {
  const raw = prop.value.length > maxRaw ? prop.value.slice(0, maxRaw) : prop.value;
  const encoding = (prop.params.get('ENCODING') ?? [])[0]?.toUpperCase();
  if (encoding !== 'QUOTED-PRINTABLE') return raw;
  const bytes = decodeQuotedPrintable(raw);
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

/** vCard text escapes: \n (or \N) is a line break; \\ \, \; stand for themselves. One pass over the characters. */
function unescapeText(text: string, version: string): string {
  // 2.1 has no backslash escapes except \; inside structured values
  if (version === '2.1') return text.includes('\\;') ? text.replaceAll('\\;', ';') : text;
  const first = text.indexOf('\\');
  if (first < 0) return text;
  const codes = new Uint16Array(text.length - first);
  let length = 0;
  for (let at = first; at < text.length; at++) {
    let code = text.charCodeAt(at);
    if (code === 92 && at + 1 < text.length) {
      const next = text.charCodeAt(at + 1);
      if (next === 92 || next === 44 || next === 59) {
        code = next;
        at++;
      } else if (next === 110 || next === 78) {
        code = 10;
        at++;
      }
    }
    codes[length++] = code;
  }
  let out = text.slice(0, first);
  for (let at = 0; at < length; at += 8192) out += String.fromCharCode(...codes.subarray(at, Math.min(length, at + 8192)));
  return out;
}

/**
 * Raw characters of a value that decode to at least `chars` + 1 characters, so the first `chars` are exactly what the
 * whole value's decoding starts with and a longer value stays longer: an escape is 2 characters for 1, a
 * quoted-printable character up to 9 ("=E2=80=94").
 */
function rawFor(prop: Property, chars: number): number {
  const quotedPrintable = (prop.params.get('ENCODING') ?? [])[0]?.toUpperCase() === 'QUOTED-PRINTABLE';
  return (quotedPrintable ? 9 : 2) * (chars + 2);
}

/**
 * The value as plain text, its line breaks as "\n" whatever the card used; with `chars`, only as much as its first
 * `chars` + 1 characters need (the rest of a long value is never decoded).
 */
function decodeText(prop: Property, version: string, chars?: number): string {
  const text = unescapeText(decodeTransfer(prop, chars === undefined ? undefined : rawFor(prop, chars)), version);
  return text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text;
}

/**
 * A structured value (N, ORG) split on its unescaped semicolons, each part unescaped: the first three parts, all N and
 * ORG use; with `chars`, each part only as far as its first `chars` + 1 characters need.
 */
function decodeStructured(prop: Property, version: string, chars?: number): string[] {
  const most = chars === undefined ? Number.POSITIVE_INFINITY : 2 * (chars + 2);
  return decodeTransfer(prop)
    .split(/(?<!\\);/, 3)
    .map((part) => unescapeText(part.length > most ? part.slice(0, most) : part, version));
}

/** FN when it says something; else N's given, middle and family names. */
function nameOf(fullNames: string[], structuredNames: string[][]): string | null {
  const full = fullNames.map(capName).find(Boolean);
  if (full) return full;
  for (const [family = '', given = '', additional = ''] of structuredNames) {
    const joined = [given, additional, family]
      .map((part) => part.replace(/,/g, ' ').trim())
      .filter(Boolean)
      .join(' ');
    if (capName(joined)) return capName(joined);
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

function dedupeBy<T>(items: T[], keyOf: (item: T) => string): T[] {
  const seen = new Set<string>();
  return items.filter((item) => (seen.has(keyOf(item)) ? false : (seen.add(keyOf(item)), true)));
}

/** "tel:+44-20-7946-0958;ext=12" or "(917) 555-0199" -> E.164, or null when it cannot be a phone number. */
function toE164(value: string, country: CountryCode): E164 | null {
  if (value.length > MAX_PHONE_CHARS) return null;
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
  const handles = dedupeBy([...(contacts.handles ?? []), ...(found.handles ?? [])], (handle) => handle);
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
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year ?? 2000, month)) return null;
  return { month, day, year };
}

/** The next local date (today included) the birthday falls on: "YYYY-MM-DD". Feb 29 falls on Feb 28 in other years. */
function nextBirthday(birthday: CardBirthday, options: ReadCardsOptions): string {
  const today = localParts(options.now, options.timeZone);
  const onYear = (year: number) => ({ year, month: birthday.month, day: Math.min(birthday.day, daysInMonth(year, birthday.month)) });
  const thisYear = onYear(today.year);
  const passed = thisYear.month < today.month || (thisYear.month === today.month && thisYear.day < today.day);
  const next = passed ? onYear(today.year + 1) : thisYear;
  return `${next.year}-${String(next.month).padStart(2, '0')}-${String(next.day).padStart(2, '0')}`;
}
