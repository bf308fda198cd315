// Coaching like a friend (issue 22) through the Worker: every nudge carries a draft the user can send, a digest offers
// the others' drafts by number or name, and nothing steps backwards. Fixed clock: Wednesday 2026-03-04, 18:30 in New
// York; the cron is stepped hourly through the user's days.
import { describe, expect, it, vi } from 'vitest';
import { DAY, HOUR, nextNudge, phoneNumber, runCron, sentTo, setClock, text, type SentText } from '../factories';
import { segments } from '../segments';

// days of hourly cron runs per test: on a loaded machine one takes longer than the default 5 s
vi.setConfig({ testTimeout: 60_000 });

const START = Date.UTC(2026, 2, 4, 23, 30);

/** Four people noted the same evening, all due the next morning. */
async function fourDue(phone: string): Promise<{ text: SentText; at: number }> {
  setClock(START);
  await text(phone, 'Met Sarah at the climbing gym, restoring old italian espresso machines on weekends 917-555-0100');
  await text(phone, 'Omar from the bouldering meetup, a coffee nerd who roasts his own beans at home 646-555-0101');
  await text(phone, 'Dana at the design conference, UX researcher writing a book about onboarding 718-555-0103');
  await text(phone, 'Bea from book club, into sci-fi and writing her first novel 646-555-0107');
  return nextNudge(phone, START + HOUR, 2);
}

describe('a digest never leaves a person without a draft', () => {
  it('several people due: a line with a draft each, or one full text and "reply 2" for the next; no bare labels', async () => {
    const phone = phoneNumber();
    const { text: digest } = await fourDue(phone);
    expect(segments(digest.body)).toBeLessThanOrEqual(2);
    expect(digest.body).toMatch(/"[^"]{20,}"/);
    expect(digest.body).not.toMatch(/^\d\) [\w ]+(\([^)]*\))?: (follow up|check in)( re [^"\n]*)?$/m);
    for (const name of ['Sarah', 'Omar', 'Dana', 'Bea']) expect(digest.body).toContain(name);
  });

  it('"2", "reply 3" or a name right after it answers with that person\'s own draft, and DONE <n> says who', async () => {
    const phone = phoneNumber();
    const { text: digest, at } = await fourDue(phone);
    const order = ['Sarah', 'Omar', 'Dana', 'Bea'].sort((a, b) => digest.body.indexOf(`) ${a}`) - digest.body.indexOf(`) ${b}`));
    setClock(at + 10 * 60_000);
    const second = await text(phone, '2');
    const secondName = digest.body.match(/2\) (\w+)/)?.[1] ?? order[1] ?? '';
    expect(second.reply).toMatch(new RegExp(`${secondName}[^"]*"[^"]*${secondName}[^"]*"`));
    expect(second.reply).toMatch(/DONE 2/);
    const third = await text(phone, 'reply 3');
    const thirdName = digest.body.match(/3\) (\w+)/)?.[1] ?? '';
    expect(third.reply).toMatch(new RegExp(`"[^"]*${thirdName}[^"]*"`));
    const byName = await text(phone, 'bea');
    expect(byName.reply).toMatch(/"[^"]*Bea[^"]*"/);
    expect(byName.reply).toMatch(/novel|sci-fi|book club/);
    // and DONE 2 still steers the second person
    const done = await text(phone, 'done 2');
    expect(done.reply).toContain(secondName);
  });
});

describe('their day and their place, as the user says them', () => {
  it('"zoe\'s birthday is mar 12" is her day, wished that morning, never "How was birthday with Zoe"', async () => {
    const phone = phoneNumber();
    setClock(START);
    await text(phone, 'Zoe from the dog park, has a corgi named Biscuit 929-555-0208');
    setClock(START + HOUR);
    const noted = await text(phone, "zoe's birthday is mar 12");
    expect(noted.reply).not.toMatch(/Enjoy|how it went/i);
    const sent: { body: string; at: number }[] = [];
    for (let at = START + 2 * HOUR; at <= START + 9 * DAY; at += HOUR) {
      const before = (await sentTo(phone)).length;
      await runCron(at);
      for (const fresh of (await sentTo(phone)).slice(before)) sent.push({ body: fresh.body, at });
    }
    const wish = sent.find((s) => /birthday/i.test(s.body));
    expect(wish, sent.map((s) => s.body).join('\n')).toBeDefined();
    // Thursday Mar 12 in New York, in the morning
    expect(new Date((wish?.at ?? 0) - 4 * HOUR).getUTCDate()).toBe(12);
    expect(new Date((wish?.at ?? 0) - 4 * HOUR).getUTCHours()).toBeLessThan(12);
    for (const s of sent) expect(s.body).not.toMatch(/How was birthday/i);
  });

  it('"zoe: every tuesday 9am dog park" is where you see her: a hello there on a Tuesday', async () => {
    const phone = phoneNumber();
    setClock(START);
    await text(phone, 'Zoe from the dog park, has a corgi named Biscuit');
    setClock(START + HOUR);
    const noted = await text(phone, 'zoe: every tuesday 9am dog park');
    expect(noted.reply).toMatch(/dog park on Tuesdays/i);
    const { text: hello, at } = await nextNudge(phone, START + 2 * HOUR, 10);
    expect(hello.body).toMatch(/Zoe/);
    expect(hello.body).toMatch(/dog park/);
    expect(new Date(at - 4 * HOUR).getUTCDay()).toBeGreaterThanOrEqual(1);
    expect(new Date(at - 4 * HOUR).getUTCDay()).toBeLessThanOrEqual(2);
  });
});

describe('the latest news overrides the next invitation', () => {
  it('"bea is moving to denver in april" turns the pending invitation into a catch-up before she goes, not a second ask', async () => {
    const phone = phoneNumber();
    setClock(START);
    await text(phone, 'Bea from book club, into sci-fi 646-555-0110');
    const first = await nextNudge(phone, START + HOUR, 2);
    setClock(first.at + 20 * 60_000);
    await text(phone, 'done');
    setClock(first.at + 3 * HOUR);
    const warm = await text(phone, 'she wrote back right away');
    expect(warm.reply).toMatch(/suggest|plan/i);
    // the invitation is days off; then the news of her move (Wednesday Mar 4 2026 + a day; she goes in April)
    setClock(first.at + 4 * HOUR);
    const news = await text(phone, 'bea is moving to denver in april');
    expect(news.reply).toMatch(/catch up before Denver/);
    const next = await nextNudge(phone, first.at + 5 * HOUR, 14);
    expect(next.text.body).toMatch(/Denver|before you (go|head|move)/i);
    expect(next.text.body).not.toMatch(/bookstore|book swap/i);
  });
});
