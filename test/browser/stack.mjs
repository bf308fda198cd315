// Starts the local stack (wrangler dev + phone simulator) on free ports with a throwaway state directory, for a test file.
// startAt: where the simulated clock starts (ms); the wall clock when left out.

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startStack } from '../../dev/start.mjs';
import { findChromium } from '../support/chromium.mjs';
import { stopLine } from '../support/ensure-chromium.mjs';

export async function startTestStack({ startAt } = {}) {
  const persistTo = mkdtempSync(join(tmpdir(), 'kindling-test-'));
  const workerLines = [];
  let stack;
  try {
    stack = await startStack({ persistTo, startAt, workerLog: (line) => workerLines.push(line) });
  } catch (problem) {
    rmSync(persistTo, { recursive: true, force: true });
    throw problem;
  }
  return {
    ...stack,
    /** The last lines wrangler printed, for failure messages. */
    workerOutput: () => workerLines.slice(-40).join('\n'),
    async stop() {
      await stack.stop();
      rmSync(persistTo, { recursive: true, force: true });
    },
  };
}

const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * Launch options for the browser tests: the Chromium the finder picks (test/support/chromium.mjs). Without one it throws
 * the pretest's one line (npm test stops before the long run; this is for a test file run on its own).
 */
export function chromiumOptions() {
  const found = findChromium();
  if (!found.path) throw new Error(stopLine(process.platform, found));
  return { executablePath: found.path, args: CHROMIUM_ARGS };
}
