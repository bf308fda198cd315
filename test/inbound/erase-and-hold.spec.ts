// What "delete my data" leaves (only what the opt-out record needs, checked column by column against the schema), and
// texts held back by the reply limit: they never carry out a forget or a delete, and YES after a question answers it.
import { createExecutionContext, waitOnExecutionContext } from 'cloudflare:test';
import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { ERASED_AT, ERASED_ZONE } from '../../src/db/users';
import { STARTED_TEXT, THROTTLED_TEXT } from '../../src/conversation/replies';
import worker from '../../src/index';
import { CLOCKS, advanceClock, clock, messageOf, phoneNumber, setClock, smsParams, text, twilioPost } from '../factories';
import { namesOf } from '../support/rows';

const WHATSAPP_FROM = 'whatsapp:+14155238886';

interface Column {
  name: string;
  type: string;
  notnull: number;
  dflt_value: string | null;
}

/** The users table's columns as D1 has them (so a column added later is checked too). */
async function userColumns(): Promise<Column[]> {
  return (await env.DB.prepare('PRAGMA table_info(users)').all<Column>()).results;
}

/** A column's schema default as a value: 9, 'sms', or null when it has none. */
function defaultOf(column: Column): unknown {
  if (column.dflt_value === null) return null;
  if (/^'.*'$/s.test(column.dflt_value)) return column.dflt_value.slice(1, -1).replace(/''/g, "'");
  return Number(column.dflt_value);
}

/** What a value of the column's type looks like when it is not the default: every column is set before DELETE ALL. */
function nonDefault(column: Column): string | number {
  const known: Record<string, string | number> = {
    time_zone: 'America/Chicago',
    channel: 'whatsapp',
    window_start: 8,
    window_end: 21,
    preferred_hour: 18,
    created_at: CLOCKS.weekdayEvening - 1,
    pending: '{"type":"delete"}',
    pending_expires_at: CLOCKS.weekdayEvening + 60 * 60_000,
    last_nudge_people: '[1]',
    cap_day: '2026-03-04',
  };
  return known[column.name] ?? (/INT/i.test(column.type) ? 7 : 'x');
}

describe('DELETE ALL', () => {
  it('leaves only the phone number and its opt-out state on the users row, every other column back to its schema default', async () => {
    const phone = phoneNumber('212');
    setClock(CLOCKS.weekdayEvening);
    await text(phone, 'Met Quincy Hale at the climbing gym, loves bouldering');
    await text(phone, 'pause 2 weeks');
    await text(phone, 'delete my data');
    // every column but the row's identity and the opt-out carries something of the user's, this one included
    const columns = await userColumns();
    const kept = new Set(['id', 'phone', 'opted_out']);
    const filled = columns.filter((column) => !kept.has(column.name));
    expect(filled.map((column) => column.name)).toEqual(expect.arrayContaining(['channel', 'whatsapp_last_inbound_at', 'paused_until', 'time_zone']));
    await env.DB.prepare(`UPDATE users SET ${filled.map((column) => `${column.name} = ?`).join(', ')} WHERE phone = ?`)
      .bind(...filled.map(nonDefault), phone)
      .run();
    const before = await env.DB.prepare('SELECT * FROM users WHERE phone = ?').bind(phone).first<Record<string, unknown>>();

    expect((await text(phone, 'DELETE ALL')).reply).toMatch(/deleted/);

    const after = await env.DB.prepare('SELECT * FROM users WHERE phone = ?').bind(phone).first<Record<string, unknown>>();
    for (const column of columns) {
      const expected = kept.has(column.name)
        ? before?.[column.name]
        : column.name === 'time_zone'
          ? ERASED_ZONE
          : column.name === 'created_at'
            ? ERASED_AT
            : defaultOf(column);
      expect(after?.[column.name], column.name).toEqual(expected);
    }
  });

  it('a WhatsApp user who deletes their data leaves no channel or WhatsApp window behind', async () => {
    const phone = phoneNumber('212');
    setClock(CLOCKS.weekdayEvening);
    const bindings: Env = { ...env, TWILIO_WHATSAPP_FROM: WHATSAPP_FROM };
    for (const body of ['Met Quincy Hale at the climbing gym, loves bouldering', 'delete my data', 'DELETE ALL']) {
      const request = twilioPost('/twilio/sms', smsParams({ From: `whatsapp:${phone}`, To: WHATSAPP_FROM, Body: body }));
      request.headers.set('x-kindling-simulated-now', String(clock()));
      const ctx = createExecutionContext();
      const response = await worker.fetch(request, bindings, ctx);
      await waitOnExecutionContext(ctx);
      expect(response.status).toBe(200);
      messageOf(await response.text());
      advanceClock(2 * 60_000);
    }
    expect(await env.DB.prepare('SELECT channel, whatsapp_last_inbound_at FROM users WHERE phone = ?').bind(phone).first()).toEqual({
      channel: 'sms',
      whatsapp_last_inbound_at: null,
    });
  });
});

/** Two replies a minute, so the third text of a minute is held back. */
const TWO_A_MINUTE: Env = { ...env, REPLY_LIMIT_PER_MINUTE: '2' };
const BISCUIT = 'Met Biscuit Jones at the dog park, loves frisbee';

async function textLimited(phone: string, body: string): Promise<string | null> {
  const request = twilioPost('/twilio/sms', smsParams({ From: phone, Body: body }));
  request.headers.set('x-kindling-simulated-now', String(clock()));
  const ctx = createExecutionContext();
  const response = await worker.fetch(request, TWO_A_MINUTE, ctx);
  await waitOnExecutionContext(ctx);
  expect(response.status).toBe(200);
  advanceClock(5_000);
  return messageOf(await response.text());
}

const peopleOf = namesOf;

describe('texts held back by the reply limit', () => {
  it('a held-back YES to "Erase Biscuit?" erases nothing; the next YES, answered, erases Biscuit and is never read as START', async () => {
    const phone = phoneNumber('212');
    setClock(CLOCKS.weekdayEvening);
    expect(await textLimited(phone, BISCUIT)).toContain('Biscuit');
    expect(await textLimited(phone, 'forget Biscuit')).toMatch(/Biscuit/);
    // the third text of the minute: not answered, so not carried out
    expect(await textLimited(phone, 'yes')).toBe(THROTTLED_TEXT);
    expect(await peopleOf(phone)).toEqual(['Biscuit Jones']);
    advanceClock(2 * 60_000);
    const answered = await textLimited(phone, 'yes');
    expect(answered).not.toBe(STARTED_TEXT);
    expect(answered).toMatch(/Biscuit/);
    expect(await peopleOf(phone)).toEqual([]);
  });

  it('a held-back "forget Biscuit" asked nothing, so a later YES erases nothing and is not START', async () => {
    const phone = phoneNumber('212');
    setClock(CLOCKS.weekdayEvening);
    await textLimited(phone, BISCUIT);
    await textLimited(phone, 'thanks!');
    expect(await textLimited(phone, 'forget Biscuit')).toBe(THROTTLED_TEXT);
    advanceClock(2 * 60_000);
    const answered = await textLimited(phone, 'yes');
    expect(answered).not.toBeNull();
    expect(answered).not.toBe(STARTED_TEXT);
    expect(await peopleOf(phone)).toEqual(['Biscuit Jones']);
  });

  it('a held-back DELETE ALL deletes nothing; sent again and answered, it deletes', async () => {
    const phone = phoneNumber('212');
    setClock(CLOCKS.weekdayEvening);
    await textLimited(phone, BISCUIT);
    await textLimited(phone, 'delete my data');
    expect(await textLimited(phone, 'DELETE ALL')).toBe(THROTTLED_TEXT);
    expect(await peopleOf(phone)).toEqual(['Biscuit Jones']);
    advanceClock(2 * 60_000);
    expect(await textLimited(phone, 'DELETE ALL')).toMatch(/deleted/);
    expect(await peopleOf(phone)).toEqual([]);
  });

  it('YES with no question open is not START for someone who never opted out; after STOP it still is', async () => {
    const phone = phoneNumber('212');
    setClock(CLOCKS.weekdayEvening);
    await textLimited(phone, BISCUIT);
    await textLimited(phone, 'forget Biscuit');
    advanceClock(2 * 60_000);
    await textLimited(phone, 'no');
    const yes = await textLimited(phone, 'yes');
    expect(yes).not.toBeNull();
    expect(yes).not.toBe(STARTED_TEXT);
    expect(await peopleOf(phone)).toEqual(['Biscuit Jones']);
    advanceClock(2 * 60_000);
    await textLimited(phone, 'STOP');
    advanceClock(2 * 60_000);
    expect(await textLimited(phone, 'yes')).toBe(STARTED_TEXT);
  });
});
