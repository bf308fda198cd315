// The reply parser against a table of real-sounding texts, and a property test over arbitrary Unicode.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseReply } from './reply';
import type { TimeZone } from '../domain/types';
import type { Command } from './types';

/** Tue 2026-12-01 18:00 in New York (23:00 UTC). */
const NOW = Date.UTC(2026, 11, 1, 23, 0);
const NEW_YORK = 'America/New_York';
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

type Row = readonly [text: string, expected: Command, timeZone?: TimeZone];

const rows: readonly Row[] = [
  // empty
  ['', { kind: 'empty' }],
  ['   ', { kind: 'empty' }],
  ['\n\t ', { kind: 'empty' }],

  // carrier keywords and help
  ['STOP', { kind: 'stop' }],
  ['stop', { kind: 'stop' }],
  ['Stop.', { kind: 'stop' }],
  ['STOP!!!', { kind: 'stop' }],
  ['StopAll', { kind: 'stop' }],
  ['UNSUBSCRIBE', { kind: 'stop' }],
  ['cancel', { kind: 'stop' }],
  ['End', { kind: 'stop' }],
  ['QUIT', { kind: 'stop' }],
  ['revoke', { kind: 'stop' }],
  ['OPTOUT', { kind: 'stop' }],
  ['stop texting me', { kind: 'stop' }],
  ['START', { kind: 'start' }],
  ['yes', { kind: 'start' }],
  ['Yes!', { kind: 'start' }],
  ['unstop', { kind: 'start' }],
  ['HELP', { kind: 'help' }],
  ['info', { kind: 'help' }],
  ['help me', { kind: 'help' }],
  ['commands', { kind: 'help' }],
  ['what can you do?', { kind: 'help' }],
  ['?', { kind: 'help' }],
  ['??', { kind: 'help' }],
  ['hlep', { kind: 'help' }],
  ['ayuda', { kind: 'help' }],

  // done
  ['done', { kind: 'done' }],
  ['Done!', { kind: 'done' }],
  ['DONE', { kind: 'done' }],
  ['sent it', { kind: 'done' }],
  ['texted him', { kind: 'done' }],
  ['texted her', { kind: 'done' }],
  ['messaged her', { kind: 'done' }],
  ['did it', { kind: 'done' }],
  ['reached out', { kind: 'done' }],
  ['just sent it', { kind: 'done' }],
  ['ok sent', { kind: 'done' }],
  ['✅', { kind: 'done' }],
  ['👍', { kind: 'done' }],
  ['👍🏽', { kind: 'done' }],
  ['dun', { kind: 'done' }],
  ['doen', { kind: 'done' }],
  ['done 2', { kind: 'done', target: { index: 2 } }],
  ['2 done', { kind: 'done', target: { index: 2 } }],
  ['done #3', { kind: 'done', target: { index: 3 } }],
  ['done with Sarah', { kind: 'done', target: { name: 'Sarah' } }],
  ['texted Sarah', { kind: 'done', target: { name: 'Sarah' } }],
  ['Texted Priya Raman', { kind: 'done', target: { name: 'Priya Raman' } }],
  ['done, thanks!', { kind: 'done' }],
  ['yep done 👍', { kind: 'done' }],
  ['sent her the link', { kind: 'done' }],
  ['listo', { kind: 'done' }],
  ["c'est fait", { kind: 'done' }],
  ['完成', { kind: 'done' }],

  // snooze
  ['snooze', { kind: 'snooze', until: NOW + DAY }],
  ['snooze 3 days', { kind: 'snooze', until: Date.UTC(2026, 11, 4, 23) }],
  ['Snooze 3 days', { kind: 'snooze', until: NOW + 3 * DAY }],
  ['snooze 2h', { kind: 'snooze', until: NOW + 2 * HOUR }],
  ['snooze 1 wk', { kind: 'snooze', until: NOW + 7 * DAY }],
  ['snoze 2 days', { kind: 'snooze', until: NOW + 2 * DAY }],
  ['later', { kind: 'snooze', until: NOW + 3 * HOUR }],
  ['Later!', { kind: 'snooze', until: NOW + 3 * HOUR }],
  ['maybe later', { kind: 'snooze', until: NOW + 3 * HOUR }],
  ['l8r', { kind: 'snooze', until: NOW + 3 * HOUR }],
  ['not now', { kind: 'snooze', until: NOW + DAY }],
  ['not yet', { kind: 'snooze', until: NOW + DAY }],
  ['remind me tomorrow', { kind: 'snooze', until: Date.UTC(2026, 11, 2, 15) }],
  ['remind me tmrw', { kind: 'snooze', until: Date.UTC(2026, 11, 2, 15) }],
  ['tomorrow', { kind: 'snooze', until: Date.UTC(2026, 11, 2, 15) }],
  ['remind me tomorrow at 9', { kind: 'snooze', until: Date.UTC(2026, 11, 2, 14) }],
  ['next week', { kind: 'snooze', until: NOW + 7 * DAY }],
  ['in 3 days', { kind: 'snooze', until: NOW + 3 * DAY }],
  ['remind me friday', { kind: 'snooze', until: Date.UTC(2026, 11, 4, 15) }],
  ['snooze till monday', { kind: 'snooze', until: Date.UTC(2026, 11, 7, 15) }],
  ['snooze until Monday morning', { kind: 'snooze', until: Date.UTC(2026, 11, 7, 15) }],
  ['snooze Sarah 2 days', { kind: 'snooze', until: NOW + 2 * DAY, target: { name: 'Sarah' } }],
  ['snooze 2', { kind: 'snooze', until: NOW + DAY, target: { index: 2 } }],
  ['remind me later', { kind: 'snooze', until: NOW + 3 * HOUR }],
  ['remind me about Jake next week', { kind: 'snooze', until: NOW + 7 * DAY, target: { name: 'Jake' } }],
  ['remind me tonight', { kind: 'snooze', until: Date.UTC(2026, 11, 2, 3) }],
  ['in 2 hours', { kind: 'snooze', until: NOW + 2 * HOUR }],
  ['⏰', { kind: 'snooze', until: NOW + DAY }],
  ['Sarah: snooze', { kind: 'snooze', until: NOW + DAY, target: { name: 'Sarah' } }],

  // skip
  ['skip', { kind: 'skip' }],
  ['Skip!', { kind: 'skip' }],
  ['skip this one', { kind: 'skip' }],
  ['skip 2', { kind: 'skip', target: { index: 2 } }],
  ['skip Jake', { kind: 'skip', target: { name: 'Jake' } }],
  ['pass', { kind: 'skip' }],
  ['not this one', { kind: 'skip' }],
  ['skp', { kind: 'skip' }],
  ['no thanks', { kind: 'skip' }],
  ['forget him', { kind: 'skip' }],

  // updates: warm
  ['she was super excited', { kind: 'update', warmth: 'warm', text: 'she was super excited' }],
  ['wrote back right away', { kind: 'update', warmth: 'warm', text: 'wrote back right away' }],
  ['he said let\u2019s do it!', { kind: 'update', warmth: 'warm', text: 'he said let\u2019s do it!' }],
  ["we're getting coffee Thursday", { kind: 'update', warmth: 'warm', text: "we're getting coffee Thursday" }],
  ['loved it', { kind: 'update', warmth: 'warm', text: 'loved it' }],
  ['she replied with 3 emojis', { kind: 'update', warmth: 'warm', text: 'she replied with 3 emojis' }],
  ['Sarah wrote back right away', { kind: 'update', warmth: 'warm', text: 'Sarah wrote back right away', target: { name: 'Sarah' } }],
  [
    'texted her and she replied immediately, wants to grab lunch',
    { kind: 'update', warmth: 'warm', text: 'texted her and she replied immediately, wants to grab lunch' },
  ],
  ['2: she loved it', { kind: 'update', warmth: 'warm', text: '2: she loved it', target: { index: 2 } }],
  [
    'Jake invited me to his show on Saturday!!',
    { kind: 'update', warmth: 'warm', text: 'Jake invited me to his show on Saturday!!', target: { name: 'Jake' } },
  ],
  // updates: lukewarm
  ['short reply', { kind: 'update', warmth: 'lukewarm', text: 'short reply' }],
  ['she said maybe', { kind: 'update', warmth: 'lukewarm', text: 'she said maybe' }],
  ['polite but brief', { kind: 'update', warmth: 'lukewarm', text: 'polite but brief' }],
  ['meh', { kind: 'update', warmth: 'lukewarm', text: 'meh' }],
  ['kinda slow to answer', { kind: 'update', warmth: 'lukewarm', text: 'kinda slow to answer' }],
  ["said she's busy", { kind: 'update', warmth: 'lukewarm', text: "said she's busy" }],
  ["he wasn't super excited tbh", { kind: 'update', warmth: 'lukewarm', text: "he wasn't super excited tbh" }],
  [
    'Priya took 3 days to reply, kept it short',
    { kind: 'update', warmth: 'lukewarm', text: 'Priya took 3 days to reply, kept it short', target: { name: 'Priya' } },
  ],
  // updates: no response
  ['no answer yet', { kind: 'update', warmth: 'none', text: 'no answer yet' }],
  ['no reply', { kind: 'update', warmth: 'none', text: 'no reply' }],
  ['nothing back', { kind: 'update', warmth: 'none', text: 'nothing back' }],
  ['ghosted', { kind: 'update', warmth: 'none', text: 'ghosted' }],
  ["haven't heard back", { kind: 'update', warmth: 'none', text: "haven't heard back" }],
  ['left on read 😭', { kind: 'update', warmth: 'none', text: 'left on read 😭' }],
  ['nothing back from Jake', { kind: 'update', warmth: 'none', text: 'nothing back from Jake', target: { name: 'Jake' } }],
  ['Jake ghosted me lol', { kind: 'update', warmth: 'none', text: 'Jake ghosted me lol', target: { name: 'Jake' } }],

  // who
  ['who is Sarah?', { kind: 'who', name: 'Sarah' }],
  ["who's sarah", { kind: 'who', name: 'sarah' }],
  ['Sarah?', { kind: 'who', name: 'Sarah' }],
  ['sarah ?', { kind: 'who', name: 'sarah' }],
  ['tell me about Sarah', { kind: 'who', name: 'Sarah' }],
  ['what do I know about Priya Raman', { kind: 'who', name: 'Priya Raman' }],
  ['Priya Raman?', { kind: 'who', name: 'Priya Raman' }],
  ['who was Jake again?', { kind: 'who', name: 'Jake' }],
  ['José?', { kind: 'who', name: 'José' }],

  // list
  ['list', { kind: 'list' }],
  ['List.', { kind: 'list' }],
  ['people', { kind: 'list' }],
  ['my people', { kind: 'list' }],
  ['who have I met', { kind: 'list' }],
  ['list people', { kind: 'list' }],
  ['show list', { kind: 'list' }],
  ['lsit', { kind: 'list' }],
  ['show me everyone', { kind: 'list' }],

  // add-note
  ['Sarah: moving to Denver in March', { kind: 'add-note', name: 'Sarah', text: 'moving to Denver in March' }],
  ['Priya Raman: her show opens Jan 12', { kind: 'add-note', name: 'Priya Raman', text: 'her show opens Jan 12' }],
  ["o'brien: likes jazz", { kind: 'add-note', name: "o'brien", text: 'likes jazz' }],
  ['Zoë: new number is 917 555 0199', { kind: 'add-note', name: 'Zoë', text: 'new number is 917 555 0199' }],
  ['Marcus: 646-555-0188', { kind: 'add-note', name: 'Marcus', text: '646-555-0188' }],
  ['Marcus: +1 (646) 555 0188', { kind: 'add-note', name: 'Marcus', text: '+1 (646) 555 0188' }],

  // keep, forget, delete
  ['keep', { kind: 'keep' }],
  ['keep Jake', { kind: 'keep', name: 'Jake' }],
  ['KEEP him', { kind: 'keep' }],
  ['keep nudging me about Jake', { kind: 'keep', name: 'Jake' }],
  ['forget Jake', { kind: 'forget', name: 'Jake' }],
  ['delete Jake', { kind: 'forget', name: 'Jake' }],
  ['remove Jake from my list', { kind: 'forget', name: 'Jake' }],
  ['stop nudging me about Dana', { kind: 'forget', name: 'Dana' }],
  ['delete my data', { kind: 'delete-data' }],
  ['delete everything', { kind: 'delete-data' }],
  ['delete my account', { kind: 'delete-data' }],
  ['erase all my data', { kind: 'delete-data' }],
  ['please delete all of my data', { kind: 'delete-data' }],
  ['DELETE ALL', { kind: 'confirm-delete' }],
  ['delete all', { kind: 'confirm-delete' }],
  ['  Delete   All ', { kind: 'confirm-delete' }],

  // pause, resume
  ['pause', { kind: 'pause', until: null }],
  ['Pause.', { kind: 'pause', until: null }],
  ['pause 2 weeks', { kind: 'pause', until: NOW + 14 * DAY }],
  ['pause until January', { kind: 'pause', until: Date.UTC(2027, 0, 1, 5) }],
  ['take a break for a month', { kind: 'pause', until: Date.UTC(2027, 0, 1, 23) }],
  ['pause everything till monday', { kind: 'pause', until: Date.UTC(2026, 11, 7, 5) }],
  ['on vacation until Dec 20', { kind: 'pause', until: Date.UTC(2026, 11, 20, 5) }],
  ['resume', { kind: 'resume' }],
  ['unpause', { kind: 'resume' }],
  ["I'm back", { kind: 'resume' }],
  ['im back!', { kind: 'resume' }],

  // nudge time
  ['nudge at 6pm', { kind: 'nudge-at', hour: 18, minute: 0 }],
  ['nudge me at 7:30am', { kind: 'nudge-at', hour: 7, minute: 30 }],
  ['nudges at 18:00', { kind: 'nudge-at', hour: 18, minute: 0 }],
  ['remind me at 9', { kind: 'nudge-at', hour: 9, minute: 0 }],
  ['send nudges at noon', { kind: 'nudge-at', hour: 12, minute: 0 }],
  ['Nudge at 8:15 PM', { kind: 'nudge-at', hour: 20, minute: 15 }],
  ['change nudge time to 10am', { kind: 'nudge-at', hour: 10, minute: 0 }],
  ['nudge at 6', { kind: 'nudge-at', hour: 18, minute: 0 }],

  // time zone
  ['tz Chicago', { kind: 'tz', zone: 'America/Chicago' }],
  ['TZ America/Denver', { kind: 'tz', zone: 'America/Denver' }],
  ['timezone: London', { kind: 'tz', zone: 'Europe/London' }],
  ['time zone pacific', { kind: 'tz', zone: 'America/Los_Angeles' }],
  ['set my timezone to Tokyo', { kind: 'tz', zone: 'Asia/Tokyo' }],
  ['tz Narnia', { kind: 'tz-unknown', query: 'Narnia' }],
  ["I'm in Chicago now", { kind: 'tz', zone: 'America/Chicago' }],

  // undo, export
  ['undo', { kind: 'undo' }],
  ['Undo that', { kind: 'undo' }],
  ['oops undo', { kind: 'undo' }],
  ['undo!', { kind: 'undo' }],
  ['scratch that', { kind: 'undo' }],
  ['export', { kind: 'export' }],
  ['export my data', { kind: 'export' }],
  ['send me my data', { kind: 'export' }],
  ['download my people', { kind: 'export' }],

  // same / new person
  ['same', { kind: 'same' }],
  ['same person', { kind: 'same' }],
  ['same one', { kind: 'same' }],
  ['yes same', { kind: 'same' }],
  ["that's her", { kind: 'same' }],
  ['SAME!', { kind: 'same' }],
  ['new', { kind: 'new-person' }],
  ['new person', { kind: 'new-person' }],
  ['different', { kind: 'new-person' }],
  ['different person', { kind: 'new-person' }],
  ['no, someone else', { kind: 'new-person' }],
  ['someone new', { kind: 'new-person' }],
  ['NEW', { kind: 'new-person' }],

  // picks
  ['1', { kind: 'pick', target: { index: 1 } }],
  ['#2', { kind: 'pick', target: { index: 2 } }],
  ['2.', { kind: 'pick', target: { index: 2 } }],
  ['the second one', { kind: 'pick', target: { index: 2 } }],
  ['number 3', { kind: 'pick', target: { index: 3 } }],
  ['3rd', { kind: 'pick', target: { index: 3 } }],

  // notes
  ...(
    [
      'Met Sarah at the climbing gym, she runs a pottery studio and boulders on Tuesdays',
      'Met Dana later at the done-deal bar, she said she is done with her startup',
      'Coffee line at Blue Bottle: Priya Raman, designer at Figma, sarah@example.com',
      'talked to Marco about his band, they play the Bowery next Friday',
      'coffee with Lena from the climbing gym - she is training for a marathon in April',
      'Jake from the founders meetup, 917-555-0199, building a payments startup',
      'so I was at this party last night and there was this guy Tom who knows everybody in the film scene, he said to text him about the screening next week and I honestly think we could be friends, he also loves hiking',
      "Robert'); DROP TABLE people;--",
      "' OR 1=1 --",
      '<script>alert(1)</script>',
      '<b>Met Ana</b> at <i>yoga</i>',
      'Conocí a María en la clase de salsa, trabaja en un banco',
      "J'ai rencontré Claire au café, elle est architecte",
      '在咖啡店认识了小王，他是设计师',
      'Later that night we ended up at the done-deal bar with Kim',
      'ok',
      'thanks!',
      'lol',
      '🦄🌈',
      '...',
      '12345678',
    ] as const
  ).map((text): Row => [text, { kind: 'note', text }]),

  // natural phrasing around a nudge
  ["haven't texted her yet", { kind: 'snooze', until: NOW + DAY }],
  ["I'll text her tomorrow", { kind: 'snooze', until: Date.UTC(2026, 11, 2, 15) }],
  ['will do', { kind: 'snooze', until: NOW + 3 * HOUR }],
  ['maybe next week', { kind: 'snooze', until: NOW + 7 * DAY }],
  ['later today', { kind: 'snooze', until: NOW + 3 * HOUR }],
  ['ask me again next week', { kind: 'snooze', until: NOW + 7 * DAY }],
  ['remind me next Tuesday at 5', { kind: 'snooze', until: Date.UTC(2026, 11, 8, 22) }],
  ['snooze until Dec 15', { kind: 'snooze', until: Date.UTC(2026, 11, 15, 15) }],
  ['snooze until after christmas', { kind: 'snooze', until: NOW + DAY }],
  ['snooze her 2 days', { kind: 'snooze', until: NOW + 2 * DAY }],
  ['#3 snooze 2 days', { kind: 'snooze', until: NOW + 2 * DAY, target: { index: 3 } }],
  ['2 skip', { kind: 'skip', target: { index: 2 } }],
  ['no', { kind: 'skip' }],
  ['on it', { kind: 'done' }],
  ['texting her now', { kind: 'done' }],
  ['followed up with Sarah', { kind: 'done', target: { name: 'Sarah' } }],
  ['sent a text to Priya', { kind: 'done', target: { name: 'Priya' } }],
  ['Jake: done', { kind: 'done', target: { name: 'Jake' } }],
  ['Jake: snooze 3 days', { kind: 'snooze', until: NOW + 3 * DAY, target: { name: 'Jake' } }],
  ['done, no reply yet', { kind: 'update', warmth: 'none', text: 'done, no reply yet' }],
  ['Done - she replied right away!', { kind: 'update', warmth: 'warm', text: 'Done - she replied right away!' }],
  ['Sarah, no reply yet', { kind: 'update', warmth: 'none', text: 'Sarah, no reply yet', target: { name: 'Sarah' } }],
  ["haven't heard back from Priya", { kind: 'update', warmth: 'none', text: "haven't heard back from Priya", target: { name: 'Priya' } }],
  ['she replied after 2 days', { kind: 'update', warmth: 'lukewarm', text: 'she replied after 2 days' }],
  ["she said she'd love to", { kind: 'update', warmth: 'warm', text: "she said she'd love to" }],
  [
    "Sarah was super excited when I texted, we're getting coffee Thursday",
    { kind: 'update', warmth: 'warm', text: "Sarah was super excited when I texted, we're getting coffee Thursday", target: { name: 'Sarah' } },
  ],
  // more recall and control
  ['who is sarah chen?', { kind: 'who', name: 'sarah chen' }],
  ['where did I meet Sarah?', { kind: 'who', name: 'Sarah' }],
  ["what's Sarah's number?", { kind: 'who', name: 'Sarah' }],
  ['let go of Jake', { kind: 'forget', name: 'Jake' }],
  ['DELETE ALL.', { kind: 'delete-data' }],
  ['pause till jan', { kind: 'pause', until: Date.UTC(2027, 0, 1, 5) }],
  ["I'm on vacation until the 28th", { kind: 'pause', until: Date.UTC(2026, 11, 28, 5) }],
  ['stop all nudges', { kind: 'pause', until: null }],
  ['nudge at 8 in the morning', { kind: 'nudge-at', hour: 8, minute: 0 }],
  ['change my nudge time to 6:45pm', { kind: 'nudge-at', hour: 18, minute: 45 }],
  ['tz pst', { kind: 'tz', zone: 'America/Los_Angeles' }],
  ['my timezone is central', { kind: 'tz', zone: 'America/Chicago' }],
  ['not her, someone new', { kind: 'new-person' }],
  ['another Sarah', { kind: 'new-person' }],
  ['number two', { kind: 'pick', target: { index: 2 } }],
  ...(
    [
      'nudge at 25',
      'Later that day I saw her at the gym',
      "Lena at the party last night, she's a nurse, super excited about her new job",
      "Great chat with Priya at the conference, she's into ML",
      'DROP TABLE people;',
      '{"kind":"stop"}',
    ] as const
  ).map((text): Row => [text, { kind: 'note', text }]),

  // the user's own zone decides what "tomorrow" and "friday" are
  ['remind me tomorrow', { kind: 'snooze', until: Date.UTC(2026, 11, 3, 1) }, 'Asia/Tokyo'],
  ['snooze till friday', { kind: 'snooze', until: Date.UTC(2026, 11, 4, 1) }, 'Asia/Tokyo'],
  ['snooze 3 days', { kind: 'snooze', until: NOW + 3 * DAY }, 'Asia/Tokyo'],
  ['pause until January', { kind: 'pause', until: Date.UTC(2026, 11, 31, 15) }, 'Asia/Tokyo'],
  ['remind me tomorrow', { kind: 'snooze', until: Date.UTC(2026, 11, 2, 10) }, 'Europe/London'],
  ['remind me friday', { kind: 'snooze', until: Date.UTC(2026, 11, 4, 10) }, 'Europe/London'],
  ['tomorrow', { kind: 'snooze', until: Date.UTC(2026, 11, 2, 18) }, 'America/Los_Angeles'],
];

function parseRow([text, , timeZone]: Row): Command {
  return parseReply(text, { now: NOW, timeZone: timeZone ?? NEW_YORK });
}

describe('parseReply table', () => {
  it('scores every row', () => {
    const misses = rows.filter((row) => !equalIntents(parseRow(row), row[1]));
    console.log(`parse-reply table: ${rows.length - misses.length}/${rows.length}`);
    expect(rows.length).toBeGreaterThanOrEqual(150);
    expect(misses.map(([text]) => text)).toEqual([]);
  });

  it.each(rows.map((row) => ({ text: JSON.stringify(row[0]), zone: row[2] ?? NEW_YORK, row })))('$text ($zone)', ({ row }) => {
    expect(parseRow(row)).toEqual(row[1]);
  });
});

function equalIntents(actual: Command, expected: Command): boolean {
  try {
    expect(actual).toEqual(expected);
    return true;
  } catch {
    return false;
  }
}

describe('parseReply across a clock change', () => {
  it('lands "tomorrow" at 10:00 local on the day daylight saving starts', () => {
    // Sat 2026-03-07 18:00 EST; on Sunday New York is on EDT (UTC-4)
    const now = Date.UTC(2026, 2, 7, 23, 0);
    expect(parseReply('remind me tomorrow', { now, timeZone: NEW_YORK })).toEqual({
      kind: 'snooze',
      until: Date.UTC(2026, 2, 8, 14, 0),
    });
  });
});

const KINDS = new Set<Command['kind']>([
  'empty',
  'done',
  'snooze',
  'skip',
  'update',
  'who',
  'list',
  'add-note',
  'keep',
  'forget',
  'pause',
  'resume',
  'nudge-at',
  'tz',
  'tz-unknown',
  'undo',
  'export',
  'delete-data',
  'confirm-delete',
  'same',
  'new-person',
  'pick',
  'help',
  'stop',
  'start',
  'note',
]);

const VOCABULARY = [
  'done',
  'snooze',
  'later',
  'skip',
  'remind me',
  'tomorrow',
  'next week',
  'pause',
  'resume',
  'nudge at',
  'tz',
  'who is',
  '?',
  ':',
  'keep',
  'forget',
  'delete',
  'all',
  'export',
  'undo',
  'same',
  'new',
  'list',
  'met',
  'in 3 days',
  '6pm',
  '25:99',
  '13pm',
  'at 0',
  'until',
  'Sarah',
  '#2',
  '2',
  'STOP',
  'help',
  '👍',
  '✅',
  'no reply',
];

const ZONES = ['America/New_York', 'Asia/Tokyo', 'Europe/London', 'Pacific/Chatham', 'America/St_Johns', 'Not/AZone'];

describe('parseReply on arbitrary text', () => {
  it('never throws and always returns one well-formed intent', () => {
    const text = fc.oneof(
      fc.string({ unit: 'grapheme', maxLength: 80 }),
      fc.string({ unit: 'binary', maxLength: 80 }),
      fc.string({ unit: 'grapheme-ascii', maxLength: 40 }),
      fc
        .array(fc.oneof(fc.constantFrom(...VOCABULARY), fc.string({ unit: 'grapheme', maxLength: 6 })), { maxLength: 8 })
        .chain((parts) => fc.constantFrom(parts.join(' '), parts.join(''), parts.join(', '))),
    );
    const nows = fc.integer({ min: Date.UTC(2000, 0, 1), max: Date.UTC(2100, 0, 1) });
    fc.assert(
      fc.property(text, nows, fc.constantFrom(...ZONES), (input, now, timeZone) => {
        const intent = parseReply(input, { now, timeZone });
        expect(KINDS.has(intent.kind)).toBe(true);
        if (intent.kind === 'snooze') expect(intent.until).toBeGreaterThan(now);
        if (intent.kind === 'pause' && intent.until !== null) expect(intent.until).toBeGreaterThan(now);
        if (intent.kind === 'nudge-at') {
          expect(intent.hour).toBeGreaterThanOrEqual(0);
          expect(intent.hour).toBeLessThanOrEqual(23);
          expect(intent.minute).toBeGreaterThanOrEqual(0);
          expect(intent.minute).toBeLessThanOrEqual(59);
        }
        if (intent.kind === 'note' || intent.kind === 'update') expect(intent.text).toBe(input);
        if (input.trim() === '') expect(intent.kind).toBe('empty');
      }),
      { numRuns: 2_000 },
    );
  }, 60_000); // 10,000 runs take ~5 s on a loaded machine, past vitest's default timeout
});
