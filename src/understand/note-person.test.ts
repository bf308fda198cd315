// Table tests for the note parser: names, where met, interests, work, contacts, events, name answers, keys, bad input.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nameKey, parseNameAnswer, parseNote } from './note-person';
import type { Contacts, ParsedNote, PersonEvent } from '../domain/types';

const NOW = Date.UTC(2026, 11, 1, 23, 0); // Tue 2026-12-01 18:00 in New York
const ZONE = 'America/New_York';
const parse = (text: string): ParsedNote => parseNote(text, { now: NOW, timeZone: ZONE });

/** Case-insensitive substring either way: "sax" matches "saxophone". */
const loosely = (want: string, got: readonly string[]): boolean =>
  got.some((g) => g.toLowerCase().includes(want.toLowerCase()) || want.toLowerCase().includes(g.toLowerCase()));

describe('parseNote: the person', () => {
  it.each<[string, string | null]>([
    ['Met Sarah at the climbing gym', 'Sarah'],
    ['jake from the networking event - works on a fintech startup', 'Jake'],
    ["chloe - friend of mike's, met at trivia night", 'Chloe'],
    ['Dr. Kim Nguyen, ER doctor, met at a bbq', 'Kim Nguyen'],
    ['the tall guy from volleyball - Pete? plays guitar', 'Pete'],
    ['met a woman named Grace at the bookstore', 'Grace'],
    ["Ravi - Priya's husband. Into cricket", 'Ravi'],
    ['Coffee line at Blue Bottle: Priya Raman, product designer at Stripe', 'Priya Raman'],
    ['Met José Núñez at the café on 5th', 'José Núñez'],
    ['Met someone cool at the gallery, forgot to get her name', null],
    ['Olivia Chen at the PTA meeting. Mom of Leo (same class as Mia). Marketing at Spotify', 'Olivia Chen'],
    ['Anna (neighbor, 4B) - has a golden retriever named Miso', 'Anna'],
    ['Ok so I met this guy Tom at the bar', 'Tom'],
    ['coffee w/ dan at the meetup', 'Dan'],
    ["her name is Maya, met her at Lisa's wedding", 'Maya'],
    ['Grace Park from church small group', 'Grace Park'],
    ['Catherine de la Cruz at pilates', 'Catherine de la Cruz'],
    ["Mateo's wife Camila - met at their housewarming", 'Camila'],
    ["Met Jean-Luc O'Brien at the wine bar", "Jean-Luc O'Brien"],
    ['JAKE FROM THE GYM, LOVES HIKING', 'Jake'],
    ['Nice guy at the Apple store, works in design, likes F1. forgot his name', null],
    ['random guy at the pub, super into craft beer', null],
    ['Aiden joined Stripe last month, loves chess', 'Aiden'],
    ["Sarah's birthday is March 3", 'Sarah'],
    ["talked to marcus lee at dana's party", 'Marcus Lee'],
    ['Great chat w/ Mohammed at the mosque iftar', 'Mohammed'],
    ['Zoë Saldaña from improv', 'Zoë Saldaña'],
    // a courtesy title and a lone surname are how the user knows them (the texting-v2 corpus: "Mrs Patel", "Mr Okonkwo")
    ["Mrs. Okonkwo, my kid's teacher", 'Mrs Okonkwo'],
    ['New customer Mrs Patel 14 Wellington Rd, boiler service', 'Mrs Patel'],
    ['Dr Kim Nguyen, ER doctor', 'Kim Nguyen'],
    ['I meet Anatoly in the chess club', 'Anatoly'],
    ['Met a fella Kev at the RSL, ex-Navy', 'Kev'],
    ['met Jen at the rink, her son Mateo is the goalie', 'Jen'],
    ['met the new neighbour, Yesenia, she does nails', 'Yesenia'],
    ['grabbed drinks with Omar after the pickleball league', 'Omar'],
    ['Brooklyn rooftop party, guy in a red hat, into techno', null],
    ["Dana's party, tall woman who works at Google", null],
    ['sarah', 'Sarah'],
    ["Had a great time at Sarah's party. Her friend Leah is a vet", 'Leah'],
    ['At the gym today I met Chris', 'Chris'],
    ['Spin class - instructor named Kayla', 'Kayla'],
    ['Daniela! from salsa', 'Daniela'],
    ['Sat next to Irene on the train to Boston', 'Irene'],
    ['Met at Soho House: Ollie, investor at Sequoia', 'Ollie'],
    ['June from yoga, her bday is on the 31st', 'June'],
    ['Dev at the startup mixer, founder of Loop', 'Dev'],
    ['Max has a race on Sat', 'Max'],
  ])('%s -> %s', (note, name) => {
    expect(parse(note).name).toBe(name);
  });
});

describe('parseNote: where they met', () => {
  it.each<[string, string | null]>([
    ["Met Sarah at the climbing gym, she's into bouldering", 'climbing gym'],
    ["talked to Marcus Lee at Dana's party, he's training", "Dana's party"],
    ['Anna (neighbor, 4B) - teaches yoga', 'neighbor'],
    ["Ravi - Priya's husband. Into cricket", 'through Priya'],
    ['Derek - met on the flight to Austin, sells solar panels', 'flight to Austin'],
    ['Hannah from my running club, vegetarian', 'running club'],
    ['the tall guy from volleyball - Pete?', 'volleyball'],
    ["Lena Fischer (Jake's sister) - dentist", 'through Jake'],
    ["Priya - coworker of Ravi's, PM at Google", 'through Ravi'],
    ['Kwame at the climbing gym again, wants to go bouldering', 'climbing gym'],
    ['Sven @ the sauna, Swedish, builds furniture', 'sauna'],
    ['Met him through Sam, works in finance', 'through Sam'],
    ['Jo, met online, into chess', 'online'],
    ['Luis at the dog park w/ the corgi', 'dog park'],
    ['Yuki, barista at the corner cafe', 'corner cafe'],
    ['Sam Okafor - conference speaker on climate tech', 'conference'],
    ['Pat - loves chess', null],
    ['Rachel, dinner at Carbone on Friday', null],
    ['At the gym today I met Chris', 'gym'],
    ['Spin class - instructor named Kayla', 'Spin class'],
    ['Rob (tall, beard) from the climbing gym', 'climbing gym'],
    ['Sat next to Irene on the train to Boston', 'train to Boston'],
    ['new friend from climbing: Sebastian', 'climbing'],
    ['Leo the bartender at Dante, mixology nerd', 'Dante'],
    ['Spoke with Ms. Rivera after the PTA meeting', 'PTA meeting'],
    ['Tinder date w/ Alex - nurse', 'Tinder'],
    ["Rachel Green - works at Bloomingdale's, her sister's wedding is Dec 12", null],
  ])('%s -> %s', (note, met) => {
    expect(parse(note).met).toBe(met);
  });
});

describe('parseNote: interests', () => {
  it.each<[string, string[]]>([
    ["she's into bouldering and runs a pottery studio", ['bouldering']],
    ['into sourdough + board games.', ['sourdough', 'board games']],
    ['Loves jazz, plays sax in a band', ['jazz', 'sax']],
    ['wine nerd, works in HR', ['wine']],
    ['loves ceviche and salsa dancing, opening a restaurant', ['ceviche', 'salsa dancing']],
    ['we talked about heat pumps for 20 min', ['heat pumps']],
    ['huge Longhorns fan', ['Longhorns']],
    ['surfing on weekends', ['surfing']],
    ['wants to swap trail recs', ['trail']],
    ['has a golden retriever named Miso', ['retriever Miso']],
    ['Met Rafi at the pool, his dog Waffles', ['dog Waffles']],
    ['zoe from the dog park, has a corgi named biscuit', ['corgi Biscuit']],
    ['Luis at the dog park w/ the corgi', ['dogs']],
    ['bartender at the Lucky Dog Bar', []],
    ['fixes vintage synths', ['vintage synths']],
    ['Talked w/ Kenji about sake for an hour', ['sake']],
    ['into cycling & photography, invited me', ['cycling', 'photography']],
    ['loves hiking, biking, and chess', ['hiking', 'biking', 'chess']],
    ['training for her first half marathon', ['running']],
  ])('%s -> %j', (note, interests) => {
    const got = parse(note).interests;
    for (const item of interests) expect(loosely(item, got), `${item} in ${JSON.stringify(got)}`).toBe(true);
  });

  it('keeps at most 6 short, distinct interests', () => {
    const got = parse(
      'loves hiking, climbing, yoga, chess, poker, jazz, salsa, tennis, golf, and surfing, into hiking and a really really long hobby name that goes on and on',
    ).interests;
    expect(got.length).toBeLessThanOrEqual(6);
    expect(new Set(got.map((i) => i.toLowerCase())).size).toBe(got.length);
    for (const item of got) expect(item.length).toBeLessThanOrEqual(40);
  });
});

describe('parseNote: work and projects', () => {
  it.each<[string, string[]]>([
    ['runs a pottery studio', ['pottery studio']],
    ['Priya Raman, product designer at Stripe, loves hiking', ['product designer', 'Stripe']],
    ['jake - works on a fintech startup', ['fintech startup']],
    ['Anna - teaches yoga', ['yoga teacher']],
    ['Dr Kim Nguyen, ER doctor, met at a bbq', ['ER doctor']],
    ['ML engineer, building a tool for farmers', ['ML engineer', 'tool for farmers']],
    ['works in HR at a hospital', ['HR', 'hospital']],
    ['opening a restaurant in March', ['opening a restaurant']],
    ['works remote for a game studio', ['game studio']],
    ['Emily Walsh, VP eng at Acme, hiring a PM', ['VP eng', 'Acme', 'hiring a PM']],
    ['sells solar panels', ['solar panels']],
    ['Met Dr. Aisha Bello at the conference. cardiologist.', ['cardiologist']],
    ['He runs a ramen shop in the East Village', ['ramen shop']],
    ['they just started at Figma', ['Figma']],
    ['met a couple at the beach - Ana and Pedro. Ana is a vet', ['vet']],
  ])('%s -> %j', (note, work) => {
    const got = parse(note).work;
    for (const item of work) expect(loosely(item, got), `${item} in ${JSON.stringify(got)}`).toBe(true);
    expect(got.length).toBeLessThanOrEqual(4);
  });
});

describe('parseNote: contacts', () => {
  it.each<[string, Contacts]>([
    ['Sarah, 917-555-0199', { phone: '+19175550199' }],
    ['+1 (646) 555 0123', { phone: '+16465550123' }],
    ['chloe 2125550188', { phone: '+12125550188' }],
    ['derek.solar@gmail.com 512 555 0147', { email: 'derek.solar@gmail.com', phone: '+15125550147' }],
    ['Jake@Example.com.', { email: 'jake@example.com' }],
    ['+44 7911 123456', { phone: '+447911123456' }],
    ['ig @priya.designs', { instagram: 'priya.designs' }],
    ['insta tomas.shoots', { instagram: 'tomas.shoots' }],
    ['surfing on weekends @tomas.shoots', { instagram: 'tomas.shoots' }],
    ['instagram: @Kwame.Climbs.', { instagram: 'kwame.climbs' }],
    ['linkedin.com/in/fatimazahra', { linkedin: 'linkedin.com/in/fatimazahra' }],
    ['https://www.linkedin.com/in/dev-patel-123/', { linkedin: 'linkedin.com/in/dev-patel-123' }],
    ['twitter: @chrisdata', { handles: ['twitter:@chrisdata'] }],
    ['tiktok @dance.queen', { handles: ['tiktok:@dance.queen'] }],
    ['x @jo_codes', { handles: ['twitter:@jo_codes'] }],
    ['ig @ana.b and twitter @anab', { instagram: 'ana.b', handles: ['twitter:@anab'] }],
    ['we met at 5pm @ the bar', {}],
    ['Anna (4B), Dec 20, talked for 20 min, 2 kids', {}],
    ['her instagram is great', {}],
  ])('%s -> %j', (note, contacts) => {
    expect(parse(note).contacts).toEqual(contacts);
  });

  it("reads numbers without a country code in the user's country", () => {
    expect(parseNote('Tom 07911 123456', { now: NOW, timeZone: 'Europe/London', defaultCountry: 'GB' }).contacts).toEqual({
      phone: '+447911123456',
    });
    expect(parseNote('Tom 917-555-0199', { now: NOW, timeZone: ZONE, defaultCountry: 'ZZ' }).contacts).toEqual({
      phone: '+19175550199',
    });
  });
});

describe('parseNote: their upcoming events', () => {
  it.each<[string, PersonEvent[]]>([
    ['gallery opening this Friday', [{ what: 'gallery opening', on: '2026-12-04' }]],
    ["he's training for the Chicago marathon in October", [{ what: 'Chicago marathon', on: '2027-10' }]],
    ['opening a restaurant in March', [{ what: 'restaurant opening', on: '2027-03' }]],
    ['pitching at demo day on the 15th.', [{ what: 'demo day', on: '2026-12-15' }]],
    ['Loves jazz, gig at the Blue Note on Saturday', [{ what: 'gig at the Blue Note', on: '2026-12-05' }]],
    ['invited me to their Sunday ride', [{ what: 'Sunday ride', on: '2026-12-06' }]],
    ['first screening of her short film tomorrow night', [{ what: 'first screening of her short film', on: '2026-12-02' }]],
    ['Argentinian, architect, birthday is Jan 9', [{ what: 'birthday', on: '2027-01-09' }]],
    ['training for her first half marathon Dec 20, vegetarian', [{ what: 'first half marathon', on: '2026-12-20' }]],
    ['her birthday is today', [{ what: 'birthday', on: '2026-12-01' }]],
    ['wedding Dec 1', [{ what: 'wedding', on: '2026-12-01' }]],
    ['coffee on 12/15', [{ what: 'coffee', on: '2026-12-15' }]],
    ['back in town in 2 weeks', [{ what: 'back in town', on: '2026-12-15' }]],
    ['concert this weekend', [{ what: 'concert', on: '2026-12-05' }]],
    ['parent-teacher conference on the 9th', [{ what: 'parent-teacher conference', on: '2026-12-09' }]],
    ['album drops next month', [{ what: 'album release', on: '2027-01' }]],
    ['Ivy - her show opens next Friday', [{ what: 'show opening', on: '2026-12-11' }]],
    ['Max has a race on Sat', [{ what: 'race', on: '2026-12-05' }]],
    ['Amy, going to Japan in two weeks', [{ what: 'trip to Japan', on: '2026-12-15' }]],
    ['Ben, his startup launches on Monday', [{ what: 'startup launch', on: '2026-12-07' }]],
    ["Nina's wedding is June 6, 2027", [{ what: 'wedding', on: '2027-06-06' }]],
    ['Raj: his talk is on the 3rd of January', [{ what: 'talk', on: '2027-01-03' }]],
    [
      'Omar, Eid dinner on the 20th, birthday on 3/14',
      [
        { what: 'Eid dinner', on: '2026-12-20' },
        { what: 'birthday', on: '2027-03-14' },
      ],
    ],
    ['June from yoga, her bday is on the 31st', [{ what: 'bday', on: '2026-12-31' }]],
    ['Met May at the gym, marathon in May', [{ what: 'marathon', on: '2027-05' }]],
    ['Lunch with Sarah Kim tomorrow at noon', [{ what: 'Lunch', on: '2026-12-02' }]],
    ['she runs a book club on Thursdays', []],
    ['moving to Denver next year', []],
    ['we talked about heat pumps for 20 min', []],
    ['saw her last Friday', []],
    ['met her today at the gym', []],
    ['we sat at the bar', []],
    ['it may be fun', []],
  ])('%s -> %j', (note, events) => {
    expect(parse(note).events).toEqual(events);
  });

  it("resolves days in the user's zone, not UTC", () => {
    const lateEvening = Date.UTC(2026, 11, 2, 3, 0); // Tue 22:00 in New York, already Wed in UTC
    expect(parseNote('show tomorrow', { now: lateEvening, timeZone: ZONE }).events).toEqual([{ what: 'show', on: '2026-12-02' }]);
    expect(parseNote('show tomorrow', { now: lateEvening, timeZone: 'UTC' }).events).toEqual([{ what: 'show', on: '2026-12-03' }]);
    expect(parseNote('show tomorrow', { now: lateEvening, timeZone: 'Asia/Tokyo' }).events).toEqual([{ what: 'show', on: '2026-12-03' }]);
  });

  it('falls back to UTC for an unknown zone', () => {
    expect(parseNote('show tomorrow', { now: NOW, timeZone: 'Mars/Olympus' }).events).toEqual([{ what: 'show', on: '2026-12-02' }]);
  });
});

describe('parseNote: notes of our own (not in the corpus)', () => {
  type Want = Partial<Omit<ParsedNote, 'raw' | 'interests' | 'work'>> & { interests?: string[]; work?: string[] };
  it.each<[string, Want]>([
    [
      'Sarah from yoga, nurse at Mount Sinai, loves hiking and birdwatching. 718-555-0134',
      { name: 'Sarah', met: 'yoga', interests: ['hiking', 'birdwatching'], work: ['nurse', 'Mount Sinai'], contacts: { phone: '+17185550134' } },
    ],
    [
      'coffee w/ dan at the meetup - building an app for climbers, raising a seed round, twitter @dan_builds',
      { name: 'Dan', met: 'meetup', work: ['app for climbers', 'raising a seed round'], contacts: { handles: ['twitter:@dan_builds'] } },
    ],
    [
      "Lena Fischer (Jake's sister) - dentist, moving to Berlin in April, into tango",
      { name: 'Lena Fischer', met: 'through Jake', interests: ['tango'], work: ['dentist'], events: [{ what: 'moving to Berlin', on: '2027-04' }] },
    ],
    [
      "grabbed drinks with Omar after the pickleball league, he's a high school chemistry teacher, kid's birthday party Saturday",
      {
        name: 'Omar',
        met: 'pickleball league',
        interests: ['pickleball'],
        work: ['chemistry teacher'],
        events: [{ what: "kid's birthday party", on: '2026-12-05' }],
      },
    ],
    [
      "her name is Maya, met her at Lisa's wedding. writes poetry, works at the library. maya.writes@proton.me",
      { name: 'Maya', met: "Lisa's wedding", interests: ['poetry'], work: ['library'], contacts: { email: 'maya.writes@proton.me' } },
    ],
    [
      'Kwame at the climbing gym again, wants to go bouldering this weekend, insta kwame.climbs',
      {
        name: 'Kwame',
        met: 'climbing gym',
        interests: ['bouldering'],
        contacts: { instagram: 'kwame.climbs' },
        events: [{ what: 'bouldering', on: '2026-12-05' }],
      },
    ],
    [
      'Met Dr. Aisha Bello at the conference in Denver. cardiologist. speaking at TEDx on March 3rd',
      { name: 'Aisha Bello', met: 'conference in Denver', work: ['cardiologist'], events: [{ what: 'TEDx', on: '2027-03-03' }] },
    ],
    [
      "Priya - coworker of Ravi's, PM at Google, runs marathons, half marathon on the 20th",
      { name: 'Priya', met: 'through Ravi', interests: ['running'], work: ['PM', 'Google'], events: [{ what: 'half marathon', on: '2026-12-20' }] },
    ],
    ['sophie, met at the farmers market, sells honey, has 2 cats', { name: 'Sophie', met: 'farmers market', interests: ['cats'], work: ['honey'] }],
    [
      "Mateo's wife Camila - met at their housewarming, she's an illustrator, gallery show Jan 15",
      { name: 'Camila', met: 'housewarming', work: ['illustrator'], events: [{ what: 'gallery show', on: '2027-01-15' }] },
    ],
    ['Talked to a guy named Will at the bar, Knicks fan, works for the city', { name: 'Will', met: 'bar', interests: ['Knicks'], work: ['city'] }],
    [
      "bumped into Jordan Lee at Trader Joe's, they just started at Figma, into climbing",
      { name: 'Jordan Lee', met: "Trader Joe's", interests: ['climbing'], work: ['Figma'] },
    ],
    [
      'Met Elena at the bus stop. Italian, studies architecture at Pratt. insta: elena.draws',
      { name: 'Elena', met: 'bus stop', work: ['architecture'], contacts: { instagram: 'elena.draws' } },
    ],
    [
      'random guy at the pub, super into craft beer, runs a podcast about brewing',
      { name: null, met: 'pub', interests: ['craft beer'], work: ['podcast about brewing'] },
    ],
    [
      'Chris from work happy hour — data scientist, obsessed with fantasy football, twitter: @chrisdata',
      { name: 'Chris', met: 'work happy hour', interests: ['fantasy football'], work: ['data scientist'], contacts: { handles: ['twitter:@chrisdata'] } },
    ],
    ['guy from the dog park with the husky, Marco? sells insurance', { name: 'Marco', met: 'dog park', interests: ['dogs'], work: ['insurance'] }],
    [
      'Talked w/ Kenji about sake for an hour at the izakaya. He runs a ramen shop in the East Village. kenji@ramenya.jp',
      { name: 'Kenji', met: 'izakaya', interests: ['sake'], work: ['ramen shop'], contacts: { email: 'kenji@ramenya.jp' } },
    ],
  ])('%s', (note, want) => {
    const got = parse(note);
    const { interests, work, ...exact } = want;
    expect(got).toMatchObject(exact);
    for (const item of interests ?? []) expect(loosely(item, got.interests), `${item} in ${JSON.stringify(got.interests)}`).toBe(true);
    for (const item of work ?? []) expect(loosely(item, got.work), `${item} in ${JSON.stringify(got.work)}`).toBe(true);
  });
});

describe('parseNameAnswer', () => {
  it.each<[string, string | null]>([
    ['Maya', 'Maya'],
    ['her name is Maya Ortiz', 'Maya Ortiz'],
    ['it was jake', 'Jake'],
    ['Jake!', 'Jake'],
    ['oh it was Dr. Kim', 'Kim'],
    ['I think it was Priya from yoga', 'Priya'],
    ["she's called Zoë", 'Zoë'],
    ["name's José Núñez", 'José Núñez'],
    ['MAYA', 'Maya'],
    ['maya ortiz.', 'Maya Ortiz'],
    ['Catherine de la Cruz', 'Catherine de la Cruz'],
    ['no idea', null],
    ['idk', null],
    ["don't remember", null],
    ['the guy', null],
    ['skip', null],
    ['', null],
    ['🤷', null],
    ['???', null],
  ])('%s -> %s', (text, name) => {
    expect(parseNameAnswer(text)).toBe(name);
  });
});

describe('nameKey', () => {
  it.each<[string, string]>([
    ['José Núñez', 'jose nunez'],
    ['  Sarah  ', 'sarah'],
    ["O'Brien", 'obrien'],
    ['Jean-Luc', 'jean luc'],
    ['ZOË', 'zoe'],
    ['Søren Kierkegaard', 'soren kierkegaard'],
    ['Łukasz', 'lukasz'],
    ['Straße', 'strasse'],
    ['', ''],
  ])('%s -> %s', (name, key) => {
    expect(nameKey(name)).toBe(key);
  });
});

describe('parseNote: never throws', () => {
  const ramble = `Met Sarah at the climbing gym, ${'she talked about bouldering and pottery and her trip to Lisbon and the show on Friday, '.repeat(20)}`.slice(
    0,
    1600,
  );
  it.each<[string, string]>([
    ['empty', ''],
    ['spaces', '   \n\t  '],
    ['emoji only', '🎉🔥💯🤷‍♀️'],
    ['Chinese', '见了王伟，他在谷歌工作，喜欢爬山'],
    ['Arabic', 'التقيت أحمد في المقهى'],
    ['Cyrillic', 'Встретил Машу в спортзале, любит йогу'],
    ['markup', '<b>Sarah</b> from <i>yoga</i> <script>alert(1)</script> &amp; <a href="x">'],
    ['SQL', "Robert'); DROP TABLE people;--"],
    ['lone high surrogate', 'Sarah \uD800 from yoga'],
    ['lone low surrogate', '\uDC00'],
    ['control characters', '\u0000\u0001\u001f Sarah'],
    ['a 1,600-character ramble', ramble],
    ['a long line', 'x'.repeat(5000)],
    ['symbols', '@@@@ ++++ (((( ---- .... ////'],
    ['numbers', '1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20 2026-12-01 12/15/2026'],
  ])('%s', (_label, text) => {
    const got = parse(text);
    expect(got.raw).toBe(text);
    expect(got.name === null || typeof got.name === 'string').toBe(true);
    expect(Array.isArray(got.interests) && Array.isArray(got.work) && Array.isArray(got.events)).toBe(true);
    expect(parseNameAnswer(text) === null || typeof parseNameAnswer(text) === 'string').toBe(true);
    expect(typeof nameKey(text)).toBe('string');
  });

  it('survives odd options', () => {
    expect(parseNote('Sarah, show tomorrow', { now: Number.NaN, timeZone: '' }).raw).toBe('Sarah, show tomorrow');
    expect(parseNote('Sarah, show tomorrow', { now: -1e20, timeZone: 'Nope/Nope', defaultCountry: '??' }).raw).toBe('Sarah, show tomorrow');
  });

  it('reads a 1,600-character note in well under 50 ms', () => {
    parse(ramble); // warm up chrono's patterns once
    const start = performance.now();
    for (let i = 0; i < 5; i++) parse(ramble);
    expect((performance.now() - start) / 5).toBeLessThan(50);
  });

  const shapes = (text: string): void => {
    const got = parseNote(text, { now: NOW, timeZone: ZONE });
    if (got.raw !== text) throw new Error('raw changed');
    if (got.name !== null && (typeof got.name !== 'string' || got.name.length > 40)) throw new Error(`bad name ${got.name}`);
    if (got.met !== null && typeof got.met !== 'string') throw new Error('bad met');
    if (got.interests.length > 6 || got.work.length > 4 || got.events.length > 4) throw new Error('list too long');
    for (const e of got.events) if (!/^\d{4}-\d{2}(?:-\d{2})?$/.test(e.on)) throw new Error(`bad date ${e.on}`);
    if (got.contacts.phone !== undefined && !/^\+\d{7,15}$/.test(got.contacts.phone)) throw new Error('bad phone');
    parseNameAnswer(text);
    nameKey(text);
  };
  const words = fc.constantFrom(
    'Met',
    'met',
    'Sarah',
    'jake',
    'at',
    'the',
    'gym',
    'from',
    'named',
    "Priya's",
    'husband',
    'into',
    'loves',
    'and',
    '+',
    ',',
    '.',
    ' - ',
    '(',
    ')',
    '?',
    'on',
    'Friday',
    'the 15th',
    'in March',
    'tomorrow night',
    'ig',
    '@x.y',
    'insta',
    'works',
    'runs a',
    'studio',
    '917-555-0199',
    'a@b.co',
    'linkedin.com/in/z',
    'Dr.',
    'José',
    'Núñez',
    '🎉',
    '\uD800',
  );

  it('holds for 10,000 arbitrary strings', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ unit: 'binary', maxLength: 200 }),
          fc.string({ unit: 'grapheme', maxLength: 200 }),
          fc.array(words, { maxLength: 40 }).map((ws) => ws.join(' ')),
        ),
        (text) => shapes(text),
      ),
      { numRuns: 2_000 },
    );
  }, 60_000);
});
