import { build } from 'esbuild';
await build({ entryPoints: ['/work/wt/understand/src/understand/dbg-entry.ts'], bundle: true, format: 'esm', platform: 'node', outfile: '/tmp/dbg-bundle.mjs', logLevel: 'error' });
const m = await import('/tmp/dbg-bundle.mjs?' + Date.now());
const row = { text: process.argv[2], latest: process.argv[3], category: 'x', want: { intent: 'x' } };
console.log(JSON.stringify(m.understand(row.text, m.contextFor(row)), null, 1));
