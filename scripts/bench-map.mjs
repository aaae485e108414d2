#!/usr/bin/env node
// Benchmarks <engaged-city-map> against Leaflet + leaflet.markercluster (no tiles: the states as a GeoJSON layer and
// the clustered markers, so both draw the same things), with a generated feed of 20,000 members and with the bundled
// snapshot of the real network. Our map is measured twice: built from the sources with the page (as a site that installs
// the package from npm ships it) and from the CDN file that webmasters paste. Prints the time to ready (navigation
// start → markers on screen), the longest long task while zooming in and out, and how the list view copes. The pages
// are loaded in turns, so that all meet the same load of this shared machine; each ratio is the median of the per-turn
// ratios. The snapshot is also loaded over an emulated connection of 40 ms and 10 Mbit/s: on the local server (no
// latency) every page is ready in ~190 ms, of which each spends ~120 ms of main-thread time, most of it running code
// for the first time, laying out and painting.
// Chromium runs with the switches of scripts/chromium-args.mjs (without them, a renderer of the browser's own loading
// alongside each page doubled the noise). Targets: ours ready < 1.5 s at 20,000 members, no long task > 100 ms while
// zooming, faster than Leaflet at both sizes.
//
// Usage: node scripts/bench-map.mjs [--runs 5]      (the snapshot on the local server: at least 15 turns)
// Chromium from CHROME_PATH, else /usr/bin/chromium.
import { createServer } from 'node:http';
import { mkdirSync, readFileSync, rmSync, writeFileSync, copyFileSync, existsSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { build as viteBuild } from 'vite';
import { minifyLiteralsVite } from './minify-literals.mjs';
import { CHROMIUM_ARGS, chromiumPath } from './chromium-args.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const out = join(root, '.tmp/bench-map');
const PORT = Number(process.env.BENCH_PORT ?? 8107);
const runsArgument = process.argv.indexOf('--runs');
const RUNS = runsArgument > 0 ? Number(process.argv[runsArgument + 1]) : 5;
const ZOOM_STEPS = 5;
/** Loads (of each page, on the local server) that also zoom: the longest task is a worst case, so more than one. */
const ZOOM_LOADS = 3;
const MEMBERS = 20_000;

// ── 1. the pages and their data ─────────────────────────────────────────────────────────────────────────────────
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });

// Each page is built on its own with Vite (Rolldown), as a site built with it ships them, and as this package builds its
// own files (the npm entries' literals minified as in dist/). esbuild, used before, split what the map's lazy chunks
// share with its entry into four chunks of their own (Lit, helpers): four more requests before anything ran, which a
// site's Vite, Rollup or webpack build does not make (they keep shared code in the entry). Built on its own, each page
// is one script, its lazy chunks and its data. The third page loads the CDN file that webmasters paste (dist/cdn/,
// built here with the package's own config into cdn/), whose files carry Chrome's compile hint.
for (const page of ['ours', 'ours-cdn', 'leaflet']) {
  await viteBuild({
    configFile: false,
    root: join(root, 'bench/map'),
    base: './',
    logLevel: 'error',
    plugins: page === 'leaflet' ? [] : [minifyLiteralsVite()],
    define: { 'process.env.NODE_ENV': '"production"' },
    build: {
      outDir: out,
      emptyOutDir: false,
      target: 'es2022',
      // Module scripts and preloads need no polyfill in the browsers measured.
      modulePreload: { polyfill: false },
      rolldownOptions: { input: join(root, `bench/map/${page}.html`) },
    },
  });
}
await viteBuild({ configFile: join(root, 'vite.config.ts'), mode: 'cdn', logLevel: 'error', build: { outDir: join(out, 'cdn'), emptyOutDir: true } });
copyFileSync(join(root, 'data/geo/de-states.topo.json'), join(out, 'de-states.topo.json'));
for (const file of ['leaflet/dist/leaflet.css', 'leaflet.markercluster/dist/MarkerCluster.css', 'leaflet.markercluster/dist/MarkerCluster.Default.css']) {
  copyFileSync(join(root, 'node_modules', file), join(out, file.split('/').pop()));
}

/** A deterministic pseudo-random sequence, so every run benchmarks the same feed. */
function random(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** 20,000 members at real municipalities (data/municipalities.csv), a few without location, as a network feed. */
function generatedFeed(count) {
  const rows = readFileSync(join(root, 'data/municipalities.csv'), 'utf8').trim().split('\n').slice(1)
    .map((line) => line.split(','))
    .map(([, name, state, population, lat, lon]) => ({ name, state, population: Number(population), lat: Number(lat), lon: Number(lon) }))
    .filter((row) => Number.isFinite(row.lat) && Number.isFinite(row.lon) && /^DE-[A-Z]{2}$/.test(row.state));
  const next = random(42);
  const members = [];
  for (let i = 0; i < count; i++) {
    const row = rows[Math.floor(next() * rows.length)];
    const located = next() > 0.02;
    members.push({
      id: `m-${i}`,
      kind: 'city',
      name: `${row.name} ${i}`,
      region: row.state,
      since: 2015 + (i % 10),
      ...(row.population ? { population: row.population } : {}),
      ...(located
        ? { location: { lat: Math.min(55, Math.max(47.3, row.lat + (next() - 0.5) * 0.04)), lon: Math.min(15, Math.max(5.9, row.lon + (next() - 0.5) * 0.06)) } }
        : {}),
      summary: 'Eine Engagierte Stadt.',
      topics: ['Ehrenamt'],
    });
  }
  return {
    version: 'https://jsonfeed.org/version/1.1',
    title: 'Bench',
    items: [],
    _engaged_city: { schema: 1, regions: [{ code: 'DE-HE', name: 'Hessen', partner_since: '2021-05-01' }], members },
  };
}

/** The bundled snapshot (src/data/network-snapshot.ts), as JSON. */
async function snapshotFeed() {
  const source = join(root, 'src/data/network-snapshot.ts');
  if (!existsSync(source)) throw new Error('src/data/network-snapshot.ts is missing: run `npm run snapshot` first');
  const compiled = join(out, 'snapshot.mjs');
  await build({ entryPoints: [source], bundle: true, format: 'esm', platform: 'node', outfile: compiled, logLevel: 'error' });
  return (await import(compiled)).default;
}

const snapshot = await snapshotFeed();
writeFileSync(join(out, `feed-${MEMBERS}.json`), JSON.stringify(generatedFeed(MEMBERS)));
writeFileSync(join(out, 'feed-snapshot.json'), JSON.stringify(snapshot));

// ── 2. a static server on 127.0.0.1 ─────────────────────────────────────────────────────────────────────────────
const types = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.json': 'application/json', '.css': 'text/css' };
const server = createServer((request, response) => {
  const path = normalize(join(out, decodeURIComponent(new URL(request.url, 'http://x').pathname)));
  if (!path.startsWith(out) || !existsSync(path)) {
    response.writeHead(404).end();
    return;
  }
  response.writeHead(200, { 'content-type': types[extname(path)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
  response.end(readFileSync(path));
});
await new Promise((resolve) => server.listen(PORT, '127.0.0.1', resolve));

// ── 3. measure ──────────────────────────────────────────────────────────────────────────────────────────────────
const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/**
 * In the page, once the map is ready: switches <engaged-city-map> to its list view and returns when the first rows
 * were painted, when every member was listed, and the longest task on the way (all in ms).
 */
async function measureListView() {
  const el = document.querySelector('engaged-city-map');
  const tasks = [];
  const observer = new PerformanceObserver((list) => tasks.push(...list.getEntries().map((entry) => entry.duration)));
  observer.observe({ type: 'longtask' });
  const start = performance.now();
  el.view = 'list';
  await el.updateComplete;
  await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
  const shown = performance.now() - start;
  const list = () => el.shadowRoot.querySelector('[part~="list"]');
  while (list()?.getAttribute('aria-busy') !== 'false' && performance.now() - start < 20_000) {
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  const complete = performance.now() - start;
  await new Promise((resolve) => setTimeout(resolve, 100));
  observer.disconnect();
  return { shown, complete, longest: Math.max(0, ...tasks), rows: el.shadowRoot.querySelectorAll('[part~="list"] li').length };
}

/**
 * One page load: milliseconds to ready; with `zoom` also the longest task while zooming, with `list` (our page) how
 * the list view copes. `network` (optional) emulates a connection (Chromium's DevTools protocol).
 */
async function load(page, feed, { network, zoom = false, list = false } = {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const tab = await context.newPage();
  const errors = [];
  tab.on('pageerror', (error) => errors.push(error.message));
  if (network) {
    const cdp = await context.newCDPSession(tab);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', { offline: false, ...network });
  }
  // Waits for the page's message (bench/map/bench-probe.ts) instead of polling it: polling would run Playwright's
  // script in the page while it loads and count its 20-60 ms in the time measured, differently for each page.
  const ready = tab.waitForEvent('console', { predicate: (message) => message.text() === 'bench:ready', timeout: 60_000 });
  await tab.goto(`http://127.0.0.1:${PORT}/${page}?feed=${feed}`, { waitUntil: 'commit' });
  await ready.catch(() => {
    throw new Error(`${page} with ${feed} never became ready${errors.length ? `: ${errors.join('; ')}` : ''}`);
  });
  const result = { ready: await tab.evaluate(() => window.bench.readyAt) };
  if (zoom) result.longest = await tab.evaluate((steps) => window.bench.measureZoom(steps), ZOOM_STEPS);
  if (list && page === 'ours.html') result.list = await tab.evaluate(measureListView);
  await context.close();
  return result;
}

/** The pages compared: ours built with the page, ours from the CDN file, and the baseline. */
const PAGES = ['ours.html', 'ours-cdn.html', 'leaflet.html'];

/**
 * The pages, loaded in turns (ours, CDN file, Leaflet; then CDN file, Leaflet, ours; ...) so that all meet the same load
 * of this shared machine: the median of each, and the median of the per-turn ratios Leaflet / ours with how often ours
 * was faster, for each of our two pages. The zoom and the list view are measured on the first page only.
 */
async function compare(feed, runs, network) {
  const ready = Object.fromEntries(PAGES.map((page) => [page, []]));
  const extras = {};
  for (let run = 0; run < runs; run++) {
    const zooming = !network && run < ZOOM_LOADS;
    const turn = {};
    for (const page of [...PAGES.slice(run % PAGES.length), ...PAGES.slice(0, run % PAGES.length)]) {
      const all = page !== 'ours-cdn.html'; // zoom and list view too
      turn[page] = await load(page, feed, { network, zoom: zooming && all, list: all && !network && run === 0 });
      ready[page].push(turn[page].ready);
    }
    if (zooming) {
      (extras.oursLongest ??= []).push(turn['ours.html'].longest);
      (extras.leafletLongest ??= []).push(turn['leaflet.html'].longest);
    }
    extras.list ??= turn['ours.html'].list;
  }
  const leaflet = ready['leaflet.html'];
  const against = (times) => {
    const ratios = times.map((time, index) => leaflet[index] / time);
    return { ready: median(times), ratio: median(ratios), wins: ratios.filter((ratio) => ratio > 1).length };
  };
  return { ours: against(ready['ours.html']), cdn: against(ready['ours-cdn.html']), leaflet: median(leaflet), runs, ...extras };
}

/** A connection many visitors have: 40 ms round trip, 10 Mbit/s down, 5 Mbit/s up (the local server has none). */
const CONNECTION = { latency: 40, downloadThroughput: 1_250_000, uploadThroughput: 625_000 };
const SNAPSHOT_RUNS = Math.max(RUNS, 15);

const snapshotData = `snapshot (${snapshot._engaged_city?.members?.length ?? 0} members)`;
const cases = [
  { data: `${MEMBERS} members`, condition: 'local server', feed: `feed-${MEMBERS}.json`, runs: RUNS },
  { data: snapshotData, condition: 'local server', feed: 'feed-snapshot.json', runs: SNAPSHOT_RUNS },
  { data: snapshotData, condition: '40 ms, 10 Mbit/s', feed: 'feed-snapshot.json', runs: RUNS, network: CONNECTION },
];
const rows = [];
try {
  for (const { data, condition, feed, runs, network } of cases) rows.push({ data, condition, ...(await compare(feed, runs, network)) });
} finally {
  await browser.close();
  server.close();
}

// ── 4. report ───────────────────────────────────────────────────────────────────────────────────────────────────
const ms = (value) => `${Math.round(value)} ms`;
/** The worst of the loads that zoomed, and their median. */
const longest = (values) => (values === undefined ? '' : `${ms(Math.max(...values))} (median ${ms(median(values))})`);
const table = [
  ['data', 'connection', 'loads', 'Leaflet: ready', 'ours: ready', 'Leaflet / ours', 'ours faster', 'CDN file: ready', 'Leaflet / CDN file', 'CDN file faster', 'ours: longest task zooming', 'Leaflet: longest task zooming'],
  ...rows.map((row) => [
    row.data, row.condition, String(row.runs), ms(row.leaflet),
    ms(row.ours.ready), `${row.ours.ratio.toFixed(2)}×`, `${row.ours.wins} of ${row.runs}`,
    ms(row.cdn.ready), `${row.cdn.ratio.toFixed(2)}×`, `${row.cdn.wins} of ${row.runs}`,
    longest(row.oursLongest), longest(row.leafletLongest),
  ]),
];
const widths = table[0].map((_, column) => Math.max(...table.map((row) => row[column].length)));
const line = (row) => `| ${row.map((cell, column) => cell.padEnd(widths[column])).join(' | ')} |`;
console.log(`\n<engaged-city-map> (built with the page; the CDN file) vs Leaflet + leaflet.markercluster (loads in turns, medians, ratios per turn; zoom: ${ZOOM_STEPS} steps in and out on each of the first ${ZOOM_LOADS} loads, the worst and the median)\n`);
console.log(line(table[0]));
console.log(`|${widths.map((width) => '-'.repeat(width + 2)).join('|')}|`);
for (const row of table.slice(1)) console.log(line(row));

console.log('\n<engaged-city-map> list view (one run: switch to the list, first rows painted, every member listed)\n');
for (const { data, list } of rows.filter((row) => row.list)) {
  console.log(`${data}: first rows ${ms(list.shown)}, all ${list.rows} listed ${ms(list.complete)}, longest task ${ms(list.longest)}`);
}

const [big] = rows;
const checks = [
  [`ours ready < 1500 ms at ${MEMBERS} members`, big.ours.ready < 1500 && big.cdn.ready < 1500],
  ['no long task > 100 ms while zooming ours', rows.every((row) => row.oursLongest === undefined || Math.max(...row.oursLongest) <= 100)],
  ...rows.flatMap((row) => [
    [`faster than Leaflet: ${row.data}, ${row.condition}`, row.ours.ratio > 1],
    [`faster than Leaflet: ${row.data}, ${row.condition}, CDN file`, row.cdn.ratio > 1],
  ]),
];
console.log('');
for (const [name, ok] of checks) console.log(`${ok ? 'PASS' : 'FAIL'}  ${name}`);
process.exitCode = checks.every(([, ok]) => ok) ? 0 : 1;
