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
import { createDevServer } from '../../dev/server.mjs';
import { DEV_TWILIO } from '../../dev/start.mjs';
import { chromiumOptions, startTestStack } from './stack.mjs';
import { startStubWorker } from './stub-worker.mjs';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const NY = '+12125550100';
const SF = '+14155550100';
const HOUR = 3600_000;
const DAY = 24 * HOUR;
/** Wednesday 2027-03-03, 18:30 in New York: the simulated clock this file starts at */
const START = Date.UTC(2027, 2, 3, 23, 30);
const SARAH = "Met Sarah at the climbing gym, she's into bouldering and runs a pottery studio. 917-555-0199";

describe('what the simulator posts on WhatsApp and with a card (a stub Worker, no wrangler)', () => {
  const SETTINGS = { authToken: 'stub-token', accountSid: 'AC0123456789abcdef0123456789abcdef', kindlingNumber: '+15005550006' };
  const WHATSAPP_FROM = 'whatsapp:+14155238886';
  const CARD = { name: 'Priya Raman', phone: '+1 646 555 0142', email: 'priya@northwind.example', org: 'Northwind Design', birthday: '1990-07-21' };
  let sim;
  let stub;
  let bare; // WhatsApp off: no whatsappFrom

  before(async () => {
    stub = await startStubWorker({
      authToken: SETTINGS.authToken,
      accountSid: SETTINGS.accountSid,
      phoneNumber: SETTINGS.kindlingNumber,
      apiBase: () => sim.url,
    });
    const common = { port: 0, workerUrl: stub.url, ...SETTINGS, autoCron: false, statusDelayMs: 5, startAt: START };
    sim = await createDevServer({ ...common, whatsappFrom: WHATSAPP_FROM });
    bare = await createDevServer(common);
  });
  after(async () => {
    await sim?.close();
    await bare?.close();
    await stub?.close();
  });

  /** A free-form WhatsApp send to `to`, as the Worker makes it, through the simulator's stand-in. */
  async function freeForm(to) {
    const response = await fetch(`${sim.url}/2010-04-01/Accounts/${SETTINGS.accountSid}/Messages.json`, {
      method: 'POST',
      headers: { authorization: `Basic ${btoa(`${SETTINGS.accountSid}:${SETTINGS.authToken}`)}`, 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ To: to, From: WHATSAPP_FROM, Body: 'Time to text Sarah!' }),
    });
    return { status: response.status, body: await response.json() };
  }

  it('a WhatsApp text: From=whatsapp:+E164, To=the WhatsApp sender, ProfileName, WaId, signed, at the simulated clock', async () => {
    await sim.sendText(NY, 'who is Sarah', { channel: 'whatsapp' });
    const { params, headers } = stub.seen.texts.at(-1);
    assert.equal(stub.seen.refused, 0, 'the signature checks out');
    assert.equal(params.From, `whatsapp:${NY}`);
    assert.equal(params.To, WHATSAPP_FROM);
    assert.equal(params.WaId, NY.slice(1));
    assert.ok(params.ProfileName, 'a profile name comes along');
    assert.equal(params.Body, 'who is Sarah');
    assert.equal(params.NumMedia, '0');
    assert.equal(params.ToCountry, undefined, 'no SMS geo fields on WhatsApp');
    assert.ok(Math.abs(Number(headers['x-kindling-simulated-now']) - START) < 60_000);
    const [mine, reply] = sim.conversation(NY).slice(-2);
    assert.deepEqual([mine.channel, reply.channel], ['whatsapp', 'whatsapp']);
    assert.equal(mine.segments, undefined, 'no SMS segment count on WhatsApp');
  });

  it("the stand-in's 24-hour window opens with each WhatsApp text, by the simulated clock", async () => {
    assert.equal((await freeForm(`whatsapp:${SF}`)).body.code, 63016, 'never wrote on WhatsApp: refused');
    assert.equal((await freeForm(`whatsapp:${NY}`)).status, 201, 'wrote a moment ago: accepted');
    await sim.advanceClock(25 * HOUR);
    assert.equal((await freeForm(`whatsapp:${NY}`)).body.code, 63016, '25 simulated hours later: refused');
    await sim.sendText(NY, 'hi again', { channel: 'whatsapp' });
    assert.equal((await freeForm(`whatsapp:${NY}`)).status, 201, 'open again after the next WhatsApp text');
    await sim.sendText(SF, 'hi by SMS');
    assert.equal((await freeForm(`whatsapp:${SF}`)).body.code, 63016, 'an SMS opens no WhatsApp window');
  });

  it('a shared card: an MMS with the vCard as text/vcard media, served by the stand-in only with the account credentials', async () => {
    await sim.sendText(SF, '', { card: CARD });
    const { params } = stub.seen.texts.at(-1);
    assert.equal(params.From, SF);
    assert.equal(params.Body, '', 'the text is optional');
    assert.equal(params.NumMedia, '1');
    assert.equal(params.MediaContentType0, 'text/vcard');
    assert.ok(params.MediaUrl0.startsWith(`${sim.url}/2010-04-01/Accounts/${SETTINGS.accountSid}/Messages/${params.MessageSid}/Media/ME`), params.MediaUrl0);
    assert.match(params.MessageSid, /^MM[0-9a-f]{32}$/);
    assert.equal((await fetch(params.MediaUrl0)).status, 401, 'no credentials, no card');
    const media = await fetch(params.MediaUrl0, { headers: { authorization: `Basic ${btoa(`${SETTINGS.accountSid}:${SETTINGS.authToken}`)}` } });
    assert.equal(media.headers.get('content-type'), 'text/vcard');
    const card = await media.text();
    for (const line of [
      'BEGIN:VCARD',
      'FN:Priya Raman',
      'N:Raman;Priya;;;',
      'ORG:Northwind Design;',
      'TEL;type=CELL;type=VOICE;type=pref:+1 646 555 0142',
      'EMAIL;type=INTERNET;type=pref:priya@northwind.example',
      'BDAY;value=date:1990-07-21',
      'END:VCARD',
    ]) {
      assert.ok(card.split('\r\n').includes(line), `the card has ${line}`);
    }
    assert.deepEqual(sim.conversation(SF).findLast((entry) => entry.direction === 'me').card, CARD);

    await sim.sendText(SF, 'from the meetup', { channel: 'whatsapp', card: CARD });
    const onWhatsApp = stub.seen.texts.at(-1).params;
    assert.equal(onWhatsApp.From, `whatsapp:${SF}`);
    assert.equal(onWhatsApp.NumMedia, '1');
    assert.equal(onWhatsApp.MediaContentType0, 'text/vcard');
    assert.equal(onWhatsApp.Body, 'from the meetup');
  });

  it('refuses what Twilio would not send: WhatsApp with no sender configured, a card with a bad birthday or nothing on it', async () => {
    const post = (server, body) =>
      fetch(`${server.url}/api/text`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }).then(
        async (response) => ({
          status: response.status,
          error: (await response.json()).error,
        }),
      );
    const texts = stub.seen.texts.length;
    assert.deepEqual(await post(bare, { from: NY, body: 'hi', channel: 'whatsapp' }), {
      status: 400,
      error: 'WhatsApp is off: the Worker has no TWILIO_WHATSAPP_FROM.',
    });
    assert.equal((await bare.state(NY)).messages.length, 0);
    assert.deepEqual(await post(sim, { from: NY, body: '', card: { ...CARD, birthday: '21/07/1990' } }), {
      status: 400,
      error: 'card.birthday must be YYYY-MM-DD',
    });
    assert.deepEqual(await post(sim, { from: NY, body: '', card: { name: ' ' } }), { status: 400, error: 'Fill in at least one field of the card.' });
    assert.deepEqual(await post(sim, { from: NY, body: 'hi', channel: 'telegram' }), { status: 400, error: 'channel must be sms or whatsapp' });
    assert.equal(stub.seen.texts.length, texts, 'nothing reached the Worker');
    assert.equal((await (await fetch(`${bare.url}/api/config`)).json()).whatsappFrom, null, 'the page greys out WhatsApp');
  });
});

describe('WhatsApp in the phone page', { timeout: 240_000 }, () => {
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
    await settled();
    return lastKindling();
  }

  /** Waits until the page shows every text the simulator holds for the chosen number, and is idle. */
  async function settled() {
    const shown = await page.locator('#my-number').inputValue();
    const held = stack.simulator.conversation(shown).filter((entry) => entry.direction !== 'system').length;
    await page.waitForFunction((n) => document.querySelectorAll('#conversation .message').length === n, held, { timeout: 20_000 });
    await idle();
  }

  /** Presses a clock button and waits for the step to finish (the answer to /api/clock, not the buttons alone). */
  async function press(step) {
    const stepped = page.waitForResponse((response) => response.url().endsWith('/api/clock'), { timeout: 120_000 });
    await page.locator(`[data-step=${step}]`).click();
    await stepped;
    await settled();
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
    await settled();
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
