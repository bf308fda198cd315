// What "delete my data" leaves (only what the opt-out record needs, checked column by column against the schema), and
// texts held back by the reply limit: they never carry out a forget or a delete, and YES after a question answers it.
import { createExecutionContext, waitOnExecutionContext } from 'cloudflare:test';
import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { ERASED_AT, ERASED_ZONE } from '../src/db/users';
import { STARTED_TEXT, THROTTLED_TEXT } from '../src/domain/replies';
import worker from '../src/index';
import { CLOCKS, advanceClock, clock, messageOf, phoneNumber, setClock, smsParams, text, twilioPost } from './factories';

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
