// `npm start` as a user runs it: it prints the simulator's address (no wrangler banner), both servers answer, Ctrl-C stops all.

import { after, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort } from '../../dev/start.mjs';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

describe('npm start', { timeout: 180_000 }, () => {
  let child;
  const home = mkdtempSync(join(tmpdir(), 'kindling-start-'));
  after(() => {
    if (child && child.exitCode === null) {
      try {
        process.kill(-child.pid, 'SIGKILL');
      } catch {
        /* gone */
      }
    }
    rmSync(home, { recursive: true, force: true });
  });

  it('starts the Worker and the simulator on the given ports and stops both on SIGINT', async () => {
    const kindlingPort = await freePort();
    const simulatorPort = await freePort();
    child = spawn(process.execPath, ['dev/start.mjs'], {
      cwd: ROOT,
      env: {
        ...process.env,
        KINDLING_PORT: String(kindlingPort),
        SIMULATOR_PORT: String(simulatorPort),
        KINDLING_PERSIST_TO: home,
        WRANGLER_SEND_METRICS: 'false',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    });
    let output = '';
    child.stdout.on('data', (chunk) => {
      output += chunk;
    });
    child.stderr.on('data', (chunk) => {
      output += chunk;
    });
    const exited = new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));

    const deadline = performance.now() + 120_000;
    while (!output.includes('Kindling phone simulator:') && performance.now() < deadline && child.exitCode === null) {
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    assert.match(output, new RegExp(`Kindling phone simulator: http://127\\.0\\.0\\.1:${simulatorPort}`), output.slice(-3000));

    // no wrangler banner, so no npm update check behind it (dev/start.mjs WRANGLER_ENV) and no "update available"
    assert.doesNotMatch(output, /\u26C5\uFE0F wrangler|update available/, output.slice(-3000));
    const health = await fetch(`http://127.0.0.1:${kindlingPort}/`);
    assert.equal(health.status, 200);
    const page = await fetch(`http://127.0.0.1:${simulatorPort}/`);
    assert.match(await page.text(), /Kindling phone simulator/);
    const config = await (await fetch(`http://127.0.0.1:${simulatorPort}/api/config`)).json();
    assert.equal(config.workerUrl, `http://127.0.0.1:${kindlingPort}`);

    process.kill(child.pid, 'SIGINT');
    const { code } = await exited;
    assert.equal(code, 0, output.slice(-2000));
    for (const port of [kindlingPort, simulatorPort]) {
      await assert.rejects(fetch(`http://127.0.0.1:${port}/`, { signal: AbortSignal.timeout(2_000) }), `port ${port} is closed`);
    }
  });
});
