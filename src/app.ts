// The Hono app: routes mounted, settings parsed once per request, one onError that never 500s at Twilio.
import { Hono } from 'hono';
import { describeFailure } from './failure';
import { downloadExport, showExport } from './routes/export';
import { actOnPage, pageStyle, showPage, withPageHeaders } from './routes/page';
import { receiveMessage } from './routes/twilio-sms';
import { requestClock, twilioSigned } from './routes/middleware';
import { receiveStatus } from './routes/twilio-status';
import { twimlResponse } from './twilio/twiml';
import type { AppEnv } from './types';

export const app = new Hono<AppEnv>();

app.get('/', (c) => c.text('Kindling is running. Text the Kindling number a note about someone you met.'));

app.use('*', requestClock);
// the signature, then the settings (see routes/middleware.ts)
app.use('/twilio/*', twilioSigned);
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
