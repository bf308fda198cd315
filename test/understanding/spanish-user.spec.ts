// A user who writes Spanish gets Kindling in Spanish: the save, the nudge the next morning, and the answers to LISTO,
// how it went and POSPONER, all GSM-7 within 2 segments; a later text clearly in English switches back.
import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { segmentCount } from '../../src/domain/sms-length';
import { CLOCKS, DAY, HOUR, phoneNumber, runCron, sentTo, setClock, text } from '../factories';

const START = CLOCKS.weekdayEvening;

async function languageOf(phone: string): Promise<string | undefined> {
  return (await env.DB.prepare('SELECT language FROM users WHERE phone = ?').bind(phone).first<{ language: string }>())?.language;
}

/** Every 15 minutes from `from` until a new text reaches `phone`; returns it. */
async function nextNudge(phone: string, from: number, seen: number): Promise<{ body: string; at: number }> {
  for (let at = from; at <= from + 3 * DAY; at += 15 * 60_000) {
    await runCron(at);
    const sent = await sentTo(phone);
    if (sent.length > seen) return { body: sent.at(-1)?.body ?? '', at };
  }
  throw new Error('no nudge within 3 days');
}

const fits = (body: string) => {
  const count = segmentCount(body);
  expect(count.segments).toBeLessThanOrEqual(2);
  expect(count.encoding).toBe('GSM-7');
};

describe('a user who writes Spanish', () => {
  it('gets the save, the nudge and the answers to LISTO and how it went in Spanish', async () => {
    const phone = phoneNumber('212');
    setClock(START);
    const saved = (await text(phone, 'Conocí a Lucía en la clase de cerámica, le encanta la salsa, su cel 917-555-0142')).reply ?? '';
    expect(saved).toMatch(/Guarde a Luc[ií]a/);
    expect(await languageOf(phone)).toBe('es');

    const nudge = await nextNudge(phone, START + HOUR, 0);
    expect(nudge.body).toMatch(/Luc[ií]a/);
    expect(nudge.body).toMatch(/\bLISTO\b/);
    expect(nudge.body).not.toMatch(/\b(?:Reply|DONE|Time to|great meeting you)\b/);
    fits(nudge.body);

    setClock(nudge.at + 20 * 60_000);
    const done = (await text(phone, 'listo')).reply ?? '';
    expect(done).toMatch(/Luc[ií]a/);
    expect(done).toMatch(/Cuentame|como te fue/i);
    fits(done);

    setClock(nudge.at + 3 * HOUR);
    const went = (await text(phone, 'me contestó super rápido')).reply ?? '';
    expect(went).toMatch(/Luc[ií]a/);
    expect(went).not.toMatch(/\b(?:Love|sounds|I'll)\b/);

    fits(went);
    const warmth = await env.DB.prepare('SELECT p.warmth FROM people p JOIN users u ON u.id = p.user_id WHERE u.phone = ?')
      .bind(phone)
      .first<{ warmth: string }>();
    expect(warmth?.warmth).toBe('warm');
  });

  it('POSPONER 3 dias moves the nudge three days and says so in Spanish; SALTAR skips it', async () => {
    const phone = phoneNumber('212');
    setClock(START);
    await text(phone, 'Conocí a Marta en el parque, trabaja en un banco, su número es 646-555-0133');
    const nudge = await nextNudge(phone, START + HOUR, 0);
    setClock(nudge.at + 10 * 60_000);
    const snoozed = (await text(phone, 'posponer 3 dias')).reply ?? '';
    expect(snoozed).toMatch(/te recuerdo de Marta|Pospuesto Marta/);
    fits(snoozed);
    const due = await env.DB.prepare("SELECT n.due_at FROM nudges n JOIN users u ON u.id = n.user_id WHERE u.phone = ? AND n.state = 'pending'")
      .bind(phone)
      .first<{ due_at: number }>();
    expect(due?.due_at).toBeGreaterThan(nudge.at + 2.5 * DAY);
    setClock(nudge.at + 20 * 60_000);
    const skipped = (await text(phone, 'saltar')).reply ?? '';
    expect(skipped).toMatch(/^Saltado\./);
  });

  it('switches back to English after two clear English texts in a row; one is answered in English, a bare "ok" keeps the language', async () => {
    const phone = phoneNumber('212');
    setClock(START);
    await text(phone, 'Conocí a Lucía en la clase de cerámica, le encanta la salsa, su cel 917-555-0142');
    setClock(START + 10 * 60_000);
    await text(phone, 'ok');
    expect(await languageOf(phone)).toBe('es');
    setClock(START + 20 * 60_000);
    const english = (await text(phone, 'Met Jake at the networking event, he works on a fintech startup, jake@example.com')).reply ?? '';
    expect(english).toMatch(/Saved Jake/);
    expect(await languageOf(phone)).toBe('es');
    setClock(START + 30 * 60_000);
    await text(phone, 'Also met Dana at the same event, she is a designer at a studio in Brooklyn');
    expect(await languageOf(phone)).toBe('en');
  });

  it('an English user who sends one Spanish note keeps getting English: the next answer and the nudges', async () => {
    const phone = phoneNumber('212');
    setClock(START);
    await text(phone, "Met Sarah at the climbing gym, she's into bouldering, 917-555-0199");
    setClock(START + 10 * 60_000);
    const spanish = (await text(phone, 'conocí a lucía en el café, le encanta la salsa')).reply ?? '';
    expect(spanish).toMatch(/Luc[ií]a/);
    expect(await languageOf(phone)).toBe('en');
    const nudge = await nextNudge(phone, START + HOUR, 0);
    expect(nudge.body).toMatch(/\bDONE\b/);
    expect(nudge.body).not.toMatch(/\bLISTO\b/);
    setClock(nudge.at + 10 * 60_000);
    const done = (await text(phone, 'done')).reply ?? '';
    expect(done).not.toMatch(/Bien hecho|Cuentame|escribiste/);
  });

  it('an English user is never written to in Spanish', async () => {
    const phone = phoneNumber('212');
    setClock(START);
    await text(phone, "Met Sarah at the climbing gym, she's into bouldering, 917-555-0199");
    expect(await languageOf(phone)).toBe('en');
    const nudge = await nextNudge(phone, START + HOUR, 0);
    expect(nudge.body).toMatch(/\bDONE\b/);
    expect(nudge.body).not.toMatch(/\bLISTO\b/);
  });
});

describe('Spanish news about a saved person', () => {
  const namesOf = async (phone: string): Promise<string[]> =>
    (
      await env.DB.prepare('SELECT p.name FROM people p JOIN users u ON u.id = p.user_id WHERE u.phone = ? ORDER BY p.id').bind(phone).all<{ name: string }>()
    ).results.map((row) => row.name);

  it('"Brisa tiene un bebé nuevo! se llama Santi" and "El hijo de Maricarmen ... se llama Emilio" save no child', async () => {
    setClock(START);
    const from = phoneNumber();
    await text(from, 'conocí a Brisa en el PTA');
    await text(from, 'conocí a Maricarmen en la junta de padres');
    await text(from, 'Brisa tiene un bebé nuevo! se llama Santi');
    await text(from, 'El hijo de Maricarmen ya camina, se llama Emilio, está precioso');
    expect(await namesOf(from)).toEqual(['Brisa', 'Maricarmen']);
  });

  it('"Dulce se va a casar en marzo" is kept on Dulce', async () => {
    setClock(START);
    const from = phoneNumber();
    await text(from, 'conocí a Dulce en la clase de salsa');
    const news = await text(from, 'Dulce se va a casar en marzo');
    expect(news.reply).not.toMatch(/Who was it|Quien era/i);
    expect(await namesOf(from)).toEqual(['Dulce']);
  });
});
