// Ways to reach someone in a note (phone, email, Instagram, LinkedIn, other handles), taken out of the text.

import { getCountries, getCountryCallingCode, isSupportedCountry, parsePhoneNumberFromString, searchPhoneNumbersInText } from 'libphonenumber-js/min';
import type { CountryCode } from 'libphonenumber-js/min';
import type { Contacts } from '../domain/types';

export interface ContactsFound {
  contacts: Contacts;
  /** the note with every contact detail replaced by a " ; " boundary */
  rest: string;
}

const CUT = ' ; ';

/** Words that follow "insta"/"twitter" in a sentence but are not a handle. */
const NOT_HANDLE = new Set(
  `is was are too and the a an handle account acct page later story stories but or she he they me
  dm dms follow followed following posts post pics photos photo name it on at for to her his their
  my our if so with from profile link bio only famous influencer lol reels reel live all lot
  obsessed addict addicted star model`.split(/\s+/),
);

const PLATFORM_NAMES: Record<string, string> = {
  twitter: 'twitter',
  tw: 'twitter',
  x: 'twitter',
  tiktok: 'tiktok',
  'tik tok': 'tiktok',
  snapchat: 'snapchat',
  snap: 'snapchat',
  threads: 'threads',
  bluesky: 'bluesky',
  bsky: 'bluesky',
  github: 'github',
  gh: 'github',
  youtube: 'youtube',
  yt: 'youtube',
  mastodon: 'mastodon',
  discord: 'discord',
  telegram: 'telegram',
};

/**
 * Finds contact details and removes them from the note.
 * "Sarah, 917-555-0199, ig @sarah.c" -> { contacts: { phone: '+19175550199', instagram: 'sarah.c' }, rest: "Sarah,  ; ,  ; " }
 */
export function extractContacts(text: string, defaultCountry: string | undefined): ContactsFound {
  const contacts: Contacts = {};
  const handles: string[] = [];
  const addHandle = (platform: string, handle: string): void => {
    const entry = `${platform}:@${handle}`;
    if (!handles.includes(entry) && handles.length < 6) handles.push(entry);
  };
  const setInstagram = (handle: string): void => {
    const h = handle.replace(/[._]+$/, '').toLowerCase();
    if (!h || !/[a-z]/.test(h)) return;
    if (!contacts.instagram) contacts.instagram = h;
    else if (contacts.instagram !== h) addHandle('instagram', h);
  };
  let s = text;

  // Links first, so their dots and slashes do not read as anything else.
  s = s.replace(/(?:https?:\/\/)?(?:[a-z]{2,3}\.)?linkedin\.com\/(in|company|pub)\/([A-Za-z0-9_%-]{2,100})\/?/gi, (_m, kind: string, slug: string) => {
    if (!contacts.linkedin) contacts.linkedin = `linkedin.com/${kind.toLowerCase()}/${slug}`;
    return CUT;
  });
  s = s.replace(/(?:https?:\/\/)?(?:www\.)?instagram\.com\/([A-Za-z0-9._]{1,30})\/?/gi, (_m, h: string) => {
    setInstagram(h);
    return CUT;
  });
  s = s.replace(
    /(?:https?:\/\/)?(?:www\.)?(twitter|x|tiktok|github|threads|youtube)\.(?:com|net)\/@?([A-Za-z0-9._-]{1,40})\/?/gi,
    (_m, site: string, h: string) => {
      addHandle(PLATFORM_NAMES[site.toLowerCase()] ?? site.toLowerCase(), h.replace(/\.+$/, ''));
      return CUT;
    },
  );
  s = s.replace(/(?:https?:\/\/|www\.)[^\s<>"']{1,200}/gi, CUT);

  s = s.replace(/(?<![\w.+-])[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,24}(?![\w@])/g, (m) => {
    if (!contacts.email) contacts.email = m.toLowerCase();
    return CUT;
  });

  s = s.replace(
    /(?<![\p{L}\p{N}_.])(?:ig|insta|instagram|gram)\b(?:\s*handle)?(\s*[:=-]\s*|\s+is\s+|\s*)(@?)([A-Za-z0-9._]{1,30})/giu,
    (m, sep: string, at: string, h: string) => {
      const plain = !/[._0-9]/.test(h);
      if (!at && (!sep || NOT_HANDLE.has(h.toLowerCase()) || !/[a-z]/i.test(h) || (plain && /is/.test(sep)))) return m;
      setInstagram(h);
      return CUT;
    },
  );
  s = s.replace(
    /(?<![\p{L}\p{N}_.])(twitter|tw|x|tik ?tok|snapchat|snap|threads|bluesky|bsky|github|gh|youtube|yt|mastodon|discord|telegram)\b(?:\s*handle)?(\s*[:=-]\s*|\s+is\s+|\s*)(@?)([A-Za-z0-9._]{1,30})/giu,
    (m, site: string, sep: string, at: string, h: string) => {
      const platform = PLATFORM_NAMES[site.toLowerCase().replace(' ', '')] ?? site.toLowerCase();
      const explicit = /[:=-]|is/.test(sep) || /[._0-9]/.test(h);
      if (!at && (!explicit || !sep || NOT_HANDLE.has(h.toLowerCase()) || !/[a-z]/i.test(h))) return m;
      addHandle(platform, h.replace(/\.+$/, ''));
      return CUT;
    },
  );
  s = s.replace(/(?<![\p{L}\p{N}_@.])@([A-Za-z0-9._]{2,30})/gu, (m, h: string) => {
    const handle = h.replace(/\.+$/, '');
    if (!/[a-z]/i.test(handle) || /^\d{1,2}(?:am|pm)$/i.test(handle)) return m;
    setInstagram(handle);
    return CUT;
  });

  const found = findPhones(s, defaultCountry);
  if (found.phone) contacts.phone = found.phone;
  s = found.rest;

  if (handles.length > 0) contacts.handles = handles;
  return { contacts, rest: s };
}

/** A country code libphonenumber knows, or US: the country a number written without one is read in. */
export function supportedCountry(code: string | undefined): CountryCode {
  const upper = (code ?? 'US').toUpperCase();
  return isSupportedCountry(upper) ? upper : 'US';
}

const SEVEN_DIGITS = /\d(?:[\s()./-]{0,3}\d){6}/;
const PHONE_LIKE = /\+?\(?\d(?:[\s()./-]{0,3}\d){6,14}/g;
/** Numbers past this many in one text are cut out unparsed (only the first is kept): a text of 100 costs what 5 do. */
const MAX_PARSED_PHONES = 5;

/** Nationality words that say which country a number is of ("her mexican #", "my uk mobile"). */
const NUMBER_NATIONALITIES: Record<string, CountryCode> = {
  american: 'US',
  us: 'US',
  usa: 'US',
  canadian: 'CA',
  mexican: 'MX',
  british: 'GB',
  uk: 'GB',
  english: 'GB',
  scottish: 'GB',
  welsh: 'GB',
  irish: 'IE',
  australian: 'AU',
  aussie: 'AU',
  kiwi: 'NZ',
  spanish: 'ES',
  french: 'FR',
  german: 'DE',
  italian: 'IT',
  portuguese: 'PT',
  dutch: 'NL',
  polish: 'PL',
  indian: 'IN',
  brazilian: 'BR',
  colombian: 'CO',
  argentinian: 'AR',
  argentine: 'AR',
  chilean: 'CL',
  peruvian: 'PE',
  venezuelan: 'VE',
  cuban: 'CU',
  dominican: 'DO',
  filipino: 'PH',
  nigerian: 'NG',
  kenyan: 'KE',
  japanese: 'JP',
  korean: 'KR',
  chinese: 'CN',
};
const NATIONAL_NUMBER = new RegExp(
  String.raw`\b(${Object.keys(NUMBER_NATIONALITIES).join('|')})\s+(?:number|num|no|#|cell|mobile|mob|phone|whatsapp|landline|one)(?![\p{L}])`,
  'iu',
);
/** Whether a word says which country a number is of: "uk", "irish", "aussie". */
export function isNumberNationality(word: string): boolean {
  return Object.hasOwn(NUMBER_NATIONALITIES, word.toLowerCase());
}

let callingCodes: Set<string> | undefined;
/** A country calling code written on its own, away from any number: "so put +52", "(it's +44)". */
const LONE_CALLING_CODE = /(?<![\d+])\+(\d{1,3})(?![\d\s().-]*\d)/;

/**
 * The country the text says its number is of, when it says one: a calling code given apart ("951 123 4567 so put
 * +52") or a nationality before the number word ("her mexican # 951 123 4567"); else the user's own.
 */
function phoneCountryOf(text: string, defaultCountry: string | undefined): { defaultCountry: CountryCode } | { defaultCallingCode: string } {
  const code = LONE_CALLING_CODE.exec(text)?.[1];
  callingCodes ??= new Set(getCountries().map((country) => String(getCountryCallingCode(country))));
  // "+10 points" gives no country
  if (code && callingCodes.has(code)) return { defaultCallingCode: code };
  const nationality = NATIONAL_NUMBER.exec(text)?.[1]?.toLowerCase();
  return { defaultCountry: (nationality && NUMBER_NATIONALITIES[nationality]) || supportedCountry(defaultCountry) };
}

/** Phone numbers to E.164; the first one is kept, all are cut out of the text. */
function findPhones(text: string, defaultCountry: string | undefined): { phone?: string; rest: string } {
  const country = phoneCountryOf(text, defaultCountry);
  let phone: string | undefined;
  let rest = text;
  const spans: Array<[number, number]> = [];
  // no run of 7 digits (a few separators apart) means no number: the search, slow on texts full of digits, is skipped
  const hits = SEVEN_DIGITS.test(rest) ? searchPhoneNumbersInText(rest, country) : [];
  for (const hit of hits) {
    phone ??= hit.number.number;
    spans.push([hit.startsAt, hit.endsAt]);
    if (spans.length >= MAX_PARSED_PHONES) break;
  }
  rest = cutSpans(rest, spans);
  // past MAX_PARSED_PHONES, what looks like a number is cut out unparsed
  if (spans.length >= MAX_PARSED_PHONES) rest = rest.replace(PHONE_LIKE, CUT);
  let parsedMore = 0;
  // Numbers the metadata does not know as valid, but that are the right length for their country.
  rest = rest.replace(/(?<![\p{L}\p{N}+])\+?\d[\d\s().-]{6,22}\d(?![\p{L}\p{N}])/gu, (m) => {
    const digits = m.replace(/\D/g, '');
    if (digits.length < 10 || digits.length > 15) return m;
    if (spans.length + parsedMore++ >= MAX_PARSED_PHONES) return CUT;
    const parsed = parsePhoneNumberFromString(m, country);
    if (!parsed || !parsed.isPossible()) return m;
    phone ??= parsed.number;
    return CUT;
  });
  return phone ? { phone, rest } : { rest };
}

function cutSpans(text: string, spans: ReadonlyArray<[number, number]>): string {
  let out = '';
  let at = 0;
  for (const [start, end] of spans) {
    if (start < at) continue;
    out += text.slice(at, start) + CUT;
    at = end;
  }
  return out + text.slice(at);
}
