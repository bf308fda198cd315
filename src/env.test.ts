// Tables for the settings as parsed: base URLs come without their trailing slashes, trimmed here once.
import { describe, expect, it } from 'vitest';
import { SettingsSchema } from './env';

const required = { TWILIO_ACCOUNT_SID: 'AC1', TWILIO_AUTH_TOKEN: 'token' };

describe('Settings', () => {
  it.each<[string | undefined, string | undefined]>([
    ['https://kindling.example', 'https://kindling.example'],
    ['https://kindling.example/', 'https://kindling.example'],
    ['https://kindling.example//', 'https://kindling.example'],
    ['https://tunnel.example/kindling/', 'https://tunnel.example/kindling'],
    ['', undefined],
    [undefined, undefined],
  ])('PUBLIC_BASE_URL %j is read as %j', (raw, parsed) => {
    expect(SettingsSchema.parse({ ...required, PUBLIC_BASE_URL: raw }).PUBLIC_BASE_URL).toBe(parsed);
  });

  it.each<[string | undefined, string]>([
    ['http://127.0.0.1:8788/', 'http://127.0.0.1:8788'],
    ['https://api.twilio.com', 'https://api.twilio.com'],
    [undefined, 'https://api.twilio.com'],
  ])('TWILIO_API_BASE %j is read as %j', (raw, parsed) => {
    expect(SettingsSchema.parse({ ...required, TWILIO_API_BASE: raw }).TWILIO_API_BASE).toBe(parsed);
  });
});
