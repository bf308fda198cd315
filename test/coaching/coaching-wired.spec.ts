// The coaching of issue 13 through the Worker: what the user reports (a plan, a cancellation, their news, a place they
// cross paths, a move, a second person who shares an interest) is stored on the person and shapes the texts the cron
// sends. Fixed clock: Wednesday 2026-03-04, 18:30 in New York; the cron is stepped hourly through the user's days.
import { env } from 'cloudflare:workers';
import { describe, expect, it, vi } from 'vitest';
import { DAY, HOUR, nextNudge, phoneNumber, setClock, text } from '../factories';
import { segments } from '../segments';

// days of hourly cron runs per test: on a loaded machine one takes longer than the default 5 s
vi.setConfig({ testTimeout: 60_000 });

const START = Date.UTC(2026, 2, 4, 23, 30);

async function personRow(phone: string, name: string): Promise<Record<string, unknown>> {
  const row = await env.DB.prepare('SELECT p.* FROM people p JOIN users u ON u.id = p.user_id WHERE u.phone = ? AND p.name = ?').bind(phone, name).first();
  if (!row) throw new Error(`${name} not saved`);
  return row;
}

async function pendingOf(phone: string, name: string): Promise<{ kind: string; due_at: number; detail: string }[]> {
  const rows = await env.DB.prepare(
    "SELECT n.kind, n.due_at, n.detail FROM nudges n JOIN people p ON p.id = n.person_id JOIN users u ON u.id = n.user_id WHERE u.phone = ? AND p.name = ? AND n.state = 'pending'",
  )
    .bind(phone, name)
    .all<{ kind: string; due_at: number; detail: string }>();
  return rows.results;
}

/** The hour of an instant in New York. */
function nyHour(at: number): number {
  return Number(new Intl.DateTimeFormat('en-US', { timeZone: 'America/New_York', hour: 'numeric', hourCycle: 'h23' }).format(at));
}

describe('a plan is followed up, not replaced by another suggestion', () => {
  it('"he said yes to coffee on saturday!!" stores the plan; the day after, "how was coffee"; the answer paces what follows', async () => {
    const phone = phoneNumber();
    setClock(START);
    await text(phone, 'Met Omar at the climbing gym, into bouldering, 917-555-0101');
    setClock(START + HOUR);
    const noted = await text(phone, 'he said yes to coffee on saturday!!');
    expect(noted.reply).toMatch(/^Enjoy coffee! I'll ask how it went Sunday at 10am\.$/);
    expect(JSON.parse(String((await personRow(phone, 'Omar')).plans))).toEqual([{ what: 'coffee', at: expect.any(Number) }]);
    expect((await personRow(phone, 'Omar')).warmth).toBe('warm');

    // nothing else about Omar comes before the plan's follow-up: the first follow-up is not needed any more
    const { text: followUp, at } = await nextNudge(phone, START + 2 * HOUR, 6);
    expect(at).toBeGreaterThanOrEqual(Date.UTC(2026, 2, 8, 14));
    expect(followUp.body).toMatch(/coffee/i);
    expect(followUp.body).toMatch(/Omar/);
    expect(followUp.body).not.toMatch(/suggest something to do together|How's bouldering/i);
    expect(segments(followUp.body)).toBeLessThanOrEqual(2);

    setClock(at + HOUR);
    const went = await text(phone, 'it was great!');
    expect(went.reply).not.toMatch(/Nice work reaching out/);
    expect(went.reply).toMatch(/Omar/);
    expect(went.reply).toMatch(/I'll (suggest|remind|check in|nudge)/);
  });

  it('"he had to cancel" marks the plan cancelled and brings him up again later for another try', async () => {
    const phone = phoneNumber();
    setClock(START);
    await text(phone, 'Met Omar at the climbing gym, into bouldering, 917-555-0101');
    setClock(START + HOUR);
    await text(phone, 'we are getting lunch friday');
    setClock(START + 2 * HOUR);
    const cancelled = await text(phone, 'he had to cancel');
    expect(cancelled.reply).toMatch(/^No worries, plans move\. I'll bring Omar up again .+ for another try\.$/);
    const [plan] = JSON.parse(String((await personRow(phone, 'Omar')).plans)) as { cancelled?: boolean }[];
    expect(plan?.cancelled).toBe(true);
    const [retry] = await pendingOf(phone, 'Omar');
    expect(retry?.kind).toBe('check-in');
    expect(retry && retry.due_at - START).toBeGreaterThan(8 * DAY);
    expect(JSON.parse(retry?.detail ?? '{}').plan).toMatchObject({ what: 'lunch', cancelled: true });
  });
});

describe('their news and their moves', () => {
  it('"omid closed his round!!" brings a congratulation that names the news', async () => {
    const phone = phoneNumber();
    setClock(START);
    await text(phone, 'Met Omid at a founder dinner, raising a seed round, 917-555-0102');
    setClock(START + HOUR);
    const noted = await text(phone, 'omid closed his round!!');
    expect(noted.reply).toMatch(/^Great news for Omid! I'll nudge you to send a congrats /);
    const { text: congrats, at } = await nextNudge(phone, START + 2 * HOUR, 3);
    expect(congrats.body).toMatch(/congrat/i);
    expect(congrats.body).toMatch(/round/i);
    expect(nyHour(at)).toBeGreaterThanOrEqual(9);
    expect(nyHour(at)).toBeLessThan(20);
  });

  it('"bea is moving to lisbon in may" stores the move and plans a catch-up before she goes', async () => {
    const phone = phoneNumber();
    setClock(START);
    await text(phone, 'Met Bea at a book club, into poetry, 917-555-0103');
    setClock(START + HOUR);
    const noted = await text(phone, 'bea is moving to lisbon in may');
    expect(noted.reply).toMatch(/^Big move for Bea!/);
    expect(JSON.parse(String((await personRow(phone, 'Bea')).move))).toEqual({ to: 'Lisbon', on: '2026-05' });
  });
});

describe('a place you cross paths', () => {
  it('"i see rafi every saturday at the pool anyway": with no number, ask at the pool on Saturday; with one, say hi there', async () => {
    const phone = phoneNumber();
    setClock(START);
    await text(phone, 'Met Rafi at the pool, into freediving');
    setClock(START + HOUR);
    const noted = await text(phone, 'i see rafi every saturday at the pool anyway');
    expect(noted.reply).toMatch(/^Good to know you see Rafi at the pool on Saturdays\./);
    const { text: atPool, at } = await nextNudge(phone, START + 2 * HOUR, 10);
    expect(atPool.body).toMatch(/Rafi/);
    expect(atPool.body).toMatch(/at the pool/i);
    // Saturday in New York: the day the user sees him, not the Thursday after meeting
    expect(new Date(at - 5 * HOUR).getUTCDay()).toBe(6);

    setClock(at + HOUR);
    await text(phone, 'Rafi: 917-555-0104');
    setClock(at + 2 * HOUR);
    await text(phone, 'done');
    const { text: sayHi, at: hiAt } = await nextNudge(phone, at + 3 * HOUR, 30);
    expect(sayHi.body).toMatch(/Rafi/);
    expect(new Date(hiAt - 5 * HOUR).getUTCDay()).toBeGreaterThanOrEqual(0);
  });
});

describe('DONE on a step to get their number', () => {
  it('asks for the number rather than how it went', async () => {
    const phone = phoneNumber();
    setClock(START);
    await text(phone, 'Met Marcus at a jazz bar downtown, into jazz');
    const { text: getContact, at } = await nextNudge(phone, START + HOUR, 3);
    expect(getContact.body).toMatch(/Marcus/);
    setClock(at + HOUR);
    const done = await text(phone, 'done');
    expect(done.reply).toMatch(/Text "Marcus: <number>"/);
    expect(done.reply).not.toMatch(/How did it go/);

    // doing as told saves the number on Marcus, and the first follow-up comes next
    setClock(at + 2 * HOUR);
    const number = await text(phone, 'Marcus: 917-555-0109');
    expect(number.reply).not.toMatch(/Same person|already have/i);
    expect(JSON.parse(String((await personRow(phone, 'Marcus')).contacts)).phone).toBe('+19175550109');
    expect((await pendingOf(phone, 'Marcus')).map((nudge) => nudge.kind)).toEqual(['first-follow-up']);
  });
});
