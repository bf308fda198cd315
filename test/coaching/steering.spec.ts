// Replies that steer, through the Worker: each intent moves the stored plan as the playbook says.
import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { DAY, HOUR, clock, allRows, phoneNumber, runCron, sentTo, stepCron, text } from '../factories';
import { segments } from '../segments';

const SARAH = "Met Sarah at the climbing gym, she's into bouldering and runs a pottery studio. 917-555-0199";

interface NudgeRow {
  kind: string;
  due_at: number;
  state: string;
  detail: string;
}

async function pendingNudge(phone: string, name = 'Sarah'): Promise<NudgeRow | null> {
  return env.DB.prepare(`SELECT n.kind, n.due_at, n.state, n.detail FROM nudges n JOIN people p ON p.id = n.person_id JOIN users u ON u.id = n.user_id
    WHERE u.phone = ? AND p.name = ? AND n.state = 'pending'`)
    .bind(phone, name)
    .first<NudgeRow>();
}

async function person(phone: string, name = 'Sarah') {
  return env.DB.prepare('SELECT p.* FROM people p JOIN users u ON u.id = p.user_id WHERE u.phone = ? AND p.name = ?')
    .bind(phone, name)
    .first<Record<string, unknown>>();
}

/** Captures Sarah and runs the cron until her first nudge arrives; returns the time it arrived. */
async function nudged(phone: string): Promise<number> {
  const start = clock();
  await text(phone, SARAH);
  const at = await stepCron(start, start + 3 * DAY, async () => (await sentTo(phone)).length > 0);
  expect(await sentTo(phone)).toHaveLength(1);
  return at;
}

describe('done and how it went', () => {
  it('DONE (or "sent it") asks how it went; a warm answer brings a deeper suggestion within days', async () => {
    const from = phoneNumber();
    await nudged(from);
    const done = await text(from, 'sent it');
    expect(done.reply).toMatch(/How did it go/);
    const warm = await text(from, 'she was super excited');
    expect(warm.reply).toMatch(/Sarah/);
    expect(warm.reply).toMatch(/together/);
    const next = await pendingNudge(from);
    expect(next?.kind).toBe('deepen');
    expect(next!.due_at - clock()).toBeLessThan(5 * DAY);
    expect((await person(from))?.warmth).toBe('warm');
  });

  it('a lukewarm answer gives space (weeks) and suggests a group setting', async () => {
    const from = phoneNumber();
    await nudged(from);
    await text(from, 'done');
    const cool = await text(from, 'short reply, said she is busy');
    expect(cool.reply).toMatch(/space/);
    const next = await pendingNudge(from);
    expect(next?.kind).toBe('deepen');
    expect(JSON.parse(next?.detail ?? '{}').group).toBe(true);
    expect(next!.due_at - clock()).toBeGreaterThan(14 * DAY);
  });

  it('silence twice leads to let-go, and KEEP overrides it', async () => {
    const from = phoneNumber();
    await nudged(from);
    await text(from, 'done');
    await text(from, 'no answer yet');
    expect((await pendingNudge(from))?.kind).toBe('check-in');
    await text(from, 'Sarah still no reply');
    expect((await person(from))?.silences).toBe(2);
    expect((await pendingNudge(from))?.kind).toBe('let-go');
    const kept = await text(from, 'keep Sarah');
    expect(kept.reply).toMatch(/Keeping Sarah/);
    expect((await pendingNudge(from))?.kind).toBe('check-in');
    expect((await person(from))?.kept).toBe(1);
  });
});

describe('snooze, skip and notes', () => {
  it.each([
    ['snooze 3 days', 3 * DAY],
    ['remind me tomorrow', 1 * DAY],
    ['next week', 7 * DAY],
    ['in 5 days', 5 * DAY],
  ])('"%s" moves the nudge and says when', async (reply, ahead) => {
    const from = phoneNumber();
    await nudged(from);
    const answer = await text(from, reply);
    expect(answer.reply).toMatch(/I'll bring Sarah up again/);
    const next = await pendingNudge(from);
    expect(next).not.toBeNull();
    // inside the window, within a day of what was asked
    expect(Math.abs(next!.due_at - (clock() + ahead))).toBeLessThan(DAY + 12 * HOUR);
  });

  it('SKIP moves on to the next kind', async () => {
    const from = phoneNumber();
    await nudged(from);
    const before = await pendingNudge(from);
    const answer = await text(from, 'skip');
    expect(answer.reply).toMatch(/Skipped/);
    const after = await pendingNudge(from);
    expect(after?.kind).not.toBe('first-follow-up');
    expect(after?.due_at).not.toBe(before?.due_at);
  });

  it('"Sarah: moving to Denver" adds a note that WHO IS shows', async () => {
    const from = phoneNumber();
    await text(from, SARAH);
    await text(from, 'Sarah: moving to Denver in March');
    const who = await text(from, 'who is Sarah?');
    expect(who.reply).toMatch(/Denver/);
    expect(who.reply).toMatch(/pottery|bouldering/);
    // the note reads under her name without repeating it
    expect(who.reply).toMatch(/Latest: moving to Denver in March\./);
  });
});

describe('control', () => {
  it('PAUSE holds every nudge and RESUME brings them back', async () => {
    const from = phoneNumber();
    await text(from, SARAH);
    const due = (await pendingNudge(from))!.due_at;
    const paused = await text(from, 'pause 2 weeks');
    expect(paused.reply).toMatch(/Paused until/);
    expect((await pendingNudge(from))!.due_at).toBeGreaterThan(clock() + 13 * DAY);
    const resumed = await text(from, 'resume');
    expect(resumed.reply).toMatch(/Welcome back/);
    expect((await pendingNudge(from))!.due_at).toBeLessThanOrEqual(Math.max(due, clock() + DAY));
  });

  it('UNDO reverts a capture, and says when there is nothing left to undo', async () => {
    const from = phoneNumber();
    await text(from, 'Met Tom at the bbq, loves sourdough');
    const undone = await text(from, 'undo');
    expect(undone.reply).toMatch(/Undone: saved Tom/);
    expect(await person(from, 'Tom')).toBeNull();
    expect((await text(from, 'undo')).reply).toMatch(/Nothing to undo/);
  });

  it('UNDO reverts a snooze, then the capture before it', async () => {
    const from = phoneNumber();
    await text(from, SARAH);
    const before = (await pendingNudge(from))!.due_at;
    await text(from, 'snooze Sarah 5 days');
    expect((await pendingNudge(from))!.due_at).not.toBe(before);
    await text(from, 'undo');
    expect((await pendingNudge(from))!.due_at).toBe(before);
    await text(from, 'undo');
    expect(await person(from)).toBeNull();
  });

  it('FORGET deletes that person and leaves no trace of them in any table', async () => {
    const from = phoneNumber();
    await text(from, 'Met Zelda at the climbing gym, loves bouldering, zelda@example.com');
    await text(from, 'Zelda: has a cat named Link');
    await text(from, 'Met Tom at the bbq');
    const asked = await text(from, 'forget Zelda');
    expect(asked.reply).toMatch(/Erase Zelda .*can't be undone/);
    const answer = await text(from, 'yes');
    expect(answer.reply).toMatch(/Forgot Zelda/);
    for (const table of ['users', 'people', 'notes', 'nudges', 'inbound', 'outbound', 'changes', 'export_tokens']) {
      const rows = await allRows(table);
      expect(JSON.stringify(rows)).not.toMatch(/Zelda|zelda@example.com|Link/);
    }
    expect(await person(from, 'Tom')).not.toBeNull();
  });

  it('DELETE MY DATA asks first, then deletes everything but the opt-out record', async () => {
    const from = phoneNumber();
    await text(from, 'Met Quincy at the climbing gym, loves bouldering, quincy@example.com');
    const asked = await text(from, 'delete my data');
    expect(asked.reply).toMatch(/DELETE ALL/);
    expect(await person(from, 'Quincy')).not.toBeNull();
    const done = await text(from, 'DELETE ALL');
    expect(done.reply).toMatch(/deleted/);
    for (const table of ['people', 'notes', 'nudges', 'inbound', 'outbound', 'changes', 'export_tokens']) {
      expect(JSON.stringify(await allRows(table))).not.toMatch(/Quincy|quincy@example.com/);
    }
    const user = await env.DB.prepare('SELECT * FROM users WHERE phone = ?').bind(from).first<Record<string, unknown>>();
    expect(user).toMatchObject({ opted_out: 0, pending: null, last_nudge_people: null });
  });
});

describe('export', () => {
  async function exportLink(from: string): Promise<string> {
    const answer = await text(from, 'export');
    const url = /https:\/\/kindling\.test\/export\/[A-Za-z0-9_-]+/.exec(answer.reply ?? '')?.[0];
    expect(url).toBeDefined();
    expect(segments(answer.reply ?? '')).toBeLessThanOrEqual(2);
    return url as string;
  }

  /** Opens the link as a browser would, at the test's clock: GET the page. */
  async function openLink(url: string): Promise<Response> {
    const { exports } = await import('cloudflare:workers');
    return exports.default.fetch(new Request(url, { headers: { 'x-kindling-simulated-now': String(clock()) } }));
  }

  /** Taps the page's button: POST the form back to the same link. */
  async function tapDownload(url: string, format: 'vcf' | 'csv' = 'vcf'): Promise<Response> {
    const { exports } = await import('cloudflare:workers');
    return exports.default.fetch(
      new Request(url, {
        method: 'POST',
        headers: { 'x-kindling-simulated-now': String(clock()), 'content-type': 'application/x-www-form-urlencoded' },
        body: `format=${format}`,
      }),
    );
  }

  it('texts a link that downloads the people as vCards once, then fails', async () => {
    const from = phoneNumber();
    await text(from, SARAH);
    const url = await exportLink(from);
    const page = await openLink(url);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toMatch(/text\/html/);
    const first = await tapDownload(url);
    expect(first.status).toBe(200);
    expect(first.headers.get('content-type')).toMatch(/text\/vcard/);
    const card = await first.text();
    expect(card).toMatch(/FN:Sarah/);
    expect(card).toMatch(/TEL;TYPE=CELL:\+19175550199/);
    expect(card).toMatch(/pottery/);
    expect((await tapDownload(url)).status).toBe(410);
    expect((await openLink(url)).status).toBe(410);
  });

  it('offers CSV too, and an expired link fails', async () => {
    const from = phoneNumber();
    await text(from, SARAH);
    const csv = await tapDownload(await exportLink(from), 'csv');
    expect(csv.headers.get('content-type')).toMatch(/text\/csv/);
    expect(await csv.text()).toMatch(/^name,met,met_on/);
    const url = await exportLink(from);
    await env.DB.prepare('UPDATE export_tokens SET expires_at = ? WHERE used_at IS NULL')
      .bind(clock() - 1)
      .run();
    expect((await openLink(url)).status).toBe(410);
    expect((await tapDownload(url)).status).toBe(410);
    expect((await openLink('https://kindling.test/export/not-a-token')).status).toBe(404);
    expect((await tapDownload('https://kindling.test/export/not-a-token')).status).toBe(404);
  });

  it("one user's link never carries another user's people", async () => {
    const alice = phoneNumber();
    const bob = phoneNumber();
    await text(alice, SARAH);
    await text(bob, 'Met Tom at the bbq, loves sourdough');
    const card = await (await tapDownload(await exportLink(bob))).text();
    expect(card).toMatch(/Tom/);
    expect(card).not.toMatch(/Sarah/);
  });
});

/** A walk of the cron over days takes seconds on a shared machine. */
const CRON_WALK_MS = 60_000;

describe('the cron after replies', () => {
  it(
    'after "she was super excited" the next nudge is a deeper suggestion naming a shared interest',
    async () => {
      const from = phoneNumber();
      const at = await nudged(from);
      await text(from, 'done');
      await text(from, 'she was super excited');
      await stepCron(at + HOUR, at + 8 * DAY, async () => (await sentTo(from)).length > 1);
      const [, deeper] = await sentTo(from);
      expect(deeper?.body).toMatch(/Sarah/);
      expect(deeper?.body).toMatch(/boulder|climb|pottery/i);
      expect(segments(deeper?.body ?? '')).toBeLessThanOrEqual(2);
      await runCron(at + 9 * DAY);
    },
    CRON_WALK_MS,
  );
});
