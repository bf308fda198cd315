import { SegmentedMessage } from 'sms-segments-calculator';
import { describe, expect, it } from 'vitest';
import { composeCaptureConfirmation } from '../replies';
import { composeNudge } from './index';
import { localParts, zonedToUtc } from '../time';
import { afterSent, personAfter, planNext } from '../playbook';
import { DEFAULT_WINDOW } from '../constants';
import { describeWhen, isInsideWindow } from '../schedule';
import type { NudgeKind, NudgeSubject, PersonForPlan, PlannedNudge, PlanTrigger } from '../types';

const KINDS: NudgeKind[] = ['first-follow-up', 'get-contact', 'deepen', 'check-in', 'their-moment', 'say-hi', 'let-go'];
const NY = 'America/New_York';
const at = (y: number, mo: number, d: number, h: number, mi = 0) => zonedToUtc({ year: y, month: mo, day: d, hour: h, minute: mi }, NY);

function measure(text: string) {
  const message = new SegmentedMessage(text);
  return { encoding: message.encodingName, segments: message.segmentsCount };
}

/** Kindling's own words: printable ASCII and newlines only (so no curly quotes, em dashes, ellipses or emoji). */
const PLAIN = /^[\x20-\x7e\n]*$/;

type Person = NudgeSubject['person'];
const sarah: Person = { name: 'Sarah', met: 'climbing gym', interests: ['bouldering', 'pottery studio'], work: [], hasContact: true, events: [{ what: 'gallery opening', on: '2026-12-12' }], warmth: 'unknown' };
const jake: Person = { name: 'Jake', met: 'run club', interests: ['marathon'], work: ['ML at a bank'], hasContact: false, events: [{ what: 'moving to Denver', on: '2027-03' }], warmth: 'none' };
const priya: Person = { name: 'Priya', met: 'through Sam', interests: ['jazz'], work: ['fintech startup'], hasContact: true, events: [{ what: 'birthday', on: '2026-12-06' }], warmth: 'warm' };
const dev: Person = { name: 'Dev', met: null, interests: ['board games'], work: [], hasContact: true, events: [], warmth: 'lukewarm' };
const ASCII_PEOPLE = [sarah, jake, priya, dev];

function subject(kind: NudgeKind, person: Person, extra: Partial<NudgeSubject> = {}): NudgeSubject {
  return { kind, person, ...(kind === 'their-moment' && person.events[0] ? { event: person.events[0] } : {}), ...extra };
}

function details(person: Person): string[] {
  return [person.met ?? '', ...person.interests, ...person.work, ...person.events.map((event) => event.what)]
    .map((item) => item.replace(/^(at|in|on|through|via)\s+/i, '').replace(/^(the|her|his|their)\s+/i, '').trim())
    .filter((item) => item.length > 0);
}

const namesADetail = (text: string, person: Person, words = Infinity) =>
  details(person).some((detail) => text.toLowerCase().includes(detail.split(/\s+/).slice(0, words).join(' ').toLowerCase()));

describe('composeNudge: one person', () => {
  const seeds = Array.from({ length: 20 }, (_, i) => i * 2654435761);

  it.each(KINDS.flatMap((kind) => ASCII_PEOPLE.map((person) => [kind, person.name, person] as const)))('%s for %s: plain GSM-7, 1 segment, a detail, a draft or KEEP', (kind, _name, person) => {
    for (const seed of seeds) {
      const text = composeNudge([subject(kind, person, { group: seed % 3 === 0 })], seed);
      expect(text).toMatch(PLAIN);
      expect(measure(text)).toEqual({ encoding: 'GSM-7', segments: 1 });
      expect(namesADetail(text, person), text).toBe(true);
      expect(text).toContain(person.name);
      if (kind === 'let-go') expect(text).toContain('KEEP');
      else {
        expect(text).toMatch(/"[^"]{10,}"/);
        expect(text).toMatch(/DONE|SNOOZE|SKIP|Got it\?/);
      }
    }
  });

  it.each([
    ['first-follow-up', sarah, /Sarah.*"[^"]*Sarah[^"]*climbing gym[^"]*"/],
    ['get-contact', { ...sarah, hasContact: false }, /(No number|number).*climbing gym/],
    ['get-contact', { ...priya, hasContact: false }, /ask Sam/],
    ['deepen', sarah, /(bouldering|pottery)/],
    ['check-in', sarah, /(bouldering|pottery studio)/],
    ['their-moment', sarah, /gallery opening/],
    ['their-moment', priya, /[Hh]appy birthday/],
    ['their-moment', jake, /moving to Denver/],
    ['say-hi', sarah, /climbing gym/],
    ['say-hi', jake, /swap numbers/],
    ['let-go', jake, /Jake \(run club\).*KEEP/],
  ] as [NudgeKind, Person, RegExp][])('%s says the right thing (%#)', (kind, person, pattern) => {
    for (const seed of seeds.slice(0, 8)) expect(composeNudge([subject(kind, person)], seed)).toMatch(pattern);
  });

  it('group deepen suggests a low-pressure group setting', () => {
    for (const seed of seeds.slice(0, 8)) {
      const text = composeNudge([subject('deepen', { ...priya, warmth: 'lukewarm' }, { group: true })], seed);
      expect(text).toMatch(/few (of us|friends)|group|friends/);
      expect(text).toMatch(/jazz/);
    }
  });

  it('let-go follows the example and never assumes a pronoun', () => {
    const texts = seeds.map((seed) => composeNudge([subject('let-go', jake)], seed));
    expect(texts).toContain("No worries if it doesn't click. I'll stop nudging about Jake (run club); reply KEEP to keep them.");
    for (const text of texts) expect(text).not.toMatch(/\b(him|her|his|she|he)\b/);
  });

  it('a their-moment says when, relative to now, when it is given', () => {
    const now = at(2026, 12, 11, 10);
    expect(composeNudge([subject('their-moment', sarah)], 1, { now, zone: NY })).toMatch(/tomorrow|gallery opening/);
    const line = seeds.map((seed) => composeNudge([subject('their-moment', sarah)], seed, { now, zone: NY })).find((text) => text.includes('tomorrow'));
    expect(line).toBeDefined();
    expect(composeNudge([subject('their-moment', { ...sarah, events: [{ what: 'gallery opening', on: '2026-12-16' }] })], 5, { now, zone: NY })).not.toContain('Dec 12');
  });

  it('variety: 20 people get at least 8 different first-follow-up templates', () => {
    const names = ['Sarah', 'Jake', 'Priya', 'Dev', 'Maya', 'Omar', 'Lena', 'Tom', 'Ana', 'Raj', 'Kim', 'Leo', 'Zoe', 'Ben', 'Ivy', 'Max', 'Nia', 'Sam', 'Eva', 'Jon'];
    const templates = new Set(
      names.map((name, i) => {
        const person: Person = { ...sarah, name, met: 'climbing gym', interests: ['bouldering'] };
        const seed = i * 97 + name.length * 31 + name.charCodeAt(0);
        return composeNudge([subject('first-follow-up', person)], seed).replaceAll(name, 'NAME');
      }),
    );
    expect(templates.size).toBeGreaterThanOrEqual(8);
  });

  it('variety holds for every kind', () => {
    for (const kind of KINDS) {
      const texts = new Set(seeds.map((seed) => composeNudge([subject(kind, sarah)], seed)));
      expect(texts.size, kind).toBeGreaterThanOrEqual(kind === 'let-go' ? 4 : 6);
    }
  });

  it('is deterministic for a seed', () => {
    expect(composeNudge([subject('deepen', sarah)], 12345)).toBe(composeNudge([subject('deepen', sarah)], 12345));
  });
});

describe('composeNudge: notes shaped like the note parser\'s output read naturally', () => {
  const base = { hasContact: true, warmth: 'unknown' as const, events: [] };
  const seeds = Array.from({ length: 16 }, (_, i) => i * 40503 + 1);
  const texts = (kind: NudgeKind, person: Person) => seeds.map((seed) => composeNudge([subject(kind, person)], seed));

  it.each([
    ['a bare activity is "at yoga", not "at the yoga"', 'first-follow-up', { ...base, name: 'Sarah', met: 'yoga', interests: ['hiking'], work: ['nurse'] }, /at yoga/, /at the yoga/],
    ['a common noun gets "the"', 'first-follow-up', { ...base, name: 'Will', met: 'bar', interests: ['Knicks'], work: [] }, /at the bar|Knicks/, /at bar\b/],
    ['a proper place keeps its name', 'first-follow-up', { ...base, name: 'Jordan', met: "Trader Joe's", interests: [], work: ['UX at Figma'] }, /Trader Joe's|your work at Figma/, /the Trader/],
    ['a job reads as your work, never "about nurse"', 'check-in', { ...base, name: 'Sarah', met: 'yoga', interests: [], work: ['nurse'] }, /your work as a nurse/, /about nurse|on nurse|How's nurse/],
    ['a company reads as your work at', 'first-follow-up', { ...base, name: 'Priya', met: 'through Ravi', interests: [], work: ['Google'] }, /your work at Google/, /about Google/],
    ['a project gets "the"', 'check-in', { ...base, name: 'Kenji', met: 'izakaya', interests: [], work: ['ramen shop'] }, /the ramen shop/, /about ramen shop|on ramen shop/],
    ['something they are doing reads as is', 'first-follow-up', { ...base, name: 'Dan', met: 'meetup', interests: [], work: ['raising a seed round'] }, /raising a seed round/, /the raising/],
    ['no "next time at" a one-off event', 'get-contact', { ...base, hasContact: false, name: 'Maya', met: "Lisa's wedding", interests: ['poetry'], work: [] }, /mutual friend/, /next time at Lisa's wedding|cross paths at Lisa's/],
    ['a regular place: ask there next time', 'get-contact', { ...base, hasContact: false, name: 'Marco', met: 'dog park', interests: ['dogs'], work: [] }, /dog park/, /mutual friend, or/],
    ['through someone: ask them', 'get-contact', { ...base, hasContact: false, name: 'Lena', met: 'through Jake', interests: ['tango'], work: [] }, /ask Jake/, /at through/],
    ["a kid's party is not their birthday", 'their-moment', { ...base, name: 'Omar', met: 'pickleball league', interests: [], work: [], events: [{ what: "kid's birthday party", on: '2026-12-05' }] }, /kid's birthday party/, /Happy birthday, Omar|Happy birthday Omar/],
    ['a job as a deepen: talk shop, no job title in the invite', 'deepen', { ...base, name: 'Chris', met: 'work happy hour', interests: [], work: ['data scientist'] }, /coffee|lunch/, /"[^"]*data scientist[^"]*"/],
  ] as [string, NudgeKind, Person, RegExp, RegExp][])('%s', (_label, kind, person, wanted, unwanted) => {
    const all = texts(kind, person);
    for (const text of all) {
      expect(text).not.toMatch(unwanted);
      expect(measure(text).segments).toBeLessThanOrEqual(2);
    }
    expect(all.some((text) => wanted.test(text)), all.join('\n')).toBe(true);
  });
});

describe('composeNudge: user data of any shape stays within 2 segments', () => {
  const long = 'restoring old Italian espresso machines and selling them at the Sunday flea market in the old textile factory';
  const cases: [string, Person][] = [
    ['accents (UCS-2)', { name: 'José Núñez', met: 'café Pushkin', interests: ['cerámica', 'música brasileña'], work: ['diseñador en Bogotá'], hasContact: true, events: [{ what: 'cumpleaños', on: '2026-12-12' }], warmth: 'warm' }],
    ['GSM-7 accents', { name: 'Zoë Müller', met: 'Göteborg café', interests: ['ñoquis'], work: [], hasContact: true, events: [], warmth: 'unknown' }],
    ['emoji', { name: 'Mia 🌸', met: 'yoga 🧘 class', interests: ['🧗 climbing', 'matcha 🍵'], work: ['🚀 startup'], hasContact: true, events: [{ what: 'show 🎭', on: '2026-12-12' }], warmth: 'warm' }],
    ['family emoji', { name: 'Ana', met: 'the park 👨‍👩‍👧‍👦', interests: ['👨‍👩‍👧‍👦 family picnics'.repeat(3)], work: [], hasContact: false, events: [], warmth: 'none' }],
    ['long name', { name: 'Maximilian Alexander von Hohenzollern-Sigmaringen', met: 'the Berlin coworking space', interests: ['synths'], work: ['hardware startup'], hasContact: true, events: [], warmth: 'unknown' }],
    ['long details', { name: 'Sarah', met: 'the rooftop bar on top of the old textile factory in Williamsburg during Sam\'s birthday party', interests: [long, long], work: [long], hasContact: true, events: [{ what: long, on: '2027-03' }], warmth: 'lukewarm' }],
    ['many interests', { name: 'Kai', met: 'gym', interests: Array.from({ length: 25 }, (_, i) => `interest number ${i}`), work: [], hasContact: true, events: [], warmth: 'warm' }],
    ['CJK', { name: '王小明', met: '咖啡馆', interests: ['书法', '围棋'], work: ['工程师'], hasContact: true, events: [{ what: '生日', on: '2026-12-12' }], warmth: 'warm' }],
    ['curly quotes', { name: 'Siobhán O\u2019Brien', met: '\u201cthe\u201d bakery', interests: ['rock\u2019n\u2019roll'], work: [], hasContact: true, events: [], warmth: 'unknown' }],
    ['GSM-7 extension characters', { name: 'Ed', met: 'the {hack} space', interests: ['C++ [templates]', 'pipes | and ~ tildes'], work: ['€ fintech'], hasContact: true, events: [], warmth: 'unknown' }],
    ['nothing noted', { name: 'Lou', met: null, interests: [], work: [], hasContact: true, events: [], warmth: 'unknown' }],
    ['absurd single word', { name: 'X'.repeat(400), met: 'Y'.repeat(300), interests: ['Z'.repeat(300)], work: [], hasContact: true, events: [], warmth: 'unknown' }],
    ['absurd emoji name', { name: '😀'.repeat(200), met: 'gym', interests: [], work: [], hasContact: false, events: [], warmth: 'unknown' }],
    ['blank strings', { name: 'Bo', met: '  ', interests: ['', ' '], work: [''], hasContact: true, events: [{ what: 'show', on: 'not a date' }], warmth: 'unknown' }],
  ];

  it.each(KINDS.flatMap((kind) => cases.map(([label, person]) => [kind, label, person] as const)))('%s with %s', (kind, label, person) => {
    for (const seed of [0, 1, 2, 3, 7, 99, 123456789]) {
      const text = composeNudge([subject(kind, person, { group: seed % 2 === 0 })], seed);
      expect(measure(text).segments, text).toBeLessThanOrEqual(2);
      expect(text.length).toBeGreaterThan(10);
      if (!label.startsWith('absurd') && label !== 'nothing noted' && label !== 'blank strings') {
        expect(namesADetail(text, person, 1), text).toBe(true);
      }
      // Any character outside printable ASCII came from what the user noted, not from Kindling.
      const noted = [person.name, person.met ?? '', ...person.interests, ...person.work, ...person.events.map((event) => event.what)].join(' ');
      for (const char of text.replace(/[\x20-\x7e\n]/g, '')) expect(noted, `${char} in ${text}`).toContain(char);
    }
  });

  it('keeps whole words when it shortens', () => {
    const person = cases[5]?.[1] as Person;
    for (const seed of [0, 1, 2, 3]) {
      const text = composeNudge([subject('first-follow-up', person)], seed);
      for (const word of text.split(/[\s"():,.!?;]+/).filter(Boolean)) {
        const known = [long, person.met ?? '', 'Sarah'].some((source) => source.includes(word)) || /^[A-Za-z']+$/.test(word);
        expect(known, word).toBe(true);
      }
    }
  });
});

describe('composeNudge: several people in one text', () => {
  const everyone = [sarah, jake, priya, dev, { ...sarah, name: 'José Núñez', met: 'café on 5th' }];
  it.each([2, 3, 5])('%i people: numbered, a detail each, reply guidance, <= 2 segments', (count) => {
    for (const seed of [0, 1, 2, 3, 4, 5]) {
      const subjects = everyone.slice(0, count).map((person, i) => subject(KINDS[(i + seed) % KINDS.length] as NudgeKind, person, { group: i % 2 === 1 }));
      const text = composeNudge(subjects, seed);
      expect(measure(text).segments, text).toBeLessThanOrEqual(2);
      for (let i = 0; i < count; i++) {
        const line = text.split('\n').find((row) => row.startsWith(`${i + 1}) `));
        expect(line, text).toBeDefined();
        const person = everyone[i] as Person;
        expect(line).toContain(person.name.split(' ')[0]);
        expect(namesADetail(line ?? '', person, 1), line).toBe(true);
      }
      expect(text).toMatch(/DONE 1/);
    }
  });

  it('two people with short notes fit one segment', () => {
    const text = composeNudge([subject('first-follow-up', sarah), subject('check-in', priya)], 3);
    expect(measure(text)).toEqual({ encoding: 'GSM-7', segments: 1 });
    expect(text).toMatch(/^(.*\n)?1\) Sarah/);
    expect(text).toMatch(/\n2\) Priya/);
  });

  it('a let-go line says how to keep them by name', () => {
    const text = composeNudge([subject('let-go', jake), subject('first-follow-up', sarah)], 1);
    expect(text).toMatch(/KEEP Jake/);
  });

  it('five people with long names and emoji still fit', () => {
    const heavy = Array.from({ length: 5 }, (_, i) => subject(KINDS[i] as NudgeKind, { ...sarah, name: `Ñandú ${i} 🌸 Hohenzollern-Sigmaringen`, met: 'the rooftop bar on top of the old textile factory', interests: ['restoring old Italian espresso machines'] }));
    const text = composeNudge(heavy, 9);
    expect(measure(text).segments).toBeLessThanOrEqual(2);
  });
});

describe('a sample week', () => {
  // Three people, an hourly cron, the user's replies: every text is printed with its segment count.
  interface Tracked {
    person: PersonForPlan;
    pending: PlannedNudge | null;
  }
  const hash = (text: string) => [...text].reduce((h, char) => Math.imul(h ^ char.charCodeAt(0), 16777619) >>> 0, 2166136261);

  it('prints what the user would receive', () => {
    const log: string[] = [];
    const people = new Map<string, Tracked>();
    const stamp = (ms: number) => {
      const p = localParts(ms, NY);
      return `${['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'][p.weekday]} ${String(p.hour).padStart(2, '0')}:${String(p.minute).padStart(2, '0')}`;
    };
    const record = (when: number, from: string, text: string) => {
      const size = measure(text);
      expect(size.segments).toBeLessThanOrEqual(2);
      log.push(`${stamp(when)} ${from} [${size.encoding}, ${size.segments} seg, ${text.length} ch]\n  ${text.replaceAll('\n', '\n  ')}`);
    };

    const capture = (when: number, person: Omit<PersonForPlan, 'metAt' | 'warmth' | 'silences' | 'kept' | 'sentKinds' | 'celebratedEvents'>, note: string, welcome: boolean) => {
      const full: PersonForPlan = { ...person, metAt: when, warmth: 'unknown', silences: 0, kept: false, sentKinds: [], celebratedEvents: [] };
      const pending = planNext(full, { type: 'captured' }, when, NY, DEFAULT_WINDOW);
      people.set(person.name, { person: full, pending });
      log.push(`${stamp(when)} USER: ${note}`);
      record(when, 'KINDLING', composeCaptureConfirmation({
        name: person.name, met: person.met, details: [...person.interests, ...person.work, ...person.events.map((event) => event.what)],
        hasContact: person.hasContact, nextNudge: pending, now: when, zone: NY, welcome,
      }));
    };
    const reply = (when: number, name: string, note: string, trigger: PlanTrigger, patch: Partial<PersonForPlan> = {}) => {
      const tracked = people.get(name);
      if (!tracked) throw new Error(name);
      const before = { ...tracked.person, ...patch };
      const pending = planNext(before, trigger, when, NY, DEFAULT_WINDOW);
      const after = { ...before, ...personAfter(before, trigger) };
      people.set(name, { person: after, pending });
      log.push(`${stamp(when)} USER: ${note}`);
      log.push(`  (plan for ${name}: ${pending ? `${pending.kind} ${describeWhen(pending.dueAt, when, NY)}` : 'nothing more'})`);
    };
    const cron = (when: number) => {
      if (!isInsideWindow(when, NY, DEFAULT_WINDOW)) return;
      const due = [...people.values()].filter((tracked) => tracked.pending && tracked.pending.dueAt <= when);
      if (due.length === 0) return;
      const subjects: NudgeSubject[] = due.map(({ person, pending }) => ({
        kind: pending?.kind ?? 'check-in', person, ...(pending?.event ? { event: pending.event } : {}), ...(pending?.group ? { group: true } : {}),
      }));
      const seed = hash(due.map(({ person, pending }) => `${person.name}:${pending?.kind}:${person.sentKinds.length}`).join('|'));
      record(when, 'KINDLING', composeNudge(subjects, seed, { now: when, zone: NY }));
      for (const tracked of due) {
        const kind = tracked.pending?.kind ?? 'check-in';
        // As the cron glue does: the kind is recorded, and a their-moment's event counts as celebrated once sent.
        const event = tracked.pending?.event;
        const sent = { ...tracked.person, sentKinds: [...tracked.person.sentKinds, kind], celebratedEvents: event ? [...tracked.person.celebratedEvents, event.on] : tracked.person.celebratedEvents };
        const pending = afterSent(sent, kind, when, NY, DEFAULT_WINDOW);
        people.set(tracked.person.name, { person: sent, pending });
      }
    };

    const script: [number, () => void][] = [
      [at(2026, 11, 30, 19, 10), () => capture(at(2026, 11, 30, 19, 10), { name: 'Sarah', met: 'climbing gym', interests: ['bouldering', 'pottery studio'], work: [], hasContact: true, events: [{ what: 'gallery opening', on: '2026-12-05' }] }, 'Sarah from the climbing gym, into bouldering, has a pottery studio. Gallery opening Sat! 917-555-0142', true)],
      [at(2026, 11, 30, 21, 40), () => capture(at(2026, 11, 30, 21, 40), { name: 'Jake', met: 'run club', interests: ['marathon training'], work: ['ML at a bank'], hasContact: false, events: [] }, 'Jake at run club, training for a marathon, does ML at a bank', false)],
      [at(2026, 12, 1, 12, 30), () => capture(at(2026, 12, 1, 12, 30), { name: 'Priya', met: 'through Sam', interests: ['jazz', 'ceviche'], work: ['fintech startup'], hasContact: true, events: [{ what: 'birthday', on: '2026-12-06' }] }, 'Priya via Sam, fintech startup founder, loves jazz and ceviche, bday Sunday, priya@example.com', false)],
      [at(2026, 12, 1, 10, 20), () => reply(at(2026, 12, 1, 10, 20), 'Sarah', 'done', { type: 'done' })],
      [at(2026, 12, 1, 19, 5), () => reply(at(2026, 12, 1, 19, 5), 'Sarah', 'she wrote back right away', { type: 'response', warmth: 'warm' })],
      [at(2026, 12, 1, 11, 0), () => reply(at(2026, 12, 1, 11, 0), 'Jake', 'skip', { type: 'skip' })],
      [at(2026, 12, 2, 10, 30), () => reply(at(2026, 12, 2, 10, 30), 'Priya', 'sent it', { type: 'done' })],
      [at(2026, 12, 4, 9, 15), () => reply(at(2026, 12, 4, 9, 15), 'Jake', 'Jake: 415-555-0199', { type: 'note-added' }, { hasContact: true })],
      [at(2026, 12, 5, 18, 0), () => reply(at(2026, 12, 5, 18, 0), 'Priya', 'no answer yet', { type: 'response', warmth: 'none' })],
    ];
    const pendingScript = [...script].sort((a, b) => a[0] - b[0]);
    for (let hour = at(2026, 11, 30, 19); hour <= at(2026, 12, 7, 12); hour += 3_600_000) {
      while (pendingScript[0] && pendingScript[0][0] <= hour + 3_599_999) {
        const [when, act] = pendingScript.shift() as [number, () => void];
        if (when > hour) cron(hour);
        act();
      }
      cron(hour);
    }
    console.log(`\n==== Sample week (America/New_York, default window 09-20, nudges at 10am) ====\n${log.join('\n')}\n`);
    expect(log.filter((line) => line.includes('KINDLING')).length).toBeGreaterThanOrEqual(6);
  });
});
