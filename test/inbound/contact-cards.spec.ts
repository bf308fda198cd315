// Shared contact cards through the Worker's webhook: the route fetches the card from Twilio's MediaUrl (the stand-in
// serves it with Basic auth), reads it, and decide saves each person with the text body as their note. Every bad case
// (no name, cut off, garbled, unreachable, not a card, a picture) gets a clear reply and loses nothing.
import { createExecutionContext, waitOnExecutionContext } from 'cloudflare:test';
import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import android21NoName from '../fixtures/vcards/android-2.1-no-name.vcf?raw';
import garbled from '../fixtures/vcards/garbled.vcf?raw';
import iphone30 from '../fixtures/vcards/iphone-3.0.vcf?raw';
import iphoneSeveral from '../fixtures/vcards/iphone-several.vcf?raw';
import truncated from '../fixtures/vcards/truncated.vcf?raw';
import { countingD1 } from '../../bench/counting-d1';
import { app } from '../../src/app';
import { MEDIA_ONLY_TEXT } from '../../src/conversation/replies';
import { CLOCKS, messageOf, phoneNumber, setClock, smsParams, text, twilioPost, type Answer } from '../factories';
import { rowsOf } from '../support/rows';

const ACCOUNT = 'AC00000000000000000000000000000000';

/** Registers media with the stand-in and returns its MediaUrl. */
async function mediaUrl(body: string, contentType: string): Promise<string> {
  const response = await fetch('http://twilio.test/__standin/media', { method: 'POST', body: JSON.stringify({ body, contentType }) });
  if (!response.ok) throw new Error(`stand-in refused media: ${await response.text()}`);
  return ((await response.json()) as { url: string }).url;
}

/** A text with one attachment, as Twilio posts an MMS (or a WhatsApp message with `from` = whatsapp:+E164). */
async function share(from: string, body: string, url: string, declaredType: string): Promise<Answer> {
  return text(from, body, { NumMedia: '1', MediaUrl0: url, MediaContentType0: declaredType });
}

async function shareCard(from: string, card: string, body = ''): Promise<Answer> {
  return share(from, body, await mediaUrl(card, 'text/vcard'), 'text/vcard');
}

interface PersonRow {
  name: string;
  met: string | null;
  work: string;
  contacts: string;
  events: string;
}

async function peopleOf(phone: string): Promise<PersonRow[]> {
  return rowsOf<PersonRow>('people', phone, ['name', 'met', 'work', 'contacts', 'events']);
}

async function notesOf(phone: string): Promise<string[]> {
  return (await rowsOf<{ body: string }>('notes', phone, ['body'])).map((row) => row.body);
}

async function inboundOf(phone: string) {
  const rows = await env.DB.prepare('SELECT body, num_media, state FROM inbound WHERE phone = ? ORDER BY id')
    .bind(phone)
    .all<{ body: string; num_media: number; state: string }>();
  return rows.results;
}

async function pendingNudges(phone: string): Promise<number> {
  const row = await env.DB.prepare("SELECT count(*) AS n FROM nudges n JOIN users u ON u.id = n.user_id WHERE u.phone = ? AND n.state = 'pending'")
    .bind(phone)
    .first<{ n: number }>();
  return row?.n ?? 0;
}

describe('a shared contact card', () => {
  it("saves the person with the card's name, number, work and birthday, and the text body as their note", async () => {
    const phone = phoneNumber();
    setClock(CLOCKS.weekdayEvening);
    const answer = await shareCard(phone, iphone30, 'met her at the climbing gym');
    expect(answer.status).toBe(200);
    expect(answer.reply).toContain('Sarah Chen');

    const [person, ...more] = await peopleOf(phone);
    expect(more).toEqual([]);
    expect(person?.name).toBe('Sarah Chen');
    expect(JSON.parse(person?.contacts ?? '{}')).toMatchObject({ phone: '+19175550199' });
    expect(JSON.parse(person?.work ?? '[]')).toEqual(expect.arrayContaining(['Owner']));
    expect(JSON.parse(person?.events ?? '[]')).toEqual([{ what: 'birthday', on: '2026-03-14' }]);
    expect(person?.met).toMatch(/climbing gym/);
    const [note] = await notesOf(phone);
    expect(note).toContain('met her at the climbing gym');
    expect(note).toContain('Thursday wheel class');
    expect(await pendingNudges(phone)).toBe(1);
    expect(await inboundOf(phone)).toEqual([{ body: 'met her at the climbing gym', num_media: 1, state: 'handled' }]);
  });

  it('works the same over WhatsApp, as text/x-vcard with no body', async () => {
    const phone = phoneNumber();
    const answer = await share(`whatsapp:${phone}`, '', await mediaUrl(iphone30, 'text/x-vcard'), 'text/x-vcard');
    expect(answer.reply).toContain('Sarah Chen');
    expect((await peopleOf(phone)).map((person) => person.name)).toEqual(['Sarah Chen']);
  });

  it('several cards in one file: each person saved, named in one short reply', async () => {
    const phone = phoneNumber();
    const answer = await shareCard(phone, iphoneSeveral, 'from the book club');
    const names = (await peopleOf(phone)).map((person) => person.name);
    expect(names.length).toBeGreaterThanOrEqual(2);
    expect(names).toEqual(expect.arrayContaining(['Tom Reyes', 'Lina Haddad']));
    expect(answer.reply).toMatch(/^Welcome to Kindling! Saved Tom Reyes, Lina Haddad/);
    expect(answer.reply).toContain('STOP to opt out');
    for (const name of names) expect(answer.reply).toContain(name);
    expect((answer.reply ?? '').length).toBeLessThanOrEqual(306);
    expect((await notesOf(phone)).every((note) => note.includes('from the book club'))).toBe(true);
  });

  it('two attachments, a card and a picture, then a card: both people saved, the picture left alone', async () => {
    const phone = phoneNumber();
    await text(phone, 'help');
    const answer = await text(phone, 'from the gallery opening', {
      NumMedia: '3',
      MediaUrl0: await mediaUrl(iphone30, 'text/vcard'),
      MediaContentType0: 'text/vcard',
      MediaUrl1: await mediaUrl('jpeg', 'image/jpeg'),
      MediaContentType1: 'image/jpeg',
      MediaUrl2: await mediaUrl(truncated.split('END:VCARD')[0] + 'END:VCARD\r\n', 'text/x-vcard'),
      MediaContentType2: 'text/x-vcard',
    });
    expect(answer.reply).toBe('Saved Sarah Chen and Priya Raman.');
    expect((await peopleOf(phone)).map((person) => person.name)).toEqual(['Sarah Chen', 'Priya Raman']);
  });

  it('a card with no name: asks what to call them, keeps the details, and files them under the answer', async () => {
    const phone = phoneNumber();
    const answer = await shareCard(phone, android21NoName);
    expect(answer.reply).toBe('The card has no name on it. What should I call them?');
    expect(await peopleOf(phone)).toEqual([]);
    const [note] = await notesOf(phone);
    expect(note).toContain('+16465550142');
    expect(note).toContain('front.desk@example.com');

    const named = await text(phone, 'Maria');
    expect(named.reply).toContain('Maria');
    const [person] = await peopleOf(phone);
    expect(person?.name).toBe('Maria');
    expect(JSON.parse(person?.contacts ?? '{}')).toMatchObject({ phone: '+16465550142' });
  });

  it('a cut-off card: the good card is saved and the cut-off one is asked for again', async () => {
    const phone = phoneNumber();
    const answer = await shareCard(phone, truncated);
    expect(answer.reply).toBe(
      'Welcome to Kindling! Saved Priya Raman. One card came through cut off; could you share it again? Text HELP for options, STOP to opt out.',
    );
    expect((await peopleOf(phone)).map((person) => person.name)).toEqual(['Priya Raman']);
  });

  it('a garbled card: says it was empty, and the body is still captured as a note', async () => {
    const phone = phoneNumber();
    const answer = await shareCard(phone, garbled, 'Met Dana at the design meetup, she does ceramics');
    expect(answer.reply).toMatch(/^One card was empty\. /);
    expect(answer.reply).toContain('Dana');
    expect((await peopleOf(phone)).map((person) => person.name)).toEqual(['Dana']);
  });
});

describe('media that cannot be read as a card', () => {
  it('an unreachable MediaUrl: asks to share it again, and the body is still captured', async () => {
    const phone = phoneNumber();
    const missing = `http://twilio.test/2010-04-01/Accounts/${ACCOUNT}/Messages/MM${'0'.repeat(32)}/Media/ME${'0'.repeat(32)}`;
    const answer = await share(phone, 'Met Dana at the design meetup, she does ceramics', missing, 'text/vcard');
    expect(answer.status).toBe(200);
    expect(answer.reply).toMatch(/^I couldn't open that card; please share it again\. /);
    expect((await peopleOf(phone)).map((person) => person.name)).toEqual(['Dana']);
    expect((await inboundOf(phone))[0]).toMatchObject({ body: 'Met Dana at the design meetup, she does ceramics', num_media: 1 });
  });

  it('an unreachable card with no body: asks to share it again, and the text is stored', async () => {
    const phone = phoneNumber();
    const missing = `http://twilio.test/2010-04-01/Accounts/${ACCOUNT}/Messages/MM${'1'.repeat(32)}/Media/ME${'1'.repeat(32)}`;
    const answer = await share(phone, '', missing, 'text/x-vcard');
    expect(answer.reply).toBe("I couldn't open that card; please share it again.");
    expect(await inboundOf(phone)).toEqual([{ body: '', num_media: 1, state: 'handled' }]);
  });

  it('declared a card but served a picture: says it reads only shared contacts', async () => {
    const phone = phoneNumber();
    const answer = await share(phone, '', await mediaUrl('\u00ff\u00d8\u00ff\u00e0 not text', 'image/jpeg'), 'text/vcard');
    expect(answer.reply).toBe('I can only read shared contacts; text me a note about them.');
    expect(await peopleOf(phone)).toEqual([]);
  });

  it('a picture alone is never fetched and gets the pictures reply', async () => {
    const phone = phoneNumber();
    const missing = `http://twilio.test/2010-04-01/Accounts/${ACCOUNT}/Messages/MM${'2'.repeat(32)}/Media/ME${'2'.repeat(32)}`;
    const answer = await share(phone, '', missing, 'image/jpeg');
    expect(answer.reply).toBe(MEDIA_ONLY_TEXT);
    expect(await inboundOf(phone)).toEqual([{ body: '', num_media: 1, state: 'handled' }]);
  });

  it('a picture with a note: the note is captured as usual', async () => {
    const phone = phoneNumber();
    const answer = await share(phone, 'Met Dana at the design meetup, she does ceramics', await mediaUrl('jpeg', 'image/jpeg'), 'image/jpeg');
    expect(answer.reply).toContain('Dana');
    expect((await peopleOf(phone)).map((person) => person.name)).toEqual(['Dana']);
  });
});

describe('the stand-in serves media like Twilio', () => {
  it('refuses a MediaUrl without the account credentials', async () => {
    const url = await mediaUrl(iphone30, 'text/vcard');
    expect((await fetch(url)).status).toBe(401);
    const authorized = await fetch(url, { headers: { authorization: `Basic ${btoa(`${ACCOUNT}:test-auth-token`)}` } });
    expect(authorized.status).toBe(200);
    expect(authorized.headers.get('content-type')).toBe('text/vcard');
    expect(await authorized.text()).toBe(iphone30);
  });
});

describe('round trips', () => {
  it('a shared card costs at most two D1 round trips (the media fetch is not D1)', async () => {
    const phone = phoneNumber();
    const url = await mediaUrl(iphoneSeveral, 'text/vcard');
    const { db, trace } = countingD1(env.DB);
    const request = twilioPost('/twilio/sms', smsParams({ From: phone, Body: 'book club', NumMedia: '1', MediaUrl0: url, MediaContentType0: 'text/vcard' }));
    request.headers.set('x-kindling-simulated-now', String(CLOCKS.weekdayEvening));
    const ctx = createExecutionContext();
    const response = await app.fetch(request, { ...env, DB: db }, ctx);
    await waitOnExecutionContext(ctx);
    expect(messageOf(await response.text())).toContain('Tom Reyes');
    expect(trace.roundTrips).toBe(2);
  });
});
