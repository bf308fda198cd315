// Issue 21's ten trial problems, each through the Worker with the trial's own texts: signed posts, then LIST / WHO IS.
import { describe, expect, it } from 'vitest';
import { advanceClock, phoneNumber, text } from '../factories';
import { namesListed } from '../support/list-reply';

/** The names LIST gives back: "Your people: 1) Kayla (spin class) 2) Bill." */
async function listOf(from: string): Promise<string[]> {
  return namesListed((await text(from, 'LIST')).reply ?? '');
}

async function whoIs(from: string, name: string): Promise<string> {
  return (await text(from, `WHO IS ${name}?`)).reply ?? '';
}

/** A fresh UK mobile number, in a range libphonenumber places in GB. */
const ukNumber = () => `+4477001${String(Math.floor(Math.random() * 1e5)).padStart(5, '0')}`;

describe('the trial problems of issue 21, through the Worker', () => {
  it('1. "his name is Ollie, not Oliver" renames Oliver, says so, and makes no second person', async () => {
    const from = phoneNumber();
    await text(from, 'Met Oliver at the climbing gym, works in fintech');
    const answer = await text(from, 'his name is Ollie, not Oliver');
    expect(answer.reply).toMatch(/Renamed Oliver to Ollie/);
    expect(await listOf(from)).toEqual(['Ollie']);
    expect(await whoIs(from, 'Ollie')).toMatch(/fintech/);
  });

  it('2. "corgi named biscuit" is a detail of Jess, never a person called Biscuit', async () => {
    const from = phoneNumber();
    await text(from, 'met jess at the dog park!! she has a corgi named biscuit');
    const people = await listOf(from);
    expect(people).toEqual(['Jess']);
    expect(await whoIs(from, 'Jess')).toMatch(/biscuit/i);
  });

  it('3. "Pause everything for a week I\'m traveling" pauses, and is not a nameless note', async () => {
    const from = phoneNumber();
    await text(from, 'Met Ben at the bbq, loves sourdough');
    const answer = await text(from, "Pause everything for a week I'm traveling");
    expect(answer.reply).toMatch(/^Paused until/);
    expect(answer.reply).not.toMatch(/Who was it/);
    expect(await listOf(from)).toEqual(['Ben']);
  });

  it('4. "his # is 312..." right after a note attaches to the person just saved', async () => {
    const from = phoneNumber();
    await text(from, 'Met Ollie at the climbing gym, works in fintech');
    const answer = await text(from, 'his # is 312-555-0199');
    expect(answer.reply).not.toMatch(/Who was it/);
    expect(await listOf(from)).toEqual(['Ollie']);
    expect((await whoIs(from, 'Ollie')).replace(/\D/g, '')).toContain('3125550199');
  });

  it('5. "Ollie: 07911 123456" from a +44 user is stored as +447911123456', async () => {
    const from = ukNumber();
    await text(from, 'Met Ollie at the climbing wall, works in fintech');
    await text(from, 'Ollie: 07911 123456');
    expect(await listOf(from)).toEqual(['Ollie']);
    expect(await whoIs(from, 'Ollie')).toContain('+447911123456');
  });

  it('6. several people in one text each keep their own details', async () => {
    const from = phoneNumber();
    await text(from, 'Met Luis at the bbq, his buddy Chris is obsessed with golf, and pete has a homebrew club on thursdays');
    const people = await listOf(from);
    expect([...people].sort()).toEqual(['Chris', 'Luis', 'Pete']);
    expect(await whoIs(from, 'Chris')).toMatch(/golf/);
    expect(await whoIs(from, 'Pete')).toMatch(/homebrew/);
    expect(await whoIs(from, 'Luis')).not.toMatch(/homebrew|golf/);
  });

  it('7. typos in replies and commands: "he didnt anwser yet", "remind me to txt rob on fridya"', async () => {
    const from = phoneNumber();
    await text(from, 'Met Rob at the climbing gym, into bouldering');
    const noAnswer = await text(from, 'he didnt anwser yet');
    expect(noAnswer.reply).not.toMatch(/Who was it|Saved/);
    const remind = await text(from, 'remind me to txt rob on fridya');
    expect(remind.reply).toMatch(/Rob/);
    expect(remind.reply).toMatch(/Fri/);
    expect(await listOf(from)).toEqual(['Rob']);
  });

  it("8. \"Sara's stall is closed until March, she's on vacation\" is news of Sara, not the user's plan", async () => {
    const from = phoneNumber();
    await text(from, 'Met Sara at the farmers market, she sells honey');
    const answer = await text(from, "Sara's stall is closed until March, she's on vacation");
    expect(answer.reply).not.toMatch(/ask how it went/i);
    expect(await listOf(from)).toEqual(['Sara']);
    expect(await whoIs(from, 'Sara')).toMatch(/vacation/);
  });

  it('9. a Spanish note is saved and answered in Spanish', async () => {
    const from = phoneNumber();
    const answer = await text(from, 'conoci a maria en la fiesta, le encanta bailar salsa');
    expect(answer.reply).not.toMatch(/English/);
    expect(answer.reply).toMatch(/Maria/);
    expect(answer.reply).toMatch(/Guard|guard/);
    expect(await listOf(from)).toEqual(['Maria']);
    expect(await whoIs(from, 'Maria')).toMatch(/salsa/);
  });

  it('10. when unsure it asks: a second Sam is asked about, and SAME answers it', async () => {
    const from = phoneNumber();
    await text(from, 'Met Sam at the climbing gym, into bouldering');
    const asked = await text(from, 'Met Sam at the book club, loves sci-fi');
    expect(asked.reply).toMatch(/Same person/i);
    await text(from, 'SAME');
    expect(await listOf(from)).toEqual(['Sam']);
  });

  it('4 and 10. a pending "Same person?" survives one unrelated text: SAME after it still adds to the first Sam', async () => {
    const from = phoneNumber();
    await text(from, 'Met Sam at the climbing gym, into bouldering');
    const asked = await text(from, 'Met Sam at the book club, loves sci-fi');
    expect(asked.reply).toMatch(/Same person/i);
    // minutes apart, under the reply limit
    advanceClock(3 * 60_000);
    await text(from, 'Met Priya at the farmers market, sells honey');
    advanceClock(3 * 60_000);
    const same = await text(from, 'SAME');
    advanceClock(3 * 60_000);
    expect(same.reply).not.toMatch(/nothing|Not sure/i);
    expect((await listOf(from)).sort()).toEqual(['Priya', 'Sam']);
    expect(await whoIs(from, 'Sam')).toMatch(/sci-fi|book club/);
  });
});
