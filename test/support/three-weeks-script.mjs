// Three weeks as a real person: one New Yorker's texts to Kindling over 21 simulated days, in the styles people really
// text (several people at once, chatter, corrections, questions, mute vs forget, reminders, plans and news, typos,
// picks, another language), with cron runs between so nudges arrive and get plain replies. Each text carries checks
// on the meaning of Kindling's answer. Played by test/e2e/three-weeks.test.mjs through wrangler dev (signed posts,
// the cron handler, the stand-in), which writes dev/three-weeks-transcript.txt. (It was also played at the Worker in
// vitest: the same checks a second time, dropped to keep CI inside its time limit.)

export const ZONE = 'America/New_York';
export const PHONE = '+12125550188';

const MINUTE = 60_000;
/** After DONE, Kindling asks how it went, in words that vary from text to text (issue 22). */
const ASKS_HOW = /how did it go|hear back|any reply|how it landed/i;

/** Day `day` of the three weeks (0 = Monday 2026-04-13) at `hhmm` in New York (EDT, UTC-4 all three weeks). */
export function local(day, hhmm) {
  const [hours, minutes] = hhmm.split(':').map(Number);
  return Date.UTC(2026, 3, 13 + day, hours + 4, minutes);
}

/** A check on a reply (or on the nudges a cron run sent, joined by newlines; '' when none). */
function check(what, ok) {
  return { what, ok };
}

/** Every pattern matches. */
function says(...patterns) {
  return check(`says ${patterns.join(' and ')}`, (reply) => patterns.every((pattern) => pattern.test(reply)));
}

/** No pattern matches. */
function never(...patterns) {
  return check(`never says ${patterns.join(' or ')}`, (reply) => !patterns.some((pattern) => pattern.test(reply)));
}

/** Names the person (a whole word, any case). */
function names(...people) {
  return check(`names ${people.join(', ')}`, (reply) => people.every((name) => new RegExp(`\\b${name}\\b`, 'i').test(reply)));
}

/** A ready-to-send draft in quotes that mentions one of the details. */
function draftCiting(...details) {
  return check(`a quoted draft citing ${details.join(' or ')}`, (reply) => {
    const draft = /"([^"]{8,})"/.exec(reply)?.[1] ?? '';
    return details.some((detail) => new RegExp(detail, 'i').test(draft));
  });
}

/** The answer to chatter: short, friendly, saves nobody, asks nothing about who it was. */
const chatter = [check('is short (one SMS)', (reply) => reply.length > 0 && reply.length <= 160), never(/Saved/i, /Who was it/i, /Added to/i, /who is that/i)];

/** Never misread as a note about someone new, never "who was it?". */
const notANewNote = never(/Who was it/i, /^Saved /, /Welcome to Kindling/);

/** A cron window that sends nothing. */
const quiet = check('sends nothing', (sent) => sent === '');

/** A saved note: "Saved X", no question about the name. */
function saved(...people) {
  return [says(/Saved/), names(...people), never(/Who was it/i)];
}

/**
 * The script. A text step: { at, text, expect }. A cron step: { cron: until, expect? } runs the cron every 30 minutes
 * from the previous step up to `until`; its checks see the texts Kindling sent in that span.
 */
export const STEPS = [
  // ---- week 1 ------------------------------------------------------------------------------------------------------
  // Mon Apr 13
  {
    at: local(0, '19:30'),
    text: 'met jake and priya at marcos bday. jake does product at a bank, priya is a nurse, loves trail running',
    expect: saved('Jake', 'Priya'),
  },
  { at: local(0, '19:31'), text: 'thanks!', expect: chatter },
  { at: local(0, '19:40'), text: 'who is priya', expect: [says(/^Priya/, /nurse/, /trail running/), never(/product/)] },
  {
    at: local(0, '21:40'),
    text: 'Drinks w Kenji + his sister Aiko after work. Kenji does ML at a bank, Aiko just moved here from Osaka',
    expect: [...saved('Kenji', 'Aiko'), never(/\(bank\)/)],
  },
  { at: local(0, '21:41'), text: 'lol', expect: chatter },
  { at: local(0, '21:45'), text: 'whos aiko', expect: [says(/^Aiko/, /Osaka/), never(/\bML\b/)] },
  // Tue Apr 14
  { cron: local(1, '10:30'), expect: [names('Jake')] },
  { at: local(1, '10:45'), text: 'texted jake', expect: [names('Jake'), says(ASKS_HOW), notANewNote] },
  { at: local(1, '12:10'), text: 'he wrote back right away', expect: [names('Jake'), never(/Who was it/i)] },
  { at: local(1, '12:30'), text: 'what should i text priya?', expect: [names('Priya'), draftCiting('nurse', 'trail', 'running', 'Marco', 'number')] },
  { at: local(1, '12:31'), text: '👍', expect: chatter },
  { at: local(1, '18:00'), text: 'Met Ines at the climbing gym, loves bouldering, 917-555-0190', expect: saved('Ines') },
  { at: local(1, '18:02'), text: 'oops her number is 917-555-0191', expect: [names('Ines'), says(/fixed|updated/i), never(/Saved Ines/)] },
  { at: local(1, '19:15'), text: 'Ben from the bbq, loves sourdough, 917-555-0142', expect: saved('Ben') },
  { at: local(1, '20:15'), text: 'whats next?', expect: [says(/next/i), names('Priya|Kenji|Aiko|Ines|Ben|Jake'), notANewNote] },
  // Wed Apr 15
  { cron: local(2, '10:30'), expect: [names('Ines'), names('Ben')] },
  // a done on the step to get her number asks for the number (issue 13)
  { at: local(2, '10:50'), text: 'done w priya', expect: [names('Priya'), says(/Priya: <number>/)] },
  { at: local(2, '10:52'), text: 'snoze 2 days', expect: [says(/which/i), names('Ines'), names('Ben')] },
  { at: local(2, '10:53'), text: '1', expect: [names('Ines'), says(/Friday|Apr 17/)] },
  { at: local(2, '13:00'), text: 'priya wrote back, shes in!', expect: [names('Priya'), never(/Who was it/i)] },
  { at: local(2, '19:00'), text: 'zoe from the dog park, has a corgi named biscuit, 212-555-0167', expect: saved('Zoe') },
  { at: local(2, '19:02'), text: 'any ideas what to do w zoe?', expect: [names('Zoe'), says(/dog|walk|park|corgi|Biscuit/i), notANewNote] },
  { at: local(2, '19:03'), text: 'cool thx', expect: chatter },
  { at: local(2, '21:00'), text: 'Met Sarah at yoga, she teaches pilates on weekends 646-555-0177', expect: saved('Sarah') },
  { at: local(2, '21:01'), text: 'actually her name is Sara not Sarah', expect: [says(/\bSara\b/), never(/Who was it/i, /^Saved/)] },
  // Thu Apr 16
  { cron: local(3, '10:30') },
  {
    at: local(3, '11:00'),
    text: 'texted ines, she wants to climb saturday',
    expect: [says(/enjoy|fun/i, /Saturday|Sunday/), never(/Enjoy climb/), notANewNote],
  },
  { at: local(3, '11:05'), text: 'who is ines', expect: [names('Ines'), says(/climbing gym/, /0191/), never(/0190/)] },
  { at: local(3, '11:06'), text: 'who is sara', expect: [says(/^Sara\b/, /yoga/, /pilates/)] },
  { at: local(3, '17:30'), text: 'met ivan at the chess club, plays blitz, 212-555-0166', expect: saved('Ivan') },
  { at: local(3, '17:31'), text: 'whats ivans number', expect: [says(/2125550166/), notANewNote] },
  { at: local(3, '19:45'), text: 'Rafi at the pool, lifeguard, into free diving', expect: saved('Rafi') },
  { at: local(3, '19:46'), text: 'i see rafi every saturday at the pool anyway', expect: [says(/Saturday/i), never(/^Saved /, /Who was it/i)] },
  // Fri Apr 17
  { cron: local(4, '10:30') },
  { at: local(4, '10:45'), text: 'done', expect: [names('Ivan'), says(ASKS_HOW)] },
  { at: local(4, '10:46'), text: 'he wrote back right away', expect: [names('Ivan'), never(/Who was it/i, /^Saved /)] },
  { at: local(4, '12:00'), text: 'omid from the startup meetup, raising a seed round, 646-555-0181', expect: saved('Omid') },
  { at: local(4, '12:01'), text: 'nice', expect: chatter },
  { at: local(4, '18:00'), text: 'met femi at run club, training for the berlin marathon, 347-555-0120', expect: saved('Femi') },
  { at: local(4, '18:02'), text: 'not berlin, its the chicago marathon', expect: [names('Femi'), says(/Chicago/i), notANewNote] },
  { at: local(4, '18:03'), text: 'who is femi', expect: [says(/^Femi/, /chicago/i), never(/berlin/i)] },
  { at: local(4, '22:30'), text: 'Ada from the makerspace builds synths 646-555-0180', expect: saved('Ada') },
  // Sat Apr 18
  { cron: local(5, '10:30') },
  { at: local(5, '10:40'), text: 'skip', expect: [says(/which/i), names('Femi')] },
  { at: local(5, '10:41'), text: 'femi', expect: [names('Femi'), never(/which/i, /Who was it/i)] },
  { at: local(5, '19:30'), text: 'climbed w ines today, so fun', expect: [names('Ines'), never(/^Saved /, /Who was it/i, /enjoy/i)] },
  { at: local(5, '19:32'), text: 'what should i text jake?', expect: [names('Jake'), draftCiting('product', 'bank', 'Marco')] },
  // Sun Apr 19
  { cron: local(6, '11:00') },
  {
    at: local(6, '11:10'),
    text: 'stop reminding me about ben',
    expect: [names('Ben'), says(/no more reminders|won't remind/i), never(/Erase/i, /can't be undone/i)],
  },
  { at: local(6, '11:11'), text: 'who is ben', expect: [says(/^Ben/, /sourdough/)] },
  { at: local(6, '11:12'), text: 'undo', expect: [names('Ben'), says(/undid|undone|back/i)] },
  { at: local(6, '11:13'), text: 'nvm mute ben', expect: [names('Ben'), says(/no more reminders|won't remind/i)] },
  { at: local(6, '16:00'), text: 'Carla from yoga, runs a bakery on 5th, 646-555-0150', expect: saved('Carla') },
  { at: local(6, '16:05'), text: 'bea from the bookstore, 646-555-0182', expect: saved('Bea') },
  // ---- week 2 ------------------------------------------------------------------------------------------------------
  // Mon Apr 20
  { cron: local(7, '10:30') },
  { at: local(7, '12:00'), text: 'omid closed his round!!', expect: [names('Omid'), says(/news|congrat/i), never(/^Saved /, /Who was it/i)] },
  { at: local(7, '12:05'), text: 'Dana from work, ux researcher, 718-555-0103', expect: saved('Dana') },
  { at: local(7, '12:06'), text: 'remind me to text dana on friday', expect: [names('Dana'), says(/Friday|Apr 24/)] },
  { at: local(7, '18:00'), text: 'noor at the farmers market, sells honey, 917-555-0170', expect: saved('Noor') },
  { at: local(7, '18:01'), text: 'ping me about noor next tuesday', expect: [names('Noor'), says(/Tuesday|Apr 28/)] },
  { at: local(7, '18:02'), text: 'ty', expect: chatter },
  // Tue Apr 21
  { cron: local(8, '10:30') },
  { at: local(8, '10:40'), text: 'dnoe', expect: [says(/which/i), names('Omid')] },
  { at: local(8, '10:41'), text: 'omid', expect: [names('Omid'), says(ASKS_HOW)] },
  {
    at: local(8, '14:00'),
    text: 'who should i reach out to this week',
    expect: [names('Dana|Noor|Ada|Omid|Femi|Ivan|Zoe|Carla|Sara|Kenji|Aiko'), notANewNote],
  },
  { at: local(8, '19:00'), text: 'bea is moving to lisbon in june', expect: [names('Bea'), never(/^Saved /, /Who was it/i)] },
  { at: local(8, '19:01'), text: 'who is bea', expect: [says(/^Bea/, /lisbon/i)] },
  // Wed Apr 22
  { cron: local(9, '10:30') },
  { at: local(9, '11:00'), text: 'gus from the brewery, homebrews IPAs', expect: saved('Gus') },
  { at: local(9, '11:01'), text: 'forget gus', expect: [names('Gus'), says(/\?|YES/), never(/^Forgot/)] },
  { at: local(9, '11:02'), text: 'yes', expect: [says(/Forgot Gus/)] },
  { at: local(9, '11:04'), text: 'who is gus', expect: [says(/don't have anyone called gus/i)] },
  { at: local(9, '20:00'), text: 'conocí a lucía en el café, le encanta la salsa', expect: [says(/Luc[ií]a/), never(/Who was it|English/i)] },
  // Thu Apr 23
  { cron: local(10, '10:30') },
  { at: local(10, '10:45'), text: 'done', expect: [says(/which/i), names('Bea')] },
  { at: local(10, '10:46'), text: 'the bookstore one', expect: [names('Bea'), says(ASKS_HOW)] },
  { at: local(10, '13:00'), text: 'ada and i are getting lunch saturday!', expect: [says(/lunch/i), never(/Carla/, /Who was it/i)] },
  { at: local(10, '19:00'), text: 'carla from the bakery on 5th, she makes sourdough', expect: [names('Carla'), says(/same/i)] },
  { at: local(10, '19:01'), text: 'no thats a different carla', expect: [says(/Saved Carla/)] },
  // Fri Apr 24
  { cron: local(11, '10:30'), expect: [names('Dana')] },
  { at: local(11, '10:45'), text: 'done', expect: [says(/which/i), names('Dana')] },
  { at: local(11, '10:46'), text: 'dana', expect: [names('Dana'), says(ASKS_HOW)] },
  { at: local(11, '12:00'), text: 'she had to cancel, maybe another time', expect: [never(/Who was it/i, /^Saved /)] },
  { at: local(11, '18:00'), text: 'who is carla', expect: [says(/which/i, /yoga/, /bakery/)] },
  { at: local(11, '18:01'), text: 'the yoga one', expect: [says(/^Carla/, /yoga/)] },
  // Sat Apr 25
  { cron: local(12, '10:30') },
  { at: local(12, '15:00'), text: 'lunch w ada was great, we talked synths for 2 hrs', expect: [names('Ada'), never(/Who was it/i, /^Saved /, /enjoy/i)] },
  // Sun Apr 26
  { cron: local(13, '11:00') },
  { at: local(13, '11:30'), text: 'snooze 3 days', expect: [says(/Wednesday|Apr 29|which/i)] },
  // ---- week 3 ------------------------------------------------------------------------------------------------------
  // Mon Apr 27
  { cron: local(14, '10:30') },
  {
    at: local(14, '18:30'),
    text: 'met tom and maya at the gallery opening. tom paints murals, maya is a curator, 646-555-0133 is tom',
    expect: saved('Tom', 'Maya'),
  },
  { at: local(14, '18:31'), text: 'whats toms number', expect: [says(/6465550133/)] },
  { at: local(14, '18:32'), text: 'whats mayas number', expect: [names('Maya'), never(/6465550133/, /Who was it/i)] },
  // Tue Apr 28
  { cron: local(15, '10:30'), expect: [names('Noor')] },
  { at: local(15, '10:35'), text: 'sent noor the msg', expect: [names('Noor'), says(ASKS_HOW)] },
  { at: local(15, '13:00'), text: 'she wrote back, we might grab coffee', expect: [names('Noor'), never(/Who was it/i, /space/)] },
  { at: local(15, '19:00'), text: 'whats next?', expect: [says(/next/i), notANewNote] },
  // Wed Apr 29
  { cron: local(16, '10:30') },
  { at: local(16, '10:45'), text: 'done', expect: [says(/which/i), names('Jake')] },
  { at: local(16, '10:46'), text: 'jake', expect: [names('Jake'), says(ASKS_HOW)] },
  { at: local(16, '14:00'), text: 'no answer yet', expect: [names('Jake'), says(/busy|no worries|replies take time/i), never(/Who was it/i, /^Saved /)] },
  { at: local(16, '20:00'), text: 'huh? im asking u what to say to tom', expect: [names('Tom'), draftCiting('mural', 'paint', 'gallery')] },
  // Thu Apr 30
  { cron: local(17, '10:30') },
  { at: local(17, '11:00'), text: 'zoe: adopted a second corgi', expect: [says(/Added to Zoe/)] },
  { at: local(17, '11:01'), text: 'lol what', expect: chatter },
  { at: local(17, '18:00'), text: 'what do i say to ivan', expect: [names('Ivan'), draftCiting('chess', 'blitz')] },
  // Fri May 1
  { cron: local(18, '10:30') },
  // the latest nudge text named Ines alone: a bare DONE is hers
  { at: local(18, '10:40'), text: 'done', expect: [says(/which/i), names('Ines')] },
  { at: local(18, '10:41'), text: 'done w tom', expect: [names('Tom'), says(ASKS_HOW)] },
  { at: local(18, '12:00'), text: 'we had a great chat', expect: [never(/Who was it/i, /^Saved /)] },
  { at: local(18, '18:00'), text: 'who should i reach out to this week', expect: [notANewNote] },
  // Sat May 2
  { cron: local(19, '10:30') },
  { at: local(19, '10:45'), text: 'list', expect: [names('Tom', 'Maya', 'Noor')] },
  { at: local(19, '19:00'), text: 'kenji: starting a new job at a robotics co in june', expect: [says(/Added to Kenji/)] },
  { at: local(19, '19:01'), text: 'whats kenjis number', expect: [names('Kenji'), never(/Who was it/i)] },
  { at: local(19, '20:00'), text: 'met sam n alex at trivia nite, both into birding', expect: [...saved('Sam', 'Alex'), never(/\bN\b/)] },
  { at: local(19, '20:01'), text: 'remind me to text sam tmrw at 5', expect: [names('Sam'), says(/tomorrow|Sunday/i, /5\s?pm/i)] },
  // Sun May 3
  { cron: local(20, '11:00') },
  { at: local(20, '11:05'), text: 'texted zoe 🐶 she loved the corgi pics', expect: [names('Zoe'), never(/Who was it/i, /^Saved /, ASKS_HOW)] },
  { at: local(20, '11:10'), text: 'whats next?', expect: [says(/next/i), notANewNote] },
  { at: local(20, '11:11'), text: 'thanks!', expect: chatter },
];

/** How many texts the script sends. */
export const TEXT_COUNT = STEPS.filter((step) => 'text' in step).length;

/** The checks of one step that fail for `answer` (a reply, or the nudges a cron span sent joined by newlines). */
export function failedChecks(step, answer) {
  const checks = step.expect ?? [];
  return checks.filter((one) => !one.ok(answer ?? '')).map((one) => one.what);
}

const QUARTER = 30 * MINUTE;

function localTime(at) {
  return new Intl.DateTimeFormat('en-US', { weekday: 'short', month: 'short', day: 'numeric', hour: 'numeric', minute: '2-digit', timeZone: ZONE })
    .format(at)
    .replace(/,/g, '');
}

/**
 * Plays the script through `talk`: `text(at, body)` returns Kindling's reply (null for none), `cron(at)` runs the cron
 * once at `at` and returns the texts Kindling sent in that run; `badge(body)`, when given, is printed after each of
 * Kindling's texts (segments and encoding). Returns the transcript lines and every failed check.
 */
export async function playThreeWeeks(talk) {
  const badge = (body, nudge) => {
    const parts = [talk.badge?.(body), nudge ? 'nudge' : ''].filter(Boolean);
    return parts.length ? `  [${parts.join(' · ')}]` : '';
  };
  const lines = [
    `Kindling, three weeks as a real person: ${PHONE} (${ZONE}), ${TEXT_COUNT} texts; before each nudge check the cron runs every 30 minutes from the previous step.`,
    'Regenerated by test/e2e/three-weeks.test.mjs (wrangler dev and the Twilio stand-in); the script is test/support/three-weeks-script.mjs.',
    '',
  ];
  const failures = [];
  let now = STEPS.find((step) => 'at' in step).at;
  for (const [index, step] of STEPS.entries()) {
    let answer;
    if ('text' in step) {
      now = step.at;
      answer = (await talk.text(now, step.text)) ?? '';
      lines.push(`${localTime(now).padEnd(18)}  Me        ${step.text}`);
      lines.push(`${localTime(now).padEnd(18)}  Kindling  ${answer ? `${answer}${badge(answer, false)}` : '(no reply)'}`);
    } else {
      const sent = [];
      for (let at = Math.floor(now / QUARTER) * QUARTER + QUARTER; at <= step.cron; at += QUARTER) {
        for (const body of await talk.cron(at)) {
          sent.push(body);
          lines.push(`${localTime(at).padEnd(18)}  Kindling  ${body.replace(/\n/g, `\n${' '.repeat(30)}`)}${badge(body, true)}`);
        }
      }
      now = step.cron;
      answer = sent.join('\n');
    }
    const failed = failedChecks(step, answer);
    if (failed.length) {
      failures.push({ step: index, text: step.text ?? `(cron until ${localTime(step.cron)})`, answer, failed });
      lines.push(`${' '.repeat(20)}  !! ${failed.join('; ')}`);
    }
  }
  return { lines, failures };
}

export { quiet };
