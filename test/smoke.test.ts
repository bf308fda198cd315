import { exports } from 'cloudflare:workers';
import { expect, it } from 'vitest';

it('answers health', async () => {
  const res = await exports.default.fetch('https://kindling.test/');
  expect(res.status).toBe(200);
  const t = await fetch('http://twilio.test/__standin/messages');
  expect(await t.json()).toEqual([]);
});
