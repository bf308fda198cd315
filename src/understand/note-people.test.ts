// note-people: the people a note names, two or more (a list, people named apart, a name and a contact each), and
// whether a word fits as a name.
import { describe, expect, it } from 'vitest';
import { contactPairs, findBulleted, findScattered, findSeveral, type Named, nameFits, namesAThing, relationName } from './note-people';

const named = (name: string, tie?: Named['tie']): Named => ({ name, keys: name.toLowerCase().split(' '), aside: '', ...(tie ? { tie } : {}) });

describe('contactPairs', () => {
  it.each([
    ['Gareth 07911 123456, Ffion 07911 123612', [named('Gareth'), named('Ffion')]],
    ['Ana ana@x.com and Bo 555-123-4567', [named('Ana'), named('Bo')]],
    ['met jake and priya', []],
    ['Gareth 07911 123456', []],
  ] as const)('%j', (text, want) => {
    expect(contactPairs(text)).toEqual(want);
  });
});

describe('findSeveral', () => {
  it.each([
    ['met jake and priya at marcos bday', [named('Jake'), named('Priya')]],
    ['Kenji + his sister Aiko', [named('Kenji'), named('Aiko', { relation: 'sister', to: 'Kenji' })]],
    ['Raj, Chloe and Ben came', [named('Raj'), named('Chloe'), named('Ben')]],
    ["at Maya and Eric's place", [named('Maya'), named('Eric')]],
    ['into Rust and Go', []],
    ['met Sam at the gym', []],
    ["my son's team, the Jaguars and Tigers", []],
    // informal and family relation words tie the one after them
    ['Caught up with Bazza & his missus Tracey', [named('Bazza'), named('Tracey', { relation: 'wife', to: 'Bazza' })]],
    ['Dot and her granny Maud', [named('Dot'), named('Maud', { relation: 'grandmother', to: 'Dot' })]],
    // a pet's or a child's name heads no list ("met her son Leo" is a child met)
    ['Met Tom at the park and his dog Rex, Tom is a plumber', []],
    ["met my neighbour's kid Leo and his mom Tara", []],
    ['met Ana and her son Leo', [named('Ana'), named('Leo', { relation: 'son', to: 'Ana' })]],
    // a nickname's lead is part of the name; an aside and where one is from are theirs alone
    [
      'the guys from rec league: dez (point guard, works at foot locker), big tony, and ollie',
      [{ ...named('Dez'), aside: 'point guard, works at foot locker' }, named('Big Tony'), named('Ollie')],
    ],
    ['I meet two classmates, Oksana from Kharkiv and Mehmet', [{ ...named('Oksana'), aside: 'from Kharkiv' }, named('Mehmet')]],
    ["met two at salsa: Marisol, who's a nurse, and Kenji", [{ ...named('Marisol'), aside: "who's a nurse" }, named('Kenji')]],
    ['Met Jim & his brother-in-law Pete', [named('Jim'), named('Pete', { relation: 'brother-in-law', to: 'Jim' })]],
    // a child named by whose teacher or parent someone is, is no one met; a courtesy title is the name's
    ['met Ms Patterson and Mr Li', [named('Ms Patterson'), named('Mr Li')]],
    ["Met Ms Patterson, Aria's teacher", []],
    ['vino Pepe y su cuñada Rosa', [named('Pepe'), named('Rosa', { relation: 'sister-in-law', to: 'Pepe' })]],
  ] as const)('%j', (text, want) => {
    expect(findSeveral(text)).toEqual(want);
  });
});

describe('findScattered', () => {
  it.each([
    ['partnered with Bill against Pat', [named('Bill'), named('Pat')]],
    ['met Luis, his wife Ana is a nurse', [named('Luis'), named('Ana', { relation: 'wife', to: 'Luis' })]],
    ["the landlord Steve and Trish's brother Davo", [named('Steve'), named('Trish'), named('Davo', { relation: 'brother', to: 'Trish' })]],
    ['her son Jonah is on the Tigers with Max', []],
    // a name someone goes by, a name said to be hers, a person's noun after an age word
    ['Anwar and a fella everyone calls Spud. Anwar knows the answers', [named('Anwar'), named('Spud')]],
    ['I meet wife of our pastor, her name Hyejin, and young man Dohyun.', [named('Hyejin'), named('Dohyun')]],
    // a relation with no name after it names no child; an aside's close ends a child's clause
    ['at the rink, Gurpreet (her son is the goalie) and a dad named stellan who coaches', [named('Gurpreet'), named('Stellan')]],
    ['Gurpreet (her son Leo is the goalie) and a dad named Stellan', [named('Gurpreet'), named('Stellan')]],
    ['met Sam at the gym', []],
    // a lowercase word someone's relation points at is their name, unless a verb's object follows it
    ['my coworker priyanka introduced me to her roommate tessa', [named('Priyanka'), named('Tessa', { relation: 'roommate', to: 'Priyanka' })]],
    ['my coworker brought me to meet Jo', []],
    // Santi and Valentina are children, named by whose parent someone is (the Spanish as glossed)
    ['met mamá de Santi, Liliana, and al papá de Valentina, Rubén', [named('Liliana'), named('Rubén')]],
    // "sat next to" meets; "met the best man Luke": a role, then the name
    ['sat next to Greg and met the best man Luke', [named('Greg'), named('Luke')]],
    ['met the girls from Leeds and saw Ana', []],
    // a name said to be one may be lowercase
    ['one guy named theo who does tattoos and a girl named jas', [named('Theo'), named('Jas')]],
    // what a pet or a plant is called is no one's name
    ["Met Fergal, his young fella's dog is called Messi", []],
    ['Met Fergal and his cat named Tom', []],
    // "the baby's granny": a tie to no one named is no tie
    ["Met the godfather Fintan, then the baby's granny Philomena", [named('Fintan'), named('Philomena')]],
  ] as const)('%j', (text, want) => {
    expect(findScattered(text)).toEqual(want);
  });
});

describe('namesAThing', () => {
  it.each([
    ["his young fella's dog is called ", true],
    ['my monstera is named ', true],
    ['a startup called ', true],
    ['a guy named ', false],
    ['her roommate is called ', false],
  ] as const)('%j: %j', (before, want) => {
    expect(namesAThing(before)).toBe(want);
  });
});

describe('findBulleted', () => {
  it.each([
    ['people to follow up with:\n- Marguerite Chu, VP Risk\n- Devika Rao, founder\n- Sol, angel', [named('Marguerite Chu'), named('Devika Rao'), named('Sol')]],
    ['met at the fair:\n1. Ana Ruiz\n2) Bo\n* ignored line', [named('Ana Ruiz'), named('Bo')]],
    ['at the conference:\n- Raj Patel (CTO, Flux)\n- Li Wei', [{ ...named('Raj Patel'), aside: 'CTO, Flux' }, named('Li Wei')]],
    ['to buy:\n- Milk\n- eggs', []],
    ['- Ana, nurse', []],
  ] as const)('%j', (text, want) => {
    expect(findBulleted(text)).toEqual(want);
  });
});

describe('nameFits', () => {
  it.each([
    ['Sam', false, true],
    ['sam', false, true],
    ['zorblat', true, true],
    ['Jen Park', false, true],
    ['Mr Okonkwo', false, true],
    ['GP', true, false],
    ['jen Park', true, false],
    ['Yoga', false, false],
    ['big tony', false, true],
    ['big yoga', true, false],
  ] as const)('%j (cued: %j): %j', (name, cued, want) => {
    expect(nameFits(name, cued)).toBe(want);
  });
});

describe('relationName', () => {
  it.each([
    ['the landlord Steve was on form', 'Steve'],
    ["Trish's brother Davo", 'Davo'],
    ['my son Leo plays', null],
    ['his gf bree', null],
    ['met Sam', null],
  ] as const)('%j: %j', (text, want) => {
    expect(relationName(text)).toBe(want);
  });
});
