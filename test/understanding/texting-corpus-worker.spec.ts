// Every line of the texting corpus (test/fixtures/texting.jsonl) through the Worker: the texts `before` it are sent
// first (or the question in brackets is brought about), then the line's text, and the answer and what is saved must
// fit its category. The clock is the corpus's: Tuesday 2026-12-01, 18:00 in New York.
import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import corpusText from '../fixtures/texting.jsonl?raw';
import { localParts } from '../../src/domain/time';
import { HOUR, phoneNumber, runCron, sentTo, setClock, text } from '../factories';
import { encoding, segments } from '../segments';
import { rowsOf } from '../support/rows';

interface Line {
  category: string;
  before: string[];
  text: string;
  expect: Record<string, unknown> & { understood_as: string };
}

const NOW = Date.UTC(2026, 11, 1, 23, 0);
/** Wednesday 2026-12-02, 10:00 in New York: when nudges about notes from the evening before go out. */
const NEXT_MORNING = Date.UTC(2026, 11, 2, 15, 0);
const lines: Line[] = corpusText
  .split('\n')
  .filter((line) => line.trim())
  .map((line) => JSON.parse(line) as Line);

interface Saved {
  id: number;
  name: string;
  met: string | null;
  interests: string;
  work: string;
  contacts: string;
}

async function peopleOf(phone: string): Promise<Saved[]> {
  return rowsOf<Saved>('people', phone, ['id', 'name', 'met', 'interests', 'work', 'contacts']);
}

async function notesOf(phone: string): Promise<{ body: string; person: string | null }[]> {
  const rows = await env.DB.prepare(
    'SELECT n.body, p.name AS person FROM notes n JOIN users u ON u.id = n.user_id LEFT JOIN people p ON p.id = n.person_id WHERE u.phone = ? ORDER BY n.id',
  )
    .bind(phone)
    .all<{ body: string; person: string | null }>();
  return rows.results;
}

/** A person's pending nudges (person ids are unique across users). */
async function pendingOf(personId: number): Promise<{ kind: string; due_at: number }[]> {
  const rows = await env.DB.prepare("SELECT kind, due_at FROM nudges WHERE person_id = ? AND state = 'pending'")
    .bind(personId)
    .all<{ kind: string; due_at: number }>();
  return rows.results;
}

/** The local day ("YYYY-MM-DD") and hour in New York of an instant. */
function localDay(at: number): { day: string; hour: number } {
  const parts = localParts(at, 'America/New_York');
  return { day: `${parts.year}-${String(parts.month).padStart(2, '0')}-${String(parts.day).padStart(2, '0')}`, hour: parts.hour };
}

/**
 * Sends the `before` texts. "(after Kindling asked: Which one? 1) Sarah (yoga) 2) Sarah (bakery))" is brought about:
 * both people saved, one nudge about both sent, and a bare SKIP that asks which one.
 */
async function setUp(from: string, before: readonly string[]): Promise<void> {
  setClock(NOW - 10 * 60_000);
  for (const body of before) {
    const asked = /^\(after Kindling asked: Which one\? (.*)\)$/.exec(body);
    if (!asked?.[1]) {
      await text(from, body);
      continue;
    }
    const labels = [...asked[1].matchAll(/\d\) (\S+) \(([^)]*)\)/g)];
    for (const [index, label] of labels.entries()) {
      const answer = await text(from, `Met ${label[1]} at ${label[2]}`);
      if (index > 0) {
        expect(answer.reply).toMatch(/Same person\?/);
        await text(from, 'new');
      }
    }
    await runCron(NEXT_MORNING);
    expect(await sentTo(from)).toHaveLength(1);
    setClock(NEXT_MORNING + HOUR);
    const which = await text(from, 'skip');
    expect(which.reply).toMatch(new RegExp(`^Which one\\? 1\\) ${labels[0]?.[1]} \\(${labels[0]?.[2]}\\) 2\\) ${labels[1]?.[1]} \\(${labels[1]?.[2]}\\)`));
  }
  if (!before.some((body) => body.startsWith('('))) setClock(NOW);
}

const named = (people: readonly Saved[]) => people.map((person) => person.name);

describe('the texting corpus, through the Worker', () => {
  it.each(lines.map((line) => [line.category, line.text, line] as const))('%s: %s', async (_category, body, line) => {
    const from = phoneNumber();
    await setUp(from, line.before);
    const before = await peopleOf(from);
    const sentBefore = (await sentTo(from)).length;
    const plannedBefore = await Promise.all(before.map((person) => pendingOf(person.id)));
    const answer = await text(from, body);
    const reply = answer.reply ?? '';
    const after = await peopleOf(from);
    const want = line.expect;
    const about = (name: string) => after.find((person) => person.name === name);
    const context = `reply: ${reply}\npeople: ${JSON.stringify(named(after))}`;

    expect(answer.status, context).toBe(200);
    expect(reply, context).not.toBe('');
    expect(encoding(reply), context).toBe('GSM-7');
    expect(segments(reply), context).toBeLessThanOrEqual(2);
    expect(reply, context).not.toMatch(/Who was it/i);
    expect((await sentTo(from)).length, 'no text besides the reply').toBe(sentBefore);

    switch (line.category) {
      case 'two-people':
      case 'lowercase-and-slang': {
        const people = want.people as { name: string; contacts?: { phone?: string } }[];
        expect(named(after), context).toEqual(people.map((person) => person.name));
        for (const person of people) {
          if (person.contacts?.phone) expect(about(person.name)?.contacts, context).toContain(person.contacts.phone);
        }
        expect(reply, context).toMatch(/Saved/);
        break;
      }
      case 'chatter':
        expect(after, context).toEqual(before);
        break;
      case 'correction': {
        if (want.understood_as === 'rename') {
          expect(named(after), context).toEqual([want.to]);
          expect(reply, context).toContain(String(want.to));
        } else if (want.understood_as === 'correct-contact') {
          const contacts = want.contacts as { email: string };
          expect(about(String(want.person))?.contacts, context).toContain(contacts.email);
          expect(about(String(want.person))?.contacts, context).not.toContain('"hana@example.com"');
        } else if (want.understood_as === 'correct-detail') {
          const saved = JSON.stringify([about(String(want.person))?.interests, about(String(want.person))?.work]).toLowerCase();
          expect(saved, context).toMatch(/chicago/);
          expect(saved, context).not.toMatch(/berlin/);
        } else {
          // "no thats a different carla" after "same person?": the second note is a second Carla
          expect(named(after), context).toEqual(['Carla', 'Carla']);
          expect(
            after.map((person) => person.met),
            context,
          ).toEqual(['yoga', 'bakery']);
        }
        break;
      }
      case 'question': {
        expect(after, context).toEqual(before);
        const answers: Record<string, RegExp> = {
          'ask-draft': /chess|blitz/i,
          'ask-activity': /dog/i,
          'ask-next': /^Next up: Ivan/,
          'ask-agenda': /Ivan.*Zoe|Zoe.*Ivan/,
          who: /\+12125550166/,
        };
        expect(reply, context).toMatch(answers[want.understood_as] ?? /$^/);
        break;
      }
      case 'mute-vs-forget': {
        const gus = about('Gus');
        expect(named(after), context).toEqual(['Gus']);
        if (want.understood_as === 'mute') {
          expect(reply, context).toMatch(/Gus/);
          expect(await pendingOf(gus?.id ?? 0)).toEqual([]);
          expect(
            (await notesOf(from)).filter((note) => note.person === 'Gus'),
            context,
          ).toHaveLength(1);
        } else {
          expect(reply, context).toMatch(/Erase Gus .*can't be undone/);
        }
        break;
      }
      case 'explicit-reminder': {
        expect(named(after), context).toEqual(named(before));
        if (want.person === null) {
          expect(reply, context).not.toMatch(/Landlord/);
          break;
        }
        const [planned] = await pendingOf(about(String(want.person))?.id ?? 0);
        const at = localDay(planned?.due_at ?? 0);
        const expected = String(want.at).startsWith('tomorrow') ? { day: '2026-12-02', hour: 17 } : { day: '2026-12-08', hour: 10 };
        expect(at, context).toEqual(expected);
        expect(reply, context).toMatch(new RegExp(String(want.person)));
        break;
      }
      case 'plans': {
        expect(named(after), context).toEqual(['Ada']);
        expect(reply, context).toMatch(/Ada|lunch|jam|another time/i);
        const [planned] = await pendingOf(about('Ada')?.id ?? 0);
        if (want.understood_as === 'plan')
          expect({ kind: planned?.kind, day: localDay(planned?.due_at ?? 0).day }, context).toEqual({ kind: 'plan-follow-up', day: '2026-12-04' });
        if (want.understood_as === 'invite')
          expect({ kind: planned?.kind, day: localDay(planned?.due_at ?? 0).day }, context).toEqual({ kind: 'plan-follow-up', day: '2026-12-06' });
        if (want.understood_as === 'update') expect(reply, context).not.toMatch(/should have|too bad|shame/i);
        expect(
          (await notesOf(from)).filter((note) => note.person === 'Ada').map((note) => note.body),
          context,
        ).toContain(body);
        break;
      }
      case 'their-news':
      case 'shared-space': {
        const person = String(want.person);
        expect(named(after), context).toEqual([person]);
        // "i see rafi every saturday at the pool anyway" may be answered about the place alone
        expect(reply, context).toMatch(new RegExp(line.category === 'shared-space' ? `${person}|pool` : person));
        expect(
          (await notesOf(from)).filter((note) => note.person === person).map((note) => note.body),
          context,
        ).toContain(body);
        break;
      }
      case 'typos': {
        expect(named(after), context).toEqual(['Ines']);
        expect(reply, context).toMatch(want.understood_as === 'who' ? /^Ines: met at climbing gym/ : /^Nothing's due yet\. Next up: Ines, /);
        break;
      }
      case 'pick': {
        // the SKIP asked which one: the answer skips that Sarah's nudge
        expect(named(after), context).toEqual(['Sarah', 'Sarah']);
        const choice = Number(want.choice) - 1;
        expect(reply, context).toMatch(/Sarah/);
        expect(reply, context).not.toMatch(/Which one/);
        // the two have different next steps (say hi at yoga, get the number at the bakery): the reply states the chosen one's
        const [next] = await pendingOf(after[choice]?.id ?? 0);
        const [other] = await pendingOf(after[1 - choice]?.id ?? 0);
        const phrase: Record<string, RegExp> = { 'say-hi': /say hi/, 'get-contact': /get (?:their|a|her|his|\w+'s) number/ };
        expect(next?.kind, context).not.toBe(other?.kind);
        expect(reply, context).toMatch(phrase[next?.kind ?? ''] ?? /$^/);
        expect(other ? [other] : [], context).toEqual(plannedBefore[1 - choice]);
        break;
      }
      case 'other-language': {
        // the line's own expectation: understood (Lucía, café, salsa), or kept with one line
        expect(named(after), context).toEqual(['Lucía']);
        expect(reply, context).toMatch(/Luc[ií]a/);
        expect(
          (await notesOf(from)).map((note) => note.body),
          context,
        ).toContain(body);
        break;
      }
      case 'mixed': {
        expect(named(after), context).toEqual(['Ines']);
        expect(reply, context).toMatch(/climb/i);
        const [planned] = await pendingOf(about('Ines')?.id ?? 0);
        expect({ kind: planned?.kind, day: localDay(planned?.due_at ?? 0).day }, context).toEqual({ kind: 'plan-follow-up', day: '2026-12-06' });
        break;
      }
      default:
        throw new Error(`no check for the category ${line.category}`);
    }
  });
});
