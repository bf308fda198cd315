// The texting-v2 corpus (written outside the team) replayed through the Worker, one fresh number per case, scored the
// way the outside suite scores it: LIST and WHO IS afterwards. Shared by the tuned third's test and the measured
// third's (two files, so the two run side by side).
import { post, smsParams, twilioPost } from '../factories';
import { namesListed } from './list-reply';

export interface Case {
  id: string;
  category: string;
  country: string;
  before: string[];
  text: string;
  expect: {
    people_after: string[];
    not_people?: string[];
    details?: Record<string, string[]>;
    phone?: Record<string, string>;
    reply_must_not?: string[];
  };
}

/** Tuesday 2026-12-01, 18:00 in New York: the older corpus's clock. */
const NOW = Date.UTC(2026, 11, 1, 23, 0);
/**
 * Floors: just under the latest score (2026-12-07, main, a listed full name standing for the corpus's first name: tuned
 * 170/175 = 97.1%, measured 53/79 = 67.1%; with exact names 167/175 and 52/79; before that 92.6% and 64.6%, 76.0% and
 * 55.7%, then 70.9% and 57.0%, baseline 45.7% and 40.5%).
 */
export const FLOOR = { tuned: 0.97, measured: 0.68, dev: 0.9, dev4: 0.87 } as const;

export const casesOf = (raw: string): Case[] =>
  raw
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as Case);

let serial = 0;
/** A fresh mobile number in the case's country, in a range libphonenumber's metadata places there ("+447700 9xxxxx" is in none). */
function numberIn(country: string): string {
  serial += 1;
  // distinct for every case of a run (7919 is prime to 10^digits) and the same on every run: no wall clock, no dice
  const tail = (digits: number) => String((serial * 7919) % 10 ** digits).padStart(digits, '0');
  switch (country) {
    case 'CA':
      return `+1416${2 + (serial % 8)}${tail(6)}`;
    case 'GB':
      return `+4477001${tail(5)}`;
    case 'AU':
      return `+6141${tail(7)}`;
    case 'IE':
      return `+35387${tail(7)}`;
    case 'MX':
      return `+5255${tail(8)}`;
    case 'ES':
      return `+346${tail(8)}`;
    default:
      return `+1312${tail(7)}`;
  }
}

/** Lower case, accents folded. */
const fold = (value: string) => value.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().trim();

/** Why a case is wrong, or null when it is right. */
async function replay(line: Case): Promise<string | null> {
  const from = numberIn(line.country);
  // the texts before come a few minutes apart; LIST and WHO IS half a minute apart, under the reply limit
  let at = NOW - (line.before.length + 1) * 3 * 60_000;
  const text = async (to: string, body: string) => {
    at = Math.max(at + 30_000, body === line.text ? NOW : at);
    const request = twilioPost('/twilio/sms', smsParams({ From: to, Body: body }));
    request.headers.set('x-kindling-simulated-now', String(at));
    return post(request);
  };
  const replies: string[] = [];
  for (const body of line.before) {
    replies.push((await text(from, body)).reply ?? '');
    at += 150_000;
  }
  const answer = await text(from, line.text);
  replies.push(answer.reply ?? '');
  const want = line.expect;
  const problems: string[] = [];
  const list = (await text(from, 'LIST')).reply ?? '';
  const names = namesListed(list);
  const got = new Set(names.map(fold));
  const expected = new Set(want.people_after.map(fold));
  if (!samePeople([...got], [...expected])) problems.push(`people ${JSON.stringify(names)} want ${JSON.stringify(want.people_after)}`);
  for (const word of want.not_people ?? []) if (got.has(fold(word)) && !expected.has(fold(word))) problems.push(`${word} became a person`);
  const asked = new Set([...Object.keys(want.details ?? {}), ...Object.keys(want.phone ?? {})]);
  for (const name of asked) {
    const who = (await text(from, `WHO IS ${name}?`)).reply ?? '';
    const keywords = want.details?.[name] ?? [];
    const found = keywords.filter((word) => fold(who).includes(fold(word)));
    if (found.length * 2 < keywords.length) problems.push(`WHO IS ${name} lacks ${JSON.stringify(keywords.filter((w) => !found.includes(w)))}: ${who}`);
    const phone = want.phone?.[name];
    if (phone && !who.replace(/\D/g, '').includes(phone.replace(/\D/g, ''))) problems.push(`WHO IS ${name} lacks ${phone}: ${who}`);
  }
  for (const banned of want.reply_must_not ?? [])
    if (replies.some((reply) => fold(reply).includes(fold(banned)))) problems.push(`a reply says "${banned}": ${replies.at(-1)}`);
  if (problems.length === 0) return null;
  return `${problems.join('; ')}\n    text: ${line.text}\n    reply: ${answer.reply}`;
}

/**
 * The corpus names people as one refers to them ("Renata" for a note about "Renata Kovacs"); LIST keeps the name the
 * user wrote. A listed full name stands for the expected first name; each expected person is matched once.
 */
function samePeople(listed: string[], expected: string[]): boolean {
  if (listed.length !== expected.length) return false;
  const left = [...listed];
  for (const name of expected) {
    const at = left.findIndex((candidate) => candidate === name) ?? -1;
    const index = at >= 0 ? at : name.includes(' ') ? -1 : left.findIndex((candidate) => candidate.split(' ')[0] === name);
    if (index < 0) return false;
    left.splice(index, 1);
  }
  return true;
}

/** Replays every case of a third and prints the table by category; the failing cases only when `explain`. */
export async function score(third: keyof typeof FLOOR, cases: Case[], explain: boolean): Promise<number> {
  const table = new Map<string, { right: number; total: number }>();
  const failures: string[] = [];
  const verdicts = new Map<string, string | null>();
  // a few cases at a time: each has its own number and its own clock
  const queue = [...cases];
  await Promise.all(
    Array.from({ length: 4 }, async () => {
      for (let line = queue.shift(); line; line = queue.shift()) verdicts.set(line.id, await replay(line));
    }),
  );
  for (const line of cases) {
    const why = verdicts.get(line.id) ?? null;
    const row = table.get(line.category) ?? { right: 0, total: 0 };
    row.total += 1;
    if (why === null) row.right += 1;
    else if (explain) failures.push(`${line.id} (${line.category}): ${why}`);
    table.set(line.category, row);
  }
  const right = [...table.values()].reduce((sum, row) => sum + row.right, 0);
  const rows = [...table.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(
      ([category, row]) =>
        `  ${category.padEnd(18)} ${String(row.right).padStart(3)}/${String(row.total).padEnd(3)} ${Math.round((100 * row.right) / row.total)}%`,
    );
  const summary = `texting-v2 ${third}: ${right}/${cases.length} (${((100 * right) / cases.length).toFixed(1)}%)\n${rows.join('\n')}`;
  console.log(explain && failures.length ? `${summary}\nfailing:\n${failures.join('\n')}` : summary);
  return right / cases.length;
}
