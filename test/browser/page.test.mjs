// The page of one's people in Chromium through `npm start`'s stack: text three notes in the simulator, ask for the page,
// open its link (a new tab) at a phone's width, check names, details and drafts, press Done and Snooze, fix a name, and
// set the simulator's clock to an exact time. Saves docs/page.png for the README.

import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { chromiumOptions, startTestStack } from './stack.mjs';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const NY = '+12125550100';
const NOTES = [
  "Met Sarah at the climbing gym, she's into bouldering and runs a pottery studio. 917-555-0199",
  'Met Ben Okafor at the bbq, loves sourdough, 917-555-0142',
  'Met Priya Raman at the design meetup, into ceramics and trail running, priya@northwind.example',
];
/** Where the simulated clock starts: Wednesday 2026-03-04, 18:30 in New York, whatever the hour the test runs. */
const START = Date.UTC(2026, 2, 4, 23, 30);
const PHONE = { width: 390, height: 844 };

describe('the page of my people, from the simulator', { timeout: 300_000 }, () => {
  let stack;
  let browser;
  let context;
  let phone;
  let page;
  const problems = [];

  before(async () => {
    stack = await startTestStack({ startAt: START });
    browser = await chromium.launch(chromiumOptions());
    context = await browser.newContext({ viewport: PHONE, deviceScaleFactor: 2 });
    context.on('page', (opened) => {
      opened.on('pageerror', (problem) => problems.push(problem.message));
      opened.on('console', (message) => {
        if (/Content Security Policy|Refused to/i.test(message.text())) problems.push(message.text());
      });
    });
    phone = await context.newPage();
    await phone.goto(`${stack.simulatorUrl}/?phone=${encodeURIComponent(NY)}`);
    await phone.locator('#clock-time[data-now]').waitFor();
  });
  after(async () => {
    await browser?.close();
    await stack?.stop();
  });

  const kindlingBubbles = () => phone.locator('[data-testid=kindling-bubble]');
  const card = (name) => page.locator('article.person', { has: page.locator('h2', { hasText: new RegExp(`^${name}$`) }) });

  async function textKindling(body) {
    const before = await kindlingBubbles().count();
    await phone.locator('#body').fill(body);
    await phone.locator('#send').click();
    await phone.waitForFunction((n) => document.querySelectorAll('[data-testid=kindling-bubble]').length > n, before, { timeout: 30_000 });
    return kindlingBubbles().last().locator('.bubble').textContent();
  }

  it('texts three notes and asks for the page: the reply holds a link that opens in a new tab', async () => {
    for (const note of NOTES) assert.match(await textKindling(note), /Saved/);
    const reply = await textKindling('show me everyone');
    assert.match(reply, /\/p\/[A-Za-z0-9_-]{43}/);
    const link = kindlingBubbles().last().locator('[data-testid=page-link]');
    assert.equal(await link.getAttribute('target'), '_blank');
    const [opened] = await Promise.all([context.waitForEvent('page'), link.click()]);
    page = opened;
    await page.waitForLoadState('load');
    assert.match(page.url(), /\/p\/[A-Za-z0-9_-]{43}$/);
    assert.equal(await page.locator('h1').textContent(), 'Your people 3');
  });

  it('shows names, where they met, details, how to reach them and a draft for each, readable at a phone width', async () => {
    for (const name of ['Sarah', 'Ben Okafor', 'Priya Raman']) {
      const person = card(name);
      assert.equal(await person.count(), 1, `${name} has a card`);
      assert.match(await person.locator('.draft').textContent(), new RegExp(name.split(' ')[0]), `${name}'s draft names them`);
    }
    assert.match(await card('Sarah').locator('.meta').textContent(), /climbing gym/);
    assert.match(await card('Sarah').locator('.details').textContent(), /bouldering/);
    assert.match(await card('Ben Okafor').locator('.details').textContent(), /sourdough/);
    assert.match(await card('Priya Raman').locator('.reach').textContent(), /priya@northwind\.example/);
    assert.match(await card('Sarah').locator('.text-link').getAttribute('href'), /^sms:\+19175550199\?&body=/);
    assert.equal(await card('Sarah').locator('.text-link').textContent(), 'Text Sarah');
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    assert.ok(width <= PHONE.width, `no sideways scrolling (${width}px)`);
    const stylesheet = await page.evaluate(() => getComputedStyle(document.querySelector('.person')).borderRadius);
    assert.notEqual(stylesheet, '0px', 'the stylesheet loaded under the CSP');
  });

  it('Done and Snooze a week change the plan and say what changed', async () => {
    await card('Sarah').locator('button[value=done]').click();
    await page.locator('.flash').waitFor();
    assert.match(await page.locator('.flash').textContent(), /Sarah/);
    assert.match(await card('Sarah').locator('.standing').textContent(), /First text sent/);

    await card('Ben Okafor').locator('button[value=snooze]').click();
    await page.locator('.flash', { hasText: 'Ben' }).waitFor();
    assert.match(await card('Ben Okafor').locator('.next b').textContent(), /Mar 1[12]/, 'a week out');
  });

  it('fixes a name in place', async () => {
    const priya = card('Priya Raman');
    await priya.locator('summary', { hasText: 'Fix the name or details' }).click();
    await priya.locator('input[name=to]').fill('Priya Ramen');
    await priya.locator('button', { hasText: 'Save name' }).click();
    await page.locator('.flash', { hasText: 'Priya Ramen' }).waitFor();
    assert.equal(await card('Priya Ramen').count(), 1);
    assert.equal(await card('Priya Raman').count(), 0);
    assert.deepEqual(problems, [], 'no script errors and no CSP violations');
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: `${ROOT}docs/page.png`, fullPage: true });
  });

  it('the simulator sets its clock to an exact day and time', async () => {
    await phone.bringToFront();
    await phone.locator('#clock-at').fill('2026-03-09T08:45');
    await phone.locator('[data-testid=clock-set]').click();
    await phone.waitForFunction(() => document.querySelector('#clock-day').textContent.includes('Mar 9'), null, { timeout: 120_000 });
    await phone.waitForFunction(() => !document.querySelector('[data-step=day]').disabled, null, { timeout: 120_000 });
    const now = Number(await phone.locator('#clock-time').getAttribute('data-now'));
    assert.ok(now >= Date.UTC(2026, 2, 9, 12, 45) && now - Date.UTC(2026, 2, 9, 12, 45) < 60_000, 'Mon Mar 9, 8:45am in New York');
    assert.ok(stack.simulator.cronRuns.includes(Date.UTC(2026, 2, 9, 12, 45)), 'the cron ran on the way');
  });
});
