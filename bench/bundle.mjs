// Section 4: the deployable bundle (`wrangler deploy --dry-run`), its raw and gzip size, what it is made of
// (attributed through the source map), and the Worker's start-up cost (`wrangler check startup`).

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { wrangler } from './stack.mjs';

export async function measureBundle(scratch) {
  const outdir = join(scratch, 'dry-run');
  const dryRun = await wrangler(['deploy', '--dry-run', '--outdir', outdir]);
  const reported = /Total Upload:\s*([\d.]+) KiB \/ gzip:\s*([\d.]+) KiB/.exec(dryRun.output);
  const code = readFileSync(join(outdir, 'index.js'));
  const map = JSON.parse(readFileSync(join(outdir, 'index.js.map'), 'utf8'));
  const profileFile = join(scratch, 'startup.cpuprofile');
  const check = await wrangler(['check', 'startup', '--outfile', profileFile]);
  return {
    dryRunMs: dryRun.ms,
    rawBytes: code.length,
    gzipBytes: gzipSync(code, { level: 9 }).length,
    wranglerKiB: reported ? { raw: Number(reported[1]), gzip: Number(reported[2]) } : null,
    parts: attribute(code.toString('utf8'), map),
    startup: readProfile(JSON.parse(readFileSync(profileFile, 'utf8'))),
    checkMs: check.ms,
  };
}

/**
 * Bytes of the bundle per package (or `src/`), by walking the source map's mappings, and each part's gzip size: its
 * bytes gzipped on their own, so the parts' gzip sizes add up to about the whole (within a few KiB).
 */
function attribute(code, map) {
  const owner = map.sources.map((source) => {
    const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(source);
    // drizzle-orm ships source maps pointing at its own `src/`, which lands as node_modules/src/...
    if (pkg) return pkg[1] === 'src' ? 'drizzle-orm' : pkg[1];
    // Kindling's own code by folder, with the first-name lexicon (a generated data file) on its own line
    const own = /(?:^|\/)src\/(.+)$/.exec(source)?.[1];
    if (own === 'understand/first-names-data.ts') return 'src/understand/first-names-data.ts (name lexicon)';
    if (own) return own.includes('/') ? `src/${own.split('/')[0]}` : 'src (top-level files)';
    return 'other';
  });
  const texts = new Map();
  const add = (name, text) => {
    if (!texts.has(name)) texts.set(name, []);
    texts.get(name).push(text);
  };
  const lines = code.split('\n');
  const mappingLines = map.mappings.split(';');
  let source = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const segments = (mappingLines[i] ?? '').split(',').filter(Boolean).map(decodeVlq);
    if (segments.length === 0) {
      add('unmapped (bundler glue)', `${line}\n`);
      continue;
    }
    let column = 0;
    const spans = [];
    for (const segment of segments) {
      column += segment[0];
      if (segment.length >= 4) source += segment[1];
      spans.push({ column, source: segment.length >= 4 ? source : null });
    }
    if (spans[0].column > 0) add('unmapped (bundler glue)', line.slice(0, spans[0].column));
    for (let s = 0; s < spans.length; s++) {
      const last = s + 1 === spans.length;
      const text = line.slice(spans[s].column, last ? line.length : spans[s + 1].column);
      add(spans[s].source === null ? 'unmapped (bundler glue)' : owner[spans[s].source], last ? `${text}\n` : text);
    }
  }
  return [...texts.entries()]
    .map(([name, pieces]) => {
      const text = pieces.join('');
      return { name, bytes: Buffer.byteLength(text), gzipBytes: gzipSync(text, { level: 9 }).length };
    })
    .sort((a, b) => b.gzipBytes - a.gzipBytes);
}

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

function decodeVlq(segment) {
  const values = [];
  let value = 0;
  let shift = 0;
  for (const char of segment) {
    const digit = BASE64.indexOf(char);
    value += (digit & 31) << shift;
    if (digit & 32) {
      shift += 5;
    } else {
      values.push(value & 1 ? -(value >>> 1) : value >>> 1);
      value = 0;
      shift = 0;
    }
  }
  return values;
}

/** The start-up profile: its span, the sampled time spent running (not idle), and the heaviest functions. */
function readProfile(profile) {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  let busyUs = 0;
  const self = new Map();
  profile.samples.forEach((id, index) => {
    const node = byId.get(id);
    const dt = profile.timeDeltas[index + 1] ?? 0;
    const name = node?.callFrame.functionName || '(module top level)';
    if (name === '(idle)') return;
    busyUs += dt;
    const key = name === '(program)' || name === '(garbage collector)' ? name : `${name} (line ${node.callFrame.lineNumber + 1})`;
    self.set(key, (self.get(key) ?? 0) + dt);
  });
  return {
    spanMs: (profile.endTime - profile.startTime) / 1000,
    busyMs: busyUs / 1000,
    samples: profile.samples.length,
    top: [...self.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 5)
      .map(([name, us]) => ({ name, ms: us / 1000 })),
  };
}
