// What real texting still got wrong through the Worker: "a different carla" with no question open, command typos before
// and after the first nudge, and UNDO after one text that saved several people. Each test runs on a fixed clock.
import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { CLOCKS, DAY, HOUR, phoneNumber, runCron, sentTo, setClock, text } from '../factories';
import { encoding, segments } from '../segments';
import { rowsOf } from '../support/rows';

const INES = 'Met Ines at the climbing gym, loves bouldering, 917-555-0190';
/** Thursday 2026-03-05, 10:00 in New York: when the first nudge about a note from the evening before is due. */
const FIRST_NUDGE = CLOCKS.weekdayEvening + 15 * HOUR + 30 * 60_000;

interface SavedPerson {
  id: number;
  name: string;
  met: string | null;
  interests: string;
}

async function peopleOf(phone: string): Promise<SavedPerson[]> {
  return rowsOf<SavedPerson>('people', phone, ['id', 'name', 'met', 'interests']);
}

async function notesOf(phone: string, personId: number): Promise<string[]> {
  const rows = await env.DB.prepare('SELECT n.body FROM notes n JOIN users u ON u.id = n.user_id WHERE u.phone = ? AND n.person_id = ? ORDER BY n.id')
    .bind(phone, personId)
    .all<{ body: string }>();
  return rows.results.map((row) => row.body);
}

async function pendingNudgeOf(phone: string, name: string): Promise<{ kind: string; due_at: number } | null> {
  const row = await env.DB.prepare(
    "SELECT n.kind, n.due_at FROM nudges n JOIN people p ON p.id = n.person_id JOIN users u ON u.id = n.user_id WHERE u.phone = ? AND p.name = ? AND n.state = 'pending'",
  )
    .bind(phone, name)
    .first<{ kind: string; due_at: number }>();
  return row ?? null;
}

/** The state of the nudge that went out. */
async function stateOfSent(phone: string): Promise<string | null> {
  const row = await env.DB.prepare('SELECT n.state FROM nudges n JOIN users u ON u.id = n.user_id WHERE u.phone = ? AND n.outbound_id IS NOT NULL')
    .bind(phone)
    .first<{ state: string }>();
  return row?.state ?? null;
}

function setClockTo(at: number): number {
  setClock(at);
  return at;
}

function expectPlain(reply: string | null): void {
  expect(reply).not.toBeNull();
  expect(encoding(reply ?? '')).toBe('GSM-7');
  expect(segments(reply ?? '')).toBeLessThanOrEqual(2);
}

describe('"no thats a different carla"', () => {
  it('with no question open, splits the note just added to Carla off into a new Carla', async () => {
    const from = phoneNumber();
    await text(from, 'Met Carla at yoga');
    const added = await text(from, 'Carla: makes sourdough at the bakery');
    expect(added.reply).toMatch(/Added to Carla's notes/);
    const answer = await text(from, 'no thats a different carla');
    expectPlain(answer.reply);
    expect(answer.reply).not.toMatch(/Who was it/);
    expect(answer.reply).toMatch(/Carla/);
    const [yoga, bakery] = await peopleOf(from);
    expect([yoga?.name, bakery?.name]).toEqual(['Carla', 'Carla']);
    expect(yoga?.met).toBe('yoga');
    expect(yoga?.interests).not.toMatch(/sourdough/);
    expect(await notesOf(from, yoga?.id ?? 0)).toEqual(['Met Carla at yoga']);
    expect(await notesOf(from, bakery?.id ?? 0)).toEqual(['Carla: makes sourdough at the bakery']);
    expect(await pendingNudgeOf(from, 'Carla')).not.toBeNull();
  });

  it('after SAME filed a note under Carla, splits it off too', async () => {
    const from = phoneNumber();
    await text(from, 'Met Carla at yoga');
    expect((await text(from, 'Met Carla at the bakery, makes sourdough')).reply).toMatch(/Same person\?/);
    await text(from, 'same');
    const answer = await text(from, 'wait no, thats a different carla');
    expect(answer.reply).not.toMatch(/Who was it/);
    const people = await peopleOf(from);
    expect(people.map((person) => person.met)).toEqual(['yoga', 'bakery']);
    expect(await notesOf(from, people[1]?.id ?? 0)).toEqual(['Met Carla at the bakery, makes sourdough']);
  });

  it('answering "same person?" saves the note as a new Carla', async () => {
    const from = phoneNumber();
    await text(from, 'Met Carla at yoga');
    await text(from, 'Met Carla at the bakery, makes sourdough');
    const answer = await text(from, 'no thats a different carla');
    expect(answer.reply).toMatch(/^Saved Carla \(bakery\)/);
    expect((await peopleOf(from)).map((person) => person.met)).toEqual(['yoga', 'bakery']);
  });

  it('with nothing to split off, asks one short question instead of "who was it?"', async () => {
    const from = phoneNumber();
    await text(from, 'Met Carla at yoga');
    const answer = await text(from, 'thats a different carla');
    expectPlain(answer.reply);
    expect(answer.reply).not.toMatch(/Who was it/);
    expect(answer.reply).toMatch(/other Carla/);
    expect((await peopleOf(from)).map((person) => person.name)).toEqual(['Carla']);
  });
});

describe('command typos', () => {
  it.each(['snoze 2 days', 'dnoe', 'skp', 'snooze 3 dys', 'skippp', 'dooone', 'sn00ze 2 days'])(
    '"%s" before any nudge went out says nothing is due yet and what is next',
    async (body) => {
      const from = phoneNumber();
      await text(from, INES);
      setClock(CLOCKS.weekdayEvening + 2 * HOUR);
      const answer = await text(from, body);
      expectPlain(answer.reply);
      expect(answer.reply).toMatch(/^Nothing's due yet\. Next up: Ines, tomorrow at 10am\./);
      expect(answer.reply).toMatch(/INES/);
      expect(answer.reply).not.toMatch(/Who was it|Snoze|Dnoe|Skp|Dooone/i);
      expect((await peopleOf(from)).map((person) => person.name)).toEqual(['Ines']);
    },
  );

  it('"skp" with two people saved and nothing sent names the next one due', async () => {
    const from = phoneNumber();
    await text(from, INES);
    setClock(CLOCKS.weekdayEvening + 4 * DAY);
    await text(from, 'Met Ben at the bbq, loves sourdough');
    const answer = await text(from, 'skp');
    expect(answer.reply).toMatch(/^Nothing's due yet\. Next up: (?:Ines|Ben)/);
    expect((await peopleOf(from)).map((person) => person.name)).toEqual(['Ines', 'Ben']);
  });

  it('"skippp" while "who was it?" is open is not taken as the name', async () => {
    const from = phoneNumber();
    await text(from, INES);
    expect((await text(from, 'met someone at the bbq, into jazz, works at a bank')).reply).toMatch(/Who was it/);
    const answer = await text(from, 'skippp');
    expect(answer.reply).toMatch(/^Nothing's due yet/);
    expect((await peopleOf(from)).map((person) => person.name)).toEqual(['Ines']);
  });

  it('"snooze 2 wekks" after the first nudge moves it two weeks', async () => {
    const from = phoneNumber();
    await text(from, INES);
    await runCron(FIRST_NUDGE);
    const at = setClockTo(FIRST_NUDGE + HOUR);
    expect((await text(from, 'snooze 2 wekks')).reply).toMatch(/Ines/);
    const after = await pendingNudgeOf(from, 'Ines');
    expect(after?.due_at).toBeGreaterThan(at + 13 * DAY);
    expect(after?.due_at).toBeLessThan(at + 15 * DAY);
  });

  it('"done w maya" before any nudge marks Maya done', async () => {
    const from = phoneNumber();
    await text(from, 'Met Maya at the pottery class, 917-555-0111');
    await text(from, INES);
    const answer = await text(from, 'done w maya');
    expect(answer.reply).toMatch(/Maya/);
    expect(answer.reply).not.toMatch(/Nothing's due|Ines/);
  });

  it('"dnoe" with nobody saved says so, and saves no one', async () => {
    const from = phoneNumber();
    const answer = await text(from, 'dnoe');
    expectPlain(answer.reply);
    expect(answer.reply).not.toMatch(/Who was it/);
    expect(await peopleOf(from)).toEqual([]);
  });

  it.each(['snoze 2 days', 'snooze 3 dys', 'snoze 3 dyas', 'sn00ze 2 days', 'skp', 'skippp', 'dnoe', 'dooone'])(
    '"%s" after the first nudge acts on it',
    async (body) => {
      const from = phoneNumber();
      await text(from, INES);
      await runCron(FIRST_NUDGE);
      expect(await sentTo(from)).toHaveLength(1);
      const at = setClockTo(FIRST_NUDGE + HOUR);
      const before = await pendingNudgeOf(from, 'Ines');
      const answer = await text(from, body);
      expectPlain(answer.reply);
      expect(answer.reply).toMatch(/Ines/);
      expect(answer.reply).not.toMatch(/Who was it|Nothing's due/);
      const after = await pendingNudgeOf(from, 'Ines');
      if (body.startsWith('sn')) {
        const days = body.includes('3') ? 3 : 2;
        expect(after?.due_at).toBeGreaterThan(at + (days - 1) * DAY);
        expect(after?.due_at).toBeLessThan(at + (days + 1) * DAY);
      } else if (body.startsWith('sk')) {
        expect(after?.due_at).not.toBe(before?.due_at);
      } else {
        expect(await stateOfSent(from)).toBe('done');
      }
      expect((await peopleOf(from)).map((person) => person.name)).toEqual(['Ines']);
    },
  );
});

describe('UNDO after one text saved several people', () => {
  it('"met jake and priya at marcos bday" then UNDO removes both and says so', async () => {
    const from = phoneNumber();
    await text(from, 'Met Ben at the bbq, loves sourdough');
    const saved = await text(from, 'met jake and priya at marcos bday');
    expect(saved.reply).toMatch(/Saved Jake and Priya/);
    const undone = await text(from, 'undo');
    expectPlain(undone.reply);
    expect(undone.reply).toMatch(/^Undone: saved Jake and Priya\.$/);
    expect((await peopleOf(from)).map((person) => person.name)).toEqual(['Ben']);
    const left = await env.DB.prepare("SELECT count(*) AS n FROM notes n JOIN users u ON u.id = n.user_id WHERE u.phone = ? AND n.body LIKE '%priya%'")
      .bind(from)
      .first<{ n: number }>();
    expect(left?.n).toBe(0);
    const again = await text(from, 'undo');
    expect(again.reply).toMatch(/^Undone: saved Ben\.$/);
    expect(await peopleOf(from)).toEqual([]);
  });
});

describe('texts that name no one new: a trip, a past tense, a fix announced by a noun', () => {
  it('"Drove through Regina and Victoria" and "Took the boat out" save no one', async () => {
    const from = phoneNumber();
    await text(from, 'Drove through Regina and Victoria on our trip to see the grandkids. Beautiful country.');
    await text(from, 'Took the boat out, the Marlene handled the swell beautifully');
    expect(await peopleOf(from)).toEqual([]);
  });

  it('"Met Jo and Bella at the park, Bella is her dog" saves only Jo', async () => {
    const from = phoneNumber();
    await text(from, 'Met Jo and Bella at the park, Bella is her dog');
    expect((await peopleOf(from)).map((person) => person.name)).toEqual(['Jo']);
  });

  it('"Mistake: Bohdana works in HSBC, not Barclays" puts the detail right on Bohdana', async () => {
    const from = phoneNumber();
    await text(from, 'Met Bohdana at the Ukrainian centre, she works in Barclays');
    const answer = await text(from, 'Mistake: Bohdana works in HSBC, not Barclays');
    expect(answer.reply).not.toMatch(/Saved Mistake/);
    expect((await peopleOf(from)).map((person) => person.name)).toEqual(['Bohdana']);
    expect((await text(from, 'who is bohdana')).reply).toMatch(/HSBC/);
  });
});

describe('taking back a saved person, and news of where one is now', () => {
  it('"ugh ignore the rosalind one, i was thinking of someone else" asks to erase Rosalind; YES erases only her', async () => {
    const from = phoneNumber();
    await text(from, "met rosalind at the office party, she's in marketing");
    await text(from, 'met tavi from accounting');
    const asked = await text(from, 'ugh ignore the rosalind one, i was thinking of someone else');
    expect(asked.reply).toMatch(/Erase Rosalind/);
    await text(from, 'yes');
    expect((await peopleOf(from)).map((person) => person.name)).toEqual(['Tavi']);
  });

  it('"parisa -> now at anthropic, left datadog" goes on Parisa, with no "same person?" and no company saved', async () => {
    const from = phoneNumber();
    await text(from, 'Met Parisa at KubeCon, SRE @ Datadog');
    await text(from, 'Met Wendell at KubeCon, Cloudflare');
    const news = await text(from, 'parisa -> now at anthropic, left datadog');
    expect(news.reply).not.toMatch(/Same person/);
    expect((await peopleOf(from)).map((person) => person.name)).toEqual(['Parisa', 'Wendell']);
    expect((await text(from, 'who is parisa')).reply).toMatch(/anthropic/i);
  });
});
