// `npm run demo`: a scripted week with Kindling on a fresh local stack, printed as a transcript with simulated times.
// Exits non-zero when Kindling never replied to a text or never sent a nudge. Writes dev/demo-transcript.txt.

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { startStack } from './start.mjs';

const TRANSCRIPT_FILE = fileURLToPath(new URL('./demo-transcript.txt', import.meta.url));
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

const ME = '+12125550100'; // New York

/** The week, step by step: texts from the user and moves of the clock. */
const SCRIPT = [
  { text: "Met Sarah at the climbing gym, she's into bouldering and runs a pottery studio. 917-555-0199" },
  { next: 'Wait for the first nudge' },
  { wait: 20 * MINUTE },
  { text: 'sent it' },
  { wait: 3 * HOUR },
  { text: 'she was super excited' },
  { next: 'Wait for the deeper suggestion' },
  { wait: 10 * MINUTE },
  { text: 'snooze 3 days' },
  { wait: 5 * HOUR },
  { text: 'Sarah: moving to Denver' },
  { wait: 30 * MINUTE },
  { text: 'who is Sarah?' },
  { wait: 2 * HOUR },
  { text: 'Coffee with Jake from the design meetup, he is building a typography startup and loves trail running' },
  { next: 'Wait for the next nudge' },
  { wait: 15 * MINUTE },
  { text: 'done' },
  { next: 'Wait for the next nudge' },
];

function formatter(timeZone) {
  const format = new Intl.DateTimeFormat('en-US', { timeZone, weekday: 'short', month: 'short', day: 'numeric', hour: 'numeric', minute: '2-digit' });
  return (ms) => format.format(ms).replace(/,/g, '');
}

function describeDuration(ms) {
  if (ms >= DAY) return `${(ms / DAY).toFixed(ms % DAY ? 1 : 0)} days`;
  if (ms >= HOUR) return `${(ms / HOUR).toFixed(ms % HOUR ? 1 : 0)} h`;
  return `${Math.round(ms / MINUTE)} min`;
}

/**
 * Runs the script against a running simulator.
 * @returns {{ lines: string[], replies: number, nudges: number, unanswered: string[] }}
 */
export async function runDemo(simulator, { phone = ME, weekMs = 8 * DAY } = {}) {
  const { timeZone } = await simulator.state(phone);
  const at = formatter(timeZone);
  const lines = [];
  const start = simulator.now();
  let seen = simulator.conversation(phone).length;
  let replies = 0;
  let nudges = 0;
  const unanswered = [];

  const speaker = { me: 'Me      ', kindling: 'Kindling', system: '(sim)   ' };
  const pad = Math.max(at(start).length, 18);
  function printNew({ clock = false } = {}) {
    const entries = simulator.conversation(phone).slice(seen);
    seen += entries.length;
    for (const entry of entries) {
      const badge = entry.direction === 'kindling' ? `  [${entry.segments} seg · ${entry.encoding}${clock ? ' · nudge' : ''}]` : '';
      const [first, ...rest] = entry.body.split('\n');
      lines.push(`${at(entry.at).padEnd(pad)}  ${speaker[entry.direction]}  ${first}${rest.length ? '' : badge}`);
      rest.forEach((line, index) => lines.push(`${' '.repeat(pad + 12)}${line}${index === rest.length - 1 ? badge : ''}`));
    }
    return entries;
  }

  lines.push(`Kindling demo: one simulated week for ${phone} (${timeZone}), Kindling at ${(await simulator.state(phone)).kindlingNumber}`);
  lines.push('');
  for (const step of SCRIPT) {
    if (step.text) {
      await simulator.sendText(phone, step.text);
      const entries = printNew();
      const answered = entries.some((e) => e.direction === 'kindling');
      if (answered) replies += 1;
      else unanswered.push(step.text);
    } else if (step.wait) {
      await simulator.advanceClock(step.wait);
      const entries = printNew({ clock: true });
      nudges += entries.filter((e) => e.direction === 'kindling').length;
    } else if (step.next) {
      const remaining = Math.min(start + weekMs - simulator.now(), 4 * DAY);
      if (remaining <= 0) break;
      const before = simulator.now();
      lines.push('');
      lines.push(`  -- ${step.next}: the cron runs every 15 minutes...`);
      const { stoppedOnText } = await simulator.advanceClock(remaining, { untilText: phone });
      const entries = printNew({ clock: true });
      nudges += entries.filter((e) => e.direction === 'kindling').length;
      lines.push(
        stoppedOnText ? `  -- (${describeDuration(simulator.now() - before)} later)` : `  -- no text in ${describeDuration(simulator.now() - before)}`,
      );
      lines.push('');
    }
  }
  const state = await simulator.state(phone);
  if (state.problem) lines.push('', `Simulator problem: ${state.problem}`);
  lines.push(
    '',
    `${replies} of ${SCRIPT.filter((s) => s.text).length} texts answered, ${nudges} nudge${nudges === 1 ? '' : 's'} sent, ${describeDuration(simulator.now() - start)} simulated.`,
  );
  return { lines, replies, nudges, unanswered };
}

async function main() {
  const persistTo = mkdtempSync(join(tmpdir(), 'kindling-demo-'));
  console.log('Starting a fresh Kindling (wrangler dev) and the Twilio stand-in...');
  let stack;
  let exitCode = 0;
  const interrupt = async () => {
    await stack?.stop();
    rmSync(persistTo, { recursive: true, force: true });
    process.exit(130);
  };
  process.once('SIGINT', interrupt);
  process.once('SIGTERM', interrupt);
  try {
    stack = await startStack({ persistTo, log: () => {} });
    const { lines, replies, nudges, unanswered } = await runDemo(stack.simulator);
    const transcript = `${lines.join('\n')}\n`;
    console.log(`\n${transcript}`);
    writeFileSync(TRANSCRIPT_FILE, transcript);
    console.log(`Transcript written to ${TRANSCRIPT_FILE}`);
    if (replies === 0) {
      console.error('FAIL: Kindling never replied to a text.');
      exitCode = 1;
    } else if (nudges === 0) {
      console.error('FAIL: Kindling never sent a nudge.');
      exitCode = 1;
    }
    if (unanswered.length) console.error(`Note: no reply to ${unanswered.map((t) => JSON.stringify(t)).join(', ')}`);
  } catch (problem) {
    console.error(problem.message);
    exitCode = 1;
  } finally {
    await stack?.stop();
    rmSync(persistTo, { recursive: true, force: true });
  }
  process.exit(exitCode);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await main();
