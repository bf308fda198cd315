// FORGET through the Worker takes the person out of everyone else's records too (details, ties, notes), and the
// confirmation says exactly what went.
import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { advanceClock, allRows, CLOCKS, phoneNumber, setClock, text as textNow } from '../factories';

/** A text two minutes after the one before: well inside the reply limit. */
function text(from: string, body: string) {
  advanceClock(2 * 60_000);
  return textNow(from, body);
}

describe('FORGET and the people who mention them', () => {
  it('after "forget Zorblat" + YES, Jake keeps his notes but no longer names Zorblat anywhere, and the reply says so', async () => {
    setClock(CLOCKS.weekdayEvening);
    const from = phoneNumber();
    await text(from, 'Met Zorblat at the chess club, he teaches history');
    await text(from, 'Zorblat: his kid plays the cello');
    await text(from, "Met Jake through Zorblat, he is Zorblat's brother, loves sailing");
    await text(from, 'Jake: went sailing with Zorblat and his kids');
    // three newer notes about Jake: the oldest, naming Zorblat, is beyond the notes WHO IS loads
    for (const note of ['Jake: likes jazz', 'Jake: has a dog named Pixel', 'Jake: moving flats soon']) await text(from, note);
    await text(from, 'Met Mia at the bakery, loves sourdough');
    expect((await text(from, 'who is Jake?')).reply).toMatch(/Zorblat/);

    // the playbook's "bring them together" for Jake and Zorblat, as it would have planned it
    const pair = JSON.stringify({ pair: { name: 'Zorblat', shared: 'sailing' } });
    const jakeDue = await env.DB.prepare(
      "UPDATE nudges SET kind = 'bring-together', detail = ? WHERE state = 'pending' AND person_id = (SELECT p.id FROM people p JOIN users u ON u.id = p.user_id WHERE u.phone = ? AND p.name = 'Jake') RETURNING due_at",
    )
      .bind(pair, from)
      .first<{ due_at: number }>();
    expect(jakeDue).not.toBeNull();

    expect((await text(from, 'forget Zorblat')).reply).toMatch(/Erase Zorblat/);
    const answer = await text(from, 'yes');
    expect(answer.reply).toBe("Forgot Zorblat and their 2 notes, and took their name out of what I have on Jake. That can't be undone.");

    const who = (await text(from, 'who is Jake?')).reply ?? '';
    expect(who).toMatch(/sailing/);
    expect(who).not.toMatch(/zorblat/i);
    for (const table of ['people', 'notes', 'nudges', 'inbound', 'outbound', 'changes']) {
      expect(JSON.stringify(await allRows(table))).not.toMatch(/zorblat/i);
    }
    const notes = (await allRows('notes')).map((row) => row.body);
    expect(notes).toContain("Met Jake through a friend, he is a friend's brother, loves sailing");
    expect(notes).toContain('Jake: went sailing with a friend and his kids');
    // Jake's plan goes on: a check-in at the time the pair nudge had
    const jakeNudges = await env.DB.prepare(
      "SELECT n.kind, n.due_at FROM nudges n JOIN people p ON p.id = n.person_id WHERE p.name = 'Jake' AND n.state = 'pending' AND p.user_id = (SELECT id FROM users WHERE phone = ?)",
    )
      .bind(from)
      .all<{ kind: string; due_at: number }>();
    expect(jakeNudges.results).toEqual([{ kind: 'check-in', due_at: jakeDue?.due_at }]);
    expect((await text(from, 'who is Mia?')).reply).toMatch(/bakery/);
    // nothing to undo: UNDO brings back neither Zorblat nor the mentions
    await text(from, 'undo');
    expect(JSON.stringify(await allRows('people'))).not.toMatch(/zorblat/i);
  });

  it('a forgotten person nobody else mentions: the reply says only what went', async () => {
    setClock(CLOCKS.weekdayEvening);
    const from = phoneNumber();
    await text(from, 'Met Quorra at the climbing gym, loves bouldering');
    await text(from, 'Met Tom at the bbq');
    await text(from, 'forget Quorra');
    expect((await text(from, 'yes')).reply).toBe("Forgot Quorra and their 1 note. That can't be undone.");
    expect((await text(from, 'who is Tom?')).reply).toMatch(/bbq/);
  });
});
