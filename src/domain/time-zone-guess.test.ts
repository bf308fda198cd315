// guessTimeZone in countries with several zones: area codes and regional mobile ranges pick the zone; a number that
// says nothing more keeps the country's main zone.
import { describe, expect, it } from 'vitest';
import { ZONES_BY_PREFIX } from './time-zone-data';
import { guessTimeZone } from './time-zones';

describe('guessTimeZone in countries with several zones', () => {
  it.each([
    // Australia
    ['+61892345678', 'Australia/Perth'],
    ['+61861234567', 'Australia/Perth'],
    ['+61882345678', 'Australia/Adelaide'],
    ['+61889234567', 'Australia/Darwin'],
    ['+61732345678', 'Australia/Brisbane'],
    ['+61392345678', 'Australia/Melbourne'],
    ['+61362345678', 'Australia/Hobart'],
    ['+61292345678', 'Australia/Sydney'],
    ['+61412345678', 'Australia/Sydney'],
    // Russia
    ['+79141234567', 'Asia/Vladivostok'],
    ['+79241234567', 'Asia/Vladivostok'],
    ['+74232345678', 'Asia/Vladivostok'],
    ['+79131234567', 'Asia/Novosibirsk'],
    ['+79121234567', 'Asia/Yekaterinburg'],
    ['+73432345678', 'Asia/Yekaterinburg'],
    ['+74012345678', 'Europe/Kaliningrad'],
    ['+79161234567', 'Europe/Moscow'],
    // Mexico, with and without the old mobile "1"
    ['+526641234567', 'America/Tijuana'],
    ['+5216641234567', 'America/Tijuana'],
    ['+526621234567', 'America/Hermosillo'],
    ['+526691234567', 'America/Mazatlan'],
    ['+529981234567', 'America/Cancun'],
    ['+525512345678', 'America/Mexico_City'],
    // Brazil, Spain, Portugal
    ['+5592912345678', 'America/Manaus'],
    ['+5565912345678', 'America/Cuiaba'],
    ['+5511912345678', 'America/Sao_Paulo'],
    ['+34922123456', 'Atlantic/Canary'],
    ['+34612345678', 'Europe/Madrid'],
    ['+351296123456', 'Atlantic/Azores'],
    // North America stays by area code; other countries by their main zone
    ['+14155550100', 'America/Los_Angeles'],
    ['+19075550100', 'America/Anchorage'],
    ['+447700900123', 'Europe/London'],
  ])('%s -> %s', (phone, zone) => {
    expect(guessTimeZone(phone)).toBe(zone);
  });

  it.each(Object.entries(ZONES_BY_PREFIX))('prefix %s names a zone the runtime knows (%s)', (_prefix, zone) => {
    expect(new Intl.DateTimeFormat('en-US', { timeZone: zone }).resolvedOptions().timeZone).toBeTruthy();
  });
});
