// The phone page in Chromium against the real Worker (wrangler dev): text a note, move the clock a day at a time until
// the nudge arrives, reply "done", and check bubbles, segment badges and the simulated clock. Saves test-results/phone.png.

import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import smsSegments from 'sms-segments-calculator';
import { chromiumOptions, startTestStack } from './stack.mjs';

const { SegmentedMessage } = smsSegments;
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const NY = '+12125550100';
const NOTE = "Met Sarah at the climbing gym, she's into bouldering and runs a pottery studio. 917-555-0199";
const DAY = 24 * 3600_000;
/** Where the simulated clock starts: Wednesday 2026-03-04, 18:30 in New York, whatever the hour the test runs. */
const START = Date.UTC(2026, 2, 4, 23, 30);

describe('the phone page', { timeout: 300_000 }, () => {
  let stack;
  let browser;
  let page;
  const pageErrors = [];

  before(async () => {
    browser = await chromium.launch(chromiumOptions()); // first: no browser stops the file before wrangler starts
    stack = await startTestStack({ startAt: START });
    page = await browser.newPage({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2 });
    page.on('pageerror', (problem) => pageErrors.push(problem.message));
    await page.goto(`${stack.simulatorUrl}/?phone=${encodeURIComponent(NY)}`);
    await page.locator('#clock-time[data-now]').waitFor();
  });
  after(async () => {
    await browser?.close();
    await stack?.stop();
  });

  const myBubbles = () => page.locator('[data-testid=my-bubble]');
  const kindlingBubbles = () => page.locator('[data-testid=kindling-bubble]');
  const nudges = () => page.locator('[data-testid=kindling-bubble][data-via=rest]');
  const clock = async () => Number(await page.locator('#clock-time').getAttribute('data-now'));
  const idle = () =>
    page.waitForFunction(() => !document.querySelector('[data-step=day]').disabled && !document.querySelector('#send').disabled, null, { timeout: 120_000 });

  it('shows the chosen number, its time zone and the simulated clock', async () => {
    assert.equal(await page.locator('#my-number').inputValue(), NY);
    assert.equal(await page.locator('#clock-zone').textContent(), 'America/New_York');
    const shown = await clock();
    assert.ok(shown >= START && shown - START < 60_000, 'the simulated clock starts where the test set it');
  });

  it('texts a note and sees the confirmation bubble', async () => {
    await page.locator('#body').fill(NOTE);
    await page.locator('#send').click();
    await myBubbles().locator('.bubble', { hasText: 'climbing gym' }).waitFor();
    await kindlingBubbles().first().waitFor({ timeout: 20_000 });
    const confirmation = await kindlingBubbles().first().locator('.bubble').textContent();
    assert.match(confirmation, /Sarah/, `the confirmation names Sarah: ${confirmation}`);
    assert.equal(await page.locator('#body').inputValue(), '', 'the text box is cleared');
    assert.equal(await page.locator('[data-testid=system]').count(), 0, 'no complaint from the simulator');
  });

  it('presses "+1 day" until the nudge bubble appears', async () => {
    const start = await clock();
    let presses = 0;
    while ((await nudges().count()) === 0 && presses < 4) {
      await page.locator('[data-step=day]').click();
      presses += 1;
      await idle();
    }
    assert.ok((await nudges().count()) >= 1, `a nudge within ${presses} simulated days`);
    assert.ok((await clock()) - start >= presses * DAY - 60_000, 'the clock moved a day per press');
    const nudge = await nudges().first().locator('.bubble').textContent();
    assert.match(nudge, /Sarah/, `the nudge is about Sarah: ${nudge}`);
  });

  it('replies "done" and gets an answer', async () => {
    const before = await kindlingBubbles().count();
    await page.locator('#body').fill('done');
    await page.locator('#body').press('Enter');
    await myBubbles()
      .locator('.bubble', { hasText: /^done$/ })
      .waitFor();
    await page.waitForFunction((n) => document.querySelectorAll('[data-testid=kindling-bubble]').length > n, before, { timeout: 20_000 });
    const last = page.locator('#conversation > :last-child');
    assert.equal(await last.getAttribute('data-testid'), 'kindling-bubble', 'Kindling has the last word');
  });

  it('lays out bubbles with times and correct segment badges', async () => {
    const frame = await page.locator('#conversation').boundingBox();
    for (const bubble of await myBubbles().all()) {
      const box = await bubble.boundingBox();
      assert.ok(frame.x + frame.width - (box.x + box.width) < 24, 'my texts sit on the right');
    }
    const kindling = await kindlingBubbles().all();
    assert.ok(kindling.length >= 3, 'confirmation, nudge and answer');
    for (const bubble of kindling) {
      const box = await bubble.boundingBox();
      assert.ok(box.x - frame.x < 24, "Kindling's texts sit on the left");
      const text = await bubble.locator('.bubble').textContent();
      const expected = new SegmentedMessage(text);
      assert.equal(await bubble.locator('[data-testid=segments]').textContent(), `${expected.segmentsCount} seg · ${expected.encodingName}`);
      assert.match(await bubble.locator('time').textContent(), /^\d{1,2}:\d{2} [AP]M$/);
    }
    assert.ok((await page.locator('.day').count()) >= 2, 'a day separator for each simulated day with texts');
    assert.deepEqual(pageErrors, []);
    mkdirSync(`${ROOT}test-results`, { recursive: true });
    await page.locator('#conversation').evaluate((node) => {
      node.style.scrollBehavior = 'auto';
      node.scrollTop = node.scrollHeight;
    });
    await page.screenshot({ path: `${ROOT}test-results/phone.png` });
  });

  it('"Next send: 500" fails the next nudge visibly, and the Worker retries it', async () => {
    const nudgesBefore = await nudges().count();
    await page.locator('#fail').selectOption('500');
    await page.waitForFunction(() => document.querySelector('#fail').classList.contains('armed'));
    await page.locator('[data-step=next]').click();
    await idle();
    const notice = page.locator('[data-testid=system]').last();
    assert.match(await notice.textContent(), /failed a send on purpose \(HTTP 500/);
    assert.equal(await page.locator('#fail').inputValue(), 'none', 'the failure was used up');
    assert.equal(await nudges().count(), nudgesBefore, 'nothing was delivered by the failed send');
    await page.locator('[data-step=next]').click();
    await idle();
    assert.equal(await nudges().count(), nudgesBefore + 1, 'the retry got through');
    const failedBody = (await notice.textContent()).match(/: "([\s\S]*)"$/)[1];
    assert.equal(await nudges().last().locator('.bubble').textContent(), failedBody, 'the same text, sent once');
    assert.deepEqual(pageErrors, []);
  });

  it('keeps one conversation per number: a London preset and a typed-in number are other users', async () => {
    const nyBubbles = await page.locator('#conversation .message').count();
    await page.locator('#my-number').selectOption('+447700900123');
    await page.waitForFunction(() => document.querySelector('#clock-zone').textContent === 'Europe/London');
    assert.equal(await page.locator('#conversation .message').count(), 0, 'a new number starts empty');
    await page.locator('#body').fill('Met Tom at the Barbican, he plays cello');
    await page.locator('#send').click();
    await kindlingBubbles().first().waitFor({ timeout: 20_000 });
    assert.match(await kindlingBubbles().first().locator('.bubble').textContent(), /Tom/);

    await page.locator('#my-number').selectOption('__other__');
    await page.locator('#other-number-input').fill('(646) 555-0123');
    await page.locator('#other-number button[type=submit]').click();
    await page.waitForFunction(() => document.querySelector('#my-number').value === '+16465550123');
    assert.equal(await page.locator('#clock-zone').textContent(), 'America/New_York');
    await page.locator('#body').fill('who is Tom?');
    await page.locator('#send').click();
    await kindlingBubbles().first().waitFor({ timeout: 20_000 });
    assert.doesNotMatch(await kindlingBubbles().first().locator('.bubble').textContent(), /Barbican|cello/, "another user does not see London's people");

    await page.locator('#my-number').selectOption(NY);
    await page.waitForFunction((n) => document.querySelectorAll('#conversation .message').length === n, nyBubbles);
    assert.deepEqual(pageErrors, []);
  });
});
