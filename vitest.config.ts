import { cloudflareTest, readD1Migrations } from '@cloudflare/vitest-pool-workers';
import { defineConfig } from 'vitest/config';
import { BaseSequencer, type TestSpecification } from 'vitest/node';
import { createTwilioStandin } from './dev/twilio-standin.mjs';

// One Twilio stand-in for the whole run: the Worker's outbound fetches land here.
const twilio = createTwilioStandin({ authToken: 'test-auth-token', timeoutMs: 8_000 });

/**
 * Two projects. `pure`: the table tests of code that does no I/O (src/**, but src/db/**), in Node: no workerd and no D1 to start per
 * file, so they stay fast as they grow. `worker`: the Worker driven from outside, inside workerd with a real local D1
 * and the real migrations (test/**, and src/db/** beside the statements they test).
 */
/**
 * The files that take longest start first (a clean clone has no timing cache, and by default a small file that runs
 * for minutes, like the corpus replays, would start last and run alone at the end).
 */
const LONG_RUNNING =
  /texting-v2-(tuned|measured)|texting-v3-dev|texting-v4-dev|coaching-month|abuse|test\/(coaching|sending|inbound)\.test|any-input|replies\/index|coach\/playbook\.test/;

class LongestFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const long = (file: TestSpecification) => LONG_RUNNING.test(file.moduleId);
    return [...sorted.filter(long), ...sorted.filter((file) => !long(file))];
  }
}

export default defineConfig({
  test: {
    sequence: { sequencer: LongestFirst },
    projects: [
      {
        test: {
          name: 'pure',
          // generous: a loaded 2-core machine is slow, and a slow test is not a wrong one
          testTimeout: 30_000,
          include: ['src/**/*.test.ts'],
          // the data layer's tests need a real D1: they run in the worker project
          exclude: ['src/db/**'],
          environment: 'node',
        },
      },
      {
        plugins: [
          cloudflareTest({
            wrangler: { configPath: './wrangler.toml' },
            miniflare: {
              bindings: {
                TEST_MIGRATIONS: await readD1Migrations('./migrations'),
                TWILIO_AUTH_TOKEN: 'test-auth-token',
                TWILIO_API_BASE: 'http://twilio.test',
                PUBLIC_BASE_URL: 'https://kindling.test',
                // long enough that a loaded machine never turns an accepted send into a timeout; the tests that time a
                // send out on purpose run with SHORT_TIMEOUT_ENV (test/factories.ts)
                TWILIO_TIMEOUT_MS: '5000',
                // inbound texts arrive at the test's clock (X-Kindling-Simulated-Now), never the wall clock
                DEV_SIMULATED_CLOCK: 'true',
              },
              outboundService: (request: Request) => twilio.handle(request),
            },
          }),
        ],
        test: {
          name: 'worker',
          testTimeout: 30_000,
          hookTimeout: 60_000,
          include: ['test/**/*.test.ts', 'src/db/**/*.test.ts'],
          setupFiles: ['./test/setup.ts'],
        },
      },
    ],
  },
});
