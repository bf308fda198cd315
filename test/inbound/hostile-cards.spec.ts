// Shared cards and notes built to hurt, through the Worker: a card made to be slow is answered normally, card fields
// never carry line breaks into Kindling's texts (the capture reply and the later nudge), names are capped, one text
// saves at most 10 people and says what it left out, and a user stops at 2,000 people with a clear reply.
import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { MAX_NAME_CHARS } from '../../src/domain/clean-text';
import { MAX_PEOPLE_PER_USER } from '../../src/domain/limits';
import { PEOPLE_FULL_TEXT } from '../../src/conversation/replies';
import { segmentCount } from '../../src/domain/sms-length';
import { CLOCKS, DAY, phoneNumber, sentTo, setClock, stepCron, text, type Answer } from '../factories';
import { namesOf } from '../support/rows';

async function mediaUrl(body: string, contentType = 'text/vcard'): Promise<string> {
  const response = await fetch('http://twilio.test/__standin/media', { method: 'POST', body: JSON.stringify({ body, contentType }) });
  if (!response.ok) throw new Error(`stand-in refused media: ${await response.text()}`);
  return ((await response.json()) as { url: string }).url;
}

/** A text with every card as its own attachment, as Twilio posts an MMS. */
async function shareCards(from: string, cards: string[], body = ''): Promise<Answer> {
  const fields: Record<string, string> = { NumMedia: String(cards.length) };
  for (const [index, card] of cards.entries()) {
    fields[`MediaUrl${index}`] = await mediaUrl(card);
    fields[`MediaContentType${index}`] = 'text/vcard';
  }
  return text(from, body, fields);
}

const card = (lines: string[]) => `BEGIN:VCARD\r\n${['VERSION:3.0', ...lines].join('\r\n')}\r\nEND:VCARD\r\n`;

async function pendingNudges(phone: string): Promise<number> {
  const row = await env.DB.prepare("SELECT count(*) AS n FROM nudges n JOIN users u ON u.id = n.user_id WHERE u.phone = ? AND n.state = 'pending'")
    .bind(phone)
    .first<{ n: number }>();
  return row?.n ?? 0;
}

async function looseNotes(phone: string): Promise<string[]> {
  const rows = await env.DB.prepare('SELECT n.body FROM notes n JOIN users u ON u.id = n.user_id WHERE u.phone = ? AND n.person_id IS NULL')
    .bind(phone)
    .all<{ body: string }>();
  return rows.results.map((row) => row.body);
}

function expectTwoSegments(reply: string | null): void {
  expect(reply).not.toBeNull();
  expect(segmentCount(reply ?? '').segments).toBeLessThanOrEqual(2);
}

describe('a card made to be slow', () => {
  it('a 200 KB parameter flood (FN;a;a;a;...:x) is answered normally, in well under the time the old parser took', async () => {
    const phone = phoneNumber();
    setClock(CLOCKS.weekdayEvening);
    const hostile = card([`FN${';a'.repeat(100_000)}:x`, 'FN:Sam Flood', 'TEL;TYPE=CELL:(917) 555-0142']);
    // the quadratic split took minutes on this card; the whole webhook now takes a fraction of a second (a monotonic
    // timer: the wall clock is never read)
    const started = performance.now();
    const answer = await shareCards(phone, [hostile]);
    expect(performance.now() - started).toBeLessThan(5_000);
    expect(answer.status).toBe(200);
    expect(answer.reply).toMatch(/^Welcome to Kindling! Saved Sam Flood/);
    expect(await namesOf(phone)).toEqual(['Sam Flood']);
  }, 60_000);
});

describe('card fields in Kindling texts', () => {
  it.each([
    ['an escaped line break (3.0)', card(['ORG:Acme\\nReply DELETE ALL to keep getting texts'])],
    [
      'a quoted-printable line break (2.1)',
      card(['ORG;ENCODING=QUOTED-PRINTABLE:Acme=0D=0AReply DELETE ALL to keep getting texts']).replace('VERSION:3.0', 'VERSION:2.1'),
    ],
    ['a line separator and bidi marks', card(['ORG:Acme\u2028Reply DELETE ALL\u202e to keep getting texts'])],
  ])(
    '%s in ORG never reaches a text as a line break: not the capture reply, not the next day nudge',
    async (_label, hostile) => {
      const phone = phoneNumber();
      setClock(CLOCKS.weekdayEvening);
      const answer = await shareCards(phone, [hostile]);
      expect(answer.reply).toContain('Acme Reply DELETE ALL');
      const [name] = await namesOf(phone);
      expect(name).toBe('Acme Reply DELETE ALL to keep getting texts');
      expect(await pendingNudges(phone)).toBe(1);

      await stepCron(CLOCKS.weekdayEvening, CLOCKS.weekdayEvening + 2 * DAY, async () => (await sentTo(phone)).length > 0);
      const sent = await sentTo(phone);
      expect(sent.length).toBeGreaterThan(0);
      for (const body of [answer.reply ?? '', ...sent.map((message) => message.body)]) {
        expect(body).not.toMatch(/Acme\s*[\r\n\u2028\u2029]/);
        expect(body).not.toMatch(/[\r\n\u2028\u2029]\s*Reply DELETE ALL/);
        expect(body).not.toMatch(/[\u202a-\u202e\u2066-\u2069]/);
      }
      expect(sent.some((message) => message.body.includes('Acme Reply DELETE ALL'))).toBe(true);
    },
    60_000,
  );
});

describe('names are capped', () => {
  it('a 20,006-character card name is stored as at most 60 characters, and the reply fits two segments', async () => {
    const phone = phoneNumber();
    const answer = await shareCards(phone, [card([`FN:${'Zed '.repeat(5_001)}Zz`, 'TEL:+19175550143'])]);
    expectTwoSegments(answer.reply);
    const [name, ...more] = await namesOf(phone);
    expect(more).toEqual([]);
    expect(name?.length).toBeLessThanOrEqual(MAX_NAME_CHARS);
    expect(name).toMatch(/^Zed Zed/);
  });

  it('a typed note naming two people, one of them 61 characters long: stored as at most 60', async () => {
    const phone = phoneNumber();
    // two words of 30 letters each pass as a first and last name
    const long = 'Maximilianawilhelminacharlotte Johanssonwilliamsonbergstromss';
    const answer = await text(phone, `met ${long} and Priya at the climbing gym`);
    expectTwoSegments(answer.reply);
    const names = await namesOf(phone);
    expect(names).toHaveLength(2);
    expect(names).toContain('Priya');
    for (const name of names) expect(name.length).toBeLessThanOrEqual(MAX_NAME_CHARS);
    expect(names[0]).toMatch(/^Maximilianawilhelminacharlotte Johansson/);
  });
});

describe('people per text', () => {
  it('20 attachments of 10 cards each: 10 people saved, the reply says 190 were left out, in two segments', async () => {
    const phone = phoneNumber();
    setClock(CLOCKS.weekdayEvening);
    const files = Array.from({ length: 20 }, (_, file) =>
      Array.from({ length: 10 }, (_, index) => card([`FN:Person${String.fromCharCode(65 + file)}${String.fromCharCode(65 + index)} Lastname`])).join(''),
    );
    const answer = await shareCards(phone, files, 'from the conference');
    expectTwoSegments(answer.reply);
    expect(answer.reply).toMatch(/Saved PersonAA Lastname, .*\b\d+ others?\./);
    expect(answer.reply).toContain('190 more cards were left out: send them in smaller batches.');
    const names = await namesOf(phone);
    expect(names).toHaveLength(10);
    expect(names[0]).toBe('PersonAA Lastname');
    expect(await pendingNudges(phone)).toBe(10);
  }, 60_000);

  it('a typed note naming 12 people saves 10 and says 2 were left out', async () => {
    const phone = phoneNumber();
    const people = ['Ana', 'Ben', 'Cora', 'Dev', 'Eli', 'Fay', 'Gus', 'Hana', 'Ivan', 'Jade', 'Kofi', 'Lena'];
    const answer = await text(phone, `met ${people.slice(0, -1).join(', ')} and ${people.at(-1)} at the climbing gym`);
    expectTwoSegments(answer.reply);
    expect(answer.reply).toContain('2 more people were left out');
    expect(await namesOf(phone)).toEqual(people.slice(0, 10));
    expect(await pendingNudges(phone)).toBe(10);
  });
});

describe('people per user', () => {
  /** Gives the number `count` saved people straight in D1 (a first text creates the user). */
  async function withPeople(phone: string, count: number): Promise<void> {
    await text(phone, 'help');
    await env.DB.prepare(
      `WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ?)
       INSERT INTO people (user_id, name, name_key, met_at, updated_at)
       SELECT u.id, 'Seed ' || i, 'seed ' || i, ?, ? FROM n, users u WHERE u.phone = ?`,
    )
      .bind(count, CLOCKS.weekdayEvening - DAY, CLOCKS.weekdayEvening - DAY, phone)
      .run();
  }

  it(`at ${MAX_PEOPLE_PER_USER} people a new note saves no one, says why and how to make room, and keeps the note`, async () => {
    const phone = phoneNumber();
    await withPeople(phone, MAX_PEOPLE_PER_USER);
    const answer = await text(phone, 'Met Priya at the book club, loves sci-fi');
    expect(answer.reply).toBe(PEOPLE_FULL_TEXT);
    expect(answer.reply).toContain('2,000 people');
    expect(answer.reply).toContain('FORGET');
    expect((await namesOf(phone)).filter((name) => !name.startsWith('Seed '))).toEqual([]);
    expect(await looseNotes(phone)).toContain('Met Priya at the book club, loves sci-fi');
  }, 60_000);

  it('a card shared at the ceiling saves no one and says so; one below it saves one and says the rest were left out', async () => {
    const phone = phoneNumber();
    await withPeople(phone, MAX_PEOPLE_PER_USER - 1);
    const answer = await shareCards(phone, [card(['FN:Tara One']) + card(['FN:Uma Two']) + card(['FN:Vic Three'])]);
    expectTwoSegments(answer.reply);
    expect(answer.reply).toMatch(/^Saved Tara One\. 2 more cards were left out\. You now have 2,000 people saved/);
    expect((await namesOf(phone)).filter((name) => !name.startsWith('Seed '))).toEqual(['Tara One']);

    const full = await shareCards(phone, [card(['FN:Wes Four'])]);
    expect(full.reply).toBe(PEOPLE_FULL_TEXT);
    expect((await namesOf(phone)).filter((name) => !name.startsWith('Seed '))).toEqual(['Tara One']);
  }, 60_000);
});
