import { cloudflareTest, readD1Migrations } from '@cloudflare/vitest-pool-workers';
import { defineConfig } from 'vitest/config';
import { createTwilioStandin } from './dev/twilio-standin.mjs';

// One Twilio stand-in for the whole run: the Worker's outbound fetches land here.
const twilio = createTwilioStandin({ authToken: 'test-auth-token', timeoutMs: 1_500 });

export default defineConfig({
  plugins: [
    cloudflareTest({
      wrangler: { configPath: './wrangler.toml' },
      miniflare: {
        bindings: {
          TEST_MIGRATIONS: await readD1Migrations('./migrations'),
          TWILIO_AUTH_TOKEN: 'test-auth-token',
          TWILIO_API_BASE: 'http://twilio.test',
          PUBLIC_BASE_URL: 'https://kindling.test',
          TWILIO_TIMEOUT_MS: '500',
          // inbound texts arrive at the test's clock (X-Kindling-Simulated-Now), never the wall clock
          DEV_SIMULATED_CLOCK: 'true',
        },
        outboundService: (request: Request) => twilio.handle(request),
      },
    }),
  ],
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    setupFiles: ['./test/setup.ts'],
  },
});
