// The demo page that `npm start` opens, served by Vite's dev server: all three elements live, accessible in German
// and English, and a snippet builder whose code, preview and copy button do what they say.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { resolve } from 'node:path';
import { createServer } from 'vite';
import { axeViolations, launchBrowser, settledStatuses, watchPage } from './support/browser.mjs';

const root = resolve(import.meta.dirname, '../..');
let vite;
let origin;
let browser;
let context;

before(async () => {
  vite = await createServer({ configFile: resolve(root, 'vite.config.ts'), logLevel: 'silent', server: { port: 0, strictPort: false, open: false } });
  await vite.listen();
  origin = vite.resolvedUrls.local[0].replace(/\/$/, '');
  browser = await launchBrowser();
  context = await browser.newContext({ viewport: { width: 1200, height: 900 } });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
});

after(async () => {
  await browser?.close();
  await vite?.close();
});

/** The demo page, with its elements settled. */
async function openDemo() {
  const page = await context.newPage();
  const problems = watchPage(page, origin);
  const warnings = [];
  page.on('console', (message) => {
    if (message.type() === 'warning') warnings.push(message.text());
  });
  await page.goto(`${origin}/`);
  await settledStatuses(page, 20_000);
  return { page, problems, warnings };
}

describe('the demo page', () => {
  it('shows all three elements on the bundled snapshot, in German, with zero axe violations', async () => {
    const { page, problems, warnings } = await openDemo();
    try {
      const statuses = await settledStatuses(page);
      // The builder's preview waits for the member list: no badge without `member` (it warned on every load).
      assert.deepEqual(warnings.filter((warning) => warning.includes('member attribute is missing')), []);
      for (const tag of ['engaged-city-map', 'network-news', 'partnership-badge']) {
        assert.ok(statuses.includes(`${tag}:ready`), `${tag} ready: ${statuses.join(', ')}`);
      }
      assert.equal(await page.getAttribute('html', 'lang'), 'de');
      assert.deepEqual(await axeViolations(page), []);
      assert.deepEqual(problems, { consoleErrors: [], pageErrors: [], foreignRequests: [] });
    } finally {
      await page.close();
    }
  });

  it('switches to English: the page, the builder and the elements follow, still with zero axe violations', async () => {
    const { page, problems } = await openDemo();
    try {
      await page.getByRole('button', { name: 'English' }).click();
      assert.equal(await page.getAttribute('html', 'lang'), 'en');
      assert.equal(await page.getAttribute('[data-set-language="en"]', 'aria-pressed'), 'true');
      await page.getByRole('heading', { name: 'Build the code for your website' }).waitFor();
      await page.getByRole('button', { name: 'Copy code' }).waitFor();
      await page.waitForFunction(() => document.querySelector('network-news').shadowRoot.querySelector('[part~="base"]').lang === 'en');
      assert.deepEqual(await axeViolations(page), []);
      assert.deepEqual(problems, { consoleErrors: [], pageErrors: [], foreignRequests: [] });
    } finally {
      await page.close();
    }
  });
});

describe('the snippet builder', () => {
  it('writes the chosen element and options as HTML, and shows the same element in the preview', async () => {
    const { page } = await openDemo();
    try {
      const builder = page.locator('demo-snippet-builder');
      await builder.getByRole('radio', { name: /Neuigkeiten/ }).check();
      await builder.getByLabel('Darstellung', { exact: true }).selectOption('cards');
      await builder.getByRole('checkbox', { name: 'Sachsen-Anhalt' }).check();
      await builder.getByLabel('Farbschema').selectOption('dark');
      const code = await builder.getByLabel('HTML-Code zum Einfügen').inputValue();
      assert.match(code, /^<link rel="stylesheet" href="\/engaged-city-widgets\/engaged-city-widgets\.css">\n<script type="module" src="\/engaged-city-widgets\/engaged-city-widgets\.js"><\/script>\n/);
      assert.match(code, /<network-news layout="cards" region="DE-ST" theme="dark">/);
      const preview = page.locator('.preview network-news');
      assert.equal(await preview.getAttribute('layout'), 'cards');
      assert.equal(await preview.getAttribute('region'), 'DE-ST');
      await page.waitForFunction(() => document.querySelector('.preview network-news')?.getAttribute('status') === 'ready');
    } finally {
      await page.close();
    }
  });

  it('takes the address of the script file the webmaster gives', async () => {
    const { page } = await openDemo();
    try {
      await page.getByLabel('Adresse der Skriptdatei').fill('https://www.stadt.example/ecw/engaged-city-widgets.js');
      assert.match(await page.getByLabel('HTML-Code zum Einfügen').inputValue(), /src="https:\/\/www\.stadt\.example\/ecw\/engaged-city-widgets\.js"/);
    } finally {
      await page.close();
    }
  });

  it('copies the code by keyboard and announces "Code kopiert"', async () => {
    const { page } = await openDemo();
    try {
      const button = page.getByRole('button', { name: 'Code kopieren' });
      await button.focus();
      await page.keyboard.press('Enter');
      await page.getByRole('status').filter({ hasText: 'Code kopiert' }).waitFor();
      const copied = await page.evaluate(() => navigator.clipboard.readText());
      assert.equal(copied, await page.getByLabel('HTML-Code zum Einfügen').inputValue());
      assert.match(copied, /<partnership-badge member="[^"]+">/);
    } finally {
      await page.close();
    }
  });
});
