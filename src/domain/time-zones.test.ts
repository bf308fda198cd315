import { describe, expect, it } from 'vitest';
import { COUNTRY_ZONES, NANP_AREA_CODES, PLACE_ZONES } from './time-zone-data';
import { DEFAULT_TIME_ZONE, describeZone, guessTimeZone, zoneFromText } from './time-zones';

function isRuntimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat(undefined, { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

describe('guessTimeZone', () => {
  it.each([
    // North American area codes
    ['+12125550100', 'America/New_York'],
    ['+14155550100', 'America/Los_Angeles'],
    ['+13125550100', 'America/Chicago'],
    ['+13035550100', 'America/Denver'],
    ['+16025550100', 'America/Phoenix'],
    ['+15205550100', 'America/Phoenix'],
    ['+18085550100', 'Pacific/Honolulu'],
    ['+19075550100', 'America/Anchorage'],
    ['+14165550100', 'America/Toronto'],
    ['+16045550100', 'America/Vancouver'],
    ['+14035550100', 'America/Edmonton'],
    ['+12045550100', 'America/Winnipeg'],
    ['+19025550100', 'America/Halifax'],
    ['+17095550100', 'America/St_Johns'],
    ['+13065550100', 'America/Regina'],
    ['+15145550100', 'America/Toronto'],
    ['+17875550100', 'America/Puerto_Rico'],
    ['+19395550100', 'America/Puerto_Rico'],
    ['+13175550100', 'America/Indiana/Indianapolis'],
    ['+12195550100', 'America/Chicago'],
    ['+13135550100', 'America/Detroit'],
    ['+12085550100', 'America/Boise'],
    ['+19155550100', 'America/Denver'],
    ['+15125550100', 'America/Chicago'],
    ['+12065550100', 'America/Los_Angeles'],
    ['+16155550100', 'America/Chicago'],
    ['+14235550100', 'America/New_York'],
    ['+18765550100', 'America/Jamaica'],
    ['+18095550100', 'America/Santo_Domingo'],
    ['+16715550100', 'Pacific/Guam'],
    ['+1 (212) 555-0100', 'America/New_York'],
    // other countries
    ['+447700900123', 'Europe/London'],
    ['+447700123456', 'Europe/London'],
    ['+4915123456789', 'Europe/Berlin'],
    ['+33612345678', 'Europe/Paris'],
    ['+919876543210', 'Asia/Kolkata'],
    ['+819012345678', 'Asia/Tokyo'],
    ['+61412345678', 'Australia/Sydney'],
    ['+5511912345678', 'America/Sao_Paulo'],
    ['+525512345678', 'America/Mexico_City'],
    ['+2348031234567', 'Africa/Lagos'],
    ['+79161234567', 'Europe/Moscow'],
    ['+8613812345678', 'Asia/Shanghai'],
    // nothing fits
    ['+15555550100', DEFAULT_TIME_ZONE],
    ['+999123', DEFAULT_TIME_ZONE],
    ['', DEFAULT_TIME_ZONE],
    ['not a number', DEFAULT_TIME_ZONE],
  ])('%s -> %s', (phone, zone) => {
    expect(guessTimeZone(phone)).toBe(zone);
  });
});

describe('zoneFromText', () => {
  it.each([
    ['Chicago', 'America/Chicago'],
    ['america/denver', 'America/Denver'],
    ['AMERICA/NEW_YORK', 'America/New_York'],
    ['america/new york', 'America/New_York'],
    ['Europe/London', 'Europe/London'],
    ['asia/kolkata', 'Asia/Kolkata'],
    ['Europe/Kyiv', 'Europe/Kyiv'],
    ['America/Indiana/Indianapolis', 'America/Indiana/Indianapolis'],
    ['Etc/UTC', 'UTC'],
    ['PST', 'America/Los_Angeles'],
    ['pacific', 'America/Los_Angeles'],
    ['Pacific Time', 'America/Los_Angeles'],
    ['EST', 'America/New_York'],
    ['eastern standard time', 'America/New_York'],
    ['CT', 'America/Chicago'],
    ['mountain', 'America/Denver'],
    ['AKST', 'America/Anchorage'],
    ['HST', 'Pacific/Honolulu'],
    ['UTC', 'UTC'],
    ['GMT', 'Europe/London'],
    ['BST', 'Europe/London'],
    ['CET', 'Europe/Paris'],
    ['IST', 'Asia/Kolkata'],
    ['JST', 'Asia/Tokyo'],
    ['AEST', 'Australia/Sydney'],
    ['London', 'Europe/London'],
    ['new york', 'America/New_York'],
    ['NYC', 'America/New_York'],
    ['Washington, D.C.', 'America/New_York'],
    ['St. Louis', 'America/Chicago'],
    ['Denver!', 'America/Denver'],
    ['  "Seattle"  ', 'America/Los_Angeles'],
    ['in Austin', 'America/Chicago'],
    ['to Boston', 'America/New_York'],
    ['Phoenix', 'America/Phoenix'],
    ['Toronto', 'America/Toronto'],
    ['Vancouver', 'America/Vancouver'],
    ['Montreal', 'America/Toronto'],
    ['Mexico City', 'America/Mexico_City'],
    ['São Paulo', 'America/Sao_Paulo'],
    ['Bogotá', 'America/Bogota'],
    ['Zürich', 'Europe/Zurich'],
    ['Paris', 'Europe/Paris'],
    ['Berlin', 'Europe/Berlin'],
    ['Lisbon', 'Europe/Lisbon'],
    ['Istanbul', 'Europe/Istanbul'],
    ['Dubai', 'Asia/Dubai'],
    ['Bangalore', 'Asia/Kolkata'],
    ['Hong Kong', 'Asia/Hong_Kong'],
    ['Tokyo', 'Asia/Tokyo'],
    ['Melbourne', 'Australia/Sydney'],
    ['Auckland', 'Pacific/Auckland'],
    ['Buenos Aires', 'America/Argentina/Buenos_Aires'],
    ['Lagos', 'Africa/Lagos'],
    ['Nairobi', 'Africa/Nairobi'],
    ['Johannesburg', 'Africa/Johannesburg'],
    ['texas', 'America/Chicago'],
    ['California', 'America/Los_Angeles'],
    ['Indiana', 'America/Indiana/Indianapolis'],
    ['Alberta', 'America/Edmonton'],
    ['Germany', 'Europe/Berlin'],
    ['Tbilisi', 'Asia/Tbilisi'],
    ['Kathmandu', 'Asia/Kathmandu'],
    // junk
    ['nowhere', null],
    ['', null],
    ['   ', null],
    ['?!', null],
    ['asdf qwerty', null],
    ['123', null],
    ['tomorrow at 5pm', null],
    ['Mars/Olympus_Mons', null],
    ['in', null],
  ])('%j -> %s', (query, zone) => {
    expect(zoneFromText(query)).toBe(zone);
  });
});

describe('describeZone', () => {
  it.each([
    ['America/New_York', 'New York'],
    ['Europe/London', 'London'],
    ['America/Los_Angeles', 'Los Angeles'],
    ['America/Indiana/Indianapolis', 'Indianapolis'],
    ['America/Argentina/Buenos_Aires', 'Buenos Aires'],
    ['America/Port-au-Prince', 'Port-au-Prince'],
    ['UTC', 'UTC'],
    ['Etc/UTC', 'UTC'],
    ['Etc/GMT+5', 'UTC-5'],
  ])('%s -> %s', (zone, label) => {
    expect(describeZone(zone)).toBe(label);
  });
});

describe('tables', () => {
  const areaCodes = Object.values(NANP_AREA_CODES).flatMap((codes) => codes.split(' '));
  const places = Object.values(PLACE_ZONES).flatMap((names) => names.split('|'));
  const zones = new Set([...Object.keys(NANP_AREA_CODES), ...Object.values(COUNTRY_ZONES), ...Object.keys(PLACE_ZONES)]);

  it('names only zones this runtime knows', () => {
    expect([...zones].filter((zone) => !isRuntimeZone(zone))).toEqual([]);
  });

  it('lists each NANP area code once, and covers the plan', () => {
    const repeated = areaCodes.filter((code, i) => areaCodes.indexOf(code) !== i);
    expect(repeated).toEqual([]);
    expect(areaCodes.every((code) => /^[2-9]\d\d$/.test(code))).toBe(true);
    expect(areaCodes.length).toBeGreaterThan(400);
  });

  it('lists each place name once, already normalized', () => {
    const repeated = places.filter((name, i) => places.indexOf(name) !== i);
    expect(repeated).toEqual([]);
    expect(places.filter((name) => !/^[a-z]+(?: [a-z]+)*$/.test(name))).toEqual([]);
  });

  it('finds every place name it lists', () => {
    expect(places.filter((name) => zoneFromText(name) === null)).toEqual([]);
  });
});
