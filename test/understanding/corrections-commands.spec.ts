// Corrections and commands in natural words through the Worker: a name put right by a star, a spelling or the real name
// behind a nickname; a detail put right in Spanish; two details swapped; two saved people who are one; a saved "person" who is a dog; a pause with the reason after it.
import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { CLOCKS, phoneNumber, setClock, text } from '../factories';
import { namesOf, rowsOf } from '../support/rows';

describe('a name put right just after the note', () => {
  it.each([
    ['met katy at the bookstore, works in the cafe', '*katie', 'Katie', /Renamed Katy to Katie/, /cafe/],
    ['met brianna at the nail salon', 'its briana one n', 'Briana', /Renamed Brianna to Briana/, /nail salon/],
    ['met jayden at the dispensary, hes a budtender', 'oops not jayden, its jaden no y', 'Jaden', /Renamed Jayden to Jaden/, /budtender/],
    ['Met Eoin at the rugby club, plays hooker', "It's spelled Eoghan actually, he corrected me", 'Eoghan', /Renamed Eoin to Eoghan/, /hooker/],
    ['Met Daz at the pub, works in the mines', "Daz's real name is Darren, put him down as that", 'Darren', /Renamed Daz to Darren/, /mines/],
    ['Met Shaz at the pub, works in the mines', 'typo: Shaz should be Sharon', 'Sharon', /Renamed Shaz to Sharon/, /mines/],
    ['Met Katy at the bookstore, works in the cafe', 'change her name to Katie please', 'Katie', /Renamed Katy to Katie/, /cafe/],
    ['conocí a Marina en el gimnasio, es fisio', 'perdón, es Mariona con una o', 'Mariona', /Mariona/, /fisio/],
  ])('%j then %j: one person, renamed, details kept', async (note, correction, name, said, detail) => {
    setClock(CLOCKS.weekdayEvening);
    const from = phoneNumber();
    await text(from, note);
    expect((await text(from, correction)).reply).toMatch(said);
    expect(await namesOf(from)).toEqual([name]);
    expect((await text(from, `who is ${name}?`)).reply).toMatch(detail);
  });
});

describe('a detail put right in Spanish', () => {
  it('"me equivoqué, Mónica es de recursos humanos no de contabilidad" replaces the department', async () => {
    setClock(CLOCKS.weekdayEvening);
    const from = phoneNumber();
    await text(from, 'conocí a Mónica en la oficina, es de contabilidad');
    const answer = await text(from, 'me equivoqué, Mónica es de recursos humanos no de contabilidad');
    expect(answer.reply).not.toMatch(/who was it|quien era/i);
    const who = (await text(from, 'who is Mónica?')).reply ?? '';
    expect(who).toMatch(/recursos humanos/);
    expect(who).not.toMatch(/contabilidad/);
  });
});

describe('details said the wrong way round', () => {
  it('"wait reverse that, gabe has the pitbull and tasha the beagle" swaps the dogs', async () => {
    setClock(CLOCKS.weekdayEvening);
    const from = phoneNumber();
    await text(from, 'met tasha and gabe at the dog park, tasha has a pitbull and gabe has a beagle');
    const answer = await text(from, 'wait reverse that, gabe has the pitbull and tasha the beagle');
    expect(answer.reply).toBe('Fixed their notes. Gabe: pitbull; Tasha: beagle.');
    const gabe = (await text(from, 'who is gabe?')).reply ?? '';
    const tasha = (await text(from, 'who is tasha?')).reply ?? '';
    expect([gabe.includes('pitbull'), gabe.includes('beagle')]).toEqual([true, false]);
    expect([tasha.includes('beagle'), tasha.includes('pitbull')]).toEqual([true, false]);
  });
});

describe('two saved people who are one', () => {
  it('"jess and jessica are the same person lol keep her as jess" folds Jessica into Jess, details and notes kept', async () => {
    setClock(CLOCKS.weekdayEvening);
    const from = phoneNumber();
    await text(from, 'met jess at the dog park, has a dachshund');
    await text(from, 'met jessica from the dog park, she works at the apple store');
    const answer = await text(from, 'jess and jessica are the same person lol keep her as jess');
    expect(answer.reply).toBe('Merged Jessica into Jess: one person now, with both sets of notes.');
    expect(await namesOf(from)).toEqual(['Jess']);
    expect((await text(from, 'who is jess?')).reply).toMatch(/apple store/);
    const [jess] = await rowsOf<{ id: number }>('people', from, ['id']);
    const notes = await rowsOf<{ person_id: number | null; body: string }>('notes', from, ['person_id', 'body']);
    expect(notes.filter((note) => note.body.includes('dachshund') || note.body.includes('apple')).map((note) => note.person_id)).toEqual([jess?.id, jess?.id]);
  });
});

describe('a saved "person" who is not one', () => {
  it('"lol rocket is a dog dont save him as a person" right after the note takes Rocket back off', async () => {
    setClock(CLOCKS.weekdayEvening);
    const from = phoneNumber();
    await text(from, 'met tasha at the park, so friendly');
    await text(from, 'met rocket at the park, so friendly');
    const answer = await text(from, 'lol rocket is a dog dont save him as a person');
    expect(answer.reply).toBe('Took Rocket off your people: a dog, not a person.');
    expect(await namesOf(from)).toEqual(['Tasha']);
  });

  it('one saved in the same note as someone else becomes a detail of them', async () => {
    setClock(CLOCKS.weekdayEvening);
    const from = phoneNumber();
    await text(from, 'met tasha and rocket at the dog park');
    expect(await namesOf(from)).toEqual(['Tasha', 'Rocket']);
    const answer = await text(from, 'rocket is a dog lol');
    expect(answer.reply).toBe('Took Rocket off your people: a dog, not a person. Kept "dog Rocket" on Tasha.');
    expect(await namesOf(from)).toEqual(['Tasha']);
    expect((await text(from, 'who is tasha?')).reply).toMatch(/dog Rocket/);
  });

  it('someone saved earlier is erased only after the usual question', async () => {
    setClock(CLOCKS.weekdayEvening);
    const from = phoneNumber();
    await text(from, 'met rocket at the park, so friendly');
    await text(from, 'met tasha at the gym');
    expect((await text(from, 'rocket is my neighbours dog, not a person')).reply).toMatch(/^Erase Rocket/);
    expect(await namesOf(from)).toEqual(['Rocket', 'Tasha']);
  });
});

describe('a command, then the reason for it', () => {
  it('"Pause all follow-ups until Jan 4, I\'m on vacation" pauses until that day and saves nobody', async () => {
    setClock(CLOCKS.weekdayEvening);
    const from = phoneNumber();
    await text(from, 'Met Leandro at the summit, CTO at a logistics firm');
    const answer = await text(from, "Pause all follow-ups until Jan 4, I'm on vacation");
    expect(answer.reply).toMatch(/Paused/);
    expect(await namesOf(from)).toEqual(['Leandro']);
    const user = await env.DB.prepare('SELECT paused_until FROM users WHERE phone = ?').bind(from).first<{ paused_until: number | null }>();
    expect(new Date(user?.paused_until ?? 0).toISOString().slice(0, 10)).toBe('2027-01-04');
  });

  it('"stop sending me stuff for a week" pauses a week and does not opt out', async () => {
    setClock(CLOCKS.weekdayEvening);
    const from = phoneNumber();
    await text(from, 'Met Leandro at the summit, CTO at a logistics firm');
    expect((await text(from, 'stop sending me stuff for a week')).reply).toMatch(/Paused/);
    const user = await env.DB.prepare('SELECT paused_until, opted_out FROM users WHERE phone = ?')
      .bind(from)
      .first<{ paused_until: number | null; opted_out: number }>();
    expect(user?.opted_out).toBe(0);
    expect(user?.paused_until).toBe(CLOCKS.weekdayEvening + 7 * 24 * 3_600_000);
  });

  it('"pausa todo hasta el 4 de enero, estoy de vacaciones" pauses until that day', async () => {
    setClock(CLOCKS.weekdayEvening);
    const from = phoneNumber();
    await text(from, 'conocí a Efraín en el trabajo');
    await text(from, 'pausa todo hasta el 4 de enero, estoy de vacaciones');
    expect(await namesOf(from)).toEqual(['Efraín']);
    const user = await env.DB.prepare('SELECT paused_until FROM users WHERE phone = ?').bind(from).first<{ paused_until: number | null }>();
    expect(new Date(user?.paused_until ?? 0).toISOString().slice(0, 10)).toBe('2027-01-04');
  });
});
