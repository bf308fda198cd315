import { applyD1Migrations } from 'cloudflare:test';
import { env } from 'cloudflare:workers';
import { beforeEach } from 'vitest';
import { DEFAULT_CLOCK, setClock } from './factories';

await applyD1Migrations(env.DB, env.TEST_MIGRATIONS);

// every test starts at the same fixed instant; a test that needs another sets its own
beforeEach(() => setClock(DEFAULT_CLOCK));
