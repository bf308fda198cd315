// Several people in one text through the Worker: a bulleted list, a relation's lowercase name, "he ... she ..." after
// two names, dictated punctuation; and the names that are no one's (a pet, a plant, a storm, a brand).
import { describe, expect, it } from 'vitest';
import { phoneNumber, text } from '../factories';
import { namesOf } from '../support/rows';

describe('several people in one text', () => {
  it('a bulleted list saves everyone on it, each with their own line', async () => {
    const from = phoneNumber();
    await text(from, 'Great panel at the fintech summit, people to follow up with:\n- Marguerite Chu, VP Risk at Northwind\n- Devika Rao, founder of Ledgerly');
    expect(await namesOf(from)).toEqual(['Marguerite Chu', 'Devika Rao']);
    const devika = await text(from, 'WHO IS Devika');
    expect(devika.reply).toMatch(/Ledgerly/);
    expect(devika.reply).not.toMatch(/Northwind/);
  });

  it('"he ..., she ..." after two names gives each their own', async () => {
    const from = phoneNumber();
    await text(from, "Met Russ and Dianne at the bowls club, he's a retired plumber, she makes quilts");
    expect((await text(from, 'WHO IS Russ')).reply).toMatch(/plumber/);
    expect((await text(from, 'WHO IS Dianne')).reply).not.toMatch(/plumber/);
  });

  it('a text in capitals saves both, the plural noun on both and "he" on him', async () => {
    const from = phoneNumber();
    await text(from, 'MET ALAN AND JOYCE FROM NUMBER 12, NEW NEIGHBOURS, HE WAS IN THE NAVY');
    expect(await namesOf(from)).toEqual(['Alan', 'Joyce']);
    expect((await text(from, 'WHO IS Alan')).reply).toMatch(/navy/);
    expect((await text(from, 'WHO IS Joyce')).reply).toMatch(/neighbours/);
  });

  it('a parent named by whose child they are keeps it; the children are no one met', async () => {
    const from = phoneNumber();
    await text(from, 'en la junta de padres conocí a la mamá de Santi, se llama Liliana, y al papá de Valentina, Rubén, que es contador');
    expect(await namesOf(from)).toEqual(['Liliana', 'Rubén']);
    expect((await text(from, 'WHO IS Liliana')).reply).toMatch(/Santi/);
  });

  it('a roommate named in lowercase is saved, and a dictated "comma" is a comma', async () => {
    const from = phoneNumber();
    await text(from, 'my coworker priyanka introduced me to her roommate tessa comma tessa is a dental hygienist');
    expect(await namesOf(from)).toEqual(['Priyanka', 'Tessa']);
    expect((await text(from, 'WHO IS Tessa')).reply).toMatch(/dental hygienist/);
  });
});

describe('lowercase names outside the lexicon', () => {
  it("a name in a slot that comes back as a clause's subject is saved, each with their own", async () => {
    const from = phoneNumber();
    await text(from, 'grabbed drinks after work, ended up talking to oluwaseun plus her bf radomir, oluwaseun does ux at canva and radomir is a line cook');
    expect((await namesOf(from)).sort()).toEqual(['Oluwaseun', 'Radomir']);
    expect((await text(from, 'WHO IS Oluwaseun')).reply).toMatch(/ux/i);
    expect((await text(from, 'WHO IS Radomir')).reply).toMatch(/line cook/);
  });
});

describe('names said by what people call them', () => {
  it('"a fella everyone calls X" and "her name X" are people met', async () => {
    const from = phoneNumber();
    await text(from, 'Darts night had two new lads, Kwame and a bloke everyone calls Nobby. Kwame throws left-handed, Nobby is a roofer');
    expect((await namesOf(from)).sort()).toEqual(['Kwame', 'Nobby']);
    expect((await text(from, 'WHO IS Nobby')).reply).toMatch(/roofer/);
  });
});

describe('"he" by a gendered noun', () => {
  it('"this guy X and his sister Y who ... and he ..." gives the "he" clause to him', async () => {
    const from = phoneNumber();
    await text(from, 'at the gala I sat next to this guy Anselm and his sister Ilse who is a midwife and he is a pilot for lufthansa');
    expect((await text(from, 'WHO IS Anselm')).reply).toMatch(/pilot/);
    expect((await text(from, 'WHO IS Ilse')).reply).not.toMatch(/pilot/);
  });
});

describe('a long dictated ramble', () => {
  it('saves the name as put right, each with their own, and no one for the baby', async () => {
    const from = phoneNumber();
    await text(
      from,
      "Lovely christening full stop Met the godfather Fintan comma he's a vet comma and then this girl Mae no wait it's Mai she makes the best papaya salad and Fintan's sister Orla is a flight nurse full stop The baby is Saoirse and she slept through it",
    );
    expect(await namesOf(from)).toEqual(['Fintan', 'Mai', 'Orla']);
    expect((await text(from, 'WHO IS Mai')).reply).toMatch(/papaya/);
    expect((await text(from, 'WHO IS Orla')).reply).toMatch(/flight nurse/);
  });
});

describe('names that are no one met', () => {
  it.each([
    ["Met Fergal at the match, big Shamrock Rovers man, his young fella's dog is called Messi", ['Fergal']],
    ['my monstera is named greg and hes thriving 🌱', []],
    ['Storm Fenella has taken half the fence down, Colin next door is helping me fix it Saturday', ['Colin']],
    ["Met Ms Patterson, Aria's teacher, at conferences tonight. Aria is reading above grade level!", ['Ms Patterson']],
  ])('%j saves %j', async (body, names) => {
    const from = phoneNumber();
    await text(from, body);
    expect(await namesOf(from)).toEqual(names);
  });
});

it('a brand named for two people, on an evening the user met no one, is chatter: no person, no "who was it?"', async () => {
  const from = phoneNumber();
  await text(from, 'Met Ben at the bbq, loves sourdough');
  const answer = await text(from, "Treated myself to Ben & Jerry's after that mixer, didn't meet a single useful person lol");
  expect(answer.reply).not.toMatch(/Who was it|Ben/);
  expect(await namesOf(from)).toEqual(['Ben']);
});
