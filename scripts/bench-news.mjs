#!/usr/bin/env node
// <network-news>: time from insertion to first render of a 1,000-item feed (fetched, parsed, rendered), median of runs.
import { build } from 'esbuild';
import { mkdirSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { generateFeed } from './generate-feed.mjs';
import { CHROMIUM_ARGS, chromiumPath } from './chromium-args.mjs';
import { startServer } from './bench-server.mjs';

const RUNS = 7;
mkdirSync('.tmp/bench/news', { recursive: true });
await build({
  entryPoints: ['src/network-news/network-news.ts'], bundle: true, minify: true, splitting: true, format: 'esm',
  outdir: '.tmp/bench/news', tsconfig: 'tsconfig.json', logLevel: 'silent',
});

const feed = generateFeed(0, 1_000);
delete feed._engaged_city;
const page = `<!doctype html><html lang="de"><body><script type="module">
  await import('/network-news.js');
  const element = document.createElement('network-news');
  element.setAttribute('src', '/feed.json');
  element.setAttribute('limit', '10');
  const start = performance.now();
  element.addEventListener('feed-load', () => requestAnimationFrame(() => requestAnimationFrame(() => {
    window.__result = { ms: performance.now() - start, items: element.shadowRoot.querySelectorAll('[part~=item]').length };
  })));
  document.body.append(element);
</script></body></html>`;

const server = await startServer({
  root: '.tmp/bench/news',
  routes: { '/': { body: page, type: 'text/html' }, '/feed.json': { body: JSON.stringify(feed) } },
});
const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
const times = [];
let items = 0;
try {
  for (let run = 0; run < RUNS; run++) {
    const context = await browser.newContext();
    const tab = await context.newPage();
    await tab.goto(server.origin + '/');
    const result = await tab.waitForFunction(() => window.__result, null, { timeout: 30_000 }).then((handle) => handle.jsonValue());
    times.push(result.ms);
    items = result.items;
    await context.close();
  }
} finally {
  await browser.close();
  await server.close();
}
times.sort((a, b) => a - b);
console.log('\n<network-news>: a 1,000-item feed, from insertion to first render (fetch, parse, render)');
console.table({ 'median of 7': { ms: times[Math.floor(RUNS / 2)].toFixed(1), 'fastest ms': times[0].toFixed(1), 'items shown': items } });
