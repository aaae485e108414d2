#!/usr/bin/env node
// <network-news>: time from insertion to first render of a 1,000-item JSON feed (fetched, parsed, rendered), and how a
// 5,000-item RSS document (1.9 MB) is read: time to first render and the longest task on the way (the items are read
// in slices between which the page runs; the browser's XML parser is one task). Medians of runs.
import { build } from 'esbuild';
import { mkdirSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { generateFeed } from './generate-feed.mjs';
import { CHROMIUM_ARGS, chromiumPath } from './chromium-args.mjs';
import { startServer } from './bench-server.mjs';

const RUNS = 7;
const RSS_ITEMS = 5_000;
mkdirSync('.tmp/bench/news', { recursive: true });
await build({
  entryPoints: ['src/network-news/network-news.ts'], bundle: true, minify: true, splitting: true, format: 'esm',
  outdir: '.tmp/bench/news', tsconfig: 'tsconfig.json', logLevel: 'silent',
});

const feed = generateFeed(0, 1_000);
delete feed._engaged_city;

/** An RSS 2.0 document of `count` items, as a news site's full archive feed: title, link, date, HTML teaser, category. */
function rssDocument(count) {
  const items = Array.from({ length: count }, (_, i) => `<item><title>Meldung ${i} aus dem Netzwerk</title>
<link>https://example.org/meldungen/${i}</link><guid>https://example.org/meldungen/${i}</guid>
<pubDate>Mon, 0${1 + (i % 9)} Jun 2026 10:00:00 +0200</pubDate><category>Ehrenamt</category>
<description>&lt;p&gt;Ein kurzer Text über Engagement in der Stadt, Nummer ${i}, mit etwas mehr Inhalt.&lt;/p&gt;</description></item>`);
  return `<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Archiv</title><link>https://example.org/</link>
<description>Alle Meldungen</description>${items.join('\n')}</channel></rss>`;
}

const page = `<!doctype html><html lang="de"><body><script type="module">
  const tasks = [];
  new PerformanceObserver((list) => tasks.push(...list.getEntries().map((entry) => entry.duration))).observe({ type: 'longtask' });
  await import('/network-news.js');
  const element = document.createElement('network-news');
  element.setAttribute('src', new URLSearchParams(location.search).get('feed'));
  element.setAttribute('limit', '10');
  const start = performance.now();
  element.addEventListener('feed-load', () => requestAnimationFrame(() => requestAnimationFrame(() => {
    window.__result = { ms: performance.now() - start, longest: Math.max(0, ...tasks), items: element.shadowRoot.querySelectorAll('[part~=item]').length };
  })));
  document.body.append(element);
</script></body></html>`;

const rss = rssDocument(RSS_ITEMS);
const server = await startServer({
  root: '.tmp/bench/news',
  routes: {
    '/': { body: page, type: 'text/html' },
    '/feed.json': { body: JSON.stringify(feed) },
    '/archive.xml': { body: rss, type: 'application/rss+xml' },
  },
});
const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** Loads the page with `source` RUNS times: median time to first render, median longest task, items shown. */
async function measure(source) {
  const results = [];
  for (let run = 0; run < RUNS; run++) {
    const context = await browser.newContext();
    const tab = await context.newPage();
    await tab.goto(`${server.origin}/?feed=${source}`);
    results.push(await tab.waitForFunction(() => window.__result, null, { timeout: 60_000 }).then((handle) => handle.jsonValue()));
    await context.close();
  }
  return {
    'median ms': median(results.map((result) => result.ms)).toFixed(1),
    'fastest ms': Math.min(...results.map((result) => result.ms)).toFixed(1),
    'longest task ms (median)': median(results.map((result) => result.longest)).toFixed(0),
    'items shown': results[0].items,
  };
}

const rows = {};
try {
  rows['JSON Feed, 1,000 items'] = await measure('/feed.json');
  rows[`RSS, ${RSS_ITEMS.toLocaleString('en')} items (${(rss.length / 1e6).toFixed(1)} MB)`] = await measure('/archive.xml');
} finally {
  await browser.close();
  await server.close();
}
console.log(`\n<network-news>: from insertion to first render (fetch, parse, render), ${RUNS} loads each`);
console.table(rows);
