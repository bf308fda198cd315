// Time zones for users: guessed from a phone number, read from what the user typed after "tz", and labelled for replies. Pure: no I/O.

import { getCountries, getCountryCallingCode, parsePhoneNumberFromString } from 'libphonenumber-js/min';
import { COUNTRY_ZONES, MAIN_COUNTRY_BY_CALLING_CODE, NANP_AREA_CODES, PLACE_ZONES, ZONES_BY_PREFIX } from './time-zone-data';
import type { E164, TimeZone } from './types';

/** Used when neither the number nor the text says anything better. */
export const DEFAULT_TIME_ZONE: TimeZone = 'America/New_York';

/** Regions tried in front of a bare city name ("Tbilisi" -> "Asia/Tbilisi"). */
const ZONE_REGIONS = ['America', 'Europe', 'Asia', 'Africa', 'Australia', 'Pacific', 'Atlantic', 'Indian'];

const zoneByAreaCode = new Map<string, TimeZone>(
  Object.entries(NANP_AREA_CODES).flatMap(([zone, codes]) => codes.split(' ').map((code) => [code, zone] as const)),
);

const listedZoneByLowerName = new Map<string, TimeZone>(
  [...Object.keys(NANP_AREA_CODES), ...Object.values(COUNTRY_ZONES), ...Object.keys(PLACE_ZONES)].map((zone) => [zone.toLowerCase(), zone]),
);

const zoneByPlace = new Map<string, TimeZone>(Object.entries(PLACE_ZONES).flatMap(([zone, names]) => names.split('|').map((name) => [name, zone] as const)));

/**
 * The user's likely zone from their number: the area code in North America, the country's main zone elsewhere.
 * "+12125550100" -> "America/New_York"; "+14155550100" -> "America/Los_Angeles"; "+447700900123" -> "Europe/London".
 */
export function guessTimeZone(phone: E164): TimeZone {
  const digits = phone.replace(/[\s().-]/g, '');
  const areaCode = /^\+1([2-9]\d\d)\d{7}$/.exec(digits)?.[1];
  const byAreaCode = areaCode === undefined ? undefined : zoneByAreaCode.get(areaCode);
  if (byAreaCode) return byAreaCode;
  const country = countryOfPhone(digits);
  const main = country ? COUNTRY_ZONES[country] : undefined;
  return (main && zoneByPrefix(digits)) || main || DEFAULT_TIME_ZONE;
}

/** The zone of the longest ZONES_BY_PREFIX prefix of an E.164 number ("+52 1 664..." read as "+52 664..."), if any. */
function zoneByPrefix(phone: string): TimeZone | undefined {
  const digits = phone.replace(/^\+/, '').replace(/^521(\d{10})$/, '52$1');
  for (let length = Math.min(digits.length, 6); length >= 3; length--) {
    const zone = ZONES_BY_PREFIX[digits.slice(0, length)];
    if (zone) return zone;
  }
  return undefined;
}

/** The ISO country of a number, falling back to its calling code when the number itself doesn't validate. */
/** The country a number belongs to (the main one for a shared calling code, +1 -> US), or undefined when it is not a number. */
export function countryOfPhone(phone: string): string | undefined {
  const parsed = parsePhoneNumberFromString(phone);
  if (!parsed) return undefined;
  if (parsed.country) return parsed.country;
  const callingCode = parsed.countryCallingCode;
  return MAIN_COUNTRY_BY_CALLING_CODE[callingCode] ?? getCountries().find((country) => getCountryCallingCode(country) === callingCode);
}

/**
 * The zone the user means by what they typed after "tz", or null when it names no place or zone.
 * "Chicago" -> "America/Chicago"; "america/denver" -> "America/Denver"; "PST" -> "America/Los_Angeles";
 * "in São Paulo" -> "America/Sao_Paulo"; "nowhere" -> null.
 */
export function zoneFromText(query: string): TimeZone | null {
  const text = query
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[.'’]/g, '')
    .replace(/[^a-z0-9/_+-]+/g, ' ')
    .trim()
    .replace(/^(?:in|to)\s+/, '')
    .replace(/\s+(?:(?:standard|daylight)\s+)?(?:time\s*zone|time|timezone|tz)$/, '');
  if (text.includes('/')) {
    const zone = canonicalZone(text.replace(/\s+/g, '_'));
    if (zone) return zone;
  }
  const name = text.replace(/[^a-z0-9]+/g, ' ').trim();
  const known = zoneByPlace.get(name);
  if (known) return known;
  if (!/^[a-z]{3,}(?: [a-z]+)*$/.test(name)) return null;
  for (const region of ZONE_REGIONS) {
    const zone = canonicalZone(`${region}/${name.replace(/ /g, '_')}`);
    if (zone) return zone;
  }
  return null;
}

/**
 * A zone name in any casing, spelled as our tables spell it, else as the runtime does ("asia/kolkata" -> "Asia/Kolkata",
 * where the runtime alone would answer the older "Asia/Calcutta"); null when the runtime doesn't know the zone.
 */
function canonicalZone(name: string): TimeZone | null {
  const listed = listedZoneByLowerName.get(name.toLowerCase());
  if (listed) return listed;
  try {
    return new Intl.DateTimeFormat(undefined, { timeZone: name }).resolvedOptions().timeZone;
  } catch {
    return null;
  }
}

/**
 * A short human label for a zone, for replies.
 * "America/New_York" -> "New York"; "America/Argentina/Buenos_Aires" -> "Buenos Aires"; "Etc/UTC" -> "UTC".
 */
export function describeZone(zone: TimeZone): string {
  if (/^(?:Etc\/)?(?:UTC|GMT|UCT|Universal|Zulu)$/i.test(zone)) return 'UTC';
  const offset = /^Etc\/GMT([+-])(\d+)$/i.exec(zone);
  if (offset) return `UTC${offset[1] === '+' ? '-' : '+'}${offset[2]}`;
  const city = zone.split('/').pop() ?? zone;
  return city.replace(/_/g, ' ');
}
