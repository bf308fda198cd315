// A fresh month through the Worker (issue 22): ten people of varied kinds (warm, polite, silent, two without a number,
// two who share an interest, a birthday, one who moves away, one met at a weekly class, news texted in the evening),
// 31 days of hourly cron runs, the user answering in plain words. Every text goes into dev/coaching-month-v2-transcript.txt
// (with the local day and time of each), and every nudge is checked for the problems issue 22 lists.
import { env } from 'cloudflare:workers';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { isInsideWindow } from '../../src/domain/schedule';
import { localParts, MONTH_ABBREVIATIONS, zonedToUtc } from '../../src/domain/time';
import { DAY, HOUR, phoneNumber, runCron, sentTo, setClock, text } from '../factories';
import { segments } from '../segments';

vi.setConfig({ testTimeout: 900_000, hookTimeout: 900_000 });

const ZONE = 'America/New_York';
const WINDOW = { startHour: 9, endHour: 20, preferredHour: 10 };
const MINUTE = 60_000;
const local = (month: number, day: number, hour: number, minute = 0) => zonedToUtc({ year: 2026, month, day, hour, minute }, ZONE);
/** Monday Apr 6 2026, 19:00 in New York. */
const START = local(4, 6, 19);
const END = START + 31 * DAY;

type Answer = (kind: string, nth: number, single: boolean) => [number, string][];
const named = (name: string, single: boolean, bare: string, withName: string) => (single ? bare : withName.replace('NAME', name));
const done = (name: string, single: boolean) => named(name, single, 'done', 'NAME: done');
/** done, then how it went a few hours later; a plan asked about gets `went`. */
const answers =
  (name: string, how: string, went = 'it was great, we stayed for hours'): Answer =>
  (kind, _nth, single) => {
    if (kind === 'plan-follow-up') return [[40 * MINUTE, named(name, single, went, `NAME: ${went}`)]];
    if (kind === 'let-go') return [];
    const first: [number, string] = [20 * MINUTE, done(name, single)];
    return ['first-follow-up', 'check-in', 'deepen', 'bring-together'].includes(kind) ? [first, [3 * HOUR, named(name, single, how, `NAME ${how}`)]] : [first];
  };

const ROLES: Record<string, { situation: string; answer: Answer }> = {
  Ada: {
    situation: 'warm; a lunch that goes great ("we talked synths for 2 hrs")',
    answer: (kind, nth, single) =>
      kind === 'plan-follow-up'
        ? [[30 * MINUTE, 'lunch w ada was great, we talked synths for 2 hrs']]
        : answers('Ada', 'wrote back right away')(kind, nth, single),
  },
  Chris: { situation: 'polite ("wrote back thanks!!"); news in the evening', answer: answers('Chris', 'wrote back thanks!!') },
  Dana: {
    situation: 'silent',
    answer: (kind, _nth, single) =>
      kind === 'let-go'
        ? []
        : [
            [15 * MINUTE, done('Dana', single)],
            [26 * HOUR, 'no reply from dana yet'],
          ],
  },
  Jake: {
    situation: 'no number (climbing gym); snoozed 3 days, then the number',
    answer: (kind, nth, single) =>
      kind === 'get-contact' && nth === 1
        ? [[10 * MINUTE, 'snooze jake 3 days']]
        : kind === 'get-contact' || kind === 'say-hi'
          ? [
              [30 * MINUTE, done('Jake', single)],
              [2 * HOUR, 'jake: 347-555-0204'],
            ]
          : answers('Jake', 'replied, keen')(kind, nth, single),
  },
  Lena: {
    situation: 'no number; her first solo show on Apr 17: get the number there',
    answer: (kind, nth, single) =>
      kind === 'their-moment'
        ? [
            [34 * HOUR, 'lena: 646-555-0205'],
            [34 * HOUR + 10 * MINUTE, 'went to her show, she was thrilled'],
          ]
        : kind === 'get-contact'
          ? [[30 * MINUTE, named('Lena', single, 'skip', 'skip lena')]]
          : answers('Lena', 'wrote back, shes in!')(kind, nth, single),
  },
  Omar: { situation: 'warm; shares bouldering with Sarah', answer: answers('Omar', 'replied, keen') },
  Sarah: { situation: 'warm; shares bouldering with Omar', answer: answers('Sarah', 'wrote back right away') },
  Zoe: { situation: 'every tuesday 9am at the dog park; birthday Apr 21', answer: answers('Zoe', 'we chatted for ages') },
  Rafi: { situation: 'met at yoga class, every thursday; lukewarm', answer: answers('Rafi', 'replied a day later, short') },
  Bea: { situation: 'warm; moving to Denver in May', answer: answers('Bea', 'wrote back right away') },
};

/** What the user texts on their own, when. */
const SCRIPT: { at: number; text: string }[] = [
  { at: local(4, 6, 19, 30), text: 'Met Ada at the synth meetup, builds modular synths, works in product at a bank 917-555-0201' },
  { at: local(4, 6, 21), text: 'Chris from the coworking space, product designer, looking for a realtor 646-555-0202' },
  { at: local(4, 7, 18), text: 'Dana at the design conference, UX researcher 718-555-0203' },
  { at: local(4, 7, 20, 30), text: 'Met Jake at the climbing gym, into bouldering, no number' },
  { at: local(4, 8, 19), text: 'Met Lena at the gallery, painter, her first solo show opens apr 17, didnt get her number' },
  { at: local(4, 8, 20), text: 'Omar from the bouldering meetup, boulders a lot, coffee nerd 646-555-0206' },
  { at: local(4, 9, 12), text: 'Sarah from work drinks, loves bouldering and pottery 917-555-0207' },
  { at: local(4, 9, 18), text: 'Zoe from the dog park, has a corgi named Biscuit 929-555-0208' },
  { at: local(4, 9, 18, 5), text: 'zoe: every tuesday 9am dog park' },
  { at: local(4, 10, 10, 30), text: 'Met Rafi at yoga class, into jazz 347-555-0209' },
  { at: local(4, 10, 10, 35), text: 'i see rafi every thursday at yoga' },
  { at: local(4, 10, 19), text: 'Bea from book club, into sci-fi 646-555-0210' },
  { at: local(4, 13, 12), text: 'ada and i are getting lunch thursday' },
  { at: local(4, 14, 20, 40), text: 'chris got promoted!!' },
  { at: local(4, 15, 9, 30), text: "zoe's birthday is apr 21" },
  { at: local(4, 20, 18), text: 'bea is moving to denver in may' },
];

interface Subject {
  kind: string;
  name: string;
  hasContact: boolean;
  warmth: string;
  plans: number;
}
interface Sent {
  at: number;
  text: string;
  /** empty for a reply to the user */
  subjects: Subject[];
  said?: string;
}

function stamp(ms: number): string {
  const p = localParts(ms, ZONE);
  const day = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'][p.weekday];
  return `${day} ${MONTH_ABBREVIATIONS[p.month - 1]} ${String(p.day).padStart(2, ' ')} ${String(p.hour).padStart(2, '0')}:${String(p.minute).padStart(2, '0')}`;
}

/** The people and kinds a sent text carried, with what was known about each when it went. */
async function subjectsOf(sid: string): Promise<Subject[]> {
  const rows = await env.DB.prepare(
    `SELECT n.kind, p.name, p.contacts, p.warmth, p.plans FROM nudges n JOIN people p ON p.id = n.person_id
     JOIN outbound o ON o.id = n.outbound_id WHERE o.twilio_sid = ? ORDER BY n.id`,
  )
    .bind(sid)
    .all<{ kind: string; name: string; contacts: string; warmth: string; plans: string | null }>();
  return rows.results.map((row) => {
    const contacts = JSON.parse(row.contacts) as Record<string, unknown>;
    return {
      kind: row.kind,
      name: row.name,
      hasContact: Object.values(contacts).some((value) => (Array.isArray(value) ? value.length > 0 : Boolean(value))),
      warmth: row.warmth,
      plans: row.plans ? (JSON.parse(row.plans) as unknown[]).length : 0,
    };
  });
}

async function runMonth(): Promise<{ transcript: string; sent: Sent[]; nudges: Sent[] }> {
  const phone = phoneNumber('212');
  const lines = [
    `Kindling, a fresh month through the Worker (${ZONE}, window 9am-8pm, nudges at 10am, cron hourly). Ten people:`,
    ...Object.entries(ROLES).map(([name, role]) => `  ${name}: ${role.situation}`),
    'Regenerated by test/coaching-month-v2.test.ts. [kind: person] before a nudge says what it was about.',
    '',
  ];
  const sent: Sent[] = [];
  const queue = [...SCRIPT];
  const seen = new Set<string>();
  const nth = new Map<string, number>();
  const say = (at: number, from: string, body: string) => lines.push(`${stamp(at)}  ${from.padEnd(8)}  ${body.replaceAll('\n', `\n${' '.repeat(28)}`)}`);
  for (let now = START; now <= END; now += HOUR) {
    for (queue.sort((a, b) => a.at - b.at); queue[0] && queue[0].at <= now; queue.sort((a, b) => a.at - b.at)) {
      const action = queue.shift() as { at: number; text: string };
      setClock(action.at);
      say(action.at, 'Me', action.text);
      const answer = await text(phone, action.text);
      expect(answer.status).toBe(200);
      if (answer.reply) {
        sent.push({ at: action.at, text: answer.reply, subjects: [], said: action.text });
        say(action.at, 'Kindling', answer.reply);
      }
    }
    await runCron(now);
    for (const message of await sentTo(phone)) {
      if (seen.has(message.sid)) continue;
      seen.add(message.sid);
      const subjects = await subjectsOf(message.sid);
      sent.push({ at: now, text: message.body, subjects });
      say(now, 'Kindling', `[${subjects.map((s) => `${s.kind}: ${s.name}`).join(', ')}] ${message.body}`);
      // "Reply 2 for Omar's text, 4 for Jake's": the user asks for each text before sending it
      const offered = [...message.body.matchAll(/\b(\d) for \w+'s\b/g)].map((match) => match[1] ?? '');
      for (const [i, n] of offered.entries()) queue.push({ at: now + (5 + i) * MINUTE, text: n });
      for (const subject of subjects) {
        const key = `${subject.name}/${subject.kind}`;
        nth.set(key, (nth.get(key) ?? 0) + 1);
        for (const [delay, words] of ROLES[subject.name]?.answer(subject.kind, nth.get(key) ?? 1, subjects.length === 1) ?? [])
          queue.push({ at: now + delay, text: words });
      }
    }
  }
  return { transcript: `${lines.join('\n')}\n`, sent, nudges: sent.filter((s) => s.subjects.length > 0) };
}

const label = (s: Sent, why: string) => `${stamp(s.at)} ${why}: ${s.text}`;
/** A digest line that is only a label: no draft, no step to take ("Carla (yoga): follow up"). */
const BARE_LABEL = /^\d\) [\w ]+(\([^)]*\))?: (follow up|check in|light check-in|say hi|suggest [^"]*)( re [^"\n]*)?$/m;
/** Phrases issue 22 counted dozens of times: none may come twice within the user's last 10 texts from Kindling. */
const WORN = [/Nice work reaching out/i, /How did it go\?/i, /sounds keen/i, /\bfollow up\b/i, /check in re\b/i, /people get busy/i, /a friend of yours/i];
/** Kindling's own words: the text without the drafts in quotes. */
const own = (text: string) => text.replace(/"[^"]*"/g, '""');

describe('a fresh month through the Worker (issue 22)', () => {
  let month: Awaited<ReturnType<typeof runMonth>>;
  beforeAll(async () => {
    month = await runMonth();
  });

  it('writes its transcript to dev/coaching-month-v2-transcript.txt', async () => {
    await expect(month.transcript).toMatchFileSnapshot('../dev/coaching-month-v2-transcript.txt'); // relative to the test file that runs this spec: test/coaching.test.ts;
    expect(month.nudges.length).toBeGreaterThan(20);
  });

  it('every nudge: 2 segments, in the window, no bare label, no empty slot, a draft or a step for each person', () => {
    for (const nudge of month.nudges) {
      expect.soft(segments(nudge.text), label(nudge, 'more than 2 segments')).toBeLessThanOrEqual(2);
      expect.soft(isInsideWindow(nudge.at, ZONE, WINDOW), label(nudge, 'outside 9am-8pm')).toBe(true);
      expect.soft(nudge.text, label(nudge, 'a bare label')).not.toMatch(BARE_LABEL);
      expect.soft(nudge.text, label(nudge, 'an empty slot')).not.toMatch(/[^\s] {2,}\S|How (was|were) +with|\b(undefined|null|NaN)\b|""/);
      for (const subject of nudge.subjects) expect.soft(nudge.text, label(nudge, `does not name ${subject.name}`)).toContain(subject.name);
    }
  });

  it('never steps backwards: no get-contact once they can be reached or after warmth; no let-go after warmth', () => {
    for (const nudge of month.nudges) {
      for (const s of nudge.subjects) {
        if (s.kind === 'get-contact') expect.soft(s.hasContact || s.warmth === 'warm' || s.plans > 0, label(nudge, `get-contact for ${s.name}`)).toBe(false);
        if (s.kind === 'let-go') expect.soft(s.warmth, label(nudge, `let-go for ${s.name}`)).not.toBe('warm');
        if (s.kind === 'let-go') expect.soft(['Dana', 'Jake', 'Lena'], label(nudge, `let-go for ${s.name}, who answers`)).toContain(s.name);
      }
      expect.soft(nudge.text, label(nudge, 'a mutual friend for someone reachable')).not.toMatch(/mutual friend/i);
    }
  });

  it('no worn phrase twice within the last 10 texts; no them/their for a named person; no "a friend of yours"', () => {
    for (const [i, text] of month.sent.entries()) {
      const window = month.sent.slice(Math.max(0, i - 10), i);
      for (const phrase of WORN) {
        if (!phrase.test(own(text.text))) continue;
        const before = window.find((earlier) => phrase.test(own(earlier.text)));
        expect.soft(before ? stamp(before.at) : null, label(text, `repeats ${phrase} from within the last 10 texts`)).toBeNull();
      }
      expect.soft(text.text, label(text, 'a friend of yours')).not.toMatch(/a friend of yours/i);
      if (text.subjects.length === 1) expect.soft(own(text.text), label(text, 'them/their for a named person')).not.toMatch(/\b(them|their)\b/);
    }
  });

  it('pace: never two nudge texts within 4 hours; one person at most once in 2 days (plans and celebrations aside)', () => {
    for (const [i, nudge] of month.nudges.entries()) {
      const previous = month.nudges[i - 1];
      if (previous) expect.soft(nudge.at - previous.at, label(nudge, `within 4 hours of ${stamp(previous.at)}`)).toBeGreaterThanOrEqual(4 * HOUR);
    }
    // celebrations and plans come on their day; a step done in person is no text to them
    const ONTIME = new Set(['their-moment', 'give', 'plan-follow-up', 'say-hi', 'get-contact']);
    for (const name of Object.keys(ROLES)) {
      const about = month.nudges.filter((n) => n.subjects.some((s) => s.name === name && !ONTIME.has(s.kind)));
      for (let i = 1; i < about.length; i++) {
        const [a, b] = [about[i - 1] as Sent, about[i] as Sent];
        expect.soft(b.at - a.at, label(b, `${name} again after ${stamp(a.at)}`)).toBeGreaterThanOrEqual(2 * DAY - HOUR);
      }
    }
  });

  it('a snooze holds a person without a number: nothing about Jake during it, a nudge after it', () => {
    const snooze = month.sent.find((s) => s.said === 'snooze jake 3 days');
    expect(snooze, 'Jake was snoozed').toBeDefined();
    const until = (snooze?.at ?? 0) + 3 * DAY - 12 * HOUR;
    const jake = month.nudges.filter((n) => n.subjects.some((s) => s.name === 'Jake'));
    expect(jake.filter((n) => n.at > (snooze?.at ?? 0) && n.at < until).map((n) => label(n, 'during the snooze'))).toEqual([]);
    expect(jake.some((n) => n.at >= until)).toBe(true);
  });

  it('a great plan is not asked about again, and leads to a next step', () => {
    const ada = month.nudges.filter((n) => n.subjects.some((s) => s.name === 'Ada'));
    const asked = ada.filter((n) => n.subjects.some((s) => s.name === 'Ada' && s.kind === 'plan-follow-up'));
    const lunch = asked.filter((n) => /lunch/i.test(n.text));
    expect(lunch.length, ada.map((n) => label(n, 'Ada')).join('\n')).toBe(1);
    // every plan is asked about once
    const plans = asked.map((n) => /How (?:was|were) (.+?) with Ada/.exec(n.text)?.[1] ?? n.text);
    expect(new Set(plans).size, plans.join(' | ')).toBe(plans.length);
    const after = ada.filter((n) => n.at > (lunch[0]?.at ?? Infinity));
    expect(after.length, 'a next step after the lunch').toBeGreaterThan(0);
    for (const n of after) expect.soft(n.text, label(n, 'Ada after a great lunch')).not.toMatch(/How was lunch|people get busy|let (it|this one) (go|rest)/i);
  });

  it('a plan made (a yes to the day offered) is followed up the morning after its day', () => {
    const made = month.sent.filter((s) => s.subjects.length === 0 && /I'll ask how it went/.test(s.text));
    expect(made.length).toBeGreaterThan(0);
    for (const reply of made) {
      const who = Object.keys(ROLES).find((name) => reply.text.includes(name) || reply.said?.toLowerCase().startsWith(name.toLowerCase()));
      const name = who ?? month.nudges.filter((n) => n.at <= reply.at).at(-1)?.subjects[0]?.name;
      const followed = month.nudges.some((n) => n.at > reply.at && n.subjects.some((s) => s.name === name && s.kind === 'plan-follow-up'));
      if (reply.at < END - 8 * DAY) expect.soft(followed, label(reply, `no follow-up of the plan with ${name}`)).toBe(true);
    }
  });

  it('a yes to a group plan brings the other one in, named, within two days', () => {
    const invites = month.nudges.filter((n) => n.subjects.some((s) => s.kind === 'bring-together'));
    expect(invites.length).toBeGreaterThan(0);
    const first = invites[0] as Sent;
    const host = first.subjects.find((s) => s.kind === 'bring-together')?.name ?? '';
    const joined = month.nudges.find(
      (n) => n.at > first.at && n.at <= first.at + 3 * DAY && n.subjects.some((s) => s.kind === 'bring-together' && s.name !== host) && n.text.includes(host),
    );
    expect(joined, `the other one invited into the plan with ${host} after ${label(first, 'the invite')}`).toBeDefined();
  });

  it('celebrations on time: news texted at 20:40 congratulated the next morning; the birthday wished on its morning', () => {
    const chris = month.nudges.find((n) => n.subjects.some((s) => s.name === 'Chris' && s.kind === 'give'));
    expect(chris?.text).toMatch(/promot|congrat/i);
    expect(chris?.at ?? Infinity).toBeLessThanOrEqual(local(4, 15, 12));
    const zoe = month.nudges.find((n) => n.subjects.some((s) => s.name === 'Zoe' && s.kind === 'their-moment'));
    expect(zoe?.text).toMatch(/birthday/i);
    const on = localParts(zoe?.at ?? 0, ZONE);
    expect([on.month, on.day]).toEqual([4, 21]);
    expect(on.hour).toBeLessThan(12);
  });

  it('say-hi on its day at a weekly place: Rafi at yoga on a Thursday, Zoe at the dog park on a Tuesday', () => {
    const sayHi = (name: string) => month.nudges.filter((n) => n.subjects.some((s) => s.name === name && s.kind === 'say-hi'));
    for (const [name, weekday] of [
      ['Rafi', 4],
      ['Zoe', 2],
    ] as const) {
      const his = sayHi(name);
      expect(his.length, `${name} say-hi`).toBeGreaterThan(0);
      for (const n of his) expect.soft([weekday, (weekday + 6) % 7], label(n, `${name} say-hi day`)).toContain(localParts(n.at, ZONE).weekday);
    }
  });
});
