// Contact info through the Worker: a number for a saved person (possessive or not) is theirs, never their news; the
// number in the user's country unless the text gives another; a text in capitals read like the same text in lowercase;
// a number before the name; a number split over two texts; WHO IS keeps the note beside an accented name.
import { describe, expect, it } from 'vitest';
import { CLOCKS, phoneNumber, setClock, text } from '../factories';
import { rowsOf } from '../support/rows';

/** The saved people of a number: name and the phone stored for them. */
async function phonesOf(from: string): Promise<{ name: string; phone: string | null }[]> {
  const rows = await rowsOf<{ name: string; contacts: string }>('people', from, ['name', 'contacts']);
  return rows.map((row) => ({ name: row.name, phone: (JSON.parse(row.contacts) as { phone?: string }).phone ?? null }));
}

/** A fresh number in a country (GB: a mobile range libphonenumber places there; IE: an Irish mobile). */
function numberIn(country: 'GB' | 'IE'): string {
  const tail = String(Math.floor(Math.random() * 100_000)).padStart(5, '0');
  return country === 'GB' ? `+4477001${tail}` : `+35387${tail}00`;
}

describe('a number for a saved person', () => {
  it('"rowans # is 604.555.0149" saves the number to Rowan, with no congratulations', async () => {
    setClock(CLOCKS.weekdayEvening);
    const from = phoneNumber('604');
    await text(from, 'met rowan at curling, teaches grade 3');
    const answer = await text(from, 'rowans # is 604.555.0149');
    expect(answer.reply).not.toMatch(/news|congrats/i);
    expect(await phonesOf(from)).toEqual([{ name: 'Rowan', phone: '+16045550149' }]);
  });

  it('"rocio\'s whatsapp is her mexican # 951 123 4567 so put +52" keeps it Mexican for a US user', async () => {
    setClock(CLOCKS.weekdayEvening);
    const from = phoneNumber('312');
    await text(from, "met rocío at work, she's from Oaxaca, does payroll");
    const answer = await text(from, "rocio's whatsapp is her mexican # 951 123 4567 so put +52");
    expect(answer.reply).not.toMatch(/news|who was it/i);
    expect(await phonesOf(from)).toEqual([{ name: 'Rocío', phone: '+529511234567' }]);
  });

  it("an Irish mobile for Ciarán, and Gráinne's landline with her note still in WHO IS", async () => {
    setClock(CLOCKS.weekdayEvening);
    const from = numberIn('IE');
    await text(from, 'Met Ciarán at the leisure centre, does the swimming lessons');
    await text(from, 'Met Gráinne at the choir, sings alto');
    expect((await text(from, "Ciarán's mobile is 086 482 9173")).reply).not.toMatch(/news/i);
    await text(from, "Gráinne's number is 01 555 2938, it's the landline");
    expect(await phonesOf(from)).toEqual([
      { name: 'Ciarán', phone: '+353864829173' },
      { name: 'Gráinne', phone: '+35315552938' },
    ]);
    expect((await text(from, 'WHO IS Gráinne?')).reply).toMatch(/sings alto.*Reach: \+35315552938/);
  });
});

describe('a nationality before the number', () => {
  it('"his irish number 087 123 4567" from a GB user: Sean gets the Irish number, and no "Irish" is saved', async () => {
    setClock(CLOCKS.weekdayEvening);
    const from = numberIn('GB');
    await text(from, 'Met Sean at the pub quiz, mad into hurling');
    await text(from, 'his irish number 087 123 4567');
    expect(await phonesOf(from)).toEqual([{ name: 'Sean', phone: '+353871234567' }]);
  });
});

describe('a number over two texts', () => {
  it('"his number is 929 555", then "0184 sorry hit send too early": one number for Jalen', async () => {
    setClock(CLOCKS.weekdayEvening);
    const from = phoneNumber('929');
    await text(from, 'met jalen at the bball court, plays pickup sundays');
    await text(from, 'his number is 929 555');
    const answer = await text(from, '0184 sorry hit send too early');
    expect(answer.reply).not.toMatch(/who was it/i);
    expect(await phonesOf(from)).toEqual([{ name: 'Jalen', phone: '+19295550184' }]);
  });
});

describe('a duty told by "does" stays beside a number given later', () => {
  it('"Met Owain there too, does the kids\' sessions", then his number: WHO IS keeps the sessions, Rhys gets no number', async () => {
    setClock(CLOCKS.weekdayEvening);
    const from = numberIn('GB');
    await text(from, "Met Rhys at the climbing wall, he's an instructor");
    await text(from, "Met Owain there too, does the kids' sessions");
    await text(from, "Owain texted me, his number's 07700 900813. Rhys said he'd give me his later");
    expect(await phonesOf(from)).toEqual([
      { name: 'Rhys', phone: null },
      { name: 'Owain', phone: '+447700900813' },
    ]);
    expect((await text(from, 'WHO IS Owain?')).reply).toMatch(/kids' sessions/);
  });
});

describe('a new person with their number', () => {
  it('"PLEASE SAVE ERNEST FROM THE BRASS BAND HIS NUMBER IS 01632 960284" saves Ernest with the GB landline', async () => {
    setClock(CLOCKS.weekdayEvening);
    const from = numberIn('GB');
    const answer = await text(from, 'PLEASE SAVE ERNEST FROM THE BRASS BAND HIS NUMBER IS 01632 960284');
    expect(answer.reply).toMatch(/Saved Ernest/);
    expect(await phonesOf(from)).toEqual([{ name: 'Ernest', phone: '+441632960284' }]);
    expect((await text(from, 'WHO IS ERNEST')).reply).toMatch(/brass band/i);
  });

  it('"SAW MRS PATEL AT THE SURGERY": in capitals, the courtesy title still names her', async () => {
    setClock(CLOCKS.weekdayEvening);
    const from = numberIn('GB');
    expect((await text(from, 'SAW MRS PATEL AT THE SURGERY')).reply).toMatch(/Saved Mrs Patel/);
    expect(await phonesOf(from)).toEqual([{ name: 'Mrs Patel', phone: null }]);
  });

  it('"MET ALAN AND JOYCE FROM NUMBER 12, ..." saves both, and "number 12" is no phone', async () => {
    setClock(CLOCKS.weekdayEvening);
    const from = numberIn('GB');
    await text(from, 'MET ALAN AND JOYCE FROM NUMBER 12, NEW NEIGHBOURS, HE WAS IN THE NAVY');
    expect(await phonesOf(from)).toEqual([
      { name: 'Alan', phone: null },
      { name: 'Joyce', phone: null },
    ]);
  });

  it.each([
    ['416 555 0163 thats aaliyah from my dance class', '416', 'Aaliyah', '+14165550163'],
    ['312-555-0147 its marcus from work', '312', 'Marcus', '+13125550147'],
  ])('"%s": the number first, then who', async (body, area, name, phone) => {
    setClock(CLOCKS.weekdayEvening);
    const from = phoneNumber(area);
    const answer = await text(from, body);
    expect(answer.reply).toMatch(new RegExp(`Saved ${name}`));
    expect(await phonesOf(from)).toEqual([{ name, phone }]);
  });
});
