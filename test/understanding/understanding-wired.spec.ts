// Real texting through the Worker: chatter, confusion, another language, mute (not forget), forget asked first,
// reminders and questions, each in at most two D1 round trips.
import { createExecutionContext, waitOnExecutionContext } from 'cloudflare:test';
import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { countingD1 } from '../../bench/counting-d1';
import { app } from '../../src/app';
import { allRows, clock, DAY, messageOf, phoneNumber, smsParams, text, twilioPost } from '../factories';
import { encoding, segments } from '../segments';
import { namesOf } from '../support/rows';

const JAKE = 'Met Jake at run club, into trail running, 917-555-0123';
const BEN = 'Met Ben at the bbq, loves sourdough';

/** One text through the Worker with a counting D1: its reply and its round trips. */
async function counted(from: string, body: string): Promise<{ reply: string | null; roundTrips: number }> {
  const { db, trace } = countingD1(env.DB);
  const request = twilioPost('/twilio/sms', smsParams({ From: from, Body: body }));
  request.headers.set('x-kindling-simulated-now', String(clock()));
  const ctx = createExecutionContext();
  const response = await app.fetch(request, { ...env, DB: db }, ctx);
  await waitOnExecutionContext(ctx);
  expect(response.status).toBe(200);
  return { reply: messageOf(await response.text()), roundTrips: trace.roundTrips };
}

const peopleOf = namesOf;

async function pendingNudgesOf(phone: string, name: string): Promise<{ kind: string; due_at: number }[]> {
  const rows = await env.DB.prepare(
    "SELECT n.kind, n.due_at FROM nudges n JOIN people p ON p.id = n.person_id JOIN users u ON u.id = n.user_id WHERE u.phone = ? AND p.name = ? AND n.state = 'pending'",
  )
    .bind(phone, name)
    .all<{ kind: string; due_at: number }>();
  return rows.results;
}

function expectPlainReply(reply: string | null): void {
  expect(reply).not.toBeNull();
  expect(encoding(reply ?? '')).toBe('GSM-7');
  expect(segments(reply ?? '')).toBeLessThanOrEqual(2);
}

describe('understanding, wired end to end', () => {
  it.each([
    ['thanks!', /^Anytime!/],
    ['lol what', /Text HELP/],
    ['\u{1F44D}', /./],
  ] as const)('"%s" gets a friendly answer, saves nobody and never asks who it was', async (body, reply) => {
    const from = phoneNumber();
    await text(from, JAKE);
    const answer = await counted(from, body);
    expect(answer.reply).toMatch(reply);
    expect(answer.reply).not.toMatch(/Who was it/);
    expectPlainReply(answer.reply);
    expect(answer.roundTrips).toBeLessThanOrEqual(2);
    expect(await peopleOf(from)).toEqual(['Jake']);
  });

  it('a note in Spanish is read: Maria saved, the note kept as written, never "send it in English"', async () => {
    const from = phoneNumber();
    const body = 'conoci a maria en la fiesta, le encanta bailar salsa';
    const answer = await counted(from, body);
    expect(answer.reply).toMatch(/Maria/);
    expect(answer.reply).not.toMatch(/English/);
    expectPlainReply(answer.reply);
    expect(answer.roundTrips).toBeLessThanOrEqual(2);
    expect(await peopleOf(from)).toEqual(['Maria']);
    expect(JSON.stringify(await allRows('notes'))).toContain(body);
  });

  it('"stop reminding me about ben" mutes Ben: nudges gone, notes and person kept, KEEP brings the nudges back', async () => {
    const from = phoneNumber();
    await text(from, BEN);
    expect(await pendingNudgesOf(from, 'Ben')).toHaveLength(1);
    const muted = await counted(from, 'stop reminding me about ben');
    expect(muted.reply).toMatch(/no more reminders about Ben/);
    expectPlainReply(muted.reply);
    expect(muted.roundTrips).toBeLessThanOrEqual(2);
    expect(await peopleOf(from)).toEqual(['Ben']);
    expect(await pendingNudgesOf(from, 'Ben')).toHaveLength(0);
    expect(JSON.stringify(await allRows('notes'))).toContain('loves sourdough');
    const later = await text(from, 'Ben: loves jazz, his number is 917-555-0142');
    expect(later.reply).toMatch(/Added to Ben's notes/);
    expect(await pendingNudgesOf(from, 'Ben')).toHaveLength(0);
    const kept = await text(from, 'KEEP ben');
    expect(kept.reply).toMatch(/Keeping Ben/);
    expect(await pendingNudgesOf(from, 'Ben')).toHaveLength(1);
  });

  it('"forget ben" asks first and says it cannot be undone; YES erases him', async () => {
    const from = phoneNumber();
    await text(from, BEN);
    const asked = await counted(from, 'forget ben');
    expect(asked.reply).toMatch(/Erase Ben .*can't be undone/);
    expectPlainReply(asked.reply);
    expect(asked.roundTrips).toBeLessThanOrEqual(2);
    expect(await peopleOf(from)).toEqual(['Ben']);
    const erased = await counted(from, 'yes');
    expect(erased.reply).toMatch(/Forgot Ben/);
    expect(erased.roundTrips).toBeLessThanOrEqual(2);
    expect(await peopleOf(from)).toEqual([]);
  });

  it('"remind me to text jake tmrw at 5" plans a nudge for Jake then; an unknown name invents no one', async () => {
    const from = phoneNumber();
    await text(from, JAKE);
    const set = await counted(from, 'remind me to text jake tmrw at 5');
    expect(set.reply).toMatch(/^Okay, I'll remind you about Jake /);
    expectPlainReply(set.reply);
    expect(set.roundTrips).toBeLessThanOrEqual(2);
    const [planned] = await pendingNudgesOf(from, 'Jake');
    expect(planned?.due_at).toBeGreaterThan(clock());
    expect(planned?.due_at).toBeLessThan(clock() + 2 * DAY);
    const unknown = await counted(from, 'remind me to text dana on friday');
    expect(unknown.reply).toMatch(/only remind you about people I know/);
    expect(await peopleOf(from)).toEqual(['Jake']);
  });

  it.each([
    ['what should i text jake?', /running/],
    ['whats next?', /^Next up: Jake/],
    ['who should i reach out to this week', /Jake/],
    ['whats jakes number', /^Jake's number: \+19175550123$/],
  ] as const)('"%s" is answered from what is saved', async (body, reply) => {
    const from = phoneNumber();
    await text(from, JAKE);
    const answer = await counted(from, body);
    expect(answer.reply).toMatch(reply);
    expect(answer.reply).not.toMatch(/Who was it/);
    expect(answer.roundTrips).toBeLessThanOrEqual(2);
    expect(await peopleOf(from)).toEqual(['Jake']);
  });

  it('"met jake and priya at marcos bday" saves both, each with their own details', async () => {
    const from = phoneNumber();
    const answer = await counted(from, 'met jake and priya at marcos bday, jake does product at a bank, priya is a nurse');
    expect(answer.reply).toMatch(/Saved Jake and Priya/);
    expectPlainReply(answer.reply);
    expect(answer.roundTrips).toBeLessThanOrEqual(2);
    expect(await peopleOf(from)).toEqual(['Jake', 'Priya']);
    expect((await text(from, 'who is priya?')).reply).toMatch(/nurse/);
  });

  it('"actually his name is Jaime" renames the latest person, and the new name is found', async () => {
    const from = phoneNumber();
    await text(from, JAKE);
    const answer = await counted(from, 'actually his name is Jaime');
    expect(answer.reply).toMatch(/Jaime/);
    expect(answer.roundTrips).toBeLessThanOrEqual(2);
    expect(await peopleOf(from)).toEqual(['Jaime']);
    expect((await text(from, 'who is jaime?')).reply).toMatch(/^Jaime: met at run club/);
  });

  it('"we\'re getting lunch thursday!" after a note on Jake: cheered, kept on Jake, asked about the day after', async () => {
    const from = phoneNumber();
    await text(from, JAKE);
    const answer = await counted(from, "we're getting lunch thursday!");
    expect(answer.reply).toMatch(/^Enjoy lunch! I'll ask how it went/);
    expectPlainReply(answer.reply);
    expect(answer.roundTrips).toBeLessThanOrEqual(2);
    expect(await peopleOf(from)).toEqual(['Jake']);
    expect(await pendingNudgesOf(from, 'Jake')).toEqual([expect.objectContaining({ kind: 'plan-follow-up' })]);
  });

  it('a mute while opted out stays a mute after START: the held nudge does not come back', async () => {
    const from = phoneNumber();
    await text(from, BEN);
    await text(from, 'STOP');
    await text(from, 'stop reminding me about ben');
    await text(from, 'START');
    expect(await pendingNudgesOf(from, 'Ben')).toHaveLength(0);
  });
});
