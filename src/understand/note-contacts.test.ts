// note-contacts: phones (in the user's country by default), emails, Instagram, LinkedIn and other handles, taken out of
// a note so the rest reads as words about the person.
import { describe, expect, it } from 'vitest';
import type { Contacts } from '../domain/types';
import { extractContacts } from './note-contacts';

describe('extractContacts', () => {
  it.each([
    ['Sarah, 917-555-0199, ig @sarah.c', 'US', { instagram: 'sarah.c', phone: '+19175550199' }],
    ['email priya@example.com', 'US', { email: 'priya@example.com' }],
    ['her insta is kat_lee', 'US', { instagram: 'kat_lee' }],
    ['+44 7700 900123', 'US', { phone: '+447700900123' }],
    ['jake 07700 900123', 'GB', { phone: '+447700900123' }],
    ['Marta 612 34 56 78', 'ES', { phone: '+34612345678' }],
    ['twitter @devguy', 'US', { handles: ['twitter:@devguy'] }],
    ['linkedin.com/in/jane-doe', 'US', { linkedin: 'linkedin.com/in/jane-doe' }],
    ['her number is 415 555 0132', 'US', { phone: '+14155550132' }],
    ['rowans # is 604.555.0149', 'CA', { phone: '+16045550149' }],
    ["Ciarán's mobile is 086 482 9173", 'IE', { phone: '+353864829173' }],
    ["Gráinne's number is 01 555 2938, it's the landline", 'IE', { phone: '+35315552938' }],
    // the country the text gives, not the user's: a calling code apart, a nationality before the number word
    ["rocio's whatsapp is her mexican # 951 123 4567 so put +52", 'US', { phone: '+529511234567' }],
    ['her mexican # is 951 123 4567', 'US', { phone: '+529511234567' }],
    ['his uk mobile is 07700 900123', 'US', { phone: '+447700900123' }],
    ['951 123 4567, put +52 in front', 'US', { phone: '+529511234567' }],
    ['giulias number is her italian one 347 123 4567', 'US', { phone: '+393471234567' }],
    ['his irish number 087 123 4567', 'GB', { phone: '+353871234567' }],
    // a written-out code on the number itself, and a "+10" that is no calling code, leave the user's country
    ['cell +1 (646) 555-0173', 'MX', { phone: '+16465550173' }],
    ['scored +10 today, 312 555 0199', 'US', { phone: '+13125550199' }],
  ] as [string, string, Contacts][])('%j (%s)', (text, country, contacts) => {
    expect(extractContacts(text, country).contacts).toEqual(contacts);
  });

  it.each([
    // no contact: the text comes back whole
    ['no contact here', 'US'],
    ['insta is too much for her', 'US'],
    ['ig: @@@', 'US'],
    ['call 555-0100', 'US'],
    ['jake 07700 900123', 'US'],
  ] as const)('%j (%s): nothing taken', (text, country) => {
    expect(extractContacts(text, country)).toEqual({ contacts: {}, rest: text });
  });

  it('what is taken out leaves a boundary, so the words around it stay apart', () => {
    const { rest } = extractContacts('Sarah, 917-555-0199, ig @sarah.c, loves climbing', 'US');
    expect(rest).not.toMatch(/917|sarah\.c/);
    expect(rest).toContain(' ; ');
    expect(rest).toMatch(/^Sarah,.*loves climbing$/);
  });
});
