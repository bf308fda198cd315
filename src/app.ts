// The Hono app: routes mounted, settings parsed once per request, one onError that never 500s at Twilio.
import { Hono } from 'hono';
import { parseSettings } from './env';
import { describeFailure } from './failure';
import { downloadExport, showExport } from './routes/export';
import { actOnPage, pageStyle, showPage, withPageHeaders } from './routes/page';
import { receiveMessage } from './routes/twilio-sms';
import { receiveMessageMisconfigured } from './routes/twilio-sms-misconfigured';
import { receiveStatus } from './routes/twilio-status';
import { twimlResponse } from './twilio/twiml';
import type { AppEnv } from './types';

export const app = new Hono<AppEnv>();

app.get('/', (c) => c.text('Kindling is running. Text the Kindling number a note about someone you met.'));

// Settings that do not parse are the owner's to fix, not the texter's: say so loudly (names, never values). A text is
// still stored and its opt-out written (see twilio-sms-misconfigured.ts); a status callback gets 500, which Twilio
// reports to the owner.
app.use('/twilio/*', async (c, next) => {
  const result = parseSettings(c.env);
  if (!result.ok && c.req.path === '/twilio/sms' && c.req.method === 'POST') return receiveMessageMisconfigured(c, result.fields);
  if (!result.ok) {
    console.error(`KINDLING IS MISCONFIGURED: ${c.req.path} refused until these settings are fixed: ${result.fields.join(', ')}`);
    return c.text('Kindling is misconfigured.', 500);
  }
  c.set('settings', result.settings);
  await next();
});
app.post('/twilio/sms', receiveMessage);
app.post('/twilio/status', receiveStatus);
app.get('/export/:token', showExport);
app.post('/export/:token', downloadExport);
app.get('/page.css', pageStyle);
app.use('/p/*', withPageHeaders);
app.get('/p/:token', showPage);
app.post('/p/:token', actOnPage);

app.notFound((c) => c.text('Not found', 404));

app.onError((cause, c) => {
  // the route's pattern, never its path: /export/<token> or /p/<token> would put a live token in the logs
  console.error('unhandled', { route: c.req.routePath, failure: describeFailure(cause) });
  // Twilio retries and alarms on 5xx; the text is already stored, so answer with an apology instead.
  if (c.req.path === '/twilio/sms') return twimlResponse("Sorry, I didn't catch that. Please resend it in a minute.");
  if (c.req.path === '/twilio/status') return c.body(null, 204);
  return c.text('Something went wrong.', 500);
});
