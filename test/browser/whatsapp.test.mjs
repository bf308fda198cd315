// WhatsApp in the phone page, in Chromium against the real Worker (wrangler dev) and the simulator's Twilio stand-in:
// the channel switch, a WhatsApp conversation (capture, a free-form nudge inside the 24-hour window, the template
// outside it, DONE, STOP, START), one person per number across SMS and WhatsApp, and a shared contact card.
// Saves test-results/phone-whatsapp.png (both channels) and phone-whatsapp-template.png; with KINDLING_SCREENSHOT=1
// also docs/phone-whatsapp.png (the README's).

import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { DEV_TWILIO } from '../../dev/start.mjs';
import { CHROMIUM_OPTIONS, startTestStack } from './stack.mjs';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const NY = '+12125550100';
const SF = '+14155550100';
const HOUR = 3600_000;
const DAY = 24 * HOUR;
/** Wednesday 2027-03-03, 18:30 in New York: the simulated clock this file starts at */
const START = Date.UTC(2027, 2, 3, 23, 30);
const SARAH = "Met Sarah at the climbing gym, she's into bouldering and runs a pottery studio. 917-555-0199";

describe('WhatsApp in the phone page', { timeout: 240_000 }, () => {
  let stack;
  let browser;
  let page;
  const pageErrors = [];

  before(async () => {
    stack = await startTestStack({ startAt: START });
    browser = await chromium.launch(CHROMIUM_OPTIONS);
    page = await browser.newPage({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2 });
    page.on('pageerror', (problem) => pageErrors.push(problem.message));
    await page.goto(`${stack.simulatorUrl}/?phone=${encodeURIComponent(NY)}`);
    await page.locator('#clock-time[data-now]').waitFor();
  });
  after(async () => {
    await browser?.close();
    await stack?.stop();
  });

  const kindlingBubbles = () => page.locator('[data-testid=kindling-bubble]');
  const nudges = () => page.locator('[data-testid=kindling-bubble][data-via=rest]');
  const lastKindling = () => kindlingBubbles().last();
  const clock = async () => Number(await page.locator('#clock-time').getAttribute('data-now'));
  const sentTo = (to) => stack.simulator.standin.messages.filter((message) => message.to === to);
  const idle = () =>
    page.waitForFunction(() => !document.querySelector('[data-step=day]').disabled && !document.querySelector('#send').disabled, null, { timeout: 120_000 });

  /** Types `body` and sends it on the page's channel; waits for Kindling's answer. Returns the answer's bubble. */
  async function send(body) {
    const before = await kindlingBubbles().count();
    await page.locator('#body').fill(body);
    await page.locator('#send').click();
    await page.waitForFunction((n) => document.querySelectorAll('[data-testid=kindling-bubble]').length > n, before, { timeout: 20_000 });
    await idle();
    return lastKindling();
  }

  /** Presses a clock button and waits for the step to finish (the answer to /api/clock, not the buttons alone). */
  async function press(step) {
    const stepped = page.waitForResponse((response) => response.url().endsWith('/api/clock'), { timeout: 120_000 });
    await page.locator(`[data-step=${step}]`).click();
    await stepped;
    await idle();
  }

  async function chooseChannel(channel) {
    await page.locator(`.channel-switch [data-channel=${channel}]`).click();
    await page.waitForFunction((c) => document.querySelector('#phone').dataset.mode === c, channel);
  }

  it('starts at the clock the test chose, and the switch puts the page in WhatsApp mode', async () => {
    assert.ok(Math.abs((await clock()) - START) < 60_000, 'the simulated clock starts where the test put it');
    assert.equal(await page.locator('.channel-switch [data-channel=sms]').getAttribute('aria-pressed'), 'true', 'SMS by default');
    assert.equal(await page.locator('#kindling-number').textContent(), '+1 500-555-0006', "Kindling's SMS number");
    assert.equal(await page.locator('[data-testid=channel-tag]').isVisible(), false);
    await chooseChannel('whatsapp');
    assert.equal(await page.locator('.channel-switch [data-channel=whatsapp]').getAttribute('aria-pressed'), 'true');
    assert.equal(await page.locator('.channel-switch [data-channel=sms]').getAttribute('aria-pressed'), 'false');
    assert.equal(await page.locator('#kindling-number').textContent(), '+1 415-523-8886', "Kindling's WhatsApp sender");
    assert.equal(await page.locator('[data-testid=channel-tag]').isVisible(), true);
    assert.equal(await page.locator('#body').getAttribute('placeholder'), 'Message Kindling on WhatsApp');
  });

  let capturedAt;
  it('a note on WhatsApp is answered on WhatsApp: green bubbles with a WhatsApp badge, no SMS segment count', async () => {
    const reply = await send(SARAH);
    capturedAt = await clock();
    assert.match(await reply.locator('.bubble').textContent(), /Saved Sarah/);
    assert.equal(await reply.getAttribute('data-channel'), 'whatsapp');
    assert.equal(await reply.locator('[data-testid=channel]').textContent(), 'WhatsApp');
    assert.equal(await reply.locator('[data-testid=segments]').count(), 0, 'segments are an SMS matter');
    const mine = page.locator('[data-testid=my-bubble]').last();
    assert.equal(await mine.getAttribute('data-channel'), 'whatsapp');
    const colors = await page.evaluate(() => ({
      mine: getComputedStyle(document.querySelector('[data-testid=my-bubble] .bubble')).backgroundColor,
      theirs: getComputedStyle(document.querySelector('[data-testid=kindling-bubble] .bubble')).backgroundColor,
    }));
    assert.equal(colors.mine, 'rgb(217, 253, 211)', 'my WhatsApp bubble is WhatsApp green, not the SMS blue');
    assert.equal(colors.theirs, 'rgb(243, 250, 241)');
  });

  it('"Next text": the first nudge comes inside the 24-hour window, free form from the WhatsApp sender', async () => {
    await press('next');
    assert.equal(await nudges().count(), 1);
    const nudge = nudges().last();
    assert.equal(await nudge.getAttribute('data-channel'), 'whatsapp');
    assert.equal(await nudge.getAttribute('data-template'), null, 'free form, not the template');
    assert.equal(await nudge.locator('[data-testid=template]').count(), 0);
    assert.match(await nudge.locator('.bubble').textContent(), /Sarah/);
    const [sent, ...more] = sentTo(`whatsapp:${NY}`);
    assert.deepEqual(more, []);
    assert.equal(sent.from, DEV_TWILIO.whatsappFrom);
    assert.equal(sent.contentSid, null);
    assert.ok(sent.at - capturedAt < DAY, 'inside the window the stand-in enforces');
    assert.deepEqual(sentTo(NY), [], 'nothing by SMS');
  });

  it('"snooze 2 days", +1 day, "Next text": outside the 24-hour window the nudge comes as the template', async () => {
    assert.match(await (await send('snooze 2 days')).locator('.bubble').textContent(), /Sarah/);
    const lastWrote = await clock();
    await press('day');
    assert.equal(await nudges().count(), 1, 'snoozed: nothing the first day');
    await press('next');
    const nudge = nudges().last();
    assert.equal(await nudges().count(), 2);
    assert.equal(await nudge.getAttribute('data-template'), DEV_TWILIO.nudgeContentSid);
    assert.equal(await nudge.locator('[data-testid=template]').textContent(), 'template');
    assert.match(await nudge.locator('.bubble').textContent(), /^Your Kindling follow-up about Sarah: .*Sarah/);
    const sent = sentTo(`whatsapp:${NY}`).at(-1);
    assert.equal(sent.contentSid, DEV_TWILIO.nudgeContentSid);
    assert.equal(sent.contentVariables['1'], 'Sarah');
    assert.ok(sent.at - lastWrote > DAY, 'sent over 24 hours after my last WhatsApp text');

    // answering the template opens the window again: the reply is an ordinary WhatsApp message
    const answer = await send('done');
    assert.match(await answer.locator('.bubble').textContent(), /Sarah/);
    assert.equal(await answer.getAttribute('data-template'), null);
    mkdirSync(`${ROOT}test-results`, { recursive: true });
    await nudge.scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${ROOT}test-results/phone-whatsapp-template.png` });
  });

  it('STOP gets one confirmation on WhatsApp and silences the nudge that was due; START brings nudges back', async () => {
    const noted = await send('Met Tom at the Barbican, he plays cello');
    assert.match(await noted.locator('.bubble').textContent(), /Saved Tom.*nudge you tomorrow/);
    const stopped = await send('STOP');
    assert.match(await stopped.locator('.bubble').textContent(), /unsubscribed.*START/);
    assert.equal(await stopped.getAttribute('data-channel'), 'whatsapp');
    const nudgesBefore = await nudges().count();
    const sentBefore = sentTo(`whatsapp:${NY}`).length;
    await press('day');
    await press('day');
    assert.equal(await nudges().count(), nudgesBefore, "no nudge for Tom while I'm stopped");
    assert.equal(sentTo(`whatsapp:${NY}`).length, sentBefore);
    assert.deepEqual(sentTo(NY), [], 'nor by SMS');

    const started = await send('START');
    const startedAt = await clock();
    assert.match(await started.locator('.bubble').textContent(), /back on/);
    await press('next');
    assert.equal(await nudges().count(), nudgesBefore + 1, 'nudges come again');
    assert.ok(sentTo(`whatsapp:${NY}`).at(-1).at - startedAt < DAY, "Tom's nudge was due while I was stopped: it comes soon after START");
    assert.match(await nudges().last().locator('.bubble').textContent(), /Tom/);
    assert.deepEqual(pageErrors, []);
  });

  it('an SMS and a WhatsApp text from the same number reach the same people', async () => {
    await page.locator('#my-number').selectOption(SF);
    await page.waitForFunction(() => document.querySelector('#clock-zone').textContent === 'America/Los_Angeles');
    await chooseChannel('sms');
    const saved = await send('Met Dana at the design meetup, she does ceramics and runs a letterpress shop');
    assert.match(await saved.locator('.bubble').textContent(), /Saved Dana/);
    assert.equal(await saved.getAttribute('data-channel'), 'sms');
    assert.match(await saved.locator('[data-testid=segments]').textContent(), /^\d seg · GSM-7$/, 'SMS keeps its segment count');

    await chooseChannel('whatsapp');
    const who = await send('who is Dana');
    assert.equal(await who.getAttribute('data-channel'), 'whatsapp');
    assert.match(await who.locator('.bubble').textContent(), /Dana.*(ceramics|letterpress)/);
  });

  it('Share a contact on WhatsApp: the card makes a person, and "who is" by SMS shows its details', async () => {
    await page.locator('[data-testid=share-card]').click();
    await page.locator('#card-form').waitFor();
    assert.equal(await page.locator('[data-testid=card-name]').inputValue(), 'Priya Raman', 'a sample card to start from');
    await page.locator('[data-testid=card-org]').fill('Northwind Design');
    await page.locator('[data-testid=card-phone]').fill('+1 646 555 0142');
    await page.locator('[data-testid=card-birthday]').fill('1990-07-21');
    await page.locator('#body').fill('met her at the design meetup');
    const before = await kindlingBubbles().count();
    await page.locator('[data-testid=card-send]').click();
    await page.waitForFunction((n) => document.querySelectorAll('[data-testid=kindling-bubble]').length > n, before, { timeout: 20_000 });
    await idle();
    assert.equal(await page.locator('#card-form').isHidden(), true, 'the form closes once sent');
    const mine = page.locator('[data-testid=my-bubble]').last();
    assert.match(await mine.locator('[data-testid=card]').textContent(), /Priya Raman.*Northwind Design/);
    assert.match(await mine.locator('.bubble').textContent(), /design meetup/);
    assert.equal(await mine.getAttribute('data-channel'), 'whatsapp');
    assert.match(await lastKindling().locator('.bubble').textContent(), /Saved Priya Raman/);

    await chooseChannel('sms');
    const who = await send('who is Priya');
    const details = await who.locator('.bubble').textContent();
    assert.match(details, /Priya Raman/);
    assert.match(details, /Northwind Design/);
    assert.match(details, /\+16465550142/);
    assert.match(details, /Jul 21/);
    assert.deepEqual(pageErrors, []);
  });

  it('shows both channels in one thread (screenshot)', async () => {
    await chooseChannel('whatsapp');
    const channels = await page.locator('[data-testid=kindling-bubble]').evaluateAll((nodes) => [...new Set(nodes.map((node) => node.dataset.channel))].sort());
    assert.deepEqual(channels, ['sms', 'whatsapp']);
    await page.locator('#conversation').evaluate((node) => {
      node.style.scrollBehavior = 'auto';
      node.scrollTop = node.scrollHeight;
    });
    mkdirSync(`${ROOT}test-results`, { recursive: true });
    await page.screenshot({ path: `${ROOT}test-results/phone-whatsapp.png` });
    if (process.env.KINDLING_SCREENSHOT === '1') copyFileSync(`${ROOT}test-results/phone-whatsapp.png`, `${ROOT}docs/phone-whatsapp.png`);
  });
});
