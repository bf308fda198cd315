// The hostile-input bench: the worst CPU one accepted webhook body costs in the pure work the route does for it (the
// opt-out check, decoding and reading every card attachment, decide with understand inside), for cards, texts and 20
// attachments built to be slow. Section 7 of bench/RESULTS.md; `npm run bench` calls measureHostile(); alone:
// node bench/hostile.mjs [--write]   (--write puts the section and its summary row into bench/RESULTS.md)
import { build } from 'esbuild';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const RESULTS_FILE = fileURLToPath(new URL('./RESULTS.md', import.meta.url));
const GOAL_MS = 20;
const WARMUP_RUNS = 5;
/** Rounds over every input, untimed, before any is timed: a Worker's isolate has compiled its code by its hundredth text. */
const WARM_ROUNDS = 10;
const TIMED_RUNS = 30;
/** The largest card the fetch accepts (src/twilio/media.ts MAX_CARD_BYTES) and the longest body Twilio delivers. */
const CARD_BYTES = 256 * 1024;
const BODY_CHARS = 1_600;

/** The route's pure steps, bundled as wrangler bundles them. */
async function loadPipeline() {
  const scratch = mkdtempSync(join(tmpdir(), 'kb-hostile-'));
  try {
    const entry = join(scratch, 'entry.ts');
    const outfile = join(scratch, 'bundle.mjs');
    writeFileSync(
      entry,
      `export { cardBytesEach, readFetchedMedia } from '${root}src/channels/shared-media.ts';
       export { decide } from '${root}src/conversation/decide/index.ts';
       export { isCarrierOptOut, isOptOutRequest } from '${root}src/domain/opt-out.ts';
       export { MAX_CARD_BYTES } from '${root}src/twilio/media.ts';
       export { NOW, personOf, nudgeOf, snapshotOf, userOf } from '${root}test/support/snapshots.ts';`,
    );
    await build({ entryPoints: [entry], bundle: true, format: 'esm', platform: 'node', outfile, logLevel: 'error' });
    return await import(pathToFileURL(outfile).href);
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

const card = (lines) => `BEGIN:VCARD\r\n${lines.join('\r\n')}\r\nEND:VCARD\r\n`;
/** Pads `build(n)` to just under `bytes` UTF-8 bytes by growing n. */
function fill(bytes, build) {
  let n = 1;
  while (Buffer.byteLength(build(n * 2)) <= bytes) n *= 2;
  let step = n / 2;
  while (step >= 1) {
    if (Buffer.byteLength(build(n + step)) <= bytes) n += step;
    step = Math.floor(step / 2);
  }
  return build(n);
}

/**
 * Cards of `bytes` (the largest accepted), each shaped against a different shortcut; each built when its case runs,
 * so the heap holds one case's input at a time, as a Worker's holds one text's.
 */
function hostileCards(bytes) {
  const max = (build) => () => fill(bytes, build);
  return {
    'parameter flood FN;a;a;...:x': max((n) => card(['VERSION:3.0', `FN${';a'.repeat(n)}:x`])),
    'parameter flood, no colon': max((n) => card(['VERSION:3.0', `FN${';a'.repeat(n)}`, 'FN:Sam'])),
    'quotes and semicolons': max((n) => card(['VERSION:3.0', `FN${';"a;'.repeat(n)}:x`])),
    'one TYPE with endless values': max((n) => card(['VERSION:3.0', 'FN:Sam', `TEL;TYPE=${'a,'.repeat(n)}:+12125550101`])),
    'one 256 KiB line': max((n) => card(['VERSION:3.0', 'FN:Sam', `NOTE:${'x'.repeat(n)}`])),
    'a line folded every character': max((n) => card(['VERSION:3.0', `NOTE:${'x\r\n '.repeat(n)}`, 'FN:Sam'])),
    'quoted-printable soft breaks': max((n) => card(['VERSION:2.1', `NOTE;QUOTED-PRINTABLE:${'==\r\n'.repeat(n)}`, 'FN:Sam'])),
    'escapes and line breaks in every field': max((n) =>
      card(['VERSION:3.0', `FN:${'Sam\\n'.repeat(n)}`, `ORG:${'Acme\\n\u202e'.repeat(n)}`, `TITLE:${'x\\,'.repeat(n)}`, `NOTE:${'\\n'.repeat(n)}`]),
    ),
    'a 20,006-character name': () => card(['VERSION:3.0', `FN:${'Zed '.repeat(5_001)}Zz`, 'TEL:+19175550143']),
    'thousands of numbers': max((n) =>
      card(['VERSION:3.0', 'FN:Sam', ...Array.from({ length: n }, (_, i) => `TEL:+1212555${String(i % 10_000).padStart(4, '0')}`)]),
    ),
    'thousands of emails and links': max((n) =>
      card([
        'VERSION:3.0',
        'FN:Sam',
        ...Array.from({ length: n }, (_, i) => (i % 2 ? `EMAIL:a${i}@${'b.'.repeat(40)}c` : `URL:https://instagram.com/${'a'.repeat(60)}${i}`)),
      ]),
    ),
    'whitespace runs in a number and an address': max((n) => card(['VERSION:3.0', 'FN:Sam', `TEL:1${' '.repeat(n)}1`, `EMAIL:a@${'b.'.repeat(n)} `])),
    'thousands of tiny cards': max((n) => Array.from({ length: n }, (_, i) => card([`FN:Person ${i}`])).join('')),
    'an honest card with a 250 KiB photo': max((n) =>
      card([
        'VERSION:3.0',
        'FN:Big Photo',
        'TEL;TYPE=CELL:(917) 555-0199',
        `PHOTO;ENCODING=b;TYPE=JPEG:${'QUJD'
          .repeat(n)
          .match(/.{1,74}/g)
          .join('\r\n ')}`,
      ]),
    ),
  };
}

/** Bodies of up to 1,600 characters, each aimed at a different part of understand(). */
function hostileTexts() {
  const upTo = (unit) => unit.repeat(Math.floor(BODY_CHARS / unit.length)).slice(0, BODY_CHARS);
  const names = Array.from({ length: 400 }, (_, i) => `${String.fromCharCode(65 + (i % 26))}${'aeiou'[i % 5]}${String.fromCharCode(97 + ((i * 7) % 26))}a`);
  return {
    'repeated punctuation': upTo('!?.,;:-'),
    'one dot 1,600 times': upTo('.'),
    emoji: upTo('😀🎉'),
    'emoji with joiners and bidi marks': upTo('👩‍👩‍👧\u202e\u200b'),
    'many names': `met ${names.join(', ')}`.slice(0, BODY_CHARS),
    'many names with ties': upTo("met Ana and her sister Bea and Bea's husband Cal, "),
    'nested quotes': upTo(`"'“‘`),
    'quoted names': upTo('met "Sam "the" Man" at "the "gym"" '),
    'phone-number-looking digits': upTo('917-555-0123 '),
    'one long number': upTo('1'),
    'digits and separators': upTo('+1 (917) 555 0123 x12 '),
    'dates and times': upTo('tomorrow at 10am next friday 3/4 in 2 weeks '),
    'words that look like commands': upTo('sn00ze 2 wekks skippp done w maya undo stop? '),
    'a capture note over and over': upTo('met jake and priya at marcos bday, priya is a nurse, 917 555 0188. '),
    'links and handles': upTo('https://instagram.com/aaaa @bbbb linkedin.com/in/cccc '),
    'one word, no spaces': upTo('a'),
    'words, no punctuation': upTo('a '),
    'line breaks': upTo('\n'),
  };
}

const pick = ({ group, name, cpuMedian, wallMin }) => ({ group, name, cpuMedian, wallMin });

/**
 * CPU time of this thread (the one running the pipeline, as the isolate's thread runs a request) in ms, from Linux's
 * per-thread scheduler statistics (ns); null elsewhere. process.cpuUsage also counts V8's helper threads: background
 * JIT compiles and concurrent garbage collection, which run beside the request, not in it.
 */
const THREAD_STAT = '/proc/thread-self/schedstat';
const threadCpuMs = (() => {
  try {
    readFileSync(THREAD_STAT, 'utf8');
  } catch {
    return null;
  }
  return () => {
    // the kernel brings the running thread's figure up to date only at a scheduler tick (4 ms here) or when the
    // process's CPU time is read: read that first, so each reading is exact, not up to a tick behind
    process.cpuUsage();
    return Number(readFileSync(THREAD_STAT, 'utf8').split(' ')[0]) / 1e6;
  };
})();
const quantile = (list, q) => [...list].sort((a, b) => a - b)[Math.min(list.length - 1, Math.floor(q * list.length))];

/**
 * Times `run(i)` WARMUP_RUNS times untimed, then TIMED_RUNS times: wall time (performance.now), this thread's CPU time
 * (threadCpuMs: the request's own work, its garbage collection pauses included, descheduled time excluded) and this
 * process's (process.cpuUsage, user + system: the thread plus V8's helper threads). `i` moves the clock on by a
 * millisecond a run, as every real text comes at its own instant: nothing remembered for one instant serves the next.
 */
function timeRuns(run) {
  let i = 0;
  for (; i < WARMUP_RUNS; i++) run(i);
  const wall = [];
  const cpu = [];
  const thread = [];
  for (; i < WARMUP_RUNS + TIMED_RUNS; i++) {
    const usage = process.cpuUsage();
    const threadAt = threadCpuMs?.();
    const start = performance.now();
    run(i);
    wall.push(performance.now() - start);
    if (threadCpuMs) thread.push(threadCpuMs() - threadAt);
    const spent = process.cpuUsage(usage);
    cpu.push((spent.user + spent.system) / 1000);
  }
  const threadFigures = threadCpuMs ? { threadMax: Math.max(...thread), threadMedian: quantile(thread, 0.5) } : { threadMax: null, threadMedian: null };
  return {
    wallMax: Math.max(...wall),
    wallMedian: quantile(wall, 0.5),
    wallMin: Math.min(...wall),
    cpuMax: Math.max(...cpu),
    cpuMedian: quantile(cpu, 0.5),
    ...threadFigures,
  };
}

/** The figures of section 7: every hostile input through the route's pure steps, on a new user and on a full one. */
export async function measureHostile() {
  const p = await loadPipeline();
  const loadBefore = loadavg()[0];
  const people = Array.from({ length: 500 }, (_, i) =>
    p.personOf({ id: i + 1, name: `Person${i} Lastname`, met: 'the gym', interests: ['climbing'], updatedAt: p.NOW - i * 60_000 }),
  );
  const nudges = people.slice(0, 100).map((person, i) => p.nudgeOf({ id: i + 1, personId: person.id }));
  const snapshots = {
    'new user': p.snapshotOf({ isNewUser: true, peopleTotal: 0, people: [] }),
    '500 people loaded': p.snapshotOf({ people, nudges, peopleTotal: 1_999 }),
  };
  const inputs = { now: p.NOW, origin: 'https://kindling.test', exportToken: 'T'.repeat(43), limits: { repliesPerMinute: 5 } };
  const encoder = new TextEncoder();
  /** What the route does with one accepted body: opt-out check, each card decoded and read, then decide. */
  const pipeline = (body, files, snapshot) => {
    const bytes = files.map((file) => encoder.encode(file));
    const limit = p.cardBytesEach(files.length);
    return (run = 0) => {
      const now = p.NOW + run;
      p.isCarrierOptOut(body);
      p.isOptOutRequest(body);
      // as fetchCardMedia: a card over its share of the text's bytes is refused unread, the others decoded
      const fetched = bytes.map((file) =>
        file.length > limit ? { kind: 'too-large', limitBytes: limit } : { kind: 'ok', text: new TextDecoder('utf-8').decode(file), contentType: 'text/vcard' },
      );
      const media = fetched.length ? p.readFetchedMedia(fetched, { now, timeZone: 'America/New_York', defaultCountry: 'US' }) : undefined;
      return p.decide(snapshot, body, { ...inputs, now, numMedia: files.length, ...(media ? { media } : {}) });
    };
  };
  const cards = hostileCards(CARD_BYTES);
  const halves = hostileCards(p.cardBytesEach(2));
  const twentieth = hostileCards(p.cardBytesEach(20));
  const texts = hostileTexts();
  const worstText = texts['a capture note over and over'];
  const tenSmall = Array.from({ length: 10 }, (_, i) => card(['VERSION:3.0', `FN:Guest${i} Lastname`, 'TEL:+19175550100', `NOTE:${'hi '.repeat(20)}`])).join(
    '',
  );
  const cases = [
    ...Object.entries(cards).map(([name, file]) => ({ group: 'card', name, body: '', files: () => [file()] })),
    ...Object.entries(texts).map(([name, body]) => ({ group: 'text', name, body, files: () => [] })),
    ...Object.entries(halves).map(([name, file]) => ({ group: '2 media', name: `2 x ${name}`, body: '', files: () => Array(2).fill(file()) })),
    ...Object.entries(twentieth).map(([name, file]) => ({ group: '20 media', name: `20 x ${name}`, body: '', files: () => Array(20).fill(file()) })),
    {
      group: '20 media',
      name: '20 x a 256 KiB card (refused unread: over its share)',
      body: '',
      files: () => Array(20).fill(cards['thousands of tiny cards']()),
    },
    { group: '20 media', name: '20 x 10 small cards, the capture note as body', body: worstText, files: () => Array(20).fill(tenSmall) },
  ];
  {
    // JIT warm-up: V8 compiles the hot code on helper threads over the first few hundred runs (process CPU then runs at
    // up to twice thread CPU); a Worker serving texts is past that, and one cold isolate's first text is not what the
    // goal is about. Every input on both snapshots, round after round, then dropped before the timed runs.
    const warm = cases.flatMap((item) => {
      const files = item.files();
      return Object.values(snapshots).map((snapshot) => pipeline(item.body, files, snapshot));
    });
    for (let round = 0; round < WARM_ROUNDS; round++) for (const run of warm) run(round);
  }
  for (const item of cases) {
    const files = item.files();
    item.bytes = Buffer.byteLength(item.body) + files.reduce((sum, file) => sum + Buffer.byteLength(file), 0);
    item.runs = Object.entries(snapshots).map(([snapshot, value]) => ({ snapshot, ...timeRuns(pipeline(item.body, files, value)) }));
    // the goal's figure: this thread's CPU where Linux tells it, else the process's
    const figure = (run) => ({ max: run.threadMax ?? run.cpuMax, median: run.threadMedian ?? run.cpuMedian });
    const worst = item.runs.reduce((a, b) => (figure(b).max > figure(a).max ? b : a));
    Object.assign(item, {
      cpuMax: figure(worst).max,
      cpuMedian: figure(worst).median,
      processMax: Math.max(...item.runs.map((run) => run.cpuMax)),
      processMedian: Math.max(...item.runs.map((run) => run.cpuMedian)),
      wallMax: Math.max(...item.runs.map((run) => run.wallMax)),
      wallMin: Math.min(...item.runs.map((run) => run.wallMin)),
    });
    item.reply = pipeline(item.body, files, snapshots['new user'])().reply;
  }
  const groups = ['card', 'text', '2 media', '20 media'].map((group) => {
    const of = cases.filter((item) => item.group === group);
    const worst = of.reduce((a, b) => (b.cpuMax > a.cpuMax ? b : a));
    const worstProcess = of.reduce((a, b) => (b.processMax > a.processMax ? b : a));
    return {
      group,
      inputs: of.length,
      cpuMax: worst.cpuMax,
      worst: worst.name,
      cpuMedian: Math.max(...of.map((item) => item.cpuMedian)),
      processMax: worstProcess.processMax,
      worstProcess: worstProcess.name,
      processMedian: Math.max(...of.map((item) => item.processMedian)),
      wallMax: Math.max(...of.map((item) => item.wallMax)),
    };
  });
  return {
    cases: cases.map(({ group, name, bytes, cpuMax, cpuMedian, processMax, processMedian, wallMax, wallMin, reply }) => ({
      group,
      name,
      bytes,
      cpuMax,
      cpuMedian,
      processMax,
      processMedian,
      wallMax,
      wallMin,
      replyChars: reply?.length ?? 0,
    })),
    groups,
    cpuMax: Math.max(...groups.map((group) => group.cpuMax)),
    processMax: Math.max(...groups.map((group) => group.processMax)),
    processMedian: Math.max(...groups.map((group) => group.processMedian)),
    cpuKind: threadCpuMs ? 'thread' : 'process',
    worstMedian: pick(cases.reduce((a, b) => (b.cpuMedian > a.cpuMedian ? b : a))),
    worstFastest: pick(cases.reduce((a, b) => (b.wallMin > a.wallMin ? b : a))),
    load: [loadBefore, loadavg()[0]],
    goalMs: GOAL_MS,
    warmupRuns: WARMUP_RUNS,
    warmRounds: WARM_ROUNDS,
    timedRuns: TIMED_RUNS,
    snapshots: Object.keys(snapshots),
  };
}

const n2 = (value) => value.toFixed(2);
const kib = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`;

/** Section 7's markdown and its summary row ([section, goal, measured, met]). */
export function renderHostile(result) {
  const met = result.cpuMax < result.goalMs;
  const thread = result.cpuKind === 'thread';
  const cpuName = thread ? 'thread CPU' : 'CPU';
  const out = ['## 7. Hostile inputs: worst-case CPU per accepted body', ''];
  out.push(
    `\`bench/hostile.mjs\` bundles the route's pure steps with esbuild and runs them in this Node process (V8, as in workerd): the opt-out checks, each card attachment decoded from bytes and read (\`readFetchedMedia\`: \`readCards\` against the text's budget of 10 cards), then \`decide\` (\`understand\` inside) with the attachments. Cards are the largest the fetch accepts: 256 KiB alone and up to 2 on a text, an equal share of 512 KiB each past that (\`cardBytesEach\`: 25.6 KiB for 20); texts are the longest Twilio delivers (1,600 characters). Each input runs on two snapshots, a new user and a user with 500 people loaded and 100 pending nudges. First every input on both snapshots runs ${result.warmRounds} rounds untimed (V8 compiles the hot code on helper threads over the first few hundred runs, when process CPU is up to twice thread CPU; a Worker's isolate serving texts is past that), then each input ${result.warmupRuns} runs untimed and ${result.timedRuns} timed, each run's clock 1 ms after the last one's (every real text comes at its own instant, so nothing remembered for one instant serves the next run). ${
      thread
        ? "**Thread CPU**, the goal's figure, is the CPU time of the thread that runs the pipeline (Linux `/proc/thread-self/schedstat`, ns), as the isolate's thread runs a request: its garbage-collection pauses are in it, time descheduled is not. **Process CPU** (`process.cpuUsage`, user + system) adds V8's helper threads, which run beside the request: background JIT compiles and concurrent marking and sweeping; on 2 shared cores it is the noisier figure, and it is shown beside the goal's so none of it is hidden."
        : 'CPU is `process.cpuUsage` (user + system) around each run.'
    } Wall is \`performance.now\`; the figure per input is its worst run on its worse snapshot. Not measured here: the form parse and signature check (section 1) and D1 (section 2).`,
  );
  out.push('');
  out.push(`| inputs | count | max ${cpuName} ms | slowest input | worst median ms | max process CPU ms | slowest by process CPU | max wall ms |`);
  out.push('|---|---|---|---|---|---|---|---|');
  for (const group of result.groups) {
    out.push(
      `| ${group.group} | ${group.inputs} | ${n2(group.cpuMax)} | ${group.worst} | ${n2(group.cpuMedian)} | ${n2(group.processMax)} | ${group.worstProcess} | ${n2(group.wallMax)} |`,
    );
  }
  out.push('');
  out.push(
    `| input | size | max ${cpuName} ms | median ${cpuName} ms | max process CPU ms | median process CPU ms | fastest wall ms | max wall ms | reply chars |`,
  );
  out.push('|---|---|---|---|---|---|---|---|---|');
  for (const item of result.cases) {
    out.push(
      `| ${item.group}: ${item.name} | ${kib(item.bytes)} | ${n2(item.cpuMax)} | ${n2(item.cpuMedian)} | ${n2(item.processMax)} | ${n2(item.processMedian)} | ${n2(item.wallMin)} | ${n2(item.wallMax)} | ${item.replyChars} |`,
    );
  }
  out.push('');
  out.push(
    `**Worst ${cpuName} for any hostile accepted body: ${n2(result.cpuMax)} ms** (goal < ${result.goalMs} ms): ${met ? 'met' : '**not met**'}; with V8's helper threads (process CPU) the worst single run is ${n2(result.processMax)} ms and the worst median ${n2(result.processMedian)} ms. The machine had a 1-minute load average of ${n2(result.load[0])} before and ${n2(result.load[1])} after this section (2 cores shared with other work): a run's max includes garbage collection and the neighbours' cache pressure. Per input, the worst median ${cpuName} is ${n2(result.worstMedian.cpuMedian)} ms (${result.worstMedian.group}: ${result.worstMedian.name}) and the worst fastest run ${n2(result.worstFastest.wallMin)} ms (${result.worstFastest.group}: ${result.worstFastest.name}).`,
  );
  out.push('');
  return {
    lines: out,
    goal: [
      '7',
      `Any accepted body answered within ${result.goalMs} ms of CPU`,
      `worst ${n2(result.cpuMax)} ms ${cpuName} (${result.groups.find((group) => group.cpuMax === result.cpuMax)?.worst}); ${n2(result.processMax)} ms with V8's helper threads`,
      met,
    ],
  };
}

/** Puts section 7 and its summary row into RESULTS.md, replacing the ones a previous run wrote. */
function writeSection(result) {
  const { lines, goal } = renderHostile(result);
  let text = readFileSync(RESULTS_FILE, 'utf8');
  const section = `${lines.join('\n').trim()}\n`;
  const at = text.indexOf('## 7. Hostile inputs');
  if (at >= 0) {
    const next = text.indexOf('\n## ', at + 1);
    text = `${text.slice(0, at)}${section}${next >= 0 ? text.slice(next + 1) : ''}`;
  } else text = `${text.trimEnd()}\n\n${section}`;
  const row = `| ${goal[0]} | ${goal[1]} | ${goal[2]} | ${goal[3] ? 'met' : '**not met**'} |`;
  const rows = text.split('\n');
  const old = rows.findIndex((line) => line.startsWith('| 7 |'));
  if (old >= 0) rows[old] = row;
  else {
    const lastRow = rows.findIndex((line, index) => line.startsWith('| 6 |') && !rows[index + 1]?.startsWith('| 6 |'));
    rows.splice(lastRow + 1, 0, row);
  }
  writeFileSync(RESULTS_FILE, rows.join('\n'));
}

async function main() {
  const result = await measureHostile();
  for (const line of renderHostile(result).lines) console.log(line);
  if (process.argv.includes('--write')) {
    writeSection(result);
    console.log(`wrote section 7 into ${RESULTS_FILE}`);
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await main();
