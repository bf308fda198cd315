// reply-steering: the answers to a nudge: snooze (with when), skip and done, each maybe aimed at one person.
import { describe, expect, it } from 'vitest';
import { local, TABLE_NOW, TABLE_ZONE } from '../../test/support/understand/reader-context';
import { read } from './reply-reading';
import { readDone, readSkip, readSnooze } from './reply-steering';

// Tue Dec 1 2026, 18:00 New York
const options = { now: TABLE_NOW, timeZone: TABLE_ZONE };

describe('readSnooze', () => {
  it.each([
    // reply, until (New York), target
    ['snooze', '2026-12-02 18:00', undefined],
    ['snooze 2 days', '2026-12-03 18:00', undefined],
    ['snooze till monday', '2026-12-07 10:00', undefined],
    ['snooze until next week', '2026-12-08 18:00', undefined],
    ['remind me tomorrow', '2026-12-02 10:00', undefined],
    ['tomorrow', '2026-12-02 10:00', undefined],
    ['in 2 hours', '2026-12-01 20:00', undefined],
    ['later', '2026-12-01 21:00', undefined],
    ['busy', '2026-12-01 21:00', undefined],
    ["i'll text her", '2026-12-01 21:00', undefined],
    ['not now', '2026-12-02 18:00', undefined],
    ['snooze sarah', '2026-12-02 18:00', { name: 'sarah' }],
  ] as const)('%j until %s', (reply, until, target) => {
    const command = readSnooze(read(reply), options);
    expect(command?.kind).toBe('snooze');
    expect(command?.kind === 'snooze' ? local(command.until) : null).toBe(until);
    expect(command && 'target' in command ? command.target : undefined).toEqual(target);
  });

  it.each(['met sarah tomorrow at the gym', 'done', 'who is jake'])('%j is no snooze', (reply) => {
    expect(readSnooze(read(reply), options)).toBeNull();
  });
});

describe('readSkip', () => {
  it.each([
    ['skip', { kind: 'skip' }],
    ['pass', { kind: 'skip' }],
    ['skip this one please', { kind: 'skip' }],
    ['no thanks', { kind: 'skip' }],
    ['let her go', { kind: 'skip' }],
    ['skip 2', { kind: 'skip', target: { index: 2 } }],
    ['skip sarah', { kind: 'skip', target: { name: 'sarah' } }],
    ['no sarah', null],
    ['skip the gym', null],
  ] as const)('%j', (reply, command) => {
    expect(readSkip(read(reply))).toEqual(command);
  });
});

describe('readDone', () => {
  it.each([
    ['done', { kind: 'done' }],
    ['sent!', { kind: 'done' }],
    ['texted her', { kind: 'done' }],
    ['did it', { kind: 'done' }],
    ['listo', { kind: 'done' }],
    ['done, thank you so much', { kind: 'done' }],
    ['sent her the link', { kind: 'done' }],
    ['done sarah', { kind: 'done', target: { name: 'sarah' } }],
    ['done 2', { kind: 'done', target: { index: 2 } }],
    ['did you get my note', null],
    ['not done', null],
    ['will do', null],
  ] as const)('%j', (reply, command) => {
    expect(readDone(read(reply))).toEqual(command);
  });
});
