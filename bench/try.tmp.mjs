import { build } from 'esbuild';
await build({ stdin: { contents: `export { understand } from './src/understand/understand.ts'; export { contextFor } from './src/understand/table-score.ts';`, resolveDir: process.cwd(), loader: 'ts' }, bundle: true, format: 'esm', platform: 'node', outfile: '/tmp/try-bundle.mjs', logLevel: 'error' });
const m = await import('/tmp/try-bundle.mjs?' + Date.now());
for (const text of process.argv.slice(2)) { const got = m.understand(text, m.contextFor({ text, latest: 'Ines' })); console.log(JSON.stringify(text), '->', JSON.stringify(got).slice(0, 220)); }
