#!/usr/bin/env node
// `npm run bench`: parse times, entry sizes, and the element benchmarks that exist (each prints its own table).
// Figures on shared machines are noisy: compare ratios within one run, never against fixed times in unit tests.
import { build } from 'esbuild';
import { existsSync, mkdirSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import { kb, measureAll, measureProbes, BUDGETS } from './sizes.mjs';
import { generateFeed } from './generate-feed.mjs';

mkdirSync('.tmp/bench', { recursive: true });

/** Bundles a TypeScript module for Node and imports it. */
async function importTs(entry, name) {
  const outfile = `.tmp/bench/${name}.mjs`;
  await build({ entryPoints: [entry], bundle: true, format: 'esm', platform: 'neutral', outfile, tsconfig: 'tsconfig.json', logLevel: 'silent' });
  return import(pathToFileURL(outfile).href + `?t=${Date.now()}`);
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function time(fn, runs) {
  fn(); // warm up
  const times = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    times.push(performance.now() - t0);
  }
  return median(times);
}

const { parseFeed } = await importTs('src/feed/parse.ts', 'parse');
const snapshot = (await importTs('src/data/network-snapshot.ts', 'snapshot')).default;
const big = generateFeed(20_000, 100);
const bigText = JSON.stringify(big);
const snapshotText = JSON.stringify(snapshot);

console.log('\nparseFeed (Node, median)');
console.table({
  [`bundled snapshot (${snapshot._engaged_city.members.length} members, ${snapshot.items.length} items)`]: {
    'ms': time(() => parseFeed(snapshotText, { baseUrl: 'https://example.org/' }), 50).toFixed(2),
  },
  'generated feed (20,000 members, 100 items)': {
    'ms': time(() => parseFeed(bigText, { baseUrl: 'https://example.org/' }), 10).toFixed(1),
  },
});

console.log('\nEntry sizes (bundled with Lit, minified, brotli)');
const sizes = await measureAll();
const rows = {};
for (const [name, { entry, chunks, withData }] of Object.entries(sizes)) {
  const budget = BUDGETS[name];
  rows[name] = {
    entry: kb(entry),
    // The entry and the lazy code a page loads to show the network feed (parser, map engine): no data chunks.
    'with data': kb(withData),
    budget: budget ? kb(budget.entry) : '',
    'issue target': budget?.target ? kb(budget.target) : '',
    'lazy chunks': Object.entries(chunks).map(([chunk, bytes]) => `${chunk} ${kb(bytes)}`).join(', '),
  };
}
console.table(rows);

console.log('\nWhat the element entries are made of (brotli; an element adds its own code to the shared base)');
const probes = await measureProbes();
const base = probes['Lit + shared base'];
console.table({
  ...Object.fromEntries(Object.entries(probes).map(([name, bytes]) => [name, { size: kb(bytes) }])),
  ...Object.fromEntries(
    ['partnership-badge.js', 'network-news.js', 'engaged-city-map.js'].map((name) => [`${name} own code`, { size: kb(sizes[name].entry - base) }]),
  ),
});

for (const script of ['scripts/bench-news.mjs', 'scripts/bench-map.mjs']) {
  if (!existsSync(script)) continue;
  const run = spawnSync(process.execPath, [script], { stdio: 'inherit' });
  if (run.status !== 0) process.exitCode = 1;
}
