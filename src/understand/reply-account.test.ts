// reply-account: the account commands: delete, undo, export, list, who, keep or forget, pause and resume, the nudge
// hour, the time zone, same or new person.
import { describe, expect, it } from 'vitest';
import { local, TABLE_NOW, TABLE_ZONE } from '../../test/support/understand/reader-context';
import {
  readDeleteData,
  readExport,
  readKeepOrForget,
  readList,
  readNudgeAt,
  readPause,
  readResume,
  readSameOrNew,
  readTimeZone,
  readUndo,
  readWho,
} from './reply-account';
import { read } from './reply-reading';
import type { Command } from './types';

const readers = { readDeleteData, readUndo, readExport, readList, readWho, readKeepOrForget, readResume, readNudgeAt, readTimeZone, readSameOrNew };

describe('each account command, and no other reader takes it', () => {
  it.each([
    ['delete my data', 'readDeleteData', { kind: 'delete-data' }],
    ['delete everything', 'readDeleteData', { kind: 'delete-data' }],
    ['undo', 'readUndo', { kind: 'undo' }],
    ['export', 'readExport', { kind: 'export' }],
    ['list', 'readList', { kind: 'list' }],
    ['my people', 'readList', { kind: 'list' }],
    ['who is sarah', 'readWho', { kind: 'who', name: 'sarah' }],
    ["who's Priya Raman", 'readWho', { kind: 'who', name: 'Priya Raman' }],
    ['keep', 'readKeepOrForget', { kind: 'keep' }],
    ['keep sarah', 'readKeepOrForget', { kind: 'keep', name: 'sarah' }],
    ['forget jake', 'readKeepOrForget', { kind: 'forget', name: 'jake' }],
    ['resume', 'readResume', { kind: 'resume' }],
    ['unpause', 'readResume', { kind: 'resume' }],
    ['nudge me at 9am', 'readNudgeAt', { kind: 'nudge-at', hour: 9, minute: 0 }],
    ['nudges at 7:30pm', 'readNudgeAt', { kind: 'nudge-at', hour: 19, minute: 30 }],
    ['tz london', 'readTimeZone', { kind: 'tz', zone: 'Europe/London' }],
    ['timezone: America/Chicago', 'readTimeZone', { kind: 'tz', zone: 'America/Chicago' }],
    ['tz narnia', 'readTimeZone', { kind: 'tz-unknown', query: 'narnia' }],
    ['same', 'readSameOrNew', { kind: 'same' }],
    ['new', 'readSameOrNew', { kind: 'new-person' }],
    ['different person', 'readSameOrNew', { kind: 'new-person' }],
  ] as [string, keyof typeof readers, Command][])('%j: %s', (text, reader, command) => {
    const reading = read(text);
    for (const [name, readerFn] of Object.entries(readers)) expect(readerFn(reading), name).toEqual(name === reader ? command : null);
  });
});

describe('readPause', () => {
  const options = { now: TABLE_NOW, timeZone: TABLE_ZONE };
  it.each([
    ['pause', null],
    ['pause 2 weeks', '2026-12-15 18:00'],
    ['pause until january', '2027-01-01 00:00'],
    // a stop with a time is a pause
    ['stop sending me stuff for a week', '2026-12-08 18:00'],
    ['quit texting me till jan 4', '2027-01-04 00:00'],
  ] as const)('%j until %s', (text, until) => {
    const command = readPause(read(text), options);
    expect(command?.kind).toBe('pause');
    expect(command?.kind === 'pause' && command.until !== null ? local(command.until) : null).toBe(until);
  });

  it.each(['stop', 'help', 'snooze', 'stop texting me', 'stop reminding me about gillian for a week'])('%j is no pause', (text) => {
    expect(readPause(read(text), options)).toBeNull();
  });
});
