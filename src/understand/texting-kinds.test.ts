// The kinds of text the texting-v2 corpus showed the readers missing, each as a general rule with texts written for
// it here (not the corpus's own): children and teams are no one, lists with asides and titles, ESL and Spanish voices,
// pets and famous names, questions answered from saved people, commands that open a text, corrections by likeness.
import { describe, expect, it } from 'vitest';
import type { UnderstandContext, Meaning } from './types';
import { meaningOf } from './understand';

const NOW = Date.UTC(2026, 11, 1, 23, 0);

/** Saved people with what is known of them; the last one is the latest talked about. */
function contextOf(people: ReadonlyArray<readonly [string, string | null, string?]>, country = 'US'): UnderstandContext {
  const saved = people.map(([name, met], index) => ({
    id: index + 1,
    name,
    nameKey: name.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase(),
    met,
  }));
  return {
    people: saved,
    latestPersonId: saved.at(-1)?.id ?? null,
    pending: null,
    now: NOW,
    timeZone: 'America/New_York',
    defaultCountry: country,
    aboutOf: (id) => (people[id - 1]?.[2] ?? '').toLowerCase(),
  };
}

const names = (read: Meaning): string[] => (read.intent === 'note' ? read.people.map((person) => person.name) : []);

describe('notes: who is a person', () => {
  const none = contextOf([]);
  it.each([
    ['met Dana at the rink, her son Leo plays with Sam on the Hawks', ['Dana']],
    ['met Wes at swim, his daughter Ivy is in the same lane as Noa', ['Wes']],
    ['met her son Leo at the rink, he coaches', ['Leo']],
    ['The team of my daughter, Falcons, won the cup. Her coach, she is called Marta, invited us for pizza', ['Marta']],
    ['New patient Mrs Okafor, 3 Mill Lane, hip replacement', ['Mrs Okafor']],
    ['I meet Dmitri in the chess club, he is teacher', ['Dmitri']],
    ['Met a fella Baz at the bowls club, ex-army', ['Baz']],
    ['At the expo I talk with Chen from Sony, and one man Ravi who make the robots', ['Chen', 'Ravi']],
    ['Good dinner. Aisha (CTO at Finch), Leo from Northzone – wants the deck – and Mo who is hosting next week', ['Aisha', 'Leo', 'Mo']],
    ['Quiz night: Gordon (captain) is retiring, Sue has offered to score, and Mr Adeyemi brought the prizes', ['Gordon', 'Sue', 'Mr Adeyemi']],
    ['conocí a la nueva vecina, Marisol, she does nails', ['Marisol']],
    ['en la boda conocí a Beto y a su esposa, Lupita, ella es doctora', ['Beto', 'Lupita']],
    ['En la cena conocí a Rosa, abogada, y a Iker, el primo de Ana', ['Rosa', 'Iker']],
    ['conheci a Bia na escola, também conheci o marido dela, Caio, que é médico', ['Caio', 'Bia']],
    ['At the mixer: Jen Park (Accel), Raj Shah (founder) and Tom from Plaid', ['Jen Park', 'Raj Shah', 'Tom']],
    ['met the Coopers at the fair, Paul is a plumber and Kath does the PTA', ['Paul', 'Kath']],
    ['mark the new night porter at the hotel, from cork', ['Mark']],
    ['just met my new neighbour!! her name is Kayla and she has a beagle named Rolo', ['Kayla']],
    ['the barista at the corner cafe is called Imogen, she paints', ['Imogen']],
    ['met Kwame comma he is an engineer at Shopify period', ['Kwame']],
    ['met the coach darryl too, he is a paramedic', ['Darryl']],
    ['Ada 07911 123456, Ben 07911 654321', ['Ada', 'Ben']],
  ])('%s -> %j', (text, want) => {
    expect(names(meaningOf(text, none))).toEqual(want);
  });

  it.each([
    'Rufus was a right muddy pup this morning, rolled in something on the heath so straight in the bath when we got home',
    'Dolly Parton was on TV tonight singing with Kenny Rogers, what a voice. Then we had supper at Bob Evans.',
    'estuvo buenisimo el concierto de bad bunny anoche, i literally have no voice left lol',
    'watching Ted Lasso again lol, Roy Kent is my fave',
    'Bella (our cat) knocked over the tree',
    'Luna had her puppies!! 6 of them',
  ])('%s -> nobody saved', (text) => {
    expect(names(meaningOf(text, none))).toEqual([]);
  });

  it('a famous look-alike stays a detail', () => {
    expect(names(meaningOf('met owen at the show tonight, looks like timothee chalamet fr', none))).toEqual(['Owen']);
  });
});

describe('questions answered from saved people', () => {
  const ctx = contextOf([
    ['Colleen', 'ringette', 'met colleen at ringette'],
    ['Darryl', null, 'paramedic | met the coach darryl too, he is a paramedic'],
    ['Rupert', 'Slush London', 'angel investor'],
    ['Anouk', 'Slush London', 'founder'],
    ['Liv', 'dog park', 'met liv at the dog park, has a bernedoodle'],
  ]);
  it.each([
    ["whats the coach's name again? the paramedic", ['Darryl']],
    ['whos the girl with the bernedoodle again lol', ['Liv']],
    ['who did I meet at Slush?', ['Rupert', 'Anouk']],
    ['¿a quién conocí en Slush?', ['Rupert', 'Anouk']],
  ])('%s -> %j', (text, want) => {
    const read = meaningOf(text, ctx);
    expect(read.intent).toBe('who-fits');
    expect(read.intent === 'who-fits' ? read.people.map((person) => person.name) : []).toEqual(want);
  });
});

describe('commands, corrections and replies in natural words', () => {
  const ctx = contextOf([
    ['Oliver', 'pub'],
    ['Hollis', 'kickoff'],
    ['Margo', 'kickoff'],
    ['Jess', 'dog park'],
  ]);
  const cases: ReadonlyArray<[string, Partial<Record<string, unknown>>]> = [
    ['delete Hollis, turns out he works for a rival lol. keep Margo', { intent: 'forget', person: 'Hollis' }],
    ["forget about oliver, we're not friends anymore", { intent: 'forget', person: 'Oliver' }],
    ["actually it's spelled Olly", { intent: 'rename', person: 'Oliver', to: 'Olly' }],
    ["scratch that, Oliver's surname is Brown", { intent: 'rename', person: 'Oliver', to: 'Oliver Brown' }],
    ['correction: Jess works at Monzo, not Revolut', { intent: 'correct-detail', person: 'Jess' }],
    ["oops, Jess's not a teacher, she's a nurse", { intent: 'correct-detail', person: 'Jess' }],
    ["I'm on holiday for two weeks, don't send anything", { intent: 'pause' }],
    ['havent had a chance yet', { intent: 'snooze' }],
    ['heres margos number 3125550199', { intent: 'add-note', person: 'Margo' }],
    ['got oliver’s digits finally 3125550101', { intent: 'add-note', person: 'Oliver' }],
  ];
  it.each(cases)('%s -> %j', (text, want) => {
    const read = meaningOf(text, ctx) as Meaning & { person?: { name: string }; to?: string };
    expect(read.intent).toBe(want.intent);
    if (want.person) expect(read.person?.name).toBe(want.person);
    if (want.to) expect(read.to).toBe(want.to);
  });

  it('a plan with someone not saved is a note about them, not about the latest person', () => {
    const read = meaningOf("coffee w/ jamal tmrw! he's the guy from my spin class", ctx);
    expect(names(read)).toEqual(['Jamal']);
  });

  it('a time gone by is not when the plan is', () => {
    const read = meaningOf("Rang him this morning, lovely chat, we're meeting for a pint on Friday", ctx);
    expect(read.intent === 'done' ? read.plan?.when?.day : null).toBe('2026-12-04');
  });
});
