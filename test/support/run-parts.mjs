// Runs the two long parts of `npm test` side by side (vitest, and the node --test files that start wrangler dev and
// Chromium), so a 2-core machine spends its waiting time on the other part; exits non-zero if either part failed.
import { spawn } from 'node:child_process';

// Each part is a list of commands run one after another; the parts run side by side. vitest takes two files at a time
// (pure tables and Worker files overlap), the node files two at a time: measured on 2 cores, this is the shortest.
const parts = [
  ['vitest', [['npx', 'vitest', 'run', '--maxWorkers=2']]],
  ['node --test', [['node', '--test', '--test-concurrency=2', 'test/setup-script.test.mjs', 'test/e2e/', 'test/browser/']]],
];

/** Runs one command with the terminal; resolves with its exit code. */
function run([command, ...args]) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: 'inherit' });
    child.on('exit', (code) => resolve(code ?? 1));
  });
}

const results = await Promise.all(
  parts.map(async ([name, commands]) => {
    const started = performance.now();
    let code = 0;
    for (const command of commands) {
      code = await run(command);
      if (code !== 0) break;
    }
    return { name, code, seconds: (performance.now() - started) / 1000 };
  }),
);

for (const { name, code, seconds } of results) {
  console.log(`${name}: ${code === 0 ? 'passed' : `FAILED (exit ${code})`} in ${seconds.toFixed(0)} s`);
}
process.exit(results.every((result) => result.code === 0) ? 0 : 1);
