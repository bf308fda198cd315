// A tiny stand-in for the Kindling Worker, for testing the simulator on its own: it checks Twilio signatures with the
// twilio package, answers TwiML, and sends one REST nudge per saved person when the cron reaches its due time.

import http from 'node:http';
import twilioWebhooks from 'twilio/lib/webhooks/webhooks.js';

const { validateRequest } = twilioWebhooks;

const escapeXml = (text) => text.replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c]);
const twiml = (body) =>
  body === null
    ? '<?xml version="1.0" encoding="UTF-8"?><Response/>'
    : `<?xml version="1.0" encoding="UTF-8"?><Response><Message>${escapeXml(body)}</Message></Response>`;

/** @param {{ authToken: string, accountSid: string, phoneNumber: string, apiBase: () => string, nudgeAfterMs?: number }} options */
export async function startStubWorker(options) {
  const seen = { texts: [], crons: [], statuses: [], refused: 0, sendResults: [] };
  const nudges = []; // { to, body, dueAt, sent }
  const control = { breakCron: false };
  let publicBase = '';

  async function readForm(req) {
    const chunks = [];
    for await (const chunk of req) chunks.push(chunk);
    return Object.fromEntries(new URLSearchParams(Buffer.concat(chunks).toString('utf8')));
  }

  async function sendDue(now) {
    for (const nudge of nudges.filter((n) => !n.sent && n.dueAt <= now)) {
      const response = await fetch(`${options.apiBase()}/2010-04-01/Accounts/${options.accountSid}/Messages.json`, {
        method: 'POST',
        headers: { authorization: `Basic ${btoa(`${options.accountSid}:${options.authToken}`)}`, 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ To: nudge.to, From: options.phoneNumber, Body: nudge.body, StatusCallback: `${publicBase}/twilio/status` }),
      });
      seen.sendResults.push(response.status);
      if (response.status === 201) nudge.sent = true;
      await response.arrayBuffer();
    }
  }

  const server = http.createServer(async (req, res) => {
    const url = new URL(req.url, publicBase);
    if (req.method === 'POST' && (url.pathname === '/twilio/sms' || url.pathname === '/twilio/status')) {
      const params = await readForm(req);
      if (!validateRequest(options.authToken, req.headers['x-twilio-signature'] ?? '', `${publicBase}${url.pathname}`, params)) {
        seen.refused += 1;
        res.writeHead(403, { 'content-type': 'text/plain' });
        return res.end('invalid signature');
      }
      if (url.pathname === '/twilio/status') {
        seen.statuses.push(params);
        res.writeHead(204);
        return res.end();
      }
      // the simulator stamps every text with its clock; a text without it is a simulator bug, never the wall clock
      const stamped = req.headers['x-kindling-simulated-now'];
      if (stamped === undefined) {
        res.writeHead(400);
        return res.end('missing X-Kindling-Simulated-Now');
      }
      const now = Number(stamped);
      seen.texts.push({ params, headers: req.headers, now });
      const met = /^met (\w+)/i.exec(params.Body);
      let reply;
      if (met) {
        nudges.push({
          to: params.From,
          body: `Time to text ${met[1]}! Draft: "Hey ${met[1]}, great to meet you!"`,
          dueAt: now + (options.nudgeAfterMs ?? 20 * 3600_000),
          sent: false,
        });
        reply = `Saved ${met[1]}. I'll nudge you tomorrow at 10am.`;
      } else if (/^done$/i.test(params.Body.trim())) {
        reply = 'Nice! I\u2019ll check back in a few days.'; // a curly apostrophe: UCS-2
      } else if (params.Body === 'silence') {
        reply = null;
      } else {
        reply = `Got it: ${params.Body}`;
      }
      res.writeHead(200, { 'content-type': 'text/xml' });
      return res.end(twiml(reply));
    }
    if (req.method === 'GET' && url.pathname === '/cdn-cgi/handler/scheduled') {
      const time = Number(url.searchParams.get('time'));
      seen.crons.push({ time, cron: url.searchParams.get('cron') });
      if (control.breakCron) {
        res.writeHead(500, { 'content-type': 'text/plain' });
        return res.end('exception');
      }
      await sendDue(time);
      res.writeHead(200, { 'content-type': 'text/plain' });
      return res.end('ok');
    }
    if (req.method === 'GET' && url.pathname === '/') {
      res.writeHead(200, { 'content-type': 'text/plain' });
      return res.end('stub Kindling');
    }
    res.writeHead(404);
    res.end();
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  publicBase = `http://127.0.0.1:${server.address().port}`;
  return {
    url: publicBase,
    seen,
    nudges,
    control,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
