// Bad input through the Worker: each gets a short clear reply or an empty Response, never a 5xx, nothing lost.
import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { segments } from '../segments';
import { phoneNumber, text } from '../factories';

const LONG_NOTE =
  `Met Olivia Chen at the PTA meeting, marketing at Spotify, wants to start a parents' hiking group. ${'She told me about the trails near the lake, the school fundraiser, her kids, and the bakery on Main. '.repeat(16)}`.slice(
    0,
    1600,
  );

async function storedBodies(phone: string): Promise<string[]> {
  const rows = await env.DB.prepare('SELECT body FROM inbound WHERE phone = ? ORDER BY id').bind(phone).all();
  return rows.results.map((row) => String(row.body));
}

describe('bad input', () => {
  it.each([
    ['an empty text', '', '0', /empty/],
    ['whitespace only', '   \n  ', '0', /empty/],
    ['a picture with no words', '', '1', /pictures/],
  ])('%s gets a short clear reply', async (_label, body, numMedia, expected) => {
    const from = phoneNumber();
    const answer = await text(from, body, { NumMedia: numMedia });
    expect(answer.status).toBe(200);
    expect(answer.reply).toMatch(expected);
    expect(segments(answer.reply ?? '')).toBeLessThanOrEqual(2);
  });

  it.each([
    ['a 1,600-character note', LONG_NOTE, /Olivia/],
    ['emoji', 'Met Zoe 🎉 at the climbing gym 🧗‍♀️ loves bouldering 💪', /Zoe/],
    ['another script', '在咖啡店认识了李明，他喜欢爬山', /.+/],
    ['Arabic', 'قابلت أحمد في النادي، يحب كرة القدم', /.+/],
    ['markup', 'Met <b>Rosa</b> at the <Message>gallery</Message> & she paints', /Rosa|Who was it/],
    ['SQL-looking text', "Met Robert'); DROP TABLE people;-- at the hackathon", /Robert|Who was it/],
    ['an unknown command', 'frobnicate the widgets', /.+/],
  ])('%s gets a reply, is stored as sent, and breaks nothing', async (_label, body, expected) => {
    const from = phoneNumber();
    const answer = await text(from, body);
    expect(answer.status).toBe(200);
    expect(answer.contentType).toMatch(/text\/xml/);
    expect(answer.reply).toMatch(expected);
    // the TwiML holds exactly one Message element: user text cannot inject markup
    expect(answer.twiml.match(/<Message>/g)?.length).toBe(1);
    expect(segments(answer.reply ?? '')).toBeLessThanOrEqual(2);
    expect(await storedBodies(from)).toEqual([body]);
    const tables = await env.DB.prepare("SELECT count(*) AS n FROM sqlite_master WHERE type = 'table' AND name = 'people'").first<{ n: number }>();
    expect(tables?.n).toBe(1);
  });

  it('a 1,600-character note keeps every character in its note', async () => {
    const from = phoneNumber();
    await text(from, LONG_NOTE);
    const note = await env.DB.prepare('SELECT n.body FROM notes n JOIN users u ON u.id = n.user_id WHERE u.phone = ?').bind(from).first<{ body: string }>();
    expect(note?.body).toBe(LONG_NOTE);
    expect(note?.body.length).toBe(1600);
  });
});
