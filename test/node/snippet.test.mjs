// The snippet builder's output works where webmasters paste it: each snippet (demo/snippet.ts) goes into a blank page
// that serves the CDN bundle from the site itself, and the chosen element renders as chosen. Needs dist/cdn
// (`npm run build`); builds when it is missing.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { launchBrowser, settledStatuses, watchPage } from './support/browser.mjs';
import { serveStatic } from './support/static-server.mjs';

const root = resolve(import.meta.dirname, '../..');
const cdnDir = join(root, 'dist/cdn');

/** What a webmaster might choose in the builder, and what the pasted element must then show. */
const CHOICES = {
  badge: {
    options: { element: 'partnership-badge', member: 'trier', variant: 'compact', size: 'l', verify: 'none', theme: 'dark' },
    expect: { status: 'ready', attributes: { member: 'trier', variant: 'compact', size: 'l', verify: 'none', theme: 'dark' } },
  },
  news: {
    options: { element: 'network-news', layout: 'cards', limit: 2, lang: 'en' },
    expect: { status: 'ready', attributes: { layout: 'cards', limit: '2', lang: 'en' }, items: 2 },
  },
  map: {
    options: { element: 'engaged-city-map', regions: ['DE-RP'], view: 'list' },
    expect: { status: 'ready', attributes: { region: 'DE-RP', view: 'list' } },
  },
};

let workDir;
let snippet;
let server;
let browser;

before(async () => {
  if (!existsSync(join(cdnDir, 'engaged-city-widgets.js'))) {
    const run = spawnSync('npm', ['run', '--silent', 'build'], { cwd: root, encoding: 'utf8' });
    if (run.status !== 0) throw new Error(`npm run build failed:\n${run.stdout}\n${run.stderr}`);
  }
  workDir = mkdtempSync(join(tmpdir(), 'ecw-snippet-'));
  const outfile = join(workDir, 'snippet.mjs');
  await build({ entryPoints: [join(root, 'demo/snippet.ts')], outfile, bundle: true, format: 'esm', platform: 'node', logLevel: 'silent' });
  snippet = await import(pathToFileURL(outfile).href);

  const pages = {};
  for (const [name, { options }] of Object.entries(CHOICES)) {
    // The webmaster's page: their own content around the pasted snippet, nothing else.
    pages[`/${name}.html`] = `<!doctype html><html lang="de"><head><meta charset="utf-8"><title>Stadtverwaltung</title>
      <link rel="icon" href="data:,"></head><body><main><h1>Unsere Stadt</h1>
      ${snippet.snippetFor(options)}
      </main></body></html>`;
  }
  // The default script address: the CDN folder hosted by the site itself.
  const scriptDir = snippet.DEFAULT_SCRIPT_URL.replace(/[^/]*$/, '');
  server = await serveStatic({ mounts: { [scriptDir]: cdnDir }, pages });
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await server?.close();
  if (workDir) rmSync(workDir, { recursive: true, force: true });
});

describe('a snippet from the builder, pasted into a blank page', () => {
  for (const [name, { options, expect }] of Object.entries(CHOICES)) {
    it(`renders <${options.element}> with the chosen options (${name})`, async () => {
      const page = await browser.newPage();
      const problems = watchPage(page, server.origin);
      try {
        await page.goto(`${server.origin}/${name}.html`);
        assert.deepEqual(await settledStatuses(page), [`${options.element}:${expect.status}`]);
        const attributes = await page.evaluate((tag) => {
          const element = document.querySelector(tag);
          return Object.fromEntries([...element.attributes].map((attribute) => [attribute.name, attribute.value]));
        }, options.element);
        for (const [attribute, value] of Object.entries(expect.attributes)) assert.equal(attributes[attribute], value, attribute);
        if (expect.items) {
          assert.equal(await page.evaluate(() => document.querySelector('network-news').shadowRoot.querySelectorAll('[part~="item"]').length), expect.items);
        }
        // The fallback link is in the light DOM, hidden by the element once it shows its data.
        assert.equal(await page.evaluate((tag) => document.querySelector(`${tag} > a`).href, options.element), snippet.NETWORK_URL);
        assert.deepEqual(problems, { consoleErrors: [], pageErrors: [], foreignRequests: [] });
      } finally {
        await page.close();
      }
    });
  }

  it('loads nothing but the script and its own chunks from the site', async () => {
    const page = await browser.newPage();
    const requests = [];
    page.on('request', (request) => requests.push(new URL(request.url()).pathname));
    try {
      await page.goto(`${server.origin}/badge.html`);
      await settledStatuses(page);
      const scriptDir = snippet.DEFAULT_SCRIPT_URL.replace(/[^/]*$/, '');
      assert.deepEqual(requests.filter((path) => path !== '/badge.html' && !path.startsWith(scriptDir)), []);
    } finally {
      await page.close();
    }
  });
});
