// Rows a text creates are found by later statements of its batch through a ref unique to the text, so texts from one
// number arriving together each file their note, plan and undo record under their own person.
import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { phoneNumber, text } from '../factories';

const NOTES = [
  'Met Ana Lopez at the climbing gym, loves bouldering',
  'Met Ben Okafor at the bbq, loves sourdough',
  'Met Carla Berg at the book club, loves sci-fi',
  'Met Dev Tanaka at the chess club, loves openings',
];

interface Filed {
  name: string;
  ref: string;
  note: string;
  nudges: number;
  undo: string;
}

async function filed(phone: string): Promise<Filed[]> {
  const rows = await env.DB.prepare(`SELECT p.name, p.ref, n.body AS note,
      (SELECT count(*) FROM nudges WHERE person_id = p.id AND state = 'pending') AS nudges,
      (SELECT revert FROM changes WHERE json_extract(revert, '$.deletePersonId') = p.id) AS undo
    FROM people p JOIN users u ON u.id = p.user_id JOIN notes n ON n.person_id = p.id WHERE u.phone = ? ORDER BY p.name`)
    .bind(phone)
    .all<Filed>();
  return rows.results;
}

describe('refs for rows a text creates', () => {
  it('four notes from one number at once: each person gets their own note, one pending nudge and an undo record', async () => {
    const from = phoneNumber();
    await text(from, 'help');
    const answers = await Promise.all(NOTES.map((note) => text(from, note)));
    for (const [index, answer] of answers.entries()) expect(answer.reply).toContain(NOTES[index]?.split(' ').slice(1, 3).join(' '));
    const rows = await filed(from);
    expect(rows.map((row) => row.name)).toEqual(['Ana Lopez', 'Ben Okafor', 'Carla Berg', 'Dev Tanaka']);
    for (const row of rows) {
      expect(row.note).toContain(row.name);
      expect(row.nudges).toBe(1);
      expect(row.undo).not.toBeNull();
      expect(row.ref).toMatch(/^\d+\.\d+$/);
    }
    expect(new Set(rows.map((row) => row.ref)).size).toBe(4);
  });

  it('UNDO after a capture deletes exactly the person that text created', async () => {
    const from = phoneNumber();
    await text(from, NOTES[0] ?? '');
    await text(from, NOTES[1] ?? '');
    expect((await text(from, 'undo')).reply).toBe('Undone: saved Ben Okafor.');
    expect((await filed(from)).map((row) => row.name)).toEqual(['Ana Lopez']);
  });
});
