// The inbound webhook's contract: signatures, replays, TwiML, allowed numbers, and never a 5xx.
import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { BASE, messageSid, phoneNumber, post, sign, smsParams, text, twilioPost } from '../factories';

async function inboundCount(sid: string): Promise<number> {
  const row = await env.DB.prepare('SELECT count(*) AS n FROM inbound WHERE sid = ?').bind(sid).first<{ n: number }>();
  return row?.n ?? 0;
}

describe('signature checks', () => {
  it('accepts a text signed for the public URL and answers TwiML as text/xml', async () => {
    const answer = await text(phoneNumber(), 'Met Sarah at the climbing gym, into bouldering. 917-555-0199');
    expect(answer.status).toBe(200);
    expect(answer.contentType).toMatch(/^text\/xml/);
    expect(answer.twiml).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?><Response><Message>/);
    expect(answer.reply).toContain('Sarah');
  });

  it.each([
    ['missing', null],
    ['wrong', 'bm90IGEgc2lnbmF0dXJl'],
    ['empty', ''],
    ['signed with another token', sign(`${BASE}/twilio/sms`, { Body: 'x' }, 'another-token')],
  ])('refuses a %s signature with 403 and stores nothing', async (_label, signature) => {
    const sid = messageSid();
    const params = smsParams({ From: phoneNumber(), Body: 'Met Jake at the gym', MessageSid: sid });
    const answer = await post(twilioPost('/twilio/sms', params, { signature }));
    expect(answer.status).toBe(403);
    expect(await inboundCount(sid)).toBe(0);
  });

  it('refuses a signature made for another URL', async () => {
    const sid = messageSid();
    const params = smsParams({ From: phoneNumber(), Body: 'Met Jake at the gym', MessageSid: sid });
    const answer = await post(twilioPost('/twilio/sms', params, { signedFor: 'https://evil.example/twilio/sms' }));
    expect(answer.status).toBe(403);
    expect(await inboundCount(sid)).toBe(0);
  });

  it('refuses a signed body with a field changed after signing', async () => {
    const params = smsParams({ From: phoneNumber(), Body: 'Met Jake at the gym' });
    const signature = sign(`${BASE}/twilio/sms`, params);
    const answer = await post(twilioPost('/twilio/sms', { ...params, Body: 'forget Jake' }, { signature }));
    expect(answer.status).toBe(403);
  });

  it('accepts the URL signed with the default port, as Twilio sometimes does', async () => {
    const params = smsParams({ From: phoneNumber(), Body: 'help' });
    const answer = await post(twilioPost('/twilio/sms', params, { signedFor: 'https://kindling.test:443/twilio/sms' }));
    expect(answer.status).toBe(200);
    expect(answer.reply).toContain('STOP');
  });

  it('refuses a status callback without a valid signature', async () => {
    const response = await post(twilioPost('/twilio/status', { MessageSid: 'SMx', MessageStatus: 'delivered' }, { signature: 'bad' }));
    expect(response.status).toBe(403);
  });
});

describe('replays', () => {
  it('answers a MessageSid seen before with an empty Response and saves nothing twice', async () => {
    const from = phoneNumber();
    const sid = messageSid();
    const first = await text(from, 'Met Priya at the cafe, loves hiking', { MessageSid: sid });
    expect(first.reply).toContain('Priya');
    const again = await text(from, 'Met Priya at the cafe, loves hiking', { MessageSid: sid });
    expect(again.status).toBe(200);
    expect(again.twiml).toMatch(/<Response\/>$/);
    const people = await env.DB.prepare('SELECT count(*) AS n FROM people p JOIN users u ON u.id = p.user_id WHERE u.phone = ?')
      .bind(from)
      .first<{ n: number }>();
    expect(people?.n).toBe(1);
    expect(await inboundCount(sid)).toBe(1);
  });
});

describe('malformed but signed posts', () => {
  it('answers an empty Response when From is missing, never a 5xx', async () => {
    const params = { MessageSid: messageSid(), Body: 'hello' };
    const answer = await post(twilioPost('/twilio/sms', params));
    expect(answer.status).toBe(200);
    expect(answer.twiml).toMatch(/<Response\/>$/);
  });

  it('answers a health check on /', async () => {
    const response = await post(new Request(`${BASE}/`));
    expect(response.status).toBe(200);
    expect(response.twiml).toContain('Kindling');
  });
});
