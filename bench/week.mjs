// Sections 2 and 5: a scripted week of conversations against the counting Worker. Eight people text notes and commands
// on a simulated clock, the cron runs every 15 minutes, and each person answers the nudges they get. Every reply and
// every nudge is kept, with the D1 round trips of each inbound text.

import { readFileSync } from 'node:fs';
import { runCron, textWorker } from './stack.mjs';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
/** Tuesday 2026-12-01 18:00 in New York: the moment the corpus notes are dated from. */
export const WEEK_START = Date.UTC(2026, 11, 1, 23, 0);
const WEEK = 7 * DAY;
const TICK = 15 * MINUTE;

export const corpus = readFileSync(new URL('../test/fixtures/notes.jsonl', import.meta.url), 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((line) => JSON.parse(line).note);
const note = (index) => corpus[index];

/**
 * Who texts what, and when (offset from WEEK_START). `label` marks the texts section 2 reports.
 * `answers`: what they text 20 minutes after each nudge, in turn; `how`: answers to "how did it go?", 2 hours later;
 * "Which one?" gets "1" five minutes later.
 */
const PEOPLE = [
  {
    phone: '+12125550101',
    texts: [
      [0, note(0), 'capture, new user (first note)'],
      [10 * MINUTE, note(2), 'capture, existing user (new person)'],
      [20 * MINUTE, 'who is Sarah?', 'who is X?'],
      [25 * MINUTE, 'list', 'list'],
      [30 * MINUTE, 'help'],
      [DAY + 2 * HOUR, 'Sarah: moving to Denver'],
      [2 * DAY, note(1)],
      [3 * DAY, 'export'],
    ],
    answers: ['done', 'snooze 3 days', 'skip', 'done'],
    how: ['she was super excited', 'no answer yet'],
  },
  {
    phone: '+13105550102',
    texts: [
      [HOUR, note(3)],
      [3 * DAY, note(4)],
      [3 * DAY + 5 * MINUTE, 'nudge me at 6pm'],
    ],
    answers: [['done', 'done (after a nudge)'], 'skip', 'done'],
    how: ['he wrote back right away'],
  },
  {
    phone: '+16175550103',
    texts: [
      [2 * HOUR, note(5)],
      [2 * DAY, note(6)],
      [2 * DAY + 5 * MINUTE, note(7)],
      [4 * DAY, 'pause 2 days'],
      [6 * DAY, 'resume'],
    ],
    answers: [['snooze 3 days', 'snooze 3 days (after a nudge)'], 'done', 'skip'],
    how: ['no answer yet'],
  },
  {
    phone: '+13125550104',
    texts: [
      [30 * MINUTE, note(8)],
      [35 * MINUTE, note(9)],
      [40 * MINUTE, note(23)],
      [45 * MINUTE, 'Maya'],
      [DAY, note(10)],
      [DAY + MINUTE, 'who is José?'],
    ],
    answers: ['sent it', 'snooze', 'done', 'skip'],
    how: ['she was super excited', 'we are getting coffee friday'],
  },
  {
    phone: '+447700900105',
    texts: [
      [0, note(11)],
      [5 * MINUTE, note(12)],
      [10 * MINUTE, 'tz New York'],
    ],
    answers: ['done', 'skip'],
    how: ['wrote back right away'],
  },
  {
    phone: '+14155550106',
    texts: [
      [3 * HOUR, note(13)],
      [3 * HOUR + 5 * MINUTE, note(14)],
      [DAY, note(15)],
      [DAY + 10 * MINUTE, 'Grace from yoga, loves green tea'],
      [DAY + 12 * MINUTE, 'new'],
    ],
    answers: ['done', 'skip', 'done'],
    how: ['great, she answered'],
  },
  {
    phone: '+12065550107',
    texts: [
      [DAY, note(16)],
      [DAY + 5 * MINUTE, note(17)],
      [DAY + 10 * MINUTE, note(18)],
      [DAY + 20 * MINUTE, 'undo'],
      [2 * DAY, 'tz Chicago'],
      [6 * DAY, 'delete my data'],
      [6 * DAY + 2 * MINUTE, 'DELETE ALL'],
    ],
    answers: ['skip', 'done', 'snooze 3 days'],
    how: ['no reply yet'],
  },
  {
    phone: '+15125550108',
    texts: [
      [2 * DAY, note(19)],
      [2 * DAY + MINUTE, note(20)],
      [2 * DAY + 2 * MINUTE, note(21)],
      [2 * DAY + 3 * MINUTE, note(22)],
      [2 * DAY + 4 * MINUTE, 'thanks!'],
      [2 * DAY + 5 * MINUTE, 'list'],
      [6 * DAY, 'STOP'],
      [6 * DAY + HOUR, 'START'],
    ],
    answers: ['done', 'snooze 2 days', 'done'],
    how: ['she replied!'],
  },
];

/**
 * Plays the week. Returns every inbound text with its reply and D1 count, every nudge, and the cron figures.
 * @param {{ url: string, standin: { messages: Array<{to: string, body: string}> } }} stack
 */
export async function playWeek({ url, standin }) {
  const queue = [];
  for (const person of PEOPLE) for (const [offset, body, label] of person.texts) queue.push({ at: WEEK_START + offset, phone: person.phone, body, label });
  const state = new Map(PEOPLE.map((person) => [person.phone, { person, answered: 0, how: 0, sent: [] }]));
  const texts = [];
  const nudges = [];
  let cronRuns = 0;
  let cronMs = 0;
  let seen = standin.messages.length;

  for (let tick = WEEK_START; tick <= WEEK_START + WEEK; tick += TICK) {
    queue.sort((a, b) => a.at - b.at);
    while (queue.length && queue[0].at <= tick) {
      const step = queue.shift();
      const who = state.get(step.phone);
      who.sent.push(step.body);
      const answer = await textWorker(url, step.phone, step.body, step.at);
      texts.push({
        ...step,
        status: answer.status,
        reply: answer.reply,
        latencyMs: answer.latencyMs,
        d1Ms: answer.d1Ms,
        roundTrips: answer.roundTrips,
        statements: answer.statements,
        trace: answer.trace,
        input: who.sent.join('\n'),
      });
      if (answer.reply && /how did it go/i.test(answer.reply) && who.how < who.person.how.length) {
        queue.push({ at: step.at + 2 * HOUR, phone: step.phone, body: who.person.how[who.how++] });
      }
      // "Which one? 1) Sarah 2) Jake": they pick the first
      if (answer.reply && /^Which one\?/.test(answer.reply)) queue.push({ at: step.at + 5 * MINUTE, phone: step.phone, body: '1' });
    }
    const cron = await runCron(url, tick);
    cronRuns += 1;
    cronMs += cron.ms;
    for (const message of standin.messages.slice(seen)) {
      const who = state.get(message.to);
      nudges.push({ at: tick, phone: message.to, body: message.body, input: who ? who.sent.join('\n') : '' });
      if (who && who.answered < who.person.answers.length) {
        const answer = who.person.answers[who.answered++];
        const [body, label] = Array.isArray(answer) ? answer : [answer, undefined];
        queue.push({ at: tick + 20 * MINUTE, phone: message.to, body, label });
      }
    }
    seen = standin.messages.length;
  }
  return { texts, nudges, cronRuns, cronMs, start: WEEK_START, end: WEEK_START + WEEK };
}
