// When steering replies land, through the Worker on a fixed clock: snoozes at the usual nudge hour, notes that keep a
// pending nudge unless a new event comes first, and pauses that hold what replies promise.
import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { statedStep } from '../../src/conversation/decide/plan';
import { PAUSED_INDEFINITELY } from '../../src/domain/schedule';
import { localParts, zonedToUtc } from '../../src/domain/time';
import { phoneNumber, runCron, sentTo, textAt } from '../factories';

const NY = 'America/New_York';
const SARAH = "Met Sarah at the climbing gym, she's into bouldering and runs a pottery studio. 917-555-0199";
const devEnv = { ...env, DEV_SIMULATED_CLOCK: 'true' };

/** New York wall time -> instant. Tuesday 2026-12-01 is the first day of every story here. */
const ny = (month: number, day: number, hour: number, minute = 0) => zonedToUtc({ year: 2026, month, day, hour, minute }, NY);
const wall = (ms: number, zone = NY) => {
  const p = localParts(ms, zone);
  return `${p.year}-${String(p.month).padStart(2, '0')}-${String(p.day).padStart(2, '0')} ${String(p.hour).padStart(2, '0')}:${String(p.minute).padStart(2, '0')}`;
};

interface NudgeRow {
  kind: string;
  due_at: number;
  detail: string;
}

async function pendingOf(phone: string, name = 'Sarah'): Promise<NudgeRow[]> {
  const rows = await env.DB.prepare(`SELECT n.kind, n.due_at, n.detail FROM nudges n JOIN people p ON p.id = n.person_id JOIN users u ON u.id = n.user_id
    WHERE u.phone = ? AND p.name = ? AND n.state = 'pending'`)
    .bind(phone, name)
    .all<NudgeRow>();
  return rows.results;
}

/** The one pending nudge, as "kind @ local wall time". */
async function pending(phone: string, name = 'Sarah'): Promise<string> {
  const rows = await pendingOf(phone, name);
  expect(rows).toHaveLength(1);
  const row = rows[0] as NudgeRow;
  const event = (JSON.parse(row.detail) as { event?: { what: string } }).event;
  return `${row.kind}${event ? ` [${event.what}]` : ''} @ ${wall(row.due_at)}`;
}

/** Sarah saved Tuesday 18:00; her first follow-up goes out Wednesday 10:00. */
async function nudgedWednesday(): Promise<string> {
  const from = phoneNumber('212');
  await textAt(from, SARAH, ny(12, 1, 18));
  await runCron(ny(12, 2, 10));
  expect(await sentTo(from)).toHaveLength(1);
  return from;
}

/** ...and Wednesday noon she wrote back warmly: a deepen is pending for Saturday 10:00. */
async function warmWednesday(): Promise<string> {
  const from = await nudgedWednesday();
  await textAt(from, 'done', ny(12, 2, 12));
  await textAt(from, 'she was super excited', ny(12, 2, 12, 5));
  expect(await pending(from)).toBe('deepen @ 2026-12-05 10:00');
  return from;
}

describe('snooze lands at the usual nudge hour, inside the window', () => {
  it.each([
    ['snooze 3 days', 'Saturday at 10am', 'first-follow-up @ 2026-12-05 10:00'],
    ['snooze', 'tomorrow at 10am', 'first-follow-up @ 2026-12-03 10:00'],
    ['later', 'tomorrow at 10am', 'first-follow-up @ 2026-12-03 10:00'],
    ['remind me tomorrow', 'tomorrow at 10am', 'first-follow-up @ 2026-12-03 10:00'],
    ['snooze till Monday', 'Monday at 10am', 'first-follow-up @ 2026-12-07 10:00'],
    ['next week', 'Dec 9 at 10am', 'first-follow-up @ 2026-12-09 10:00'],
    ['snooze till 6pm Friday', 'Friday at 6pm', 'first-follow-up @ 2026-12-04 18:00'],
    ['snooze till 9pm Friday', 'Saturday at 10am', 'first-follow-up @ 2026-12-05 10:00'],
  ])('"%s" at 11:47pm -> %s', async (reply, said, stored) => {
    const from = await nudgedWednesday();
    const answer = await textAt(from, reply, ny(12, 2, 23, 47));
    expect(answer).toBe(`OK, I'll bring Sarah up again ${said}.`);
    expect(await pending(from)).toBe(stored);
  });

  it('"later" in the afternoon is later that day', async () => {
    const from = await nudgedWednesday();
    expect(await textAt(from, 'later', ny(12, 2, 14, 5))).toBe("OK, I'll bring Sarah up again today at 5:05pm.");
    expect(await pending(from)).toBe('first-follow-up @ 2026-12-02 17:05');
  });

  it("uses the user's own nudge time, and the nudge goes out then, not at the hour they snoozed", async () => {
    const from = await nudgedWednesday();
    await textAt(from, 'nudge at 6pm', ny(12, 2, 11));
    expect(await textAt(from, 'snooze 3 days', ny(12, 2, 23, 47))).toBe("OK, I'll bring Sarah up again Saturday at 6pm.");
    expect(await pending(from)).toBe('first-follow-up @ 2026-12-05 18:00');
    await runCron(ny(12, 5, 17, 45));
    expect(await sentTo(from)).toHaveLength(1);
    await runCron(ny(12, 5, 18));
    expect(await sentTo(from)).toHaveLength(2);
  });

  it("in the user's time zone", async () => {
    const from = await nudgedWednesday();
    await textAt(from, 'tz Tokyo', ny(12, 2, 11));
    const tokyo = (day: number, hour: number, minute = 0) => zonedToUtc({ year: 2026, month: 12, day, hour, minute }, 'Asia/Tokyo');
    expect(await textAt(from, 'snooze 3 days', tokyo(3, 23, 47))).toBe("OK, I'll bring Sarah up again Sunday at 10am.");
    const [row] = await pendingOf(from);
    expect(wall(row?.due_at ?? 0, 'Asia/Tokyo')).toBe('2026-12-06 10:00');
  });

  it('keeps the detail of what was snoozed (a their-moment keeps its event)', async () => {
    const from = phoneNumber('212');
    await textAt(from, `${SARAH}. Her gallery show is on Dec 3`, ny(12, 1, 18));
    expect(await pending(from)).toMatch(/^their-moment \[.*show.*\] @ 2026-12-02 10:00$/);
    await textAt(from, 'snooze Sarah 2 hours', ny(12, 2, 9));
    expect(await pending(from)).toMatch(/^their-moment \[.*show.*\] @ 2026-12-02 11:00$/);
  });

  it('a snooze asked before "which one?" keeps its landing when the answer comes later', async () => {
    const from = phoneNumber('212');
    await textAt(from, SARAH, ny(12, 1, 18));
    await textAt(from, 'Met Tom at the bbq, loves sourdough, tom@example.com', ny(12, 1, 18, 5));
    await runCron(ny(12, 2, 10));
    expect(await sentTo(from)).toHaveLength(1);
    expect(await textAt(from, 'snooze 3 days', ny(12, 2, 23, 47))).toMatch(/^Which one\?/);
    expect(await textAt(from, '2', ny(12, 2, 23, 58))).toMatch(/^OK, I'll bring \w+ up again Saturday at 10am\.$/);
  });
});

describe('a note replans only when its new event comes first', () => {
  it('a gallery show after the pending deepen leaves the deepen alone; its luck text follows the deepen', async () => {
    const from = await warmWednesday();
    const added = await textAt(from, 'Sarah: has a gallery show on Dec 12', ny(12, 3, 12));
    expect(await pending(from)).toBe('deepen @ 2026-12-05 10:00');
    // the reply names what is really next, not the luck text the show alone would plan
    expect(added).toMatch(/Saturday at 10am/);
    expect(added).not.toMatch(/big day|luck/i);
    await runCron(ny(12, 5, 10));
    expect(await sentTo(from)).toHaveLength(2);
    expect(await pending(from)).toMatch(/^their-moment \[.*show.*\] @ 2026-12-11 10:00$/);
  });

  it('a snoozed deepen stays snoozed when the new event is after it', async () => {
    const from = await warmWednesday();
    await textAt(from, 'snooze Sarah 2 weeks', ny(12, 3, 12));
    expect(await pending(from)).toBe('deepen @ 2026-12-17 10:00');
    const added = await textAt(from, 'Sarah: has a gallery show on Jan 20', ny(12, 3, 12, 5));
    expect(await pending(from)).toBe('deepen @ 2026-12-17 10:00');
    expect(added).toMatch(/Dec 17 at 10am/);
  });

  it('a snoozed deepen gives way to a show that comes before it', async () => {
    const from = await warmWednesday();
    await textAt(from, 'snooze Sarah 2 weeks', ny(12, 3, 12));
    const added = await textAt(from, 'Sarah: has a gallery show on Dec 12', ny(12, 3, 12, 5));
    expect(await pending(from)).toMatch(/^their-moment \[.*show.*\] @ 2026-12-11 10:00$/);
    expect(added).toMatch(/Dec 11 at 10am|Friday at 10am/);
  });

  it('a pending deepen gives way to a show before it, and comes back after the luck text', async () => {
    const from = await warmWednesday();
    await textAt(from, 'Sarah: has a gallery show on Dec 4', ny(12, 2, 12, 10));
    expect(await pending(from)).toMatch(/^their-moment \[.*show.*\] @ 2026-12-03 10:00$/);
    await runCron(ny(12, 3, 10));
    expect(await sentTo(from)).toHaveLength(2);
    expect(await pending(from)).toMatch(/^deepen @ /);
  });

  it('a note with no date changes nothing', async () => {
    const from = await warmWednesday();
    await textAt(from, 'Sarah: moving to Denver', ny(12, 3, 12));
    expect(await pending(from)).toBe('deepen @ 2026-12-05 10:00');
  });

  it('a first way to reach them turns the pending get-contact into a first follow-up', async () => {
    const from = phoneNumber('212');
    await textAt(from, 'Met Tom at the bbq, loves sourdough', ny(12, 1, 18));
    expect(await pending(from, 'Tom')).toBe('get-contact @ 2026-12-02 10:00');
    await textAt(from, 'Tom: his email is tom@example.com', ny(12, 1, 18, 10));
    expect(await pending(from, 'Tom')).toBe('first-follow-up @ 2026-12-02 10:00');
  });
});

describe('pause: replies state when the next nudge can really come', () => {
  it("paused for two weeks, SKIP names the pause's end, not a date inside it", async () => {
    const from = await nudgedWednesday();
    await textAt(from, 'pause 2 weeks', ny(12, 2, 12));
    expect(await textAt(from, 'skip', ny(12, 2, 12, 5))).toBe('Skipped. Next for Sarah: a light check-in Dec 16 at 12pm.');
    expect(await pending(from)).toBe('check-in @ 2026-12-09 10:00');
    await runCron(ny(12, 9, 10));
    expect(await sentTo(from)).toHaveLength(1);
    expect(await pending(from)).toBe('check-in @ 2026-12-16 12:00');
  });

  it('paused with no end: a snooze or skip never quotes the year-9999 hold, and RESUME brings back only what was held', async () => {
    const from = await nudgedWednesday();
    await textAt(from, 'Met Tom at the bbq, loves sourdough, tom@example.com', ny(12, 2, 9));
    expect(await pending(from, 'Tom')).toBe('first-follow-up @ 2026-12-03 10:00');
    expect(await textAt(from, 'pause', ny(12, 2, 12))).toMatch(/until you text RESUME/);
    const skipped = await textAt(from, 'skip Sarah', ny(12, 2, 12, 5));
    expect(skipped).toMatch(/^Skipped\. Next for Sarah: a light check-in /);
    expect(skipped).not.toMatch(/9999|9998/);
    expect(await textAt(from, 'snooze Tom 3 days', ny(12, 2, 12, 10))).toBe("OK, I'll bring Tom up again when you resume.");
    expect(await pending(from, 'Tom')).toBe('first-follow-up @ 2026-12-05 10:00');
    await textAt(from, 'undo', ny(12, 2, 12, 15));
    // planned during the pause at its own time; the sweep holds it when it falls due
    expect(await pending(from)).toBe('check-in @ 2026-12-09 10:00');
    await runCron(ny(12, 9, 10));
    expect(await sentTo(from)).toHaveLength(1);
    // Tom's first follow-up was held by the pause; Sarah's check-in by the sweep
    expect((await pendingOf(from, 'Tom'))[0]?.due_at).toBeGreaterThanOrEqual(Date.UTC(9998, 11, 31));
    await textAt(from, 'Met Ana at the climbing gym, loves chess, ana@example.com', ny(12, 9, 11));
    expect(await textAt(from, 'resume', ny(12, 10, 11))).toMatch(/Welcome back/);
    expect(await pending(from, 'Tom')).toBe('first-follow-up @ 2026-12-10 11:00');
    expect(await pending(from)).toBe('check-in @ 2026-12-10 11:00');
    // Ana's first follow-up was planned during the pause for after RESUME: it keeps its own time
    expect(await pending(from, 'Ana')).toBe('first-follow-up @ 2026-12-10 10:00');
  });

  it('paused with no end: WHO IS, SKIP and a new note\'s confirmation say "when you resume", never the year-9998 hold', async () => {
    const from = await nudgedWednesday();
    expect(await textAt(from, 'pause', ny(12, 2, 12))).toMatch(/until you text RESUME/);
    const replies = [
      await textAt(from, 'who is Sarah?', ny(12, 2, 12, 5)),
      await textAt(from, 'skip', ny(12, 2, 12, 10)),
      await textAt(from, 'who is Sarah?', ny(12, 2, 12, 15)),
      await textAt(from, 'Met Tom at the bbq, loves sourdough, tom@example.com', ny(12, 2, 12, 20)),
      await textAt(from, 'Sarah: got a new job at the museum', ny(12, 2, 12, 25)),
    ];
    expect(replies[0]).toMatch(/ Next nudge when you resume\.$/);
    expect(replies[1]).toBe('Skipped. Next for Sarah: a light check-in when you resume.');
    expect(replies[2]).toMatch(/ Next nudge when you resume\.$/);
    expect(replies[3]).toMatch(/I'll nudge you when you resume\./);
    expect(replies[4]).toMatch(/^Added to Sarah's notes\. Next: a light check-in when you resume\.$/);
    for (const text of replies) expect(text).not.toMatch(/9998|9999/);
  });

  it('RESUME leaves a nudge due after a timed pause at its own time', async () => {
    const from = await warmWednesday();
    await textAt(from, 'pause 1 day', ny(12, 2, 13));
    expect(await pending(from)).toBe('deepen @ 2026-12-05 10:00');
    await textAt(from, 'resume', ny(12, 2, 15));
    expect(await pending(from)).toBe('deepen @ 2026-12-05 10:00');
  });
});

describe('statedStep: the next step a reply states, under a pause', () => {
  const now = ny(12, 2, 12);
  const ctxPaused = (pausedUntil: number | null) => ({ now, user: { timeZone: NY, windowStart: 9, windowEnd: 20, preferredHour: 10, pausedUntil } });
  const checkIn = { kind: 'check-in', dueAt: ny(12, 9, 10) } as const;

  it.each([
    ['not paused', null, { ...checkIn }],
    ['paused 2 weeks: not before the pause ends', ny(12, 16, 12), { ...checkIn, dueAt: ny(12, 16, 12) }],
    ['paused 1 day: its own time', ny(12, 3, 12), { ...checkIn }],
    ['paused with no end: waits for RESUME', PAUSED_INDEFINITELY, { ...checkIn, waitsForResume: true }],
  ] as const)('%s', (_label, pausedUntil, expected) => {
    expect(statedStep(ctxPaused(pausedUntil), checkIn)).toEqual(expected);
  });
});
