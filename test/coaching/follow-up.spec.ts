// The cron sweep through `scheduled` with chosen times: timing, windows, caps, opt-outs, Twilio failures, no duplicates.
import { env } from 'cloudflare:workers';
import { describe, expect, it, vi } from 'vitest';
import { DAY, HOUR, clock, failNextSend, phoneNumber, post, runCron, SHORT_TIMEOUT_ENV, sentTo, smsParams, stepCron, text, twilioPost } from '../factories';
import { segments } from '../segments';
import { rowsOf } from '../support/rows';

// hour-by-hour sweeps over days: many cron runs per test
vi.setConfig({ testTimeout: 60_000 });

const SARAH = "Met Sarah at the climbing gym, she's into bouldering and runs a pottery studio. 917-555-0199";

function localHour(at: number, zone: string): number {
  return Number(new Intl.DateTimeFormat('en-US', { hour: 'numeric', hourCycle: 'h23', timeZone: zone }).format(at));
}

/** Steps the cron hour by hour from now until the number receives `count` texts (or `days` pass). */
async function untilTexts(phone: string, count: number, start: number, days = 4, bindings: Env = env): Promise<number> {
  return stepCron(start, start + days * DAY, async () => (await sentTo(phone)).length >= count, bindings);
}

interface OutboundState {
  state: string;
  attempts: number;
  twilio_sid: string | null;
  error_code: number | null;
  local_day: string;
}

async function outboundStates(phone: string): Promise<OutboundState[]> {
  return rowsOf<OutboundState>('outbound', phone, ['state', 'attempts', 'twilio_sid', 'error_code', 'local_day']);
}

/**
 * Each text the stand-in accepted is one recorded outbound text and each recorded text was accepted once: no nudge
 * went twice. (Later nudges of the plan, such as the check-in three days after a first follow-up, are texts of their own.)
 */
async function expectOnceEach(phone: string): Promise<void> {
  const accepted = (await sentTo(phone)).map((message) => message.sid).sort();
  const recorded = (await outboundStates(phone)).flatMap((row) => (row.twilio_sid ? [row.twilio_sid] : [])).sort();
  expect(accepted).toEqual(recorded);
}

/** Runs the cron at each next due time of the number's pending nudges until `until` holds (or `limit` runs). */
async function runAtDueTimes(phone: string, until: () => Promise<boolean>, limit = 20): Promise<void> {
  for (let run = 0; run < limit && !(await until()); run++) {
    const next = await env.DB.prepare("SELECT min(n.due_at) AS due FROM nudges n JOIN users u ON u.id = n.user_id WHERE u.phone = ? AND n.state = 'pending'")
      .bind(phone)
      .first<{ due: number | null }>();
    if (next?.due == null) return;
    await runCron(next.due);
  }
}

describe('the first follow-up', () => {
  it('lands 12 to 48 hours after the meeting, inside the window, names a specific, once', async () => {
    const from = phoneNumber('212');
    const metAt = clock();
    await text(from, SARAH);
    // step hour by hour for three days; exactly one text should arrive
    for (let at = metAt; at <= metAt + 3 * DAY; at += HOUR) await runCron(at);
    const sent = await sentTo(from);
    expect(sent).toHaveLength(1);
    const [nudge] = sent;
    const outbound = await outboundStates(from);
    expect(outbound[0]?.state).toMatch(/sent|delivered/);
    expect(outbound[0]?.twilio_sid).toBe(nudge?.sid);
    const row = await env.DB.prepare("SELECT n.due_at FROM nudges n JOIN users u ON u.id = n.user_id WHERE u.phone = ? AND n.kind = 'first-follow-up'")
      .bind(from)
      .first<{ due_at: number }>();
    const dueAt = row?.due_at ?? 0;
    expect(dueAt - metAt).toBeGreaterThanOrEqual(12 * HOUR);
    expect(dueAt - metAt).toBeLessThanOrEqual(48 * HOUR);
    const hour = localHour(dueAt, 'America/New_York');
    expect(hour).toBeGreaterThanOrEqual(9);
    expect(hour).toBeLessThan(20);
    expect(nudge?.body).toMatch(/climbing gym|bouldering|pottery/);
    expect(nudge?.body).toContain('Sarah');
    expect(segments(nudge?.body ?? '')).toBeLessThanOrEqual(2);
    expect(nudge?.statusCallback).toBe('https://kindling.test/twilio/status');
  });

  it('combines several people due together into one text', async () => {
    const from = phoneNumber('212');
    const start = clock();
    await text(from, SARAH);
    await text(from, 'Met Jake at the networking event, works on a fintech startup, jake@example.com');
    await untilTexts(from, 1, start);
    const [combined] = await sentTo(from);
    expect(combined?.body).toContain('Sarah');
    expect(combined?.body).toContain('Jake');
    expect(segments(combined?.body ?? '')).toBeLessThanOrEqual(2);
    // a bare DONE is now ambiguous: Kindling asks which one, then a number answers it
    const asked = await text(from, 'done');
    expect(asked.reply).toMatch(/Which one\?/);
    const answered = await text(from, '2');
    expect(answered.reply).toMatch(/Jake|Sarah/);
  });

  it('sends nothing to a number that opted out', async () => {
    const from = phoneNumber('212');
    const start = clock();
    await text(from, SARAH);
    await text(from, 'STOP');
    for (let at = start; at <= start + 3 * DAY; at += HOUR) await runCron(at);
    expect(await sentTo(from)).toHaveLength(0);
  });

  it('sends nothing while paused', async () => {
    const from = phoneNumber('212');
    const start = clock();
    await text(from, SARAH);
    await text(from, 'pause 2 weeks');
    for (let at = start; at <= start + 4 * DAY; at += HOUR) await runCron(at);
    expect(await sentTo(from)).toHaveLength(0);
  });
});

describe("a their-moment's date", () => {
  it('is said in the user\'s own days: the day before a show is "tomorrow", not its date', async () => {
    const from = phoneNumber('212');
    const start = clock();
    const showDay = start + 5 * DAY;
    const monthDay = new Intl.DateTimeFormat('en-US', { month: 'long', day: 'numeric', timeZone: 'America/New_York' }).format(showDay);
    await text(from, `Met Nina at the gallery, her art show opens ${monthDay}, nina@example.com`);
    await runAtDueTimes(from, async () => (await sentTo(from)).some((message) => /show/.test(message.body)));
    const moment = (await sentTo(from)).find((message) => /show/.test(message.body));
    expect(moment?.body).toMatch(/tomorrow/);
    const [month, day] = new Intl.DateTimeFormat('en-US', { month: 'short', day: 'numeric', timeZone: 'America/New_York' }).format(showDay).split(' ');
    expect(moment?.body).not.toContain(`${month} ${day}`);
  });
});

describe('Twilio failures', () => {
  it.each([500, 429] as const)('a %s is retried on a later run and then delivered exactly once', async (status) => {
    const from = phoneNumber('212');
    const start = clock();
    await text(from, SARAH);
    await failNextSend(from, status, 2);
    await untilTexts(from, 1, start);
    for (let at = start + 3 * DAY; at <= start + 4 * DAY; at += HOUR) await runCron(at);
    const [row] = await outboundStates(from);
    expect(row?.attempts).toBe(3);
    expect(row?.state).toMatch(/sent|delivered/);
    expect((await sentTo(from)).filter((message) => message.sid === row?.twilio_sid)).toHaveLength(1);
    await expectOnceEach(from);
  });

  it('a timeout is checked against what Twilio has before trying again, and delivered once', async () => {
    const from = phoneNumber('212');
    const start = clock();
    await text(from, SARAH);
    await failNextSend(from, 'timeout');
    await untilTexts(from, 1, start, 4, SHORT_TIMEOUT_ENV);
    for (let at = start + 3 * DAY; at <= start + 4 * DAY; at += 4 * HOUR) await runCron(at, SHORT_TIMEOUT_ENV);
    const [row] = await outboundStates(from);
    expect(row).toMatchObject({ state: 'sent', attempts: 2 });
    expect((await sentTo(from)).filter((message) => message.sid === row?.twilio_sid)).toHaveLength(1);
    await expectOnceEach(from);
  });

  it('21610 marks the number opted out and stops every later send', async () => {
    const from = phoneNumber('212');
    const start = clock();
    await text(from, SARAH);
    await failNextSend(from, 21610);
    for (let at = start; at <= start + 3 * DAY; at += HOUR) await runCron(at);
    await text(from, 'Met Jake at the gym, jake@example.com');
    for (let at = start + 3 * DAY; at <= start + 6 * DAY; at += HOUR) await runCron(at);
    expect(await sentTo(from)).toHaveLength(0);
    const user = await env.DB.prepare('SELECT opted_out FROM users WHERE phone = ?').bind(from).first<{ opted_out: number }>();
    expect(user?.opted_out).toBe(1);
    const [row] = await outboundStates(from);
    expect(row).toMatchObject({ state: 'failed', error_code: 21610 });
  });

  it('21211 fails that text for good and never retries it', async () => {
    const from = phoneNumber('212');
    const start = clock();
    await text(from, SARAH);
    await failNextSend(from, 21211);
    for (let at = start; at <= start + 4 * DAY; at += HOUR) await runCron(at);
    expect(await sentTo(from)).toHaveLength(0);
    const rows = await outboundStates(from);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ state: 'failed', error_code: 21211, attempts: 1 });
  });
});

describe('no duplicates', () => {
  it('two overlapping runs at the same moment send once', async () => {
    const from = phoneNumber('212');
    const start = clock();
    await text(from, SARAH);
    const row = await env.DB.prepare("SELECT n.due_at FROM nudges n JOIN users u ON u.id = n.user_id WHERE u.phone = ? AND n.state = 'pending'")
      .bind(from)
      .first<{ due_at: number }>();
    const due = row?.due_at ?? start;
    await Promise.all([runCron(due), runCron(due), runCron(due + 60_000)]);
    await runCron(due + 15 * 60_000);
    expect(await sentTo(from)).toHaveLength(1);
  });

  it('status callbacks move delivery forward only, even out of order', async () => {
    const from = phoneNumber('212');
    const start = clock();
    await text(from, SARAH);
    await untilTexts(from, 1, start);
    const [sent] = await sentTo(from);
    const sid = sent?.sid ?? '';
    const callback = (status: string) =>
      post(twilioPost('/twilio/status', { MessageSid: sid, MessageStatus: status, AccountSid: 'AC00000000000000000000000000000000' }));
    expect((await callback('delivered')).status).toBe(204);
    await callback('sent');
    await callback('queued');
    const [row] = await outboundStates(from);
    expect(row?.state).toBe('delivered');
  });
});

describe('daily cap', () => {
  it('sends at most two nudge texts a day to one user, and the rest come later', async () => {
    const from = phoneNumber('212');
    const start = clock();
    await text(from, SARAH);
    const people = ['Ana', 'Ben', 'Cal', 'Dee', 'Eve', 'Fay'];
    const due = await env.DB.prepare('SELECT n.due_at FROM nudges n JOIN users u ON u.id = n.user_id WHERE u.phone = ?').bind(from).first<{ due_at: number }>();
    for (const name of people) await text(from, `Met ${name} at the cafe, loves chess, ${name.toLowerCase()}@example.com`);
    // spread the due times over one day so they cannot all share a text
    const ids = await env.DB.prepare("SELECT n.id FROM nudges n JOIN users u ON u.id = n.user_id WHERE u.phone = ? AND n.state = 'pending' ORDER BY n.id")
      .bind(from)
      .all<{ id: number }>();
    let offset = 0;
    for (const { id } of ids.results) {
      await env.DB.prepare('UPDATE nudges SET due_at = ? WHERE id = ?')
        .bind((due?.due_at ?? start) + offset, id)
        .run();
      offset += 2 * HOUR;
    }
    const first = due?.due_at ?? start;
    for (let at = first; at <= first + 4 * DAY; at += HOUR) await runCron(at);
    const sent = await sentTo(from);
    const mentioned = people.concat('Sarah').filter((name) => sent.some((message) => message.body.includes(name)));
    expect(mentioned).toHaveLength(7);
    await expectOnceEach(from);
    // days by the outbound rows (the user's local day at the sweep's time), never by the stand-in's wall-clock stamps
    const perDay = new Map<string, number>();
    for (const row of await outboundStates(from)) if (row.twilio_sid) perDay.set(row.local_day, (perDay.get(row.local_day) ?? 0) + 1);
    expect(perDay.size).toBeGreaterThan(1);
    for (const count of perDay.values()) expect(count).toBeLessThanOrEqual(2);
  });
});
