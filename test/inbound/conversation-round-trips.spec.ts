// Every kind of inbound text costs at most two D1 round trips (load, apply): the Worker runs with env.DB wrapped by a
// counter (bench/counting-d1.ts), where each statement run and each batch is one round trip.
import { createExecutionContext, waitOnExecutionContext } from 'cloudflare:test';
import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { countingD1 } from '../../bench/counting-d1';
import { app } from '../../src/app';
import { advanceClock, clock, HOUR, messageOf, phoneNumber, runCron, sentTo, smsParams, text, twilioPost } from '../factories';

const SARAH = "Met Sarah at the climbing gym, she's into bouldering and runs a pottery studio. 917-555-0199";
const BEN = 'Met Ben Okafor at the bbq, loves sourdough, 917-555-0142';

interface Counted {
  reply: string | null;
  roundTrips: number;
  statements: number;
}

/** Texts through the Worker with a counting D1, at the test's clock. */
async function counted(from: string, body: string): Promise<Counted> {
  const { db, trace } = countingD1(env.DB);
  const request = twilioPost('/twilio/sms', smsParams({ From: from, Body: body }));
  request.headers.set('x-kindling-simulated-now', String(clock()));
  const ctx = createExecutionContext();
  const response = await app.fetch(request, { ...env, DB: db }, ctx);
  await waitOnExecutionContext(ctx);
  expect(response.status).toBe(200);
  return { reply: messageOf(await response.text()), roundTrips: trace.roundTrips, statements: trace.statements };
}

async function userId(phone: string): Promise<number> {
  const row = await env.DB.prepare('SELECT id FROM users WHERE phone = ?').bind(phone).first<{ id: number }>();
  if (!row) throw new Error('no user');
  return row.id;
}

/** Sends the user's next nudge through the cron, so a bare reply refers to it. */
async function nudge(phone: string): Promise<void> {
  const due = await env.DB.prepare("SELECT min(n.due_at) AS at FROM nudges n JOIN users u ON u.id = n.user_id WHERE u.phone = ? AND n.state = 'pending'")
    .bind(phone)
    .first<{ at: number }>();
  if (!due?.at) throw new Error('nothing pending');
  const before = (await sentTo(phone)).length;
  await runCron(due.at);
  advanceClock(due.at + HOUR - clock());
  expect((await sentTo(phone)).length).toBe(before + 1);
}

/** The latest nudge named both people (as a grouped nudge does), so a bare DONE asks which one. */
async function nudgedBoth(phone: string): Promise<void> {
  const id = await userId(phone);
  await env.DB.prepare(
    'UPDATE users SET last_nudge_people = (SELECT json_group_array(id) FROM (SELECT id FROM people WHERE user_id = ? ORDER BY id)), last_nudge_at = ? WHERE id = ?',
  )
    .bind(id, clock(), id)
    .run();
}

type Setup = (phone: string) => Promise<void>;
const withSarah: Setup = async (phone) => void (await text(phone, SARAH));
const nudgedSarah: Setup = async (phone) => {
  await text(phone, SARAH);
  await nudge(phone);
};

const CASES: Array<[label: string, setup: Setup, texts: string[], reply: RegExp | null]> = [
  ['capture, new user', async () => undefined, [SARAH], /Welcome to Kindling! Saved Sarah/],
  ['capture, existing user', withSarah, [BEN], /Saved Ben Okafor/],
  ['who is', withSarah, ['who is Sarah?'], /Sarah: met at climbing gym/],
  ['list', withSarah, ['list'], /Sarah/],
  ['snooze (after a nudge)', nudgedSarah, ['snooze 3 days'], /bring Sarah up again/],
  ['done (after a nudge)', nudgedSarah, ['done'], /How did it go/],
  ['skip (after a nudge)', nudgedSarah, ['skip'], /Skipped/],
  ['how it went', nudgedSarah, ['done', 'she wrote back right away'], /Love that! Sarah/],
  ['add-note', withSarah, ['Sarah: moving to Denver in March'], /Added to Sarah's notes/],
  ['pause', withSarah, ['pause 2 weeks'], /[Pp]aus/],
  ['resume', withSarah, ['pause', 'resume'], /Welcome back/],
  ['tz', withSarah, ['tz Chicago'], /Chicago|Central/],
  ['nudge at', withSarah, ['nudge at 11am'], /11/],
  ['undo', withSarah, ['undo'], /Undone/],
  ['keep', withSarah, ['keep Sarah'], /Sarah/],
  ['forget', withSarah, ['forget Sarah'], /Sarah/],
  ['export', withSarah, ['export'], /https:\/\/kindling\.test\/export\//],
  ['page', withSarah, ['show me everyone'], /https:\/\/kindling\.test\/p\/[A-Za-z0-9_-]{43}/],
  ['page, a new link', withSarah, ['page', 'page'], /https:\/\/kindling\.test\/p\//],
  ['page off', withSarah, ['page', 'page off'], /no longer works/],
  ['delete', withSarah, ['delete my data'], /DELETE ALL/],
  ['delete, confirmed', withSarah, ['delete my data', 'DELETE ALL'], /deleted/],
  ['help', async () => undefined, ['help'], /HELP|STOP|commands|DONE/i],
  ['stop', withSarah, ['STOP'], null],
  ['start', withSarah, ['STOP', 'START'], /back on/],
  ['a note with no name', withSarah, ['met someone at the gallery, into murals'], /Who was it/],
  ['name answer', withSarah, ['met someone at the gallery, into murals', 'Maya'], /Saved Maya/],
  ['same person?', withSarah, ['Sarah from yoga, loves green tea'], /Same person/],
  ['same answer', withSarah, ['Sarah from yoga, loves green tea', 'same'], /Added to Sarah's notes/],
  ['new answer', withSarah, ['Sarah from yoga, loves green tea', 'new'], /Saved Sarah/],
  [
    'which one?',
    async (phone) => {
      await text(phone, SARAH);
      await text(phone, BEN);
      await nudgedBoth(phone);
    },
    ['done'],
    /1\).*2\)|Which/,
  ],
  [
    'which-one pick',
    async (phone) => {
      await text(phone, SARAH);
      await text(phone, BEN);
      await nudgedBoth(phone);
    },
    ['done', '2'],
    /Ben Okafor/,
  ],
];

describe('D1 round trips per inbound text', () => {
  it.each(CASES)('%s: at most 2', async (label, setup, texts, expected) => {
    const from = phoneNumber();
    await setup(from);
    const before = texts.slice(0, -1);
    for (const body of before) await text(from, body);
    const last = texts[texts.length - 1] ?? '';
    const result = await counted(from, last);
    console.log(`round trips | ${label} | ${last} | ${result.roundTrips} | ${result.statements} statements | ${result.reply?.slice(0, 60) ?? '(no reply)'}`);
    if (expected) expect(result.reply).toMatch(expected);
    else expect(result.reply).toBeNull();
    expect(result.roundTrips).toBeLessThanOrEqual(2);
  });

  it('a duplicate (Twilio retrying the same MessageSid) costs one round trip and no reply', async () => {
    const from = phoneNumber();
    const params = smsParams({ From: from, Body: SARAH });
    await app.fetch(twilioPost('/twilio/sms', params), env, createExecutionContext());
    const { db, trace } = countingD1(env.DB);
    const response = await app.fetch(twilioPost('/twilio/sms', params), { ...env, DB: db }, createExecutionContext());
    expect(messageOf(await response.text())).toBeNull();
    expect(trace.roundTrips).toBe(1);
  });
});
