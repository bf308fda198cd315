// The state lists: each column's default and every state the code writes is in its list.
/// <reference types="vite/client" />
import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { aNudge, aPerson, aUser, anOutbound, testDb } from '../../test/support/db-fixtures';
import { inbound, nudges, outbound } from './schema';
import {
  INBOUND_STATES,
  isClaimed,
  isDeliveryFailure,
  isDone,
  isOpen,
  isPending,
  NUDGE_STATES,
  type NudgeState,
  OUTBOUND_STATES,
  PAUSED_NUDGE_STATE,
  wentOut,
} from './states';

const NOW = 1_764_590_400_000;

async function columnDefault(table: string, column: string): Promise<string | null> {
  const { results } = await env.DB.prepare(`PRAGMA table_info(${table})`).all<{ name: string; dflt_value: string | null }>();
  const found = results.find((row) => row.name === column)?.dflt_value ?? null;
  return found === null ? null : found.replace(/^'|'$/g, '');
}

async function sourcesOf(): Promise<string[]> {
  const modules = import.meta.glob('../**/*.ts', { query: '?raw', import: 'default', eager: true }) as Record<string, string>;
  return Object.entries(modules)
    .filter(([path]) => !/\.(test|spec)\.ts$/.test(path))
    .map(([, source]) => source);
}

describe('states', () => {
  it.each([
    { table: 'inbound', list: INBOUND_STATES },
    { table: 'nudges', list: NUDGE_STATES },
    { table: 'outbound', list: OUTBOUND_STATES },
  ])('the migrated default of $table.state is in its list', async ({ table, list }) => {
    const value = await columnDefault(table, 'state');
    expect(list as readonly string[]).toContain(value);
  });

  it.each([
    { name: 'inbound', column: inbound.state, list: INBOUND_STATES },
    { name: 'nudges', column: nudges.state, list: NUDGE_STATES },
    { name: 'outbound', column: outbound.state, list: OUTBOUND_STATES },
  ])('the drizzle default of $name.state is in its list', ({ column, list }) => {
    expect(list as readonly string[]).toContain(column.default);
  });

  it('a row inserted without a state is written in a listed state', async () => {
    const db = testDb();
    const user = await aUser(db, NOW);
    const personId = await aPerson(db, user.id, 'Sarah', NOW);
    await db.insert(nudges).values({ userId: user.id, personId, kind: 'first-follow-up', dueAt: NOW, createdAt: NOW });
    await anOutbound(db, { userId: user.id, now: NOW });
    await aNudge(db, { userId: user.id, personId, dueAt: NOW, state: 'sent', now: NOW });
    const nudgeStates = await env.DB.prepare('SELECT DISTINCT state FROM nudges WHERE user_id = ?').bind(user.id).all<{ state: string }>();
    const outboundStates = await env.DB.prepare('SELECT DISTINCT state FROM outbound WHERE user_id = ?').bind(user.id).all<{ state: string }>();
    for (const { state } of nudgeStates.results) expect(NUDGE_STATES as readonly string[]).toContain(state);
    for (const { state } of outboundStates.results) expect(OUTBOUND_STATES as readonly string[]).toContain(state);
  });

  it.each([
    { name: 'nudge', pattern: /nudges\.state[^;]*?'([a-z]+)'/g, list: NUDGE_STATES },
    { name: 'nudge (set)', pattern: /\.update\(nudges\)\s*\.set\(\{\s*state:\s*'([a-z]+)'/g, list: NUDGE_STATES },
    { name: 'outbound (set)', pattern: /\.update\(outbound\)\s*\.set\(\{\s*state:\s*'([a-z]+)'/g, list: OUTBOUND_STATES },
    { name: 'inbound (set)', pattern: /\.update\(inbound\)\s*\.set\(\{\s*state:\s*'([a-z]+)'/g, list: INBOUND_STATES },
    { name: 'nudge (SQL)', pattern: /state IN \(([^)]*)\)/g, list: NUDGE_STATES },
  ])('every $name state the code names is listed', async ({ pattern, list }) => {
    const named = (await sourcesOf()).flatMap((source) =>
      [...source.matchAll(pattern)].flatMap((match) => [...(match[1] ?? '').matchAll(/'?([a-z]+)'?/g)].map((word) => word[1] ?? '')),
    );
    expect(named.length).toBeGreaterThan(0);
    for (const state of named) expect(list as readonly string[]).toContain(state);
  });

  it.each<{ state: NudgeState; pending: boolean; open: boolean; claimed: boolean; out: boolean; done: boolean }>([
    { state: 'pending', pending: true, open: true, claimed: false, out: false, done: false },
    { state: 'held', pending: false, open: true, claimed: false, out: false, done: false },
    { state: 'claimed', pending: false, open: false, claimed: true, out: true, done: false },
    { state: 'sent', pending: false, open: false, claimed: false, out: true, done: false },
    { state: 'done', pending: false, open: false, claimed: false, out: true, done: true },
    { state: 'skipped', pending: false, open: false, claimed: false, out: false, done: false },
    { state: 'cancelled', pending: false, open: false, claimed: false, out: false, done: false },
    { state: 'failed', pending: false, open: false, claimed: false, out: false, done: false },
  ])('a $state nudge: pending $pending, open $open, claimed $claimed, went out $out, done $done', ({ state, pending, open, claimed, out, done }) => {
    const nudge = { state };
    expect([isPending(nudge), isOpen(nudge), isClaimed(nudge), wentOut(nudge), isDone(nudge)]).toEqual([pending, open, claimed, out, done]);
  });

  it('the table above names every nudge state, and a pause leaves nudges open', () => {
    expect(NUDGE_STATES).toHaveLength(8);
    expect(isOpen({ state: PAUSED_NUDGE_STATE })).toBe(true);
  });

  it.each([
    { status: 'undelivered', failure: true },
    { status: 'failed', failure: true },
    { status: 'delivered', failure: false },
    { status: 'sent', failure: false },
    { status: 'queued', failure: false },
    { status: 'read', failure: false },
    { status: 'canceled', failure: false },
    { status: '', failure: false },
  ])('the Twilio status "$status" is a delivery failure: $failure', ({ status, failure }) => {
    expect(isDeliveryFailure(status)).toBe(failure);
  });
});
